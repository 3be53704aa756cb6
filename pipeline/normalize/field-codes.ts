/**
 * Word field codes left in text exported from Word: `PAGE \* MERGEFORMAT`, `DATE \@ "d MMMM yyyy"`,
 * `REF _Ref123 \h`, `TOC \o "1-3" \h \z`. Only the code's own characters are found (a field name,
 * at most three arguments, then its switches), never the text around it on the same line: a report
 * written on one long line that ends in a field code keeps all its other text.
 *
 * When Word's field markers survive (U+FFFD before the code, between code and result, after the
 * result), the result of a field that shows document metadata (FILENAME, PAGE, NUMPAGES, DATE,
 * TIME: a file name or a page number, never report text) is part of the field too; the result of
 * REF, HYPERLINK, SEQ, TOC or MERGEFIELD is the text a reader sees, and stays.
 *
 * Linear: arguments and switch values are bounded, so each field name is matched in constant time.
 */
const NAME = String.raw`\b(FILENAME|PAGE|NUMPAGES|DATE|TIME|HYPERLINK|REF|TOC|SEQ|MERGEFIELD)\b`;
const METADATA_FIELDS = new Set(['FILENAME', 'PAGE', 'NUMPAGES', 'DATE', 'TIME']);
/** "\uFFFDresult\uFFFD" right after the code, when Word's markers were kept. */
const RESULT = String.raw`(?:[ \t]{0,8}\uFFFD[^\uFFFD\n]{0,200}\uFFFD)`;
const ARGUMENT = String.raw`(?:"[^"\n]{0,200}"|[^\s\\"]{1,200})`;
/** `\* MERGEFORMAT` and `\# 0` take a bare or quoted value; other switches (`\h`, `\o "1-3"`) a quoted one or none. */
const SWITCH = String.raw`(?:\\[*#](?:[ \t]{0,8}${ARGUMENT})?|\\[@!a-z](?:[ \t]{0,8}"[^"\n]{0,200}")?)`;
const FIELD_CODE = new RegExp(String.raw`${NAME}(?:[ \t]{1,8}${ARGUMENT}){0,3}?[ \t]{0,8}${SWITCH}(?:[ \t]{0,8}${SWITCH}){0,8}(${RESULT})?`, 'gu');

/** The field codes in `text`, as [start, end) ranges in order. */
export function fieldCodes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  FIELD_CODE.lastIndex = 0;
  for (let m = FIELD_CODE.exec(text); m; m = FIELD_CODE.exec(text)) {
    const result = m[2] ?? '';
    const keepsResult = result !== '' && !METADATA_FIELDS.has(m[1]!);
    out.push([m.index, m.index + m[0].length - (keepsResult ? result.length : 0)]);
  }
  return out;
}

/** Nothing but white space and Word's debris (field markers U+FFFD, BOM). */
const EMPTY = /^[\s\uFFFD\uFEFF]*$/;

/** Is the whole line (white space and field markers aside) field codes? Such a line is dropped as a line. */
export function onlyFieldCodes(text: string, codes: ReadonlyArray<[number, number]>): boolean {
  if (codes.length === 0) return false;
  let cursor = 0;
  for (const [start, end] of codes) {
    if (!EMPTY.test(text.slice(cursor, start))) return false;
    cursor = end;
  }
  return EMPTY.test(text.slice(cursor));
}

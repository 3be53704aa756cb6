/**
 * The units segmentation works on: each non-blank line of the view text, whether a blank line
 * sets it apart from the line before, and run-in headings split in two ("PART TWO: BORDER
 * SECURITY DIVISION 2.1 Advance Passenger Information System", "VI. Cooperation with other
 * bodies a. Exchange of information": PDF extraction ran a heading into the next one).
 */
import { headingStyle, upperRatio } from './heading-style.js';

export interface ViewLine {
  start: number;
  end: number;
  text: string;
  /** A blank line (or a run-in split: false) before this line. */
  gap: boolean;
}

export function viewLines(text: string): ViewLine[] {
  const out: ViewLine[] = [];
  const re = /[^\n]+/g;
  let lastEnd = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === '') continue;
    const gap = out.length > 0 && /\n[ \t]*\n/.test(text.slice(lastEnd, m.index + 1));
    const line: ViewLine = { start: m.index + lead, end: m.index + lead + body.length, text: body, gap };
    lastEnd = m.index + m[0].length;
    const split = runInSplit(body);
    if (split === undefined) {
      out.push(line);
      continue;
    }
    const head = body.slice(0, split).trimEnd();
    out.push({ start: line.start, end: line.start + head.length, text: head, gap });
    out.push({ start: line.start + split, end: line.end, text: body.slice(split), gap: false });
  }
  return out;
}

/** "CAPS HEADING" then a numbered or lettered heading: the caps part must be all capitals, two words at least. */
const CAPS_THEN_LABEL = /^(?<head>[\p{Lu}\d][\p{Lu}\d'’&,:()\-]*(?:\s+[\p{Lu}\d'’&,:()\-]+)+)\s+(?<rest>(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.|[IVX]{1,5}\.|[A-Za-z][.)])\s+\p{Lu}.*)$/u;
/** "VI. Title a. Title", "2. Title 2.1 Title": a labelled heading, then a label of the next rank. */
const LABEL_THEN_LABEL = /^(?<head>(?:[IVXLC]{1,6}|\d{1,2})[.)]\s+\S.*?[\p{Ll}\d)])\s+(?<rest>(?:[a-zA-Z][.)]|\d{1,2}\.\d{1,2}\.?)\s+\p{Lu}.*)$/u;

/** Offset in `line` where a run-in second heading starts, or undefined. */
export function runInSplit(line: string): number | undefined {
  if (line.length > 240 || /[.;,:]$/.test(line)) return undefined;
  for (const re of [CAPS_THEN_LABEL, LABEL_THEN_LABEL]) {
    const m = re.exec(line);
    if (!m) continue;
    const head = m.groups!.head!;
    const rest = m.groups!.rest!;
    if (re === CAPS_THEN_LABEL && upperRatio(head) < 1) continue;
    if (!headingStyle(head) || !headingStyle(rest)) continue;
    return line.length - rest.length;
  }
  return undefined;
}

/** Checks shared by every layer of a gold file: a span that lies in the text and quotes it, and no overlaps within a layer. */

export type Problems = string[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How an item is named in a problem line: `mentions[3] (date "May 2007" 120-128)`. */
export function itemName(where: string, item: Record<string, unknown>, label?: unknown): string {
  const text = typeof item.text === 'string' ? ` ${JSON.stringify(item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text)}` : '';
  const kind = label === undefined ? '' : ` ${String(label)}`;
  return `${where} (${`${kind}${text} ${String(item.start)}-${String(item.end)}`.trim()})`;
}

/** Offsets are integers with 0 <= start < end <= text length, and `text` is exactly the slice. */
export function spanProblems(name: string, item: Record<string, unknown>, content: string | undefined): Problems {
  const { start, end, text } = item;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${name}: start and end must be integers`];
  const s = start as number;
  const e = end as number;
  if (typeof text !== 'string') return [`${name}: text is missing`];
  if (s < 0 || e <= s) return [`${name}: offsets out of range (need 0 <= start < end)`];
  if (content === undefined) return [];
  if (e > content.length) return [`${name}: offsets out of range (the text has ${content.length} characters)`];
  const slice = content.slice(s, e);
  return slice === text ? [] : [`${name}: text ${JSON.stringify(text)} is not the slice [${s}, ${e}) of the document, which reads ${JSON.stringify(slice)}`];
}

/** Items of one layer must not overlap: reports each item that starts before an earlier one ends. */
export function overlapProblems(layer: string, items: ReadonlyArray<{ name: string; start: number; end: number }>): Problems {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  const problems: Problems = [];
  let reach: (typeof sorted)[number] | undefined;
  for (const item of sorted) {
    if (reach && item.start < reach.end) problems.push(`${item.name}: overlaps ${reach.name} (spans of one ${layer} layer never overlap)`);
    if (!reach || item.end > reach.end) reach = item;
  }
  return problems;
}

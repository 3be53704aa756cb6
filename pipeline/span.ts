/**
 * The one span type of reportkb (ANNOTATION.md §1): UTF-16 offsets into the raw text,
 * end exclusive, and `text` always equal to `raw.slice(start, end)`.
 *
 * Spans are built only by `makeSpan` (through `Doc.span`), so the invariant lives in one place.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function makeSpan(raw: string, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= raw.length)) {
    throw new RangeError(`span [${start}, ${end}) lies outside a text of ${raw.length} characters`);
  }
  return { start, end, text: raw.slice(start, end) };
}

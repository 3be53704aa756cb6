/** Physical lines of a raw text with their offsets (line breaks: \n, \r\n, \r, form feed). */
export interface Line {
  index: number;
  start: number;
  /** End of the line's characters, before its line break. */
  end: number;
  text: string;
  /** Page number (1-based) the line lies on. */
  page: number;
}

export function splitLines(raw: string, pageStarts: readonly number[] = [0]): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|[\n\r\f]/g;
  let start = 0;
  let page = 0;
  const push = (end: number) => {
    while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= start) page++;
    lines.push({ index: lines.length, start, end, text: raw.slice(start, end), page: page + 1 });
  };
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(raw.length);
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';

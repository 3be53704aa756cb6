/** A span shown in its text: ~40 characters each side, the span between ⟦ ⟧, line breaks as ⏎. */
export function inContext(content: string, start: number, end: number, width = 40): string {
  const shown = (s: string): string => s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, ' ');
  const left = content.slice(Math.max(0, start - width), start);
  const right = content.slice(end, end + width);
  return `${start > width ? '…' : ''}${shown(left)}⟦${shown(content.slice(start, end))}⟧${shown(right)}${end + width < content.length ? '…' : ''}`;
}

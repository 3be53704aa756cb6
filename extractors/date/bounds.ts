/**
 * Calendar day bounds of a §2 date value, for ordering a group's dates and for year filters in
 * the knowledge base: '2007-10-27/2007-10-29' → ['2007-10-27', '2007-10-29'], '2008-H1' →
 * ['2008-01-01', '2008-06-30'], '2008' → ['2008-01-01', '2008-12-31'].
 */

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last day of one point value (no '/'), or undefined when it is not a §2 value. */
export function pointBounds(value: string): [string, string] | undefined {
  let m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}`];
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const n = Number(m[3]);
    const months = m[2] === 'Q' ? 3 : 6;
    if (m[2] === 'H' && n > 2) return undefined;
    const from = (n - 1) * months + 1;
    const to = n * months;
    return [`${m[1]}-${pad(from)}-01`, `${m[1]}-${pad(to)}-${pad(lastDay(y, to))}`];
  }
  return undefined;
}

/** Day bounds of a point or interval value. */
export function dateBounds(value: string): [string, string] | undefined {
  const [a, b] = value.split('/');
  const start = a ? pointBounds(a) : undefined;
  const end = b ? pointBounds(b) : start;
  if (!start || !end) return undefined;
  return [start[0], end[1]];
}

/** One value spanning several: from the earliest start to the latest end ("February and September 2007" → '2007-02/2007-09'). */
export function spanValues(values: string[]): string | undefined {
  const parts = values.flatMap((v) => {
    const [a, b] = v.split('/');
    const sa = a ? pointBounds(a) : undefined;
    const sb = b ? pointBounds(b) : sa;
    return sa && sb && a ? [{ start: a, from: sa[0], end: b ?? a, to: sb[1] }] : [];
  });
  if (parts.length === 0) return undefined;
  const first = parts.reduce((x, y) => (y.from < x.from ? y : x));
  const last = parts.reduce((x, y) => (y.to > x.to ? y : x));
  return first.start === last.end ? first.start : `${first.start}/${last.end}`;
}

/**
 * Input shapes that once took quadratic time (issue 21 §4), each made at any size from words of
 * our own. The shapes bench (scripts/bench-shapes.ts) times the whole pipeline on each at a size
 * and at twice that size: linear time doubles; the bench fails a shape whose time grows by more
 * than 1.3 × 2 (time per character up by more than 1.3×).
 */
export interface Shape {
  name: string;
  /** What the shape stands for. */
  about: string;
  /** A text of about `chars` characters. */
  make(chars: number): string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const COUNTRIES = ['Peru', 'Chile', 'Brazil', 'Mexico', 'Canada', 'Panama', 'Bolivia', 'Ecuador', 'Jamaica', 'Uruguay'];

/** Words laid out in lines of at most `width` characters (a hard-wrapped paragraph). */
function wrap(words: Iterable<string>, chars: number, width = 72): string {
  const lines: string[] = [];
  let line = '';
  let total = 0;
  for (const word of words) {
    if (total >= chars) break;
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line += (line === '' ? '' : ' ') + word;
    total += word.length + 1;
  }
  lines.push(line);
  return lines.join('\n');
}

function* cycle<T>(items: readonly T[], each: (item: T, i: number) => string): Generator<string> {
  for (let i = 0; ; i++) yield each(items[i % items.length]!, i);
}

export const SHAPES: Shape[] = [
  {
    name: 'equal-lines',
    about: 'many lines of one length, each with a comma (a cache once keyed by length only)',
    make: (chars) => Array.from({ length: Math.ceil(chars / 46) }, (_, i) => `Row ${String(i).padStart(8, '0')}, a line of one fixed width`).join('\n'),
  },
  {
    name: 'csv-lines',
    about: 'a CSV-like .txt: short non-blank lines by the hundred thousand',
    make: (chars) => Array.from({ length: Math.ceil(chars / 22) }, (_, i) => `${i},${COUNTRIES[i % 10]},${2000 + (i % 20)},${i % 97}`).join('\n'),
  },
  {
    name: 'month-list',
    about: 'a hard-wrapped list of month names with no year, in a report that states its period',
    make: (chars) => `This report covers the period from January 2014 to December 2015.\n\nMeetings will be held in ${wrap(cycle(MONTHS, (m) => `${m},`), chars)}`,
  },
  {
    name: 'country-counts',
    about: 'a "Country (n), Country (n), …" list of participants',
    make: (chars) => `Participants came from ${wrap(cycle(COUNTRIES, (c, i) => `${c} (${(i % 97) + 1}),`), chars)}`,
  },
  {
    name: 'single-line',
    about: 'a report written on one line, with no line break at all',
    make: (chars) => {
      const sentence = 'In May 2014 the mission trained 30 police officers from Peru with the OAS, and it met 12 judges in Lima. ';
      return sentence.repeat(Math.ceil(chars / sentence.length)).slice(0, chars);
    },
  },
];

/**
 * What the participants rules look up around each numeral, prepared once per block so that no
 * numeral rescans the block (issue 21 §4: a "Country (n), Country (n), …" list of thousands took
 * quadratic time): earlier findings filed by where they start and end, and facts about a sentence
 * kept while its numerals are read (they come in order, so one sentence at a time).
 */
import type { Neighbour } from '../types.js';

export class FoundIndex {
  private readonly byStart = new Map<number, Neighbour[]>();
  private readonly byEnd = new Map<number, Neighbour[]>();

  constructor(found: readonly Neighbour[]) {
    for (const n of found) {
      file(this.byStart, n.start, n);
      file(this.byEnd, n.end, n);
    }
  }

  startingAt(pos: number): readonly Neighbour[] {
    return this.byStart.get(pos) ?? NONE;
  }

  endingAt(pos: number): readonly Neighbour[] {
    return this.byEnd.get(pos) ?? NONE;
  }
}

const NONE: readonly Neighbour[] = [];

function file(map: Map<number, Neighbour[]>, key: number, n: Neighbour): void {
  const list = map.get(key);
  if (list) list.push(n);
  else map.set(key, [n]);
}

/** One fact per sentence, computed for the first numeral of a sentence and reused for the others. */
export function perSentence<T>(compute: (sentence: string) => T): (sentence: string) => T {
  let last: string | undefined;
  let value: T;
  return (sentence) => {
    if (sentence !== last) value = compute(sentence);
    // Kept even when equal: the next numeral's sentence is then this very string, compared in O(1).
    // Holding on to an older equal string would compare their characters every time.
    last = sentence;
    return value;
  };
}

/** The end of a lead, for patterns anchored at its end: a long lead is never scanned whole. */
export const leadEnd = (lead: string): string => (lead.length > 300 ? lead.slice(-300) : lead);

/**
 * A pure function of a string, remembered per argument: the extractors ask about the same words
 * and phrases again and again (in every block, in every report). The memory is bounded: past
 * `limit` entries it starts over, so a long batch cannot grow it without end.
 *
 * A key is kept, and its value computed, as a string of its own. The words and names asked about
 * are slices of a report's text, and V8 keeps a whole string alive for as long as any slice of it
 * (13 characters or more) lives: kept as keys, a new long word in each report kept that report's
 * whole text for the rest of the batch (160 KB more heap per 84 KB report, every report bringing
 * two new words); and a value sliced from its key (a trimmed name, a word of it) would do the same.
 */
export function memoize<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size > limit) known.clear();
      const own = ownCopy(text);
      value = compute(own);
      known.set(own, value);
    }
    return value;
  };
}

/**
 * The same characters in storage of their own: joining makes a new string, and slicing that
 * first flattens it into one, so the result no longer points into the text `text` came from.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * A pure function of a string, remembered per argument: the extractors ask about the same words
 * and phrases again and again (in every block, in every report). The memory is bounded: past
 * `limit` entries it starts over, so a long batch cannot grow it without end.
 */
export function memoize<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size > limit) known.clear();
      value = compute(text);
      known.set(text, value);
    }
    return value;
  };
}

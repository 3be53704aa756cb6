/**
 * The largest count of people reportkb takes as a participants figure: a billion. No activity
 * report counts more people than that for one activity, and the bound keeps every figure an exact
 * integer (far below 2^53) and every sum in the views far from SQLite's 64-bit limit (9.2e18:
 * even nine million mentions at the bound sum to less). A numeral above it is not a count of
 * people ("10000000000000000000 participants" is a typing slip or a test), so no mention is made.
 * Loading applies the same bound to what it stores (db/load.ts, db/load-events.ts).
 */
export const MAX_PARTICIPANTS = 1_000_000_000;

/** `n` when it is a whole number from 0 to MAX_PARTICIPANTS, else null. */
export function boundedCount(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_PARTICIPANTS ? n : null;
}

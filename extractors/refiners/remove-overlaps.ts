/**
 * Spans of one type never overlap (ANNOTATION.md §2). Where two findings of a type overlap, keep
 * the longer one (the earlier on a tie): "February 28 to March 2, 2007" beats "March 2, 2007".
 */
import type { Found } from '../types.js';

export function removeOverlaps<T extends Found>(found: readonly T[]): T[] {
  if (inOrderApart(found)) return found.slice();
  const byPreference = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const candidate of byPreference) {
    if (candidate.end <= candidate.start) continue;
    if (kept.some((k) => k.start < candidate.end && candidate.start < k.end)) continue;
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Already the answer: non-empty spans, each starting at or after the end of the one before (most blocks). */
function inOrderApart(found: readonly Found[]): boolean {
  let end = -Infinity;
  for (const f of found) {
    if (f.end <= f.start || f.start < end) return false;
    end = f.end;
  }
  return true;
}

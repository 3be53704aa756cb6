/**
 * The value grammar of ANNOTATION.md §2 and the closed lists of §4, as checks that return the
 * reason a value is wrong (or undefined when it is fine).
 */
import type { CountMod, DateMod } from '../../extractors/types.js';

export const DATE_MODS: readonly DateMod[] = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];
export const PARTICIPANT_MODS: readonly CountMod[] = ['APPROX', 'MORE_THAN', 'AT_LEAST'];
export const EVENT_KINDS = ['workshop', 'seminar', 'course', 'training', 'meeting', 'conference', 'session', 'mission', 'assessment', 'exercise', 'forum', 'other'] as const;
export const EVENT_STATUSES = ['held', 'planned'] as const;

const MODS: Record<string, readonly string[]> = { date: DATE_MODS, participants: PARTICIPANT_MODS };

/** First day of a date point (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `YYYY-Hn`) as `YYYY-MM-DD`, or undefined. */
export function pointStart(point: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?$/.exec(point);
  if (!m) return undefined;
  const [, year, month, day, quarter, half] = m;
  if (quarter) return `${year}-${String(3 * Number(quarter) - 2).padStart(2, '0')}-01`;
  if (half) return `${year}-${half === '1' ? '01' : '07'}-01`;
  if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return undefined;
  }
  return `${year}-${month ?? '01'}-${day ?? '01'}`;
}

export function dateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `date value ${JSON.stringify(value)} is not a string`;
  const parts = value.split('/');
  const starts = parts.map(pointStart);
  if (parts.length > 2 || starts.some((s) => s === undefined)) {
    return `date value "${value}" breaks the grammar (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, or A/B of those)`;
  }
  if (starts.length === 2 && starts[0]! > starts[1]!) return `date interval "${value}" ends before it starts`;
  return undefined;
}

export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

export function countryProblem(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? undefined : `country value ${JSON.stringify(value)} is not three capital letters (ISO 3166-1 alpha-3)`;
}

export function placeProblem(value: unknown): string | undefined {
  return typeof value === 'string' && /^\S.*, (?:[A-Z]{3}|\?)$/.test(value) ? undefined : `place value ${JSON.stringify(value)} is not "Name, XXX" or "Name, ?"`;
}

function nonEmptyProblem(type: string, value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? undefined : `${type} value ${JSON.stringify(value)} is not a non-empty string`;
}

export function valueProblem(type: string, value: unknown): string | undefined {
  switch (type) {
    case 'country':
      return countryProblem(value);
    case 'date':
      return dateProblem(value);
    case 'participants':
      return isPositiveInteger(value) ? undefined : `participants value ${JSON.stringify(value)} is not a positive integer`;
    case 'place':
      return placeProblem(value);
    default:
      return nonEmptyProblem(type, value);
  }
}

export function modProblem(type: string, mod: unknown): string | undefined {
  if (mod === undefined) return undefined;
  const allowed = MODS[type];
  if (!allowed) return `mod ${JSON.stringify(mod)} is not allowed on a ${type} mention`;
  return typeof mod === 'string' && allowed.includes(mod) ? undefined : `mod ${JSON.stringify(mod)} is not one of ${allowed.join('|')}`;
}

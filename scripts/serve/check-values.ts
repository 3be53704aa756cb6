/**
 * A correction's values must be what a gold file may hold (ANNOTATION.md §2, §4), so an export is
 * always a valid reportkb-gold/1 file: the reason a value is wrong, or undefined.
 */
import { MENTION_TYPES } from '../../extractors/types.js';
import { countryProblem, dateProblem, EVENT_KINDS, EVENT_STATUSES, isPositiveInteger, modProblem, placeProblem, valueProblem } from '../eval/grammar.js';

type Check = (value: unknown) => string | undefined;

const list = (check: Check): Check => (value) => (Array.isArray(value) ? value.map(check).find(Boolean) : 'must be a list');
const optional = (check: Check): Check => (value) => (value === null || value === undefined ? undefined : check(value));
const oneOf = (allowed: readonly string[]): Check => (value) => (allowed.includes(value as string) ? undefined : `must be one of ${allowed.join('|')}`);
const dateWithMod: Check = (value) => {
  if (value === null || typeof value === 'string') return optional(dateProblem)(value);
  const v = value as { value?: unknown; mod?: unknown };
  return optional(dateProblem)(v.value) ?? (v.mod ? modProblem('date', v.mod) : undefined);
};
const positive: Check = (value) => (isPositiveInteger(value) ? undefined : `${JSON.stringify(value)} is not a positive integer`);

export const ACTIVITY_CHECKS: Record<string, Check> = {
  kind: oneOf(EVENT_KINDS),
  status: oneOf(EVENT_STATUSES),
  count: optional(positive),
  participants: optional(positive),
  date: dateWithMod,
  part_of: optional((v) => (Number.isInteger(v) ? undefined : 'must be the trigger start of the group activity')),
  countries: list(countryProblem),
  places: list(placeProblem),
  organizations: list((v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be non-empty names')),
};

export function activityFieldProblem(field: string, value: unknown): string | undefined {
  const check = ACTIVITY_CHECKS[field];
  const problem = check ? check(value) : `no field '${field}'`;
  return problem && `${field}: ${problem}`;
}

export function mentionFieldProblem(type: string, field: string, value: unknown): string | undefined {
  if (field === 'value') return valueProblem(type, value);
  if (field === 'mod') return optional((m) => modProblem(type, m))(value);
  return undefined; // span: checked against the text when written
}

/** A new activity {kind, status, …slots} or mention {value, mod?} of a known type. */
export function addedProblem(type: 'activity' | 'mention', label: string, record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return 'the new item must be an object';
  const r = record as Record<string, unknown>;
  if (type === 'activity') {
    for (const [field, value] of Object.entries(r)) {
      if (value === undefined) continue;
      const problem = activityFieldProblem(field, value);
      if (problem) return problem;
    }
    return r.kind === undefined || r.status === undefined ? 'a new activity needs a kind and a status' : undefined;
  }
  if (!(MENTION_TYPES as readonly string[]).includes(label)) return `unknown mention type '${label}'`;
  return valueProblem(label, r.value) ?? optional((m) => modProblem(label, m))(r.mod);
}

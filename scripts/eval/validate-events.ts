/** Events of a gold file (ANNOTATION.md §4): a trigger span, a known kind and status, and well-formed slots. */
import { EVENT_KINDS, EVENT_STATUSES, countryProblem, dateProblem, isPositiveInteger, modProblem, placeProblem } from './grammar.js';
import { isRecord, itemName, overlapProblems, spanProblems, type Problems } from './validate-items.js';
import { pushAll } from '../../pipeline/push-all.js';

const KNOWN_KEYS = new Set(['trigger', 'kind', 'status', 'count', 'date', 'mod', 'places', 'countries', 'participants', 'organizations', 'part_of', 'rule']);

export function eventProblems(events: unknown[], content: string | undefined): Problems {
  const problems: Problems = [];
  const triggers: Array<{ name: string; start: number; end: number }> = [];
  events.forEach((event, i) => {
    if (!isRecord(event) || !isRecord(event.trigger)) {
      problems.push(`events[${i}]: not an object with a trigger`);
      return;
    }
    const name = itemName(`events[${i}]`, event.trigger, 'trigger');
    const span = spanProblems(name, event.trigger, content);
    pushAll(problems, span);
    pushAll(problems, slotProblems(name, event));
    if (span.length === 0) triggers.push({ name, start: event.trigger.start as number, end: event.trigger.end as number });
  });
  return [...problems, ...overlapProblems('event trigger', triggers), ...partOfProblems(events)];
}

/** `part_of` is the trigger start of another event of the same file (ANNOTATION.md §4). */
function partOfProblems(events: unknown[]): Problems {
  const problems: Problems = [];
  const byStart = new Map<number, Record<string, unknown>>();
  for (const event of events) if (isRecord(event) && isRecord(event.trigger) && typeof event.trigger.start === 'number') byStart.set(event.trigger.start, event);
  events.forEach((event, i) => {
    if (!isRecord(event) || !isRecord(event.trigger) || event.part_of === undefined) return;
    const name = itemName(`events[${i}]`, event.trigger, 'trigger');
    const group = typeof event.part_of === 'number' ? byStart.get(event.part_of) : undefined;
    if (!Number.isInteger(event.part_of)) problems.push(`${name}: part_of ${JSON.stringify(event.part_of)} is not a trigger start`);
    else if (!group) problems.push(`${name}: part_of ${event.part_of} is not the trigger start of an event in this file`);
    else if (group === event) problems.push(`${name}: part_of points to the event itself`);
  });
  return problems;
}

function slotProblems(name: string, event: Record<string, unknown>): Problems {
  const problems: Problems = [];
  const add = (reason: string | undefined): void => void (reason && problems.push(`${name}: ${reason}`));
  for (const key of Object.keys(event)) if (!KNOWN_KEYS.has(key)) add(`unknown slot "${key}"`);
  if (!(EVENT_KINDS as readonly unknown[]).includes(event.kind)) add(`kind ${JSON.stringify(event.kind)} is not one of ${EVENT_KINDS.join('|')}`);
  if (!(EVENT_STATUSES as readonly unknown[]).includes(event.status)) add(`status ${JSON.stringify(event.status)} is not one of ${EVENT_STATUSES.join('|')}`);
  for (const slot of ['count', 'participants'] as const) {
    if (event[slot] !== undefined && !isPositiveInteger(event[slot])) add(`${slot} ${JSON.stringify(event[slot])} is not a positive integer`);
  }
  if (event.date !== undefined) add(dateProblem(event.date));
  if (event.mod !== undefined) add(event.date === undefined ? 'mod given without a date' : modProblem('date', event.mod));
  const list = (slot: string, check: (v: unknown) => string | undefined): void => {
    const values = event[slot];
    if (values === undefined) return;
    if (!Array.isArray(values)) return add(`${slot} is not a list`);
    values.forEach((v) => add(check(v)?.replace(/^\w+ value/, `${slot} element`)));
  };
  list('countries', countryProblem);
  list('places', placeProblem);
  list('organizations', (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : `organizations element ${JSON.stringify(v)} is not a non-empty string`));
  return problems;
}

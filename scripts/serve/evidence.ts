/**
 * Where an activity's slots come from: the mentions of its own paragraph whose values its slots
 * hold (ANNOTATION.md §4: slots come from the sentence that introduces the event and its
 * paragraph). The page highlights these with the trigger when a row is clicked.
 */
import type { ActivityView, MentionView, ReportView } from '../../db/review.js';

export interface Evidence {
  slot: 'date' | 'countries' | 'places' | 'organizations' | 'participants';
  start: number;
  end: number;
  mention: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function activityEvidence(view: ReportView, activity: ActivityView): Evidence[] {
  const paragraph = view.paragraphs.find((p) => p.start <= activity.start && activity.start < p.end);
  if (!paragraph) return [];
  const inside = view.mentions.filter((m) => m.start >= paragraph.start && m.end <= paragraph.end);
  const found: Evidence[] = [];
  const add = (slot: Evidence['slot'], ms: MentionView[]) => ms.forEach((m) => found.push({ slot, start: m.start, end: m.end, mention: m.id }));
  const ofType = (type: string) => inside.filter((m) => m.type === type);
  if (activity.date !== null && activity.date_source === 'text') add('date', ofType('date').filter((m) => String(m.value) === activity.date));
  add('countries', ofType('country').filter((m) => activity.countries.includes(String(m.value))));
  const places = new Set(activity.places.map(fold));
  add('places', ofType('place').filter((m) => places.has(fold(String(m.value)))));
  const orgs = new Set(activity.organizations.map((o) => o.toLowerCase()));
  add('organizations', ofType('organization').filter((m) => orgs.has(String(m.value).toLowerCase())));
  if (activity.participants !== null) {
    const numbers = ofType('participants');
    const equal = numbers.filter((m) => Number(m.value_int ?? m.value) === activity.participants);
    // A total the text gives only in parts: every figure of the paragraph, when they add up to it.
    const sum = numbers.reduce((s, m) => s + Number(m.value_int ?? m.value), 0);
    add('participants', equal.length > 0 ? equal : sum === activity.participants ? numbers : []);
  }
  return found.sort((x, y) => x.start - y.start);
}

/** The right pane's table: one row per activity of the report (corrected values). */
import { button, el } from './dom.js';
import type { Activity } from './types.js';

export interface TableHandlers {
  select: (a: Activity) => void;
  verdict: (a: Activity, action: 'accept' | 'reject') => void;
}

const list = (values: string[]) => values.join(', ');

export function activityTable(activities: Activity[], handlers: TableHandlers): HTMLElement {
  const byStart = new Map(activities.map((a) => [a.start, a]));
  const head = el('tr', {}, ...['Review', 'Trigger', 'Kind', 'Status', 'Count', 'Date', 'Places', 'Countries', 'Part.', 'Organizations', 'Part of'].map((h) => el('th', {}, h)));
  const rows = activities.map((a) => {
    const group = a.part_of_start !== null ? byStart.get(a.part_of_start) : undefined;
    const state = a.verdict === 'accept' ? 'accepted' : a.origin === 'added' ? 'added' : a.edits > 0 ? 'edited' : '';
    const row = el(
      'tr',
      { class: `activity ${state}`, 'data-activity': a.id, 'data-start': a.start },
      el(
        'td',
        { class: 'review' },
        el('span', { class: 'state' }, state),
        button('✓', (e) => (e.stopPropagation(), handlers.verdict(a, 'accept')), { title: 'accept', class: 'accept' }),
        button('✗', (e) => (e.stopPropagation(), handlers.verdict(a, 'reject')), { title: 'reject', class: 'reject' }),
      ),
      el('td', { class: 'trigger' }, a.trigger),
      el('td', {}, a.kind),
      el('td', {}, a.status),
      el('td', {}, a.count ?? ''),
      el('td', {}, a.date ? `${a.date}${a.date_mod ? ` (${a.date_mod})` : ''}${a.date_source && a.date_source !== 'text' ? ` ← ${a.date_source}` : ''}` : ''),
      el('td', {}, list(a.places)),
      el('td', { class: 'countries' }, list(a.countries)),
      el('td', { class: 'participants' }, a.participants ?? ''),
      el('td', {}, list(a.organizations)),
      el('td', {}, group ? `${group.trigger} @${group.start}` : a.part_of_start !== null ? `@${a.part_of_start}` : ''),
    );
    row.addEventListener('click', () => handlers.select(a));
    return row;
  });
  return el('table', { class: 'activities' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

/**
 * Forms that turn into corrections: an activity's slots, a mention's value and span, and adding a
 * missed mention or activity from the text selection. Each changed field is one 'edit'.
 */
import { post } from './api.js';
import { button, el } from './dom.js';
import { DATE_MODS, EVENT_KINDS, MENTION_TYPES, type Activity, type Mention, type ReportView } from './types.js';

type Done = (message: string) => void;

function select(name: string, options: string[], value: string): HTMLSelectElement {
  return el('select', { name }, ...options.map((o) => el('option', { value: o, selected: o === value }, o || '—')));
}
const input = (name: string, value: string | number | null, attrs: Record<string, string> = {}) => el('input', { name, value: value === null ? '' : String(value), ...attrs });
const row = (label: string, control: HTMLElement) => el('label', { class: 'field' }, el('span', {}, label), control);
const splitList = (text: string) => text.split(/[,;]/).map((s) => s.trim()).filter(Boolean);
const intOrNull = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

export function activityEditor(view: ReportView, a: Activity, done: Done): HTMLElement {
  const groups = view.activities.filter((g) => g.id !== a.id);
  const fields = {
    kind: select('kind', EVENT_KINDS, a.kind),
    status: select('status', ['held', 'planned'], a.status),
    count: input('count', a.count, { inputmode: 'numeric' }),
    date: input('date', a.date, { placeholder: 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, A/B' }),
    mod: select('mod', DATE_MODS, a.date_mod ?? ''),
    places: input('places', a.places.join('; '), { placeholder: 'Lima, PER; Quito, ECU' }),
    countries: input('countries', a.countries.join(', '), { placeholder: 'PER, ECU' }),
    participants: input('participants', a.participants, { inputmode: 'numeric' }),
    organizations: input('organizations', a.organizations.join(', ')),
    part_of: select('part_of', ['', ...groups.map((g) => String(g.start))], a.part_of_start === null ? '' : String(a.part_of_start)),
  };
  // Show the group's trigger beside its offset.
  for (const option of Array.from(fields.part_of.options)) {
    const g = groups.find((x) => String(x.start) === option.value);
    if (g) option.textContent = `${g.trigger} @${g.start}`;
  }
  const save = async () => {
    const edits: Array<[string, unknown]> = [];
    const now = {
      kind: fields.kind.value,
      status: fields.status.value,
      count: intOrNull(fields.count.value),
      date: { value: fields.date.value.trim() || null, mod: fields.mod.value || null },
      places: fields.places.value.split(';').map((s) => s.trim()).filter(Boolean),
      countries: splitList(fields.countries.value).map((c) => c.toUpperCase()),
      participants: intOrNull(fields.participants.value),
      organizations: splitList(fields.organizations.value),
      part_of: fields.part_of.value === '' ? null : Number(fields.part_of.value),
    };
    if (now.kind !== a.kind) edits.push(['kind', now.kind]);
    if (now.status !== a.status) edits.push(['status', now.status]);
    if (now.count !== a.count) edits.push(['count', now.count]);
    if (now.date.value !== a.date || now.date.mod !== (a.date_mod ?? null)) edits.push(['date', now.date]);
    if (now.places.join('|') !== a.places.join('|')) edits.push(['places', now.places]);
    if ([...now.countries].sort().join() !== [...a.countries].sort().join()) edits.push(['countries', now.countries]);
    if (now.participants !== a.participants) edits.push(['participants', now.participants]);
    if ([...now.organizations].sort().join() !== [...a.organizations].sort().join()) edits.push(['organizations', now.organizations]);
    if (now.part_of !== a.part_of_start) edits.push(['part_of', now.part_of]);
    if (edits.length === 0) return done('Nothing changed.');
    for (const [field, value] of edits) await post('/api/corrections', { action: 'edit', target: { type: 'activity', id: a.id }, field, value });
    done(`Saved ${edits.map((e) => e[0]).join(', ')}.`);
  };
  return el(
    'form',
    { class: 'editor', id: 'activity-editor' },
    el('h3', {}, `Activity “${a.trigger}” at ${a.start}`),
    ...Object.entries(fields).map(([name, control]) => row(name.replace('_', ' '), control)),
    el(
      'div',
      { class: 'actions' },
      button('Save changes', () => void save().catch((e: Error) => done(`Error: ${e.message}`)), { class: 'primary', id: 'save-activity' }),
      button('Accept', () => void verdict('activity', a.id, 'accept', done)),
      button('Reject', () => void verdict('activity', a.id, 'reject', done)),
    ),
  );
}

export function mentionEditor(m: Mention, done: Done): HTMLElement {
  const value = input('value', m.value);
  const mod = input('mod', m.mod ?? '', { placeholder: m.type === 'date' ? 'START, END, …' : m.type === 'participants' ? 'APPROX, MORE_THAN, AT_LEAST' : '' });
  const start = input('start', m.start, { inputmode: 'numeric' });
  const end = input('end', m.end, { inputmode: 'numeric' });
  const save = async () => {
    const edits: Array<[string, unknown]> = [];
    const v = m.type === 'participants' ? Number(value.value) : value.value.trim();
    if (String(v) !== String(m.value)) edits.push(['value', v]);
    if ((mod.value.trim() || null) !== (m.mod ?? null)) edits.push(['mod', mod.value.trim() || null]);
    if (Number(start.value) !== m.start || Number(end.value) !== m.end) edits.push(['span', { start: Number(start.value), end: Number(end.value) }]);
    if (edits.length === 0) return done('Nothing changed.');
    for (const [field, val] of edits) await post('/api/corrections', { action: 'edit', target: { type: 'mention', id: m.id }, field, value: val });
    done(`Saved ${edits.map((e) => e[0]).join(', ')}.`);
  };
  return el(
    'form',
    { class: 'editor', id: 'mention-editor' },
    el('h3', {}, `${m.type} “${m.text}” at ${m.start}–${m.end}`),
    el('p', { class: 'muted' }, `rule ${m.rule}${m.verdict ? ` · ${m.verdict}ed` : ''}${m.edits ? ` · ${m.edits} edit(s)` : ''}`),
    row('value', value),
    row('mod', mod),
    row('start', start),
    row('end', end),
    el(
      'div',
      { class: 'actions' },
      button('Save changes', () => void save().catch((e: Error) => done(`Error: ${e.message}`)), { class: 'primary' }),
      button('Accept', () => void verdict('mention', m.id, 'accept', done)),
      button('Reject', () => void verdict('mention', m.id, 'reject', done)),
    ),
  );
}

export function addEditor(view: ReportView, span: { start: number; end: number }, done: Done): HTMLElement {
  const text = view.text.slice(span.start, span.end);
  const type = select('type', MENTION_TYPES, 'country');
  const value = input('value', '', { placeholder: 'PER, 2014-05, 25, Lima, PER…' });
  const kind = select('kind', EVENT_KINDS, 'workshop');
  const status = select('status', ['held', 'planned'], 'held');
  const add = async (what: 'mention' | 'activity') => {
    const body =
      what === 'mention'
        ? { action: 'add', add: { reportId: view.report.id, type: 'mention', label: type.value, ...span }, value: { value: type.value === 'participants' ? Number(value.value) : value.value.trim() } }
        : { action: 'add', add: { reportId: view.report.id, type: 'activity', label: 'activity', ...span }, value: { kind: kind.value, status: status.value } };
    await post('/api/corrections', body);
    done(`Added ${what} “${text}”.`);
  };
  return el(
    'div',
    { class: 'editor', id: 'add-editor' },
    el('h3', {}, 'Add from the selection'),
    el('p', { class: 'quote' }, `“${text}” (${span.start}–${span.end})`),
    el('div', { class: 'inline' }, row('mention type', type), row('value', value), button('Add mention', () => void add('mention').catch((e: Error) => done(`Error: ${e.message}`)))),
    el('div', { class: 'inline' }, row('activity kind', kind), row('status', status), button('Add activity', () => void add('activity').catch((e: Error) => done(`Error: ${e.message}`)))),
  );
}

async function verdict(type: 'activity' | 'mention', id: number, action: 'accept' | 'reject', done: Done): Promise<void> {
  try {
    await post('/api/corrections', { action, target: { type, id } });
    done(`${action === 'accept' ? 'Accepted' : 'Rejected'}.`);
  } catch (e) {
    done(`Error: ${(e as Error).message}`);
  }
}

/**
 * A report's two-pane view: text on the left, activities on the right, with editors for the
 * selected activity or mention, additions from the selection, the report's chart and its
 * corrections, and the gold export.
 */
import { activityTable } from './activity-table.js';
import { get, post } from './api.js';
import { barChart } from './chart.js';
import { button, clear, el } from './dom.js';
import { activityEditor, addEditor, mentionEditor } from './editors.js';
import { renderTextPane, type TextPane } from './text-pane.js';
import type { Activity, ChartRow, Correction, Mention, RejectedItem, ReportView } from './types.js';

type Tab = 'activities' | 'chart' | 'corrections';

/** One-key review (as in annotation tools): a accept, r reject, j/k next/previous activity. */
let keyHandler: ((event: KeyboardEvent) => void) | undefined;

export async function showReport(app: HTMLElement, id: number): Promise<void> {
  let view = await get<ReportView>(`/api/reports/${id}`);
  let selected: number | undefined;
  let tab: Tab = 'activities';
  clear(app);
  const left = el('section', { class: 'pane left' });
  const right = el('section', { class: 'pane right' });
  const status = el('p', { class: 'status', id: 'status', role: 'status' });
  const goldResult = el('p', { class: 'gold-result', id: 'gold-result' });
  const header = el(
    'div',
    { class: 'report-head' },
    el('h2', {}, view.report.title?.trim() || view.report.path),
    el('span', { class: 'path' }, view.report.path),
    button('Export gold', () => void exportGold(), { id: 'export-gold' }),
    goldResult,
  );
  app.append(header, el('div', { class: 'two-pane' }, left, right));
  let text: TextPane;

  const reload = async (message: string) => {
    view = await get<ReportView>(`/api/reports/${id}`);
    render();
    status.textContent = message;
    const a = view.activities.find((x) => x.id === selected);
    if (a && tab === 'activities') select(a, false);
  };

  const editorSlot = el('div', { class: 'editor-slot' });

  function select(a: Activity, scroll = true): void {
    selected = a.id;
    for (const row of Array.from(right.querySelectorAll<HTMLElement>('tr.activity'))) {
      row.classList.toggle('selected', row.dataset.activity === String(a.id));
      if (row.dataset.activity === String(a.id)) row.scrollIntoView({ block: 'nearest' });
    }
    text.highlight('trigger', [{ start: a.start, end: a.end }], scroll);
    text.highlight('evidence', view.evidence[a.id] ?? [], false);
    text.highlight('mention-selected', [], false);
    clear(editorSlot);
    editorSlot.append(activityEditor(view, a, (m) => void reload(m)));
  }

  function showMention(m: Mention): void {
    text.highlight('mention-selected', [{ start: m.start, end: m.end }], false);
    clear(editorSlot);
    editorSlot.append(mentionEditor(m, (msg) => void reload(msg)));
  }

  function render(): void {
    text = renderTextPane(left, view, showMention);
    clear(right);
    const tabs = el(
      'div',
      { class: 'tabs' },
      ...(['activities', 'chart', 'corrections'] as Tab[]).map((t) =>
        button(t[0]!.toUpperCase() + t.slice(1), () => ((tab = t), render()), { class: t === tab ? 'tab active' : 'tab', id: `tab-${t}` }),
      ),
    );
    right.append(tabs, status);
    if (tab === 'activities') {
      right.append(
        el('p', { class: 'muted' }, `${view.activities.length} activities · click a row to see its trigger and evidence (keys: j/k move, a accept, r reject) · select text on the left to add a missed mention or activity`),
        el('div', { class: 'table-wrap' }, activityTable(view.activities, { select: (a) => select(a), verdict: (a, action) => void post('/api/corrections', { action, target: { type: 'activity', id: a.id } }).then(() => reload(`${action === 'accept' ? 'Accepted' : 'Rejected'} “${a.trigger}”.`)) })),
        editorSlot,
      );
      if (view.rejected.activities.length + view.rejected.mentions.length > 0) right.append(rejectedList(view.rejected, (type, item) => void restore(type, item)));
    } else if (tab === 'chart') {
      void get<ChartRow[]>(`/api/chart?report=${id}`).then((rows) => right.append(barChart(rows, 'This report: activities and participants per country and year')));
    } else {
      void get<Correction[]>(`/api/reports/${id}/corrections`).then((rows) => right.append(correctionList(rows)));
    }
  }

  async function restore(type: 'activity' | 'mention', item: RejectedItem): Promise<void> {
    await post('/api/corrections', { action: 'accept', target: { type, id: item.id } });
    await reload(`Restored ${type} “${item.text}”.`);
  }

  if (keyHandler) document.removeEventListener('keydown', keyHandler);
  keyHandler = (event: KeyboardEvent) => {
    if (!document.body.contains(right) || tab !== 'activities') return;
    if ((event.target as HTMLElement).closest('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) return;
    const index = view.activities.findIndex((a) => a.id === selected);
    const current = view.activities[index];
    if (event.key === 'j' || event.key === 'k') {
      const next = view.activities[Math.min(view.activities.length - 1, Math.max(0, index + (event.key === 'j' ? 1 : -1)))];
      if (next) select(next);
    } else if ((event.key === 'a' || event.key === 'r') && current) {
      const action = event.key === 'a' ? 'accept' : 'reject';
      void post('/api/corrections', { action, target: { type: 'activity', id: current.id } }).then(() => reload(`${action === 'accept' ? 'Accepted' : 'Rejected'} “${current.trigger}”.`));
    } else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', keyHandler);

  async function exportGold(): Promise<void> {
    try {
      const r = await post<{ path: string; mentions: number; events: number; notes: string[] }>(`/api/reports/${id}/gold`, {});
      goldResult.textContent = `Wrote ${r.path} (${r.mentions} mentions, ${r.events} activities)${r.notes.length ? ` — ${r.notes.join('; ')}` : ''}`;
    } catch (e) {
      goldResult.textContent = `Error: ${(e as Error).message}`;
    }
  }

  left.addEventListener('mouseup', () => {
    const span = text.selection();
    if (!span) return;
    clear(editorSlot);
    tab = tab === 'activities' ? tab : 'activities';
    editorSlot.append(addEditor(view, span, (m) => void reload(m)));
  });

  render();
}

function correctionList(rows: Correction[]): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted' }, 'No corrections yet.');
  return el(
    'table',
    { class: 'corrections' },
    el('thead', {}, el('tr', {}, ...['When', 'Target', 'Action', 'Field', 'Old', 'New', 'Status'].map((h) => el('th', {}, h)))),
    el(
      'tbody',
      {},
      ...rows.map((c) =>
        el('tr', { class: c.status }, el('td', {}, c.created_at.replace('T', ' ').slice(0, 19)), el('td', {}, c.target_key), el('td', {}, c.action), el('td', {}, c.field), el('td', {}, c.old ?? ''), el('td', {}, c.new ?? ''), el('td', {}, c.status)),
      ),
    ),
  );
}

function rejectedList(rejected: ReportView['rejected'], restore: (type: 'activity' | 'mention', item: RejectedItem) => void): HTMLElement {
  const item = (type: 'activity' | 'mention', r: RejectedItem) =>
    el('li', { class: 'rejected-item' }, el('s', {}, `${r.label} “${r.text}” at ${r.start}`), ' ', button('Restore', () => restore(type, r)));
  return el(
    'details',
    { class: 'rejected' },
    el('summary', {}, `Rejected: ${rejected.activities.length} activities, ${rejected.mentions.length} mentions`),
    el('ul', {}, ...rejected.activities.map((r) => item('activity', r)), ...rejected.mentions.map((r) => item('mention', r))),
  );
}

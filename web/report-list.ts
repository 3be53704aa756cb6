/** The first page: every report in the knowledge base, with its counts and corrections. */
import { get } from './api.js';
import { clear, el } from './dom.js';
import type { ReportSummary } from './types.js';

export async function showReportList(app: HTMLElement): Promise<void> {
  const reports = await get<ReportSummary[]>('/api/reports');
  clear(app);
  const rows = reports.map((r) =>
    el(
      'tr',
      {},
      el('td', {}, r.id),
      el('td', {}, el('a', { href: `#/report/${r.id}`, class: 'report-link' }, r.title?.trim() || r.path)),
      el('td', { class: 'path' }, r.path),
      el('td', {}, r.format),
      el('td', {}, r.activities),
      el('td', {}, r.mentions),
      el('td', {}, r.corrections ? `${r.corrections}${r.stale ? ` (${r.stale} stale)` : ''}` : ''),
    ),
  );
  app.append(
    el(
      'section',
      { class: 'list' },
      el('h2', {}, `Reports (${reports.length})`),
      reports.length === 0
        ? el('p', {}, 'No report yet: run reportkb ingest first.')
        : el('table', { class: 'reports' }, el('thead', {}, el('tr', {}, ...['Id', 'Title', 'Path', 'Format', 'Activities', 'Mentions', 'Corrections'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)),
    ),
  );
}

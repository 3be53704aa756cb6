/** The review page: a hash router over the report list, a report's view and the whole-KB chart. */
import { get } from './api.js';
import { barChart } from './chart.js';
import { clear, el } from './dom.js';
import { showReport } from './report-view.js';
import { showReportList } from './report-list.js';
import type { ChartRow } from './types.js';

const app = document.getElementById('app')!;

async function route(): Promise<void> {
  const hash = window.location.hash;
  const report = /^#\/report\/(\d+)$/.exec(hash);
  try {
    if (report) await showReport(app, Number(report[1]));
    else if (hash === '#/chart') {
      const rows = await get<ChartRow[]>('/api/chart');
      clear(app);
      app.append(el('section', { class: 'list' }, barChart(rows, 'Knowledge base: activities and participants per country and year')));
    } else await showReportList(app);
  } catch (error) {
    clear(app);
    app.append(el('p', { class: 'error' }, `Error: ${(error as Error).message}`));
  }
}

window.addEventListener('hashchange', () => void route());
void route();

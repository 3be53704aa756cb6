/**
 * Activities and participants per country and year, as horizontal bars (SVG made element by
 * element; labels through textContent). The rows come from the views `reportkb query` reads.
 */
import { el } from './dom.js';
import type { ChartRow } from './types.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function barChart(rows: ChartRow[], title: string): HTMLElement {
  if (rows.length === 0) return el('div', { class: 'chart' }, el('h3', {}, title), el('p', { class: 'muted' }, 'No activity with a country and a year yet.'));
  const maxActivities = Math.max(1, ...rows.map((r) => r.activities));
  const maxParticipants = Math.max(1, ...rows.map((r) => r.participants ?? 0));
  const rowHeight = 22;
  const labelWidth = 110;
  const barWidth = 220;
  const width = labelWidth + 2 * (barWidth + 60);
  const height = 30 + rows.length * rowHeight;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'bars' });
  chart.append(svg('text', { x: labelWidth, y: 16, class: 'axis' }, 'activities'), svg('text', { x: labelWidth + barWidth + 60, y: 16, class: 'axis' }, 'participants'));
  rows.forEach((r, i) => {
    const y = 26 + i * rowHeight;
    const label = `${r.country} ${r.year ?? '(no year)'}`;
    const g = svg('g', { class: 'bar-row', 'data-country': r.country, 'data-year': r.year ?? '' });
    const a = (r.activities / maxActivities) * barWidth;
    const p = ((r.participants ?? 0) / maxParticipants) * barWidth;
    g.append(
      svg('text', { x: 0, y: y + 14, class: 'label' }, label),
      svg('rect', { x: labelWidth, y, width: Math.max(a, 1), height: rowHeight - 6, class: 'bar-activities' }),
      svg('text', { x: labelWidth + a + 4, y: y + 14, class: 'value' }, String(r.activities)),
      svg('rect', { x: labelWidth + barWidth + 60, y, width: Math.max(p, r.participants ? 1 : 0), height: rowHeight - 6, class: 'bar-participants' }),
      svg('text', { x: labelWidth + barWidth + 64 + p, y: y + 14, class: 'value' }, r.participants === null ? '–' : String(r.participants)),
    );
    chart.append(g);
  });
  return el('div', { class: 'chart' }, el('h3', {}, title), chart, el('p', { class: 'muted' }, 'Top-level activities only (members of a group count in the group), with corrections applied.'));
}

/**
 * The left pane: the section tree and the report's text, paragraph by paragraph, cut into
 * segments at every mention and trigger boundary so that any span can be highlighted by classes.
 * Text goes in through textContent only.
 */
import { clear, el } from './dom.js';
import type { Mention, ReportView } from './types.js';

interface Segment {
  start: number;
  end: number;
  node: HTMLSpanElement;
}

export interface TextPane {
  /** Highlight ranges with a class (previous highlights of that class are cleared); scroll to the first. */
  highlight: (cls: string, ranges: Array<{ start: number; end: number }>, scroll?: boolean) => void;
  /** The raw offsets of the current selection inside the text, if any. */
  selection: () => { start: number; end: number } | undefined;
}

export function renderTextPane(container: HTMLElement, view: ReportView, onMention: (m: Mention) => void): TextPane {
  clear(container);
  const tree = sectionTree(view, (offset) => scrollToOffset(offset));
  const body = el('div', { class: 'text', id: 'report-text' });
  container.append(el('nav', { class: 'sections' }, el('h3', {}, 'Sections'), tree), body);

  const segments: Segment[] = [];
  const byId = new Map(view.mentions.map((m) => [m.id, m]));
  const mentions = [...view.mentions].sort((a, b) => a.start - b.start);
  let mi = 0;
  for (const p of view.paragraphs) {
    const tag = p.kind === 'heading' ? 'h4' : 'p';
    const block = el(tag, { class: `para para-${p.kind}`, id: `p-${p.id}`, 'data-start': p.start });
    while (mi < mentions.length && mentions[mi]!.start < p.start) mi++;
    const inside: Mention[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < p.end; j++) inside.push(mentions[j]!);
    const cuts = new Set([p.start, p.end]);
    const clamp = (n: number) => Math.min(p.end, Math.max(p.start, n));
    for (const m of inside) cuts.add(clamp(m.start)).add(clamp(m.end));
    for (const a of view.activities) if (a.start >= p.start && a.start < p.end) cuts.add(a.start).add(clamp(a.end));
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k + 1 < points.length; k++) {
      const start = points[k]!;
      const end = points[k + 1]!;
      const covering = inside.filter((m) => m.start <= start && m.end >= end).sort((x, y) => x.end - x.start - (y.end - y.start));
      const top = covering[0];
      const node = el('span', { class: top ? `seg m m-${top.type}` : 'seg', 'data-start': start }, view.text.slice(start, end));
      if (top) {
        node.dataset.mentions = covering.map((m) => m.id).join(' ');
        node.title = covering.map((m) => `${m.type}: ${String(m.value)}${m.mod ? ` (${m.mod})` : ''}`).join('\n');
      }
      segments.push({ start, end, node });
      block.append(node);
    }
    body.append(block);
  }

  body.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-mentions]');
    if (!target || window.getSelection()?.isCollapsed === false) return;
    const mention = byId.get(Number(target.dataset.mentions!.split(' ')[0]));
    if (mention) onMention(mention);
  });

  function scrollToOffset(offset: number): void {
    const p = view.paragraphs.find((q) => q.end > offset);
    if (p) document.getElementById(`p-${p.id}`)?.scrollIntoView({ block: 'center' });
  }

  const lit = new Map<string, HTMLElement[]>();
  return {
    highlight(cls, ranges, scroll = true) {
      for (const node of lit.get(cls) ?? []) node.classList.remove(cls);
      const nodes = segments.filter((s) => ranges.some((r) => s.start >= r.start && s.end <= r.end)).map((s) => s.node);
      for (const node of nodes) node.classList.add(cls);
      lit.set(cls, nodes);
      if (scroll && nodes[0]) nodes[0].scrollIntoView({ block: 'center' });
    },
    selection() {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
      const range = selection.getRangeAt(0);
      if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return undefined;
      const start = offsetOf(range.startContainer, range.startOffset);
      const end = offsetOf(range.endContainer, range.endOffset);
      return start !== undefined && end !== undefined && end > start ? { start, end } : undefined;
    },
  };
}

/** A DOM position inside the text as a raw offset: its segment's start plus the offset in it. */
function offsetOf(node: Node, offset: number): number | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest<HTMLElement>('.seg');
    return seg ? Number(seg.dataset.start) + offset : undefined;
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offset] as HTMLElement | undefined;
  const seg = child?.closest?.('.seg') ?? (child as HTMLElement | undefined)?.querySelector?.('.seg');
  if (seg instanceof HTMLElement) return Number(seg.dataset.start);
  const last = element.querySelectorAll<HTMLElement>('.seg');
  const end = last[last.length - 1];
  return end ? Number(end.dataset.start) + (end.textContent ?? '').length : undefined;
}

function sectionTree(view: ReportView, go: (offset: number) => void): HTMLElement {
  const children = new Map<number | null, ReportView['sections']>();
  for (const s of view.sections) children.set(s.parent_id, [...(children.get(s.parent_id) ?? []), s]);
  const list = (parent: number | null): HTMLElement | null => {
    const items = children.get(parent);
    if (!items) return null;
    return el(
      'ul',
      {},
      ...items.map((s) => {
        const link = el('a', { href: '#', class: 'section-link' }, s.heading.trim() || '(untitled)');
        link.addEventListener('click', (e) => {
          e.preventDefault();
          go(s.start);
        });
        return el('li', {}, link, list(s.id));
      }),
    );
  };
  return list(null) ?? el('p', { class: 'muted' }, 'No sections.');
}

/**
 * The peers a user would otherwise pick, run on the same text as reportkb, paragraph by
 * paragraph (our blocks): chrono-node for dates, compromise for places and organizations
 * (compromise-dates is not installed, so no compromise dates). Speed is measured on every block of
 * the given documents; accuracy is scored with the project's own scorer (scripts/eval/score.ts)
 * on gold files.
 *
 * Value mappings:
 * - chrono → our date grammar: each end of a result at the finest part chrono is certain of
 *   (day or weekday → YYYY-MM-DD, month → YYYY-MM, year → YYYY; the year, when implied, from the
 *   reference date, which we set to the middle of the report period we found, as a user who
 *   knew it would); a result with an end becomes `start/end`. chrono has no mods.
 * - compromise places/organizations (lenient): compromise gives text, not our values. A span
 *   gets the value of a gold item it overlaps when its text, case- and accent-folded with a
 *   leading "the" dropped, equals the gold value, the gold text, or (places) the name part of
 *   the value before ", ISO3"; otherwise its own text. Our own mentions are shown both as they
 *   are and through the same lenient mapping, so the comparison is like for like.
 */
import * as chrono from 'chrono-node';
import type { Doc } from '../../pipeline/document.js';
import { spanFromView } from '../../pipeline/document.js';
import type { GoldFile, GoldMention } from '../../pipeline/gold.js';
import { compromiseEntities } from '../../extractors/nlp.js';
import type { Period } from '../../extractors/types.js';

export type PeerFinder = (doc: Doc, period: Period | undefined) => GoldMention[];

const pad = (n: number) => String(n).padStart(2, '0');

function chronoValue(c: chrono.ParsedComponents): string {
  const y = String(c.get('year'));
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (c.isCertain('month')) return `${y}-${pad(c.get('month')!)}`;
  return y;
}

function referenceDate(period: Period | undefined): Date | undefined {
  if (!period) return undefined;
  const t = (v: string) => {
    const [y, m = '1'] = v.split(/[-/]/);
    return Date.UTC(Number(y), Number(m) - 1, 1, 12);
  };
  const a = t(period.start);
  const b = t(period.end);
  return Number.isFinite(a) && Number.isFinite(b) ? new Date((a + b) / 2) : undefined;
}

export const chronoDates: PeerFinder = (doc, period) => {
  const ref = referenceDate(period);
  const out: GoldMention[] = [];
  for (const block of doc.blocks) {
    const text = doc.view.text.slice(block.start, block.end);
    for (const r of chrono.parse(text, ref)) {
      const value = r.end ? `${chronoValue(r.start)}/${chronoValue(r.end)}` : chronoValue(r.start);
      const s = spanFromView(doc, block.start + r.index, block.start + r.index + r.text.length);
      out.push({ type: 'date', ...s, value });
    }
  }
  return out;
};

export const compromisePlacesOrgs: PeerFinder = (doc) => {
  const out: GoldMention[] = [];
  for (const block of doc.blocks) {
    const text = doc.view.text.slice(block.start, block.end);
    const found = compromiseEntities(text);
    for (const type of ['place', 'organization'] as const) {
      for (const f of found[type]) {
        // compromise's offsets can run past the text it was given (seen on a newline-final block): keep them inside it
        const end = Math.min(f.end, text.length);
        if (f.start >= end) continue;
        const s = spanFromView(doc, block.start + f.start, block.start + end);
        if (s.end > s.start) out.push({ type, ...s, value: s.text });
      }
    }
  }
  return out;
};

const fold = (v: string) => v.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[\s.,;:’']+$/u, '').trim();

/** The lenient value of a place/organization span: a gold value it names, else its text. */
export function lenient(gold: GoldFile, m: GoldMention): GoldMention {
  if (m.type !== 'place' && m.type !== 'organization') return m;
  const mine = fold(m.text);
  for (const g of gold.mentions) {
    if (g.type !== m.type || g.end <= m.start || m.end <= g.start) continue;
    const value = String(g.value);
    const names = [value, g.text, m.type === 'place' ? value.replace(/,\s*[A-Z]{3}$/, '') : value].map(fold);
    if (names.includes(mine)) return { ...m, value: g.value };
  }
  return { ...m, value: m.text };
}

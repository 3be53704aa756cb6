/**
 * `eval --errors`: every false positive and false negative of the value scheme, per document and
 * type, in context. A gold and a predicted mention left over by the value matching whose spans
 * overlap (paired one-to-one again) are shown as one "value" line (gold ≠ predicted): they count as
 * one fp and one fn. Predicted mentions show their `rule` and `implied` parts. Headings and event
 * triggers are listed the same way (relaxed), and matched events list the slots that differ.
 */
import type { GoldEvent, GoldMention } from '../../pipeline/gold.js';
import { inContext } from './context.js';
import { matchSpans } from './match-spans.js';
import { matchMentions } from './score-mentions.js';
import { partOfSlot, scalarSlot, setSlot } from './score-events.js';
import { eventsOf, headingsOf, mentionsOf } from './scope.js';
import { SCALAR_SLOTS, SET_SLOTS, TYPE_ORDER } from './types.js';
import type { DocResult } from './run-eval.js';

type Doc = Pick<DocResult, 'path' | 'gold' | 'predicted' | 'content'>;

const show = (m: { value: unknown; mod?: string }): string => `${JSON.stringify(m.value)}${m.mod ? ` ${m.mod}` : ''}`;
const provenance = (m: { rule?: string; implied?: string[] }): string =>
  m.rule ? ` [${m.rule}${m.implied?.length ? `; implied: ${m.implied.join(', ')}` : ''}]` : '';

function valueDiffers(gold: GoldMention, pred: GoldMention): string {
  const span = gold.start === pred.start && gold.end === pred.end ? '' : ` (predicted span ${JSON.stringify(pred.text)} ${pred.start}-${pred.end})`;
  return `gold ${show(gold)} ≠ predicted ${show(pred)}${span}${provenance(pred)}`;
}

function leftovers<T>(items: readonly T[], used: ReadonlySet<number>): T[] {
  return items.filter((_, i) => !used.has(i));
}

export function mentionErrors(doc: Doc, type: string): string[] {
  const gold = mentionsOf(doc.gold, type, doc.gold.regions);
  const pred = mentionsOf(doc.predicted, type, doc.gold.regions);
  const pairs = matchMentions(gold, pred, 'value');
  const g = leftovers(gold, new Set(pairs.map((p) => p.gold)));
  const p = leftovers(pred, new Set(pairs.map((x) => x.pred)));
  const differ = matchSpans(g, p);
  const line = (tag: string, m: GoldMention, detail: string): [number, string] => [m.start, `  ${tag.padEnd(5)} ${String(m.start).padStart(6)}  ${inContext(doc.content, m.start, m.end)}  ${detail}`];
  const lines: Array<[number, string]> = differ.map((d) => line('VALUE', g[d.gold]!, valueDiffers(g[d.gold]!, p[d.pred]!)));
  lines.push(...leftovers(g, new Set(differ.map((d) => d.gold))).map((m) => line('FN', m, `gold ${show(m)}`)));
  lines.push(...leftovers(p, new Set(differ.map((d) => d.pred))).map((m) => line('FP', m, `predicted ${show(m)}${provenance(m)}`)));
  if (lines.length === 0) return [];
  const header = `-- ${type}: ${g.length} fn, ${p.length} fp`;
  return [header, ...lines.sort((a, b) => a[0] - b[0]).map(([, text]) => text)];
}

function spanErrors(doc: Doc, label: string, gold: ReadonlyArray<{ start: number; end: number }>, pred: ReadonlyArray<{ start: number; end: number; rule?: string }>): string[] {
  const pairs = matchSpans(gold, pred);
  const line = (tag: string, s: { start: number; end: number; rule?: string }): [number, string] => [s.start, `  ${tag.padEnd(5)} ${String(s.start).padStart(6)}  ${inContext(doc.content, s.start, s.end)}${provenance(s)}`];
  const lines = [
    ...leftovers(gold, new Set(pairs.map((p) => p.gold))).map((s) => line('FN', s)),
    ...leftovers(pred, new Set(pairs.map((p) => p.pred))).map((s) => line('FP', s)),
  ];
  return lines.length === 0 ? [] : [`-- ${label}`, ...lines.sort((a, b) => a[0] - b[0]).map(([, text]) => text)];
}

function slotErrors(doc: Doc, gold: GoldEvent[], pred: GoldEvent[]): string[] {
  const lines: string[] = [];
  const pairs = matchSpans(gold.map((e) => e.trigger), pred.map((e) => e.trigger));
  const predFor = new Map(pairs.map((pair) => [gold[pair.gold]!.trigger.start, pred[pair.pred]!.trigger.start]));
  for (const pair of pairs) {
    const g = gold[pair.gold]!;
    const p = pred[pair.pred]!;
    const wrong: string[] = [...SCALAR_SLOTS.filter((s) => scalarSlot(s, g, p).tp === 0 && (g[s] ?? p[s]) !== undefined), ...SET_SLOTS.filter((s) => { const c = setSlot(s, g, p); return c.fp + c.fn > 0; })];
    if (partOfSlot(g, p, predFor).tp === 0 && (g.part_of ?? p.part_of) !== undefined) wrong.push('part_of');
    const value = (e: GoldEvent, slot: string): string => JSON.stringify(e[slot as keyof GoldEvent] ?? null) + (slot === 'date' && e.mod ? ` ${e.mod}` : '');
    for (const slot of wrong) lines.push(`  SLOT  ${String(g.trigger.start).padStart(6)}  ${JSON.stringify(g.trigger.text)} ${slot}: gold ${value(g, slot)} ≠ predicted ${value(p, slot)}${provenance(p)}`);
  }
  return lines.length === 0 ? [] : ['-- event slots', ...lines];
}

export function formatErrors(docs: readonly Doc[], opts: { types?: readonly string[]; headings?: boolean; events?: boolean } = {}): string {
  const out: string[] = [];
  for (const doc of docs) {
    const regions = doc.gold.regions;
    out.push(`== ${doc.path}`);
    for (const type of opts.types ?? TYPE_ORDER) out.push(...mentionErrors(doc, type));
    if (opts.headings !== false) out.push(...spanErrors(doc, 'headings', headingsOf(doc.gold, regions), headingsOf(doc.predicted, regions)));
    if (opts.events !== false) {
      const gold = eventsOf(doc.gold, regions);
      const pred = eventsOf(doc.predicted, regions);
      out.push(...spanErrors(doc, 'event triggers', gold.map((e) => e.trigger), pred.map((e) => ({ ...e.trigger, rule: e.rule }))));
      out.push(...slotErrors(doc, gold, pred));
    }
  }
  return out.join('\n');
}

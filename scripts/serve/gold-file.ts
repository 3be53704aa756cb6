/**
 * A report's reviewed facts as a `reportkb-gold/1` file (ANNOTATION.md §1), for `reportkb gold`
 * and the review page's export.
 *
 * By default the file holds what the user judged: mentions and activities accepted, edited or
 * added (rejected ones and those not yet reviewed are left out), and its `regions` are the
 * paragraphs that hold them, so `eval` scores only the text that was reviewed. With `unreviewed`
 * it holds every fact not rejected, over the whole text (the extractors' output as corrected).
 * Headings are not reviewed on the page: they are listed only with `unreviewed`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { GOLD_FORMAT, type GoldEvent, type GoldFile, type GoldMention } from '../../pipeline/gold.js';
import type { ActivityView, MentionView, ReportView } from '../../db/review.js';

export interface GoldOptions {
  unreviewed?: boolean;
}

export interface GoldBuild {
  gold: Omit<GoldFile, 'document' | 'sha256'>;
  /** Items left out, one line each (overlapping spans, a part_of whose group is not in the file). */
  notes: string[];
}

const reviewed = (item: { origin: string; verdict: string | null; edits: number }) => item.origin === 'added' || item.verdict === 'accept' || item.edits > 0;

export function buildGold(view: ReportView, options: GoldOptions = {}): GoldBuild {
  const keep = options.unreviewed ? () => true : reviewed;
  const notes: string[] = [];
  const mentions = withoutOverlaps(view.mentions.filter(keep), (m) => m.type, notes, 'mention').map((m) => goldMention(m));
  const chosen = withoutOverlaps(view.activities.filter(keep), () => 'activity', notes, 'activity');
  const starts = new Set(chosen.map((a) => a.start));
  const events = chosen.map((a) => goldEvent(view.text, a, starts, notes));
  let regions: Array<[number, number]> | undefined;
  if (!options.unreviewed) regions = reviewedRegions(view, [...mentions.map((m) => m.start), ...events.map((e) => e.trigger.start)]);
  const headings = options.unreviewed
    ? view.sections.filter((s) => s.heading_end > s.start).map((s) => ({ start: s.start, end: s.heading_end, text: view.text.slice(s.start, s.heading_end), level: s.level }))
    : [];
  return { gold: { format: GOLD_FORMAT, ...(regions ? { regions } : {}), headings, mentions, events }, notes };
}

function goldMention(m: MentionView): GoldMention {
  const value = m.type === 'participants' ? Number(m.value_int ?? m.value) : String(m.value);
  return { type: m.type, start: m.start, end: m.end, text: m.text, value, ...(m.mod ? { mod: m.mod } : {}) };
}

function goldEvent(text: string, a: ActivityView, starts: Set<number>, notes: string[]): GoldEvent {
  const event: GoldEvent = { trigger: { start: a.start, end: a.end, text: text.slice(a.start, a.end) }, kind: a.kind, status: a.status };
  if (a.count !== null) event.count = a.count;
  if (a.date !== null) event.date = a.date;
  if (a.date !== null && a.date_mod) event.mod = a.date_mod;
  if (a.places.length > 0) event.places = a.places;
  if (a.countries.length > 0) event.countries = a.countries;
  if (a.participants !== null) event.participants = a.participants;
  if (a.organizations.length > 0) event.organizations = a.organizations;
  if (a.part_of_start !== null) {
    if (starts.has(a.part_of_start)) event.part_of = a.part_of_start;
    else notes.push(`activity "${event.trigger.text}" at ${a.start}: its group (at ${a.part_of_start}) is not in the file, so part_of is left out (review the group too)`);
  }
  return event;
}

/** Spans of one layer never overlap (ANNOTATION.md §2): the first of two overlapping items is kept. */
function withoutOverlaps<T extends { start: number; end: number }>(items: T[], layer: (item: T) => string, notes: string[], what: string): T[] {
  const lastEnd = new Map<string, number>();
  return [...items]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .filter((item) => {
      const key = layer(item);
      if ((lastEnd.get(key) ?? -1) > item.start) {
        notes.push(`${what} ${key} at ${item.start}-${item.end} overlaps another of its layer: left out`);
        return false;
      }
      lastEnd.set(key, item.end);
      return true;
    });
}

/** The paragraphs holding the given offsets, merged where adjacent. */
function reviewedRegions(view: ReportView, offsets: number[]): Array<[number, number]> {
  const spans = new Map<number, [number, number]>();
  for (const offset of offsets) {
    const p = view.paragraphs.find((q) => q.start <= offset && offset < q.end);
    spans.set(p?.start ?? offset, p ? [p.start, p.end] : [offset, offset + 1]);
  }
  const merged: Array<[number, number]> = [];
  for (const span of [...spans.values()].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * Write the gold file at `out`. Its document is the report's own .txt when that file still holds
 * exactly the loaded text; else the text is written beside the gold file (`<name>.txt`), so the
 * offsets always index the file `document` names.
 */
export function writeGold(out: string, view: ReportView, build: GoldBuild): { path: string; document: string } {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  let documentPath = resolve(view.report.path);
  const original = view.report.format === 'txt' && existsSync(documentPath) ? readFileSync(documentPath) : undefined;
  if (!original || original.toString('utf8') !== view.text) {
    documentPath = resolve(dirname(target), `${basename(target).replace(/\.gold\.json$|\.json$/, '') || basename(view.report.path, extname(view.report.path))}.txt`);
    writeFileSync(documentPath, view.text);
  }
  const bytes = readFileSync(documentPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { format, ...rest } = build.gold;
  const file: GoldFile = { format, document: relative(dirname(target), documentPath), sha256, ...rest };
  writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`);
  return { path: target, document: documentPath };
}

/** The default file name: `<report name>.gold.json`. */
export function defaultGoldName(view: ReportView): string {
  return `${basename(view.report.path, extname(view.report.path))}.gold.json`;
}

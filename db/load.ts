/**
 * Loading one report: a single synchronous transaction, so a report is in the database whole or
 * not at all. An unchanged file (same sha256) changes nothing; a changed file at a known path
 * replaces its report atomically.
 */
import type { ReportRecord } from '../pipeline/record.js';
import { retryBusy } from './busy.js';
import { insertEvents, type LoadedParagraphs } from './load-events.js';
import { unifyOrganizations } from './unify-organizations.js';
import type { Db } from './open.js';
import { statement } from './statements.js';
import { boundedCount } from '../extractors/participants/cap.js';
import { bins, similarity, TWIN_SIMILARITY } from '../pipeline/fingerprint.js';

export type LoadStatus = 'added' | 'replaced' | 'unchanged' | 'duplicate';

export interface LoadResult {
  status: LoadStatus;
  reportId: number;
  /** For a duplicate: the path the same content (or, for a twin, the same document) was ingested from. */
  duplicateOf?: string;
  /** The duplicate is the same document in another file, not the same bytes. */
  twin?: boolean;
  /** For a twin: why it is the same document ("the same document symbol X", "the same words as .pdf"). */
  twinBy?: string;
}

export function isLoaded(db: Db, sha256: string): { id: number; path: string; realPath: string } | undefined {
  return statement(db, 'reportBySha').get(sha256) as { id: number; path: string; realPath: string } | undefined;
}

export interface LoadOptions {
  /** Take this file instead of an already loaded twin (the same document in another file). */
  replace?: boolean;
  /** Load twins as reports of their own (the bench's copies, which are twins on purpose). */
  keepTwins?: boolean;
}

export function loadReport(db: Db, record: ReportRecord, options: LoadOptions = {}): LoadResult {
  // All or nothing, so a try that lost the lock to another process can simply be run again.
  return retryBusy(`loading ${record.path}`, () => loadOnce(db, record, options));
}

/**
 * An already loaded report that is the same document as `r` in another file: the same document
 * symbol, or nearly the same words in another format (its .pdf, .txt or .docx). Two files of one
 * format with nearly the same words are two versions, the second loaded on purpose. Candidates are
 * found through the fingerprint's bins (one index probe per bin), never by reading every report.
 */
export function findTwin(db: Db, r: Pick<ReportRecord, 'realPath' | 'symbol' | 'fingerprint' | 'format'>): { id: number; path: string; by: string } | undefined {
  if (r.symbol) {
    const bySymbol = statement(db, 'reportBySymbol').get(r.symbol, r.realPath) as { id: number; path: string } | undefined;
    if (bySymbol) return { ...bySymbol, by: `the same document symbol ${r.symbol}` };
  }
  const own = bins(r.fingerprint);
  const shared = new Map<number, number>();
  const probe = statement(db, 'reportsWithBin');
  for (const [bin, value] of own) for (const id of probe.pluck().all(bin, value) as number[]) shared.set(id, (shared.get(id) ?? 0) + 1);
  let best: { id: number; path: string; score: number; format: string } | undefined;
  for (const [id, n] of shared) {
    if (n < own.length * TWIN_SIMILARITY) continue;
    const row = statement(db, 'reportForTwin').get(id) as { id: number; path: string; realPath: string; format: string; fingerprint: string | null };
    if (row.realPath === r.realPath || row.format === r.format) continue;
    const score = similarity(r.fingerprint, row.fingerprint);
    if (score >= TWIN_SIMILARITY && (!best || score > best.score)) best = { id: row.id, path: row.path, score, format: row.format };
  }
  return best && { id: best.id, path: best.path, by: `the same words as its .${best.format} (similarity ${best.score.toFixed(2)})` };
}

function loadOnce(db: Db, record: ReportRecord, options: LoadOptions): LoadResult {
  return db.transaction((r: ReportRecord): LoadResult => {
    const same = isLoaded(db, r.sha256);
    if (same) return same.realPath === r.realPath ? { status: 'unchanged', reportId: same.id } : { status: 'duplicate', reportId: same.id, duplicateOf: same.path };
    const previous = statement(db, 'reportsByPath').all(r.realPath) as Array<{ id: number }>;
    const twin = options.keepTwins ? undefined : findTwin(db, r);
    if (twin && !options.replace) return { status: 'duplicate', reportId: twin.id, duplicateOf: twin.path, twin: true, twinBy: twin.by };
    if (twin) previous.push({ id: twin.id });
    unifyOrganizations(db, r);
    for (const p of previous) statement(db, 'deleteReport').run(p.id);
    const reportId = Number(statement(db, 'insertReport').run({ ...r, ingestedAt: new Date().toISOString() }).lastInsertRowid);
    const insertBin = statement(db, 'insertBin');
    for (const [bin, value] of bins(r.fingerprint)) insertBin.run(bin, value, reportId);
    const sectionIds: number[] = [];
    const insertSection = statement(db, 'insertSection');
    for (const s of r.sections) {
      const parentId = s.parent >= 0 ? sectionIds[s.parent] ?? null : null;
      sectionIds.push(Number(insertSection.run(reportId, parentId, s.ordinal, s.level, s.heading, s.start, s.end, s.headingEnd).lastInsertRowid));
    }
    const paragraphs: LoadedParagraphs = { ids: [], sectionIds: [] };
    const insertParagraph = statement(db, 'insertParagraph');
    for (const p of r.paragraphs) {
      const sectionId = p.section >= 0 ? sectionIds[p.section] ?? null : null;
      paragraphs.ids.push(Number(insertParagraph.run(reportId, sectionId, p.ordinal, p.kind, p.start, p.end, p.page, p.text, p.role).lastInsertRowid));
      paragraphs.sectionIds.push(sectionId);
    }
    statement(db, 'indexParagraphs').run(reportId);
    const insertMention = statement(db, 'insertMention');
    for (const m of r.mentions) {
      // No participants figure beyond the bound (extractors/participants/cap.ts); no inexact integer.
      if (m.type === 'participants' && boundedCount(m.valueInt) === null) continue;
      insertMention.run(reportId, paragraphs.ids[m.paragraph]!, m.type, m.start, m.end, m.text, m.value, m.type === 'participants' ? boundedCount(m.valueInt) : Number.isSafeInteger(m.valueInt) ? m.valueInt : null, m.mod, m.rule, m.implied);
    }
    for (const c of r.countries) statement(db, 'upsertCountry').run(c);
    for (const o of r.organizations) {
      statement(db, 'upsertOrganization').run(o);
      for (const name of o.names) statement(db, 'insertOrganizationName').run({ key: o.key, name });
    }
    insertEvents(db, reportId, r, paragraphs);
    return { status: previous.length > 0 ? 'replaced' : 'added', reportId };
  }).immediate(record);
}

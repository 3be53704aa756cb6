/** What a knowledge base holds, report by report: list, find, read the heading tree, remove. */
import * as stored from '../db/reports.js';
import { connectionOf, type KnowledgeBase } from './knowledge-base.js';

export interface ReportSummary {
  id: number;
  /** The path it was ingested under. */
  path: string;
  title: string | null;
  /** The issuing body, as read from the report's own text. */
  issuer: string | null;
  /** The reporting period (ISO 8601, e.g. 2014-01 … 2014-12), when the report states it. */
  periodStart: string | null;
  periodEnd: string | null;
  /** Top-level activities: a group and its members count once, as in the summary views. */
  activities: number;
}

export type StoredSection = stored.StoredSection;
export type RemovedReport = stored.Removed;

export function listReports(kb: KnowledgeBase): ReportSummary[] {
  return stored.listReports(connectionOf(kb)).map((r) => ({
    id: r.id,
    path: r.path,
    title: r.title,
    issuer: r.issuer,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    activities: r.activities,
  }));
}

/** The id of a report given its id or a path (as ingested, or the file it resolves to); undefined when none. */
export function findReport(kb: KnowledgeBase, idOrPath: number | string): number | undefined {
  return stored.findReport(connectionOf(kb), idOrPath);
}

/** The heading tree stored for a report, in text order (offsets into reports.raw_text); undefined when there is no such report. */
export function reportSections(kb: KnowledgeBase, idOrPath: number | string): StoredSection[] | undefined {
  const db = connectionOf(kb);
  const id = stored.findReport(db, idOrPath);
  return id === undefined ? undefined : stored.reportSections(db, id);
}

/**
 * Removes reports (by id or path) with everything that came from them, in one transaction: all
 * or, when any name matches no report, nothing (the error names it).
 */
export function removeReports(kb: KnowledgeBase, idsOrPaths: ReadonlyArray<number | string>): RemovedReport[] {
  return stored.removeReports(connectionOf(kb, true), idsOrPaths);
}

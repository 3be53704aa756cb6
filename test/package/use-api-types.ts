// Type-checked against the package's published types (dist/api/index.d.ts): what a TypeScript user writes.
import { ingest, listReports, openKnowledgeBase, query, type IngestSummary, type KnowledgeBase, type ReportSummary } from 'reportkb';

export async function load(path: string, folders: string[]): Promise<{ summary: IngestSummary; reports: ReportSummary[]; kinds: unknown[][] }> {
  const kb: KnowledgeBase = openKnowledgeBase(path, { readonly: false });
  try {
    const summary = await ingest(kb, folders, { concurrency: 1, onProgress: ({ done, total }) => void (done <= total) });
    const added: number = summary.counts.added;
    void added;
    const reports = listReports(kb);
    const period: string | null = reports[0]!.periodStart;
    void period;
    const { rows } = await query(kb, 'SELECT kind FROM activities WHERE report_id = ?', [reports[0]!.id]);
    return { summary, reports, kinds: rows };
  } finally {
    kb.close();
  }
}

/**
 * What `reportkb demo` does once its database is fresh: ingest the text of each bundled fixture
 * report, then answer the example questions. `npm run readme` writes the same answers into the README.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ingest, query, type IngestSummary, type KnowledgeBase } from '../api/index.js';
import { projectRoot } from '../pipeline/project-root.js';
import { QUESTIONS } from './demo-questions.js';

export interface Answer {
  question: string;
  sql: string;
  readme?: boolean;
  columns: string[];
  rows: unknown[][];
}

export interface DemoRun {
  /** The fixture folders ingested, relative to the project root. */
  folders: string[];
  summary: IngestSummary;
  answers: Answer[];
}

/** Paths are given relative to the current folder, so reports.path reads `fixtures/texts/…` when run from the project root. */
export async function runDemo(kb: KnowledgeBase): Promise<DemoRun> {
  const root = projectRoot();
  // The text of each fixture once (its PDF and DOCX twins hold the same report and would count it thrice).
  const folders = [join(root, 'fixtures', 'texts'), join(root, 'fixtures', 'heldout', 'texts')].filter((f) => existsSync(f));
  const summary = await ingest(kb, folders.map((f) => relative(process.cwd(), f) || '.'));
  const answers: Answer[] = [];
  for (const q of QUESTIONS) answers.push({ ...q, ...(await query(kb, q.sql)) });
  return { folders: folders.map((f) => relative(root, f)), summary, answers };
}

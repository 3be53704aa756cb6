/**
 * reportkb as a library: `import { openKnowledgeBase, ingest, query } from 'reportkb'`.
 * The `reportkb` command is a thin layer over these functions.
 */
export { openKnowledgeBase, type KnowledgeBase, type OpenOptions } from './knowledge-base.js';
export { ingest, type FileEvent, type IngestOptions, type IngestSummary, type Progress } from './ingest.js';
export { query, search, toObjects, QueryInterrupted, type QueryOptions, type QueryParams, type QueryResult, type SearchOptions } from './query.js';
export { findReport, listReports, removeReports, reportSections, type RemovedReport, type ReportSummary, type StoredSection } from './reports.js';
export { listTables, readTable } from './export.js';
export { extract, fileSections, type ExtractOptions, type GoldFile, type GoldHeading, type Message } from './extract.js';
export { evaluate, EVAL_TYPES, type DocResult, type EvalReport, type Evaluation, type EvaluateOptions, type Predict, type Problem } from './evaluate.js';

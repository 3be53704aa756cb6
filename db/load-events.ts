/** Activities are loaded with their report (migration 003 adds their tables). */
import type { ReportRecord } from '../pipeline/record.js';
import type { Db } from './open.js';

export function insertEvents(_db: Db, _reportId: number, _record: ReportRecord, _paragraphIds: number[]): void {
  // Written with the activities extractor (issue 5).
}

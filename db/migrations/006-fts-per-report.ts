/**
 * A report's paragraphs go into the full-text index in one statement per report (db/load.ts)
 * rather than through an AFTER INSERT trigger. FTS5 writes out the terms it holds whenever a
 * statement opens within a transaction, and a trigger makes every paragraph insert such a
 * statement: each paragraph became an index segment of its own, and merging those segments
 * cost more than the rest of loading the paragraphs. Deleting and updating paragraphs still
 * keep the index in step through their triggers.
 */
export const sql = `
DROP TRIGGER paragraphs_ai;
`;

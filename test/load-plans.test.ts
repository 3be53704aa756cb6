/**
 * Loading a report costs the same however big the knowledge base is: no statement it runs scans a
 * table, and every foreign key's child column leads an index, so the deletes that cascade when a
 * changed report is replaced look rows up instead of scanning for them.
 */
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { SQL } from '../db/statements.js';

describe('the load statements and the schema', () => {
  const db = openDb(':memory:');

  it.each(Object.entries(SQL))('%s searches by an index, never scans or sorts', (_name, sql) => {
    const named = [...sql.matchAll(/@(\w+)/g)].map((m) => [m[1], null]);
    const params = named.length > 0 ? [Object.fromEntries(named)] : Array.from(sql.matchAll(/\?/g), () => null);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
    expect(plan.filter((step) => /^SCAN |TEMP B-TREE/.test(step))).toEqual([]);
  });

  it('indexes the child column of every foreign key', () => {
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[];
    const unindexed: string[] = [];
    for (const table of tables) {
      const leading = new Set(
        (db.prepare(`SELECT name FROM pragma_index_list(?)`).pluck().all(table) as string[]).map(
          (index) => db.prepare(`SELECT name FROM pragma_index_info(?) WHERE seqno = 0`).pluck().get(index) as string,
        ),
      );
      for (const fk of db.prepare(`SELECT "from" FROM pragma_foreign_key_list(?)`).pluck().all(table) as string[]) {
        if (!leading.has(fk)) unindexed.push(`${table}.${fk}`);
      }
    }
    expect(unindexed).toEqual([]);
  });
});

/**
 * Issue 21 §2: huge numbers. A count beyond the participants bound makes no mention (the report
 * is still loaded), loading bounds what it stores, and the views add up without overflow.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../db/load.js';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { MAX_PARTICIPANTS } from '../extractors/participants/cap.js';
import { createDoc } from '../pipeline/document.js';
import { processDoc } from '../pipeline/index.js';
import { toRecord } from '../pipeline/record.js';

function record(text: string, path = 'huge.txt') {
  const doc = createDoc({ path, format: 'txt', raw: text, sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length });
  return toRecord(path, processDoc(doc));
}

const TEXT = (n: string) => `In May 2014 the Secretariat held a workshop in Lima, Peru, attended by ${n} participants from Peru.\n\nIn June 2014 it held a course in Quito, Ecuador, that trained 25 police officers.\n`;

describe('huge participant counts', () => {
  it('no participants mention exceeds the bound, and a report with a huge count still loads', () => {
    const db = openDb(':memory:');
    for (const [i, n] of ['10000000000000000000', '6000000000000000000', '9007199254740993', String(MAX_PARTICIPANTS + 1)].entries()) {
      const r = record(TEXT(n), `huge-${i}.txt`);
      for (const m of r.mentions) if (m.type === 'participants') expect(m.valueInt!).toBeLessThanOrEqual(MAX_PARTICIPANTS);
      expect(r.mentions.some((m) => m.type === 'participants' && m.valueInt === 25)).toBe(true);
      expect(loadReport(db, r).status).toBe('added');
    }
    const max = runQuery(db, "SELECT max(value_int) FROM mentions WHERE type = 'participants'").rows[0]![0];
    expect(max).toBeLessThanOrEqual(MAX_PARTICIPANTS);
    db.close();
  });

  it('loading bounds counts that reach it from elsewhere; the views add up', () => {
    const db = openDb(':memory:');
    for (const i of [1, 2]) {
      const r = record(`${TEXT("30")}Note ${i}.\n`, `forged-${i}.txt`);
      // Counts as a changed extractor or a hand-made record could bring them: beyond the bound.
      for (const m of r.mentions) if (m.type === 'participants') m.valueInt = 6e18;
      for (const e of r.events) if (e.event.participants !== undefined) e.event.participants = 6e18;
      expect(loadReport(db, r).status).toBe('added');
    }
    expect(runQuery(db, "SELECT count(*) FROM mentions WHERE type = 'participants' AND value_int > 1000000000").rows).toEqual([[0]]);
    expect(() => runQuery(db, 'SELECT * FROM participants_by_country_year')).not.toThrow();
    db.close();
  });
});

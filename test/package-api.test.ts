/**
 * The library as users get it: a project whose node_modules holds reportkb imports it by name,
 * through package.json "exports" (test/package/). It ingests the fixture reports, queries them,
 * removes one, extracts and evaluates; and its TypeScript type-checks against the published types.
 *
 * When dist/ is older than the sources (an edited checkout), the script runs the sources through
 * the same exports map (the "reportkb-source" condition, with tsx) and the type check, which needs
 * the built .d.ts files, is skipped; after `npm install` (CI, a fresh clone) dist/ is fresh and both
 * run against what users get.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { compiledIsFresh } from '../bin/compiled.js';
import { ROOT, tempDir } from './helpers.js';

const FRESH = compiledIsFresh(ROOT);
/** Two fixture reports, in a folder of the user's project. */
const REPORTS = ['dps-2014-numbered.txt', 'sms-2011-agency-parts.txt'];

describe(`reportkb imported by name (${FRESH ? 'compiled dist/' : 'sources: dist/ is stale'})`, () => {
  const project = tempDir('reportkb-user-');
  let out: any;

  beforeAll(() => {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'reportkb'), 'dir');
    for (const f of ['package.json', 'use-api.mjs', 'use-api-types.ts']) copyFileSync(join(ROOT, 'test', 'package', f), join(project, f));
    mkdirSync(join(project, 'texts'));
    for (const f of REPORTS) copyFileSync(join(ROOT, 'fixtures', 'texts', f), join(project, 'texts', f));
    const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const node = FRESH ? [] : ['--conditions=reportkb-source', '--import', tsx];
    const r = spawnSync(process.execPath, [...node, 'use-api.mjs', join(project, 'kb.sqlite'), join(project, 'texts'), join(ROOT, 'fixtures', 'gold')], { cwd: project, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    out = JSON.parse(r.stdout);
  }, 120_000);

  it('ingests the fixtures with progress and per-file callbacks', () => {
    expect(out.summary.counts).toMatchObject({ added: 2, failed: 0 });
    expect(out.progress).toEqual([[0, 2], [1, 2], [2, 2]]);
    expect(out.files).toEqual(['added', 'added']);
  });

  it('lists and queries the reports, and refuses a write', () => {
    expect(out.reports.map((r: { issuer: string }) => r.issuer)).toEqual(['DPS', 'SMS']);
    expect(out.reports[0]).toMatchObject({ periodStart: '2014-01', periodEnd: '2014-12' });
    expect(out.byKind.length).toBeGreaterThan(2);
    expect(out.byKind.reduce((n: number, k: { n: number }) => n + k.n, 0)).toBeGreaterThanOrEqual(out.reports[0].activities);
    expect(out.writeRefused).toMatch(/only read-only SQL/);
    expect(out.hits).toBe(2);
  });

  it('removes a report', () => {
    expect(out.removed).toEqual([{ id: out.reports[0].id, path: out.reports[0].path }]);
    expect(out.left).toBe(1);
  });

  it('extracts a file and evaluates a gold file', () => {
    expect(out.extracted.format).toBe('reportkb-gold/1');
    expect(out.extracted.mentions).toBeGreaterThan(50);
    expect(out.eval.documents).toBe(1);
    expect(out.eval.countryF1).toBeGreaterThan(0.9);
    expect(out.eval.problems).toEqual([]);
  });

  it.skipIf(!FRESH)('type-checks a TypeScript user of the published types', () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
      files: ['use-api-types.ts'],
    }));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' })).not.toThrow();
  }, 60_000);
});

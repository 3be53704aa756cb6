/**
 * Every bad argument is one line on stderr naming the option (or file) and the value, exit code 1,
 * and nothing on stdout; plus the table options and the report commands, as a user runs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'reportkb.js');
const DPS = join('fixtures', 'texts', 'dps-2014-numbered.txt');
const SMS = join('fixtures', 'texts', 'sms-2011-agency-parts.txt');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, exit 1, nothing on stdout. */
function expectUsageError(args: string[], message: RegExp): void {
  const r = run(args);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr.trim()).toMatch(message);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
}

describe('bad arguments', () => {
  const dir = tempDir();
  const db = join(dir, 'kb.sqlite');
  beforeAll(() => void run(['ingest', DPS, SMS, '--db', db, '--quiet']), 120_000);

  it('search --limit abc', () => expectUsageError(['search', 'security', '--db', db, '--limit', 'abc'], /^Error: option '--limit <n>' argument 'abc' is invalid\. It must be a whole number of at least 1\.$/));
  it('search --limit 0', () => expectUsageError(['search', 'security', '--db', db, '--limit', '0'], /^Error: option '--limit <n>' argument '0' is invalid/));
  it('search --limit -3', () => expectUsageError(['search', 'security', '--db', db, '--limit', '-3'], /^Error: option '--limit <n>' argument '-3' is invalid/));
  it('search --limit 2.5', () => expectUsageError(['search', 'security', '--db', db, '--limit', '2.5'], /^Error: option '--limit <n>' argument '2\.5' is invalid/));
  it('search --report x', () => expectUsageError(['search', 'security', '--db', db, '--report', 'x'], /^Error: option '--report <id>' argument 'x' is invalid/));
  it('search --report 99 (no such report)', () => expectUsageError(['search', 'security', '--db', db, '--report', '99'], /^Error: --report 99: no report with this id in .*kb\.sqlite/));
  it('search --json --csv', () => expectUsageError(['search', 'security', '--db', db, '--json', '--csv'], /^Error: option '--json' cannot be used with option '--csv'$/));
  it('query --csv --nl', () => expectUsageError(['query', 'SELECT 1', '--db', db, '--csv', '--nl'], /^Error: option '--csv' cannot be used with option '--nl'$/));
  it('query --wide --max-width 10', () => expectUsageError(['query', 'SELECT 1', '--db', db, '--wide', '--max-width', '10'], /^Error: option '--wide' cannot be used with option '--max-width <n>'$/));
  it('query --max-width wide', () => expectUsageError(['query', 'SELECT 1', '--db', db, '--max-width', 'wide'], /^Error: option '--max-width <n>' argument 'wide' is invalid/));
  it('query --timeout 0', () => expectUsageError(['query', 'SELECT 1', '--db', db, '--timeout', '0'], /^Error: option '--timeout <seconds>' argument '0' is invalid\. It must be a number of seconds above 0\.$/));
  it('ingest --concurrency 0', () => {
    expectUsageError(['ingest', DPS, '--db', join(dir, 'new.sqlite'), '--concurrency', '0'], /^Error: option '--concurrency <n>' argument '0' is invalid/);
    expect(existsSync(join(dir, 'new.sqlite'))).toBe(false);
  });
  it('ingest --max-size abc', () => expectUsageError(['ingest', DPS, '--db', join(dir, 'new.sqlite'), '--max-size', 'abc'], /^Error: option '--max-size <MB>' argument 'abc' is invalid\. It must be a number of megabytes above 0\.$/));
  it('sections nofile.txt', () => expectUsageError(['sections', 'nofile.txt', '--db', db], /^Error: nofile\.txt: no such file$/));
  it('sections 99 (neither a file nor a report id)', () => expectUsageError(['sections', '99', '--db', db], /^Error: 99: no such file, and no report with this id in .*kb\.sqlite$/));
  it('extract nofile.txt', () => expectUsageError(['extract', 'nofile.txt'], /^Error: nofile\.txt: no such file$/));
  it('remove 99 (no such report) removes nothing', () => {
    expectUsageError(['remove', '1', '99', '--db', db], /^Error: no report with id or path '99'/);
    expect(JSON.parse(run(['reports', '--db', db, '--json']).stdout)).toHaveLength(2);
  });
  it('an unknown option', () => expectUsageError(['reports', '--db', db, '--bogus'], /^Error: unknown option '--bogus'$/));
});

describe('reports, sections by id, remove, table widths', () => {
  const dir = tempDir();
  const db = join(dir, 'kb.sqlite');
  beforeAll(() => void run(['ingest', DPS, SMS, '--db', db, '--quiet']), 120_000);

  it('reports lists id, path, title, issuer, period and activities', () => {
    const rows = JSON.parse(run(['reports', '--db', db, '--json']).stdout);
    expect(rows.map((r: { id: number; path: string; issuer: string }) => [r.id, r.path, r.issuer])).toEqual([[1, DPS, 'DPS'], [2, SMS, 'SMS']]);
    expect(Object.keys(rows[0])).toEqual(['id', 'path', 'title', 'issuer', 'period_start', 'period_end', 'activities']);
    expect(rows[0].activities).toBeGreaterThan(0);
  });

  it('cuts table cells at 60 characters by default, at --max-width N, and not with --wide', () => {
    const sql = `SELECT title FROM reports WHERE id = 1`;
    const title = JSON.parse(run(['query', sql, '--db', db, '--json']).stdout)[0].title as string;
    expect(title.length).toBeGreaterThan(60);
    const cellOf = (args: string[]) => run(['query', sql, '--db', db, ...args]).stdout.split('\n')[2]!;
    expect(cellOf([])).toHaveLength(60);
    expect(cellOf([])).toMatch(/…$/);
    expect(cellOf(['--max-width', '20'])).toHaveLength(20);
    expect(cellOf(['--wide'])).toBe(title.replace(/\s+/g, ' '));
  });

  it('prints a newline inside a cell as a space in a table', () => {
    const out = run(['query', `SELECT 'one' || char(10) || 'two' AS cell`, '--db', db]).stdout;
    expect(out.split('\n')[2]).toBe('one two');
  });

  it('sections takes a report id and prints its stored heading tree', () => {
    const fromId = run(['sections', '1', '--db', db]);
    expect(fromId.code).toBe(0);
    expect(fromId.stdout).toMatch(/^\s*II\. /m);
    const stored = JSON.parse(run(['query', 'SELECT level, heading, start, heading_end FROM sections WHERE report_id = 1 ORDER BY start', '--db', db, '--json']).stdout);
    expect(stored.length).toBeGreaterThan(3);
    expect(fromId.stdout.trimEnd().split('\n')).toEqual(stored.map((s: { level: number; heading: string; start: number; heading_end: number }) => `${'  '.repeat(s.level - 1)}${s.heading.replace(/\s+/g, ' ')}  [${s.start}-${s.heading_end}]`));
  });

  it('remove takes ids and paths, and the reports are gone', () => {
    const r = run(['remove', '1', SMS, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`removed 1 ${DPS}\nremoved 2 ${SMS}\n`);
    expect(JSON.parse(run(['reports', '--db', db, '--json']).stdout)).toEqual([]);
  });
});

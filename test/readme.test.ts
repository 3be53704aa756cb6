/**
 * The README stays true: its worked questions and accuracy table are what the demo and eval give
 * today (else: run `npm run readme`), every walkthrough line runs as written, the library example
 * runs as written in a project that depends on reportkb, and it stays under 300 lines.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../api/index.js';
// @ts-expect-error plain JavaScript module without types
import { compiledIsFresh } from '../bin/compiled.js';
import { runDemo, type Answer } from '../scripts/demo-run.js';
import { accuracyBlock, readBlock, workedQuestionsBlock } from '../scripts/readme-blocks.js';
import { ROOT, tempDir } from './helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BIN = join(ROOT, 'bin', 'reportkb.js');
const STALE = 'README.md is out of date: run `npm run readme`, check the diff, and commit it';

describe('README', () => {
  it('is under 300 lines', () => {
    expect(README.trimEnd().split('\n').length).toBeLessThan(300);
  });

  describe('generated blocks', () => {
    let answers: Answer[];
    beforeAll(async () => {
      expect(process.cwd(), 'run the tests from the project root, as npm test does').toBe(ROOT);
      const kb = openKnowledgeBase(join(tempDir(), 'demo.sqlite'));
      try {
        answers = (await runDemo(kb)).answers;
      } finally {
        kb.close();
      }
    }, 120_000);

    it('shows the worked questions as the demo answers them on a fresh demo database', () => {
      expect(answers.filter((a) => a.readme).length).toBeGreaterThanOrEqual(4);
      expect(readBlock(README, 'worked-questions'), STALE).toBe(workedQuestionsBlock(answers));
    });

    it('shows the value F1 that eval gives on the repository gold files', async () => {
      expect(readBlock(README, 'accuracy'), STALE).toBe(await accuracyBlock());
    }, 120_000);
  });

  it('runs every walkthrough line as written, each with exit code 0', () => {
    const block = /<!-- walkthrough[^>]*-->\n```sh\n([\s\S]*?)```/.exec(README)?.[1];
    const lines = (block ?? '').split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThanOrEqual(10);
    const dir = tempDir(); // a user's folder: the clone's fixtures, a fresh kb.sqlite
    symlinkSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), 'dir');
    for (const line of lines) {
      const [command, ...args] = shellWords(line, dir);
      expect(command, line).toBe('reportkb');
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
      expect({ line, code: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ line, code: 0, stderr: '' });
      expect(r.stdout.length + r.stderr.length, line).toBeGreaterThan(0);
    }
  }, 300_000);

  it('runs the library example as written, in a project that depends on reportkb', () => {
    const example = /<!-- library-example: (\S+) -->\n```js\n([\s\S]*?)```/.exec(README);
    expect(example).not.toBeNull();
    expect(example![2]).toBe(readFileSync(join(ROOT, example![1]!), 'utf8'));
    const project = tempDir('reportkb-user-');
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'reportkb'), 'dir');
    mkdirSync(join(project, 'reports'));
    for (const f of ['dps-2014-numbered.txt', 'sms-2011-agency-parts.txt']) copyFileSync(join(ROOT, 'fixtures', 'texts', f), join(project, 'reports', f));
    copyFileSync(join(ROOT, example![1]!), join(project, 'example.mjs'));
    const source = compiledIsFresh(ROOT) ? [] : ['--conditions=reportkb-source', '--import', pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href];
    const r = spawnSync(process.execPath, [...source, 'example.mjs'], { cwd: project, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/added: 2/);
    expect(r.stdout).toMatch(/^1 DPS 2014-01 2014-12 \d+$/m);
  }, 120_000);

  it('the command runs when linked from another folder, as npm install -g . links it', () => {
    const bin = tempDir('reportkb-bin-');
    symlinkSync(BIN, join(bin, 'reportkb'));
    const r = spawnSync(join(bin, 'reportkb'), ['--version'], { cwd: tempDir(), encoding: 'utf8' });
    expect([r.status, r.stdout.trim()]).toEqual([0, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version]);
  });
});

/** Words of a line as a POSIX shell splits them: "double" and 'single' quotes; `*` globbed in `dir`. */
function shellWords(line: string, dir: string): string[] {
  const words = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => ({ text: m[1] ?? m[2] ?? m[3]!, quoted: m[3] === undefined }));
  return words.flatMap(({ text, quoted }) => {
    if (quoted || !text.includes('*')) return [text];
    const slash = text.lastIndexOf('/');
    const pattern = new RegExp(`^${text.slice(slash + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return readdirSync(join(dir, text.slice(0, slash))).filter((f) => pattern.test(f)).sort().map((f) => `${text.slice(0, slash)}/${f}`);
  });
}

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GoldFile } from '../pipeline/gold.js';
import { evalCommand, runEvalCommand } from '../scripts/commands/eval.js';

const TEXT = 'Workshop in Lima, Peru\nA workshop was held in Lima, Peru, on May 3, 2007 for 30 officers.\n';
const at = (text: string, from = 0): { start: number; end: number; text: string } => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};
const GOLD: GoldFile = {
  format: 'reportkb-gold/1',
  document: 'doc.txt',
  sha256: createHash('sha256').update(TEXT).digest('hex'),
  headings: [{ ...at('Workshop in Lima, Peru'), level: 1 }],
  mentions: [
    { type: 'place', ...at('Lima', 30), value: 'Lima, PER' },
    { type: 'country', ...at('Peru', 30), value: 'PER' },
    { type: 'date', ...at('May 3, 2007'), value: '2007-05-03' },
    { type: 'participants', ...at('30', 40), value: 30 },
  ],
  events: [{ trigger: at('workshop'), kind: 'workshop', status: 'held', count: 1, date: '2007-05-03', places: ['Lima, PER'], countries: ['PER'], participants: 30 }],
};
const PREDICTED: GoldFile = {
  ...GOLD,
  mentions: [
    { type: 'country', ...at('Peru'), value: 'PER', rule: 'country/name' }, // in the heading: fp
    { type: 'country', ...at('Peru', 30), value: 'PER', rule: 'country/name' },
    { type: 'date', ...at('May 3'), value: '2007-05-04', rule: 'date/month-day', implied: ['year'] },
  ],
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setup(): { dir: string; io: { out: (t: string) => void; err: (t: string) => void }; out: string[]; err: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'reportkb-eval-cmd-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'doc.txt'), TEXT);
  writeFileSync(join(dir, 'doc.gold.json'), JSON.stringify(GOLD));
  const out: string[] = [];
  const err: string[] = [];
  return { dir, out, err, io: { out: (t) => void out.push(t), err: (t) => void err.push(t) } };
}

const predict = async (): Promise<GoldFile> => PREDICTED;

describe('reportkb eval', () => {
  it('prints exactly the report object with --json', async () => {
    const { dir, io, out, err } = setup();
    expect(await runEvalCommand([join(dir, 'doc.gold.json')], { json: true }, io, predict)).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(out.join('\n'));
    expect(Object.keys(report)).toEqual(['documents', 'types', 'micro', 'headings', 'events']);
    expect(Object.keys(report.types.country)).toEqual(['strict', 'relaxed', 'value']);
    expect(Object.keys(report.types.country.value)).toEqual(['p', 'r', 'f1', 'tp', 'fp', 'fn']);
    expect(report.types.country.value).toEqual({ p: 0.5, r: 1, f1: 2 / 3, tp: 1, fp: 1, fn: 0 });
    expect(report.types.date.relaxed.tp).toBe(1);
    expect(report.types.date.value).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.headings).toEqual({ relaxed: { p: 1, r: 1, f1: 1, tp: 1, fp: 0, fn: 0 }, level_accuracy: 1 });
    expect(Object.keys(report.events.slots)).toEqual(['kind', 'status', 'count', 'date', 'participants', 'countries', 'places', 'organizations', 'part_of']);
    expect(Object.keys(report.events)).toEqual(['trigger', 'slots', 'record']);
  });

  it('prints an aligned table and, with --errors, each fp and fn in context with its rule', async () => {
    const { dir, io, out } = setup();
    expect(await runEvalCommand([join(dir, 'doc.gold.json')], { errors: true }, io, predict)).toBe(0);
    const text = out.join('\n');
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('type'))!;
    const country = lines.find((l) => l.startsWith('country'))!;
    expect(country.length).toBe(header.length);
    expect(text).toMatch(/^micro /m);
    expect(text).toMatch(/events: trigger/);
    expect(text).toContain('FP        18  Workshop in Lima, ⟦Peru⟧⏎A workshop was held in Lima, Peru, on M…  predicted "PER" [country/name]');
    expect(text).toMatch(/VALUE .*⟦May 3, 2007⟧.* gold "2007-05-03" ≠ predicted "2007-05-04" \(predicted span "May 3" 61-66\) \[date\/month-day; implied: year\]/);
    expect(text).toMatch(/FN .*⟦30⟧ officers.*gold 30/);
    expect(text).toMatch(/FN .*⟦Lima⟧, Peru, on.*gold "Lima, PER"/);
  });

  it('filters with --types and rejects unknown names', async () => {
    const { dir, io, out, err } = setup();
    expect(await runEvalCommand([join(dir, 'doc.gold.json')], { json: true, types: ['date', 'events'] }, io, predict)).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(Object.keys(report.types)).toEqual(['date']);
    expect(report.headings).toBeUndefined();
    expect(report.events).toBeDefined();
    expect(await runEvalCommand([join(dir, 'doc.gold.json')], { types: ['dates'] }, io, predict)).toBe(1);
    expect(err.at(-1)).toMatch(/^Error: --types: unknown dates/);
  });

  it('skips paths that do not exist with a note, but fails on an invalid gold file', async () => {
    const { dir, io, out, err } = setup();
    writeFileSync(join(dir, 'bad.gold.json'), JSON.stringify({ ...GOLD, format: 'x' }));
    const code = await runEvalCommand([join(dir, 'doc.gold.json'), 'fixtures/gold/*.gold.json', join(dir, 'bad.gold.json')], { json: true }, io, predict);
    expect(code).toBe(1);
    expect(err).toEqual([
      'note: skipping fixtures/gold/*.gold.json: no such file (a pattern that matched nothing)',
      `${join(dir, 'bad.gold.json')}: format is "x", expected "reportkb-gold/1"`,
    ]);
    expect(JSON.parse(out.join('\n')).documents).toBe(1);
  });

  it('fails when nothing could be scored, and when the pipeline fails', async () => {
    const { dir, io, err } = setup();
    expect(await runEvalCommand(['nothing/*.gold.json'], {}, io, predict)).toBe(1);
    expect(err.at(-1)).toBe('Error: no gold file could be scored');
    const failing = async (): Promise<GoldFile> => Promise.reject(new Error('boom'));
    expect(await runEvalCommand([join(dir, 'doc.gold.json')], {}, io, failing)).toBe(1);
    expect(err.at(-2)).toMatch(/doc.gold.json: the pipeline failed on .*doc.txt: boom$/);
  });

  it('declares its arguments and options with help text', () => {
    const command = evalCommand();
    expect(command.name()).toBe('eval');
    expect(command.description()).not.toBe('');
    expect(command.options.map((o) => o.long)).toEqual(['--json', '--errors', '--types']);
    expect(command.options.every((o) => o.description !== '')).toBe(true);
  });
});

/**
 * The review server without a browser: the token, the Host check, the JSON API's answers to bad
 * input, the page's security headers, and `reportkb serve` printing its URL.
 */
import { spawn } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { loadAssets } from '../scripts/serve/assets.js';
import { startServer, type RunningServer } from '../scripts/serve/server.js';
import { ROOT, tempDir } from './helpers.js';

const TOKEN = 'test-token-0123456789abcdef';
const TEXT = 'I. Training\n\nIn May 2014 the Secretariat held a workshop on port security in Lima, Peru, for 25 officers.\n';

describe('reportkb serve', () => {
  let db: Db;
  let running: RunningServer;
  let base: string;
  let kb: string;
  const api = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { 'X-Reportkb-Token': TOKEN, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
  const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });

  beforeAll(async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), TEXT);
    kb = join(dir, 'kb.sqlite');
    db = openDb(kb);
    await ingest(db, [join(dir, 'a.txt')]);
    running = await startServer({ db, assets: await loadAssets(), token: TOKEN, goldDir: join(dir, 'gold') });
    base = running.url.replace(/\/\?token=.*$/, '');
  });
  afterAll(async () => {
    await running?.close();
    db?.close();
  });

  it('binds loopback and prints a URL that carries the token', () => {
    expect(running.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?token=${TOKEN}$`));
  });

  it('refuses requests without the right token, or addressed to another host', async () => {
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await fetch(`${base}/api/reports`, { headers: { 'X-Reportkb-Token': 'wrong' } })).status).toBe(403);
    expect((await fetch(`${base}/?token=${TOKEN}`)).status).toBe(200);
    // fetch may not set Host: a plain request does, as a page on a rebound DNS name would send it.
    const status = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        httpGet(`${base}/api/reports?token=${TOKEN}`, { headers: { Host: host } }, (r) => (r.resume(), resolve(r.statusCode))).on('error', reject);
      });
    expect(await status('attacker.example')).toBe(403);
    expect(await status(new URL(base).host)).toBe(200);
  });

  it('serves the page with a policy that runs only its own script', async () => {
    const page = await fetch(`${base}/?token=${TOKEN}`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain(`<script type="module" src="/app.js?token=${TOKEN}">`);
    const script = await fetch(`${base}/app.js?token=${TOKEN}`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    // The page builds its DOM with textContent: no innerHTML, outerHTML or insertAdjacentHTML in the bundle.
    expect(await script.text()).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('answers bad corrections with 400 and one reason, and writes nothing', async () => {
    const bad = async (body: unknown) => {
      const r = await post('/api/corrections', body);
      return [r.status, ((await r.json()) as { error: string }).error];
    };
    expect(await bad({ action: 'edit', target: { type: 'activity', id: 1 }, field: 'countries', value: ['Peru'] })).toEqual([400, 'countries: country value "Peru" is not three capital letters (ISO 3166-1 alpha-3)']);
    expect(await bad({ action: 'edit', target: { type: 'activity', id: 1 }, field: 'participants', value: -3 })).toEqual([400, 'participants: -3 is not a positive integer']);
    expect(await bad({ action: 'edit', target: { type: 'activity', id: 999 }, field: 'count', value: 2 })).toEqual([404, 'no activity 999']);
    expect(await bad({ action: 'drop', target: { type: 'activity', id: 1 } })).toEqual([400, 'action must be accept, reject, edit or add']);
    expect(await bad({ action: 'add', add: { reportId: 1, type: 'mention', label: 'colour', start: 0, end: 2 }, value: { value: 'x' } })).toEqual([400, "unknown mention type 'colour'"]);
    const r = await api('/api/corrections', { method: 'POST', body: '{not json' });
    expect(r.status).toBe(400);
    expect(db.prepare('SELECT count(*) FROM corrections').pluck().get()).toBe(0);
  });

  it('records a good correction and shows it in the report and the chart', async () => {
    const r = await post('/api/corrections', { action: 'edit', target: { type: 'activity', id: 1 }, field: 'participants', value: 31 });
    expect(r.status).toBe(200);
    const view = (await (await api('/api/reports/1')).json()) as { activities: Array<{ participants: number; edits: number }>; evidence: Record<string, Array<{ slot: string }>> };
    expect(view.activities[0]).toMatchObject({ participants: 31, edits: 1 });
    // The evidence follows the corrected value: no figure of the text says 31.
    expect(view.evidence['1']!.map((e) => e.slot)).toEqual(['date', 'places', 'countries']);
    expect(await (await api('/api/chart?report=1')).json()).toEqual([{ country: 'PER', year: '2014', activities: 1, participants: 31 }]);
    expect(((await (await api('/api/reports/1/corrections')).json()) as Array<{ status: string }>).map((c) => c.status)).toEqual(['applies']);
  });

  it('`reportkb serve` prints its URL and answers on it', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'reportkb.js'), 'serve', '--db', kb, '--port', '0'], { cwd: ROOT });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});

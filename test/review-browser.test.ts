/**
 * The review page in a real browser (Debian's chromium driven by playwright-core; no browser is
 * downloaded). Skipped, with the reason, where /usr/bin/chromium is absent: `.ci/run` installs it.
 * REVIEW_SCREENSHOTS=1 also writes docs/review-*.png.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { loadAssets } from '../scripts/serve/assets.js';
import { startServer, type RunningServer } from '../scripts/serve/server.js';
import { newToken } from '../scripts/serve/token.js';
import { ROOT, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`review-browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run does it)`);
const BIN = join(ROOT, 'bin', 'reportkb.js');
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

// Written for this test: a report whose text carries markup that must stay text.
const REPORT = [
  'I. Training',
  '',
  'In May 2014 the Secretariat held a workshop on port security in Lima, Peru, for 25 officers of the federal police academy.',
  '',
  'A seminar on cybercrime took place in Quito, Ecuador, in June 2014 with 30 participants. Its agenda was sent as <script>window.__pwned = 1</script> and <img src="x" onerror="window.__pwned = 2"> by mistake.',
  '',
].join('\n');

describe.skipIf(!HAS_CHROMIUM)('the review page in chromium', () => {
  let dir: string;
  let kb: string;
  let db: Db;
  let running: RunningServer;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    dir = tempDir();
    kb = join(dir, 'kb.sqlite');
    writeFileSync(join(dir, 'lima.txt'), REPORT);
    copyFileSync(join(ROOT, 'fixtures', 'texts', 'dps-2014-numbered.txt'), join(dir, 'dps-2014.txt'));
    db = openDb(kb);
    await ingest(db, [join(dir, 'lima.txt'), join(dir, 'dps-2014.txt')]);
    running = await startServer({ db, assets: await loadAssets(), token: newToken(), goldDir: join(dir, 'gold') });
    base = running.url.replace(/\/\?token=.*$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    db?.close();
  });

  const reportId = (name: string) => Number(db.prepare(`SELECT id FROM reports WHERE path LIKE ?`).pluck().get(`%${name}`));

  it('refuses a request without the token, or with a wrong one', async () => {
    expect((await page.goto(`${base}/`))?.status()).toBe(403);
    expect((await fetch(`${base}/api/reports`)).status).toBe(403);
    expect((await fetch(`${base}/api/reports?token=not-the-token`)).status).toBe(403);
    expect((await fetch(`${base}/app.js`)).status).toBe(403);
  });

  it('lists the reports and opens one in two panes', async () => {
    await page.goto(running.url);
    await page.locator('a.report-link').first().waitFor();
    expect(await page.locator('a.report-link').count()).toBe(2);
    await page.locator('table.reports tr', { hasText: 'lima.txt' }).locator('a.report-link').click();
    await page.locator('tr.activity').first().waitFor();
    expect(await page.locator('tr.activity td.trigger').allTextContents()).toEqual(['workshop', 'seminar']);
    expect(await page.locator('#report-text .m-country').allTextContents()).toEqual(['Peru', 'Ecuador']);
  });

  it('shows a <script> in the report text as text, and runs none of it', async () => {
    const paragraph = page.locator('#report-text p', { hasText: 'agenda' });
    expect(await paragraph.textContent()).toContain('<script>window.__pwned = 1</script> and <img src="x" onerror="window.__pwned = 2">');
    expect(await page.locator('#report-text script, #report-text img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('clicking an activity highlights its trigger and every slot’s evidence', async () => {
    await page.locator('tr.activity', { hasText: 'workshop' }).click();
    expect(await page.locator('.seg.trigger').allTextContents()).toEqual(['workshop']);
    expect(await page.locator('.seg.evidence').allTextContents()).toEqual(['May 2014', 'Lima', 'Peru', '25']);
    expect(await page.locator('tr.activity.selected td.trigger').textContent()).toBe('workshop');
  });

  it('a corrected slot is what `reportkb query` sees, and what the chart draws', async () => {
    const peruSql = `SELECT participants FROM participants_by_report_country_year WHERE report_id = ${reportId('lima.txt')} AND country = 'PER'`;
    const before = cli(['query', peruSql, '--db', kb, '--json']);
    expect(JSON.parse(before.stdout)).toEqual([{ participants: 25 }]);
    await page.locator('#activity-editor input[name=participants]').fill('40');
    await page.locator('#save-activity').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Saved participants.');
    expect(await page.locator('tr.activity.selected td.participants').textContent()).toBe('40');
    const after = cli(['query', peruSql, '--db', kb, '--json']);
    expect(JSON.parse(after.stdout)).toEqual([{ participants: 40 }]);
    await page.locator('#tab-chart').click();
    const peru = page.locator('.bar-row[data-country="PER"]');
    await peru.waitFor();
    expect(await peru.locator('text.value').allTextContents()).toEqual(['1', '40']);
    await page.locator('#tab-activities').click();
  });

  it('rejecting an activity removes it from the table and from query', async () => {
    await page.locator('tr.activity', { hasText: 'seminar' }).locator('button.reject').click();
    await expect.poll(() => page.locator('tr.activity td.trigger').allTextContents()).toEqual(['workshop']);
    const r = cli(['query', `SELECT country FROM participants_by_report_country_year WHERE report_id = ${reportId('lima.txt')} ORDER BY country`, '--db', kb, '--json']);
    expect(JSON.parse(r.stdout)).toEqual([{ country: 'PER' }]);
  });

  it('adds a missed mention from a text selection', async () => {
    const words = 'federal police academy';
    expect(await page.locator('#report-text .m', { hasText: words }).count()).toBe(0);
    await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.getElementById('report-text')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`${text} not found`);
    }, words);
    await page.locator('#add-editor select[name=type]').selectOption('organization');
    await page.locator('#add-editor input[name=value]').fill('Federal Police Academy');
    await page.locator('#add-editor button', { hasText: 'Add mention' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe(`Added mention “${words}”.`);
    expect(await page.locator('#report-text .m-organization').allTextContents()).toContain(words);
  });

  it('exports the gold file, and `reportkb eval` accepts it', async () => {
    await page.locator('#export-gold').click();
    await expect.poll(() => page.locator('#gold-result').textContent()).toMatch(/^Wrote /);
    const path = /^Wrote (.+\.gold\.json) /.exec((await page.locator('#gold-result').textContent())!)![1]!;
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    expect(gold.events).toEqual([expect.objectContaining({ kind: 'workshop', participants: 40 })]);
    expect(gold.mentions).toEqual([expect.objectContaining({ type: 'organization', text: 'federal police academy', value: 'Federal Police Academy' })]);
    const scored = cli(['eval', path, '--json']);
    expect(scored.stderr).toBe('');
    expect(scored.status).toBe(0);
    expect(JSON.parse(scored.stdout).documents).toBe(1);
  });

  it("edits a mention's value and span from the text", async () => {
    await page.locator('#report-text .m-place', { hasText: 'Lima' }).click();
    await page.locator('#mention-editor input[name=value]').fill('Lima, BOL');
    const end = page.locator('#mention-editor input[name=end]');
    await end.fill(String(Number(await end.inputValue()) + ', Peru'.length));
    await page.locator('#mention-editor button', { hasText: 'Save changes' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Saved value, span.');
    const lima = page.locator('#report-text .m-place').first();
    expect(await lima.getAttribute('title')).toBe('place: Lima, BOL');
    // The place now spans "Lima, Peru": "Peru" is both a country and part of the place.
    expect(await lima.textContent()).toBe('Lima, ');
    expect(await page.locator('#report-text .m-country', { hasText: 'Peru' }).getAttribute('title')).toBe('country: PER\nplace: Lima, BOL');
  });

  it('restores a rejected activity, and reviews with one key', async () => {
    await page.locator('details.rejected summary').click();
    await page.locator('li.rejected-item', { hasText: 'seminar' }).locator('button').click();
    await expect.poll(() => page.locator('tr.activity td.trigger').allTextContents()).toEqual(['workshop', 'seminar']);
    await page.locator('tr.activity', { hasText: 'workshop' }).click();
    await page.keyboard.press('j');
    expect(await page.locator('tr.activity.selected td.trigger').textContent()).toBe('seminar');
    expect(await page.locator('.seg.trigger').allTextContents()).toEqual(['seminar']);
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('tr.activity td.trigger').allTextContents()).toEqual(['workshop']);
  });

  it.runIf(process.env.REVIEW_SCREENSHOTS === '1')('keeps screenshots of the main views in docs/', async () => {
    await page.goto(running.url);
    await page.locator('a.report-link').first().waitFor();
    await page.screenshot({ path: join(ROOT, 'docs', 'review-reports.png') });
    await page.goto(`${running.url}#/report/${reportId('dps-2014.txt')}`);
    await page.locator('tr.activity').nth(3).click();
    await page.screenshot({ path: join(ROOT, 'docs', 'review-report.png') });
    await page.goto(`${running.url}#/chart`);
    await page.locator('.bar-row').first().waitFor();
    await page.screenshot({ path: join(ROOT, 'docs', 'review-chart.png'), fullPage: true });
  });
});

/**
 * A county congress office's copy of the handbook: built for a sub-path with the offline copy
 * and the site's address (HANDBOOK_BASE=/rdsc/ HANDBOOK_WITH_ZIP=1 HANDBOOK_SITE=…), served
 * under /rdsc/ with the deployment's rules. The same checks as the root build — every link
 * and #fragment, search, citations, the planner, 404 — then the offline copy: downloadable,
 * dated, working from file://, and telling its reader when the site has a newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { launchBrowser, watchProblems } from '../../scripts/lib/browser.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { forceFallback } from '../../scripts/lib/search-runner.ts';
import { FixtureProject } from '../support/fixture-project.ts';
import { freePort, get } from '../support/http.ts';

const BASE = '/rdsc/';


let fixture: FixtureProject;
let dist: string;
let origin: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let built: { code: number; output: string };

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  fixture = new FixtureProject();
  built = fixture.build({ HANDBOOK_BASE: BASE, HANDBOOK_SITE: origin, HANDBOOK_WITH_ZIP: '1' });
  dist = join(fixture.root, 'dist');
  if (built.code !== 0) return;
  server = await serveStatic(dist, { base: BASE, rules: true, port });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fixture?.dispose();
});

const markup = (html: string) => html.replace(/<script\b[\s\S]*?<\/script>/g, '');
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

describe('built for /rdsc/ and served there', () => {
  it('builds', () => {
    expect(built.code, built.output.slice(-3000)).toBe(0);
  });

  it('every link, asset and #fragment on every page stays under /rdsc/ and lands', async () => {
    const pages = new Map<string, string>();
    const fetchPage = async (path: string) => {
      if (!pages.has(path)) {
        const response = await get(origin + path);
        pages.set(path, response.status === 200 ? response.body.toString('utf8') : `status ${response.status}`);
      }
      return pages.get(path)!;
    };
    const problems: string[] = [];
    const checked = new Set<string>();
    for (const page of sitePages(dist)) {
      const path = `${BASE}${page.slice(1)}`;
      const html = markup(await fetchPage(path));
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const href = decode(match[1]!);
        if (!href || /^(https?:|mailto:|tel:|data:|#)/.test(href) || href.startsWith(origin)) continue;
        const url = new URL(href, origin + path);
        if (!url.pathname.startsWith(BASE)) {
          problems.push(`${path}: ${href} leaves ${BASE}`);
          continue;
        }
        const key = url.pathname + url.hash;
        if (checked.has(key)) continue;
        checked.add(key);
        if (!/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html')) {
          const target = await fetchPage(url.pathname);
          if (target.startsWith('status ')) problems.push(`${path}: ${href} → ${target}`);
          else if (url.hash && !target.includes(` id="${decodeURIComponent(url.hash.slice(1))}"`)) problems.push(`${path}: ${href} → no element #${decodeURIComponent(url.hash.slice(1))}`);
        } else {
          const response = await get(origin + url.pathname, { 'Accept-Encoding': 'br' });
          if (response.status !== 200) problems.push(`${path}: ${href} → status ${response.status}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(500);
  });

  it('search, a citation, the planner and the 404 page work under /rdsc/', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent('代表述职')}`);
    const first = page.locator('[data-search-page] .search-result__title').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/rdsc\//);
    await first.click();
    await page.waitForURL(/\/rdsc\/.+/);
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');

    await page.goto(`${origin}${BASE}powers/budget/`);
    await page.locator('.law-quote a[data-citation]').first().click();
    await page.waitForURL(/\/rdsc\/law\/organic-2022\/#art-12-4$/);
    await expect(page.locator('#art-12-4').isVisible()).resolves.toBe(true);

    await page.goto(`${origin}${BASE}planner/`);
    const form = page.locator('[data-new-plan]');
    await form.locator('select[name="template"]').selectOption('election-year');
    await form.locator('input[name="election"]').fill('2026-11-22');
    await form.getByRole('button', { name: '新建' }).click();
    await page.locator('[data-plan-view] .plan-row').first().waitFor();
    // A second handbook at another path of this host keeps its plans apart.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('handbook@/rdsc/:planner');
    expect(keys).not.toContain('handbook:planner');

    expect(problems).toEqual([]);
    const missing = await page.goto(`${origin}${BASE}no-such-page/`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('link', { name: '搜索手册' }).getAttribute('href')).resolves.toBe('/rdsc/search/');
    await context.close();
  });

  it('the simpler search (for browsers that cannot run Pagefind) loads its index from under /rdsc/ and links there', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    await forceFallback(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}${BASE}search/?q=${encodeURIComponent('质询案')}`);
    const first = page.locator('[data-search-page] .search-result__title').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/rdsc\//);
    await expect(page.locator('[data-search-page] [data-search-simpler]').isVisible()).resolves.toBe(true);
    expect(requested).toContain('/rdsc/search-fallback.js');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('printed pages carry the page address on the site and its QR code', async () => {
    const html = (await get(`${origin}${BASE}procedures/inquiries/`)).body.toString('utf8');
    expect(html).toContain(`data-print-qr="${origin}${BASE}procedures/inquiries/"`);
    expect(html).toMatch(/<span class="print-qr__code[^"]*" aria-hidden="true"><svg /);
    const handout = (await get(`${origin}${BASE}training/fourteen-powers/handout/`)).body.toString('utf8');
    expect(handout).toContain(`data-print-qr="${origin}${BASE}training/fourteen-powers/handout/"`);
  });
});

describe('the offline copy on the site', () => {
  let folder: string;
  let latest: { date: string; file: string; bytes: number };

  it('is listed in downloads/latest.json with the build\'s content date, and downloads as a zip of that size', async () => {
    latest = JSON.parse((await get(`${origin}${BASE}downloads/latest.json`)).body.toString('utf8'));
    const home = (await get(`${origin}${BASE}`)).body.toString('utf8');
    const date = /data-content-date="(\d{4}-\d{2}-\d{2})/.exec(home)?.[1];
    expect(latest.date).toBe(date);
    expect(latest.file).toBe(`handbook-offline-${date}.zip`);
    expect(home).toContain(`href="${BASE}downloads/${latest.file}"`);
    expect(home).toMatch(/下载离线包<\/a>（内容日期 \d{4}年\d{1,2}月\d{1,2}日<span[^>]*>，\d+\.\d MB<\/span>）/);
    const zip = await get(`${origin}${BASE}downloads/${latest.file}`);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.body.length).toBe(latest.bytes);
    folder = join(fixture.root, '.unzipped');
    for (const [name, data] of Object.entries(unzipSync(new Uint8Array(zip.body)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), data);
    }
  });

  it('opened from disk: says it is the offline copy and its date, offers no download of itself, and searches', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const index = pathToFileURL(join(folder, 'township-congress-handbook', 'index.html')).href;
    await page.goto(index);
    await expect(page.locator('[data-offline-copy]').innerText()).resolves.toMatch(/^这是离线包，内容日期 \d{4}年\d{1,2}月\d{1,2}日。/);
    await expect(page.locator('.offline-download').count()).resolves.toBe(0);
    await page.goto(pathToFileURL(join(folder, 'township-congress-handbook', 'search', 'index.html')).href + `?q=${encodeURIComponent('质询案')}`);
    await page.locator('[data-search-page] .search-result').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells its reader when the site has a newer copy, and asks nothing when the computer is offline', async () => {
    const file = join(dist, 'downloads', 'latest.json');
    const original = readFileSync(file, 'utf8');
    // The server prefers the build's .br/.gz copy, which still says the build's date: drop them first.
    // (Whether a file this small gets a compressed copy depends on its bytes, so this only failed sometimes.)
    rmSync(`${file}.gz`, { force: true });
    rmSync(`${file}.br`, { force: true });
    writeFileSync(file, JSON.stringify({ ...latest, date: '2099-01-01', file: 'handbook-offline-2099-01-01.zip' }));
    try {
      const context = await browser.newContext();
      const requests: string[] = [];
      context.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(folder, 'township-congress-handbook', 'index.html')).href);
      const newer = page.locator('[data-offline-newer]');
      await expect.poll(() => newer.innerText(), { timeout: 5_000 }).toContain('网站上已有更新的离线包，内容日期 2099年1月1日');
      await expect(page.locator('.offline-copy--outdated').count()).resolves.toBe(1);
      await expect(newer.getByRole('link', { name: '下载新版' }).getAttribute('href')).resolves.toBe(`${origin}${BASE}downloads/handbook-offline-2099-01-01.zip`);
      // The one request went to the handbook's own site.
      expect(requests).toEqual([`${origin}${BASE}downloads/latest.json`]);

      requests.length = 0;
      await context.setOffline(true);
      await page.reload();
      await page.locator('[data-offline-copy]').waitFor();
      await page.waitForTimeout(500);
      expect(requests).toEqual([]);
      await expect(newer.innerText()).resolves.toBe('');
      await context.close();
    } finally {
      writeFileSync(file, original);
      rmSync(`${file}.gz`, { force: true });
      rmSync(`${file}.br`, { force: true });
    }
  });
});

/**
 * Drafts (draft: true, src/lib/drafts.ts). One production build of a copy of the handbook with
 * a draft procedure, a draft guide and a draft glossary term leaves no trace of them: no page,
 * no link from listings or the sidebar, nothing in handbook.json, the search data, Pagefind's
 * index or the sitemap (written when HANDBOOK_SITE is set), no glossary link to the draft term
 * (a published term added beside it is linked), nothing in the offline copy made from it.
 * Then `astro dev` in the same copy serves the drafts, with Starlight's 「草稿」 notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { FixtureProject, projectRoot } from '../support/fixture-project.ts';
import { freePort } from '../support/http.ts';
import { copyEntry } from '../../scripts/lib/synthetic-corpus.ts';
import { readFragments } from '../../src/lib/search/result-pages.ts';

/** Made-up words, found nowhere else: any trace of a draft in the built site contains one of them. */
const TOKEN = 'zorblaxquint';
const WORD = '蓝鲸螺旋议事';
const DRAFT_PROCEDURE = 'draft-zorblax-procedure';
const DRAFT_GUIDE = 'draft-zorblax-guide';
const DRAFT_TERM = { id: 'draft-zorblax-term', term: '鲸落议事法' };
/** A published term added with the draft one: the glossary links are made, just not to the draft. */
const PUBLISHED_TERM = { id: 'whale-leap-term', term: '鲸跃议事法' };
const TRACES = [TOKEN, WORD, 'zorblax'];
const SITE = 'https://rd.example.gov.cn';

const withDraftLine = (text: string) => text.replace(/^---\n/, '---\ndraft: true\n');
const term = (entry: { term: string }, definition: string, draft: boolean) => `---
term: ${entry.term}
aliases: []
definition: ${definition}
${draft ? 'draft: true\n' : ''}reviewed: { date: 2026-11-29, against: [organic-2022] }
---

${definition}
`;

let fixture: FixtureProject;
let code = 0;
let output = '';
let dist = '';
beforeAll(() => {
  fixture = new FixtureProject();
  const read = (path: string) => readFileSync(join(fixture.root, path), 'utf8');
  fixture.write({
    [`content/procedures/${DRAFT_PROCEDURE}.mdx`]: `${withDraftLine(copyEntry(read('content/procedures/budget-review.mdx'), 1))}\n\n草稿里的新做法叫${WORD}（${TOKEN}），只在草稿里出现。\n`,
    [`content/guides/${DRAFT_GUIDE}.mdx`]: `---\ntitle: 草稿指南\ndescription: 只用于测试草稿的指南。\ndraft: true\nreviewed: { date: 2026-11-29, against: [organic-2022] }\n---\n\n草稿指南的正文：${WORD}（${TOKEN}）。\n`,
    [`content/glossary/${DRAFT_TERM.id}.mdx`]: term(DRAFT_TERM, `只用于测试的草稿术语，${TOKEN}。`, true),
    [`content/glossary/${PUBLISHED_TERM.id}.mdx`]: term(PUBLISHED_TERM, '只用于测试的已发布术语，和草稿术语一起出现。', false),
    // A published page that uses both terms: the glossary-links step links the published one only.
    'content/powers/budget.mdx': `${read('content/powers/budget.mdx')}\n\n测试用语：${DRAFT_TERM.term}和${PUBLISHED_TERM.term}。\n`,
  });
  // With the site's address, so that the sitemap is written too (Starlight adds @astrojs/sitemap).
  ({ code, output } = fixture.build({ HANDBOOK_SITE: SITE }));
  dist = join(fixture.root, 'dist');
}, 300_000);
afterAll(() => fixture?.dispose());

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/** A built file as text: Pagefind's files and the .gz copies unzipped; .br copies and binaries are skipped (their sources are read). */
function text(path: string): string | undefined {
  const bytes = readFileSync(path);
  if (/\.(br|wasm|png|jpe?g|ico|woff2?|docx|zip)$/.test(path)) return undefined;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

describe('a production build leaves drafts out', () => {
  it('builds', () => {
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/left out 1 draft \(draft: true\): content\/procedures\/draft-zorblax-procedure\.mdx/);
    expect(output).toMatch(/left out 1 draft \(draft: true\): content\/glossary\/draft-zorblax-term\.mdx/);
    expect(output).toMatch(/left out 1 draft \(draft: true\): content\/guides\/draft-zorblax-guide\.mdx/);
  });

  it('has no page for a draft, and no file that names one or holds its words', () => {
    expect(existsSync(join(dist, 'procedures', DRAFT_PROCEDURE))).toBe(false);
    expect(existsSync(join(dist, 'guides', DRAFT_GUIDE))).toBe(false);
    const traces: string[] = [];
    let read = 0;
    for (const path of files(dist)) {
      const where = relative(dist, path);
      if (where.includes('zorblax')) traces.push(`${where}: its name`);
      const content = text(path);
      if (content === undefined) continue;
      read++;
      for (const trace of TRACES) if (content.includes(trace)) traces.push(`${where}: ${trace}`);
    }
    // Pages, listings, the sidebar on every page, handbook.json, search-data.js, search-fallback.js, Pagefind's index and fragments.
    expect(read).toBeGreaterThan(100);
    expect(traces).toEqual([]);
  });

  it('lists published entries as before: the draft is missing from listings and the sidebar only', () => {
    const procedures = readFileSync(join(dist, 'procedures', 'index.html'), 'utf8');
    expect(procedures).toContain('/procedures/budget-review/');
    expect(procedures).not.toContain(DRAFT_PROCEDURE);
    // The copy's title (…·样本1) is in neither the listing nor any sidebar.
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('·样本1');
    expect(procedures).not.toContain('·样本1');
  });

  it('leaves drafts out of the sitemap', () => {
    const sitemaps = readdirSync(dist).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps).toContain('sitemap-index.xml');
    const urls = sitemaps.flatMap((name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
    expect(urls).toContain(`${SITE}/procedures/budget-review/`);
    expect(urls.filter((url) => url.includes('zorblax'))).toEqual([]);
  });

  it('leaves drafts out of handbook.json', () => {
    const { entries } = JSON.parse(readFileSync(join(dist, 'handbook.json'), 'utf8')) as { entries: Array<{ collection: string; id: string }> };
    const ids = entries.map((entry) => `${entry.collection}/${entry.id}`);
    expect(ids).toContain(`glossary/${PUBLISHED_TERM.id}`);
    expect(ids).toContain('procedures/budget-review');
    expect(ids.filter((id) => id.includes('zorblax'))).toEqual([]);
  });

  it('leaves drafts out of the search index: no Pagefind page, no match for their words', async () => {
    const urls = readFragments(join(dist, 'pagefind')).map(({ fragment }) => fragment.url);
    expect(urls).toContain('/procedures/budget-review/');
    expect(urls.filter((url) => url.includes('zorblax'))).toEqual([]);
    // A search, as a reader's browser would run it, with Pagefind's own engine over the built index.
    const { search, close } = await pagefindSearch(join(dist, 'pagefind'));
    try {
      expect(await search(TOKEN)).toEqual([]);
      expect(await search(WORD)).not.toContain(`/procedures/${DRAFT_PROCEDURE}/`);
      // The same engine finds published text: the published term and the sentence that uses it.
      const found = await search(PUBLISHED_TERM.term);
      expect(found, found.join(' ')).toEqual(expect.arrayContaining(['/glossary/', '/powers/budget/']));
    } finally {
      close();
    }
  });

  it('links the published glossary term, not the draft one', () => {
    const budget = readFileSync(join(dist, 'powers', 'budget', 'index.html'), 'utf8');
    expect(budget).toContain(`data-term="${PUBLISHED_TERM.id}"`);
    expect(budget).toContain(DRAFT_TERM.term);
    expect(budget).not.toContain(`#${DRAFT_TERM.id}`);
    const glossary = readFileSync(join(dist, 'glossary', 'index.html'), 'utf8');
    expect(glossary).toContain(`id="${PUBLISHED_TERM.id}"`);
    expect(glossary).not.toContain(DRAFT_TERM.term);
  });
});

describe('the offline copy has no drafts either', () => {
  it('has no page or text of a draft', () => {
    const exported = fixture.run('scripts/export-offline.ts', [], {}, 120_000);
    expect(exported.code, exported.output.slice(-2000)).toBe(0);
    const zip = unzipSync(readFileSync(join(fixture.root, 'handbook-offline.zip')));
    const names = Object.keys(zip);
    expect(names.some((name) => name.endsWith('/procedures/budget-review/index.html'))).toBe(true);
    const traces = names.flatMap((name) => {
      if (name.includes('zorblax')) return [`${name}: its name`];
      if (!/\.(html|js|json|css|txt)$/.test(name)) return [];
      const content = strFromU8(zip[name]!);
      return TRACES.filter((trace) => content.includes(trace)).map((trace) => `${name}: ${trace}`);
    });
    expect(traces).toEqual([]);
  });
});

describe('npm run dev shows drafts, marked as drafts', () => {
  let server: ChildProcess | undefined;
  let url = '';
  let log = '';
  beforeAll(async () => {
    expect(code, 'the build test failed first').toBe(0);
    const port = await freePort();
    const astro = join(dirname(createRequire(join(projectRoot, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
    // As FixtureProject.run: without the variables Vitest sets for itself (MODE=test, BASE_URL…).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(name)));
    server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: fixture.root,
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    while (!/ready in|Local\s+http/i.test(log)) {
      if (server.exitCode !== null || Date.now() - started > 90_000) throw new Error(`astro dev did not start:\n${log.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 120_000);
  afterAll(async () => {
    if (!server?.pid || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  });

  const page = async (path: string) => {
    const response = await fetch(`${url}${path}`);
    const html = await response.text();
    expect(response.status, `${path}\n${html.slice(0, 2000)}\n${log.slice(-2000)}`).toBe(200);
    return html;
  };
  /** Starlight's draft notice (its zh-CN text), under the page title. */
  const NOTICE = /<p class="sl-flex[^"]*"[^>]*>(?:(?!<\/p>)[\s\S]){0,3000}?<span[^>]*>[^<]*草稿[^<]*<\/span>/;

  it('serves a draft procedure with the 「草稿」 notice at the top, and lists it in the sidebar', async () => {
    const html = await page(`/procedures/${DRAFT_PROCEDURE}/`);
    expect(html).toContain(WORD);
    expect(html).toMatch(NOTICE);
    // The notice comes before the page's own content.
    expect(html.search(NOTICE)).toBeLessThan(html.indexOf(WORD));
    expect(html).toMatch(new RegExp(`href="/procedures/${DRAFT_PROCEDURE}/"[^>]*>[\\s\\S]{0,400}?草稿`));
    // A published page has no notice.
    expect(await page('/procedures/budget-review/')).not.toMatch(NOTICE);
  }, 120_000);

  it('serves a draft guide with the same notice', async () => {
    const html = await page(`/guides/${DRAFT_GUIDE}/`);
    expect(html).toContain(WORD);
    expect(html).toMatch(NOTICE);
  }, 120_000);

  it('shows a draft glossary term on /glossary/ with the notice', async () => {
    const html = await page('/glossary/');
    const at = html.indexOf(`id="${DRAFT_TERM.id}"`);
    expect(at).toBeGreaterThan(0);
    const item = html.slice(at, html.indexOf('class="term"', at + 10));
    expect(item).toContain(DRAFT_TERM.term);
    expect(item).toMatch(NOTICE);
  }, 120_000);
});

/**
 * Pagefind's browser engine (dist/pagefind/pagefind.js), run in Node over the built index: its
 * fetches of the index files are answered from disk. `search` gives the result page addresses
 * for a query; `close` gives fetch back.
 */
async function pagefindSearch(dir: string): Promise<{ search: (query: string) => Promise<string[]>; close: () => void }> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const address = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!address.startsWith('file:')) return realFetch(input);
    const path = fileURLToPath(address);
    if (!existsSync(path)) return new Response(null, { status: 404 });
    return new Response(readFileSync(path), { headers: { 'Content-Type': path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } });
  }) as typeof fetch;
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'pagefind.js')).href)) as {
    options: (options: Record<string, unknown>) => Promise<void>;
    search: (query: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
  };
  // basePath: where its files are; baseUrl: the site's address, from which result URLs are given.
  await pagefind.options({ basePath: pathToFileURL(`${dir}/`).href, baseUrl: '/' });
  return {
    search: async (query) => {
      const { results } = await pagefind.search(query);
      return Promise.all(results.map(async (result) => (await result.data()).url));
    },
    close: () => {
      globalThis.fetch = realFetch;
    },
  };
}

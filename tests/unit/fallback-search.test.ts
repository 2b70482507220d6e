/**
 * The simpler search for browsers where Pagefind cannot run: the index the build writes
 * (fallback-index.ts), the engine over it (fallback-engine.ts) and the choice between the two
 * engines (pagefind-or-fallback.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildFallbackIndex, fallbackIndexScript, keywordsByPage, pickSeparator, type FallbackIndex } from '../../src/lib/search/fallback-index.ts';
import { fallbackPagefind, parseQuery, splitRun } from '../../src/lib/search/fallback-engine.ts';
import { pagefindOrFallback, webAssemblyUsable } from '../../src/lib/search/pagefind-or-fallback.ts';
import type { Pagefind } from '../../src/lib/search/pagefind-engine.ts';
import type { PagefindFragment } from '../../src/lib/search/result-pages.ts';

type Anchor = NonNullable<PagefindFragment['anchors']>[number];

/** A fragment as Pagefind writes it: words separated by U+200B, the title as the first heading. */
function fragment(url: string, title: string, body: string[][], options: { summary?: string; kind?: string; headings?: Array<[element: string, id: string, text: string, words: string[]]> } = {}): PagefindFragment {
  const words = [...title.split(' '), '. ', ...body.flat()];
  const anchors: Anchor[] = [{ element: 'h1', id: '_top', text: title.replace(/ /g, ''), location: 0 }];
  for (const [element, id, text, sectionWords] of options.headings ?? []) {
    anchors.push({ element, id, text, location: words.length });
    words.push(...sectionWords);
  }
  return {
    url,
    content: words.join('\u200B'),
    meta: { title: title.replace(/ /g, ''), ...(options.summary ? { summary: options.summary } : {}) },
    filters: options.kind ? { 类别: [options.kind] } : {},
    anchors,
  };
}

const FRAGMENTS: Array<{ id: string; fragment: PagefindFragment }> = [
  {
    id: 'zh-cn_inquiries',
    fragment: fragment('/procedures/inquiries/', '质询 案', [['代表', '十人', '以上', '联名', '，', '可以', '提出', '质询', '案', '。']], {
      summary: '代表十人以上联名可以提出质询案。',
      kind: '程序',
      headings: [['h2', 'steps', '步骤', ['主席', '团', '决定', '答复', '方式', '。']]],
    }),
  },
  {
    id: 'zh-cn_session',
    fragment: fragment('/procedures/extraordinary-session/', '临时 召集 会议', [['主席', '团', '可以', '临时', '召集', '本级', '人民', '代表', '大会', '会议', '。']], { kind: '程序' }),
  },
  {
    id: 'zh-cn_law',
    fragment: fragment('/law/organic-2022/', '地方 组织 法', [['人民', '代表', '大会', '。']], {
      kind: '法律',
      headings: [
        ['h3', 'art-14', '第十四条', ['第十', '四条', '. ', '会议', '临时', '举行', '，', '经', '五分', '之一', '以上', '代表', '提议', '，', '可以', '召集', '。']],
        ['div', 'art-14-p1', '', []],
        ['h3', 'art-15', '第十五条', ['第十', '五条', '. ', '代表', '<script>', '提出', '质询', '。']],
      ],
    }),
  },
  {
    id: 'zh-cn_glossary',
    fragment: fragment('/glossary/', '术语 表', [['质询', '：', '代表', '对', '政府', '提出', '问题', '。', '质询', '质询', '质询', '代表', '代表']], { kind: '术语' }),
  },
];

const ENTRIES = [
  { url: '/procedures/inquiries/', title: '质询案', summary: '', kind: '程序', names: ['质询案', '提质询', '质询对象'] },
  { url: '/glossary/#inquiry', title: '质询', summary: '', kind: '术语', names: ['质询', '询问'] },
  { url: '/procedures/extraordinary-session/', title: '临时召集会议', summary: '', kind: '程序', names: ['临时召集会议'] },
];

function engine(index: FallbackIndex = buildFallbackIndex(FRAGMENTS, keywordsByPage(ENTRIES))): Pagefind {
  const built = fallbackPagefind(index);
  void built.options({ excerptLength: 12 });
  return built;
}
const urls = async (pagefind: Pagefind, term: string, filters?: Record<string, string>) => {
  const { results } = await pagefind.search(term, filters ? { filters } : {});
  return Promise.all(results.map(async (result) => (await result.data()).url));
};

describe('the fallback index (built from Pagefind’s fragments)', () => {
  const index = buildFallbackIndex(FRAGMENTS, keywordsByPage(ENTRIES));

  it('keeps Pagefind’s words, joined by a separator no page uses, and its ids', () => {
    expect(index.version).toBe(1);
    expect(index.separator).toBe('|');
    const [id, url, title, summary, filters, keywords, words] = index.pages[0]!;
    expect([id, url, title, summary, filters]).toEqual(['zh-cn_inquiries', '/procedures/inquiries/', '质询案', '代表十人以上联名可以提出质询案。', { 类别: ['程序'] }]);
    expect(keywords).toBe('提质询|质询对象');
    expect(words.split('|')).toEqual(FRAGMENTS[0]!.fragment.content!.split('\u200B'));
  });

  it('keeps headings with text, at Pagefind’s word positions, and leaves other anchors out', () => {
    const law = index.pages[2]![7];
    expect(law.map(([level, id, text]) => [level, id, text])).toEqual([[1, '_top', '地方组织法'], [3, 'art-14', '第十四条'], [3, 'art-15', '第十五条']]);
    const words = index.pages[2]![6].split('|');
    expect(words.slice(law[1]![3], law[1]![3] + 2)).toEqual(['第十', '四条']);
  });

  it('takes keywords from the page entries: not the title, not glossary terms (addresses with #)', () => {
    expect([...keywordsByPage(ENTRIES)]).toEqual([['/procedures/inquiries/', ['提质询', '质询对象']]]);
  });

  it('picks another separator when a page uses |', () => {
    expect(pickSeparator(['a|b', 'c'])).toBe('~');
    expect(() => pickSeparator(['|~^`\u0001'])).toThrow(/separator/);
  });

  it('is a classic script that sets window.__handbookFallbackIndex', () => {
    const window: { __handbookFallbackIndex?: FallbackIndex } = {};
    new Function('window', fallbackIndexScript(index))(window);
    expect(window.__handbookFallbackIndex).toEqual(index);
  });
});

describe('the fallback engine', () => {
  it('splits a Chinese run into the likeliest words of the index, and keeps the run as a phrase', () => {
    const vocabulary = new Map([['临时', 5], ['召集', 3], ['临', 1], ['时召', 1], ['集', 1], ['代表', 9]]);
    expect(splitRun('临时召集', vocabulary, 20)).toEqual(['临时', '召集']);
    expect(parseQuery('临时召集', vocabulary, 20)).toEqual({ words: ['临时', '召集'], phrases: ['临时召集'] });
    // Spaces separate terms; punctuation goes; ASCII letters fold; a character no word has stays alone.
    expect(parseQuery('《代表》 PDF 代表，x', vocabulary, 20)).toEqual({ words: ['代表', 'pdf', 'x'], phrases: [] });
    expect(splitRun('代表甲', vocabulary, 20)).toEqual(['代表', '甲']);
  });

  it('finds only pages that have every word (AND, as Pagefind)', async () => {
    const pagefind = engine();
    expect(await urls(pagefind, '临时召集')).toEqual(['/procedures/extraordinary-session/', '/law/organic-2022/']);
    expect(await urls(pagefind, '质询 主席')).toEqual(['/procedures/inquiries/']);
    expect(await urls(pagefind, '质询 天气')).toEqual([]);
    expect(await urls(pagefind, '。，')).toEqual([]);
  });

  it('matches where Pagefind’s words line up: from a word’s start, to a word’s end or inside the word it began in', async () => {
    const pages = buildFallbackIndex([
      { id: 'a', fragment: fragment('/a/', '甲', [['代表', '不', '行使', '职权']]) },
      { id: 'b', fragment: fragment('/b/', '乙', [['代表大会', '不行', '的', '大会', '议程']]) },
    ]);
    const pagefind = engine(pages);
    // 不行 is in /a/'s text only across 不 / 行使; 会议 only across 大会 / 议程.
    expect(await urls(pagefind, '不行')).toEqual(['/b/']);
    expect(await urls(pagefind, '会议')).toEqual([]);
    // A prefix of a word counts (代表 in 代表大会), and so do words run together (不行使).
    expect(await urls(pagefind, '代表')).toHaveLength(2);
    expect(await urls(pagefind, '不行使')).toEqual(['/a/']);
  });

  it('ranks a page named by the query, or holding it in a heading, above one that only repeats it in the text', async () => {
    // The glossary says 质询 five times, the procedure has it in its title, summary and keywords.
    expect((await urls(engine(), '质询'))[0]).toBe('/procedures/inquiries/');
    // Without keywords and summary the title still wins.
    const bare = buildFallbackIndex(FRAGMENTS.map(({ id, fragment: page }) => ({ id, fragment: { ...page, meta: { title: page.meta!.title! } } })));
    expect((await urls(engine(bare), '质询'))[0]).toBe('/procedures/inquiries/');
  });

  it('ranks a page with the query in one piece above one with its words apart', async () => {
    // The law has 临时 and 召集 in its article, apart; the procedure has 临时召集.
    const { results } = await engine().search('临时召集');
    expect(results.map((result) => result.id)).toEqual(['zh-cn_session', 'zh-cn_law']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('keeps only pages of the filter asked for', async () => {
    expect(await urls(engine(), '质询', { 类别: '术语' })).toEqual(['/glossary/']);
    expect(await urls(engine(), '质询', { 类别: '案例' })).toEqual([]);
  });

  it('describes a result as Pagefind does: escaped excerpt with <mark>, whole text, sections at headings', async () => {
    const { results } = await engine().search('质询');
    const law = await results.find((result) => result.id === 'zh-cn_law')!.data();
    expect(law.meta).toEqual({ title: '地方组织法', summary: '' });
    expect(law.filters).toEqual({ 类别: ['法律'] });
    expect(law.content).toContain('代表<script>提出质询。');
    expect(law.excerpt).toContain('&#60;script&#62;提出<mark>质询</mark>');
    expect(law.excerpt).not.toContain('<script>');
    expect(law.sub_results).toEqual([{ title: '第十五条', url: '/law/organic-2022/#art-15', excerpt: '第十五条. 代表&#60;script&#62;提出<mark>质询</mark>。' }]);
  });

  it('gives each matching section its own excerpt, the page top for matches before the first heading', async () => {
    const { results } = await engine().search('主席团');
    const page = await results.find((result) => result.id === 'zh-cn_inquiries')!.data();
    expect(page.sub_results.map((section) => section.url)).toEqual(['/procedures/inquiries/#steps']);
    const session = await (await engine().search('主席团')).results.find((result) => result.id === 'zh-cn_session')!.data();
    expect(session.sub_results).toEqual([{ title: '临时召集会议', url: '/procedures/extraordinary-session/#_top', excerpt: expect.stringContaining('<mark>主席团</mark>') }]);
  });

  it('finds an article by its heading (第十四条)', async () => {
    const { results } = await engine().search('第十四条');
    const law = await results[0]!.data();
    expect(law.url).toBe('/law/organic-2022/');
    expect(law.sub_results[0]!.url).toBe('/law/organic-2022/#art-14');
  });
});

describe('choosing Pagefind or the fallback', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const answer = (id: string) => ({ results: [{ id, score: 1, data: async () => { throw new Error('not needed'); } }] });
  const fake = (id: string, behaviour: 'answers' | 'throws' | 'hangs' = 'answers'): Pagefind & { searches: number } => {
    const engineStub = {
      searches: 0,
      options: async () => undefined,
      search: async () => {
        engineStub.searches++;
        if (behaviour === 'throws') throw new Error('Failed to load the Pagefind WASM');
        if (behaviour === 'hangs') return new Promise<never>(() => undefined);
        return answer(id);
      },
    };
    return engineStub;
  };
  const ids = async (pending: ReturnType<Pagefind['search']>) => (await pending).results.map((result) => result.id);

  it('uses Pagefind where it runs, and never loads the fallback', async () => {
    const fallback = vi.fn(async () => fake('fallback'));
    const chosen = pagefindOrFallback({ usable: async () => true, start: async () => fake('pagefind'), fallback, patienceMs: 1000 });
    expect(await ids(chosen.pagefind.search('质询', {}))).toEqual(['pagefind']);
    expect(await ids(chosen.pagefind.search('罢免', {}))).toEqual(['pagefind']);
    await expect(chosen.simpler()).resolves.toBeUndefined();
    expect(fallback).not.toHaveBeenCalled();
  });

  it('does not even load Pagefind where WebAssembly is not usable', async () => {
    const start = vi.fn(async () => fake('pagefind'));
    const chosen = pagefindOrFallback({ usable: async () => false, start, fallback: async () => fake('fallback'), patienceMs: 1000 });
    await expect(chosen.simpler()).resolves.toBe('old-browser');
    expect(await ids(chosen.pagefind.search('质询', {}))).toEqual(['fallback']);
    expect(start).not.toHaveBeenCalled();
  });

  it('hands over when Pagefind fails to start or to answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = pagefindOrFallback({ usable: async () => true, start: async () => { throw new Error('no WASM'); }, fallback: async () => fake('fallback'), patienceMs: 1000 });
    expect(await ids(failing.pagefind.search('质询', {}))).toEqual(['fallback']);
    await expect(failing.simpler()).resolves.toBe('failed');

    const pagefind = fake('pagefind', 'throws');
    const throwing = pagefindOrFallback({ usable: async () => true, start: async () => pagefind, fallback: async () => fake('fallback'), patienceMs: 1000 });
    expect(await ids(throwing.pagefind.search('质询', {}))).toEqual(['fallback']);
    // The rest go to the fallback directly.
    expect(await ids(throwing.pagefind.search('罢免', {}))).toEqual(['fallback']);
    expect(pagefind.searches).toBe(1);
  });

  it('hands over when Pagefind keeps the first search waiting, and the searches meanwhile wait for the choice', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chosen = pagefindOrFallback({ usable: async () => true, start: async () => fake('pagefind', 'hangs'), fallback: async () => fake('fallback'), patienceMs: 5000 });
    const first = ids(chosen.pagefind.search('质询', {}));
    const second = ids(chosen.pagefind.search('罢免', {}));
    await vi.advanceTimersByTimeAsync(4999);
    await expect(chosen.simpler()).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await first).toEqual(['fallback']);
    expect(await second).toEqual(['fallback']);
    await expect(chosen.simpler()).resolves.toBe('failed');
  });

  it('lets Pagefind keep the job when it answers after the wait but before the fallback has loaded', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const slow: Pagefind = { options: async () => undefined, search: () => new Promise((resolve) => setTimeout(() => resolve(answer('pagefind')), 6000)) };
    const slowerFallback = () => new Promise<Pagefind>((resolve) => setTimeout(() => resolve(fake('fallback')), 3000));
    const chosen = pagefindOrFallback({ usable: async () => true, start: async () => slow, fallback: slowerFallback, patienceMs: 5000 });
    const first = ids(chosen.pagefind.search('质询', {}));
    await vi.advanceTimersByTimeAsync(6000);
    expect(await first).toEqual(['pagefind']);
    await expect(chosen.simpler()).resolves.toBeUndefined();
  });

  it('hands over when Pagefind fails after having answered', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = false;
    const flaky: Pagefind = { options: async () => undefined, search: async () => { if (fail) throw new Error('chunk failed'); return answer('pagefind'); } };
    const chosen = pagefindOrFallback({ usable: async () => true, start: async () => flaky, fallback: async () => fake('fallback'), patienceMs: 1000 });
    expect(await ids(chosen.pagefind.search('质询', {}))).toEqual(['pagefind']);
    fail = true;
    expect(await ids(chosen.pagefind.search('罢免', {}))).toEqual(['fallback']);
    await expect(chosen.simpler()).resolves.toBe('failed');
  });

  it('says why the fallback could not answer, and tries again with the next search', async () => {
    let attempts = 0;
    const chosen = pagefindOrFallback({
      usable: async () => false,
      start: async () => fake('pagefind'),
      fallback: async () => {
        attempts++;
        throw new Error('search-fallback.js could not be loaded');
      },
      patienceMs: 1000,
    });
    await expect(chosen.pagefind.search('质询', {})).rejects.toThrow(/search-fallback\.js/);
    await expect(chosen.pagefind.search('质询', {})).rejects.toThrow(/search-fallback\.js/);
    expect(attempts).toBe(2);
  });
});

describe('the WebAssembly check', () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes where modules with two tables compile (reference types), fails where they do not', async () => {
    await expect(webAssemblyUsable()).resolves.toBe(true);
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    await expect(webAssemblyUsable()).resolves.toBe(false);
  });

  it('fails where the page’s policy blocks compiling', async () => {
    vi.spyOn(WebAssembly, 'instantiate').mockRejectedValue(new WebAssembly.CompileError('Wasm code generation disallowed by embedder'));
    await expect(webAssemblyUsable()).resolves.toBe(false);
  });
});

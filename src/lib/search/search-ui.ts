/**
 * Search behaviour shared by the /search/ page and the header dialog, independent of the
 * engine (Pagefind online, the embedded index offline): run the query, render the results
 * into [data-search-results] with aria-busy="true" while searching and "false" when done.
 * On the page, the query lives in the address (?q=…&type=…) so a result list can be linked.
 */
import type { SearchEngine, SearchHit, SearchResults } from './types.ts';

/** Character references an excerpt may hold (the engines escape page text before marking it). */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * An engine's excerpt (escaped text with <mark> around the matches) as DOM nodes: text nodes
 * and <mark> elements only. Nothing from a page or the query is ever parsed as markup, so a
 * page or query holding "<img onerror=…>" shows as those characters.
 */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    if (!part) return;
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1]!);
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(decode(part)));
    }
  });
  return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A result, built from nodes: titles, addresses and excerpts are set as text and attributes. */
function renderHit(hit: SearchHit): HTMLElement {
  const sections = hit.sections
    // The page's own top section (its title, #_top) repeats the result itself.
    .filter((section) => section.url !== hit.url && section.title !== hit.title)
    .slice(0, 3)
    .map((section) => element('li', {}, element('a', { href: section.url }, section.title), ' — ', ...excerptNodes(section.excerpt)));
  const article = element('article', { class: 'search-result' },
    element('a', { class: 'search-result__title', href: hit.url }, hit.title),
    ...(hit.kind ? [element('span', { class: 'search-result__kind' }, hit.kind)] : []),
    element('p', { class: 'search-result__excerpt' }, ...excerptNodes(hit.excerpt)),
  );
  if (sections.length) article.append(element('ul', { class: 'search-result__subs' }, ...sections));
  return article;
}

/** Puts a hit's loaded excerpt and sections into its rendered article, keeping the title link (and any focus on it). */
function fillHit(article: HTMLElement, hit: SearchHit): void {
  const fresh = renderHit(hit);
  article.querySelector('.search-result__excerpt')!.replaceWith(fresh.querySelector('.search-result__excerpt')!);
  article.querySelector('.search-result__subs')?.remove();
  const subs = fresh.querySelector('.search-result__subs');
  if (subs) article.append(subs);
}

/** Waits until the browser is idle (a keystroke or a new search comes first), at most `ms`. */
const idle = (ms: number) =>
  new Promise<void>((resolve) => ('requestIdleCallback' in window ? window.requestIdleCallback(() => resolve(), { timeout: ms }) : setTimeout(resolve, ms)));

/**
 * Results listed before their text was loaded (the engine loads at most the top few first, so
 * the list appears at once) get their excerpt and sections now, one at a time, each when the
 * browser is idle, so typing and a refined search go first. Stops when a newer search has started.
 */
async function fillIn(articles: HTMLElement[], hits: SearchHit[], current: () => boolean): Promise<void> {
  for (const [index, hit] of hits.entries()) {
    if (!hit.details || !articles[index]) continue;
    await idle(200);
    if (!current()) return;
    const full = await hit.details();
    if (!current()) return;
    fillHit(articles[index], full);
  }
}

/** The quiet line under the status while the simpler search answers; plain words, no blame. */
export const SIMPLER_NOTE: Record<NonNullable<SearchResults['simpler']>, string> = {
  'old-browser': '您的浏览器版本较旧，正在使用简易搜索，结果可能不如平常齐全。',
  failed: '完整搜索没能启动，正在使用简易搜索，结果可能不如平常齐全。',
};

export function mountSearch(root: HTMLElement, engine: SearchEngine, { syncAddress }: { syncAddress: boolean }): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  let generation = 0;
  let simplerNote: HTMLElement | undefined;

  /** Shows or hides the note that the simpler search answered (made the first time it is needed). */
  function noteSimpler(reason: SearchResults['simpler']) {
    if (reason && !simplerNote) {
      simplerNote = element('p', { class: 'search-simpler', 'data-search-simpler': '' });
      status.after(simplerNote);
    }
    if (!simplerNote) return;
    simplerNote.textContent = reason ? SIMPLER_NOTE[reason] : '';
    simplerNote.hidden = !reason;
  }

  async function run(query: string, kind: string, exact = false) {
    const mine = ++generation;
    query = query.trim();
    if (!query) {
      results.replaceChildren();
      status.textContent = '输入要找的词，例如“临时召集”“质询案”“代表述职”。';
      results.setAttribute('aria-busy', 'false');
      return;
    }
    results.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
    try {
      const found = await engine.search(query, kind || undefined, { exact });
      if (mine !== generation) return;
      let shown = found.hits.length;
      results.replaceChildren(...found.hits.map(renderHit));
      void fillIn([...results.querySelectorAll<HTMLElement>('.search-result')], found.hits, () => mine === generation);
      noteSimpler(found.simpler);
      status.textContent = found.total ? `找到 ${found.total} 个页面，按相关程度排列。` : `没有找到“${query}”。换一个词试试，或者少输几个字。`;
      if (found.corrected) {
        // Built from nodes: the query is the reader's text and never becomes markup.
        const note = document.createElement('p');
        note.className = 'search-corrected';
        note.append(`您是不是要找：“${found.corrected.to}”？下面是它的结果。 `);
        const again = document.createElement('button');
        again.type = 'button';
        again.className = 'button-secondary';
        again.textContent = `仍然搜索“${found.corrected.from}”`;
        again.addEventListener('click', () => void run(query, kind, true));
        note.append(again);
        results.prepend(note);
      }
      if (shown < found.total) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'search-more button-secondary';
        const label = () => `显示更多结果（还有 ${found.total - shown} 个）`;
        button.textContent = label();
        button.addEventListener('click', async () => {
          button.disabled = true;
          const next = await found.more();
          if (mine !== generation) return;
          shown += next.length;
          button.before(...next.map(renderHit));
          const added = [...results.querySelectorAll<HTMLElement>('.search-result')].slice(-next.length);
          void fillIn(added, next, () => mine === generation);
          if (shown < found.total) {
            button.textContent = label();
            button.disabled = false;
          } else {
            button.remove();
          }
        });
        results.append(button);
      }
    } catch (error) {
      if (mine !== generation) return;
      results.replaceChildren();
      status.textContent = `搜索出错：${(error as Error).message}`;
    } finally {
      if (mine === generation) results.setAttribute('aria-busy', 'false');
    }
  }

  const kindInput = () => form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  const submit = () => {
    if (syncAddress) {
      const next = new URLSearchParams();
      if (input.value) next.set('q', input.value);
      if (kindInput()) next.set('type', kindInput());
      // toString, not URLSearchParams.size (Chromium 113): older browsers run this page too.
      const search = next.toString();
      history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
    }
    void run(input.value, kindInput());
  };

  if (syncAddress) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    // Someone who opens the search page (from the header, Ctrl K offline) has come to type.
    if (!input.value) input.focus();
    const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(params.get('type') ?? '')}"]`);
    if (radio) radio.checked = true;
    void run(input.value, kindInput());
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'type') submit();
  });
  // Search as you type, after a short pause.
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(submit, 250);
  });
}

/**
 * The /search/ page's behaviour, independent of the engine: reads ?q= and &type=,
 * runs the search, renders results into [data-search-results] with aria-busy while
 * searching, and keeps the address in step with the form (so a result list can be linked).
 */
import type { SearchEngine, SearchHit } from './types.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function renderHit(hit: SearchHit): string {
  const sections = hit.sections
    .filter((section) => section.url !== hit.url)
    .slice(0, 3)
    .map((section) => `<li><a href="${escapeHtml(section.url)}">${escapeHtml(section.title)}</a> — ${section.excerpt}</li>`)
    .join('');
  return `<article class="search-result">
    <a class="search-result__title" href="${escapeHtml(hit.url)}">${escapeHtml(hit.title)}</a>${hit.kind ? `<span class="search-result__kind">${escapeHtml(hit.kind)}</span>` : ''}
    <p class="search-result__excerpt">${hit.excerpt}</p>
    ${sections ? `<ul class="search-result__subs">${sections}</ul>` : ''}
  </article>`;
}

export function runSearchPage(engine: SearchEngine): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const results = document.querySelector<HTMLElement>('[data-search-results]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  let generation = 0;

  async function run(query: string, kind: string) {
    const mine = ++generation;
    query = query.trim();
    if (!query) {
      results.innerHTML = '';
      status.textContent = '输入要找的词，例如“临时召集”“质询案”“代表述职”。';
      results.setAttribute('aria-busy', 'false');
      return;
    }
    results.setAttribute('aria-busy', 'true');
    status.textContent = '正在搜索…';
    try {
      const hits = await engine.search(query, kind || undefined);
      if (mine !== generation) return;
      results.innerHTML = hits.map(renderHit).join('');
      status.textContent = hits.length ? `找到 ${hits.length} 个页面。` : `没有找到“${query}”。换一个词试试，或者少输几个字。`;
    } catch (error) {
      if (mine !== generation) return;
      results.innerHTML = '';
      status.textContent = `搜索出错：${(error as Error).message}`;
    } finally {
      if (mine === generation) results.setAttribute('aria-busy', 'false');
    }
  }

  const params = new URLSearchParams(location.search);
  const query = params.get('q') ?? '';
  const kind = params.get('type') ?? '';
  input.value = query;
  const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(kind)}"]`);
  if (radio) radio.checked = true;
  void run(query, kind);

  const current = () => ({ q: input.value, type: form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { q, type } = current();
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (type) next.set('type', type);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    void run(q, type);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'type') form.requestSubmit();
  });
}

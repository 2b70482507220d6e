/**
 * The online search engine: Pagefind's JavaScript API over the index built with the site.
 * Loaded on demand, so pages that never search do not pay for it.
 */
import type { SearchEngine, SearchHit } from './types.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const MAX_RESULTS = 20;

export function pagefindEngine(path: string): SearchEngine {
  let loaded: Promise<Pagefind> | undefined;
  const load = () =>
    (loaded ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 40 });
      return module;
    }));
  return {
    async search(query, kind) {
      const pagefind = await load();
      const response = await pagefind.search(query, kind ? { filters: { 类别: kind } } : {});
      const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      return data.map((item): SearchHit => ({
        url: item.url,
        title: item.meta.title ?? item.url,
        excerpt: item.excerpt,
        kind: item.filters['类别']?.[0],
        sections: item.sub_results,
      }));
    },
  };
}

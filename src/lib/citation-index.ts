/**
 * Which handbook entries cite which article: for "本条在手册中的引用" under each article
 * on the law pages. Gathers citations from frontmatter (anywhere in the data: basis,
 * steps, checklist items, quiz questions) and from <Citation>/<LawQuote> in bodies.
 * Computed once per build.
 */
import { getCollection } from 'astro:content';
import { entryPath, type CollectionName } from './collections-meta.ts';
import { ENTRY_COLLECTIONS } from './integrity.ts';
import { bodyCitations, parseMdx } from './mdx-body.ts';
import { frontmatterCitations } from './citations.ts';

export interface CitingEntry { title: string; href: string; collection: CollectionName }

let index: Promise<Map<string, CitingEntry[]>> | undefined;

async function build(): Promise<Map<string, CitingEntry[]>> {
  const map = new Map<string, CitingEntry[]>();
  for (const collection of ENTRY_COLLECTIONS) {
    for (const entry of await getCollection(collection as 'powers')) {
      const data = entry.data as { title?: string; term?: string };
      const citing: CitingEntry = { title: data.title ?? data.term ?? entry.id, href: entryPath(collection, entry.id), collection };
      const keys = new Set<string>();
      for (const citation of frontmatterCitations(entry.data)) keys.add(`${citation.law}#${citation.article}`);
      for (const found of bodyCitations(parseMdx(entry.body ?? ''))) keys.add(`${found.citation.law}#${found.citation.article}`);
      for (const key of keys) {
        const list = map.get(key) ?? [];
        list.push(citing);
        map.set(key, list);
      }
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.collection.localeCompare(b.collection) || a.title.localeCompare(b.title, 'zh-CN'));
  return map;
}

/** Entries citing an article of a law version. */
export async function citingEntries(law: string, article: number): Promise<CitingEntry[]> {
  return (await citationIndex()).get(`${law}#${article}`) ?? [];
}

/** The whole index: `law#article` → the entries citing it. */
export function citationIndex(): Promise<Map<string, CitingEntry[]>> {
  index ??= build();
  return index;
}

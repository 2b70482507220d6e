import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, entryPath, type CollectionName } from '../lib/collections-meta.ts';
import type { BestBetData, BestBetEntry } from '../lib/search/best-bets.ts';

/**
 * /best-bets.js — the names each page answers to, for src/lib/search/best-bets.ts. A classic
 * script (not JSON) so that the offline copy can load it from file:// as well.
 */
type Named = { id: string; data: { title: string; summary: string; keywords: string[] } };
const entries = (collection: Exclude<CollectionName, 'glossary' | 'statutes' | 'docs'>, items: Named[]): BestBetEntry[] =>
  items.map((item) => ({
    url: entryPath(collection, item.id),
    title: item.data.title,
    summary: item.data.summary,
    kind: COLLECTIONS[collection].short,
    names: [item.data.title, ...item.data.keywords],
  }));

/** Everyday names of the current laws, for article look-ups (「组织法第十八条」). */
const LAW_NAMES: Record<string, string[]> = {
  'organic-2022': ['地方组织法', '组织法', '地方各级人民代表大会和地方各级人民政府组织法'],
  'deputies-2025': ['代表法', '全国人民代表大会和地方各级人民代表大会代表法'],
  'election-2020': ['选举法', '全国人民代表大会和地方各级人民代表大会选举法'],
  'budget-2018': ['预算法'],
  'budget-rules-2020': ['预算法实施条例'],
  constitution: ['宪法'],
};

export const GET: APIRoute = async () => {
  // Glossary terms are left to the ranked results: a definition is rarely what someone typing the term needs first.
  const [powers, procedures, checklists, cases, training, guides, statutes] = await Promise.all([
    getCollection('powers'), getCollection('procedures'), getCollection('checklists'), getCollection('cases'),
    getCollection('training'), getCollection('docs'), getCollection('statutes'),
  ]);
  const data: BestBetData = {
    entries: [
      ...entries('procedures', procedures),
      ...entries('powers', powers),
      ...entries('checklists', checklists),
      ...entries('training', training),
      ...entries('cases', cases),
      ...guides.map((guide: CollectionEntry<'docs'>) => ({
        url: entryPath('docs', guide.id),
        title: guide.data.title,
        summary: guide.data.description ?? '',
        kind: COLLECTIONS.docs.short,
        names: [guide.data.title],
      })),
    ],
    laws: statutes
      .filter((law) => law.data.status === 'current' && LAW_NAMES[law.id])
      .map((law) => ({
        names: [...LAW_NAMES[law.id]!, law.data.shortTitle, law.data.title, `中华人民共和国${LAW_NAMES[law.id]![0]}`],
        url: `/law/${law.id}/`,
        title: law.data.shortTitle,
        fullTitle: law.data.title,
        articles: law.data.articles.length,
      })),
  };
  return new Response(`window.__handbookBestBets=${JSON.stringify(data)};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};

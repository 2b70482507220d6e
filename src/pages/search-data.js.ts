import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, entryPath, type CollectionName } from '../lib/collections-meta.ts';
import type { BestBetEntry } from '../lib/search/best-bets.ts';
import type { SearchData } from '../lib/search/search-data.ts';
import { pinyin } from 'pinyin-pro';
import { citationIndex } from '../lib/citation-index.ts';
import { buildLexicon } from '../lib/search/query-words.ts';

/**
 * /search-data.js — what search knows beyond Pagefind's index: the names each page answers
 * to (best bets), the laws for article look-ups, the synonym table, and the handbook's words
 * for typo suggestions. A classic script (not JSON) so that the offline copy can load it
 * from file:// as well; loaded only when a search runs.
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
  // Glossary terms are best bets only for a query that is the term itself (or an alias);
  // they also feed typo suggestions.
  const [powers, procedures, checklists, cases, training, guides, statutes, glossary, synonyms] = await Promise.all([
    getCollection('powers'), getCollection('procedures'), getCollection('checklists'), getCollection('cases'),
    getCollection('training'), getCollection('docs'), getCollection('statutes'), getCollection('glossary'), getCollection('synonyms'),
  ]);
  const data: Omit<SearchData, 'vocabulary' | 'synonyms' | 'pinyin' | 'citedBy' | 'lexicon'> = {
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
      ...glossary.map((term: CollectionEntry<'glossary'>) => ({
        url: entryPath('glossary', term.id),
        title: term.data.term,
        summary: term.data.definition,
        kind: COLLECTIONS.glossary.short,
        names: [term.data.term, ...term.data.aliases],
        exactOnly: true,
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
  const rows = synonyms.map((row) => ({ say: row.data.say, means: row.data.means }));
  // The words a typo is corrected to: page names and glossary terms (both among the entries) and the synonym table.
  const vocabulary = [...new Set([...data.entries.flatMap((entry) => entry.names), ...rows.flatMap((row) => [...row.say, row.means])])];
  // Pinyin for every character the handbook's pages and words use (a few thousand), built here
  // so that no pinyin dictionary goes to the browser.
  const text = [powers, procedures, checklists, cases, training, guides, glossary].flat().map((entry) => `${entry.body ?? ''}${JSON.stringify(entry.data)}`).join('') + vocabulary.join('');
  const characters = [...new Set(text.match(/\p{Script=Han}/gu) ?? [])];
  const sounds = pinyin(characters.join(''), { toneType: 'none', type: 'array' });
  // An article look-up answers with the article and the pages that explain it, without a full-text search.
  const entryIndex = new Map(data.entries.map((entry, index) => [entry.url, index]));
  const citedBy: SearchData['citedBy'] = {};
  for (const [key, citing] of await citationIndex()) {
    const [law, article] = key.split('#');
    if (!data.laws.some((candidate) => candidate.url === `/law/${law}/`)) continue;
    const indexes = citing.map((entry) => entryIndex.get(entry.href)).filter((index): index is number => index !== undefined);
    // In the entries' order: procedures and powers first, which is what a reader looking up an article wants next; cases last.
    if (indexes.length) citedBy[`/law/${law}/#art-${article}`] = indexes.sort((a, b) => a - b);
  }
  // The words a question is split into: those of the handbook's pages and of the current laws they quote.
  const lawText = statutes.filter((law) => law.data.status === 'current').flatMap((law) => law.data.articles.map((article) => JSON.stringify(article.paragraphs))).join('\n');
  const lexicon = buildLexicon(`${text}\n${lawText}`, vocabulary);
  const searchData: SearchData = { ...data, synonyms: rows, vocabulary, lexicon, pinyin: Object.fromEntries(characters.map((char, index) => [char, sounds[index]!])), citedBy };
  return new Response(`window.__handbookSearchData=${JSON.stringify(searchData)};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};

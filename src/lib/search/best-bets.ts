/**
 * Best bets: the pages whose own name is what the reader typed, shown above Pagefind's
 * ranked results. Pagefind scores words, so a long page that uses 工作 and 报告 often can
 * outrank the page titled 听取和讨论专项工作报告 for 「专项工作报告」; and a query naming an
 * article (「地方组织法第十二条」) should open that article, not a page that mentions both.
 *
 * The names come from the content at build time (titles, `keywords`, law names) and travel to the browser as one small classic script, so the same
 * list works online and from file://. Matching is plain string comparison after removing
 * spaces and punctuation; there is no ranking to tune.
 */
import { parseArticleNumber as toNumber, toChineseNumeral } from '../statutes/chinese-numerals.ts';

export interface BestBetEntry {
  /** Site path, e.g. /procedures/special-work-report/ or /glossary/#inspection. */
  url: string;
  title: string;
  summary: string;
  /** Collection short label (程序, 术语 …), as in the search filter. */
  kind: string;
  /** Names the page answers to: its title first, then its keywords. */
  names: string[];
  /**
   * Answers only to a query that is exactly one of its names (glossary terms: 「代表证」 finds
   * the definition, but 「代表证怎么发」 is a question for the pages, not the glossary).
   */
  exactOnly?: boolean;
}

export interface BestBetData {
  entries: BestBetEntry[];
  /** Law names and abbreviations → the current law's id, address and full name, for article look-ups. */
  laws: Array<{ names: string[]; url: string; title: string; fullTitle: string; articles: number }>;
}

export interface BestBet { url: string; title: string; summary: string; kind: string }

/** At most this many best bets go above the ranked results. */
export const MAX_BEST_BETS = 3;

/** How-to pages first, definitions after: for the same name a reader usually wants the procedure. */
const KIND_ORDER = ['程序', '职权', '清单', '指南', '培训', '案例', '法律'];

export function normalizeQuery(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

const NUMERAL = '[零〇一二两三四五六七八九十百\\d]+';
const ARTICLE_QUERY = new RegExp(`^(.*?)第?(${NUMERAL})条(?:第?(${NUMERAL})款)?(?:第?[（(]?(${NUMERAL})[）)]?项)?$`);

/**
 * 「代表法第五十一条」「组织法18条第三款」 → the article (and paragraph or item) on its law page.
 * A bare 「第十四条」 means the law whose page the reader is on (`currentLaw`, its address).
 */
function articleBet(query: string, data: BestBetData, currentLaw?: string): BestBet | undefined {
  const match = ARTICLE_QUERY.exec(query);
  if (!match) return undefined;
  const law = match[1]
    ? data.laws.find((candidate) => candidate.names.some((name) => normalizeQuery(name) === match[1]))
    : data.laws.find((candidate) => candidate.url === currentLaw);
  if (!law) return undefined;
  const article = toNumber(match[2]!);
  if (!article || article > law.articles) return undefined;
  const paragraph = match[3] ? toNumber(match[3]) : undefined;
  const item = match[4] ? toNumber(match[4]) : undefined;
  // Item anchors are #art-N-M whatever the paragraph; paragraph anchors #art-N-pP.
  const anchor = item ? `art-${article}-${item}` : paragraph ? `art-${article}-p${paragraph}` : `art-${article}`;
  const label = `第${toChineseNumeral(article)}条${paragraph ? `第${toChineseNumeral(paragraph)}款` : ''}${item ? `第（${toChineseNumeral(item)}）项` : ''}`;
  return { url: `${law.url}#${anchor}`, title: `《${law.title}》${label}`, summary: `${law.fullTitle}${label}，在法律全文中打开这一条。`, kind: '法律' };
}

/** Question wording around the subject: 「怎么组织代表视察」 is about 组织代表视察. */
const QUESTION_WORDS = /^(?:请问|我想知道|怎么样|怎么|怎样|如何|什么是|什么时候|何时|为什么)|(?:怎么样|怎么办|怎么做|怎么写|怎么弄|怎么算|怎么开|是什么|什么意思|要做什么|做什么|干什么|有哪些|有什么|什么时候|是谁|谁来|吗|呢|啊|吧|了)$/g;

export function questionSubject(query: string): string {
  let subject = query;
  for (let previous = ''; previous !== subject; ) {
    previous = subject;
    subject = subject.replace(QUESTION_WORDS, '');
  }
  return subject;
}

/**
 * The best bets for a query, best first: an article look-up; then pages whose title is the
 * query; whose title is mostly the query; that list the query among their keywords; and
 * last, pages one of whose names makes up most of the question (「怎么组织代表视察」 →
 * 代表视察). Ties go to the page whose title carries the match, the longer match, then
 * how-to pages before others.
 */
export function bestBets(rawQuery: string, data: BestBetData, kind?: string, currentLaw?: string): BestBet[] {
  const query = normalizeQuery(rawQuery);
  if (query.length < 2) return [];
  const subject = questionSubject(query);
  const bets: Array<BestBet & { tier: number; length: number; inTitle: boolean }> = [];
  const article = articleBet(query, data, currentLaw);
  if (article) bets.push({ ...article, tier: 0, length: query.length, inTitle: true });
  for (const entry of data.entries) {
    const names = entry.names.map(normalizeQuery);
    if (entry.exactOnly) {
      // Ranked with pages that list the query as a keyword; the term is its title, so it comes first among them.
      const matched = [query, subject].find((text) => text.length >= 2 && names.includes(text));
      if (matched) bets.push({ url: entry.url, title: entry.title, summary: entry.summary, kind: entry.kind, tier: 3, length: matched.length, inTitle: names[0] === matched });
      continue;
    }
    const [title = '', ...others] = names;
    // A title merely containing a short, common query (「报告」) says little; ask for a real share of it.
    const named = [query, subject].filter((text) => text.length >= 2);
    const inTitle = named.some((text) => title.includes(text) && text.length * 3 >= title.length);
    // A name inside a longer question counts when it is specific (four characters or more:
    // 选民名单, 选举委员会) or is most of what was asked (换届 in 明年换届).
    const inQuestion = names.filter((name) => name.length >= 2 && subject.includes(name) && (name.length >= 4 || name.length * 2 >= subject.length));
    const tier = named.includes(title) ? 1 : inTitle ? 2 : others.some((name) => named.includes(name)) ? 3 : inQuestion.length ? 4 : undefined;
    if (tier === undefined) continue;
    const matched = tier === 4 ? inQuestion.reduce((a, b) => (b.length > a.length ? b : a)) : tier === 3 ? named.find((text) => others.includes(text))! : tier === 2 ? named.find((text) => title.includes(text))! : query;
    // Two pages can list the same keyword; the one whose title also carries it is about it.
    bets.push({ url: entry.url, title: entry.title, summary: entry.summary, kind: entry.kind, tier, length: matched.length, inTitle: title.includes(matched) });
  }
  const rank = (kindLabel: string) => (KIND_ORDER.indexOf(kindLabel) + KIND_ORDER.length + 1) % (KIND_ORDER.length + 1);
  return bets
    .filter((bet) => !kind || bet.kind === kind)
    .sort((a, b) => a.tier - b.tier || Number(b.inTitle) - Number(a.inTitle) || b.length - a.length || rank(a.kind) - rank(b.kind))
    .slice(0, MAX_BEST_BETS)
    .map(({ tier: _tier, length: _length, inTitle: _inTitle, ...bet }) => bet);
}

/**
 * `npm run law -- 组织法 19`: one article of a law with its paragraph (款) and item (项)
 * numbers counted the way citations count them (src/lib/citations.ts resolveCitation), so
 * an author can write { law: organic-2022, article: 19, paragraph: 2 } without counting by hand.
 *
 * Pure functions over the statute records (content/statutes/*.json). Nothing here imports
 * statute-data.ts or versions.ts at run time: the command runs in plain Node, where the
 * content glob those modules use does not exist, and reads the JSON files itself (scripts/law.ts).
 */
import { parseArticleNumber, toChineseNumeral } from './chinese-numerals.ts';
import type { StatuteRecord } from './statute-data.ts';

export type LawRecord = Pick<StatuteRecord, 'id' | 'title' | 'shortTitle' | 'status' | 'scope' | 'description' | 'articles'> &
  Partial<Pick<StatuteRecord, 'amended' | 'supersededBy'>>;

/** The law ids in display order (statute-data.ts LAW_IDS; the unit test keeps the two equal). Unknown ids follow. */
export const LAW_ORDER = ['organic-2022', 'organic-2015', 'deputies-2025', 'deputies-2015', 'election-2020', 'budget-2018', 'budget-rules-2020', 'constitution'];

/** Short names people type besides the laws' own short titles (地方组织法, 代表法…): name → short title. */
const EXTRA_NAMES: Record<string, string> = { 组织法: '地方组织法', 实施条例: '预算法实施条例' };

/** Sorts laws like LAW_ORDER. */
export function orderLaws<T extends Pick<LawRecord, 'id'>>(laws: T[]): T[] {
  const rank = (id: string) => (LAW_ORDER.includes(id) ? LAW_ORDER.indexOf(id) : LAW_ORDER.length);
  return [...laws].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** 代表法（2015） → 代表法 */
const baseName = (law: Pick<LawRecord, 'shortTitle'>) => law.shortTitle.replace(/（[^）]*）$/, '');
/** The full title without its version in brackets. */
const formalTitle = (law: Pick<LawRecord, 'title'>) => law.title.replace(/（\d{4}年修[正订]）$/, '');
/** 2022年修正, or 2020年修订 for a regulation revised as a whole (as versions.ts amendmentLabel). */
const amendmentLabel = (law: Pick<LawRecord, 'amended' | 'description'>) =>
  law.amended ? `${law.amended.slice(0, 4)}年${/修订/.test(law.description) ? '修订' : '修正'}` : '';

/** Full-width digits and spaces as typed in a Chinese input method → ASCII, no spaces. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '');
}

/** The names a law answers to when typed bare (current versions only): 地方组织法, 组织法, the full title. */
function currentNames(law: LawRecord): string[] {
  const base = baseName(law);
  return [base, ...Object.entries(EXTRA_NAMES).filter(([, of]) => of === base).map(([name]) => name), formalTitle(law), formalTitle(law).replace(/^中华人民共和国/, '')];
}

/**
 * The law a name means: a law id (organic-2015), a short name (组织法, 地方组织法, 代表法,
 * 选举法, 预算法, 预算法实施条例, 实施条例, 宪法) or the full title, which mean the current
 * version, or such a name with a year (代表法2015, 代表法（2015）, 《代表法》2015年修正).
 */
export function findLaw(name: string, laws: LawRecord[]): LawRecord | undefined {
  const typed = normalize(name);
  const byId = laws.find((law) => law.id === typed.toLowerCase());
  if (byId) return byId;
  const bare = typed.replace(/[《》<>「」“”"]/g, '').replace(/[（(]([^）)]*)[）)]/g, '$1').replace(/年?(?:修正|修订|版)?$/, '');
  const withYear = /^(.*?)(\d{4})$/.exec(bare);
  const title = (withYear ? withYear[1]! : bare).replace(/^中华人民共和国/, '');
  const matches = laws.filter((law) => currentNames(law).includes(title) || baseName(law) === title);
  if (withYear) return matches.find((law) => law.amended?.startsWith(withYear[2]!));
  return matches.find((law) => law.status === 'current') ?? (matches.length === 1 ? matches[0] : undefined);
}

/** The names the command accepts, for the line shown when a name is not one of them. */
export function acceptedNames(laws: LawRecord[]): string {
  const ordered = orderLaws(laws);
  const names = ordered.filter((law) => law.status === 'current').map((law) => currentNames(law).slice(0, -2).join(' / '));
  return `可以写：${names.join('、')}（指现行版本），或版本编号 ${ordered.map((law) => law.id).join('、')}`;
}

/** An article number as typed: 19, 第19条, 19条, 十九, 第十九条. Undefined when it is none of these. */
export function parseArticleInput(text: string): number | undefined {
  const match = /^第?([0-9]+|[零〇一二两三四五六七八九十百千]+)条?$/.exec(normalize(text));
  if (!match) return undefined;
  try {
    const number = parseArticleNumber(match[1]!);
    return number > 0 ? number : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Splits the command's arguments into the law's name and the article: `组织法 19`,
 * `代表法 第四十九条`, `代表法 2015 10`, or in one piece `组织法第十九条`, `组织法19条`.
 */
export function splitArguments(args: string[]): { law: string; article: string } | undefined {
  const words = args.map((arg) => arg.trim()).filter(Boolean);
  if (words.length >= 2) return { law: words.slice(0, -1).join(''), article: words.at(-1)! };
  const joined = /^(.+?)(第?(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千]+)条?)$/.exec(normalize(words[0] ?? ''));
  // 「代表法2015」 alone is a law and a year, not an article.
  if (!joined || (/\d{4}$/.test(joined[0]) && !/条$/.test(joined[0]))) return undefined;
  return { law: joined[1]!, article: joined[2]! };
}

/** The heading's name of the version: 《中华人民共和国…组织法》（2022年修正）. */
export function versionTitle(law: LawRecord): string {
  const amendment = amendmentLabel(law);
  return `《${formalTitle(law)}》${amendment ? `（${amendment}）` : ''}`;
}

/** How the article, its paragraphs and items print, with the numbers a citation takes. */
export function articleLines(law: LawRecord, number: number): string[] {
  const article = law.articles.find((candidate) => candidate.number === number)!;
  const lines = [`${versionTitle(law)}${article.label}`];
  if (law.status === 'superseded') lines.push(`（旧版本${law.supersededBy ? `，现行版本是 ${law.supersededBy}` : ''}）`);
  if (article.note) lines.push(`（${article.note}）`);
  for (const paragraph of article.paragraphs) {
    lines.push(`第${paragraph.number}款  paragraph: ${paragraph.number}  ${paragraph.text}`);
    // A citation that names only the item goes to the first paragraph that has an item of
    // that number (resolveCitation); an item of a later paragraph needs the paragraph too.
    for (const item of paragraph.items) {
      const first = article.paragraphs.find((candidate) => candidate.items.some((other) => other.number === item.number));
      const key = first === paragraph ? `item: ${item.number}` : `paragraph: ${paragraph.number}, item: ${item.number}`;
      lines.push(`    第（${toChineseNumeral(item.number)}）项  ${key}  ${item.text}`);
    }
  }
  lines.push('');
  lines.push(`引用：{ law: ${law.id}, article: ${number} }`);
  lines.push(`正文：<Citation law="${law.id}" article={${number}} />`);
  return lines;
}

/** The line for an article the law does not have: 「《代表法》共有第1–65条。」, or the articles of an excerpt. */
export function missingArticleLine(law: LawRecord, number: number): string {
  const numbers = law.articles.map((article) => article.number);
  const name = `《${law.shortTitle}》`;
  if (law.scope === 'excerpt') return `${name}没有收第${number}条：这一版本只摘录了第${numbers.join('、')}条。`;
  return `${name}没有第${number}条：共有第1–${Math.max(...numbers)}条。`;
}

export const USAGE = '用法：npm run law -- 组织法 19（条号也可以写 第19条、十九、第十九条）';

/** The whole command: what to print and the exit code (1 for input it cannot look up). */
export function lawCommand(args: string[], laws: LawRecord[]): { lines: string[]; exitCode: 0 | 1 } {
  const parts = splitArguments(args);
  if (!parts) return { lines: [USAGE], exitCode: 1 };
  const law = findLaw(parts.law, laws);
  if (!law) return { lines: [`不认识法律名称“${parts.law}”。${acceptedNames(laws)}。`], exitCode: 1 };
  const number = parseArticleInput(parts.article);
  if (number === undefined) return { lines: [`看不懂条号“${parts.article}”：请写 19、第19条、十九 或 第十九条。`], exitCode: 1 };
  if (!law.articles.some((article) => article.number === number)) return { lines: [missingArticleLine(law, number)], exitCode: 1 };
  return { lines: articleLines(law, number), exitCode: 0 };
}

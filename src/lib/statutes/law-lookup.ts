/**
 * `npm run law -- 组织法 19`: one article of a law with its paragraph (款) and item (项)
 * numbers counted the way citations count them (src/lib/citations.ts resolveCitation), so
 * an author can write { law: organic-2022, article: 19, paragraph: 2 } without counting by hand.
 * Also one 款 or 项 (`组织法 第十二条第四项`, `组织法 14 3`), a law's outline (`代表法`) and
 * the paragraphs and items that contain some words (`代表法 联系选民`, `联系选民`), each printed
 * with the citation that points at exactly that text.
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

/** The heading's name of the version: 《中华人民共和国…组织法》（2022年修正）. */
export function versionTitle(law: LawRecord): string {
  const amendment = amendmentLabel(law);
  return `《${formalTitle(law)}》${amendment ? `（${amendment}）` : ''}`;
}

const NUMERAL = '[0-9]+|[零〇一二两三四五六七八九十百千]+';

/** Where a citation points: { law, article, paragraph?, item? } as in src/lib/citations.ts. */
export interface LawCitation {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}

/** An article, 款 or 项 as typed: the numbers only, checked against a law later. */
export interface ArticleReference {
  article: number;
  paragraph?: number;
  item?: number;
}

/**
 * An article reference as people write it: 12, 第十二条, 第十二条第四项, 12条4项, 第14条第3款,
 * 14条3款, 第十二条第一款第（四）项, or `14 3` (article and paragraph, as two words). Undefined
 * for anything else, including 12.4 (款 or 项? see isAmbiguousDotted).
 */
export function parseReference(text: string): ArticleReference | undefined {
  const typed = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, ' ').trim();
  const part = new RegExp(`^(第?)\\s*([（(]?)(${NUMERAL})([）)]?)(?:\\s*([条款项]))?`);
  const parts: Array<{ number: number; unit: string; bracketed: boolean; spaced: boolean }> = [];
  let rest = typed;
  let spaced = true;
  while (rest) {
    const match = part.exec(rest);
    if (!match) return undefined;
    const [whole, , open, numeral, close, unit = ''] = match as unknown as [string, string, string, string, string, string | undefined];
    if (Boolean(open) !== Boolean(close)) return undefined;
    let number: number;
    try {
      number = parseArticleNumber(numeral);
    } catch {
      return undefined;
    }
    if (number <= 0) return undefined;
    rest = rest.slice(whole.length);
    // A number without 条/款/项 must stand alone: 十九款 is one number, 12条4 is not a paragraph.
    if (!unit && rest && !rest.startsWith(' ')) return undefined;
    parts.push({ number, unit, bracketed: Boolean(open), spaced });
    spaced = rest.startsWith(' ');
    rest = rest.trimStart();
  }
  const [first, ...others] = parts;
  if (!first || first.bracketed || (first.unit && first.unit !== '条')) return undefined;
  const reference: ArticleReference = { article: first.number };
  for (const [index, other] of others.entries()) {
    if (other.bracketed && other.unit !== '项') return undefined;
    const unit = other.unit || (index === 0 && other.spaced ? '款' : '');
    if (unit === '款' && reference.paragraph === undefined && reference.item === undefined) reference.paragraph = other.number;
    else if (unit === '项' && reference.item === undefined) reference.item = other.number;
    else return undefined;
  }
  return reference;
}

/** 12.4: the 4th 款 or the 4th 项? Not guessed; the command asks. */
const isAmbiguousDotted = (text: string) => /^\d+\s*[.．。]\s*\d+$/.test(normalize(text));

/** Text that was meant as an article number but is not one (第x条, 12.4, 12 3 4), as against words to search for. */
const looksLikeReference = (text: string) => /^第.*[条款项]$/.test(text) || /^[\d.．。\s]+$/.test(text) || /^\d+\s*[条款项]/.test(text);

export type LawQuery =
  | { kind: 'usage' }
  | { kind: 'law'; law: LawRecord }
  | { kind: 'reference'; law: LawRecord; reference: ArticleReference }
  | { kind: 'bad-reference'; law: LawRecord; text: string }
  | { kind: 'no-law'; text: string; reference?: ArticleReference }
  | { kind: 'unknown-law'; name: string }
  | { kind: 'search'; law?: LawRecord; words: string[] };

/**
 * What the command's arguments ask for. The law's name comes first, as separate words or
 * joined to the article (`代表法 2015 10`, `组织法第十九条`); the longest name that is a law
 * wins. After it: nothing (the law's outline), an article reference, or words to search for
 * (separate from the name). Without a law: an article reference alone (asks for the law),
 * a name with a reference (a law the handbook does not carry), or words to search all current laws for.
 */
export function parseQuery(args: string[], laws: LawRecord[]): LawQuery {
  const tokens = args
    .flatMap((arg) => arg.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).split(/[\s\u3000]+/))
    .filter(Boolean);
  if (!tokens.length) return { kind: 'usage' };
  const typed = tokens.join(' ');
  for (let end = typed.length; end > 0; end--) {
    const name = typed.slice(0, end).trimEnd();
    // 「组织法 20 15」 is not 组织法2015.
    if (name.length !== end || /\d\s+\d/.test(name)) continue;
    const law = findLaw(name, laws);
    if (!law) continue;
    const rest = typed.slice(end).trim();
    if (!rest) return { kind: 'law', law };
    if (isYear(rest) || splitsNumber(typed, end)) continue;
    const reference = parseReference(rest);
    if (reference) return { kind: 'reference', law, reference };
    // Words to search for stand apart from the name: 宪法和法律 is a phrase, not 宪法 + 和法律.
    if (typed[end] !== ' ') continue;
    if (looksLikeReference(rest)) return { kind: 'bad-reference', law, text: rest };
    return { kind: 'search', law, words: searchWords(rest.split(' ')) };
  }
  const reference = parseReference(typed);
  if (reference || isAmbiguousDotted(typed)) return { kind: 'no-law', text: typed, ...(reference ? { reference } : {}) };
  for (let end = 1; end < typed.length; end++) {
    const rest = typed.slice(end).trim();
    const apart = typed[end] === ' ';
    if (isYear(rest) || splitsNumber(typed, end)) continue;
    if ((apart || /^[第\d]/.test(rest)) && (parseReference(rest) || (apart && isAmbiguousDotted(rest)))) {
      return { kind: 'unknown-law', name: normalize(typed.slice(0, end)) };
    }
  }
  const words = searchWords(tokens);
  return words.length ? { kind: 'search', words } : { kind: 'usage' };
}

/** 代表法 2010 3: a version's year (no law has a thousand articles), not an article number. */
const isYear = (text: string) => /^\d{4}(?![\d条])/.test(text);

/** Whether splitting the typed text at `end` would cut a number in two. */
const splitsNumber = (typed: string, end: number) => /\d/.test(typed[end - 1] ?? '') && /\d/.test(typed[end] ?? '');

/** The words to look for, without the quotes people put around them. */
const searchWords = (words: string[]) => words.map((word) => word.replace(/[《》“”"'‘’「」]/g, '')).filter(Boolean);

/**
 * Whether the article's paragraphs are cited by number: it has several, or an excerpt keeps
 * only a later one (organic-2015 第二十七条 has only its 第二款). Otherwise the article is cited whole.
 */
const numbersParagraphs = (article: Pick<Article, 'paragraphs'>) => article.paragraphs.length > 1 || article.paragraphs[0]?.number !== 1;

/** Chinese numeral of a paragraph or item number: 1 → 一. */
const cn = (value: number) => toChineseNumeral(value);

/**
 * The citation that points at exactly this paragraph or item, in the shortest form that
 * resolves to it (resolveCitation): no paragraph for an article of one paragraph, and an
 * item without its paragraph unless an earlier paragraph has an item of the same number.
 */
export function citationFor(law: LawRecord, articleNumber: number, paragraphNumber?: number, itemNumber?: number): LawCitation {
  const article = law.articles.find((candidate) => candidate.number === articleNumber);
  const citation: LawCitation = { law: law.id, article: articleNumber };
  if (!article) return citation;
  if (itemNumber !== undefined) {
    const first = article.paragraphs.find((candidate) => candidate.items.some((item) => item.number === itemNumber));
    if (paragraphNumber !== undefined && first?.number !== paragraphNumber) citation.paragraph = paragraphNumber;
    citation.item = itemNumber;
  } else if (paragraphNumber !== undefined && numbersParagraphs(article)) {
    citation.paragraph = paragraphNumber;
  }
  return citation;
}

/** { law: organic-2022, article: 12, item: 4 } — as written in an entry's frontmatter. */
export function formatLawCitation(citation: LawCitation): string {
  const parts = [`law: ${citation.law}`, `article: ${citation.article}`];
  if (citation.paragraph !== undefined) parts.push(`paragraph: ${citation.paragraph}`);
  if (citation.item !== undefined) parts.push(`item: ${citation.item}`);
  return `{ ${parts.join(', ')} }`;
}

/** <Citation law="organic-2022" article={12} item={4} /> — as written in an entry's body. */
function citationTag(citation: LawCitation): string {
  const paragraph = citation.paragraph !== undefined ? ` paragraph={${citation.paragraph}}` : '';
  const item = citation.item !== undefined ? ` item={${citation.item}}` : '';
  return `<Citation law="${citation.law}" article={${citation.article}}${paragraph}${item} />`;
}

/* ---------- Printing: terminal width, wrapping and marking matched words ---------- */

/** How words found by a search are marked: bold (a terminal), 【】 (piped or saved), or not at all. */
export type Highlight = 'bold' | 'brackets' | 'none';

export interface PrintOptions {
  /** Terminal columns to wrap law text at (a CJK character takes two); Infinity keeps each text on one line. Default 80. */
  width?: number;
  /** Default 'brackets'. */
  highlight?: Highlight;
}

const WIDE = /[\u1100-\u115f\u2018\u2019\u201c\u201d\u2026\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/u;

/** Columns a string takes in a terminal: two for a CJK character or full-width sign, none for a colour code. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(/\x1b\[[0-9;]*m/g, '')) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Signs that may not begin a line (they stay with the text before) and that may not end one. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…%,.;:?!)】']);
const NO_LINE_END = new Set([...'（《「『“‘(【']);
const BOLD = '\x1b[1m';
const NORMAL = '\x1b[22m';

/**
 * Law text broken into lines of at most `width` columns after the prefix (the first line's
 * prefix is `first`, the others' is spaces of the same width), never before a comma or a
 * closing bracket nor inside a number, with the characters in `marked` shown per `highlight`.
 */
function wrapText(text: string, first: string, width: number, marked: boolean[] = [], highlight: Highlight = 'brackets'): string[] {
  type Char = { char: string; marked: boolean };
  let chars: Char[] = [...text].map((char, index) => ({ char, marked: highlight !== 'none' && Boolean(marked[index]) }));
  if (highlight === 'brackets') {
    const withMarks: Char[] = [];
    chars.forEach((char, index) => {
      if (char.marked && !chars[index - 1]?.marked) withMarks.push({ char: '【', marked: true });
      withMarks.push(char);
      if (char.marked && !chars[index + 1]?.marked) withMarks.push({ char: '】', marked: true });
    });
    chars = withMarks;
  }
  // Units that are never split: a run of Latin letters and digits, a word found (if short), with the signs that stick to them.
  const units: Char[][] = [];
  for (const char of chars) {
    const last = units.at(-1);
    const previous = last?.at(-1);
    const latin = /[A-Za-z0-9.\-]/.test(char.char) && /[A-Za-z0-9.\-]/.test(previous?.char ?? '');
    const found = char.marked && previous?.marked && last!.length < 12;
    if (last && (latin || found || NO_LINE_START.has(char.char) || NO_LINE_END.has(previous?.char ?? ''))) last.push(char);
    else units.push([char]);
  }
  const indent = ' '.repeat(displayWidth(first));
  const room = Math.max(width - displayWidth(first), 20);
  const lines: Char[][] = [[]];
  let used = 0;
  for (const unit of units) {
    const unitWidth = unit.reduce((sum, char) => sum + displayWidth(char.char), 0);
    if (used > 0 && used + unitWidth > room) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push(...unit);
    used += unitWidth;
  }
  return lines.map((line, index) => {
    let out = index === 0 ? first : indent;
    let bold = false;
    for (const char of line) {
      const marked = highlight === 'bold' && char.marked;
      if (marked !== bold) out += marked ? BOLD : NORMAL;
      bold = marked;
      out += char.char;
    }
    return bold ? out + NORMAL : out;
  });
}

/* ---------- One article, one 款 or 项 ---------- */

type Article = LawRecord['articles'][number];
type Paragraph = Article['paragraphs'][number];

/** The lines of one paragraph and its items, each followed by its own citation (`→ { … }`). */
function paragraphLines(law: LawRecord, article: Article, paragraph: Paragraph, width: number, ownCitation = true): string[] {
  const several = numbersParagraphs(article);
  const lines: string[] = [];
  if (paragraph.text) {
    const label = several ? `第${paragraph.number}款  ` : '  ';
    lines.push(...wrapText(paragraph.text, label, width));
    // A one-paragraph article is cited whole: the citation line at the end.
    if (several && ownCitation) lines.push(`${' '.repeat(displayWidth(label))}→ ${formatLawCitation(citationFor(law, article.number, paragraph.number))}`);
  }
  for (const item of paragraph.items) {
    const label = `    ${item.label}`;
    lines.push(...wrapText(item.text, label, width));
    lines.push(`${' '.repeat(displayWidth(label))}→ ${formatLawCitation(citationFor(law, article.number, paragraph.number, item.number))}`);
  }
  return lines;
}

/** The heading lines of an article: its title and number, and whether the version is old. */
function headingLines(law: LawRecord, heading: string, article: Article): string[] {
  const lines = [heading];
  if (law.status === 'superseded') lines.push(`（旧版本${law.supersededBy ? `，现行版本是 ${law.supersededBy}` : ''}）`);
  if (article.note) lines.push(`（${article.note}）`);
  return lines;
}

/**
 * How the article prints: every paragraph (款) and item (项) with the citation that points
 * at it, then the citation of the whole article.
 */
export function articleLines(law: LawRecord, number: number, options: PrintOptions = {}): string[] {
  const width = options.width ?? 80;
  const article = law.articles.find((candidate) => candidate.number === number)!;
  const lines = headingLines(law, `${versionTitle(law)}${article.label}`, article);
  for (const paragraph of article.paragraphs) lines.push(...paragraphLines(law, article, paragraph, width));
  const citation = citationFor(law, number);
  lines.push('', `整条引用：${formatLawCitation(citation)}`, `正文：${citationTag(citation)}`);
  return lines;
}

/** What the command prints for one 款 or 项 (or a whole article), or the line saying the article has no such 款/项. */
export function referenceLines(law: LawRecord, reference: ArticleReference, options: PrintOptions = {}): { lines: string[]; exitCode: 0 | 1 } {
  const article = law.articles.find((candidate) => candidate.number === reference.article);
  if (!article) return { lines: [missingArticleLine(law, reference.article)], exitCode: 1 };
  if (reference.paragraph === undefined && reference.item === undefined) return { lines: articleLines(law, article.number, options), exitCode: 0 };
  const width = options.width ?? 80;
  const name = `《${law.shortTitle}》${article.label}`;
  const several = numbersParagraphs(article);
  let paragraph: Paragraph | undefined;
  if (reference.paragraph !== undefined) {
    paragraph = article.paragraphs.find((candidate) => candidate.number === reference.paragraph);
    if (!paragraph) {
      const numbers = article.paragraphs.map((candidate) => candidate.number);
      const has = !several ? '只有一款（引用时不写 paragraph）' : law.scope === 'excerpt' ? `这一版本只摘录了第${numbers.join('、')}款` : `只有第1–${numbers.length}款`;
      return { lines: [`${name}没有第${reference.paragraph}款：${has}。`], exitCode: 1 };
    }
  }
  const heading = `${versionTitle(law)}${article.label}${paragraph && several ? `第${cn(paragraph.number)}款` : ''}`;
  if (reference.item === undefined) {
    const citation = citationFor(law, article.number, paragraph!.number);
    const lines = headingLines(law, heading, article);
    lines.push(...paragraphLines(law, article, paragraph!, width, false));
    if (!several) lines.push('（本条只有一款：引用时不写 paragraph）');
    lines.push('', `引用：${formatLawCitation(citation)}`, `正文：${citationTag(citation)}`);
    return { lines, exitCode: 0 };
  }
  const scope = paragraph ? [paragraph] : article.paragraphs;
  const owner = scope.find((candidate) => candidate.items.some((item) => item.number === reference.item));
  const item = owner?.items.find((candidate) => candidate.number === reference.item);
  if (!owner || !item) {
    const count = Math.max(0, ...scope.flatMap((candidate) => candidate.items.map((it) => it.number)));
    const where = `${name}${paragraph && several ? `第${cn(paragraph.number)}款` : ''}`;
    return { lines: [`${where}没有第${reference.item}项：${count ? `只有第1–${count}项` : '没有分项'}。`], exitCode: 1 };
  }
  const citation = citationFor(law, article.number, owner.number, item.number);
  const lines = headingLines(law, `${versionTitle(law)}${article.label}${several ? `第${cn(owner.number)}款` : ''}第${item.label}项`, article);
  const label = `  ${item.label}`;
  lines.push(...wrapText(item.text, label, width));
  lines.push('', `引用：${formatLawCitation(citation)}`, `正文：${citationTag(citation)}`);
  return { lines, exitCode: 0 };
}

/** The line for an article the law does not have: 「《代表法》共有第1–65条。」, or the articles of an excerpt. */
export function missingArticleLine(law: LawRecord, number: number): string {
  const numbers = law.articles.map((article) => article.number);
  const name = `《${law.shortTitle}》`;
  if (law.scope === 'excerpt') return `${name}没有收第${number}条：这一版本只摘录了第${numbers.join('、')}条。`;
  return `${name}没有第${number}条：共有第1–${Math.max(...numbers)}条。`;
}

/** The name to type for a law in an example: 代表法 for a current version, the id for an old one. */
const typedName = (law: LawRecord) => (law.status === 'current' ? baseName(law) : law.id);

/** A law named alone: its title, its articles (by chapter) and how to look one up. */
export function lawOutlineLines(law: LawRecord, options: PrintOptions = {}): string[] {
  const numbers = law.articles.map((article) => article.number);
  const status = law.status === 'current' ? '现行版本' : `旧版本${law.supersededBy ? `，现行版本是 ${law.supersededBy}` : ''}`;
  const lines = [versionTitle(law)];
  if (law.scope === 'excerpt') {
    lines.push(...wrapText(`${law.id}（${status}），只摘录了 ${numbers.length} 条：第${numbers.join('、')}条`, '', options.width ?? 80));
  } else {
    lines.push(`${law.id}（${status}），共 ${numbers.length} 条（第1–${Math.max(...numbers)}条）`);
    const chapters: Array<{ title: string; from: number; to: number }> = [];
    for (const article of law.articles) {
      const last = chapters.at(-1);
      if (!article.chapter) continue;
      if (last?.title === article.chapter) last.to = article.number;
      else chapters.push({ title: article.chapter, from: article.number, to: article.number });
    }
    for (const chapter of chapters) lines.push(`  ${chapter.title}  第${chapter.from}${chapter.to > chapter.from ? `–${chapter.to}` : ''}条`);
  }
  const name = typedName(law);
  // Examples from the middle of the law, that work: an article of several paragraphs, one with items.
  const middle = [...law.articles].sort((a, b) => Math.abs(a.number - numbers[numbers.length >> 1]!) - Math.abs(b.number - numbers[numbers.length >> 1]!));
  const withParagraphs = middle.find((article) => article.paragraphs.length > 1);
  const withItems = middle.find((article) => article.paragraphs.some((paragraph) => paragraph.items.length > 2));
  const example = middle[0]!.number;
  lines.push('', `查一条：npm run law -- ${name} ${example}`);
  if (withParagraphs) lines.push(`查一款：npm run law -- ${name} ${withParagraphs.number} 2（即第${withParagraphs.number}条第2款）`);
  if (withItems) lines.push(`查一项：npm run law -- ${name} 第${cn(withItems.number)}条第三项`);
  lines.push(`按内容找：npm run law -- ${name} 词语（几个词用空格分开）`);
  return lines;
}

/* ---------- Search by words ---------- */

export interface SearchHit {
  law: LawRecord;
  article: Article;
  paragraph: Paragraph;
  item?: Paragraph['items'][number];
  /** The citation that points at exactly the text found. */
  citation: LawCitation;
  /** The paragraph's text, or the item's with its label （四）. */
  text: string;
  /** Per character of text: part of a word looked for. */
  marked: boolean[];
  /** The words occur together as one phrase. */
  phrase: boolean;
}

/**
 * The paragraphs and items of the laws whose text contains every word; first those that
 * have the words as one phrase (联系 选民 → 联系选民), then in the order of the laws and articles.
 */
export function searchLaws(laws: LawRecord[], words: string[]): SearchHit[] {
  const needles = words.map((word) => word.toLowerCase()).filter(Boolean);
  if (!needles.length) return [];
  const joined = needles.join('');
  const hits: SearchHit[] = [];
  const consider = (law: LawRecord, article: Article, paragraph: Paragraph, item?: Paragraph['items'][number]) => {
    const body = item ? item.text : paragraph.text;
    const lower = body.toLowerCase();
    if (!body || !needles.every((needle) => lower.includes(needle))) return;
    const prefix = item ? item.label : '';
    const marked: boolean[] = Array.from({ length: [...prefix + body].length }, () => false);
    // Marks by code point, as the text is printed.
    const points = [...lower];
    const offset = [...prefix].length;
    for (const needle of new Set([joined, ...needles])) {
      const length = [...needle].length;
      for (let start = 0; start + length <= points.length; start++) {
        if (points.slice(start, start + length).join('') === needle) for (let index = start; index < start + length; index++) marked[offset + index] = true;
      }
    }
    hits.push({
      law, article, paragraph, ...(item ? { item } : {}),
      citation: citationFor(law, article.number, paragraph.number, item?.number),
      text: prefix + body, marked, phrase: lower.includes(joined),
    });
  };
  for (const law of orderLaws(laws)) {
    for (const article of law.articles) {
      for (const paragraph of article.paragraphs) {
        consider(law, article, paragraph);
        for (const item of paragraph.items) consider(law, article, paragraph, item);
      }
    }
  }
  // Stable: the order of the laws and articles within each group.
  return [...hits.filter((hit) => hit.phrase), ...hits.filter((hit) => !hit.phrase)];
}

/** At most this many hits print; the rest are counted. */
export const MAX_HITS = 15;

/** Where a hit is: 《代表法》第二十八条, 《地方组织法》第十二条第一款第（四）项. */
function hitName(hit: SearchHit): string {
  const several = numbersParagraphs(hit.article);
  return `《${hit.law.shortTitle}》${hit.article.label}${several ? `第${cn(hit.paragraph.number)}款` : ''}${hit.item ? `第${hit.item.label}项` : ''}`;
}

/** What the command prints for a search: the hits, each with its citation and the words marked, or one line if none. */
export function searchLines(words: string[], laws: LawRecord[], law: LawRecord | undefined, options: PrintOptions = {}): { lines: string[]; exitCode: 0 | 1 } {
  const width = options.width ?? 80;
  const highlight = options.highlight ?? 'brackets';
  const scope = law ? [law] : laws.filter((candidate) => candidate.status === 'current');
  const where = law ? `《${law.shortTitle}》` : '现行法律';
  const hits = searchLaws(scope, words);
  const shown = `“${words.join(' ')}”`;
  if (!hits.length) {
    const fewer = words.length > 1 ? `少写几个词（如只写“${words[0]}”）` : '换一个更短或别的词';
    const wider = law ? `，或去掉法律名称在所有现行法律中找（npm run law -- ${words.join(' ')}）` : '';
    return { lines: [`${where}中没有找到含${shown}的条文：试试${fewer}${wider}。`], exitCode: 1 };
  }
  const lines = [`${where}中含${shown}的有 ${hits.length} 处${hits.length > MAX_HITS ? `，先列出 ${MAX_HITS} 处` : ''}：`];
  for (const hit of hits.slice(0, MAX_HITS)) {
    lines.push('', hitName(hit), `  → ${formatLawCitation(hit.citation)}`);
    lines.push(...wrapText(hit.text, '  ', width, hit.marked, highlight));
  }
  if (hits.length > MAX_HITS) {
    const narrower = law ? '多写一个词缩小范围' : `多写一个词，或在前面写法律名称（如 npm run law -- ${typedName(hits[0]!.law)} ${words.join(' ')}）`;
    lines.push('', `……另有 ${hits.length - MAX_HITS} 处没有列出：${narrower}。`);
  }
  return { lines, exitCode: 0 };
}

/* ---------- The command ---------- */

export const USAGE = '用法：npm run law -- 组织法 19（条号也可以写 第19条、十九、第十九条；一款写 19 2 或 第19条第2款，一项写 第十二条第四项）；按内容找：npm run law -- 代表法 联系选民';

/** 12.4 → [12, 4]. */
const dottedParts = (text: string) => normalize(text).split(/[.．。]/) as [string, string];

/** The line for an article number that cannot be read; for 12.4, how to write the 款 and the 项. */
function badReferenceLine(text: string): string {
  if (!isAmbiguousDotted(text)) return `看不懂条号“${text}”：条写 19、第19条、十九 或 第十九条；款写 14 3 或 第14条第3款；项写 12条4项 或 第十二条第四项。`;
  const [article, other] = dottedParts(text);
  return `“${text}”分不清是款还是项：第${article}条第${other}款写 ${article} ${other} 或 ${article}条${other}款，第${other}项写 ${article}条${other}项。`;
}

/** The whole command: what to print and the exit code (1 for input it cannot look up or a search that finds nothing). */
export function lawCommand(args: string[], laws: LawRecord[], options: PrintOptions = {}): { lines: string[]; exitCode: 0 | 1 } {
  const query = parseQuery(args, laws);
  switch (query.kind) {
    case 'usage':
      return { lines: [USAGE], exitCode: 1 };
    case 'law':
      return { lines: lawOutlineLines(query.law, options), exitCode: 0 };
    case 'reference':
      return referenceLines(query.law, query.reference, options);
    case 'bad-reference':
      return { lines: [badReferenceLine(query.text)], exitCode: 1 };
    case 'unknown-law':
      return { lines: [`不认识法律名称“${query.name}”。${acceptedNames(laws)}。`], exitCode: 1 };
    case 'no-law': {
      const others = orderLaws(laws).filter((law) => law.status === 'current').map(baseName).filter((name) => name !== '地方组织法');
      const example = query.reference ? query.text : `${dottedParts(query.text)[0]}条${dottedParts(query.text)[1]}项`;
      return { lines: [`“${query.text}”是哪部法律的？请在前面写法律名称，例如 npm run law -- 组织法 ${example}（也可写 ${others.join('、')}）。`], exitCode: 1 };
    }
    case 'search':
      return searchLines(query.words, laws, query.law, options);
  }
}

/**
 * Provincial rules must never read as national law. Every place a page refers to a
 * provincial regulation (广东省…条例（2017年修订）第二十条, 重庆（2016年修正）…) must name the
 * province and the version year of a regulation the handbook's sources hold. This runs
 * over frontmatter strings and bodies alike, before the build and in `npm run test:content`.
 */
import { parseChineseNumeral } from '../statutes/chinese-numerals.ts';
import type { ContentFile } from '../content-files.ts';
import { PROVINCES, PROVINCIAL_REGULATIONS, type ProvincialRegulation } from './provincial-regulations.ts';

export interface ProvincialMention {
  /** Where: `line 12` (of the file) or a frontmatter path such as `steps[3].source`. */
  where: string;
  province: string;
  /** The clause the mention stands in. */
  clause: string;
  /** The version year given, if any. */
  year?: number;
  /** The regulation the mention resolves to, when province and year identify one. */
  regulation?: ProvincialRegulation;
  /** Article numbers given right after the mention (第二十条、第二十二条 → [20, 22]). */
  articles: number[];
  /** The same references in full: 第二十条第二款第（三）项 → { article: 20, paragraph: 2, item: 3 }. */
  references: Array<{ article: number; paragraph?: number; item?: number }>;
}

const NUMERAL = '[零〇一二两三四五六七八九十百]+';
/** After a province name: signs that a regulation, not the place, is meant. */
const RULE_SIGN = new RegExp(`^[^，。；、|\\n]{0,40}?(?:条例|细则|若干规定|办法|（|第${NUMERAL}条)`);
const CLAUSE_END = /[。；|\n]/;
const YEAR = /(?:19|20)\d{2}/g;
const ARTICLE_LIST = new RegExp(`^[》）)]*\\s*((?:第${NUMERAL}条(?:第${NUMERAL}款)?(?:第（${NUMERAL}）项)?(?:[、和及至]|，)?)+)`);
const ARTICLE = new RegExp(`第(${NUMERAL})条(?:第(${NUMERAL})款)?(?:第（(${NUMERAL})）项)?`, 'g');
// Not a rule: 甘肃平凉市 (a place in the report's title), 重庆七省市 (a list of provinces).
const PROVINCE_RE = new RegExp(`(${PROVINCES.join('|')})(?!平凉|泾川|[一二三四五六七八九十几多]省)`, 'g');

function clauseAround(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return [start, end];
}

/**
 * Which of a province's regulations of that year is meant: first by the words of the mention
 * itself (浙江省乡镇人民代表大会工作条例（2016年） is the township one even in a sentence about
 * budgets), then by the clause around it, else the township-congress regulation.
 */
function pickRegulation(province: string, year: number | undefined, clause: string, mention = ''): ProvincialRegulation | undefined {
  if (year === undefined) return undefined;
  const candidates = PROVINCIAL_REGULATIONS.filter((regulation) => regulation.province === province && regulation.years.includes(year));
  if (candidates.length <= 1) return candidates[0];
  const specific = (text: string) => candidates.find((regulation) => regulation.keywords.some((keyword) => keyword !== '乡镇' && text.includes(keyword)));
  const township = candidates.find((regulation) => regulation.keywords.includes('乡镇'));
  if (mention) {
    const named = specific(mention) ?? (mention.includes('乡镇') ? township : undefined);
    if (named) return named;
  }
  return specific(clause) ?? township ?? candidates[0];
}

/** Finds every reference to a provincial regulation in a piece of text. */
export function findProvincialMentions(original: string, where: string): ProvincialMention[] {
  // Titles list levels with 、 (北京市乡、民族乡、镇…条例; 浙江省县、乡两级…), which would read as a list of places.
  const text = original.replace(/(?<=[区县乡])、(?=[乡镇]|民族乡)/g, '');
  const mentions: ProvincialMention[] = [];
  for (const match of text.matchAll(PROVINCE_RE)) {
    const index = match.index!;
    const province = match[1]!;
    const after = text.slice(index + province.length);
    if (!RULE_SIGN.test(after)) continue;
    const [start, end] = clauseAround(text, index);
    const clause = text.slice(start, end);
    const offset = index - start;
    const known = PROVINCIAL_REGULATIONS.filter((regulation) => regulation.province === province).flatMap((regulation) => regulation.years);
    const yearsAfter = [...clause.slice(offset).matchAll(YEAR)].map((found) => Number(found[0]));
    const yearsAll = [...clause.matchAll(YEAR)].map((found) => Number(found[0]));
    const year = yearsAfter.find((candidate) => known.includes(candidate)) ?? yearsAll.find((candidate) => known.includes(candidate)) ?? yearsAfter[0];
    // Articles: right after the version parenthesis, e.g. …条例（2017年修订）第二十条第二款、第二十二条.
    const parenthesis = clause.slice(offset).search(/[）)]/);
    const references: ProvincialMention['references'] = [];
    if (parenthesis >= 0 && parenthesis < 60) {
      const list = ARTICLE_LIST.exec(clause.slice(offset + parenthesis + 1));
      if (list) {
        for (const reference of list[1]!.matchAll(ARTICLE)) {
          references.push({
            article: parseChineseNumeral(reference[1]!),
            ...(reference[2] ? { paragraph: parseChineseNumeral(reference[2]) } : {}),
            ...(reference[3] ? { item: parseChineseNumeral(reference[3]) } : {}),
          });
        }
      }
    }
    const regulation = pickRegulation(province, year, clause, clause.slice(offset, offset + (parenthesis >= 0 && parenthesis < 60 ? parenthesis : 40)));
    mentions.push({ where, province, clause: clause.trim(), ...(year !== undefined ? { year } : {}), ...(regulation ? { regulation } : {}), articles: references.map((reference) => reference.article), references });
  }
  return mentions;
}

/** Every string in the frontmatter with its path (steps[3].source), then the body by line. */
export function textsOf(file: ContentFile): Array<{ where: string; text: string }> {
  const texts: Array<{ where: string; text: string }> = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') texts.push({ where: path, text: value });
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(file.data, '');
  file.body.split('\n').forEach((line, index) => texts.push({ where: `line ${index + (file.bodyLine ?? 1)}`, text: line }));
  return texts;
}

/**
 * All mentions in a file. In the body, a page that has named a province's regulation with its
 * version once may refer to it again by the province alone (广东第七条): such a mention takes
 * the version named earlier on the page. Frontmatter strings stand alone on the page
 * (a step's source, a checklist item), so each must name the version itself.
 */
export function provincialMentionsOf(file: ContentFile): ProvincialMention[] {
  const namedInBody = new Map<string, number>();
  return textsOf(file).flatMap(({ where, text }) =>
    findProvincialMentions(text, where).map((mention) => {
      const inBody = where.startsWith('line ');
      if (mention.regulation) {
        if (inBody) namedInBody.set(mention.province, mention.regulation.years[0]!);
        return mention;
      }
      const earlier = inBody ? namedInBody.get(mention.province) : undefined;
      if (earlier === undefined) return mention;
      const regulation = pickRegulation(mention.province, earlier, mention.clause);
      return regulation ? { ...mention, year: earlier, regulation } : mention;
    }),
  );
}

/** Problems: a provincial rule named without its version year, or with a year the sources do not hold. */
export function checkProvincialMentions(file: ContentFile): string[] {
  return provincialMentionsOf(file).flatMap((mention) => {
    if (mention.regulation) return [];
    const known = PROVINCIAL_REGULATIONS.filter((regulation) => regulation.province === mention.province)
      .map((regulation) => `${regulation.title}（${regulation.years[0]}年）`);
    const found = mention.year === undefined ? 'names no version year' : `gives the year ${mention.year}, which is not a version the sources hold`;
    return [`${file.path} ${mention.where}: a ${mention.province} rule ${found} — “${mention.clause.slice(0, 60)}”. Name the province and the version year so it cannot read as national law, e.g. ${known.join(' / ')}`];
  });
}

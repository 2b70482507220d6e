/**
 * Which pages may be out of date with the law: the review report.
 *
 * An entry's `reviewed: { date, against }` says when someone last read it against which
 * law versions. An entry is listed when
 * - it cites a law version that `against` does not name (nobody checked it against that text);
 * - `against` names a version that has since been replaced, and not its successor (a new
 *   version was added: the entry's cited articles that changed are named);
 * - an article it cites was re-imported with different text after the review date
 *   (scripts/import-statutes.ts records that day as the article's `revised`).
 * The build prints the report; under HANDBOOK_STRICT_REVIEW=1 (CI) it stops the build.
 */
import { relative } from 'node:path';
import { frontmatterCitations } from '../citations.ts';
import type { ContentFile } from '../content-files.ts';
import { citationsInBody } from '../mdx-body.ts';
import { toChineseNumeral } from '../statutes/chinese-numerals.ts';
import { STATUTES } from '../statutes/statute-data.ts';
import { lawComparison } from './comparison.ts';

export interface ReviewFinding {
  /** Content file, relative to the project. */
  file: string;
  /** What is out of date and what to do, in one line. */
  problem: string;
}

const articleLabel = (number: number) => `第${toChineseNumeral(number)}条`;
const FATE_WORDS: Record<string, string> = { reworded: '改写了', removed: '删除了', new: '是新增的' };
const lawName = (id: string) => STATUTES.get(id)?.shortTitle ?? id;

/** Law version → article numbers an entry cites, from its frontmatter and body. */
export function citedArticles(file: ContentFile): Map<string, Set<number>> {
  const cited = new Map<string, Set<number>>();
  const add = (law: string, article: number) => {
    if (!cited.has(law)) cited.set(law, new Set());
    cited.get(law)!.add(article);
  };
  const { reviewed: _reviewed, ...data } = file.data;
  for (const citation of frontmatterCitations(data)) add(citation.law, citation.article);
  try {
    for (const found of citationsInBody(file.body)) add(found.citation.law, found.citation.article);
  } catch {
    // An MDX syntax error is reported by the citation check; nothing to add here.
  }
  return cited;
}

/** The versions that replaced a version, nearest first. */
function successors(lawId: string): string[] {
  const chain: string[] = [];
  for (let next = STATUTES.get(lawId)?.supersededBy; next && !chain.includes(next); next = STATUTES.get(next)?.supersededBy) chain.push(next);
  return chain;
}

export function reviewFindings(files: ContentFile[], root: string): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const file of files) {
    const path = relative(root, file.path);
    const reviewed = file.data.reviewed as { date?: unknown; against?: unknown } | undefined;
    // A missing or malformed field is the schema's error; nothing to compare against here.
    if (!reviewed || !Array.isArray(reviewed.against)) continue;
    const date = reviewed.date instanceof Date ? reviewed.date.toISOString().slice(0, 10) : String(reviewed.date);
    const against = new Set(reviewed.against.map(String));
    const cited = citedArticles(file);

    for (const law of cited.keys()) {
      if (!against.has(law) && STATUTES.has(law)) {
        findings.push({ file: path, problem: `引用了${lawName(law)}（${law}），但 reviewed.against 里没有 ${law}：对照这部法律读一遍所引条文，再把 ${law} 加进 against，date 改成读完那天` });
      }
    }

    for (const version of against) {
      const later = successors(version);
      if (!later.length || later.some((id) => against.has(id))) continue;
      const current = later.at(-1)!;
      // Follow each cited article of the old version through every amendment since.
      const changed: string[] = [];
      for (const article of cited.get(version) ?? []) {
        let number: number | undefined = article;
        let fate: string = 'unchanged';
        for (const id of later) {
          const change = lawComparison(id)?.changes.find((candidate) => candidate.old?.number === number);
          if (!change) { fate = '不在对照的文本里'; break; }
          if (change.kind !== 'unchanged') fate = FATE_WORDS[change.kind] ?? change.kind;
          number = change.new?.number;
          if (!number) break;
        }
        if (fate !== 'unchanged') changed.push(`${articleLabel(article)}${fate}${number && number !== article ? `（现为${articleLabel(number)}）` : ''}`);
      }
      const detail = changed.length ? `所引条文有变化的：${changed.join('；')}` : '所引条文都没有变化';
      findings.push({
        file: path,
        problem: `核对时对照的是${lawName(version)}（${version}），它已被${lawName(current)}（${current}）取代；${detail}。对照 ${current} 读一遍本页，改引新版本，把 ${current} 加进 reviewed.against，date 改成读完那天`,
      });
    }

    for (const [law, articles] of cited) {
      const statute = STATUTES.get(law);
      if (!statute) continue;
      for (const number of [...articles].sort((a, b) => a - b)) {
        const revised = statute.articles.find((article) => article.number === number)?.revised;
        if (revised && revised > date) {
          findings.push({
            file: path,
            problem: `引用的${lawName(law)}${articleLabel(number)}在 ${revised} 重新导入时文字有变化，晚于本页的核对日期 ${date}：对照新文字读一遍，再更新 reviewed.date`,
          });
        }
      }
    }
  }
  return findings;
}

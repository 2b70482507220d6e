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
        findings.push({ file: path, problem: `cites ${lawName(law)} (${law}), but reviewed.against does not list ${law}: read the cited articles against that text, then add it and today's date` });
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
        let fate = 'unchanged';
        for (const id of later) {
          const change = lawComparison(id)?.changes.find((candidate) => candidate.old?.number === number);
          if (!change) { fate = 'not in the compared text'; break; }
          if (change.kind !== 'unchanged') fate = change.kind;
          number = change.new?.number;
          if (!number) break;
        }
        if (fate !== 'unchanged') changed.push(`${articleLabel(article)} ${fate}${number && number !== article ? ` (now ${articleLabel(number)})` : ''}`);
      }
      const detail = changed.length ? `cited articles that changed: ${changed.join('; ')}` : 'none of the articles it cites changed';
      findings.push({
        file: path,
        problem: `reviewed against ${lawName(version)} (${version}), which ${lawName(current)} (${current}) has replaced; ${detail}. Read the page against ${current}, cite it, and add it to reviewed.against with today's date`,
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
            problem: `cites ${lawName(law)}${articleLabel(number)}, whose text changed on ${revised} (re-imported), after this page was reviewed on ${date}: read it against the new text and update reviewed.date`,
          });
        }
      }
    }
  }
  return findings;
}

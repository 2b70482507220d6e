/**
 * The content checker: every problem in every content file, in one run, one line each
 * (problem.ts). `npm run check:content` prints it; `npm run build` runs it first and stops
 * before Astro starts when it finds anything, so an author never meets a stack trace for a
 * content mistake. It checks:
 * - YAML syntax (the editor's line) and each collection's schema (fields numbered from 1,
 *   the value found, the nearest allowed value);
 * - references between entries (the nearest id; a published entry pointing at a draft);
 * - statute citations and quotations in bodies (the first differing character);
 * - step thresholds, step deadlines and planner deadlines in the law's words;
 * - provincial rules named with province and version;
 * - internal links and their #anchors;
 * - the search synonym table (content/search/synonyms.yaml);
 * - training quizzes: right answers spread over the positions, no option that gives itself away;
 * and returns the review report (pages older than a change in a law they cite) as warnings.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  casesSchema, checklistsSchema, glossarySchema, powersSchema, proceduresSchema, trainingSchema,
  type ReferenceFn, type ReferencedCollection,
} from '../../schemas/collections.ts';
import { guideSchema } from '../../schemas/guides.ts';
import { citedText, formatCitation, resolveCitation, type Citation } from '../citations.ts';
import { articleText } from '../statutes/parse-statute.ts';
import { getStatute } from '../statutes/statute-data.ts';
import type { ContentFile } from '../content-files.ts';
import { reviewFindings } from '../law-changes/review-check.ts';
import { bodyLinks, citationsInBody, parsedBody } from '../mdx-body.ts';
import { provincialMentionsOf } from '../regulations/provincial-check.ts';
import { PROVINCIAL_REGULATIONS } from '../regulations/provincial-regulations.ts';
import { fieldLabel } from './field-label.ts';
import { linkProblem, siteMap } from './links.ts';
import { nearest, sortProblems, type Problem } from './problem.ts';
import { quoteDifference } from './quote-diff.ts';
import { schemaProblems } from './schema-problems.ts';
import { synonymProblems } from './synonyms.ts';
import { trainingProblems } from './training-checks.ts';
import { describeSchema, type FieldInfo } from './schema-walk.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { PLACEHOLDER } from '../authoring/template.ts';

/** The content folders the checker reads, and the schema of each. */
export const CHECKED_COLLECTIONS = ['powers', 'procedures', 'checklists', 'cases', 'glossary', 'training', 'guides'] as const;
export type CheckedCollection = (typeof CHECKED_COLLECTIONS)[number];

const SCHEMAS: Record<Exclude<CheckedCollection, 'guides'>, (reference: ReferenceFn) => z.ZodType> = {
  powers: powersSchema,
  procedures: proceduresSchema,
  checklists: checklistsSchema,
  cases: casesSchema,
  glossary: glossarySchema,
  training: trainingSchema,
};

/** A reference stand-in for describing schemas: marks the field as pointing into a collection. */
export const describingReference = ((collection: ReferencedCollection) => z.string().meta({ reference: collection })) as unknown as ReferenceFn;

/** A collection's schema, for validation (with the given reference check) or description. */
export function collectionSchema(collection: CheckedCollection, reference: ReferenceFn = describingReference): z.ZodType {
  return collection === 'guides' ? guideSchema : SCHEMAS[collection](reference);
}

export function collectionFields(collection: CheckedCollection): FieldInfo {
  return describeSchema(collectionSchema(collection));
}

export interface CheckResult {
  problems: Problem[];
  /** The review report: pages that may be out of date with the law (errors when strict). */
  reviewWarnings: string[];
  files: number;
  drafts: number;
}

function contentFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of CHECKED_COLLECTIONS) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/^[^_].*\.mdx?$/.test(name)) files.push(readSourceFile(join(dir, name), root, collection));
    }
  }
  return files;
}

/** The reference check: the id exists; a published entry does not point at a draft. */
function checkingReference(ids: Map<string, Set<string>>, drafts: Set<string>, fromDraft: boolean): ReferenceFn {
  return ((collection: ReferencedCollection) =>
    z.string().superRefine((id, context) => {
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(id)) {
        const guess = nearest(id, [...known]);
        context.addIssue({
          code: 'custom',
          message: `content/${collection}/ 里没有这个条目${guess ? `；是不是「${guess}」？` : `：检查拼写（写文件名，不带 .mdx），或先用 npm run new -- ${collection} ${id} 新建它，或去掉这个引用`}`,
        });
      } else if (!fromDraft && drafts.has(`${collection}/${id}`)) {
        context.addIssue({ code: 'custom', message: `content/${collection}/${id}.mdx 是草稿（draft: true），正式网站里没有它：去掉这个引用，或发布那一条（删掉它的 draft: true 一行）` });
      }
    })) as unknown as ReferenceFn;
}

/**
 * Quoted words that are not in the cited text, in one clause. Words copied from the law but
 * cited with the wrong article or paragraph are the likelier mistake, so where the law has the
 * words elsewhere that comes first; otherwise the first character that differs, and what was searched.
 */
function notInCitedText(citations: Citation[], words: string, difference: string): string {
  const searched = citations.map(formatCitation).join('、');
  const found: string[] = [];
  for (const law of new Set(citations.map((citation) => citation.law))) {
    for (const article of getStatute(law)?.articles ?? []) {
      if (!articleText(article).replace(/\n/g, '').includes(words)) continue;
      // Name the paragraph when the article has several and one of them holds the words.
      const paragraph = article.paragraphs.length > 1
        ? article.paragraphs.find((candidate) => [candidate.text, ...candidate.items.map((item) => item.label + item.text)].join('').includes(words))
        : undefined;
      found.push(formatCitation({ law, article: article.number, ...(paragraph ? { paragraph: paragraph.number } : {}) }));
    }
  }
  if (found.length) return `这段话不在${searched}里，在${found.slice(0, 3).join('、')}里：是不是条号或款号写错了？`;
  return `${difference}（查的是${searched}）`;
}

const lawText = (citation: Citation) => {
  const resolved = resolveCitation(citation);
  return resolved.ok ? citedText(resolved.value).replace(/\n/g, '') : undefined;
};

function asContentFile(file: SourceFile): ContentFile {
  return { collection: file.collection, id: file.id, path: file.rel, data: file.data ?? {}, body: file.body, bodyLine: file.bodyLine };
}

const QUOTE_THEN_CITATION = /“([^”]{2,200})”[（(]?\s*<Citation\s+([^>]*?)\/>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|\{\s*(\d+)\s*\})/g;

function bodyProblems(file: SourceFile, from: string, map: ReturnType<typeof siteMap>, drafts: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const at = (bodyLine: number) => file.bodyLine + bodyLine - 1;
  let citations;
  let tree;
  try {
    tree = parsedBody(file.body);
    citations = citationsInBody(file.body);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    return [{ file: file.rel, ...(place.line ? { line: at(place.line) } : {}), field: '正文', message: `MDX 写法有误：${place.reason ?? place.message}（常见原因：< 或 { 要写成 &lt; 或 \\{，组件要以 /> 结束）` }];
  }
  for (const found of citations) {
    const shown = `<${found.component} law="${found.citation.law}" article={${found.citation.article}}${found.citation.paragraph ? ` paragraph={${found.citation.paragraph}}` : ''}${found.citation.item ? ` item={${found.citation.item}}` : ''}>`;
    const problem = (message: string) => problems.push({ file: file.rel, line: at(found.line), field: `正文 <${found.component}>`, found: shown, message });
    if (!Number.isInteger(found.citation.article)) {
      problem('article 要写成数字，例如 article={12}');
      continue;
    }
    const resolved = resolveCitation(found.citation);
    if (!resolved.ok) problem(resolved.problem);
    else if (found.excerpt) {
      const difference = quoteDifference(found.excerpt, [citedText(resolved.value)]);
      if (difference) problems.push({ file: file.rel, line: at(found.line), field: `正文 <${found.component}> excerpt`, found: found.excerpt, message: notInCitedText([found.citation], found.excerpt, difference) });
    }
  }
  // “Quoted words” right before a <Citation/> are the law's words.
  for (const match of file.body.matchAll(QUOTE_THEN_CITATION)) {
    const values: Record<string, string> = {};
    for (const attribute of match[2]!.matchAll(ATTRIBUTE)) values[attribute[1]!] = attribute[2] ?? attribute[3]!;
    const citation: Citation = { law: values.law ?? '', article: Number(values.article), ...(values.paragraph ? { paragraph: Number(values.paragraph) } : {}), ...(values.item ? { item: Number(values.item) } : {}) };
    const text = lawText(citation);
    if (text === undefined) continue; // the citation itself is reported above
    const difference = quoteDifference(match[1]!, [text]);
    if (difference) problems.push({ file: file.rel, line: at(file.body.slice(0, match.index).split('\n').length), field: '正文引号里的法律原文', found: match[1]!, message: notInCitedText([citation], match[1]!, difference) });
  }
  for (const link of bodyLinks(tree)) {
    const [target, fragment] = link.href.split('#') as [string, string | undefined];
    // A draft's page, or a draft term's place on the glossary page.
    const draft = target === '/glossary/' && fragment ? drafts.get(`/glossary/#${fragment}`) : drafts.get(target.endsWith('/') ? target : `${target}/`);
    const problem = draft ? `${draft} 是草稿（draft: true），正式网站里没有这一页：去掉链接，或发布那一条（删掉它的 draft: true 一行）` : linkProblem(link.href, from, map);
    if (problem) problems.push({ file: file.rel, line: at(link.line), field: '正文链接', found: link.href, message: problem });
  }
  return problems;
}

/** Thresholds, step deadlines and planner deadlines are written in the law's words. */
function wordingProblems(file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const data = file.data ?? {};
  const push = (path: Array<string | number>, found: string, message: string) => {
    const line = file.lineOf(path);
    problems.push({ file: file.rel, ...(line ? { line } : {}), field: fieldLabel(path), found, message });
  };
  const steps = Array.isArray(data.steps) ? (data.steps as Array<Record<string, unknown>>) : [];
  steps.forEach((step, index) => {
    const basis = (Array.isArray(step.basis) ? (step.basis as Citation[]) : []).filter((citation) => lawText(citation) !== undefined);
    const texts = basis.map((citation) => lawText(citation)!);
    if (!texts.length) return;
    for (const key of ['threshold', 'deadline'] as const) {
      const wording = step[key];
      if (typeof wording !== 'string') continue;
      const difference = quoteDifference(wording, texts);
      if (difference) push(['steps', index, key], wording, `要用这一步依据条文的原话；${notInCitedText(basis, wording, difference)}`);
    }
  });
  const deadlines = Array.isArray(data.deadlines) ? (data.deadlines as Array<Record<string, unknown>>) : [];
  deadlines.forEach((deadline, index) => {
    if (typeof deadline.words !== 'string' || !deadline.basis || typeof deadline.basis !== 'object') return;
    const text = lawText(deadline.basis as Citation);
    if (text === undefined) return; // the schema reports the citation
    const difference = quoteDifference(deadline.words, [text]);
    if (difference) push(['deadlines', index, 'words'], deadline.words, `期限要从依据条文原样复制；${notInCitedText([deadline.basis as Citation], deadline.words, difference)}`);
  });
  return problems;
}

/** Provincial rules named without province and version year, or with a year the sources do not hold. */
function provincialProblems(file: SourceFile): Problem[] {
  return provincialMentionsOf(asContentFile(file)).flatMap((mention) => {
    if (mention.regulation) return [];
    const known = PROVINCIAL_REGULATIONS.filter((regulation) => regulation.province === mention.province).map((regulation) => `${regulation.title}（${regulation.years[0]}年）`);
    const lineMatch = /^line (\d+)$/.exec(mention.where);
    const path = lineMatch ? undefined : mention.where.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).map((step) => (/^\d+$/.test(step) ? Number(step) : step));
    const line = lineMatch ? Number(lineMatch[1]) : file.lineOf(path!);
    const what = mention.year === undefined ? '没写版本年份' : `写的是${mention.year}年版，资料里没有这一版`;
    return [{
      file: file.rel,
      ...(line ? { line } : {}),
      field: path ? fieldLabel(path) : '正文',
      found: mention.clause.slice(0, 40),
      message: `${mention.province}的规定${what}：写明省份和版本，免得读成国家法律，例如 ${known.join(' / ')}`,
    }];
  });
}

/** Every line of a file made by `npm run new` that still has a 【待填：例子】 placeholder. */
function placeholderProblems(file: SourceFile): Problem[] {
  if (!file.source.includes(PLACEHOLDER)) return [];
  return file.source.split('\n').flatMap((text, index) => {
    if (!text.includes(PLACEHOLDER)) return [];
    const inFrontmatter = index + 1 < file.bodyLine;
    // The template's own instructions are YAML comments (a body line starting with # is a heading).
    if (inFrontmatter && text.trimStart().startsWith('#')) return [];
    const closed = /【待填：([^】]*)】/.exec(text);
    const key = /^\s*-?\s*([A-Za-z]\w*):/.exec(text)?.[1];
    const where = inFrontmatter ? (key ?? 'frontmatter') : '正文';
    const shown = closed ? closed[0] : text.slice(text.indexOf(PLACEHOLDER)).trim();
    return [{ file: file.rel, line: index + 1, field: where, message: `还没填：把「${shown}」换成你的内容${closed?.[1] ? `（例子：${closed[1]}）` : ''}` }];
  });
}

function addressOf(file: SourceFile): string {
  if (file.collection === 'glossary') return '/glossary/';
  return `/${file.collection}/${file.id}/`;
}

export function checkContent(root: string): CheckResult {
  const files = contentFiles(root);
  const ids = new Map<string, Set<string>>();
  const drafts = new Set<string>();
  for (const file of files) {
    if (!ids.has(file.collection)) ids.set(file.collection, new Set());
    ids.get(file.collection)!.add(file.id);
    if (file.data?.draft === true) drafts.add(`${file.collection}/${file.id}`);
  }
  // A file still holding 【待填】 placeholders is reported by its placeholders alone (below).
  const problems: Problem[] = files.flatMap((file) => (placeholderProblems(file).length ? [] : file.problems));
  const checking = {
    published: checkingReference(ids, drafts, false),
    draft: checkingReference(ids, drafts, true),
  };
  const infos = new Map(CHECKED_COLLECTIONS.map((collection) => [collection, collectionFields(collection)]));
  const schemas = {
    published: new Map(CHECKED_COLLECTIONS.map((collection) => [collection, collectionSchema(collection, checking.published)])),
    draft: new Map(CHECKED_COLLECTIONS.map((collection) => [collection, collectionSchema(collection, checking.draft)])),
  };
  const lawChanges = existsSync(join(root, 'content/law-changes'))
    ? readdirSync(join(root, 'content/law-changes')).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''))
    : [];
  // Drafts are not on the published site: a link to one is a broken link there.
  const map = siteMap(files.filter((file) => !drafts.has(`${file.collection}/${file.id}`)).map((file) => ({ collection: file.collection, id: file.id, data: file.data, body: file.body })), lawChanges);
  const draftPages = new Map(files.filter((file) => drafts.has(`${file.collection}/${file.id}`)).map((file) => [file.collection === 'glossary' ? `/glossary/#${file.id}` : addressOf(file), file.rel]));
  const draftMap = siteMap(files.map((file) => ({ collection: file.collection, id: file.id, data: file.data, body: file.body })), lawChanges);
  for (const file of files) {
    // A new entry with 【待填】 left in it: those lines are its problems, nothing else yet.
    const unfilled = placeholderProblems(file);
    if (unfilled.length) {
      problems.push(...unfilled);
      continue;
    }
    const collection = file.collection as CheckedCollection;
    const isDraft = drafts.has(`${file.collection}/${file.id}`);
    if (file.data) {
      problems.push(...schemaProblems(file, (isDraft ? schemas.draft : schemas.published).get(collection)!, infos.get(collection)!));
      problems.push(...wordingProblems(file), ...provincialProblems(file));
      if (collection === 'training') problems.push(...trainingProblems(file));
    }
    problems.push(...bodyProblems(file, addressOf(file), isDraft ? draftMap : map, isDraft ? new Map() : draftPages));
  }
  // The search synonym table: its `means` must be words the published pages use.
  const handbookText = files.filter((file) => file.data && !drafts.has(`${file.collection}/${file.id}`)).map((file) => `${JSON.stringify(file.data)}\n${file.body}`).join('\n');
  problems.push(...synonymProblems(root, handbookText));
  const readable = files.filter((file) => file.data).map(asContentFile);
  const reviewWarnings = reviewFindings(readable.map((file) => ({ ...file, path: join(root, file.path) })), root).map((finding) => `${finding.file}: ${finding.problem}`);
  return { problems: sortProblems(problems), reviewWarnings, files: files.length, drafts: drafts.size };
}

/**
 * The review report as the build, the checker and the dev server print it: pages checked
 * against a law text that has changed since (a warning, or an error when strict).
 */
export function reviewReport(warnings: string[], strict: boolean): string {
  const pages = new Set(warnings.map((warning) => warning.split(':')[0])).size;
  return `核对提醒${strict ? '（HANDBOOK_STRICT_REVIEW=1，按错误处理）' : ''}：${warnings.length} 处，在 ${pages} 个文件里，这些页面可能与现行法律不一致：\n  ${warnings.join('\n  ')}`;
}

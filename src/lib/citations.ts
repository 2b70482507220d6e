/**
 * One citation shape for the whole handbook — { law, article, paragraph?, item? } —
 * and everything derived from it: whether it exists in the statute data, how it reads
 * (《地方组织法》第十二条第一款第（四）项), where it links (/law/organic-2022/#art-12-4)
 * and the text it points at.
 */
import { toChineseNumeral } from './statutes/chinese-numerals.ts';
import { LAW_IDS, getArticle, getStatute } from './statutes/statute-data.ts';
import { amendmentLabel, formalTitle } from './statutes/versions.ts';
import type { StatuteArticle, StatuteItem, StatuteParagraph } from './statutes/parse-statute.ts';

export interface Citation {
  law: string;
  article: number;
  paragraph?: number | undefined;
  item?: number | undefined;
}

export interface ResolvedCitation {
  citation: Citation;
  article: StatuteArticle;
  paragraph?: StatuteParagraph;
  item?: StatuteItem;
}

/** Checks a citation against the statute data; returns the problem in words, or the resolved parts. */
export function resolveCitation(citation: Citation): { ok: true; value: ResolvedCitation } | { ok: false; problem: string } {
  const statute = getStatute(citation.law);
  if (!statute) {
    return { ok: false, problem: `没有这部法律「${citation.law}」；可用：${LAW_IDS.join('、')}` };
  }
  const name = `《${statute.shortTitle}》`;
  const article = getArticle(citation.law, citation.article);
  if (!article) {
    const numbers = statute.articles.map((candidate) => candidate.number);
    const allowed = statute.scope === 'full'
      ? `第1条至第${Math.max(...numbers)}条`
      : `只有第${numbers.join('、')}条（这一版只收了节选）`;
    return { ok: false, problem: `${name}没有第${citation.article}条；可引用${allowed}` };
  }
  let paragraph: StatuteParagraph | undefined;
  if (citation.paragraph !== undefined) {
    paragraph = article.paragraphs.find((candidate) => candidate.number === citation.paragraph);
    if (!paragraph) {
      const count = article.paragraphs.length;
      return { ok: false, problem: `${name}${article.label}没有第${citation.paragraph}款；它${count > 1 ? `有第1–${count}款` : '只有一款（不写 paragraph）'}` };
    }
  }
  let item: StatuteItem | undefined;
  if (citation.item !== undefined) {
    const scope = paragraph ? [paragraph] : article.paragraphs;
    const owner = scope.find((candidate) => candidate.items.some((it) => it.number === citation.item));
    item = owner?.items.find((candidate) => candidate.number === citation.item);
    if (!owner || !item) {
      const count = scope.flatMap((candidate) => candidate.items).length;
      const allowed = count ? `有第1–${count}项` : '没有分项（不写 item）';
      return { ok: false, problem: `${name}${article.label}${paragraph ? `第${toChineseNumeral(paragraph.number)}款` : ''}没有第${citation.item}项；它${allowed}` };
    }
    // Name the paragraph the item is in, so the anchor and the text agree.
    paragraph = owner;
  }
  return { ok: true, value: { citation, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) } };
}

/** 《地方组织法》第十二条第一款第（四）项 — paragraph shown only when cited or when the article has several. */
export function formatCitation(citation: Citation): string {
  const statute = getStatute(citation.law);
  const name = statute ? `《${statute.shortTitle}》` : citation.law;
  let text = `${name}第${toChineseNumeral(citation.article)}条`;
  if (citation.paragraph !== undefined) text += `第${toChineseNumeral(citation.paragraph)}款`;
  if (citation.item !== undefined) text += `第（${toChineseNumeral(citation.item)}）项`;
  return text;
}

/**
 * The standard citation form, for copying into documents and for the export:
 * 《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十二条第一款第九项.
 * Full title; an old version adds its amendment after the title (（2015年修正））; items
 * are written 第九项 as the statutes themselves refer to them; the paragraph is named
 * whenever the article has more than one, even if the citation gives only the item.
 */
export function formalCitation(citation: Citation): string {
  const { title, rest } = formalCitationParts(citation);
  return `${title}${rest}`;
}

/** The standard form in two parts: the law's name as cited (《…》, an old version with （2015年修正）) and the rest (第十二条第一款第九项). */
export function formalCitationParts(citation: Citation): { title: string; rest: string } {
  const statute = getStatute(citation.law);
  if (!statute) return { title: '', rest: formatCitation(citation) };
  const resolved = resolveCitation(citation);
  const paragraph = resolved.ok ? resolved.value.paragraph?.number : citation.paragraph;
  const several = (getArticle(citation.law, citation.article)?.paragraphs.length ?? 1) > 1;
  let rest = `第${toChineseNumeral(citation.article)}条`;
  if (paragraph !== undefined && (citation.paragraph !== undefined || several)) rest += `第${toChineseNumeral(paragraph)}款`;
  if (citation.item !== undefined) rest += `第${toChineseNumeral(citation.item)}项`;
  return { title: formalLawTitle(citation.law), rest };
}

/** 《中华人民共和国代表法》, or for an old version 《…》（2015年修正）: how a citation names the law. */
export function formalLawTitle(law: string): string {
  const statute = getStatute(law);
  if (!statute) return law;
  return `《${formalTitle(statute)}》${statute.status === 'superseded' ? `（${amendmentLabel(statute)}）` : ''}`;
}

/** The anchor of an article (art-12), paragraph (art-14-p3) or item (art-12-4). */
export function citationAnchor(citation: Pick<Citation, 'article' | 'paragraph' | 'item'>): string {
  if (citation.item !== undefined) return `art-${citation.article}-${citation.item}`;
  if (citation.paragraph !== undefined) return `art-${citation.article}-p${citation.paragraph}`;
  return `art-${citation.article}`;
}

/** Site-relative address of the cited text (without the site base). */
export function citationHref(citation: Citation): string {
  return `/law/${citation.law}/#${citationAnchor(citation)}`;
}

/** The cited text: the item, the paragraph (with its items), or the whole article. */
export function citedText(resolved: ResolvedCitation): string {
  if (resolved.item) return resolved.item.label + resolved.item.text;
  const paragraphs = resolved.paragraph ? [resolved.paragraph] : resolved.article.paragraphs;
  return paragraphs
    .flatMap((paragraph) => [paragraph.text, ...paragraph.items.map((item) => item.label + item.text)])
    .filter(Boolean)
    .join('\n');
}

/** Every citation anywhere in an entry's frontmatter data (basis, steps, checklist items, quiz questions…). */
export function* frontmatterCitations(value: unknown): Generator<{ law: string; article: number }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* frontmatterCitations(item);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    if (typeof record.law === 'string' && typeof record.article === 'number') {
      yield { law: record.law, article: record.article };
      return;
    }
    for (const item of Object.values(record)) yield* frontmatterCitations(item);
  }
}

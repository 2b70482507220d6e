/**
 * Turns a statute text file from ../shared/sources/statutes into structured data:
 * chapters, sections, articles, paragraphs (款) and items (项), text kept verbatim.
 *
 * The source files share one layout: a title, metadata lines up to `<!-- INFO END -->`
 * (or a 来源 block), headings (`## 第一章 …`, `### 第一节 …`, or a bare `第二章　…` line),
 * and one line per paragraph, the first paragraph of an article starting `第十二条 `,
 * items starting `（一）`. Editor notes in 【】 are not law text and are kept apart.
 */
import { parseChineseNumeral } from './chinese-numerals.ts';

export interface StatuteItem {
  /** Item number within its paragraph: （四） → 4. */
  number: number;
  /** The label as printed: （四）. */
  label: string;
  /** Item text without its label, verbatim. */
  text: string;
}

export interface StatuteParagraph {
  /** Paragraph (款) number within the article, from 1. */
  number: number;
  /** Paragraph text verbatim; for the first paragraph, without the 第N条 label. */
  text: string;
  items: StatuteItem[];
}

export interface StatuteArticle {
  number: number;
  /** 第十二条 */
  label: string;
  chapter?: string;
  section?: string;
  paragraphs: StatuteParagraph[];
  /** Editor's note from the source file (【…】), not law text. */
  note?: string;
  /**
   * Day this article's text last changed in the handbook's data (YYYY-MM-DD), set by
   * scripts/import-statutes.ts when a re-import finds different text. Absent: the text is
   * as first imported. Pages reviewed before this day are listed in the review report.
   */
  revised?: string;
}

export interface ParsedStatute {
  chapters: Array<{ title: string; sections: string[] }>;
  articles: StatuteArticle[];
}

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';
const ARTICLE_RE = new RegExp(`^第(${NUMERAL})条(?:[ \\u3000]+|(?=【))(.*)$`);
const CHAPTER_RE = new RegExp(`^(?:#+\\s*)?(第${NUMERAL}章)[ \\u3000]*(.*)$`);
const SECTION_RE = new RegExp(`^(?:#+\\s*)?(第${NUMERAL}节)[ \\u3000]*(.*)$`);
const ITEM_RE = new RegExp(`^（(${NUMERAL})）(.*)$`);
const NOTE_RE = /【([^】]*)】/g;
const EXCERPT_PARAGRAPH_RE = new RegExp(`仅摘录第(${NUMERAL})款`);

/** Collapses the spacing inside headings: "第一章　总　则" → "第一章 总则". */
function headingTitle(label: string, rest: string): string {
  const name = rest.replace(/[ \u3000]+/g, '');
  return name ? `${label} ${name}` : label;
}

export interface ParseOptions {
  /** Keep only articles in this inclusive range (for excerpts that carry context lines). */
  articleRange?: [number, number];
}

export function parseStatute(source: string, options: ParseOptions = {}): ParsedStatute {
  const lines = source.split(/\r?\n/);
  const infoEnd = lines.findIndex((line) => line.includes('<!-- INFO END -->'));
  const body = infoEnd >= 0 ? lines.slice(infoEnd + 1) : lines;

  const chapters: ParsedStatute['chapters'] = [];
  const articles: StatuteArticle[] = [];
  let chapter: string | undefined;
  let section: string | undefined;
  let current: StatuteArticle | undefined;

  for (const raw of body) {
    const line = raw.trim();
    if (!line || line.startsWith('>') || line.startsWith('- ') || line.startsWith('来源')) continue;

    const chapterMatch = CHAPTER_RE.exec(line);
    if (chapterMatch) {
      chapter = headingTitle(chapterMatch[1]!, chapterMatch[2]!);
      section = undefined;
      chapters.push({ title: chapter, sections: [] });
      current = undefined;
      continue;
    }
    const sectionMatch = SECTION_RE.exec(line);
    if (sectionMatch) {
      section = headingTitle(sectionMatch[1]!, sectionMatch[2]!);
      if (!chapters.length) chapters.push({ title: '', sections: [] });
      chapters[chapters.length - 1]!.sections.push(section);
      current = undefined;
      continue;
    }

    const articleMatch = ARTICLE_RE.exec(line);
    if (articleMatch) {
      const number = parseChineseNumeral(articleMatch[1]!);
      let text = articleMatch[2]!;
      const notes = [...text.matchAll(NOTE_RE)].map((match) => match[1]!);
      text = text.replace(NOTE_RE, '').trim();
      const excerpt = notes.map((note) => EXCERPT_PARAGRAPH_RE.exec(note)).find(Boolean);
      const firstParagraph = excerpt ? parseChineseNumeral(excerpt[1]!) : 1;
      current = {
        number,
        label: `第${articleMatch[1]}条`,
        ...(chapter ? { chapter } : {}),
        ...(section ? { section } : {}),
        paragraphs: [{ number: firstParagraph, text, items: [] }],
        ...(notes.length ? { note: notes.join('；') } : {}),
      };
      const [from, to] = options.articleRange ?? [-Infinity, Infinity];
      if (number >= from && number <= to) articles.push(current);
      continue;
    }

    // Text before the first article (a repeated title, context lines) is not law text we cite.
    if (!current) continue;

    const itemMatch = ITEM_RE.exec(line);
    if (itemMatch) {
      const paragraph = current.paragraphs[current.paragraphs.length - 1]!;
      paragraph.items.push({
        number: parseChineseNumeral(itemMatch[1]!),
        label: `（${itemMatch[1]}）`,
        text: itemMatch[2]!.trim(),
      });
      continue;
    }
    const last = current.paragraphs[current.paragraphs.length - 1]!;
    current.paragraphs.push({ number: last.number + 1, text: line, items: [] });
  }
  return { chapters, articles };
}

/** The full text of an article as printed, one paragraph or item per line. */
export function articleText(article: Pick<StatuteArticle, 'paragraphs'>): string {
  return article.paragraphs
    .flatMap((paragraph) => [paragraph.text, ...paragraph.items.map((item) => item.label + item.text)])
    .filter(Boolean)
    .join('\n');
}

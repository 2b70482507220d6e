/**
 * Writes statute data back out as a source file in the layout scripts/import-statutes.ts
 * reads (the ../shared/sources/statutes format: chapter and section lines, 第N条 + text,
 * one line per paragraph, （一） per item). Build scenarios use it to "re-import" a
 * modified law without needing ../shared.
 */
import type { StatuteArticle } from '../../src/lib/statutes/parse-statute.ts';

interface StatuteLike {
  title: string;
  articles: StatuteArticle[];
}

export function statuteSource(statute: StatuteLike): string {
  const lines = [`# ${statute.title}`, '', '<!-- INFO END -->', ''];
  let chapter: string | undefined;
  let section: string | undefined;
  for (const article of statute.articles) {
    if (article.chapter && article.chapter !== chapter) {
      chapter = article.chapter;
      section = undefined;
      lines.push(`## ${chapter}`, '');
    }
    if (article.section && article.section !== section) {
      section = article.section;
      lines.push(`### ${section}`, '');
    }
    article.paragraphs.forEach((paragraph, index) => {
      const note = index === 0 && article.note ? `【${article.note}】` : '';
      lines.push(index === 0 ? `${article.label}　${note}${paragraph.text}` : paragraph.text, '');
      for (const item of paragraph.items) lines.push(`${item.label}${item.text}`, '');
    });
  }
  return lines.join('\n');
}

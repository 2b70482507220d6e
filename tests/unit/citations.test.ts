import { describe, expect, it } from 'vitest';
import { citationAnchor, citationHref, citedText, formatCitation, resolveCitation } from '../../src/lib/citations.ts';

describe('citations', () => {
  it('formats law, article, paragraph and item the way Chinese legal texts do', () => {
    expect(formatCitation({ law: 'organic-2022', article: 12, item: 4 })).toBe('《地方组织法》第十二条第（四）项');
    expect(formatCitation({ law: 'organic-2022', article: 14, paragraph: 3 })).toBe('《地方组织法》第十四条第三款');
    expect(formatCitation({ law: 'deputies-2025', article: 51 })).toBe('《代表法》第五十一条');
  });

  it('links to the anchor of the article, paragraph or item', () => {
    expect(citationHref({ law: 'organic-2022', article: 12, item: 4 })).toBe('/law/organic-2022/#art-12-4');
    expect(citationAnchor({ article: 14, paragraph: 3 })).toBe('art-14-p3');
    expect(citationAnchor({ article: 25 })).toBe('art-25');
  });

  it('resolves to the cited text', () => {
    const item = resolveCitation({ law: 'organic-2022', article: 12, item: 9 });
    expect(item.ok && citedText(item.value)).toBe('（九）听取和审议乡、民族乡、镇的人民代表大会主席团的工作报告；');
    const paragraph = resolveCitation({ law: 'organic-2022', article: 14, paragraph: 4 });
    expect(paragraph.ok && citedText(paragraph.value)).toBe('地方各级人民代表大会会议有三分之二以上的代表出席，始得举行。');
  });

  it('says what is allowed when an article, paragraph or item does not exist', () => {
    const article = resolveCitation({ law: 'organic-2022', article: 999 });
    expect(article.ok).toBe(false);
    expect(!article.ok && article.problem).toBe('《地方组织法》没有第999条；可引用第1条至第90条');
    const paragraph = resolveCitation({ law: 'organic-2022', article: 14, paragraph: 5 });
    expect(!paragraph.ok && paragraph.problem).toBe('《地方组织法》第十四条没有第5款；它有第1–4款');
    const item = resolveCitation({ law: 'organic-2022', article: 12, item: 15 });
    expect(!item.ok && item.problem).toBe('《地方组织法》第十二条没有第15项；它有第1–14项');
    const excerpt = resolveCitation({ law: 'organic-2015', article: 12 });
    expect(!excerpt.ok && excerpt.problem).toMatch(/这一版只收了节选/);
    expect(resolveCitation({ law: 'organic-1979', article: 1 }).ok).toBe(false);
  });
});

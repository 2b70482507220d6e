import { describe, expect, it } from 'vitest';
import { articleText, parseStatute } from '../../src/lib/statutes/parse-statute.ts';

const SAMPLE = `# 某法
1979年7月1日 通过
<!-- INFO END -->
## 第一章 总　则
第一条 第一款文字。

第二款文字。
### 第一节 职权
第二条　乡镇人大行使下列职权：
（一）第一项；
（十二）第十二项。
少数民族聚居的……
第三条 【编者注：仅摘录第二款】只有第二款。
`;

describe('parseStatute', () => {
  const parsed = parseStatute(SAMPLE);

  it('reads chapters and sections, collapsing the spacing in headings', () => {
    expect(parsed.chapters).toEqual([{ title: '第一章 总则', sections: ['第一节 职权'] }]);
  });

  it('splits articles into paragraphs and items, text verbatim without the article label', () => {
    const [first, second] = parsed.articles;
    expect(first!.paragraphs.map((p) => p.text)).toEqual(['第一款文字。', '第二款文字。']);
    expect(second!.label).toBe('第二条');
    expect(second!.section).toBe('第一节 职权');
    expect(second!.paragraphs[0]!.items).toEqual([
      { number: 1, label: '（一）', text: '第一项；' },
      { number: 12, label: '（十二）', text: '第十二项。' },
    ]);
    expect(second!.paragraphs[1]).toEqual({ number: 2, text: '少数民族聚居的……', items: [] });
  });

  it('keeps editor notes apart and numbers an excerpted paragraph as in the law', () => {
    const third = parsed.articles[2]!;
    expect(third.note).toBe('编者注：仅摘录第二款');
    expect(third.paragraphs).toEqual([{ number: 2, text: '只有第二款。', items: [] }]);
  });

  it('ignores metadata before INFO END and can keep a range of articles', () => {
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(parseStatute(SAMPLE, { articleRange: [2, 2] }).articles.map((a) => a.number)).toEqual([2]);
  });

  it('prints an article back one paragraph or item per line', () => {
    expect(articleText(parsed.articles[1]!)).toBe('乡镇人大行使下列职权：\n（一）第一项；\n（十二）第十二项。\n少数民族聚居的……');
  });
});

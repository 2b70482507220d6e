import { describe, expect, it } from 'vitest';
import { bodyCitations, bodyLinks, mdxToPlainText, parseMdx } from '../../src/lib/mdx-body.ts';

const BODY = `
## 这项职权管什么

乡镇的钱要经过大会，见 <Citation law="organic-2022" article={25} />。

<LawQuote law="organic-2022" article={14} paragraph={4} />

- 详见 [预算审查](/procedures/budget-review/)。
`;

describe('MDX bodies', () => {
  it('finds citations with their lines', () => {
    expect(bodyCitations(parseMdx(BODY))).toEqual([
      { component: 'Citation', citation: { law: 'organic-2022', article: 25 }, line: 4 },
      { component: 'LawQuote', citation: { law: 'organic-2022', article: 14, paragraph: 4 }, line: 6 },
    ]);
  });

  it('finds links', () => {
    expect(bodyLinks(parseMdx(BODY))).toEqual([{ href: '/procedures/budget-review/', line: 8 }]);
  });

  it('turns the body into plain text with citations spelled out and quotes in full', () => {
    expect(mdxToPlainText(BODY)).toBe(
      [
        '这项职权管什么',
        '乡镇的钱要经过大会，见 《地方组织法》第二十五条。',
        '地方各级人民代表大会会议有三分之二以上的代表出席，始得举行。（《地方组织法》第十四条第四款）',
        '详见 预算审查。',
      ].join('\n'),
    );
  });
});

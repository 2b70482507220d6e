/**
 * Law versions compared: articles line up across renumbering (checked against the moves the
 * 2022 amendment decision states), the character diff reads in whole phrases, the review
 * report names pages that may be out of date, and citations copy in the standard form.
 */
import { describe, expect, it } from 'vitest';
import { alignArticles, similarity } from '../../src/lib/law-changes/align.ts';
import { charDiff } from '../../src/lib/law-changes/char-diff.ts';
import { lawComparison, articleChange } from '../../src/lib/law-changes/comparison.ts';
import { reviewFindings } from '../../src/lib/law-changes/review-check.ts';
import { formalCitation } from '../../src/lib/citations.ts';
import { inForce } from '../../src/lib/statutes/versions.ts';
import { STATUTES } from '../../src/lib/statutes/statute-data.ts';
import { reviewedSchema } from '../../src/schemas/review.ts';
import type { ContentFile } from '../../src/lib/content-files.ts';

const pairsOf = (lawId: string) =>
  lawComparison(lawId)!.changes.map((change) => [change.old?.number ?? null, change.new?.number ?? null, change.kind] as const);

describe('aligning 地方组织法 2015 → 2022', () => {
  const pairs = pairsOf('organic-2022');

  // 全国人民代表大会关于修改《地方组织法》的决定 (2022-03-11), items 十二, 十三, 十七, 二十, 二十一, 二十二, 二十四, 二十八:
  // "将第九条改为第十二条", "将第十一条改为第十四条", … (../shared/sources/statutes/地方组织法_2022修改决定_乡镇相关条目.md)
  const decisionMoves: Array<[number, number]> = [[9, 12], [11, 14], [22, 27], [19, 42], [37, 43], [53, 59], [28, 24], [29, 23]];
  it.each(decisionMoves)('finds the move the decision states: 2015 Art. %i → 2022 Art. %i', (from, to) => {
    expect(pairs.find(([old]) => old === from)?.[1]).toBe(to);
  });

  it('reads the articles the decision rewrote as reworded, and only township articles it added as new', () => {
    expect(pairs.find(([old]) => old === 9)?.[2]).toBe('reworded');
    expect(pairs.filter(([, , kind]) => kind === 'new').map(([, to]) => to)).toEqual([16, 60, 87, 88]);
    expect(pairs.filter(([, , kind]) => kind === 'removed')).toEqual([]);
  });

  it('keeps every article of the 2015 excerpt, each once', () => {
    const olds = pairs.flatMap(([old]) => (old ? [old] : []));
    expect(olds.sort((a, b) => a - b)).toEqual(STATUTES.get('organic-2015')!.articles.map((article) => article.number));
  });

  it('marks an article that kept its text under a new number as unchanged and moved (2015 Art. 5 → 2022 Art. 8)', () => {
    const change = lawComparison('organic-2022')!.changes.find((candidate) => candidate.old?.number === 5)!;
    expect([change.new?.number, change.kind, change.moved]).toEqual([8, 'unchanged', true]);
  });
});

describe('aligning 代表法 2015 → 2025 (no decision text: pairs from the texts, read by hand)', () => {
  const pairs = pairsOf('deputies-2025');
  it.each([[39, 47], [42, 51], [23, 30], [24, 31], [41, 49], [45, 58], [49, 62], [37, 45], [8, 14]])('2015 Art. %i → 2025 Art. %i', (from, to) => {
    expect(pairs.find(([old]) => old === from)?.[1]).toBe(to);
  });

  it('finds the articles 2025 added (联系群众 28, 督促办理 52, 宣传履职 56) and loses no 2015 article', () => {
    const added = pairs.filter(([, , kind]) => kind === 'new').map(([, to]) => to);
    expect(added).toEqual(expect.arrayContaining([28, 52, 56]));
    expect(pairs.filter(([old]) => old !== null)).toHaveLength(STATUTES.get('deputies-2015')!.articles.length);
  });

  it('does not count a half-width colon become full-width as an amendment (2015 Art. 48 → 2025 Art. 61)', () => {
    expect(pairs.find(([old]) => old === 48)).toEqual([48, 61, 'unchanged']);
  });
});

describe('alignment rules', () => {
  const article = (number: number, text: string) => ({ number, label: `第${number}条`, paragraphs: [{ number: 1, text, items: [] }] });
  const before = [article(1, '乡镇人民政府每届任期五年。'), article(2, '代表可以提出建议、批评和意见。')];
  const after = [article(1, '本法所称代表是指人民代表大会代表。'), article(2, '乡镇人民代表大会会议一般每年举行两次。'), article(3, '代表可以提出建议、批评和意见。')];

  it('matches by shared text, reports new articles, and follows the table over the text', () => {
    const byText = alignArticles(before, after).map((pair) => [pair.old?.number, pair.new?.number, pair.kind]);
    // The removed article stays where it stood: before the article that followed it.
    expect(byText).toEqual([[undefined, 1, 'new'], [undefined, 2, 'new'], [1, undefined, 'removed'], [2, 3, 'unchanged']]);
    const byTable = alignArticles(before, after, { table: { pairs: [{ old: 1, new: 2 }] } }).map((pair) => [pair.old?.number, pair.new?.number, pair.kind]);
    expect(byTable).toContainEqual([1, 2, 'reworded']);
  });

  it('names a table row that points at an article the law does not have', () => {
    expect(() => alignArticles(before, after, { table: { pairs: [{ old: 7, new: 2 }] } })).toThrow('the old version has no article 7');
  });

  it('scores identical text 1 and unrelated text near 0', () => {
    expect(similarity('代表法', '代表法')).toBe(1);
    expect(similarity('乡镇人民代表大会', '预算草案编制')).toBe(0);
  });
});

describe('character diff', () => {
  it('shows the words deleted and inserted, in order', () => {
    expect(charDiff('审查和批准本行政区域内的财政预算', '审查和批准本行政区域内的预算和决算')).toEqual([
      { kind: 'same', text: '审查和批准本行政区域内的' },
      { kind: 'removed', text: '财政' },
      { kind: 'same', text: '预算' },
      { kind: 'added', text: '和决算' },
    ]);
  });

  it('folds a stray shared character inside a rewrite into the change', () => {
    const parts = charDiff('代表可以参加学习', '代表应当参加培训');
    expect(parts).toEqual([
      { kind: 'same', text: '代表' },
      { kind: 'removed', text: '可以' },
      { kind: 'added', text: '应当' },
      { kind: 'same', text: '参加' },
      { kind: 'removed', text: '学习' },
      { kind: 'added', text: '培训' },
    ]);
    // 的 survives in both texts but between two changes it is not worth showing as kept.
    expect(charDiff('甲乙的丙丁戊己庚', '子丑的寅卯戊己庚').filter((part) => part.kind === 'same')).toEqual([{ kind: 'same', text: '戊己庚' }]);
  });

  it('keeps the old and the new text recoverable from the parts', () => {
    const before = STATUTES.get('deputies-2015')!.articles.find((article) => article.number === 39)!;
    const change = lawComparison('deputies-2025')!.changes.find((candidate) => candidate.old?.number === 39)!;
    const parts = change.diff!;
    // Paragraph breaks are layout: one stands between every line shown, so a side may get two in a row.
    const side = (skip: string) => parts.filter((part) => part.kind !== skip && part.kind !== 'note').map((part) => part.text).join('').replace(/\n+/g, '\n');
    const oldText = side('added');
    const newText = side('removed');
    expect(oldText.normalize('NFKC')).toBe(before.paragraphs.map((p) => p.text).join('\n').normalize('NFKC'));
    expect(newText).toContain('乡、民族乡、镇的人民代表大会代表应当参加');
    // A paragraph new in 2025 is shown whole as added, not stitched into its neighbours.
    expect(parts).toContainEqual({ kind: 'added', text: '代表应当学习贯彻中国共产党的理论和路线、方针、政策，熟悉宪法和人民代表大会制度，掌握履职所需的法律知识和其他专业知识。' });
  });

  it('shows a renumbered item as one number replaced by another', () => {
    const change = lawComparison('organic-2022')!.changes.find((candidate) => candidate.new?.number === 12)!;
    expect(change.diff).toContainEqual({ kind: 'removed', text: '（九）' });
    expect(change.diff).toContainEqual({ kind: 'added', text: '（十）' });
  });

  it('compares an excerpted old article only with the part the handbook holds, and says so', () => {
    const change = lawComparison('organic-2022')!.changes.find((candidate) => candidate.new?.number === 32)!;
    // 2015 Art. 27 is held only as its second paragraph, which 2022 Art. 32 ¶2 keeps word for word.
    expect([change.kind, change.scope]).toEqual(['unchanged', '第二款']);
  });

  it('says where a paragraph moved to (代表法 2015 Art. 22 ¶4 → 2025 Art. 31), and where a deleted one\'s words now stand (2015 Art. 2 ¶3 → 2025 Art. 3)', () => {
    const change = lawComparison('deputies-2025')!.changes.find((candidate) => candidate.new?.number === 29)!;
    expect(change.diff).toContainEqual({ kind: 'note', text: '（这一款移到了第三十一条）' });
    const second = lawComparison('deputies-2025')!.changes.find((candidate) => candidate.new?.number === 2)!;
    expect(second.diff).toContainEqual({ kind: 'note', text: '（相近的文字现在在第三条）' });
    // No such note anywhere else: a paragraph that only resembles another is not a move.
    const notes = ['organic-2022', 'deputies-2025'].flatMap((id) => lawComparison(id)!.changes.flatMap((candidate) => (candidate.diff ?? []).filter((part) => part.kind === 'note' && !part.text.startsWith('手册收录'))));
    expect(notes).toHaveLength(3);
  });
});

describe('badges and point in time', () => {
  it('links an article of each version to its place in the comparison', () => {
    expect(articleChange('organic-2022', 12)?.change.anchor).toBe('art-12');
    expect(articleChange('organic-2015', 9)?.change.new?.number).toBe(12);
    expect(articleChange('election-2020', 3)).toBeUndefined();
  });

  it('says from when to when a replaced version was in force', () => {
    expect(inForce(STATUTES.get('organic-2015')!)).toMatchObject({ from: '2015-08-29', until: '2022-03-11' });
    expect(inForce(STATUTES.get('deputies-2015')!)).toMatchObject({ from: '2015-08-29', until: '2025-03-10' });
    expect(inForce(STATUTES.get('deputies-2025')!).until).toBeUndefined();
  });
});

describe('standard citation form', () => {
  it('full title, 条, 款 whenever the article has several, 项 without brackets', () => {
    expect(formalCitation({ law: 'organic-2022', article: 12, item: 9 })).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十二条第一款第九项');
    expect(formalCitation({ law: 'organic-2022', article: 14, paragraph: 1 })).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十四条第一款');
    expect(formalCitation({ law: 'deputies-2025', article: 7, item: 6 })).toBe('《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第七条第六项');
  });

  it('an old version names its amendment after the title', () => {
    expect(formalCitation({ law: 'organic-2015', article: 9 })).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2015年修正）第九条');
  });
});

describe('review trail', () => {
  const file = (data: Record<string, unknown>, body = ''): ContentFile => ({ collection: 'powers', id: 'test', path: '/p/content/powers/test.mdx', data, body });

  it('the schema requires it and says what to write', () => {
    expect(reviewedSchema.safeParse(undefined).error?.issues[0]?.message).toMatch(/^必填：reviewed/);
    expect(reviewedSchema.safeParse({ date: '2026-13', against: [] }).success).toBe(false);
    expect(reviewedSchema.safeParse({ date: '2999-01-01', against: ['organic-2022'] }).error?.issues[0]?.message).toMatch(/将来的日期/);
    expect(reviewedSchema.safeParse({ date: '2026-11-29', against: ['organic-2020'] }).success).toBe(false);
    expect(reviewedSchema.safeParse({ date: new Date('2026-11-29'), against: ['organic-2022'] }).data).toEqual({ date: '2026-11-29', against: ['organic-2022'] });
  });

  it('a page reviewed against every version it cites is not listed', () => {
    const page = file({ reviewed: { date: '2026-11-29', against: ['organic-2022', 'deputies-2025'] }, basis: [{ law: 'organic-2022', article: 14 }] }, '见 <Citation law="deputies-2025" article={47} />。');
    expect(reviewFindings([page], '/p')).toEqual([]);
  });

  it('lists a page that cites a version it was not reviewed against (in frontmatter or body)', () => {
    const page = file({ reviewed: { date: '2026-11-29', against: ['organic-2022'] } }, '见 <Citation law="deputies-2025" article={47} />。');
    expect(reviewFindings([page], '/p')).toEqual([
      expect.objectContaining({ file: 'content/powers/test.mdx', problem: expect.stringContaining('reviewed.against 里没有 deputies-2025') }),
    ]);
  });

  it('lists a page reviewed only against a replaced version, naming the cited articles that changed and their new numbers', () => {
    const page = file({ reviewed: { date: '2024-01-01', against: ['deputies-2015'] }, basis: [{ law: 'deputies-2015', article: 39 }, { law: 'deputies-2015', article: 9 }] });
    const [finding] = reviewFindings([page], '/p');
    expect(finding?.problem).toContain('它已被代表法（deputies-2025）取代');
    expect(finding?.problem).toContain('第三十九条改写了（现为第四十七条）');
    expect(finding?.problem).not.toContain('第九条');
  });
});

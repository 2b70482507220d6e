import { describe, expect, it } from 'vitest';
import { bestBets, normalizeQuery, questionSubject, type BestBetData } from '../../src/lib/search/best-bets.ts';

const entry = (url: string, kind: string, ...names: string[]) => ({ url, title: names[0]!, summary: `${names[0]}的摘要`, kind, names });
const data: BestBetData = {
  entries: [
    entry('/procedures/special-work-report/', '程序', '听取和讨论专项工作报告', '专项报告', '满意度测评'),
    entry('/procedures/work-appraisal/', '程序', '工作评议和满意度测评', '满意度测评'),
    entry('/procedures/inspection-and-research/', '程序', '代表视察和专题调研', '视察', '代表视察'),
    entry('/checklists/oversight-activity/', '清单', '闭会期间监督活动清单', '视察'),
    entry('/powers/government-report/', '职权', '听取和审议政府工作报告'),
    entry('/procedures/constitutional-oath/', '程序', '宪法宣誓'),
    entry('/procedures/voter-registration/', '程序', '选民登记和选民名单公布', '选民证'),
    { ...entry('/glossary/#voter-card', '术语', '选民证', '选民资格证明书'), exactOnly: true },
    { ...entry('/glossary/#deputies-card', '术语', '代表证', '人大代表证'), exactOnly: true },
  ],
  laws: [{ names: ['地方组织法', '组织法'], url: '/law/organic-2022/', title: '地方组织法', fullTitle: '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法', articles: 90 }],
};
const urls = (query: string, kind?: string) => bestBets(query, data, kind).map((bet) => bet.url);

describe('best bets', () => {
  it('puts the page titled as typed first', () => {
    expect(urls('宪法宣誓')[0]).toBe('/procedures/constitutional-oath/');
    expect(urls(' 宪法 宣誓。')[0]).toBe('/procedures/constitutional-oath/');
  });

  it('prefers a title that is mostly the query over a keyword another page lists', () => {
    expect(urls('满意度测评')).toEqual(['/procedures/work-appraisal/', '/procedures/special-work-report/']);
    expect(urls('专项工作报告')).toEqual(['/procedures/special-work-report/']);
  });

  it('breaks keyword ties by kind: the procedure before the checklist', () => {
    expect(urls('视察')).toEqual(['/procedures/inspection-and-research/', '/checklists/oversight-activity/']);
  });

  it('ignores a short common word that is a small part of titles', () => {
    expect(urls('报告')).toEqual([]);
    expect(urls('宪')).toEqual([]);
  });

  it('reads the subject out of a question', () => {
    expect(questionSubject('怎么组织代表视察')).toBe('组织代表视察');
    expect(questionSubject('宪法宣誓是什么')).toBe('宪法宣誓');
    expect(urls('怎么组织代表视察')[0]).toBe('/procedures/inspection-and-research/');
    expect(urls('什么时候宪法宣誓')[0]).toBe('/procedures/constitutional-oath/');
  });

  it('finds a specific name inside a longer question, but not a short common one', () => {
    expect(urls('专项工作报告怎么写')[0]).toBe('/procedures/special-work-report/');
    expect(urls('代表视察要带什么')[0]).toBe('/procedures/inspection-and-research/');
    expect(urls('乡镇人大视察工作的经验交流材料')).toEqual([]);
  });

  it('opens an article named with the law, in Chinese or Arabic numerals, with 款 or 项', () => {
    expect(bestBets('地方组织法第十二条', data)[0]).toMatchObject({ url: '/law/organic-2022/#art-12', title: '《地方组织法》第十二条', kind: '法律' });
    expect(urls('组织法 14条第1款')[0]).toBe('/law/organic-2022/#art-14-p1');
    expect(urls('组织法第十二条第（四）项')[0]).toBe('/law/organic-2022/#art-12-4');
    expect(urls('组织法第九十一条')).toEqual([]);
    expect(urls('选举法第十条')).toEqual([]);
  });

  it('reads a bare article number as the article of the law page the reader is on', () => {
    expect(urls('第十四条')).toEqual([]);
    expect(bestBets('第十四条', data, undefined, '/law/organic-2022/').map((bet) => bet.url)).toEqual(['/law/organic-2022/#art-14']);
  });

  it('respects the kind filter', () => {
    expect(urls('视察', '清单')).toEqual(['/checklists/oversight-activity/']);
  });

  it('finds a glossary term or alias typed exactly, before pages that list it as a keyword', () => {
    expect(urls('代表证')).toEqual(['/glossary/#deputies-card']);
    expect(urls('人大代表证')).toEqual(['/glossary/#deputies-card']);
    expect(urls('选民证')).toEqual(['/glossary/#voter-card', '/procedures/voter-registration/']);
    expect(urls('选民证是什么')).toEqual(['/glossary/#voter-card', '/procedures/voter-registration/']);
  });

  it('does not offer a glossary term for a longer question that merely contains it', () => {
    expect(urls('代表证丢了怎么补办')).toEqual([]);
    expect(urls('代表')).toEqual([]);
  });

  it('normalises case, spaces and punctuation', () => {
    expect(normalizeQuery(' 代表 视察！')).toBe('代表视察');
  });
});

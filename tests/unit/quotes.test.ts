/** Every quoted statute phrase in content matches the statute data, character for character. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { MDX_COLLECTIONS, readCollection, type ContentFile } from '../../src/lib/content-files.ts';
import { checkDeadlineWording, checkQuotedPhrases, checkStepWording } from '../../src/lib/quote-check.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = MDX_COLLECTIONS.flatMap((collection) => readCollection(root, collection));

describe('quoted law in content', () => {
  it('reads the content', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('“phrases” placed before a citation are the cited text word for word', () => {
    expect(files.flatMap(checkQuotedPhrases)).toEqual([]);
  });

  it('step thresholds and deadlines are in the words of the step’s basis', () => {
    expect(files.filter((file) => file.collection === 'procedures').flatMap(checkStepWording)).toEqual([]);
  });

  it('planner deadlines are in the words of their basis', () => {
    expect(files.filter((file) => file.collection === 'procedures').flatMap(checkDeadlineWording)).toEqual([]);
  });

  it('catches a deadline that misquotes its article', () => {
    const file: ContentFile = {
      collection: 'procedures', id: 'z', path: 'content/procedures/z.mdx', body: '',
      data: { deadlines: [{ id: 'first', words: '选举完成后的三个月内', basis: { law: 'organic-2022', article: 20 } }] },
    };
    expect(checkDeadlineWording(file)).toEqual([expect.stringContaining('content/procedures/z.mdx deadlines[0].words: “选举完成后的三个月内” is not in the text')]);
  });

  it('catches a misquote', () => {
    const bad: ContentFile = {
      collection: 'powers', id: 'x', path: 'content/powers/x.mdx', data: {},
      body: '会议“一般每年举行三次”（<Citation law="organic-2022" article={14} paragraph={1} />）。',
    };
    expect(checkQuotedPhrases(bad)).toEqual(['content/powers/x.mdx body line 1: “一般每年举行三次” is not in the text of {"law":"organic-2022","article":14,"paragraph":1}']);
    const step: ContentFile = {
      collection: 'procedures', id: 'y', path: 'content/procedures/y.mdx', body: '',
      data: { steps: [{ title: 't', threshold: '全体代表的三分之二', basis: [{ law: 'organic-2022', article: 25 }] }] },
    };
    expect(checkStepWording(step)).toEqual(['content/procedures/y.mdx steps[0].threshold: “全体代表的三分之二” is not the wording of the step\'s basis']);
  });
});

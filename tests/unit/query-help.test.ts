import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { pinyin } from 'pinyin-pro';
import { expandSynonyms, mentionsQuery, soundsAlike, suggestCorrection, type SynonymRow } from '../../src/lib/search/query-help.ts';
import { synonymSchema } from '../../src/schemas/search.ts';
import { MDX_COLLECTIONS, readCollection } from '../../src/lib/content-files.ts';

const rows: SynonymRow[] = [
  { say: ['人代会', '人大会议'], means: '人民代表大会会议' },
  { say: ['提建议'], means: '建议、批评和意见' },
  { say: ['不干了', '请辞'], means: '辞职' },
];
const vocabulary = ['代表辞职', '罢免', '质询', '质询案', '选民登记', '宪法宣誓', '执法检查', '主席团会议', '代表述职', '代表证', '妇女权益', '人大主席团', '才能'];
// Toneless pinyin for every character above and in the queries below, as search-data.js carries it.
const sounds = (text: string) => Object.fromEntries([...new Set(text.match(/\p{Script=Han}/gu))].map((char) => [char, pinyin(char, { toneType: 'none' })]));
const py = sounds(`${vocabulary.join('')}代表词职执法检差选名登记怎么办罢勉质训开会前要给代表发哪些材料人大主席能不能兼任副镇长代表给站所打分妇女权利几个代表才能提质询`);

describe('synonyms', () => {
  it('rewrites the reader’s phrase into the handbook’s word', () => {
    expect(expandSynonyms('人代会一年开几次', rows)).toBe('人民代表大会会议一年开几次');
    expect(expandSynonyms('代表 提建议', rows)).toBe('代表建议、批评和意见');
    expect(expandSynonyms('主任不干了怎么办', rows)).toBe('主任辞职怎么办');
  });

  it('leaves a query alone when nothing in the table applies', () => {
    expect(expandSynonyms('质询案', rows)).toBeUndefined();
  });
});

describe('typo suggestions', () => {
  it('corrects one wrong character to a word the handbook uses', () => {
    expect(suggestCorrection('代表词职', vocabulary, py)).toBe('代表辞职');
    expect(suggestCorrection('执法检差', vocabulary, py)).toBe('执法检查');
    // 名 ming / 民 min: a front/back nasal slip, the commonest with pinyin input.
    expect(suggestCorrection('选名登记怎么办', vocabulary, py)).toBe('选民登记');
  });

  it('prefers the word whose swapped character sounds the same', () => {
    const words = ['代表述职', '代表辞职'];
    expect(suggestCorrection('代表词职', words)).toBe('代表述职');
    expect(suggestCorrection('代表词职', words, { 词: 'ci', 辞: 'ci', 述: 'shu' })).toBe('代表辞职');
  });

  it('corrects a two-character word only when it is the whole query', () => {
    expect(suggestCorrection('罢勉', vocabulary, py)).toBe('罢免');
    expect(suggestCorrection('质训', vocabulary, py)).toBe('质询');
    expect(suggestCorrection('罢勉代表的程序', vocabulary, py)).toBeUndefined();
  });

  it('does not correct words the handbook uses, or queries far from any', () => {
    expect(suggestCorrection('代表述职', vocabulary, py)).toBeUndefined();
    expect(suggestCorrection('量子计算机', vocabulary, py)).toBeUndefined();
  });

  it('inside a longer question, takes only a swap that sounds alike as a typo', () => {
    // 发 → 证, 能 → 团, 给 → 证, 才 → 证 are different words, not slips of the keyboard.
    expect(suggestCorrection('开会前要给代表发哪些材料', vocabulary, py)).toBeUndefined();
    expect(suggestCorrection('人大主席能不能兼任副镇长', vocabulary, py)).toBeUndefined();
    expect(suggestCorrection('代表给站所打分', vocabulary, py)).toBeUndefined();
    expect(suggestCorrection('几个代表才能提质询', vocabulary, py)).toBeUndefined();
  });

  it('lets a short query that is a term by itself be any one edit away', () => {
    expect(suggestCorrection('妇女权利', vocabulary, py)).toBe('妇女权益');
    expect(suggestCorrection('代表辞辞职', vocabulary, py)).toBe('代表辞职');
  });

  it('folds the pinyin distinctions input users blur', () => {
    expect(soundsAlike('名', '民', { 名: 'ming', 民: 'min' })).toBe(true);
    expect(soundsAlike('词', '辞', { 词: 'ci', 辞: 'ci' })).toBe(true);
    expect(soundsAlike('是', '四', { 是: 'shi', 四: 'si' })).toBe(true);
    expect(soundsAlike('给', '证', { 给: 'gei', 证: 'zheng' })).toBe(false);
  });
});

describe('whether results speak to the query', () => {
  it('needs a third of the query’s two-character pieces on the page', () => {
    expect(mentionsQuery('量子计算机', '预算收入和预算支出以人民币元为计算单位')).toBe(false);
    expect(mentionsQuery('受质询机关', '受质询机关应当在主席团会议上答复')).toBe(true);
    expect(mentionsQuery('建议交给政府多久要回复', '代表建议交有关机关办理，自交办之日起三个月内答复；政府应当回复代表')).toBe(true);
  });
});

describe('content/search/synonyms.yaml', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const table = parse(readFileSync(`${root}content/search/synonyms.yaml`, 'utf8')) as unknown[];
  const text = MDX_COLLECTIONS.flatMap((collection) => readCollection(root, collection)).map((file) => `${JSON.stringify(file.data)}\n${file.body}`).join('\n');

  it('validates row by row', () => {
    const problems = table.flatMap((row, index) => {
      const result = synonymSchema.safeParse(row);
      return result.success ? [] : result.error.issues.map((issue) => `row ${index + 1} ${issue.path.join('.')}: ${issue.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('maps only to words the handbook actually uses', () => {
    const missing = (table as SynonymRow[]).filter((row) => !text.includes(row.means)).map((row) => row.means);
    expect(missing).toEqual([]);
  });

  it('lists each reader’s phrase once', () => {
    const phrases = (table as SynonymRow[]).flatMap((row) => row.say);
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });
});

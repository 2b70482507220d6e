import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { expandSynonyms, mentionsQuery, soundsAlike, subjectWords, suggestCorrection, type SynonymRow } from '../../src/lib/search/query-help.ts';
import { buildLexicon, readLexicon, splitWords } from '../../src/lib/search/query-words.ts';

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

  it('still knows a phrase with a small word put inside it (多久要回复, 提个建议)', () => {
    const table: SynonymRow[] = [...rows, { say: ['多久回复'], means: '答复期限' }];
    expect(expandSynonyms('建议交给政府多久要回复', table)).toBe('建议交给政府答复期限');
    expect(expandSynonyms('代表提个建议', table)).toBe('代表建议、批评和意见');
    // Only one small word, and only one of the listed ones: 提了两条建议 is not 提建议.
    expect(expandSynonyms('代表提了两条建议', table)).toBeUndefined();
  });
});

describe('splitting a question into words', () => {
  // The handbook's words: the splitter's words of a text and the handbook's own terms.
  const text = '代表可以依法提出质询案。质询案由受质询机关答复。代表工作。代表工作。述职工作。人民代表大会会议举行。举行会议。提出了意见。提出了意见。';
  const lexicon = readLexicon(buildLexicon(text, ['质询', '迁出', '述职', '代表']));

  it('uses the handbook’s terms where the browser’s splitter would cut them', () => {
    expect(subjectWords('几个代表才能提质询', lexicon)).toEqual(['代表', '质询']);
    expect(subjectWords('代表搬到外地，迁出了还算代表吗', lexicon)).toContain('迁出');
    expect(subjectWords('代表怎么向选民述职工作', lexicon)).toEqual(expect.arrayContaining(['述职', '工作']));
    expect(subjectWords('代表怎么向选民述职工作', lexicon)).not.toContain('职工');
  });

  it('keeps unknown characters that stand together as one word', () => {
    expect(splitWords('始得举行', lexicon)).toEqual(['始得', '举行']);
    // Particles and prepositions stay apart.
    expect(splitWords('会议举行了吗', lexicon)).toEqual(['会议', '举行', '了', '吗']);
  });

  it('ships words by frequency bucket and counts a term even if the text never uses it', () => {
    const packed = buildLexicon('代表代表代表代表', ['宪法宣誓']);
    expect(packed.some((bucket) => bucket.split(' ').includes('宪法宣誓'))).toBe(true);
    const read = readLexicon(packed);
    expect(read.get('代表')).toBeLessThan(read.get('宪法宣誓')!);
  });
});

describe('relevance', () => {
  it('a short term must be there, not just one of its characters or one half', () => {
    expect(mentionsQuery('今天天气怎么样', '今天的会议议程；天天开会')).toBe(false);
    expect(mentionsQuery('天气', '气候和天然')).toBe(false);
    expect(mentionsQuery('选民证', '凭选民证领取选票')).toBe(true);
    expect(mentionsQuery('量子计算机', '计算代表名额')).toBe(false);
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

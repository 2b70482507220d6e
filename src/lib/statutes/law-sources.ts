/**
 * Which statute versions the handbook carries, where each comes from in
 * ../shared/sources/statutes, and the facts about each version that the source
 * file states in its header. `scripts/import-statutes.ts` turns these into
 * content/statutes/<id>.json; `tests/unit/statutes-source.test.ts` checks the
 * committed data against the source files, article by article.
 */
export interface LawSource {
  id: string;
  file: string;
  title: string;
  shortTitle: string;
  /** Date the law was first adopted. */
  adopted: string;
  /** Date of the amendment this version reflects (absent for an original text). */
  amended?: string;
  /** Date this version took effect, where the source file states it. */
  effective?: string;
  status: 'current' | 'superseded';
  /** The version that replaced this one. */
  supersededBy?: string;
  /** full: the whole law; excerpt: only the articles listed in the source file. */
  scope: 'full' | 'excerpt';
  /** One sentence on what the version is and where the text comes from. */
  description: string;
  articleRange?: [number, number];
}

export const LAW_SOURCES: LawSource[] = [
  {
    id: 'organic-2022',
    file: '地方组织法_2022修正_全文.md',
    title: '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法',
    shortTitle: '地方组织法',
    adopted: '1979-07-01',
    amended: '2022-03-11',
    effective: '2022-03-12',
    status: 'current',
    scope: 'full',
    description: '2022年3月11日第十三届全国人民代表大会第五次会议第六次修正，现行有效。',
  },
  {
    id: 'organic-2015',
    file: '地方组织法_2015修正_乡镇相关条文.md',
    title: '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法（2015年修正）',
    shortTitle: '地方组织法（2015）',
    adopted: '1979-07-01',
    amended: '2015-08-29',
    effective: '2015-08-29',
    status: 'superseded',
    supersededBy: 'organic-2022',
    scope: 'excerpt',
    description: '2015年8月29日第五次修正的文本，只收与乡、民族乡、镇人大有关的条文；已被2022年修正取代。',
  },
  {
    id: 'deputies-2025',
    file: '代表法_2025修正_全文.md',
    title: '中华人民共和国全国人民代表大会和地方各级人民代表大会代表法',
    shortTitle: '代表法',
    adopted: '1992-04-03',
    amended: '2025-03-11',
    effective: '2025-03-11',
    status: 'current',
    scope: 'full',
    description: '2025年3月11日第十四届全国人民代表大会第三次会议第四次修正，自公布之日起施行，现行有效。',
  },
  {
    id: 'deputies-2015',
    file: '代表法_2015修正_全文.md',
    title: '中华人民共和国全国人民代表大会和地方各级人民代表大会代表法（2015年修正）',
    shortTitle: '代表法（2015）',
    adopted: '1992-04-03',
    amended: '2015-08-29',
    effective: '2015-08-29',
    status: 'superseded',
    supersededBy: 'deputies-2025',
    scope: 'full',
    description: '2015年8月29日第三次修正的文本；已被2025年修正取代。',
  },
  {
    id: 'election-2020',
    file: '选举法_2020修正_全文.md',
    title: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法',
    shortTitle: '选举法',
    adopted: '1979-07-01',
    amended: '2020-10-17',
    status: 'current',
    scope: 'full',
    description: '2020年10月17日第十三届全国人民代表大会常务委员会第二十二次会议第七次修正，现行有效。',
  },
  {
    id: 'budget-2018',
    file: '预算法_2018修正_全文.md',
    title: '中华人民共和国预算法',
    shortTitle: '预算法',
    adopted: '1994-03-22',
    amended: '2018-12-29',
    status: 'current',
    scope: 'full',
    description: '2018年12月29日第十三届全国人民代表大会常务委员会第七次会议第二次修正，现行有效。',
  },
  {
    id: 'budget-rules-2020',
    file: '预算法实施条例_2020修订_全文.md',
    title: '中华人民共和国预算法实施条例',
    shortTitle: '预算法实施条例',
    adopted: '1995-11-22',
    amended: '2020-08-03',
    status: 'current',
    scope: 'full',
    description: '国务院行政法规。2020年8月3日国务院令第729号修订，现行有效。',
  },
  {
    id: 'constitution',
    file: '宪法_2018修正_全文.md',
    title: '中华人民共和国宪法',
    shortTitle: '宪法',
    adopted: '1982-12-04',
    amended: '2018-03-11',
    effective: '2018-03-11',
    status: 'current',
    scope: 'full',
    description: '1982年12月4日第五届全国人民代表大会第五次会议通过，2018年3月11日第十三届全国人民代表大会第一次会议通过的宪法修正案为最近一次修正，现行有效。本页收录第一条至第一百四十三条全部条文，序言未收录。',
  },
];

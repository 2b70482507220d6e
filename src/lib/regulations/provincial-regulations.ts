/**
 * The provincial regulations the handbook may rely on where national law is silent,
 * one per file in ../shared/sources/regulations. Provincial rules differ and predate the
 * 2022 national amendment, so every mention on a page must name the province and the
 * version year; `checkProvincialMentions` enforces that, and a unit test checks every
 * article number a page gives for a regulation against the regulation's text.
 */
export interface ProvincialRegulation {
  /** Province or municipality as written in mentions: 广东, 重庆. */
  province: string;
  /** Full title. */
  title: string;
  /** Years a mention may give for this version (adoption, amendment or revision year). */
  years: number[];
  /** Words that pick this regulation when a province has several of the same year. */
  keywords: string[];
  /** File name in ../shared/sources/regulations. */
  file: string;
}

export const PROVINCIAL_REGULATIONS: ProvincialRegulation[] = [
  { province: '甘肃', title: '甘肃省乡镇人民代表大会工作条例', years: [2016], keywords: ['乡镇'], file: '甘肃省乡镇人民代表大会工作条例_2016修正.md' },
  { province: '广东', title: '广东省乡镇人民代表大会工作条例', years: [2017], keywords: ['乡镇'], file: '广东省乡镇人民代表大会工作条例_2017修订.md' },
  { province: '浙江', title: '浙江省乡镇人民代表大会工作条例', years: [2016], keywords: ['乡镇'], file: '浙江省乡镇人民代表大会工作条例_2016.md' },
  { province: '浙江', title: '浙江省预算审查监督条例', years: [2016], keywords: ['预算'], file: '浙江省预算审查监督条例_2016.md' },
  { province: '浙江', title: '浙江省县、乡两级人民代表大会代表选举实施细则', years: [2021], keywords: ['选举'], file: '浙江省县、乡两级人民代表大会代表选举实施细则_2021.md' },
  { province: '浙江', title: '浙江省街道人大工作条例', years: [2019], keywords: ['街道'], file: '浙江省街道人大工作条例_2019.md' },
  { province: '浙江', title: '浙江省组织实施宪法宣誓制度办法', years: [2015], keywords: ['宣誓'], file: '浙江省组织实施宪法宣誓制度办法_2015.md' },
  { province: '重庆', title: '重庆市乡镇人民代表大会工作条例', years: [2016], keywords: ['乡镇'], file: '重庆市乡镇人民代表大会工作条例_2016.md' },
  { province: '重庆', title: '重庆市区县（自治县）人民代表大会常务委员会街道工作委员会工作条例', years: [2016], keywords: ['街道'], file: '重庆市区县人大常委会街道工作委员会工作条例_2016.md' },
  { province: '山东', title: '山东省乡镇人民代表大会工作若干规定', years: [2015], keywords: ['乡镇'], file: '山东省乡镇人民代表大会工作若干规定_2015.md' },
  // The file is named _2015, but its header records the 2021-03-24 amendment and its text is that version.
  { province: '山东', title: '山东省县乡两级人民代表大会选举实施细则', years: [2021, 2015], keywords: ['选举'], file: '山东省县乡两级人民代表大会选举实施细则_2015.md' },
  { province: '河南', title: '河南省乡镇人民代表大会主席团工作条例', years: [2016], keywords: ['主席团'], file: '河南省乡镇人民代表大会主席团工作条例.md' },
  { province: '北京', title: '北京市乡、民族乡、镇人民代表大会组织条例', years: [2016], keywords: ['组织条例', '乡镇'], file: '北京市乡民族乡镇人民代表大会组织条例.md' },
  { province: '北京', title: '北京市区、乡、民族乡、镇人民代表大会代表选举实施细则', years: [2021], keywords: ['选举'], file: '北京市区、乡、民族乡、镇人民代表大会代表选举实施细则_2021.md' },
  // The file is named _2018, but its header records only the 2015-11-27 adoption; pages cite it as 2015.
  { province: '北京', title: '北京市国家工作人员宪法宣誓组织办法', years: [2015, 2018], keywords: ['宣誓'], file: '北京市国家工作人员宪法宣誓组织办法_2018.md' },
  { province: '上海', title: '上海市区和乡镇人民代表大会代表直接选举实施细则', years: [2021], keywords: ['选举'], file: '上海市区和乡镇人民代表大会代表直接选举实施细则_2021.md' },
];

export const PROVINCES = [...new Set(PROVINCIAL_REGULATIONS.map((regulation) => regulation.province))];

import { describe, expect, it } from 'vitest';
import { resolveCitation } from '../../src/lib/citations.ts';
import { LAW_IDS, STATUTES } from '../../src/lib/statutes/statute-data.ts';
import {
  LAW_ORDER, MAX_HITS, displayWidth, findLaw, lawCommand, parseArticleInput, parseQuery, parseReference, searchLaws, type LawCitation,
} from '../../src/lib/statutes/law-lookup.ts';

const laws = [...STATUTES.values()];

/** `{ law: organic-2022, article: 12, item: 4 }` as printed → the citation. */
function readCitation(text: string): LawCitation {
  const match = /\{ law: ([a-z0-9-]+), article: (\d+)(?:, paragraph: (\d+))?(?:, item: (\d+))? \}/.exec(text);
  if (!match) throw new Error(`no citation in ${text}`);
  return { law: match[1]!, article: Number(match[2]), ...(match[3] ? { paragraph: Number(match[3]) } : {}), ...(match[4] ? { item: Number(match[4]) } : {}) };
}

/** The text a citation points at, as the command shows it: the item with its label, else the paragraph, else the article's one paragraph. */
function pointedText(citation: LawCitation): string {
  const resolved = resolveCitation(citation);
  if (!resolved.ok) throw new Error(resolved.problem);
  if (resolved.value.item) return resolved.value.item.label + resolved.value.item.text;
  const paragraphs = resolved.value.paragraph ? [resolved.value.paragraph] : resolved.value.article.paragraphs;
  expect(paragraphs).toHaveLength(1);
  return paragraphs[0]!.text;
}

/** The command's lines with nothing wrapped. */
const unwrapped = (args: string[]) => lawCommand(args, laws, { width: Infinity });

describe('npm run law: finding the law', () => {
  it('keeps its display order in step with statute-data.ts', () => {
    expect(LAW_ORDER).toEqual([...LAW_IDS]);
  });

  it.each([
    ['组织法', 'organic-2022'],
    ['地方组织法', 'organic-2022'],
    ['《地方组织法》', 'organic-2022'],
    ['代表法', 'deputies-2025'],
    ['选举法', 'election-2020'],
    ['预算法', 'budget-2018'],
    ['预算法实施条例', 'budget-rules-2020'],
    ['实施条例', 'budget-rules-2020'],
    ['宪法', 'constitution'],
    ['中华人民共和国预算法', 'budget-2018'],
    ['organic-2015', 'organic-2015'],
    ['deputies-2015', 'deputies-2015'],
    ['Organic-2022', 'organic-2022'],
    ['代表法2015', 'deputies-2015'],
    ['代表法（2015）', 'deputies-2015'],
    ['地方组织法（2015）', 'organic-2015'],
    ['组织法2022', 'organic-2022'],
  ])('%s → %s', (name, id) => {
    expect(findLaw(name, laws)?.id).toBe(id);
  });

  it('finds nothing for a law the handbook does not carry or a version it lacks', () => {
    expect(findLaw('民法典', laws)).toBeUndefined();
    expect(findLaw('代表法2010', laws)).toBeUndefined();
    expect(findLaw('organic-2010', laws)).toBeUndefined();
  });
});

describe('npm run law: reading the article number', () => {
  it.each(['19', '第19条', '19条', '十九', '第十九条', '１９'])('%s → 19', (text) => {
    expect(parseArticleInput(text)).toBe(19);
  });

  it('reads 一百零三 and rejects what is not an article number', () => {
    expect(parseArticleInput('第一百零三条')).toBe(103);
    for (const text of ['', 'x', '0', '第条', '十九款', '19.5']) expect(parseArticleInput(text)).toBeUndefined();
  });

  it.each<[string, object]>([
    ['12', { article: 12 }],
    ['第十二条', { article: 12 }],
    ['第十二条第四项', { article: 12, item: 4 }],
    ['12条4项', { article: 12, item: 4 }],
    ['第12条第（四）项', { article: 12, item: 4 }],
    ['第14条第3款', { article: 14, paragraph: 3 }],
    ['14条3款', { article: 14, paragraph: 3 }],
    ['14 3', { article: 14, paragraph: 3 }],
    ['１４　３', { article: 14, paragraph: 3 }],
    ['14 3款', { article: 14, paragraph: 3 }],
    ['第十二条第一款第四项', { article: 12, paragraph: 1, item: 4 }],
    ['12条1款4项', { article: 12, paragraph: 1, item: 4 }],
    ['12 第一款 4项', { article: 12, paragraph: 1, item: 4 }],
    ['12 4项', { article: 12, item: 4 }],
  ])('reads the reference %s', (text, reference) => {
    expect(parseReference(text)).toEqual(reference);
  });

  it.each(['12.4', '12条4', '十九款', '第3款', '12 3 4', '第x条', '12项4条', '（四）', '12 0'])('does not guess at %s', (text) => {
    expect(parseReference(text)).toBeUndefined();
  });
});

describe('npm run law: reading the arguments', () => {
  const kind = (...args: string[]) => {
    const query = parseQuery(args, laws);
    return {
      kind: query.kind,
      ...('law' in query && query.law ? { law: query.law.id } : {}),
      ...('reference' in query ? { reference: query.reference } : {}),
      ...('words' in query ? { words: query.words } : {}),
      ...('name' in query ? { name: query.name } : {}),
    };
  };

  it('finds the law and the article, as separate words or in one piece', () => {
    expect(kind('组织法', '19')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 19 } });
    expect(kind('代表法', '2015', '第十条')).toEqual({ kind: 'reference', law: 'deputies-2015', reference: { article: 10 } });
    expect(kind('组织法第十九条')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 19 } });
    expect(kind('预算法实施条例10')).toEqual({ kind: 'reference', law: 'budget-rules-2020', reference: { article: 10 } });
    expect(kind('组织法', '第十二条第四项')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 12, item: 4 } });
    expect(kind('组织法第十二条第四项')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 12, item: 4 } });
    expect(kind('组织法', '19', '3')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 19, paragraph: 3 } });
    expect(kind('组织法 14 3')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 14, paragraph: 3 } });
    expect(kind('组织法', '20', '15')).toEqual({ kind: 'reference', law: 'organic-2022', reference: { article: 20, paragraph: 15 } });
    expect(kind('代表法2015', '10', '2')).toEqual({ kind: 'reference', law: 'deputies-2015', reference: { article: 10, paragraph: 2 } });
  });

  it('takes a law alone as a request for its outline', () => {
    expect(kind('组织法')).toEqual({ kind: 'law', law: 'organic-2022' });
    expect(kind('代表法2015')).toEqual({ kind: 'law', law: 'deputies-2015' });
    expect(kind('代表法', '2015')).toEqual({ kind: 'law', law: 'deputies-2015' });
  });

  it('takes other words as words to search for, in the law named or in all current laws', () => {
    expect(kind('代表法', '联系选民')).toEqual({ kind: 'search', law: 'deputies-2025', words: ['联系选民'] });
    expect(kind('代表法', '2015', '联系', '选民')).toEqual({ kind: 'search', law: 'deputies-2015', words: ['联系', '选民'] });
    expect(kind('联系选民')).toEqual({ kind: 'search', words: ['联系选民'] });
    expect(kind('联系 选民')).toEqual({ kind: 'search', words: ['联系', '选民'] });
    expect(kind('“联系选民”')).toEqual({ kind: 'search', words: ['联系选民'] });
    // A phrase that begins with a law's name is still a phrase.
    expect(kind('宪法和法律')).toEqual({ kind: 'search', words: ['宪法和法律'] });
  });

  it('tells a number without a law, a law it does not know and a number it cannot read apart', () => {
    expect(kind('12')).toEqual({ kind: 'no-law', reference: { article: 12 } });
    expect(kind('第十二条第四项')).toEqual({ kind: 'no-law', reference: { article: 12, item: 4 } });
    expect(kind('12.4')).toEqual({ kind: 'no-law' });
    expect(kind('民法典', '19', '3')).toEqual({ kind: 'unknown-law', name: '民法典' });
    expect(kind('民法典19')).toEqual({ kind: 'unknown-law', name: '民法典' });
    expect(kind('代表法2010', '3')).toEqual({ kind: 'unknown-law', name: '代表法2010' });
    expect(kind('代表法', '第x条')).toEqual({ kind: 'bad-reference', law: 'deputies-2025' });
    expect(kind('组织法', '12.4')).toEqual({ kind: 'bad-reference', law: 'organic-2022' });
    expect(kind()).toEqual({ kind: 'usage' });
  });
});

describe('npm run law: the article as printed', () => {
  it('prints the heading, each paragraph and item followed by its own citation, and the whole article’s citation', () => {
    const { lines, exitCode } = unwrapped(['组织法', '12']);
    expect(exitCode).toBe(0);
    expect(lines[0]).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十二条');
    expect(lines.slice(1, 3)).toEqual(['第1款  乡、民族乡、镇的人民代表大会行使下列职权：', '       → { law: organic-2022, article: 12, paragraph: 1 }']);
    const ninth = lines.indexOf('    （九）听取和审议乡、民族乡、镇的人民代表大会主席团的工作报告；');
    expect(lines[ninth + 1]).toBe('          → { law: organic-2022, article: 12, item: 9 }');
    expect(lines.filter((line) => line.startsWith('第2款  少数民族聚居的'))).toHaveLength(1);
    expect(lines.slice(-2)).toEqual(['整条引用：{ law: organic-2022, article: 12 }', '正文：<Citation law="organic-2022" article={12} />']);
  });

  it('names an old version as such and keeps an excerpt’s paragraph numbers', () => {
    const { lines } = lawCommand(['organic-2015', '第二十七条'], laws);
    expect(lines[0]).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2015年修正）第二十七条');
    expect(lines).toContain('（旧版本，现行版本是 organic-2022）');
    expect(lines.some((line) => line.startsWith('第2款  '))).toBe(true);
    expect(lines).toContain('       → { law: organic-2015, article: 27, paragraph: 2 }');
    expect(lawCommand(['organic-2015', '27', '1'], laws).lines).toEqual(['《地方组织法（2015）》第二十七条没有第1款：这一版本只摘录了第2款。']);
  });

  // The point of the command: every citation it prints resolves, to the text printed just above it.
  it('follows every paragraph and item of every law with a citation that resolves to that text', () => {
    let checked = 0;
    for (const law of laws) {
      for (const article of law.articles) {
        const { lines } = unwrapped([law.id, String(article.number)]);
        lines.forEach((line, index) => {
          if (!line.trimStart().startsWith('→ ')) return;
          const shown = lines[index - 1]!.replace(/^第\d+款  /, '').trim();
          expect(pointedText(readCitation(line))).toBe(shown);
          checked++;
        });
        const whole = readCitation(lines.at(-2)!);
        expect(whole).toEqual({ law: law.id, article: article.number });
        expect(resolveCitation(whole).ok).toBe(true);
        // A one-paragraph article has no 款 citation of its own: its text is the whole article's.
        if (article.paragraphs.length === 1 && article.paragraphs[0]!.number === 1 && article.paragraphs[0]!.text) expect(lines).toContain(`  ${article.paragraphs[0]!.text}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('cites an item of a later paragraph with its paragraph when an earlier one has an item of that number', () => {
    for (const law of laws) {
      for (const article of law.articles) {
        const seen = new Set<number>();
        for (const paragraph of article.paragraphs) {
          for (const item of paragraph.items) {
            const { lines } = unwrapped([law.id, `${article.number}条${paragraph.number}款${item.number}项`]);
            const citation = readCitation(lines.at(-2)!);
            expect(citation.paragraph).toBe(seen.has(item.number) ? paragraph.number : undefined);
            expect(pointedText(citation)).toBe(item.label + item.text);
          }
          for (const item of paragraph.items) seen.add(item.number);
        }
      }
    }
  });

  it('wraps law text to 80 columns without losing or splitting any of it', () => {
    for (const args of [['组织法', '12'], ['代表法', '31'], ['预算法', '1'], ['代表法', '联系选民'], ['选举法', '代表'], ['organic-2015']]) {
      const wrapped = lawCommand(args, laws).lines;
      const flat = unwrapped(args).lines;
      // Headings (the version's full title) stay whole on one line; everything else fits.
      for (const line of wrapped.slice(1)) if (!line.startsWith('《')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      const text = (lines: string[]) => lines.map((line) => line.replace(/^第\d+款  /, '').trim()).join('');
      expect(text(wrapped)).toBe(text(flat));
      for (const line of wrapped) expect(line.trimStart()).not.toMatch(/^[，。、；：）》」”]/);
    }
  });
});

describe('npm run law: one 款 or 项', () => {
  it('prints the item asked for, under its article’s heading, with its citation', () => {
    const { lines, exitCode } = unwrapped(['组织法', '第十二条第四项']);
    expect(exitCode).toBe(0);
    expect(lines).toEqual([
      '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十二条第一款第（四）项',
      '  （四）审查和批准本行政区域内的预算和预算执行情况的报告，监督本级预算的执行，审查和批准本级预算的调整方案，审查和批准本级决算；',
      '',
      '引用：{ law: organic-2022, article: 12, item: 4 }',
      '正文：<Citation law="organic-2022" article={12} item={4} />',
    ]);
    for (const form of ['12条4项', '第12条第4项', '第十二条第一款第（四）项', '12条1款4项']) expect(unwrapped(['组织法', form]).lines).toEqual(lines);
  });

  it('prints the paragraph asked for, with its items', () => {
    const { lines } = unwrapped(['组织法', '14', '3']);
    expect(lines[0]).toBe('《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十四条第三款');
    expect(lines[1]).toMatch(/^第3款  县级以上的地方各级人民代表大会常务委员会或者乡、民族乡、镇的人民代表大会主席团认为必要/);
    expect(lines.slice(-2)).toEqual(['引用：{ law: organic-2022, article: 14, paragraph: 3 }', '正文：<Citation law="organic-2022" article={14} paragraph={3} />']);
    expect(unwrapped(['组织法', '第14条第3款']).lines).toEqual(lines);
    expect(unwrapped(['组织法14条3款']).lines).toEqual(lines);
    const withItems = unwrapped(['组织法', '12', '1']).lines;
    expect(withItems).toContain('            → { law: organic-2022, article: 12, item: 14 }');
    expect(withItems.at(-2)).toBe('引用：{ law: organic-2022, article: 12, paragraph: 1 }');
  });

  it('cites the one paragraph of an article as the article, and says so', () => {
    const { lines } = unwrapped(['代表法', '1', '1']);
    expect(lines).toContain('（本条只有一款：引用时不写 paragraph）');
    expect(lines.at(-2)).toBe('引用：{ law: deputies-2025, article: 1 }');
  });

  it('says which 款 and 项 the article has', () => {
    expect(lawCommand(['组织法', '12', '3'], laws)).toEqual({ lines: ['《地方组织法》第十二条没有第3款：只有第1–2款。'], exitCode: 1 });
    expect(lawCommand(['组织法', '12条15项'], laws)).toEqual({ lines: ['《地方组织法》第十二条没有第15项：只有第1–14项。'], exitCode: 1 });
    expect(lawCommand(['组织法', '12条2款1项'], laws)).toEqual({ lines: ['《地方组织法》第十二条第二款没有第1项：没有分项。'], exitCode: 1 });
    expect(lawCommand(['代表法', '1', '2'], laws).lines[0]).toBe('《代表法》第一条没有第2款：只有一款（引用时不写 paragraph）。');
  });
});

describe('npm run law: a law alone', () => {
  it('prints its title, its articles by chapter and how to look one up, with examples that work', () => {
    const { lines, exitCode } = lawCommand(['代表法'], laws);
    expect(exitCode).toBe(0);
    expect(lines[0]).toBe('《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》（2025年修正）');
    expect(lines[1]).toBe('deputies-2025（现行版本），共 65 条（第1–65条）');
    expect(lines).toContain('  第一章 总则  第1–12条');
    const examples = lines.filter((line) => line.includes('npm run law -- ') && !line.includes('词语'));
    expect(examples).toHaveLength(3);
    for (const example of examples) {
      const args = /npm run law -- ([^\s（]+(?: [^\s（]+)*)/.exec(example)![1]!.split(' ');
      expect(lawCommand(args, laws).exitCode, example).toBe(0);
    }
  });

  it('lists the articles of an excerpt', () => {
    expect(lawCommand(['organic-2015'], laws).lines.join('')).toMatch(/旧版本，现行版本是 organic-2022）.*只摘录了 21 条：第5、6、9、/);
  });
});

describe('npm run law: searching by words', () => {
  it('finds a phrase of the 代表法 in that article first, with the citation and the words marked', () => {
    const { lines, exitCode } = unwrapped(['代表法', '联系选民']);
    expect(exitCode).toBe(0);
    expect(lines.slice(0, 5)).toEqual([
      '《代表法》中含“联系选民”的有 1 处：',
      '',
      '《代表法》第三十七条',
      '  → { law: deputies-2025, article: 37 }',
      '  乡、民族乡、镇的人民代表大会代表在本级人民代表大会闭会期间，根据统一安排，开展调研等活动；组成代表小组，分工【联系选民】，反映人民群众的意见和要求。',
    ]);
    // Separate words: the paragraphs that have them as one phrase come first.
    const words = searchLaws([STATUTES.get('deputies-2025')!], ['联系', '选民']);
    expect(words[0]!.citation).toEqual({ law: 'deputies-2025', article: 37 });
    expect(words.length).toBeGreaterThan(1);
    expect(words.slice(1).every((hit) => !hit.phrase)).toBe(true);
  });

  it('searches the current laws when no law is named, and the version named', () => {
    const all = searchLaws(laws.filter((law) => law.status === 'current'), ['联系选民']).map((hit) => hit.citation);
    expect(all).toEqual([{ law: 'organic-2022', article: 43, paragraph: 3 }, { law: 'deputies-2025', article: 37 }]);
    expect(unwrapped(['联系选民']).lines[0]).toBe('现行法律中含“联系选民”的有 2 处：');
    expect(unwrapped(['代表法', '2015', '联系选民']).lines[3]).toBe('  → { law: deputies-2015, article: 30 }');
    const item = unwrapped(['组织法', '预算', '调整']).lines;
    expect(item.slice(2, 5)).toEqual(['《地方组织法》第十二条第一款第（四）项', '  → { law: organic-2022, article: 12, item: 4 }', '  （四）审查和批准本行政区域内的【预算】和【预算】执行情况的报告，监督本级【预算】的执行，审查和批准本级【预算】的【调整】方案，审查和批准本级决算；']);
  });

  it('prints citations that resolve to the text shown', () => {
    let checked = 0;
    for (const args of [['代表'], ['代表法', '代表'], ['选民'], ['组织法', '预算'], ['宪法', '人民代表大会'], ['代表法2015', '选民'], ['乡', '主席团']]) {
      const { lines } = unwrapped(args);
      lines.forEach((line, index) => {
        if (!line.startsWith('  → ')) return;
        expect(pointedText(readCitation(line))).toBe(lines[index + 1]!.trim().replace(/[【】]/g, ''));
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('lists at most 15 hits and counts the rest', () => {
    const { lines } = unwrapped(['代表']);
    const total = Number(/有 (\d+) 处/.exec(lines[0]!)![1]);
    expect(total).toBeGreaterThan(MAX_HITS);
    expect(lines.filter((line) => line.startsWith('  → '))).toHaveLength(MAX_HITS);
    expect(lines.at(-1)).toMatch(new RegExp(`^……另有 ${total - MAX_HITS} 处没有列出`));
  });

  it('marks the words in bold for a terminal', () => {
    const { lines } = lawCommand(['代表法', '联系选民'], laws, { highlight: 'bold', width: Infinity });
    expect(lines[4]).toContain('分工\x1b[1m联系选民\x1b[22m，');
    expect(displayWidth(lines[4]!)).toBe(2 + 2 * [...lines[4]!.replace(/\x1b\[\d+m/g, '').trim()].length);
  });

  it('says so in one line when nothing is found', () => {
    expect(lawCommand(['代表法', '飞机'], laws)).toEqual({ lines: ['《代表法》中没有找到含“飞机”的条文：试试换一个更短或别的词，或去掉法律名称在所有现行法律中找（npm run law -- 飞机）。'], exitCode: 1 });
    expect(lawCommand(['联系', '飞机'], laws)).toEqual({ lines: ['现行法律中没有找到含“联系 飞机”的条文：试试少写几个词（如只写“联系”）。'], exitCode: 1 });
  });
});

describe('npm run law: bad input', () => {
  it('lists the accepted names for a law it does not know', () => {
    for (const args of [['民法典', '3'], ['民法典', '19', '3']]) {
      const { lines, exitCode } = lawCommand(args, laws);
      expect(exitCode).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/不认识法律名称“民法典”.*地方组织法 \/ 组织法、代表法、选举法、预算法、预算法实施条例 \/ 实施条例、宪法.*organic-2015/);
    }
  });

  it('says which articles the law has', () => {
    expect(lawCommand(['组织法', '91'], laws)).toEqual({ lines: ['《地方组织法》没有第91条：共有第1–90条。'], exitCode: 1 });
    expect(lawCommand(['organic-2015', '7'], laws).lines[0]).toMatch(/^《地方组织法（2015）》没有收第7条：这一版本只摘录了第5、6、9、/);
  });

  it('asks for the law when given only a number, with an example', () => {
    expect(lawCommand(['12'], laws)).toEqual({ lines: ['“12”是哪部法律的？请在前面写法律名称，例如 npm run law -- 组织法 12（也可写 代表法、选举法、预算法、预算法实施条例、宪法）。'], exitCode: 1 });
    expect(lawCommand(['第十二条第四项'], laws).lines[0]).toMatch(/例如 npm run law -- 组织法 第十二条第四项（/);
  });

  it('asks whether 12.4 is a 款 or a 项', () => {
    expect(lawCommand(['组织法', '12.4'], laws)).toEqual({ lines: ['“12.4”分不清是款还是项：第12条第4款写 12 4 或 12条4款，第4项写 12条4项。'], exitCode: 1 });
    expect(lawCommand(['12.4'], laws).lines[0]).toMatch(/^“12\.4”是哪部法律的？.*组织法 12条4项/);
  });

  it('explains how to write the article number, and how to run the command', () => {
    expect(lawCommand(['代表法', '第x条'], laws)).toEqual({ lines: ['看不懂条号“第x条”：条写 19、第19条、十九 或 第十九条；款写 14 3 或 第14条第3款；项写 12条4项 或 第十二条第四项。'], exitCode: 1 });
    expect(lawCommand([], laws).exitCode).toBe(1);
    expect(lawCommand([], laws).lines[0]).toMatch(/^用法：npm run law -- 组织法 19/);
  });
});

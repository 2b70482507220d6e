import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { labelColumn, labelWidth, tableLabels } from '../../src/lib/table-labels.ts';

async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [tableLabels()], syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

describe('table labels (phones read wide tables as cards)', () => {
  it('labels each body cell with its column header and marks a table of three columns for stacking, with table roles', async () => {
    const html = await render('| 时间 | 做**什么** | 依据 |\n|---|---|---|\n| 年初 | 开会 | 第十四条 |\n| 年中 | 再开会 | |\n');
    expect(html).toContain('<table class="table-stack" data-labels="3" role="table">');
    expect(html).toContain('<thead role="rowgroup">');
    expect(html).toContain('<th role="columnheader">做<strong>什么</strong></th>');
    expect(html).toContain('<tr role="row">');
    expect(html).toContain('<td data-label="时间" role="cell">年初</td>');
    expect(html).toContain('<td data-label="做什么" role="cell">开会</td>');
    expect(html).toContain('<td data-label="依据" role="cell"></td>');
    expect(html).not.toMatch(/<th[^>]*data-label/);
  });

  it('labels a two-column table but leaves it a table', async () => {
    const html = await render('| 条例 | 写了什么 |\n|---|---|\n| 浙江 | 票决 |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<td data-label="条例">浙江</td>');
    expect(html).not.toContain('role=');
  });

  it('gives no label for an empty header: that column names the row', async () => {
    const html = await render('| | 询问 | 质询 |\n|---|---|---|\n| 谁提 | 代表 | 十人联名 |\n');
    expect(html).toContain('<td role="cell">谁提</td>');
    expect(html).toContain('<td data-label="询问" role="cell">代表</td>');
  });

  it('sizes the label column for the longest header, or puts long headers above the values', async () => {
    expect(labelWidth('省份（版本）')).toBe(6);
    expect(labelWidth('2015年代表法')).toBeCloseTo(6.4);
    expect(labelColumn(['时间', '做什么'])).toBe('3');
    expect(labelColumn(['', '询问'])).toBe('2');
    expect(labelColumn(['事项', '2022年第十二条'])).toBe('8');
    expect(labelColumn(['事项', '浙江省组织实施宪法宣誓制度办法（2015年）'])).toBe('above');
    const html = await render('| 事项 | 重庆条例（2016年）的规定 | 条文 |\n|---|---|---|\n| 设立 | 设工作委员会 | 第三条 |\n');
    expect(html).toContain('data-labels="above"');
  });

  it('leaves a table without a header row alone', async () => {
    const html = await render('<table><tr><td>甲</td><td>乙</td><td>丙</td></tr></table>\n');
    expect(html).not.toContain('table-stack');
    expect(html).not.toContain('data-label');
  });
});

/**
 * What every printed page carries in its bottom margin: the handbook's name and content
 * date on the left, the page number on the right (CSS page-margin boxes).
 */
export function printMarginCss(contentDate: string): string {
  const left = `乡镇人大工作手册 · 内容日期：${contentDate}`.replace(/"/g, '\\"');
  return `@media print { @page { @bottom-left { content: "${left}"; font-size: 8pt; color: #555; } @bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 8pt; color: #555; } } }`;
}

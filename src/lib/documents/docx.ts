/**
 * A sample document as a Word file laid out to the national standard for official documents
 * (GB/T 9704—2012 党政机关公文格式): A4; margins top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm; title in 方正小标宋简体 二号 (22 pt), centred; body in 仿宋_GB2312 三号 (16 pt);
 * 22 lines of 28 characters; page numbers in 宋体 四号 as 「— 1 —」 below the text, odd pages
 * on the right and even pages on the left, one character in. Fonts a computer lacks fall
 * back to 宋体 and 仿宋 (named in the font table), which Windows has.
 *
 * Built at build time by the `docx` library; placeholders (××) are highlighted yellow.
 */
import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { sampleBlocks, splitPlaceholders } from './sample-text.ts';

/** Twips per millimetre (1 inch = 25.4 mm = 1440 twips). */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const GBT9704 = {
  page: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** 22 lines in the 225 mm text height. */
  linePitch: Math.floor(mm(225) / 22),
  /** 28 characters of 16 pt in the 156 mm text width: the pitch is narrowed from 16 pt, in 1/4096 pt. */
  charSpace: Math.round(((mm(156) / 28 / 20) - 16) * 4096),
  /** Page bottom to the page number's foot: its top sits 7 mm below the text (35 − 7 mm), the number is about 5 mm high. */
  footer: mm(23),
  titleFont: '方正小标宋简体',
  titleFallback: '宋体',
  bodyFont: '仿宋_GB2312',
  bodyFallback: '仿宋',
  pageNumberFont: '宋体',
  /** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
  titleSize: 44,
  bodySize: 32,
  pageNumberSize: 28,
} as const;

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });

function runs(text: string, options: { font: string; size: number }) {
  return splitPlaceholders(text).map(
    (piece) => new TextRun({ text: piece.text, font: font(options.font), size: options.size, ...(piece.placeholder ? { highlight: 'yellow' as const } : {}) }),
  );
}

const exactLines = { line: GBT9704.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function pageNumberFooter(side: 'odd' | 'even') {
  const numberFont = { font: font(GBT9704.pageNumberFont), size: GBT9704.pageNumberSize };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ text: '— ', ...numberFont }), new TextRun({ children: [PageNumber.CURRENT], ...numberFont }), new TextRun({ text: ' —', ...numberFont })],
      }),
    ],
  });
}

/** The Word file for one sample (title: the document's name, for the file's properties). */
export async function sampleDocx(title: string, sample: string): Promise<Uint8Array> {
  const body = { font: GBT9704.bodyFont, size: GBT9704.bodySize };
  const paragraphs = sampleBlocks(sample).map((block) => {
    switch (block.kind) {
      case 'title':
        return new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLines, children: runs(block.text.trim(), { font: GBT9704.titleFont, size: GBT9704.titleSize }) });
      case 'addressee':
        return new Paragraph({ spacing: exactLines, children: runs(block.text.trim(), body) });
      case 'signature':
        // 成文日期右空四字; the issuer above it is set right as well.
        return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * 320 }, spacing: exactLines, children: runs(block.text.trim(), body) });
      case 'blank':
        return new Paragraph({ spacing: exactLines, children: [] });
      default: {
        // A line the sample already indents (or a list under a heading) keeps its text; body paragraphs start two characters in.
        const text = block.text.replace(/^[\s\u3000]+/, '');
        return new Paragraph({ indent: { firstLine: 2 * 320 }, alignment: AlignmentType.BOTH, spacing: exactLines, children: runs(text, body) });
      }
    }
  });
  const document = new Document({
    title,
    creator: '乡镇人大工作手册',
    description: '参考样式：按本地实际修改，黄色底纹处需要填写。',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(GBT9704.bodyFont), size: GBT9704.bodySize } } } },
    sections: [
      {
        properties: {
          page: { size: GBT9704.page, margin: { ...GBT9704.margin, footer: GBT9704.footer } },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: GBT9704.linePitch, charSpace: GBT9704.charSpace },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: paragraphs,
      },
    ],
  });
  return withFallbackFonts(await Packer.toBuffer(document));
}

/**
 * Names the fallback fonts in word/fontTable.xml (w:altName), so that Word on a computer
 * without 方正小标宋简体 or 仿宋_GB2312 uses 宋体 or 仿宋 rather than a Latin font.
 */
function withFallbackFonts(file: Uint8Array): Uint8Array {
  const files = unzipSync(file);
  const path = 'word/fontTable.xml';
  const xml = files[path] ? strFromU8(files[path]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:fonts>';
  const entries = [
    [GBT9704.titleFont, GBT9704.titleFallback],
    [GBT9704.bodyFont, GBT9704.bodyFallback],
    [GBT9704.pageNumberFont, 'SimSun'],
  ]
    .map(([name, alt]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  // The library writes an empty, self-closing <w:fonts …/>; a filled one ends with </w:fonts>.
  const filled = /<\/w:fonts>\s*$/.test(xml) ? xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*?)\s*\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
  if (filled === xml) throw new Error('word/fontTable.xml has an unexpected form; the fallback fonts could not be named');
  files[path] = strToU8(filled);
  return zipSync(files, { level: 6 });
}

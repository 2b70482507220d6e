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
import { AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { sampleBlocks, splitPlaceholders, tableCells, type Block } from './sample-text.ts';

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
  /** Subtitles (题注, the speaker of a report) in 楷体 三号. */
  subtitleFont: '楷体_GB2312',
  subtitleFallback: '楷体',
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

/** Characters of a line, as the grid counts them. */
const width = (text: string) => [...text.trim()].length;

/** Lines of a table block (a ballot's columns) as a Word table; short rows are padded. */
function table(rows: Block[], body: { font: string; size: number }) {
  const cells = rows.map((row) => tableCells(row.text));
  const columns = Math.max(...cells.map((row) => row.length));
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  // The first column holds names or items (a ballot's candidates), the others short marks: give it the room.
  const textWidth = GBT9704.page.width - GBT9704.margin.left - GBT9704.margin.right;
  const first = columns > 2 ? Math.round(textWidth * 0.4) : Math.round(textWidth / columns);
  const columnWidths = [first, ...Array.from({ length: columns - 1 }, () => Math.floor((textWidth - first) / (columns - 1)))];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: cells.map((row) => new TableRow({
      children: Array.from({ length: columns }, (_, index) => new TableCell({
        width: { size: columnWidths[index]!, type: WidthType.DXA },
        children: [new Paragraph({ spacing: exactLines, alignment: index === 0 ? AlignmentType.LEFT : AlignmentType.CENTER, children: runs(row[index] ?? '', body) })],
      })),
    })),
  });
}

/** The Word file for one sample (title: the document's name, for the file's properties). */
export async function sampleDocx(title: string, sample: string): Promise<Uint8Array> {
  const body = { font: GBT9704.bodyFont, size: GBT9704.bodySize };
  const blocks = sampleBlocks(sample);
  // Signature: the date four characters in from the right (成文日期右空四字); the issuer above it centred over the date.
  const dateWidth = width(blocks.filter((block) => block.kind === 'signature').at(-1)?.text ?? '');
  const children: Array<Paragraph | Table> = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const text = block.text.trim();
    switch (block.kind) {
      case 'title':
        // A gap inside a title line (会议 选举镇长选票) is where it breaks: each part on its own line.
        for (const part of text.split(/[ \u3000]+/)) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLines, children: runs(part, { font: GBT9704.titleFont, size: GBT9704.titleSize }) }));
        break;
      case 'subtitle':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLines, children: runs(text, { font: GBT9704.subtitleFont, size: GBT9704.bodySize }) }));
        break;
      case 'addressee':
      case 'note':
        children.push(new Paragraph({ spacing: exactLines, children: runs(text, body) }));
        break;
      case 'signature': {
        const last = index === blocks.length - 1 || blocks[index + 1]!.kind !== 'signature';
        const chars = last ? 4 : Math.min(20, Math.max(1, Math.round(4 + (dateWidth - width(text)) / 2)));
        children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: chars * 320 }, spacing: exactLines, children: runs(text, body) }));
        break;
      }
      case 'table': {
        const rows = [block];
        while (blocks[index + 1]?.kind === 'table') rows.push(blocks[++index]!);
        children.push(table(rows, body));
        break;
      }
      case 'blank':
        children.push(new Paragraph({ spacing: exactLines, children: [] }));
        break;
      default:
        // Body paragraphs start two characters in.
        children.push(new Paragraph({ indent: { firstLine: 2 * 320 }, alignment: AlignmentType.BOTH, spacing: exactLines, children: runs(text.replace(/^[\s\u3000]+/, ''), body) }));
    }
  }
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
        children,
      },
    ],
  });
  // Every document gets the same font table (no fonts are embedded): it is made once, from the
  // first document, and handed to the packer for the rest — not unzipped and zipped again each time.
  fontTable ??= fallbackFontTable(await Packer.toBuffer(document));
  return new Uint8Array(await Packer.toBuffer(document, false, [{ path: FONT_TABLE, data: fontTable }]));
}

const FONT_TABLE = 'word/fontTable.xml';
let fontTable: string | undefined;

/**
 * word/fontTable.xml with the fallback fonts named (w:altName), so that Word on a computer
 * without 方正小标宋简体 or 仿宋_GB2312 uses 宋体 or 仿宋 rather than a Latin font.
 */
function fallbackFontTable(file: Uint8Array): string {
  const files = unzipSync(file);
  const path = FONT_TABLE;
  const xml = files[path] ? strFromU8(files[path]) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"></w:fonts>';
  const entries = [
    [GBT9704.titleFont, GBT9704.titleFallback],
    [GBT9704.bodyFont, GBT9704.bodyFallback],
    [GBT9704.subtitleFont, GBT9704.subtitleFallback],
    [GBT9704.pageNumberFont, 'SimSun'],
  ]
    .map(([name, alt]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  // The library writes an empty, self-closing <w:fonts …/>; a filled one ends with </w:fonts>.
  const filled = /<\/w:fonts>\s*$/.test(xml) ? xml.replace(/<\/w:fonts>\s*$/, `${entries}</w:fonts>`) : xml.replace(/<w:fonts([^>]*?)\s*\/>\s*$/, `<w:fonts$1>${entries}</w:fonts>`);
  if (filled === xml) throw new Error('word/fontTable.xml has an unexpected form; the fallback fonts could not be named');
  return filled;
}

/**
 * Opens a .docx as Word would need it: a zip with the parts a document must have, A4 page,
 * the 公文 margins and grid, the fonts; and returns its paragraphs' text for comparison.
 */
import { strFromU8, unzipSync } from 'fflate';
import { GBT9704 } from '../../src/lib/documents/docx.ts';

const REQUIRED_PARTS = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml'];
const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A sample's text as the Word file must hold it: every character, in order; spaces do not count (a ballot's column gaps become table cells). */
export const comparableText = (text: string) => text.replace(/\s/g, '');

export function docxCheck(file: Uint8Array): { problems: string[]; paragraphs: string[]; text: string } {
  const problems: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(file);
  } catch (error) {
    return { problems: [`not a zip: ${(error as Error).message}`], paragraphs: [], text: '' };
  }
  for (const part of REQUIRED_PARTS) if (!files[part]) problems.push(`missing part ${part}`);
  const xml = files['word/document.xml'] ? strFromU8(files['word/document.xml']) : '';
  const expect = (pattern: RegExp, what: string) => {
    if (!pattern.test(xml)) problems.push(`document.xml lacks ${what}`);
  };
  expect(new RegExp(`<w:pgSz w:w="${GBT9704.page.width}" w:h="${GBT9704.page.height}"`), 'an A4 page size');
  expect(new RegExp(`<w:pgMar w:top="${GBT9704.margin.top}" w:right="${GBT9704.margin.right}" w:bottom="${GBT9704.margin.bottom}" w:left="${GBT9704.margin.left}"`), 'the 公文 margins');
  expect(new RegExp(`<w:docGrid w:type="linesAndChars" w:linePitch="${GBT9704.linePitch}" w:charSpace="${GBT9704.charSpace}"/>`), 'the 22 × 28 grid');
  expect(new RegExp(`w:eastAsia="${GBT9704.bodyFont}"`), `the body font ${GBT9704.bodyFont}`);
  expect(/<w:footerReference w:type="even"/, 'page numbers on even pages');
  const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => strFromU8(files[name]!));
  if (!footers.length || !footers.every((footer) => footer.includes('PAGE'))) problems.push('footers lack the page number field');
  // A well-formed package has balanced paragraph tags; every run's text is read back.
  const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((match) => [...(match[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => decode(text[1]!)).join(''));
  if ((xml.match(/<w:p>/g) ?? []).length !== (xml.match(/<\/w:p>/g) ?? []).length) problems.push('unbalanced paragraphs');
  return { problems, paragraphs, text: comparableText(paragraphs.join('')) };
}

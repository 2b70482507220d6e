/**
 * `npm run search -- 票决制 [更多查询…]`: what a reader gets from the built site's search
 * (dist/, served locally, the real /search/ page in Chromium, so the handbook's synonyms,
 * best bets, question handling and typo correction all apply, not bare Pagefind). Prints the
 * top 10 for each query: rank, title, address, the sections of the page that matched and
 * the excerpt on one line. ★ marks a page the project's query set (tests/search/queries.json)
 * expects for exactly this query. Build first (`npm run build`); this never builds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { isExpected, openSearchPage, previewOnPage, rankOf, type QueryCase, type ShownResult } from './lib/search-runner.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOP = 10;
const queries = process.argv.slice(2).filter((arg) => !arg.startsWith('--')).map((arg) => arg.trim()).filter(Boolean);

if (!queries.length) {
  console.error('用法：npm run search -- 票决制 [更多查询…]（搜索已构建的网站 dist/）');
  process.exit(1);
}
if (!existsSync(join(root, 'dist/search/index.html')) || !existsSync(join(root, 'dist/pagefind'))) {
  console.error('dist/ 里没有构建好的网站：请先运行 npm run build（run `npm run build` first）。');
  process.exit(1);
}

const querySet: QueryCase[] = JSON.parse(readFileSync(join(root, 'tests/search/queries.json'), 'utf8')).queries;
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string) => (color ? `\x1b[2m${text}\x1b[22m` : text);
const columns = Math.max(60, process.stdout.columns || 100);

/** Terminal columns a character takes: 2 for CJK and full-width forms. */
const charWidth = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000
    ? 2
    : 1;
};
const width = (text: string) => [...text].reduce((sum, char) => sum + charWidth(char), 0);

/**
 * The excerpt on one line of at most `room` columns, its matches in bold: starts a little
 * before the first match when that would be cut off, ends with … when cut.
 */
function excerptLine(parts: ShownResult['excerpt'], room: number): string {
  const chars = parts.flatMap((part) => [...part.text.replace(/\s+/g, ' ')].map((char) => ({ char, marked: part.marked })));
  while (chars[0]?.char === ' ') chars.shift();
  const firstMark = chars.findIndex((char) => char.marked);
  let start = 0;
  if (firstMark > 0 && width(chars.slice(0, firstMark + 4).map((char) => char.char).join('')) > room) start = Math.max(0, firstMark - 8);
  const shown: typeof chars = [];
  let used = start > 0 ? 1 : 0;
  for (const char of chars.slice(start)) {
    if (used + charWidth(char.char) > room - 1) break;
    shown.push(char);
    used += charWidth(char.char);
  }
  const cut = start + shown.length < chars.length;
  let line = start > 0 ? '…' : '';
  for (let index = 0; index < shown.length; ) {
    let end = index;
    while (end < shown.length && shown[end]!.marked === shown[index]!.marked) end++;
    const text = shown.slice(index, end).map((char) => char.char).join('');
    line += shown[index]!.marked ? bold(text) : text;
    index = end;
  }
  return line + (cut ? '…' : '');
}

/** A list of names cut to one line. */
function oneLine(text: string, room: number): string {
  if (width(text) <= room) return text;
  let line = '';
  for (const char of text) {
    if (width(line + char) > room - 1) break;
    line += char;
  }
  return `${line}…`;
}

const server = await serveStatic(join(root, 'dist'));
const browser = await launchBrowser();
try {
  const page = await openSearchPage(browser, `${server.url}/search/`);
  for (const q of queries) {
    const preview = await previewOnPage(page, q);
    const known = querySet.find((query) => query.q === q);
    console.log(`\n${bold(`「${q}」`)} ${preview.status}`);
    if (preview.note) console.log(`  ${preview.note.replace(/仍然搜索.*$/, '').trim()}`);
    if (known) {
      const rank = rankOf({ q, ms: 0, results: preview.results.map((result) => result.url) }, known.expect);
      console.log(dim(`  查询集预期（★）：${known.expect.join(' | ')}；${rank ? `现在第${rank}名` : `不在前${preview.results.length}名里`}`));
    }
    preview.results.slice(0, TOP).forEach((result, index) => {
      const star = known && isExpected(result.url, known.expect) ? '★' : ' ';
      const kind = result.kind ? dim(` [${result.kind}]`) : '';
      console.log(`${String(index + 1).padStart(3)} ${star} ${bold(result.title)}${kind}  ${result.url}`);
      const sections = result.sections.map((section) => section.title).filter(Boolean);
      if (sections.length) console.log(`        ${dim('小节：')}${oneLine(sections.join(' · '), columns - 14)}`);
      const excerpt = excerptLine(result.excerpt, columns - 8);
      if (excerpt) console.log(`        ${excerpt}`);
    });
  }
} catch (error) {
  console.error(`search: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}

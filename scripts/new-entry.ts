/**
 * `npm run new -- <collection> <id>`: writes content/<collection>/<id>.mdx from the collection's
 * template (src/lib/authoring/template.ts): every field with its note in Chinese, required
 * fields as 【待填：例子】 placeholders, optional fields commented out. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKED_COLLECTIONS, collectionFields, type CheckedCollection } from '../src/lib/checker/check-content.ts';
import { entryTemplate } from '../src/lib/authoring/template.ts';
import { COLLECTION_LABELS } from '../src/lib/authoring/collection-labels.ts';
import { nearest } from '../src/lib/checker/problem.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [typed, id] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
// The folder's Chinese name works too: npm run new -- 工作清单 x, or 清单.
const collection = CHECKED_COLLECTIONS.find((name) => typed === COLLECTION_LABELS[name] || (typed && typed.length >= 2 && COLLECTION_LABELS[name].includes(typed))) ?? typed;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage = `用法：npm run new -- <类别> <id>，例如 npm run new -- procedures budget-hearing\n类别：${CHECKED_COLLECTIONS.map((name) => `${name}（${COLLECTION_LABELS[name]}）`).join('、')}`;
if (!collection || !id) fail(usage);
if (!(CHECKED_COLLECTIONS as readonly string[]).includes(collection)) {
  const guess = nearest(collection, CHECKED_COLLECTIONS);
  fail(`没有「${collection}」这个类别${guess ? `；是不是 ${guess}？` : '。'}\n${usage}`);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(`id「${id}」不行：只用小写英文字母、数字和连字符（-），例如 budget-hearing。它就是文件名和网址，发布后不要再改。`);
const file = join(root, 'content', collection, `${id}.mdx`);
if (existsSync(file)) fail(`content/${collection}/${id}.mdx 已经存在，没有改动它。换一个 id，或直接编辑那个文件。`);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, entryTemplate(collection, id, COLLECTION_LABELS[collection as CheckedCollection], collectionFields(collection as CheckedCollection)));
console.log(`已写好 content/${collection}/${id}.mdx。\n下一步：打开它，把每个「【待填：……】」换成你的内容，然后运行 npm run check:content。\n想先不发布，在字段里加一行 draft: true。`);

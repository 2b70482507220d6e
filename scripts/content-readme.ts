/**
 * `npm run docs:content`: rewrites the field tables in content/README.md from the schemas
 * (src/lib/authoring/field-table.ts). tests/unit/authoring.test.ts fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKED_COLLECTIONS, collectionFields } from '../src/lib/checker/check-content.ts';
import { fieldTable, withFieldTables } from '../src/lib/authoring/field-table.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'content', 'README.md');
const before = readFileSync(file, 'utf8');
const after = withFieldTables(before, Object.fromEntries(CHECKED_COLLECTIONS.map((collection) => [collection, fieldTable(collectionFields(collection))])));
writeFileSync(file, after);
console.log(after === before ? 'content/README.md: field tables already up to date.' : 'content/README.md: field tables rewritten from the schemas.');

/**
 * The machine-readable export, dist/handbook.json:
 * { schemaVersion, generatedAt, entries: [{ collection, id, url, title, data, text }] }.
 * `data` is the validated frontmatter (references as { collection, id }), `text` the body as plain text.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS, entryPath, type CollectionName } from './collections-meta.ts';
import { ENTRY_COLLECTIONS } from './integrity.ts';
import { mdxToPlainText } from './mdx-body.ts';
import { articleText } from './statutes/parse-statute.ts';

export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportEntry {
  collection: CollectionName;
  id: string;
  url: string;
  title: string;
  data: unknown;
  text: string;
}

export async function buildExport(generatedAt: string) {
  const entries: ExportEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const entry of await getCollection(collection as 'powers')) {
      const data = entry.data as { title?: string; term?: string };
      entries.push({
        collection,
        id: entry.id,
        url: entryPath(collection, entry.id),
        title: data.title ?? data.term ?? entry.id,
        data: entry.data,
        text: mdxToPlainText(entry.body ?? ''),
      });
    }
  }
  for (const statute of await getCollection('statutes')) {
    entries.push({
      collection: 'statutes',
      id: statute.id,
      url: entryPath('statutes', statute.id),
      title: statute.data.title,
      data: statute.data,
      text: statute.data.articles.map((article) => `${article.label} ${articleText(article)}`).join('\n'),
    });
  }
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt,
    collections: Object.fromEntries(Object.entries(COLLECTIONS).map(([name, meta]) => [name, meta.label])),
    entries,
  };
}

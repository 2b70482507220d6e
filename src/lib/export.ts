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
import { formalCitation, type Citation } from './citations.ts';
import { lawComparison } from './law-changes/comparison.ts';
import { STATUTES } from './statutes/statute-data.ts';
import { inForce, versionLabel } from './statutes/versions.ts';
import type { Reviewed } from '../schemas/review.ts';

/** Changes only when a field changes meaning or disappears (added since 1: citations' `formal`, entries' `reviewed`, statutes' `inForce` and `changes`). */
export const EXPORT_SCHEMA_VERSION = 1;

/** A copy of frontmatter data in which every citation also carries its standard form (`formal`). */
function withFormalCitations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withFormalCitations);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.law === 'string' && typeof record.article === 'number') {
    return { ...record, formal: formalCitation(record as unknown as Citation) };
  }
  return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, withFormalCitations(item)]));
}

/** The review trail with each law version named as readers see it. */
function reviewTrail(reviewed: Reviewed) {
  return {
    date: reviewed.date,
    against: reviewed.against.map((id) => ({ id, name: STATUTES.get(id) ? versionLabel(STATUTES.get(id)!) : id })),
  };
}

export interface ExportEntry {
  collection: CollectionName;
  id: string;
  url: string;
  title: string;
  data: unknown;
  /** When the entry was last checked against the law, and against which versions (statutes: absent). */
  reviewed?: ReturnType<typeof reviewTrail>;
  text: string;
}

export async function buildExport(generatedAt: string) {
  const entries: ExportEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    for (const entry of await getCollection(collection as 'powers')) {
      const data = entry.data as { title?: string; term?: string; reviewed: Reviewed };
      entries.push({
        collection,
        id: entry.id,
        url: entryPath(collection, entry.id),
        title: data.title ?? data.term ?? entry.id,
        data: withFormalCitations(entry.data),
        reviewed: reviewTrail(data.reviewed),
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
      data: {
        ...statute.data,
        inForce: inForce(STATUTES.get(statute.id)!),
        // How each article fared in the amendment that made this version (versions with a predecessor in the handbook).
        changes: lawComparison(statute.id)?.changes.map((change) => ({
          old: change.old?.number ?? null,
          new: change.new?.number ?? null,
          kind: change.kind,
          moved: change.moved,
        })) ?? null,
      },
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

/**
 * Whole-handbook checks that a single schema cannot make: every frontmatter reference
 * ({ collection, id }) points at an entry that exists. Run once per build from the
 * export endpoint, which is always built; a failure stops the build and names the file,
 * the field and the ids that exist. (A reference to a draft is reported earlier, by the content
 * checker, which runs before every build.)
 */
import { getCollection } from 'astro:content';
import type { CollectionName } from './collections-meta.ts';

export const ENTRY_COLLECTIONS = ['powers', 'procedures', 'checklists', 'cases', 'glossary', 'training', 'docs'] as const;

function isRef(value: unknown): value is { collection: string; id: string } {
  return typeof value === 'object' && value !== null && Object.keys(value).sort().join() === 'collection,id';
}

/** Yields [path, ref] for every reference inside an entry's data. */
function* findRefs(value: unknown, path: string): Generator<[string, { collection: string; id: string }]> {
  if (isRef(value)) {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* findRefs(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* findRefs(item, path ? `${path}.${key}` : key);
  }
}

export async function checkReferences(): Promise<void> {
  const ids = new Map<string, Set<string>>();
  const entries = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const list = await getCollection(collection as CollectionName as 'powers');
    ids.set(collection, new Set(list.map((entry) => entry.id)));
    entries.push(...list);
  }
  const problems: string[] = [];
  for (const entry of entries) {
    for (const [path, ref] of findRefs(entry.data, '')) {
      const known = ids.get(ref.collection);
      if (!known?.has(ref.id)) {
        const allowed = known ? [...known].sort().join(', ') || '(none yet)' : '(unknown collection)';
        problems.push(`${entry.filePath ?? entry.id}: ${path} refers to "${ref.id}", which is not in the ${ref.collection} collection. Allowed ids: ${allowed}`);
      }
    }
  }
  if (problems.length) {
    throw new Error(`Broken references in content:\n  ${problems.join('\n  ')}`);
  }
}

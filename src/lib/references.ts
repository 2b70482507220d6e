/**
 * Resolves frontmatter references ({ collection, id }) to entries. A reference to an entry
 * that does not exist stops the build, naming the file, the field and the ids allowed.
 */
import { getCollection, getEntry } from 'astro:content';
import { entryPath, type CollectionName } from './collections-meta.ts';

export interface EntryRef { collection: string; id: string }
export interface ResolvedRef { collection: CollectionName; id: string; title: string; href: string; summary?: string }

export async function resolveRefs(refs: EntryRef[], from: { filePath?: string | undefined; id: string }, field: string): Promise<ResolvedRef[]> {
  const resolved: ResolvedRef[] = [];
  for (const [index, ref] of refs.entries()) {
    const collection = ref.collection as CollectionName;
    const entry = await getEntry(collection as 'powers', ref.id);
    if (!entry) {
      const ids = (await getCollection(collection as 'powers')).map((candidate) => candidate.id).sort();
      throw new Error(
        `${from.filePath ?? from.id}: ${field}[${index}] refers to "${ref.id}", which is not in the ${collection} collection. Allowed ids: ${ids.join(', ') || '(none yet)'}`,
      );
    }
    const data = entry.data as { title?: string; term?: string; summary?: string };
    resolved.push({
      collection,
      id: entry.id,
      title: data.title ?? data.term ?? entry.id,
      href: entryPath(collection, entry.id),
      ...(data.summary ? { summary: data.summary } : {}),
    });
  }
  return resolved;
}

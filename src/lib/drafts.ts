/**
 * Drafts: an entry with `draft: true` in its frontmatter is parsed and validated like any
 * other, shown in `npm run dev` (with Starlight's 「草稿」 notice under its title), and left out
 * of production builds — its page, the listings, the sidebar, search, handbook.json and the
 * glossary links. They are removed in one place, the content loader (withoutDraftsInBuild, used
 * by src/content.config.ts), so every getCollection() of a build sees published entries only.
 * The few steps that read content files from disk (the sidebar, glossary links) skip them too.
 */
import type { Loader } from 'astro/loaders';
import { readCollection } from './content-files.ts';
import { entryPath, type CollectionName } from './collections-meta.ts';

/** Whether validated (or raw) frontmatter marks an entry as a draft. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * A loader that loads as `loader` does (every entry parsed and validated by the collection's
 * schema, drafts included, so a broken draft still stops the build), then, outside the dev
 * server, deletes the drafts from the store. The dev server is the one run with a file
 * watcher (Astro's LoaderContext.watcher); `astro build` and `astro sync` run without.
 */
export function withoutDraftsInBuild(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      if (context.watcher) return;
      const drafts = [...context.store.entries()].filter(([, entry]) => isDraft(entry.data));
      for (const [id] of drafts) context.store.delete(id);
      if (drafts.length) {
        context.logger.info(`left out ${drafts.length} draft${drafts.length > 1 ? 's' : ''} (draft: true): ${drafts.map(([id, entry]) => entry.filePath ?? id).join(', ')}`);
      }
    },
  };
}

/** The content/ folder of each collection whose entries can be drafts. */
const FOLDERS = {
  powers: 'powers',
  procedures: 'procedures',
  checklists: 'checklists',
  cases: 'cases',
  glossary: 'glossary',
  training: 'training',
  docs: 'guides',
} as const satisfies Partial<Record<CollectionName, string>>;

export interface DraftFile {
  collection: keyof typeof FOLDERS;
  /** The entry's id, as getCollection() would give it (guides: guides/<name>). */
  id: string;
  /** The source file, from the project folder: content/procedures/annual-plan.mdx. */
  file: string;
  /** The page it would have, without the site base: /procedures/annual-plan/ (a glossary term: /glossary/#id). */
  path: string;
}

/**
 * The drafts among the content files (read from disk, for the steps that run outside the
 * content layer: the sidebar, and the built-page link check naming a link to a draft).
 */
export function draftFiles(root: string, collections: ReadonlyArray<keyof typeof FOLDERS> = Object.keys(FOLDERS) as Array<keyof typeof FOLDERS>): DraftFile[] {
  const drafts: DraftFile[] = [];
  for (const collection of collections) {
    const folder = FOLDERS[collection];
    for (const file of readCollection(root, folder)) {
      if (!isDraft(file.data)) continue;
      const id = collection === 'docs' ? `guides/${file.id}` : file.id;
      drafts.push({ collection, id, file: `content/${folder}/${file.path.split(/[\\/]/).pop()}`, path: entryPath(collection, id) });
    }
  }
  return drafts;
}

/**
 * Reads content files straight from disk (frontmatter + body), for checks and tools that
 * run outside Astro: the content unit tests, the export checks and the benchmarks.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile {
  collection: string;
  id: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
  /** Line of the file on which the body starts (1-based), so checks can name file lines. */
  bodyLine?: number;
}

export const MDX_COLLECTIONS = ['powers', 'procedures', 'checklists', 'cases', 'glossary', 'training', 'guides'] as const;

export function readContentFile(path: string, collection: string): ContentFile {
  const source = readFileSync(path, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${path}: no frontmatter (a file must start with --- and a YAML block)`);
  return {
    collection,
    id: path.split('/').pop()!.replace(/\.mdx?$/, ''),
    path,
    data: (parse(match[1]!) ?? {}) as Record<string, unknown>,
    body: match[2]!,
    bodyLine: source.slice(0, source.length - match[2]!.length).split('\n').length,
  };
}

export function readCollection(root: string, collection: string): ContentFile[] {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort()
    .map((name) => readContentFile(join(dir, name), collection));
}

/** The entries a production build publishes: drafts (`draft: true`) left out, as the content loader does. */
export function readPublished(root: string, collection: string): ContentFile[] {
  return readCollection(root, collection).filter((file) => file.data.draft !== true);
}

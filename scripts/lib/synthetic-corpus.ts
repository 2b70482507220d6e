/**
 * A larger handbook for the scale benchmark (scripts/bench-scale.ts): the real content, kept
 * whole, plus copies of its own entries. Nothing here describes a collection: the folders under
 * content/ that hold MDX entries are found on disk, and each copy is a real entry of that
 * folder with a new file name and title. So every copy passes the real schemas and checks, and
 * every page the code links to by name (a guide, a procedure) still exists — a new collection,
 * field or link cannot break the benchmark the way a fixed synthetic corpus did.
 *
 * Copies are shared out in proportion to each folder's size, so a larger handbook keeps the
 * shape of today's (many terms and procedures, few cases). Copies keep their source's
 * references and citations, which are valid; titles and glossary terms get a number so that
 * they stay unique, and aliases are dropped (each alias may name one term only).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusGrowth {
  /** Entries in the real content (MDX files in collection folders). */
  real: number;
  /** Copies written. */
  added: number;
  /** Copies per folder, e.g. { glossary: 250, procedures: 110, … }. */
  byFolder: Record<string, number>;
}

const ENTRY = /^[^_].*\.mdx?$/;

/** The content folders that hold MDX entries, with their files (sorted, so runs are repeatable). */
export function entryFolders(root: string): Map<string, string[]> {
  const folders = new Map<string, string[]>();
  for (const folder of readdirSync(join(root, 'content'), { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const files = readdirSync(join(root, 'content', folder.name)).filter((name) => ENTRY.test(name)).sort();
    if (files.length) folders.set(folder.name, files);
  }
  return folders;
}

/** Shares `added` copies out in proportion to each folder's size (largest remainder; every folder gets one if there are enough). */
export function shareOut(sizes: Map<string, number>, added: number): Map<string, number> {
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  const exact = [...sizes].map(([folder, size]) => ({ folder, exact: (added * size) / total }));
  const shares = new Map(exact.map(({ folder, exact: value }) => [folder, Math.floor(value)]));
  if (added >= sizes.size) for (const [folder, share] of shares) if (share === 0) shares.set(folder, 1);
  let left = added - [...shares.values()].reduce((sum, share) => sum + share, 0);
  const byRemainder = [...exact].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.folder.localeCompare(b.folder));
  for (let index = 0; left > 0; index = (index + 1) % byRemainder.length, left--) {
    const folder = byRemainder[index]!.folder;
    shares.set(folder, shares.get(folder)! + 1);
  }
  for (let index = byRemainder.length - 1; left < 0; index = (index - 1 + byRemainder.length) % byRemainder.length) {
    const folder = byRemainder[index]!.folder;
    if (shares.get(folder)! > 1) {
      shares.set(folder, shares.get(folder)! - 1);
      left++;
    }
  }
  return shares;
}

/** The copy of one entry: the same text, with a numbered title (or term) and without aliases. */
export function copyEntry(text: string, copy: number): string {
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---') || end < 0) throw new Error('an entry without frontmatter cannot be copied');
  const frontmatter = text
    .slice(0, end)
    .replace(/^(title|term): (['"]?)(.*?)\2$/m, (_, key: string, quote: string, value: string) => `${key}: ${quote}${value}${key === 'term' ? `样本${copy}` : `·样本${copy}`}${quote}`)
    .replace(/^aliases:.*(?:\n[ -].*)*$/m, '');
  return frontmatter + text.slice(end);
}

/** Writes `added` copies into the content/ of the project at `root` (a throwaway copy of the handbook). */
export function growCorpus(root: string, added: number): CorpusGrowth {
  const folders = entryFolders(root);
  const real = [...folders.values()].reduce((sum, files) => sum + files.length, 0);
  const shares = shareOut(new Map([...folders].map(([folder, files]) => [folder, files.length])), added);
  for (const [folder, count] of shares) {
    const files = folders.get(folder)!;
    for (let index = 0; index < count; index++) {
      const source = files[index % files.length]!;
      const copy = index + 1;
      const text = readFileSync(join(root, 'content', folder, source), 'utf8');
      writeFileSync(join(root, 'content', folder, source.replace(/(\.mdx?)$/, `-s${copy}$1`)), copyEntry(text, copy));
    }
  }
  return { real, added, byFolder: Object.fromEntries(shares) };
}

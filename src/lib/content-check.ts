/**
 * Checks what the schemas cannot see: the statute citations inside MDX bodies
 * (<Citation …/> and <LawQuote …/>). Runs before the build; every problem names the
 * file, the line and what the statute data allows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { citationsInBody } from './mdx-body.ts';
import { citedText, resolveCitation } from './citations.ts';

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.mdx?$/.test(name) && !name.startsWith('_')) yield path;
  }
}

export function checkBodyCitations(root: string): string[] {
  const problems: string[] = [];
  const contentDir = join(root, 'content');
  for (const file of walk(contentDir)) {
    const source = readFileSync(file, 'utf8');
    // The body as content-files.ts reads it, so the review check reuses this parse.
    const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?([\s\S]*)$/.exec(source);
    const body = match ? match[1]! : source;
    const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
    let citations;
    try {
      citations = citationsInBody(body);
    } catch (error) {
      problems.push(`${relative(root, file)}: cannot parse MDX: ${(error as Error).message}`);
      continue;
    }
    for (const found of citations) {
      const where = `${relative(root, file)}:${bodyLine + found.line - 1} <${found.component}>`;
      const resolved = resolveCitation(found.citation);
      if (!Number.isInteger(found.citation.article)) {
        problems.push(`${where}: article must be a number, e.g. article={12}`);
      } else if (!resolved.ok) {
        problems.push(`${where}: ${resolved.problem}`);
      } else if (found.excerpt && !citedText(resolved.value).replace(/\n/g, '').includes(found.excerpt)) {
        problems.push(`${where}: excerpt "${found.excerpt}" is not in the cited text; quote it exactly`);
      }
    }
  }
  return problems;
}

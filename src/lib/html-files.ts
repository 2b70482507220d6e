/** Every .html file under a folder (a built site), for the steps that read or rewrite built pages. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

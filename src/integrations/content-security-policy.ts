/**
 * After the build: every page's Content-Security-Policy <meta> made complete (src/lib/csp.ts),
 * and the same policy for all pages together written for the web server:
 * dist/_deploy/csp-header.txt (the policy) and dist/_deploy/csp.conf (an nginx add_header line,
 * included by deploy/nginx.conf). Two policies enforce together, so the header may be the
 * union: each page is still held to its own hashes by its <meta>.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completePolicy, unionPolicy, type inlineHashes } from '../lib/csp.ts';
import { htmlFiles } from '../lib/html-files.ts';

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all: Array<ReturnType<typeof inlineHashes>> = [];
        for (const file of htmlFiles(root)) {
          const { html, hashes } = completePolicy(readFileSync(file, 'utf8'));
          writeFileSync(file, html);
          all.push(hashes);
        }
        const policy = unionPolicy(all);
        mkdirSync(join(root, '_deploy'), { recursive: true });
        writeFileSync(join(root, '_deploy', 'csp-header.txt'), `${policy}\n`);
        writeFileSync(join(root, '_deploy', 'csp.conf'), `# Written by the build (src/integrations/content-security-policy.ts): the policy of every page together.\nadd_header Content-Security-Policy "${policy}" always;\n`);
        logger.info(`Content-Security-Policy complete on ${all.length} pages (header: ${policy.length} characters)`);
      },
    },
  };
}

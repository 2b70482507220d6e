/**
 * `npm run deploy:nginx`: writes deploy/nginx.conf from the serving rules (serve-rules.ts).
 * The committed file is for the defaults (base /rdsc/, files in /srv/handbook); an office
 * with another sub-path or folder writes its own:
 *
 *   npm run deploy:nginx -- --base /handbook/ --root /var/www/handbook --out /tmp/handbook.conf
 *
 * `--include /etc/nginx/snippets/hsts.conf` (repeatable) adds the office's own add_header
 * snippets to every location (see deploy/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_BASE, DEFAULT_ROOT, nginxConfig } from './lib/nginx-config.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: DEFAULT_BASE },
    root: { type: 'string', default: DEFAULT_ROOT },
    out: { type: 'string', default: join(root, 'deploy', 'nginx.conf') },
    include: { type: 'string', multiple: true, default: [] },
  },
});

try {
  const config = nginxConfig({ base: values.base, root: values.root, include: values.include });
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, config);
  const shown = relative(process.cwd(), out);
  console.log(`nginx config for ${values.base} (files in ${values.root}) → ${shown.startsWith('..') ? out : shown}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

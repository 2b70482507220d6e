/**
 * `npm run export`: turns the built site (dist/) into handbook-offline.zip, a copy that
 * works when unzipped and opened by double-clicking index.html (file://, no server, no
 * network): relative links ending in index.html, classic scripts instead of modules, and
 * search through the same Pagefind engine with its index embedded in a classic script (and,
 * where a browser cannot run Pagefind, the simpler search over /search-fallback.js).
 */
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteCss, rewriteHtml, withoutBase } from '../src/lib/offline/rewrite-html.ts';
import { siteBase, siteOrigin } from '../src/lib/site-base.ts';
import { completePolicy } from '../src/lib/csp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// By default the published site and a zip in the project folder; scripts/build.ts points both
// elsewhere to publish the zip with the site (HANDBOOK_WITH_ZIP=1).
const dist = resolve(process.env.HANDBOOK_EXPORT_FROM ?? join(root, 'dist'));
const FOLDER = 'township-congress-handbook';
const work = join(root, '.build', 'offline');
const site = join(work, FOLDER);
const zipPath = resolve(process.env.HANDBOOK_EXPORT_TO ?? join(root, 'handbook-offline.zip'));
// Built for a sub-path (HANDBOOK_BASE=/rdsc/, the same variable as the build)? The copy drops it.
const base = siteBase();
const origin = process.env.HANDBOOK_WITH_ZIP === '1' ? siteOrigin() : undefined;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}
const sitePath = (file: string) => '/' + relative(site, file).split('\\').join('/');

const started = performance.now();
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// Not the build's .gz/.br copies (for web servers) nor its notes for the server's operator.
const forServersOnly = (path: string) => /\.(?:gz|br)$/.test(path) || relative(dist, path).split(/[\\/]/)[0] === '_deploy';
cpSync(dist, site, { recursive: true, filter: (path) => !forServersOnly(path) });
mkdirSync(join(site, '_offline'), { recursive: true });
// The copy does not carry the published zips (itself among them), nor the server's files.
rmSync(join(site, 'downloads'), { recursive: true, force: true });
rmSync(join(site, '_deploy'), { recursive: true, force: true });

// 1. Search: Pagefind in one classic script with what every search needs (entry, metadata,
//    wasm, filters); each index chunk and result fragment in its own small classic script under
//    _offline/pagefind/, loaded when a query needs it (src/lib/offline/embedded-pagefind.ts).
const pagefindDir = join(dist, 'pagefind');
const embedded: Record<string, string> = {};
let onDemand = 0;
for (const file of files(pagefindDir)) {
  if (forServersOnly(file)) continue;
  const name = relative(pagefindDir, file).split('\\').join('/');
  if (/(^|-)ui\.(js|css)$|highlight|component-ui|worker/.test(name)) continue; // Pagefind's own UI and worker are not used
  const base64 = readFileSync(file).toString('base64');
  if (/^(index|fragment)\//.test(name)) {
    const script = join(site, '_offline', 'pagefind', `${name}.js`);
    mkdirSync(dirname(script), { recursive: true });
    writeFileSync(script, `__handbookPagefindFile(${JSON.stringify(name)},"${base64}");\n`);
    onDemand++;
  } else if (name !== 'pagefind.js') {
    embedded[name] = base64;
  }
}
if (!onDemand) throw new Error('dist/pagefind has no index/ or fragment/ files: the search index was not built; run `npm run build` again.');
await build({
  entryPoints: [join(root, 'src/lib/offline/embedded-pagefind.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  logLevel: 'error',
  outfile: join(site, '_offline', 'search-index.js'),
  plugins: [
    {
      name: 'handbook-offline',
      setup(builder) {
        builder.onResolve({ filter: /^handbook-built-pagefind$/ }, () => ({ path: join(pagefindDir, 'pagefind.js') }));
        builder.onResolve({ filter: /^handbook-embedded-files$/ }, () => ({ path: 'files', namespace: 'embedded' }));
        builder.onLoad({ filter: /.*/, namespace: 'embedded' }, () => ({ contents: JSON.stringify(embedded), loader: 'json' }));
      },
    },
  ],
});
rmSync(join(site, 'pagefind'), { recursive: true, force: true });
// The simpler search's index, for browsers that cannot run Pagefind: copied with dist/, loaded from the root like search-data.js.
for (const script of ['search-data.js', 'search-fallback.js']) {
  if (!existsSync(join(site, script))) throw new Error(`dist/${script} is missing: the build writes it (scripts/lib/search-index.ts); run \`npm run build\` again.`);
}

// 2. Module scripts → classic scripts: one bundle per distinct set of scripts on a page,
//    so that chunks shared between a page's scripts run once.
const bundles = new Map<string, string>();
async function classicBundleFor(srcs: string[]): Promise<string | undefined> {
  if (!srcs.length) return undefined;
  const key = srcs.join('|');
  const cached = bundles.get(key);
  if (cached) return cached;
  const name = `${createHash('sha1').update(key).digest('hex').slice(0, 10)}.js`;
  await build({
    stdin: { contents: srcs.map((src) => `import ${JSON.stringify(withoutBase(src, base))};`).join('\n'), resolveDir: dist, loader: 'js' },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    logLevel: 'error',
    outfile: join(site, '_offline', name),
    // Built chunks import each other by site path (/_astro/…).
    plugins: [{ name: 'site-root', setup: (b) => b.onResolve({ filter: /^\/(.*\/)?_astro\// }, (args) => ({ path: join(dist, withoutBase(args.path, base)) })) }],
  });
  bundles.set(key, `/_offline/${name}`);
  return `/_offline/${name}`;
}

// 3. Pages and stylesheets.
let pages = 0;
for (const file of [...files(site)]) {
  if (file.endsWith('.html')) {
    const html = readFileSync(file, 'utf8');
    const pagePath = sitePath(file);
    const srcs = [...html.matchAll(/<script type="module" src="([^"]+)">/g)].map((match) => match[1]!);
    const isSearch = pagePath === '/search/index.html';
    const rewritten = rewriteHtml(html, {
      pagePath,
      base,
      classicBundle: await classicBundleFor(srcs),
      ...(isSearch ? { extraScripts: ['/_offline/search-index.js'] } : {}),
    });
    // The rewrite changed the inline scripts, so their hashes: the policy is made again. The
    // copy may ask the handbook's own site (HANDBOOK_SITE) whether a newer copy exists.
    writeFileSync(file, completePolicy(rewritten, { connect: origin ? [origin] : [] }).html);
    pages++;
  } else if (file.endsWith('.css')) {
    writeFileSync(file, rewriteCss(readFileSync(file, 'utf8'), sitePath(file), base));
  }
}
// Module chunks are now inside the classic bundles.
for (const file of files(join(site, '_astro'))) if (file.endsWith('.js')) rmSync(file);

// 4. The zip: one ASCII-named folder.
const entries: Record<string, Uint8Array> = {};
for (const file of files(site)) {
  const name = `${FOLDER}/${relative(site, file).split('\\').join('/')}`;
  if (!/^[\x20-\x7e]+$/.test(name)) throw new Error(`non-ASCII file name in the offline export: ${name}`);
  entries[name] = readFileSync(file);
}
mkdirSync(dirname(zipPath), { recursive: true });
writeFileSync(zipPath, zipSync(entries, { level: 9 }));
const size = statSync(zipPath).size;
console.log(`Offline export: ${pages} pages, ${Object.keys(entries).length} files, ${(size / 1024 / 1024).toFixed(2)} MB → ${relative(root, zipPath)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log(`Unzipped copy for testing: ${relative(root, site)}/index.html`);

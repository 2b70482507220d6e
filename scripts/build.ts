/**
 * The build: the content checker (src/lib/checker), then `astro build` into a staging folder, the search index (search-index.ts), `.gz` and `.br` copies of its text files
 * (precompress.ts, for nginx's gzip_static/brotli_static), then — only if every step and
 * check passed — the staging folder replaces dist/. A failed build publishes nothing and
 * leaves the previous dist/ as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { publishOfflineCopy } from './lib/offline-zip.ts';
import { precompress } from './lib/precompress.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { checkContent, reviewReport } from '../src/lib/checker/check-content.ts';
import { formatProblem } from '../src/lib/checker/problem.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staging = join(root, '.build', 'site');
const dist = join(root, 'dist');
// Resolved like any dependency, so a copy of the project inside it (test fixtures) finds it too.
const astro = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');

rmSync(staging, { recursive: true, force: true });
const started = performance.now();
// The content checker first: every content mistake, one line each, before Astro starts.
const checked = checkContent(root);
for (const problem of checked.problems) console.error(formatProblem(problem));
const strict = process.env.HANDBOOK_STRICT_REVIEW === '1';
if (checked.reviewWarnings.length) console.warn(`\n${reviewReport(checked.reviewWarnings, strict)}`);
if (checked.problems.length || (strict && checked.reviewWarnings.length)) {
  const count = checked.problems.length + (strict ? checked.reviewWarnings.length : 0);
  console.error(`\n构建已停止：内容有 ${count} 个问题（见上）。没有发布任何内容${existsSync(dist) ? '，dist/ 仍是上一次的构建' : ''}。`);
  process.exit(1);
}
console.log(`内容检查通过：${checked.files} 个文件${checked.drafts ? `（其中 ${checked.drafts} 个草稿，不会发布）` : ''}。`);
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_CONTENT_CHECKED: '1' },
});
if (result.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published${existsSync(dist) ? '; dist/ still holds the previous build' : ''}.`);
  process.exit(result.status ?? 1);
}
// The search index, now that Astro's process (and its memory) is gone.
try {
  await buildSearchIndex(staging);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuilding the search index failed (${(error as Error).message}): nothing was published${existsSync(dist) ? '; dist/ still holds the previous build' : ''}.`);
  process.exit(1);
}
if (process.env.HANDBOOK_WITH_ZIP === '1') {
  try {
    const { file, bytes } = publishOfflineCopy(root, staging);
    console.log(`Offline copy published with the site: downloads/${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nBuild failed (${(error as Error).message}): nothing was published${existsSync(dist) ? '; dist/ still holds the previous build' : ''}.`);
    process.exit(1);
  }
}
// After the zip: the pages' download links now carry its size, and precompressed copies must match.
try {
  // Files unchanged since the previous build take their compressed copies from it.
  const report = await precompress(staging, { reuseFrom: dist });
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `\nPrecompressed ${report.files} files (${mb(report.bytes)} MB → gzip ${mb(report.gzipBytes)} MB, brotli ${mb(report.brotliBytes)} MB; ` +
      `${report.reused} of ${report.written} copies from the previous build) in ${(report.ms / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nPrecompressing failed: nothing was published${existsSync(dist) ? '; dist/ still holds the previous build' : ''}.`);
  console.error(error);
  process.exit(1);
}
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`\nBuilt and published to dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

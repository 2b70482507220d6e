/**
 * The browser floor's engine for tests: Chromium 89, the build shipped inside the
 * `chrome-aws-lambda@6.0.0` npm package (a devDependency, pinned in package-lock.json), driven
 * by `puppeteer-core@8`, the last Puppeteer that speaks its protocol. It stands in for the
 * 360/奇安信 cores and old WebViews township offices use (package.json "browserslist").
 *
 * The package keeps the browser brotli-compressed in bin/: it is unpacked with Node's zlib, once,
 * into node_modules/.cache/chromium-89/ (about 150 MB), and reused from there.
 */
import { brotliDecompressSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** Where the unpacked browser lives. */
export const FLOOR_BROWSER_DIR = join(root, 'node_modules', '.cache', 'chromium-89');

/** Unpacks the browser if it is not there yet; returns the executable's path. */
export function unpackFloorBrowser(): string {
  const executable = join(FLOOR_BROWSER_DIR, 'chromium');
  if (existsSync(join(FLOOR_BROWSER_DIR, '.complete'))) return executable;
  const bin = join(dirname(require.resolve('chrome-aws-lambda/package.json')), 'bin');
  // Unpacked beside, then moved into place: an interrupted run never leaves half a browser.
  const partial = `${FLOOR_BROWSER_DIR}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(join(partial, 'swiftshader'), { recursive: true });
  writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))));
  chmodSync(join(partial, 'chromium'), 0o755);
  // aws.tar: the shared libraries Chromium 89 needs that a current Debian lacks (lib/);
  // swiftshader.tar: its software GL.
  for (const [archive, into] of [['aws.tar.br', partial], ['swiftshader.tar.br', join(partial, 'swiftshader')]] as const) {
    const tar = join(partial, archive.replace(/\.br$/, ''));
    writeFileSync(tar, brotliDecompressSync(readFileSync(join(bin, archive))));
    execFileSync('tar', ['-xf', tar, '-C', into]);
    rmSync(tar);
  }
  writeFileSync(join(partial, '.complete'), `chrome-aws-lambda ${(require('chrome-aws-lambda/package.json') as { version: string }).version}\n`);
  rmSync(FLOOR_BROWSER_DIR, { recursive: true, force: true });
  renameSync(partial, FLOOR_BROWSER_DIR);
  return executable;
}

/** Launches the floor browser headless, with a fresh profile. */
export async function launchFloorBrowser(): Promise<Browser> {
  const executablePath = unpackFloorBrowser();
  return puppeteer.launch({
    executablePath,
    // The flags chrome-aws-lambda runs it with (one process, no zygote), and no sandbox as root.
    args: ['--headless', '--no-sandbox', '--single-process', '--no-zygote', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    env: { ...process.env, LD_LIBRARY_PATH: [join(FLOOR_BROWSER_DIR, 'lib'), join(FLOOR_BROWSER_DIR, 'swiftshader'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') },
  });
}

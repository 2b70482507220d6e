/**
 * Precompressed copies of the built site for servers that send them as they are (nginx
 * gzip_static / brotli_static, the project's static server): `x.html.gz` and `x.html.br`
 * next to `x.html`, so a county office's server spends no CPU compressing, and does not
 * have to be configured to.
 *
 * Only text-like files are candidates. Pagefind's index files (.pf_meta, .pf_index,
 * .pf_fragment, .pf_filter) and its wasm (wasm.*.pagefind) are already gzip streams, and
 * Word files are zip archives: none is a candidate, and any candidate that starts with the
 * gzip signature is skipped too. A copy is written only when it is smaller than the file.
 *
 * Brotli at quality 11 is slow (about 1 MB/s per core), so the work runs on zlib's thread
 * pool, largest files first; a file over 1 MB (handbook.json, which changes every build and
 * browsers do not load) gets quality 9: a tenth of the time for a copy about 10 % larger; pages of
 * a very large site get quality 7 (LARGE_SITE_BYTES); and a file whose content did not change since the previous
 * build takes its compressed copies from that build (`reuseFrom`, checked by decompressing).
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, gunzip, gzip } from 'node:zlib';

/** Extensions worth compressing: text, and wasm (compresses well). */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|webmanifest|svg|xml|txt|ics|wasm)$/i;

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const brotliAsync = promisify(brotliCompress);
const unbrotliAsync = promisify(brotliDecompress);

interface Encoding {
  readonly suffix: '.gz' | '.br';
  compress(data: Buffer): Promise<Buffer>;
  decompress(data: Buffer): Promise<Buffer>;
}

/**
 * Above this much text in all, pages (not the shared CSS and scripts) get brotli quality 7: a
 * provincial edition of thousands of pages would otherwise spend minutes here (quality 11 costs
 * about a second per MB per core; 7 is some forty times faster, for pages about 7 % larger).
 * Today's handbook (about 21 MB) stays well below it, at quality 11 throughout.
 */
export const LARGE_SITE_BYTES = 48 * 1024 * 1024;

function brotliQuality(path: string, size: number, largeSite: boolean): number {
  if (size > 1024 * 1024) return 9;
  return largeSite && path.endsWith('.html') ? 7 : 11;
}

function encodings(path: string, largeSite: boolean): readonly Encoding[] {
  return [
    { suffix: '.gz', compress: (data) => gzipAsync(data, { level: 9 }), decompress: (data) => gunzipAsync(data) },
    {
      suffix: '.br',
      compress: (data) =>
        brotliAsync(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path, data.length, largeSite),
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      decompress: (data) => unbrotliAsync(data),
    },
  ];
}

export interface PrecompressReport {
  /** Candidate files looked at. */
  files: number;
  /** Their total size, and the total size of the .gz and .br copies written. */
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Copies written, and how many of them came from the previous build. */
  written: number;
  reused: number;
  ms: number;
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

const isGzip = (data: Buffer) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;

/** The previous build's copy, if it decompresses to exactly `data`. */
async function previousCopy(path: string | undefined, encoding: Encoding, data: Buffer): Promise<Buffer | undefined> {
  if (!path || !existsSync(path)) return undefined;
  try {
    const copy = await readFile(path);
    return (await encoding.decompress(copy)).equals(data) ? copy : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `.gz` and `.br` copies next to every compressible file under `dir` (the staging
 * folder of a build). `reuseFrom`: the previous build (dist/), laid out the same way.
 */
export async function precompress(dir: string, options: { reuseFrom?: string; concurrency?: number } = {}): Promise<PrecompressReport> {
  const started = performance.now();
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0, written: 0, reused: 0, ms: 0 };
  // Not _deploy/: notes for the server's operator, never served.
  const candidates = [...filesUnder(dir)].filter((path) => COMPRESSIBLE.test(path) && relative(dir, path).split(/[\\/]/)[0] !== '_deploy');
  // Largest first: the biggest file (handbook.json) sets the pace; start it while the rest fill the other threads.
  const sized = await Promise.all(candidates.map(async (path) => ({ path, size: (await stat(path)).size })));
  sized.sort((a, b) => b.size - a.size);
  const largeSite = sized.reduce((sum, file) => sum + file.size, 0) > LARGE_SITE_BYTES;

  async function one(path: string): Promise<void> {
    const data = await readFile(path);
    if (isGzip(data)) return;
    report.files++;
    report.bytes += data.length;
    const previous = options.reuseFrom ? join(options.reuseFrom, relative(dir, path)) : undefined;
    for (const encoding of encodings(path, largeSite)) {
      let copy = await previousCopy(previous && previous + encoding.suffix, encoding, data);
      if (copy) report.reused++;
      else copy = await encoding.compress(data);
      if (copy.length >= data.length) continue;
      await writeFile(path + encoding.suffix, copy);
      report.written++;
      if (encoding.suffix === '.gz') report.gzipBytes += copy.length;
      else report.brotliBytes += copy.length;
    }
  }

  // zlib's async calls run on libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise).
  const concurrency = options.concurrency ?? Math.max(2, Math.min(4, availableParallelism()));
  let next = 0;
  const worker = async () => {
    while (next < sized.length) await one(sized[next++]!.path);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  report.ms = performance.now() - started;
  return report;
}

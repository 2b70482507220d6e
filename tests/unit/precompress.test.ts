/** Precompressed copies: which files get them, that they decompress to the file, reuse from the previous build. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const page = '<!doctype html><title>预算审查</title>' + '<p>乡镇人民代表大会审查和批准本行政区域内的预算和预算执行情况的报告。</p>\n'.repeat(200);

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-precompress-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => name.split('\\').join('/')).sort();

describe('precompress', () => {
  it('writes .gz and .br next to text files, only when smaller, and never for compressed formats', async () => {
    const dir = site({
      'index.html': page,
      '_astro/app.B4wUMc_Y.js': 'export const answer = () => "答案";\n'.repeat(100),
      'handbook.json': JSON.stringify({ entries: Array.from({ length: 50 }, (_, i) => ({ id: i, title: '审查和批准预算' })) }),
      'tiny.txt': 'a',
      // Pagefind's files are gzip streams already; a Word file is a zip archive.
      'pagefind/index/zh-cn_0eabec9.pf_index': gzipSync(Buffer.from(page)),
      'pagefind/wasm.unknown.pagefind': gzipSync(Buffer.from(page)),
      // A candidate by its name that is gzip inside.
      'data/already-gzip.json': gzipSync(Buffer.from(page)),
      'documents/a/b.docx': Buffer.from('PK\u0003\u0004' + page),
      '_deploy/csp-header.txt': "default-src 'self'",
    });
    const report = await precompress(dir);
    expect(listing(dir).filter((name) => /\.(gz|br)$/.test(name))).toEqual([
      '_astro/app.B4wUMc_Y.js.br',
      '_astro/app.B4wUMc_Y.js.gz',
      'handbook.json.br',
      'handbook.json.gz',
      'index.html.br',
      'index.html.gz',
    ]);
    for (const name of ['index.html', '_astro/app.B4wUMc_Y.js', 'handbook.json']) {
      const original = readFileSync(join(dir, name));
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(original), name).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).equals(original), name).toBe(true);
      expect(readFileSync(join(dir, `${name}.br`)).length).toBeLessThan(original.length);
    }
    expect(report).toMatchObject({ files: 4, written: 6, reused: 0 });
    expect(report.brotliBytes).toBeLessThan(report.gzipBytes);

    // Run again over its own output: the copies are not candidates themselves.
    await precompress(dir);
    expect(listing(dir).some((name) => /\.(gz|br)\.(gz|br)$/.test(name))).toBe(false);
  });

  it('takes unchanged files\' copies from the previous build, and only copies that decompress to the new file', async () => {
    const previous = site({ 'index.html': page, 'law/index.html': page + '旧', 'other/index.html': page + '其他' });
    await precompress(previous);
    // A copy that no longer matches its file (edited by hand) must not be reused.
    writeFileSync(join(previous, 'other/index.html.br'), brotliCompressSync(Buffer.from('something else')));

    const next = site({});
    cpSync(previous, next, { recursive: true, filter: (path) => !/\.(gz|br)$/.test(path) });
    writeFileSync(join(next, 'law/index.html'), page + '新');
    const report = await precompress(next, { reuseFrom: previous });
    // index.html: both copies reused; other/: .gz reused, .br made anew; law/: both made anew.
    expect(report).toMatchObject({ files: 3, written: 6, reused: 3 });
    for (const name of ['index.html', 'law/index.html', 'other/index.html']) {
      const original = readFileSync(join(next, name));
      expect(gunzipSync(readFileSync(join(next, `${name}.gz`))).equals(original), name).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(next, `${name}.br`))).equals(original), name).toBe(true);
    }
    expect(existsSync(join(next, 'index.html.br'))).toBe(true);
  });
});

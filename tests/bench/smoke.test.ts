/**
 * Every benchmark still runs: each `npm run bench:*` script in its small `--smoke` mode, on
 * the site and offline copy `npm test` has just built. The figures are not judged here (a
 * benchmark prints them for people); what is checked is that the script finished and printed
 * figures that mean something — a search that found pages, a build that produced them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/fixture-project.ts';

function bench(script: string): string {
  const result = spawnSync(process.execPath, [script, '--smoke'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 540_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${script} --smoke exited with ${result.status}:\n${output.slice(-3000)}`);
  return output;
}

describe('benchmarks in their smoke mode', () => {
  it('bench:scale builds a larger handbook from copies of the real entries, exports it and searches it', () => {
    const output = bench('scripts/bench-scale.ts');
    const row = /^\s*(\d+)\s+(\d+)\s+([\d.]+) s\s+([\d.]+) MB/m.exec(output);
    expect(row, output).not.toBeNull();
    const [, entries, pages, seconds, peak] = row!.map(Number);
    expect(entries).toBeGreaterThan(30);
    expect(pages).toBeGreaterThan(entries! / 2);
    expect(seconds).toBeGreaterThan(0);
    expect(peak).toBeGreaterThan(100);
    expect(output).toMatch(/offline\s+\d+ ms\s+\d+ ms\s+[\d.]+ MB/);
  });

  it('bench:search runs queries online and offline, with Pagefind and the simpler search', () => {
    const output = bench('scripts/bench-search.ts');
    for (const label of ['online (http, Pagefind)', 'online (http, simpler search)', 'offline (file://, Pagefind)', 'offline (file://, simpler search)']) {
      const top3 = new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+top-1\\s+[\\d.]+%\\s+top-3\\s+([\\d.]+)%`).exec(output);
      expect(top3, `${label}\n${output}`).not.toBeNull();
      expect(Number(top3![1])).toBeGreaterThan(50);
    }
  });

  it('bench:site measures page weight against the budgets', () => {
    const output = bench('scripts/bench-site.ts');
    expect(output).toMatch(/total\s+median\s+[\d.]+ KB/);
    expect(output).toMatch(/JS before search opens ≤ \d+ KB: (within budget|OVER BUDGET)/);
  });

  it('bench:lighthouse scores a page', () => {
    const output = bench('scripts/bench-lighthouse.ts');
    expect(output).toMatch(/^\/\s+\d+\s+\d+\s+\d+\s+\d+$/m);
  });
});

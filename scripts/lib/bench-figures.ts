/** Small measuring helpers shared by the benchmark scripts (scripts/bench-*.ts). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of a file or folder, without the build's .gz/.br copies (for web servers), so figures compare with earlier builds. */
export function builtSize(path: string): number {
  return statSync(path).isDirectory()
    ? readdirSync(path).filter((name) => !/\.(?:gz|br)$/.test(name)).reduce((sum, name) => sum + builtSize(join(path, name)), 0)
    : statSync(path).size;
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

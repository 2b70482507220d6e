/**
 * A throwaway copy of the handbook for build scenarios: the real site and content, with
 * files added or replaced per scenario. It lives inside the project (.build/fixtures/), so
 * Node finds the project's node_modules by walking up, with no symlink for Vite to trip on. `build()` runs the
 * project's own build command (scripts/build.ts) there and returns its exit code and output.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/;
const COPIED = ['src', 'content', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export class FixtureProject {
  readonly root: string;

  constructor(files: Record<string, string> = {}) {
    const parent = join(projectRoot, '.build', 'fixtures');
    mkdirSync(parent, { recursive: true });
    this.root = mkdtempSync(join(parent, 'fixture-'));
    for (const name of COPIED) if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(this.root, name), { recursive: true, errorOnExist: false, force: true });
    this.write(files);
  }

  write(files: Record<string, string>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), text);
    }
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.root, path), { force: true, recursive: true });
    return this;
  }

  /** Runs the build; `env` adds or overrides variables (HANDBOOK_STRICT_REVIEW: '0' for a lenient build even in CI). */
  build(env: Record<string, string> = {}): { code: number; output: string } {
    return this.run('scripts/build.ts', [], env, 240_000);
  }

  /** Runs one of the project's scripts in the copy, e.g. run('scripts/import-statutes.ts', ['--only', 'organic-2022']). */
  run(script: string, args: string[] = [], env: Record<string, string> = {}, timeout = 60_000): { code: number; output: string } {
    // Vitest puts Vite's own variables into the environment (BASE_URL=/, DEV=1, MODE=test…);
    // passed on, they would override the build's (a base path build linking from /).
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)));
    const result = spawnSync(process.execPath, [script, ...args], {
      cwd: this.root,
      encoding: 'utf8',
      env: { ...inherited, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      timeout,
    });
    return { code: result.status ?? -1, output: `${result.stdout}\n${result.stderr}` };
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

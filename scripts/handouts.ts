/**
 * `npm run handouts`: prints every training module's handouts to PDF with Chromium —
 * handouts/<id>-participant.pdf (学员讲义) and handouts/<id>-trainer.pdf (讲师版, with
 * answers) — from the built site (run `npm run build` first; `npm run handouts` does).
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

export interface Handout { id: string; version: 'participant' | 'trainer'; path: string }

export async function renderHandouts(distDir: string, outDir: string): Promise<Handout[]> {
  const exportFile = join(distDir, 'handbook.json');
  if (!existsSync(exportFile)) throw new Error(`${exportFile} is missing: build the site first (npm run build).`);
  const modules: string[] = JSON.parse(readFileSync(exportFile, 'utf8')).entries
    .filter((entry: { collection: string }) => entry.collection === 'training')
    .map((entry: { id: string }) => entry.id);
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const made: Handout[] = [];
  try {
    const page = await browser.newPage();
    for (const id of modules) {
      for (const [version, route] of [['participant', 'handout'], ['trainer', 'trainer']] as const) {
        await page.goto(`${server.url}/training/${id}/${route}/`);
        const path = join(outDir, `${id}-${version}.pdf`);
        await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
        made.push({ id, version, path });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return made;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const made = await renderHandouts(join(root, 'dist'), join(root, 'handouts'));
    for (const handout of made) console.log(handout.path.replace(`${root}/`, ''));
    console.log(`${made.length} handout PDFs written to handouts/.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

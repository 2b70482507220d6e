/**
 * `npm run handouts`: prints every training module's paper to PDF with Chromium, from the
 * built site (run `npm run build` first; `npm run handouts` does), into handouts/:
 * - for participants: <id>-participant.pdf (学员讲义), <id>-sheets.pdf (练习材料: worksheets,
 *   cards with cut lines), <id>-sign-in.pdf (签到表), <id>-feedback.pdf (反馈表) — no answers;
 * - for the trainer: <id>-trainer.pdf (讲师版) and <id>-answers.pdf (答案页);
 * - training-plan.pdf (培训计划表, blank).
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

/** What each PDF is, and the page it is printed from (/training/<id>/<route>/). */
export const HANDOUT_VERSIONS = {
  participant: { route: 'handout', forParticipants: true },
  sheets: { route: 'sheets', forParticipants: true },
  'sign-in': { route: 'sign-in', forParticipants: true },
  feedback: { route: 'feedback', forParticipants: true },
  trainer: { route: 'trainer', forParticipants: false },
  answers: { route: 'answers', forParticipants: false },
} as const;
export type HandoutVersion = keyof typeof HANDOUT_VERSIONS;
export interface Handout { id: string; version: HandoutVersion | 'plan'; path: string }

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
      for (const [version, { route }] of Object.entries(HANDOUT_VERSIONS) as Array<[HandoutVersion, { route: string }]>) {
        await page.goto(`${server.url}/training/${id}/${route}/`);
        const path = join(outDir, `${id}-${version}.pdf`);
        await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
        made.push({ id, version, path });
      }
    }
    await page.goto(`${server.url}/training/plan/`);
    const plan = join(outDir, 'training-plan.pdf');
    await page.pdf({ path: plan, format: 'A4', printBackground: true, preferCSSPageSize: true });
    made.push({ id: 'plan', version: 'plan', path: plan });
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

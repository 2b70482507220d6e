/** The training handouts print to PDF: one participant and one trainer version per module. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHandouts } from '../../scripts/handouts.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

const out = mkdtempSync(join(tmpdir(), 'handouts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('training handouts', () => {
  it('renders a participant and a trainer PDF for every module', async () => {
    requireBuiltSite();
    const modules = JSON.parse(readFileSync(join(distDir, 'handbook.json'), 'utf8')).entries.filter((entry: { collection: string }) => entry.collection === 'training');
    const made = await renderHandouts(distDir, out);
    expect(made).toHaveLength(modules.length * 2);
    for (const handout of made) {
      const pdf = readFileSync(handout.path);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // A page count from the PDF's page objects: a handout is at least two A4 pages.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, handout.path).toBeGreaterThanOrEqual(2);
    }
  });
});

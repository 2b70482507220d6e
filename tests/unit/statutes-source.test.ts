/**
 * The committed statute data (content/statutes/*.json) matches the source texts in
 * ../shared/sources/statutes: re-parsing gives the same data, and every paragraph and
 * item occurs verbatim in the source file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LAW_SOURCES } from '../../src/lib/statutes/law-sources.ts';
import { parseStatute } from '../../src/lib/statutes/parse-statute.ts';
import { STATUTES } from '../../src/lib/statutes/statute-data.ts';

const sources = fileURLToPath(new URL('../../../shared/sources/statutes/', import.meta.url));
const haveSources = existsSync(sources);

describe.skipIf(!haveSources)('statute data against ../shared/sources/statutes', () => {
  for (const law of LAW_SOURCES) {
    describe(law.id, () => {
      const source = readFileSync(join(sources, law.file), 'utf8');
      const data = STATUTES.get(law.id)!;

      it('is what the importer makes of the source today', () => {
        expect(data).toBeDefined();
        const fresh = parseStatute(source, law.articleRange ? { articleRange: law.articleRange } : {});
        expect(data.articles).toEqual(fresh.articles);
        expect(data.chapters).toEqual(fresh.chapters);
      });

      it('has every paragraph and item verbatim in the source', () => {
        const lines = new Set(source.split(/\r?\n/).map((line) => line.trim()));
        const missing: string[] = [];
        for (const article of data.articles) {
          for (const paragraph of article.paragraphs) {
            const first = paragraph === article.paragraphs[0];
            const found = first
              ? source.includes(paragraph.text) && [...lines].some((line) => line.startsWith(article.label) && line.endsWith(paragraph.text))
              : lines.has(paragraph.text);
            if (!found) missing.push(`${article.label} ¶${paragraph.number}`);
            for (const item of paragraph.items) if (!lines.has(item.label + item.text)) missing.push(`${article.label} ${item.label}`);
          }
        }
        expect(missing).toEqual([]);
      });

      it(law.scope === 'full' ? 'numbers articles 1…N without gaps' : 'keeps the excerpted article numbers in order', () => {
        const numbers = data.articles.map((article) => article.number);
        if (law.scope === 'full') expect(numbers).toEqual(numbers.map((_, index) => index + 1));
        else expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      });
    });
  }

  it('gives 地方组织法 2022 Art. 12 its 14 items and 2015 Art. 9 its 13', () => {
    const items = (law: string, article: number) => STATUTES.get(law)!.articles.find((a) => a.number === article)!.paragraphs[0]!.items.length;
    expect(items('organic-2022', 12)).toBe(14);
    expect(items('organic-2015', 9)).toBe(13);
  });

  it('puts the items of any article in one paragraph, so item anchors #art-N-M are unique', () => {
    for (const statute of STATUTES.values()) {
      for (const article of statute.articles) {
        expect(article.paragraphs.filter((p) => p.items.length > 0).length, `${statute.id} ${article.label}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

/** dist/handbook.json: the documented shape, and the handbook's content as the issues define it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, requireBuiltSite } from '../support/site.ts';

interface Entry { collection: string; id: string; url: string; title: string; data: Record<string, any>; reviewed?: { date: string; against: Array<{ id: string; name: string }> }; text: string }

function load(): { schemaVersion: number; generatedAt: string; entries: Entry[] } {
  requireBuiltSite();
  return JSON.parse(readFileSync(join(distDir, 'handbook.json'), 'utf8'));
}

describe('the machine-readable export', () => {
  const handbook = load();
  const of = (collection: string) => handbook.entries.filter((entry) => entry.collection === collection);

  it('has the documented shape', () => {
    expect(handbook.schemaVersion).toBe(1);
    expect(Number.isNaN(Date.parse(handbook.generatedAt))).toBe(false);
    for (const entry of handbook.entries) {
      const keys = ['collection', 'data', 'id', 'text', 'title', 'url', ...(entry.collection === 'statutes' ? [] : ['reviewed'])];
      expect(Object.keys(entry).sort()).toEqual(keys.sort());
      expect(entry.url).toMatch(/^\//);
      expect(entry.title.length).toBeGreaterThan(0);
    }
  });

  it('says for every entry when it was checked against which law versions, and gives each citation in its standard form', () => {
    for (const entry of handbook.entries.filter((candidate) => candidate.collection !== 'statutes')) {
      expect(entry.reviewed?.date, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const law of entry.reviewed!.against) expect(law.name, entry.id).toMatch(/（\d{4}年修[正订]）$/);
    }
    const budget = of('powers').find((power) => power.id === 'budget')!;
    expect(budget.data.basis[0]).toMatchObject({ law: 'organic-2022', article: 12, item: 4, formal: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第十二条第一款第四项' });
    const old = handbook.entries.find((entry) => entry.id === 'organic-2015')!;
    expect(old.data.inForce).toMatchObject({ from: '2015-08-29', until: '2022-03-11' });
    expect(handbook.entries.find((entry) => entry.id === 'organic-2022')!.data.changes).toContainEqual({ old: 9, new: 12, kind: 'reworded', moved: true });
  });

  it('has entries of every collection', () => {
    expect(new Set(handbook.entries.map((entry) => entry.collection))).toEqual(
      new Set(['powers', 'procedures', 'checklists', 'cases', 'glossary', 'training', 'docs', 'statutes']),
    );
  });

  it('has the 14 powers, citing 地方组织法 2022 Art. 12 items 1 to 14', () => {
    const items = of('powers').map((power) => power.data.basis[0]).filter((basis) => basis.law === 'organic-2022' && basis.article === 12).map((basis) => basis.item);
    expect(items.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('has at least 15 procedures, each with at least 3 steps and a basis', () => {
    expect(of('procedures').length).toBeGreaterThanOrEqual(15);
    for (const procedure of of('procedures')) {
      expect(procedure.data.steps.length, procedure.id).toBeGreaterThanOrEqual(3);
      expect(procedure.data.basis.length, procedure.id).toBeGreaterThan(0);
    }
  });

  it('has at least 6 checklists with item ids, 40 glossary terms and 6 training modules with objectives and duration', () => {
    expect(of('checklists').length).toBeGreaterThanOrEqual(6);
    for (const checklist of of('checklists')) expect(checklist.data.items.every((item: { id: string }) => /^[a-z0-9-]+$/.test(item.id))).toBe(true);
    expect(of('glossary').length).toBeGreaterThanOrEqual(40);
    expect(of('training').length).toBeGreaterThanOrEqual(6);
    for (const module of of('training')) {
      expect(module.data.objectives.length).toBeGreaterThan(0);
      expect(module.data.durationMinutes).toBeGreaterThan(0);
    }
  });

  it('has the 平凉 and 泾川 case studies, attributed to the report', () => {
    for (const id of ['pingliang', 'jingchuan']) {
      const found = of('cases').find((entry) => entry.id === id)!;
      expect(found.data.sources[0]).toMatchObject({ title: '赴甘肃平凉市学习考察报告', publisher: '江门市人大常委会研究室', date: '2016-12-01' });
    }
  });

  it('gives bodies as plain text with citations spelled out', () => {
    const budget = handbook.entries.find((entry) => entry.collection === 'powers' && entry.id === 'budget')!;
    expect(budget.text).toContain('《地方组织法》第二十五条');
    expect(budget.text).not.toMatch(/<Citation|<LawQuote|\{\d+\}/);
  });
});

/**
 * A handbook larger than today's: the real content plus copies of a checklist and of a
 * procedure, enough to cap their sidebar groups (src/lib/sidebar.ts). Checks that it builds
 * (every link of the capped groups resolves) and what a reader of a large edition sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureProject } from '../support/fixture-project.ts';
import { copyEntry } from '../../scripts/lib/synthetic-corpus.ts';
import { hiddenSidebarEntries, SIDEBAR_LIMIT } from '../../src/lib/sidebar.ts';

let fixture: FixtureProject;
let code = 0;
let output = '';
let total = 0;
beforeAll(() => {
  fixture = new FixtureProject();
  // Copies of one checklist, and of one procedure of the 会议期间 phase (a capped phase group).
  const copies = (collection: string, pick: (text: string) => boolean) => {
    const folder = join(fixture.root, 'content', collection);
    const real = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
    const source = real.find((name) => pick(readFileSync(join(folder, name), 'utf8')))!;
    for (let copy = 1; copy <= SIDEBAR_LIMIT; copy++) writeFileSync(join(folder, source.replace('.mdx', `-s${copy}.mdx`)), copyEntry(readFileSync(join(folder, source), 'utf8'), copy));
    return real.length + SIDEBAR_LIMIT;
  };
  total = copies('checklists', () => true);
  copies('procedures', (text) => /^phase: 会议期间$/m.test(text));
  ({ code, output } = fixture.build());
}, 300_000);
afterAll(() => fixture.dispose());

const sidebarOf = (page: string) => {
  const html = readFileSync(join(fixture.root, 'dist', page), 'utf8');
  return html.slice(html.indexOf('id="starlight__sidebar"'), html.indexOf('</nav>', html.indexOf('id="starlight__sidebar"')));
};

describe('a handbook with more checklists than the sidebar lists', () => {
  it('builds', () => {
    expect(code, output.slice(-3000)).toBe(0);
  });

  it('lists the first entries of the group and links to the full list', () => {
    const sidebar = sidebarOf('index.html');
    expect(sidebar).toContain(`全部 ${total} 个 →`);
    expect(sidebar).toMatch(/<a href="\/checklists\/"[^>]*data-sidebar-more/);
    // A phase group links to its section of the procedure list (the link check has checked the #fragment).
    expect(sidebar).toMatch(/<a href="\/procedures\/#phase-会议期间"[^>]*data-sidebar-more|<a [^>]*data-sidebar-more[^>]*href="\/procedures\/#phase-会议期间"/);
  });

  it('shows a left-out page in its group, marked as the current page, when it is being read', () => {
    const [hidden] = [...hiddenSidebarEntries(fixture.root).keys()].filter((path) => path.startsWith('/checklists/'));
    expect(hidden).toMatch(/^\/checklists\//);
    const sidebar = sidebarOf(`${hidden!.slice(1)}index.html`);
    expect(sidebar).toMatch(new RegExp(`<a href="${hidden}"[^>]*aria-current="page"`));
    // Not on other pages.
    expect(sidebarOf('index.html')).not.toContain(`"${hidden}"`);
  });
});

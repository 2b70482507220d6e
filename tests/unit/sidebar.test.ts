import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSidebar, hiddenSidebarEntries, SIDEBAR_LIMIT } from '../../src/lib/sidebar.ts';
import { projectRoot } from '../support/fixture-project.ts';

type Item = { label: string; link?: string; items?: Item[]; attrs?: Record<string, string> };

const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function write(folder: string, count: number, extra = '') {
  mkdirSync(join(root, 'content', folder), { recursive: true });
  for (let index = 1; index <= count; index++) writeFileSync(join(root, 'content', folder, `${folder}-${String(index).padStart(3, '0')}.mdx`), `---\ntitle: 条目${String(index).padStart(3, '0')}\norder: ${index}\n${extra}---\n`);
}

describe('sidebar of a large handbook', () => {
  write('checklists', SIDEBAR_LIMIT + 5);
  write('procedures', SIDEBAR_LIMIT + 2, 'phase: 会议期间\n');
  const sidebar = buildSidebar(root) as Item[];
  const group = (label: string) => sidebar.find((item) => item.label === label)!;

  it('lists the first entries of a long group and links to its full list', () => {
    const items = group('工作清单').items!;
    expect(items).toHaveLength(1 + SIDEBAR_LIMIT + 1);
    expect(items.at(-1)).toEqual({ label: `全部 ${SIDEBAR_LIMIT + 5} 个 →`, link: '/checklists/', attrs: { 'data-sidebar-more': '' } });
    const phase = group('工作程序').items!.find((item) => item.label === '会议期间')!;
    expect(phase.items).toHaveLength(SIDEBAR_LIMIT + 1);
    expect(phase.items!.at(-1)!.attrs).toEqual({ 'data-sidebar-more': '', href: '/procedures/#phase-会议期间' });
  });

  it('knows where each left-out entry belongs, so the page being read can be shown', () => {
    const hidden = hiddenSidebarEntries(root);
    expect(hidden.size).toBe(5 + 2);
    expect(hidden.get('/checklists/checklists-025/')).toEqual({ groups: ['工作清单'], label: '条目025' });
    expect(hidden.get('/procedures/procedures-022/')).toEqual({ groups: ['工作程序', '会议期间'], label: '条目022' });
  });

  it('leaves today’s handbook whole: no group is long enough to be cut', () => {
    expect(hiddenSidebarEntries(projectRoot).size).toBe(0);
  });
});

describe('drafts in the sidebar', () => {
  const drafts = mkdtempSync(join(tmpdir(), 'sidebar-drafts-'));
  afterAll(() => rmSync(drafts, { recursive: true, force: true }));
  mkdirSync(join(drafts, 'content', 'cases'), { recursive: true });
  writeFileSync(join(drafts, 'content', 'cases', 'published.mdx'), '---\ntitle: 已发布案例\norder: 1\n---\n');
  writeFileSync(join(drafts, 'content', 'cases', 'unfinished.mdx'), '---\ntitle: 未完成案例\norder: 2\ndraft: true\n---\n');
  const cases = (sidebar: Item[]) => sidebar.find((item) => item.label === '案例')!.items!;

  it('leaves a draft out, as the build leaves out its page', () => {
    expect(cases(buildSidebar(drafts) as Item[]).map((item) => item.link)).toEqual(['/cases/published/']);
  });

  it('lists it with a 「草稿」 badge for the dev server', () => {
    expect(cases(buildSidebar(drafts, SIDEBAR_LIMIT, { drafts: true }) as Item[])).toEqual([
      { label: '已发布案例', link: '/cases/published/' },
      { label: '未完成案例', link: '/cases/unfinished/', badge: { text: '草稿', variant: 'caution' } },
    ]);
  });
});

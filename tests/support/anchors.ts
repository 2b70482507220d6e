/**
 * Every law anchor the content cites (each Citation's href in the built pages), and a check
 * that a jump to it lands with the target in view, below the sticky header — and on phones
 * below Starlight's 本页内容 bar too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { distDir, sitePages } from './site.ts';

/** law id → the anchors cited on any page, e.g. organic-2022 → [art-14-p1, art-12-4, …]. */
export function citedAnchors(): Map<string, string[]> {
  const byLaw = new Map<string, Set<string>>();
  for (const path of sitePages()) {
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    for (const match of html.matchAll(/href="[^"]*\/law\/([a-z0-9-]+)\/(?:index\.html)?#(art-[0-9a-z-]+)"/g)) {
      const anchors = byLaw.get(match[1]!) ?? new Set<string>();
      anchors.add(match[2]!);
      byLaw.set(match[1]!, anchors);
    }
  }
  return new Map([...byLaw].map(([law, anchors]) => [law, [...anchors].sort()]));
}

/** Jumps to each anchor on the open law page (first by a fresh load, then as a reader's clicks do) and returns those that land out of view. */
export async function anchorsOutOfView(page: Page, lawUrl: string, anchors: string[]): Promise<string[]> {
  const bad: string[] = [];
  for (const [index, anchor] of anchors.entries()) {
    if (index === 0) await page.goto(`${lawUrl}#${anchor}`);
    else await page.evaluate((hash) => (location.hash = hash), anchor);
    const where = await page.evaluate((id) => {
      const target = document.getElementById(id);
      if (!target) return 'missing';
      const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      const mobileBar = document.querySelector('mobile-starlight-toc nav');
      const bar = mobileBar && getComputedStyle(mobileBar).display !== 'none' ? mobileBar.getBoundingClientRect().bottom : 0;
      const top = target.getBoundingClientRect().top;
      return top >= Math.max(header, bar) - 2 && top < window.innerHeight - 16 ? 'ok' : `top ${Math.round(top)}, covered to ${Math.round(Math.max(header, bar))}, viewport ${window.innerHeight}`;
    }, anchor);
    if (where !== 'ok') bad.push(`${anchor}: ${where}`);
  }
  return bad;
}

export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

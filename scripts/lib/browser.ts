/**
 * Launches Debian's Chromium through playwright-core with the flags this machine needs
 * (no sandbox as root, no background networking) and a fresh profile. CHROMIUM_PATH
 * overrides the executable.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));

export async function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM_PATH) {
    throw new Error(
      'Chromium was not found. Install it — Debian/Ubuntu: `sudo apt-get install -y chromium` (and `fonts-noto-cjk` for Chinese text) — or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Collects page errors, console errors and failed requests, so a test can assert there were none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is the browser dropping a request the page no longer needs because the reader
    // moved on (search fills in excerpts after the list is shown; a click navigates away). A
    // blocked or missing file fails otherwise (ERR_FAILED, ERR_FILE_NOT_FOUND) or with an HTTP status.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * How the built site is served: cache lifetimes, security headers and MIME types, for a
 * request path relative to the base (`_astro/x.js`, `powers/budget/index.html`).
 *
 * The one source of truth for both servers: the project's static server (static-server.ts,
 * used by the tests) applies these rules directly, and deploy/nginx.conf is generated from
 * them (nginx-config.ts, `npm run deploy:nginx`), so what the tests check is what nginx sends.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A year, never revalidated: for files whose name changes whenever their content does. */
export const LONG_CACHE = 'public, max-age=31536000, immutable';
/**
 * Everything else may be cached but is revalidated on every use (a cheap 304): pages, the
 * export, /search-data.js, Word samples, and Pagefind's fixed-name files (pagefind.js,
 * pagefind-entry.json, pagefind-worker.js, wasm.*.pagefind), which must change together with
 * the hashed index they point to, so a reader never mixes two builds.
 */
export const SHORT_CACHE = 'no-cache';

export interface CacheRule {
  /** A regular expression on the path relative to the base, written so PCRE (nginx) and JavaScript read it alike. */
  readonly pattern: string;
  readonly cacheControl: string;
  /** Why these files get this rule; written into nginx.conf as a comment. */
  readonly why: string;
  /** Headers these files get besides the usual ones. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Checked in order, first match wins; a path no rule matches gets SHORT_CACHE. */
export const CACHE_RULES: readonly CacheRule[] = [
  { pattern: '^_astro/', cacheControl: LONG_CACHE, why: 'Astro names every bundled script and stylesheet by a hash of its content' },
  {
    pattern: '^pagefind/(?:[^/]+/)?[^/]+\\.pf_(?:meta|index|fragment|filter)$',
    cacheControl: LONG_CACHE,
    why: "Pagefind's index files carry a hash of their content in their names (pagefind.js, pagefind-entry.json and wasm.*.pagefind do not)",
  },
  {
    pattern: '^downloads/latest\\.json$',
    cacheControl: SHORT_CACHE,
    why: 'Offline copies opened from disk (origin null) ask this public file whether a newer copy exists',
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
];

/**
 * Sent with every response, errors included.
 * - Referrer-Policy no-referrer: the site needs the Referer for nothing (static pages, no
 *   forms, no analytics, no links off the site today), and a page a reader had open (罢免,
 *   质询…) is nobody else's business if a link to another site is ever added. The cost, no
 *   referring page in the office's own access logs, is small.
 * - Permissions-Policy: features the handbook never uses; fullscreen (slides) and the
 *   clipboard (copying a citation) are used and stay allowed.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** MIME types by extension; `text` types are sent with `; charset=utf-8`. */
export const MIME_TYPES: Readonly<Record<string, { type: string; text?: boolean }>> = {
  html: { type: 'text/html', text: true },
  css: { type: 'text/css', text: true },
  js: { type: 'text/javascript', text: true },
  mjs: { type: 'text/javascript', text: true },
  json: { type: 'application/json', text: true },
  webmanifest: { type: 'application/manifest+json', text: true },
  xml: { type: 'application/xml', text: true },
  txt: { type: 'text/plain', text: true },
  ics: { type: 'text/calendar', text: true },
  svg: { type: 'image/svg+xml', text: true },
  png: { type: 'image/png' },
  jpg: { type: 'image/jpeg' },
  webp: { type: 'image/webp' },
  ico: { type: 'image/x-icon' },
  woff2: { type: 'font/woff2' },
  pdf: { type: 'application/pdf' },
  wasm: { type: 'application/wasm' },
  // Pagefind's own gzip-compressed data (index chunks and its wasm, wasm.*.pagefind): bytes
  // that pagefind.js unpacks itself, never to be labelled gzip or unpacked by the browser.
  pf_meta: { type: 'application/octet-stream' },
  pf_index: { type: 'application/octet-stream' },
  pf_fragment: { type: 'application/octet-stream' },
  pf_filter: { type: 'application/octet-stream' },
  pagefind: { type: 'application/octet-stream' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  zip: { type: 'application/zip' },
};
export const DEFAULT_TYPE = 'application/octet-stream';

/** Build output for the server's operator (the CSP snippet), not for readers: never served. */
export const HIDDEN_PREFIX = '_deploy/';

const compiled = CACHE_RULES.map((rule) => ({ ...rule, regex: new RegExp(rule.pattern) }));
const relativePath = (path: string) => path.replace(/^\/+/, '');

/** The Content-Type for a file name, charset included for text. */
export function contentType(path: string): string {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  const known = extension ? MIME_TYPES[extension] : undefined;
  if (!known) return DEFAULT_TYPE;
  return known.text ? `${known.type}; charset=utf-8` : known.type;
}

export function cacheControl(path: string): string {
  const relative = relativePath(path);
  return compiled.find((rule) => rule.regex.test(relative))?.cacheControl ?? SHORT_CACHE;
}

export function isHidden(path: string): boolean {
  return `${relativePath(path)}/`.startsWith(HIDDEN_PREFIX);
}

/**
 * The headers for the file at `path` (relative to the base, a folder's request already
 * resolved to its index.html), with the site's Content-Security-Policy when there is one.
 */
export function headersFor(path: string, csp?: string): Record<string, string> {
  const relative = relativePath(path);
  return {
    'Content-Type': contentType(path),
    'Cache-Control': cacheControl(path),
    ...compiled.find((rule) => rule.regex.test(relative))?.headers,
    ...SECURITY_HEADERS,
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
  };
}

/**
 * The site's Content-Security-Policy as the build wrote it: dist/_deploy/csp-header.txt, one
 * line (nginx gets the same policy from dist/_deploy/csp.conf). None until the build writes it.
 */
export function readCsp(distDir: string): string | undefined {
  const file = join(distDir, HIDDEN_PREFIX, 'csp-header.txt');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8').trim() || undefined;
}

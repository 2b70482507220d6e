/**
 * In the browser: a site path (/law/x/#art-5) as a link from this page.
 * - Online it gets the base path the site was built for (HANDBOOK_BASE=/rdsc/ →
 *   /rdsc/law/x/#art-5); a path that already carries it stays as it is.
 * - In the offline copy, where pages carry <meta name="handbook:root" content="../../"> (the
 *   way back to the site root) and file:// has no site root, it becomes ../../law/x/index.html#art-5.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function pageAddress(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const sitePath = BASE !== '/' && url.startsWith(BASE) ? url.slice(BASE.length - 1) : url;
  const root = document.querySelector<HTMLMetaElement>('meta[name="handbook:root"]')?.content;
  if (root === undefined) return `${BASE.slice(0, -1)}${sitePath}`;
  const [path, hash] = sitePath.split('#') as [string, string | undefined];
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return `${root}${file.slice(1)}${hash ? `#${hash}` : ''}`;
}

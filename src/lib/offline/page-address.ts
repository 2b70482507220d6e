/**
 * In the browser: a site path (/law/x/#art-5) as a link from this page. Online it stays as it
 * is; in the offline copy, where pages carry <meta name="handbook:root" content="../../"> (the
 * way back to the site root) and file:// has no site root, it becomes ../../law/x/index.html#art-5.
 */
export function pageAddress(url: string): string {
  const root = document.querySelector<HTMLMetaElement>('meta[name="handbook:root"]')?.content;
  if (root === undefined || !url.startsWith('/')) return url;
  const [path, hash] = url.split('#') as [string, string | undefined];
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return `${root}${file.slice(1)}${hash ? `#${hash}` : ''}`;
}

/**
 * Where the handbook is served, from the environment (read by the build, the offline export
 * and the deploy tools alike):
 * - HANDBOOK_BASE: the sub-path, e.g. /rdsc/ (default /); written with or without slashes;
 * - HANDBOOK_SITE: the full address of the host, e.g. https://rd.example.gov.cn (optional).
 */
export function siteBase(env: Record<string, string | undefined> = process.env): string {
  const trimmed = (env.HANDBOOK_BASE ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.HANDBOOK_SITE?.replace(/\/+$/, '') || undefined;
}

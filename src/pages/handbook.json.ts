import type { APIRoute } from 'astro';
import { buildExport } from '../lib/export.ts';
import { checkReferences } from '../lib/integrity.ts';
import { CONTENT_DATE } from '../lib/content-date.ts';

/** dist/handbook.json — see README "Machine-readable export". Also where reference integrity is checked, once per build. */
export const GET: APIRoute = async () => {
  await checkReferences();
  return new Response(JSON.stringify(await buildExport(CONTENT_DATE.iso), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

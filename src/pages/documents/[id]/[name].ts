/**
 * /documents/<procedure>-<n>/<pinyin name>.docx — each sample document as a Word file in 公文
 * format (src/lib/documents/docx.ts), made at build time from the procedure's frontmatter. The
 * file's own name is the document's name in pinyin (catalog.ts asciiFileNameOf says why).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { documentCatalog, type HandbookDocument } from '../../../lib/documents/catalog.ts';
import { sampleDocx } from '../../../lib/documents/docx.ts';

export const getStaticPaths = (async () => {
  const catalog = documentCatalog(await getCollection('procedures'));
  return catalog.map((document) => ({ params: { id: document.id, name: document.docx.split('/').pop()! }, props: { document } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ document: HandbookDocument }> = async ({ props }) => {
  const { document } = props;
  let file: Uint8Array;
  try {
    file = await sampleDocx(document.title, document.sample);
  } catch (error) {
    throw new Error(`content/procedures/${document.procedure.id}.mdx documents (“${document.title}”): the Word file could not be made: ${(error as Error).message}`);
  }
  return new Response(file as unknown as BodyInit, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};

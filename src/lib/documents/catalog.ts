/**
 * Every sample document in the handbook, from the procedures' `documents`, with the address
 * of its Word file. The 文书范本库 lists them; the procedure pages link to the same files.
 */
import type { CollectionEntry } from 'astro:content';
import { pinyin } from 'pinyin-pro';
import { PHASES } from '../../schemas/phases.ts';

export interface HandbookDocument {
  /** `<procedure id>-<n>` (n counts from 1 in the procedure's list): the anchor and the file name. */
  id: string;
  title: string;
  description: string;
  sample: string;
  procedure: { id: string; title: string; phase: (typeof PHASES)[number]; order: number };
  /** Site path of the Word file, named after the document. */
  docx: string;
  /** The name the file is saved under: 会议通知（致代表）.docx. */
  downloadName: string;
}

/** Characters Windows does not allow in file names, and leading dots, become spaces or go. */
export const fileNameOf = (title: string) => `${title.replace(/[\\/:*?"<>|]/g, ' ').replace(/^\.+/, '').trim() || '文书'}.docx`;

export const documentId = (procedureId: string, index: number) => `${procedureId}-${index + 1}`;
/**
 * The file's own name, in pinyin (会议通知（致代表） → hui-yi-tong-zhi-zhi-dai-biao.docx). Online the
 * link's `download` name saves it as 会议通知（致代表）.docx; from the offline copy browsers ignore
 * that and keep the file's own name, and the zip holds ASCII names only (Windows' built-in unzip
 * can garble others), so pinyin is the readable name that survives both.
 */
export function asciiFileNameOf(title: string): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'removed' }).map((syllable) => syllable.replace(/[^a-z0-9]/gi, '').toLowerCase()).filter(Boolean);
  return `${syllables.join('-').slice(0, 60).replace(/-+$/, '') || 'wen-shu'}.docx`;
}

/** /documents/session-preparation-2/hui-yi-tong-zhi-zhi-dai-biao.docx */
export const docxPath = (id: string, title: string) => `/documents/${id}/${asciiFileNameOf(title)}`;


export function documentsOf(procedure: Pick<CollectionEntry<'procedures'>, 'id' | 'data'>): HandbookDocument[] {
  return procedure.data.documents.map((document, index) => {
    const id = documentId(procedure.id, index);
    return {
      id,
      title: document.title,
      description: document.description,
      sample: document.sample,
      procedure: { id: procedure.id, title: procedure.data.title, phase: procedure.data.phase, order: procedure.data.order },
      docx: docxPath(id, document.title),
      downloadName: fileNameOf(document.title),
    };
  });
}

/** All documents, in the order of the congress year (phase), then the procedures' order. */
export function documentCatalog(procedures: Array<Pick<CollectionEntry<'procedures'>, 'id' | 'data'>>): HandbookDocument[] {
  return [...procedures]
    .sort((a, b) => PHASES.indexOf(a.data.phase) - PHASES.indexOf(b.data.phase) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'))
    .flatMap(documentsOf);
}

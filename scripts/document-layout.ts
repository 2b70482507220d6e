/**
 * How each sample document will be laid out in Word: every non-blank line with the part it is
 * read as (title, subtitle, addressee, body, table, signature, note; src/lib/documents/sample-text.ts).
 * For authors checking a new or changed sample: `npm run documents:layout [-- <procedure-id>]`.
 */
import { readPublished } from '../src/lib/content-files.ts';
import { sampleBlocks } from '../src/lib/documents/sample-text.ts';

const only = process.argv[2];
for (const procedure of readPublished(process.cwd(), 'procedures')) {
  if (only && procedure.id !== only) continue;
  ((procedure.data.documents as Array<{ title: string; sample: string }> | undefined) ?? []).forEach((document, index) => {
    console.log(`=== ${procedure.id}-${index + 1} ${document.title}`);
    for (const block of sampleBlocks(document.sample)) if (block.kind !== 'blank') console.log(`${block.kind.padEnd(9)} ${block.text}`);
  });
}

/**
 * The handbook's collections. Content lives in the top-level content/ folder, one folder
 * per collection; the schemas are in src/schemas/. Files starting with _ are ignored.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { docsSchema } from '@astrojs/starlight/schema';
import {
  casesSchema,
  checklistsSchema,
  glossarySchema,
  powersSchema,
  proceduresSchema,
  trainingSchema,
  type ReferenceFn,
} from './schemas/collections.ts';
import { statuteSchema } from './schemas/statutes.ts';
import { reviewedSchema } from './schemas/review.ts';
import { synonymSchema } from './schemas/search.ts';
import { withoutDraftsInBuild } from './lib/drafts.ts';

const ref = reference as unknown as ReferenceFn;
// Entries with `draft: true` are validated, then left out of production builds (src/lib/drafts.ts).
const mdx = (folder: string) => withoutDraftsInBuild(glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' }));

export const collections = {
  /** Starlight's own collection: the narrative guides, served at /guides/<id>/. */
  docs: defineCollection({
    loader: withoutDraftsInBuild(
      glob({
        base: './content/guides',
        pattern: '**/[^_]*.{md,mdx}',
        generateId: ({ entry }) => `guides/${entry.replace(/\.mdx?$/, '')}`,
      }),
    ),
    // Optional here only because Starlight checks every <StarlightPage> (listings, tools) against
    // this schema too; a guide without `reviewed` stops the build (src/integrations/handbook-checks.ts).
    schema: docsSchema({ extend: z.object({ reviewed: reviewedSchema.optional() }) }),
  }),
  powers: defineCollection({ loader: mdx('powers'), schema: powersSchema(ref) }),
  procedures: defineCollection({ loader: mdx('procedures'), schema: proceduresSchema(ref) }),
  checklists: defineCollection({ loader: mdx('checklists'), schema: checklistsSchema(ref) }),
  cases: defineCollection({ loader: mdx('cases'), schema: casesSchema(ref) }),
  glossary: defineCollection({ loader: mdx('glossary'), schema: glossarySchema(ref) }),
  training: defineCollection({ loader: mdx('training'), schema: trainingSchema(ref) }),
  statutes: defineCollection({
    loader: glob({ base: './content/statutes', pattern: '*.json' }),
    schema: statuteSchema,
  }),
  /** The search synonym table: one YAML list; rows are numbered from 1 in the order written. */
  synonyms: defineCollection({
    loader: file('./content/search/synonyms.yaml', {
      parser: (text) => Object.fromEntries((parseYaml(text) as Array<Record<string, unknown>>).map((row, index) => [String(index + 1), row])),
    }),
    schema: synonymSchema,
  }),
};

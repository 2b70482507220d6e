/**
 * Every content entry validates against its schema, with references checked against the
 * ids that exist, and every citation in a body resolves. Fast enough to run while writing:
 *   npx vitest run tests/unit/content.test.ts
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import {
  casesSchema, checklistsSchema, glossarySchema, powersSchema, proceduresSchema, trainingSchema,
  type ReferenceFn, type ReferencedCollection,
} from '../../src/schemas/collections.ts';
import { MDX_COLLECTIONS, readCollection } from '../../src/lib/content-files.ts';
import { missingReviewTrail, reviewFindings } from '../../src/lib/law-changes/review-check.ts';
import { checkBodyCitations } from '../../src/lib/content-check.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemas = { powers: powersSchema, procedures: proceduresSchema, checklists: checklistsSchema, cases: casesSchema, glossary: glossarySchema, training: trainingSchema };
const ids = Object.fromEntries(Object.keys(schemas).map((name) => [name, new Set(readCollection(root, name).map((file) => file.id))]));

/** A reference() stand-in that checks the id exists on disk. */
const reference = ((collection: ReferencedCollection) =>
  z.string().refine((id) => ids[collection]!.has(id), { message: `no entry with this id in content/${collection}/` })) as unknown as ReferenceFn;

for (const [collection, makeSchema] of Object.entries(schemas)) {
  const files = readCollection(root, collection);
  describe(`content/${collection}`, () => {
    if (files.length === 0) it.skip('has no entries yet', () => {});
    else it.each(files.map((file) => [file.id, file] as const))('%s validates', (_id, file) => {
      const result = makeSchema(reference).safeParse(file.data);
      const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      expect(problems, file.path).toEqual([]);
    });
  });
}

describe('citations in MDX bodies', () => {
  it('all resolve against the statute data', () => {
    expect(checkBodyCitations(root)).toEqual([]);
  });
});

describe('review trail', () => {
  const files = MDX_COLLECTIONS.flatMap((collection) => readCollection(root, collection));

  it('every page, guides included, says when it was last checked against the law', () => {
    expect(missingReviewTrail(files, root)).toEqual([]);
  });

  // As the build: a warning while writing, a failure when HANDBOOK_STRICT_REVIEW=1 (CI).
  it.runIf(process.env.HANDBOOK_STRICT_REVIEW === '1')('no page was reviewed before a change in a law it cites', () => {
    expect(reviewFindings(files, root).map((finding) => `${finding.file}: ${finding.problem}`)).toEqual([]);
  });
});

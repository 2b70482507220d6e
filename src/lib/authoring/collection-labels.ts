import type { CheckedCollection } from '../checker/check-content.ts';

/** What each content folder holds, in the words of content/README.md. */
export const COLLECTION_LABELS: Record<CheckedCollection, string> = {
  powers: '法定职权',
  procedures: '工作程序',
  checklists: '工作清单',
  cases: '案例',
  glossary: '术语',
  training: '培训模块',
  guides: '指南',
};

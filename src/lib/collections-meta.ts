/**
 * What each collection is called in the interface and where its pages live. Shared by the
 * sidebar, the search filters, the export and the page templates.
 */
export const COLLECTIONS = {
  powers: { label: '法定职权', short: '职权', route: 'powers' },
  procedures: { label: '工作程序', short: '程序', route: 'procedures' },
  checklists: { label: '工作清单', short: '清单', route: 'checklists' },
  cases: { label: '案例', short: '案例', route: 'cases' },
  training: { label: '培训模块', short: '培训', route: 'training' },
  glossary: { label: '术语表', short: '术语', route: 'glossary' },
  statutes: { label: '法律全文', short: '法律', route: 'law' },
  docs: { label: '指南', short: '指南', route: 'guides' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** The page address of an entry, without the site base: /powers/budget/. */
export function entryPath(collection: CollectionName, id: string): string {
  if (collection === 'glossary') return `/glossary/#${id}`;
  if (collection === 'docs') return `/${id}/`;
  return `/${COLLECTIONS[collection].route}/${id}/`;
}

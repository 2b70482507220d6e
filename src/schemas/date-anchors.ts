/**
 * The dates a chair can enter in the session planner, and what the form calls them. Kept apart
 * from the schemas (no zod here) because the planner and checklist pages use these names in the
 * browser.
 */
export const DATE_ANCHORS = {
  session: '会议举行日期',
  election: '选举日',
  assignment: '建议交办日期',
  budget: '预算批准日期',
  accounts: '决算批准日期',
} as const;
export type DateAnchor = keyof typeof DATE_ANCHORS;

/** When a date is not the plan's main one, the form says when to fill it in. */
export const DATE_HINTS: Partial<Record<DateAnchor, string>> = {
  election: '换届那年才填',
  budget: '这次会议批准预算才填',
  accounts: '这次会议批准决算才填',
  session: '填了就能排会前工作',
};

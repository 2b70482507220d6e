/**
 * Where plans live: one localStorage entry, `handbook:planner`, shared by the planner page and
 * the checklist pages (a checklist's ticks are the tasks of its current plan). No zod here:
 * checklist pages load this and must stay light; imports are checked in transfer.ts.
 *
 * Before plans existed each checklist kept one set of ticks under
 * `handbook:checklist:<id>` (a JSON array of item ids). The first time a page sees such an
 * entry it becomes a plan named 「升级前的勾选」 with every tick; the old entry is removed only
 * after the new state is saved.
 */
import { newPlan, type Plan, type PlanTask } from './model.ts';

/**
 * Browsers keep one localStorage per host: a handbook built for a sub-path (HANDBOOK_BASE=/rdsc/)
 * names its keys after it (handbook@/rdsc/:planner), so two handbooks on one host keep apart.
 * At the root the keys stay as they always were.
 */
const SCOPE = import.meta.env.BASE_URL === '/' ? 'handbook' : `handbook@${import.meta.env.BASE_URL.replace(/\/?$/, '/')}`;
export const STORE_KEY = `${SCOPE}:planner`;
export const OLD_CHECKLIST_PREFIX = `${SCOPE}:checklist:`;
/** A stored state that could not be read is set aside here, never overwritten. */
export const DAMAGED_KEY = `${SCOPE}:planner:damaged`;

export interface PlannerState {
  version: 1;
  plans: Plan[];
  /** The plan each template (checklist) works on now. */
  active: Record<string, string>;
}

export const emptyState = (): PlannerState => ({ version: 1, plans: [], active: {} });

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The saved state; a damaged one is kept aside under DAMAGED_KEY and an empty state returned. */
export function loadState(): PlannerState {
  const store = storage();
  const raw = store?.getItem(STORE_KEY);
  if (!raw) return emptyState();
  try {
    const value = JSON.parse(raw) as PlannerState;
    if (value && value.version === 1 && Array.isArray(value.plans) && typeof value.active === 'object' && value.active) return value;
  } catch {
    /* fall through */
  }
  store?.setItem(DAMAGED_KEY, raw);
  return emptyState();
}

/** Saves; false when the browser refuses (storage off or full): the page then says changes last only until it closes. */
export function saveState(state: PlannerState): boolean {
  try {
    storage()?.setItem(STORE_KEY, JSON.stringify(state));
    return storage() !== undefined;
  } catch {
    return false;
  }
}

export function plansOf(state: PlannerState, template: string): Plan[] {
  return state.plans.filter((plan) => plan.template === template);
}

export function activePlan(state: PlannerState, template: string): Plan | undefined {
  const plans = plansOf(state, template);
  return plans.find((plan) => plan.id === state.active[template]) ?? plans[plans.length - 1];
}

export function updatePlan(state: PlannerState, id: string, change: (plan: Plan) => void): void {
  const plan = state.plans.find((candidate) => candidate.id === id);
  if (!plan) return;
  change(plan);
  plan.updated = new Date().toISOString();
}

export function setTask(state: PlannerState, planId: string, taskId: string, change: Partial<PlanTask>): void {
  updatePlan(state, planId, (plan) => {
    plan.tasks[taskId] = { ...plan.tasks[taskId], ...change };
  });
}

/**
 * Moves a checklist's old single set of ticks into a first plan. Returns whether anything
 * moved. Ids no longer in the checklist are kept too (nothing is lost; they just do not show).
 */
export function migrateOldTicks(state: PlannerState, checklistId: string): boolean {
  const store = storage();
  const key = OLD_CHECKLIST_PREFIX + checklistId;
  const raw = store?.getItem(key);
  if (raw === null || raw === undefined) return false;
  let ticked: unknown;
  try {
    ticked = JSON.parse(raw);
  } catch {
    return false;
  }
  if (!Array.isArray(ticked)) return false;
  const plan = newPlan({ id: checklistId, title: '' }, '升级前的勾选', {}, `plan-${checklistId}-before-upgrade`);
  plan.tasks = Object.fromEntries(ticked.filter((id): id is string => typeof id === 'string').map((id) => [id, { done: true }]));
  if (!state.plans.some((existing) => existing.id === plan.id)) state.plans.push(plan);
  state.active[checklistId] ??= plan.id;
  if (saveState(state)) store!.removeItem(key);
  return true;
}

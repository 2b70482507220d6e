/**
 * The session planner in the browser: the list of plans, a form for a new one, the open plan
 * (dates, tasks with owner, tick and note, the law's deadlines, sign-off), calendar and print,
 * and saving all plans to a file and back. State lives in localStorage (store.ts); every
 * change is saved at once.
 */
import { DATE_ANCHORS, DATE_HINTS } from '../../schemas/date-anchors.ts';
import { compareDates, describeOffset, formatChinese, parseDate, weekday, WEEKDAY_NAMES } from '../../lib/planner/dates.ts';
import { dateWarnings, dateLabelOf, newPlan, planRows, today, weekendAdvice, type Plan, type PlanRow, type PlanTemplate } from '../../lib/planner/model.ts';
import { loadState, migrateOldTicks, saveState, setTask, updatePlan, type PlannerState } from '../../lib/planner/store.ts';
import { exportFile, readImportFile } from '../../lib/planner/transfer.ts';
import { planCalendar } from '../../lib/planner/calendar.ts';
import { pageAddress } from '../../lib/offline/page-address.ts';

type Child = Node | string | false | null | undefined;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== false && child !== null && child !== undefined) element.append(child);
  return element;
}

/** Element.append, leaving out the parts not shown (false, null). */
function append(parent: HTMLElement, ...children: Child[]) {
  for (const child of children) if (child !== false && child !== null && child !== undefined) parent.append(child);
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|]/g, ' ').trim() || '日程';
const dateLabel = (row: PlanRow) => (row.date ? `${formatChinese(row.date)} ${WEEKDAY_NAMES[weekday(row.date)]}` : '');

export function startPlanner(root: HTMLElement) {
  const templates: PlanTemplate[] = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!);
  const templateOf = (id: string) => templates.find((template) => template.id === id);
  let state: PlannerState = loadState();
  // Old single sets of ticks become plans here too, so the list shows them.
  for (const template of templates) migrateOldTicks(state, template.id);
  let openId: string | undefined = new URLSearchParams(location.search).get('plan') ?? undefined;

  const listBox = root.querySelector<HTMLElement>('[data-plan-list]')!;
  const planBox = root.querySelector<HTMLElement>('[data-plan-view]')!;
  const printBox = document.querySelector<HTMLElement>('[data-plan-print]')!;
  // What a printed plan leaves out: the page around the table.
  document.querySelectorAll('.main-frame .content-panel > *').forEach((part) => {
    if (!part.contains(printBox)) part.setAttribute('data-plan-print-hidden', '');
  });
  const status = root.querySelector<HTMLElement>('[data-planner-status]')!;
  // The message floats at the foot of the screen; it goes after a while so as not to cover the buttons.
  let clearing: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string) => {
    status.textContent = message;
    clearTimeout(clearing);
    clearing = setTimeout(() => (status.textContent = ''), 12_000);
  };

  const save = () => {
    if (!saveState(state)) say('这个浏览器不让保存（可能关闭了本地存储）：关掉页面后改动会丢失。请用“导出全部日程”存成文件。');
  };

  function renderList() {
    listBox.replaceChildren();
    if (!state.plans.length) {
      listBox.append(h('p', {}, '还没有日程。用下面的表单新建一份。'));
      return;
    }
    const list = h('ul', { class: 'plan-list' });
    for (const plan of state.plans) {
      const template = templateOf(plan.template);
      const total = template?.tasks.length ?? 0;
      const done = template ? template.tasks.filter((task) => plan.tasks[task.id]?.done).length : 0;
      // The plan's main date first (选举日 for the 换届 plan), whatever order it was entered in.
      const firstDate = (template?.anchors ?? Object.keys(plan.dates)).map((anchor) => [anchor, plan.dates[anchor] ?? ''] as const).find(([, text]) => parseDate(text));
      const open = h('button', { type: 'button', class: 'button-secondary', 'aria-current': plan.id === openId ? 'true' : undefined }, plan.id === openId ? '正在查看' : '打开');
      open.addEventListener('click', () => openPlan(plan.id));
      const remove = h('button', { type: 'button', class: 'button-secondary' }, '删除', h('span', { class: 'sr-only' }, `：${plan.name}`));
      remove.addEventListener('click', () => {
        if (!confirm(`删除“${plan.name}”？删除后不能恢复（可以先导出备份）。`)) return;
        state.plans = state.plans.filter((candidate) => candidate.id !== plan.id);
        for (const [key, value] of Object.entries(state.active)) if (value === plan.id) delete state.active[key];
        if (openId === plan.id) openId = undefined;
        save();
        render();
        say(`已删除“${plan.name}”。`);
      });
      list.append(
        h('li', { class: 'plan-list__item', 'data-plan-id': plan.id },
          h('span', { class: 'plan-list__name' }, plan.name),
          h('span', { class: 'plan-list__meta' }, `${template?.title ?? '（清单已不在手册中）'}${firstDate && template ? ` · ${dateLabelOf(template, firstDate[0])} ${formatChinese(parseDate(firstDate[1])!)}` : ''} · 完成 ${done}/${total}`),
          h('span', { class: 'plan-list__actions' }, open, remove),
        ),
      );
    }
    listBox.append(list);
  }

  function openPlan(id: string | undefined) {
    openId = id;
    const plan = state.plans.find((candidate) => candidate.id === id);
    if (plan) {
      state.active[plan.template] = plan.id;
      save();
    }
    const url = new URL(location.href);
    if (id) url.searchParams.set('plan', id);
    else url.searchParams.delete('plan');
    history.replaceState(null, '', url);
    render();
    if (plan) planBox.querySelector<HTMLElement>('h2')?.focus();
  }

  function dateFields(template: PlanTemplate, dates: Record<string, string>, onChange: (anchor: string, value: string) => void) {
    return template.anchors.map((anchor, index) => {
      const input = h('input', { type: 'date', name: anchor, value: dates[anchor] ?? '' });
      input.addEventListener('change', () => onChange(anchor, input.value));
      // The plan's main date needs no hint; the others say when to fill them in.
      const hint = index > 0 ? DATE_HINTS[anchor as keyof typeof DATE_HINTS] : undefined;
      return h('label', { class: 'planner__date' }, dateLabelOf(template, anchor), hint && h('span', { class: 'planner__hint-text' }, `（${hint}）`), input);
    });
  }

  function taskRow(plan: Plan, row: PlanRow) {
    const task = row.task!;
    const saved = plan.tasks[task.id] ?? {};
    const box = h('input', { type: 'checkbox', id: `done-${task.id}`, checked: Boolean(saved.done) });
    box.addEventListener('change', () => {
      setTask(state, plan.id, task.id, { done: box.checked });
      save();
      renderPrint();
      renderList();
    });
    const owner = h('input', { type: 'text', value: saved.owner ?? task.owner, 'aria-label': `负责：${task.text}` });
    owner.addEventListener('change', () => {
      setTask(state, plan.id, task.id, { owner: owner.value.trim() });
      save();
      renderPrint();
    });
    const note = h('input', { type: 'text', value: saved.note ?? '', placeholder: '备注', 'aria-label': `备注：${task.text}` });
    note.addEventListener('change', () => {
      setTask(state, plan.id, task.id, { note: note.value });
      save();
      renderPrint();
    });
    const overdue = row.date && !saved.done && compareDates(row.date, parseDate(today())!) < 0;
    return h('li', { class: `plan-row plan-row--task${saved.done ? ' plan-row--done' : ''}`, 'data-row': task.id },
      h('p', { class: 'plan-row__date' },
        row.date ? dateLabel(row) : '没有固定日期',
        // A task on the entered day itself (选举日, 会议当天) needs no label: the date is the one entered.
        row.date && task.due?.days !== 0 && h('span', { class: `badge${task.legal ? ' badge--law' : ''}` }, task.legal ? '法定期限' : '建议日期'),
        overdue && h('span', { class: 'badge badge--late' }, '日期已过，还没勾完成'),
      ),
      h('div', { class: 'plan-row__main' }, box, h('label', { for: `done-${task.id}` }, task.text)),
      weekendNote(row),
      h('div', { class: 'plan-row__fields' }, h('label', {}, '负责', owner), note),
    );
  }

  function weekendNote(row: PlanRow) {
    const advice = weekendAdvice(row);
    return advice && h('p', { class: 'plan-row__weekend' }, advice);
  }

  function deadlineRow(row: PlanRow) {
    const deadline = row.deadline!;
    return h('li', { class: 'plan-row plan-row--deadline', 'data-row': deadline.id },
      h('p', { class: 'plan-row__date' },
        row.date ? `${deadline.kind === 'not-before' ? '最早' : '最晚'} ${dateLabel(row)}` : `${describeOffset(deadline.when, DATE_ANCHORS)}（填写日期后算出）`,
        h('span', { class: 'badge badge--law' }, '法定期限'),
      ),
      h('p', { class: 'plan-row__main' }, h('strong', {}, deadline.title)),
      h('p', { class: 'plan-row__law' }, '法律原文：“', deadline.words, '”（', h('a', { href: pageAddress(deadline.href) }, deadline.citation), '）'),
      deadline.note && h('p', { class: 'plan-row__note' }, deadline.note),
      weekendNote(row),
    );
  }

  function renderPlan() {
    planBox.replaceChildren();
    const plan = state.plans.find((candidate) => candidate.id === openId);
    const template = plan && templateOf(plan.template);
    planBox.hidden = !plan;
    if (!plan || !template) return;
    const name = h('input', { type: 'text', value: plan.name, 'aria-label': '日程名称' });
    name.addEventListener('change', () => {
      updatePlan(state, plan.id, (target) => (target.name = name.value.trim() || target.name));
      save();
      renderList();
      renderPrint();
      planBox.querySelector('h2')!.textContent = plan.name;
    });
    const rows = planRows(template, plan);
    const dated = rows.filter((row) => row.date);
    const undated = rows.filter((row) => !row.date);
    const toItem = (row: PlanRow) => (row.kind === 'task' ? taskRow(plan, row) : deadlineRow(row));
    const ics = h('button', { type: 'button', class: 'button-secondary' }, '导出到日历（.ics）');
    ics.addEventListener('click', () => {
      const text = planCalendar(template, plan);
      if (!text) return say('还没有日期：先填上面的日期，再导出到日历。');
      download(`${safeFileName(plan.name)}.ics`, text, 'text/calendar;charset=utf-8');
      say(`已导出 ${dated.length} 个日期。用 Outlook、WPS 或手机日历打开这个文件即可导入。`);
    });
    const print = h('button', { type: 'button', class: 'button-secondary' }, '打印一页表');
    const warnings = dateWarnings(template, plan).map(({ deadline, limit, entered }) =>
      h('p', {}, `${dateLabelOf(template, deadline.limits!)} ${formatChinese(entered)} ${deadline.kind === 'not-before' ? '早于' : '晚于'}法律规定的${deadline.kind === 'not-before' ? '最早' : '最晚'}日期 ${formatChinese(limit)}：${deadline.title}，“${deadline.words}”（`, h('a', { href: pageAddress(deadline.href) }, deadline.citation), '）。请改日期，或者核对填的日期对不对。'),
    );
    print.addEventListener('click', () => window.print());
    const signName = h('input', { type: 'text', value: plan.signoff?.name ?? '', 'aria-label': '审核人' });
    const signDate = h('input', { type: 'date', value: plan.signoff?.date ?? '', 'aria-label': '审核日期' });
    for (const input of [signName, signDate]) {
      input.addEventListener('change', () => {
        updatePlan(state, plan.id, (target) => (target.signoff = { name: signName.value.trim(), date: signDate.value }));
        save();
        renderPrint();
      });
    }
    append(planBox,
      h('h2', { id: 'plan', tabindex: '-1' }, plan.name),
      h('p', { class: 'planner__template' }, '清单：', h('a', { href: pageAddress(template.href) }, template.title), '。勾选和这张清单页面上的勾选是同一份。'),
      h('div', { class: 'planner__dates' },
        h('label', {}, '名称', name),
        ...dateFields(template, plan.dates, (anchor, value) => {
          updatePlan(state, plan.id, (target) => (target.dates[anchor] = value));
          save();
          render();
        }),
      ),
      warnings.length > 0 && h('div', { class: 'planner__warning', role: 'alert' }, h('p', {}, h('strong', {}, '日期和法律规定对不上')), ...warnings),
      h('div', { class: 'planner__actions' }, template.anchors.length > 0 && ics, print),
      template.anchors.length > 0 && !dated.length && h('p', { class: 'planner__hint' }, `填上${dateLabelOf(template, template.anchors[0]!)}，每项工作的日期和法定期限就会算出来。`),
      dated.length > 0 && h('ol', { class: 'plan-rows' }, ...dated.map(toItem)),
      undated.length > 0 && h('details', { class: 'planner__undated', open: !dated.length }, h('summary', {}, `没有日期的事项（${undated.length}）`), h('ol', { class: 'plan-rows' }, ...undated.map(toItem))),
      h('div', { class: 'planner__signoff' }, h('label', {}, '审核人', signName), h('label', {}, '日期', signDate)),
    );
  }

  /** The one-page A4 table: task, owner, due, done, signature. */
  function renderPrint() {
    printBox.replaceChildren();
    // Printing shows the table alone. Marked here, not found with CSS :has(), which Chromium before 105 lacks.
    document.documentElement.removeAttribute('data-printing-plan');
    const plan = state.plans.find((candidate) => candidate.id === openId);
    const template = plan && templateOf(plan.template);
    if (!plan || !template) return;
    document.documentElement.setAttribute('data-printing-plan', '');
    const rows = planRows(template, plan);
    // A plan that runs over a year's end (the 换届 plan starts a year before) prints the years too.
    const years = new Set(rows.flatMap((row) => (row.date ? [row.date.year] : [])));
    const day = (date: NonNullable<PlanRow['date']>) => `${years.size > 1 ? `${date.year}年` : ''}${date.month}月${date.day}日`;
    const dates = template.anchors.filter((anchor) => parseDate(plan.dates[anchor] ?? '')).map((anchor) => `${dateLabelOf(template, anchor)}：${formatChinese(parseDate(plan.dates[anchor]!)!)}`);
    printBox.append(
      h('h1', { class: 'form-title' }, plan.name),
      h('p', { class: 'print-plan__meta' }, `${template.title}${dates.length ? `。${dates.join('；')}` : ''}`),
      ...dateWarnings(template, plan).map(({ deadline, limit }) => h('p', { class: 'print-plan__warning' }, `注意：${dateLabelOf(template, deadline.limits!)}晚于法律规定的最晚日期 ${formatChinese(limit)}（${deadline.citation}）。`)),
      h('table', { class: 'form-table print-plan__table' },
        h('thead', {}, h('tr', {}, ...['日期', '事项', '负责', '完成', '签字'].map((text) => h('th', { scope: 'col' }, text)))),
        // Deadlines whose starting date is not entered (the election, in a year without one) stay off the paper.
        h('tbody', {}, ...rows.filter((row) => row.kind === 'task' || row.date).map((row) => {
          if (row.kind === 'deadline') {
            const deadline = row.deadline!;
            return h('tr', { class: 'print-plan__deadline' }, h('td', {}, `${deadline.kind === 'not-before' ? '最早' : '最晚'}${day(row.date!)}`), h('td', { colspan: '4' }, `【法定期限】${deadline.title}（${deadline.citation}）`));
          }
          const saved = plan.tasks[row.id] ?? {};
          return h('tr', {}, h('td', {}, row.date ? day(row.date) : '—'), h('td', {}, row.task!.text, saved.note ? `（${saved.note}）` : ''), h('td', {}, saved.owner ?? row.task!.owner), h('td', { class: 'print-plan__done' }, saved.done ? '✓' : ''), h('td', {}, ''));
        })),
      ),
      h('p', { class: 'print-plan__signoff' }, `审核人：${plan.signoff?.name || '＿＿＿＿＿＿'}　　日期：${plan.signoff?.date ? formatChinese(parseDate(plan.signoff.date)!) : '＿＿＿＿年＿＿月＿＿日'}`),
    );
  }

  function render() {
    renderList();
    renderPlan();
    renderPrint();
  }

  // New plan.
  const form = root.querySelector<HTMLFormElement>('[data-new-plan]')!;
  const templateSelect = form.querySelector<HTMLSelectElement>('select[name="template"]')!;
  const nameInput = form.querySelector<HTMLInputElement>('input[name="name"]')!;
  const newDates = form.querySelector<HTMLElement>('[data-new-dates]')!;
  const fillDates = () => {
    const template = templateOf(templateSelect.value)!;
    newDates.replaceChildren(...dateFields(template, {}, () => {}));
    nameInput.placeholder = template.anchors.includes('session') ? '例如：2027年第一次会议' : template.anchors.includes('election') ? '例如：2026年换届选举' : '例如：2027年第一季度';
  };
  templateSelect.addEventListener('change', fillDates);
  fillDates();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const template = templateOf(templateSelect.value)!;
    const dates = Object.fromEntries([...newDates.querySelectorAll<HTMLInputElement>('input[type="date"]')].filter((input) => input.value).map((input) => [input.name, input.value]));
    const plan = newPlan(template, nameInput.value, dates);
    state.plans.push(plan);
    save();
    form.reset();
    fillDates();
    say(`已新建“${plan.name}”。`);
    openPlan(plan.id);
  });

  // Backup to a file and back.
  root.querySelector('[data-export-state]')!.addEventListener('click', () => {
    const stamp = new Date().toISOString().slice(0, 10);
    download(`乡镇人大工作手册-日程备份-${stamp}.json`, exportFile(state), 'application/json');
    say(`已导出 ${state.plans.length} 份日程。换电脑或清理浏览器后，用“导入日程文件”恢复。`);
  });
  const fileInput = root.querySelector<HTMLInputElement>('[data-import-state]')!;
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const result = readImportFile(await file.text());
    if (!result.ok) return say(result.message);
    if (state.plans.length && !confirm(`导入会用文件里的 ${result.state.plans.length} 份日程替换本机现有的 ${state.plans.length} 份。继续？`)) return say('没有导入，现有日程没有改动。');
    state = result.state;
    save();
    openPlan(undefined);
    say(`已导入 ${state.plans.length} 份日程。`);
  });

  if (openId && !state.plans.some((plan) => plan.id === openId)) openId = undefined;
  render();
  root.dataset.ready = 'true';
}

/**
 * Build time: the planner's templates, one per checklist. Tasks are the checklist's items
 * (with `due` where the content gives one); deadlines are the `deadlines` of the procedures
 * the checklist supports, counted from the same dates its tasks use (a session checklist
 * does not ask for the day a suggestion was assigned). A deadline whose words are not in its
 * article stops the build, naming the file.
 */
import type { CollectionEntry } from 'astro:content';
import { citationHref, citedText, formatCitation, resolveCitation } from '../citations.ts';
import { DATE_ANCHORS } from '../../schemas/planner.ts';
import { isLegalDue, type PlanTemplate, type TemplateDeadline } from './model.ts';

type Checklist = Pick<CollectionEntry<'checklists'>, 'id' | 'data'>;
type Procedure = Pick<CollectionEntry<'procedures'>, 'id' | 'data'>;

export function procedureDeadlines(procedure: Procedure): TemplateDeadline[] {
  return procedure.data.deadlines.map((deadline, index) => {
    const resolved = resolveCitation(deadline.basis);
    const where = `content/procedures/${procedure.id}.mdx deadlines[${index}]`;
    if (!resolved.ok) throw new Error(`${where}.basis: ${resolved.problem}`);
    if (!citedText(resolved.value).replace(/\n/g, '').includes(deadline.words)) {
      throw new Error(`${where}.words: “${deadline.words}” is not in the text of ${formatCitation(deadline.basis)}; copy the time limit exactly from the article`);
    }
    return {
      id: deadline.id,
      title: deadline.title,
      when: deadline.when,
      kind: deadline.kind,
      words: deadline.words,
      citation: formatCitation(deadline.basis),
      href: citationHref(deadline.basis),
      law: deadline.basis.law,
      article: deadline.basis.article,
      onlyWith: deadline.onlyWith,
      limits: deadline.limits,
      procedure: { title: procedure.data.title, href: `/procedures/${procedure.id}/` },
      note: deadline.note,
    };
  });
}

const anchorOf = (offset: { before?: string | undefined; after?: string | undefined }) => (offset.before ?? offset.after)!;

export function plannerTemplates(checklists: Checklist[], procedures: Procedure[]): PlanTemplate[] {
  const byId = new Map(procedures.map((procedure) => [procedure.id, procedure]));
  return [...checklists]
    .sort((a, b) => a.data.order - b.data.order)
    .map((checklist) => {
      const used = new Set<string>(checklist.data.planDates ?? checklist.data.items.flatMap((item) => (item.due ? [anchorOf(item.due)] : [])));
      checklist.data.items.forEach((item, index) => {
        for (const anchor of [item.due && anchorOf(item.due), item.onlyWith]) {
          if (anchor && !used.has(anchor)) throw new Error(`content/checklists/${checklist.id}.mdx items[${index}]: counts from \`${anchor}\`, which \`planDates\` (${[...used].join(', ')}) does not ask for; add it to planDates or count from one of those`);
        }
      });
      const seen = new Set<string>();
      const deadlines = checklist.data.procedures
        .flatMap((ref) => (byId.get(ref.id) ? procedureDeadlines(byId.get(ref.id)!) : []))
        // The same limit is listed on several procedures (选民名单 on the overview and on 选民登记).
        .filter((deadline) => used.has(anchorOf(deadline.when)) && !seen.has(deadline.id) && seen.add(deadline.id));
      // The form asks for the dates in the content's order, else in the planner's usual order.
      const anchors = checklist.data.planDates ?? Object.keys(DATE_ANCHORS).filter((anchor) => used.has(anchor));
      return {
        id: checklist.id,
        title: checklist.data.title,
        href: `/checklists/${checklist.id}/`,
        cadence: checklist.data.cadence,
        anchors,
        tasks: checklist.data.items.map((item) => ({ id: item.id, text: item.text, owner: item.owner, due: item.due, legal: isLegalDue(item.due, item.basis, deadlines), onlyWith: item.onlyWith })),
        deadlines,
      };
    });
}

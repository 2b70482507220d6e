/**
 * Quoted law in prose must be the law's exact words. Two places are checked:
 * - in MDX bodies, a phrase in “…” placed right before a <Citation …/> must occur in the
 *   cited text character for character;
 * - in procedures, a step's `threshold` and `deadline` are written in the law's words, so
 *   each must occur in the text of one of the step's own citations.
 * (Whole passages are quoted with <LawQuote>, which prints the statute data itself.)
 */
import { citedText, resolveCitation, type Citation } from './citations.ts';
import type { ContentFile } from './content-files.ts';

const QUOTE_THEN_CITATION = /“([^”]{2,200})”[（(]?\s*<Citation\s+([^>]*?)\/>/g;
const ATTRIBUTE = /(\w+)=(?:"([^"]*)"|\{\s*(\d+)\s*\})/g;

function textOf(citation: Citation): string | undefined {
  const resolved = resolveCitation(citation);
  return resolved.ok ? citedText(resolved.value).replace(/\n/g, '') : undefined;
}

function parseCitation(attributes: string): Citation {
  const values: Record<string, string> = {};
  for (const match of attributes.matchAll(ATTRIBUTE)) values[match[1]!] = match[2] ?? match[3]!;
  return {
    law: values.law ?? '',
    article: Number(values.article),
    ...(values.paragraph ? { paragraph: Number(values.paragraph) } : {}),
    ...(values.item ? { item: Number(values.item) } : {}),
  };
}

export function checkQuotedPhrases(file: ContentFile): string[] {
  const problems: string[] = [];
  for (const match of file.body.matchAll(QUOTE_THEN_CITATION)) {
    const phrase = match[1]!;
    const citation = parseCitation(match[2]!);
    const text = textOf(citation);
    if (text !== undefined && !text.includes(phrase)) {
      const line = file.body.slice(0, match.index).split('\n').length;
      problems.push(`${file.path} body line ${line}: “${phrase}” is not in the text of ${JSON.stringify(citation)}`);
    }
  }
  return problems;
}

export function checkStepWording(file: ContentFile): string[] {
  const problems: string[] = [];
  const steps = (file.data.steps as Array<{ title: string; threshold?: string; deadline?: string; basis?: Citation[] }> | undefined) ?? [];
  steps.forEach((step, index) => {
    const texts = (step.basis ?? []).map(textOf).filter((text): text is string => text !== undefined);
    if (!texts.length) return;
    for (const field of ['threshold', 'deadline'] as const) {
      const wording = step[field];
      if (wording && !texts.some((text) => text.includes(wording))) {
        problems.push(`${file.path} steps[${index}].${field}: “${wording}” is not the wording of the step's basis`);
      }
    }
  });
  return problems;
}

/** A procedure's `deadlines[].words` are the law's words for the time limit: they must be in the text of the deadline's basis. */
export function checkDeadlineWording(file: ContentFile): string[] {
  const deadlines = (file.data.deadlines as Array<{ id: string; words: string; basis: Citation }> | undefined) ?? [];
  return deadlines.flatMap((deadline, index) => {
    const text = textOf(deadline.basis);
    if (text === undefined) return [`${file.path} deadlines[${index}].basis: ${JSON.stringify(deadline.basis)} is not an article, paragraph or item of the law texts`];
    return text.includes(deadline.words) ? [] : [`${file.path} deadlines[${index}].words: “${deadline.words}” is not in the text of ${JSON.stringify(deadline.basis)}; copy the time limit exactly from the article`];
  });
}

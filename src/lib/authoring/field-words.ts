/**
 * A field's kind and limits in words, for the templates (`npm run new`) and the field tables in
 * content/README.md. Both are generated from the schemas (src/lib/checker/schema-walk.ts).
 */
import type { FieldInfo } from '../checker/schema-walk.ts';
import { DATE_ANCHORS, type DateAnchor } from '../../schemas/date-anchors.ts';
import { getStatute } from '../statutes/statute-data.ts';

const COLLECTION_WORDS: Record<string, string> = {
  powers: '职权', procedures: '程序', checklists: '清单', cases: '案例', glossary: '术语', training: '培训模块', guides: '指南',
};

/** What a code means, where an allowed value is a code: dates the planner counts from, law versions. */
function gloss(value: string): string {
  if (value in DATE_ANCHORS) return `${value}（${DATE_ANCHORS[value as DateAnchor]}）`;
  const statute = getStatute(value);
  if (statute) return `${value}（${statute.shortTitle.replace(/（\d{4}）$/, '')}${statute.amended ? ` ${statute.amended.slice(0, 4)}年` : ''}${statute.status === 'superseded' ? '，旧版' : ''}）`;
  return value;
}

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}${unit}`;
  if (min !== undefined) return `至少${min}${unit}`;
  if (max !== undefined) return `最多${max}${unit}`;
  return '';
}

/** 「文字，2–40字」, 「整数，1–14」, 「列表，至少3项，每项：一组字段」… */
export function kindWords(info: FieldInfo): string {
  switch (info.kind) {
    case 'string': {
      const limits = range(info.min && info.min > 1 ? info.min : undefined, info.max, '字');
      return ['文字', limits, info.pattern ? '只用小写字母、数字和连字符（-）' : ''].filter(Boolean).join('，');
    }
    case 'number':
      return [info.integer ? '整数' : '数字', range(info.min, info.max, '')].filter(Boolean).join('，');
    case 'boolean':
      return 'true 或 false';
    case 'date':
      return '日期，YYYY-MM-DD';
    case 'enum':
      return `只能是：${(info.values ?? []).map(gloss).join('、')}`;
    case 'reference':
      return `${COLLECTION_WORDS[info.reference ?? ''] ?? info.reference}的 id（content/${info.reference}/ 里的文件名）`;
    case 'citation':
      return '法律引用 { law, article, paragraph?, item? }';
    case 'array': {
      const element = info.element ? kindWords(info.element) : '';
      const count = range(info.min && info.min > 0 ? info.min : undefined, info.max, '项');
      return ['列表', count, element && info.element?.kind !== 'object' ? `每项：${element}` : ''].filter(Boolean).join('，');
    }
    case 'object':
      return '一组字段 { 字段: 值 }';
    case 'never':
      return '不再使用';
    case 'union':
      return (info.options ?? []).map(kindWords).join(' 或 ');
    default:
      return '';
  }
}

/** 「必填」 or 「选填」 (with the default when it says something). */
export function requiredWords(info: FieldInfo): string {
  if (info.required) return '必填';
  if (Array.isArray(info.defaultValue) && info.defaultValue.length === 0) return '选填，不写即为空';
  if (info.defaultValue !== undefined && typeof info.defaultValue !== 'object') return `选填，不写即为 ${String(info.defaultValue)}`;
  return '选填';
}

/** A value written as YAML's flow style: 审查和批准预算, [主席团], { law: organic-2022, article: 12 }. */
export function yamlValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${yamlValue(item)}`).join(', ')} }`;
  if (typeof value === 'string') {
    // Quote what YAML would read as something else: numbers, booleans, dates, leading symbols, ": " or " #".
    const plain = !/^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|^(true|false|null|yes|no|~)$|^[\d.+-]+$|[\n]|\s$/i.test(value) && value !== '';
    return plain ? value : JSON.stringify(value);
  }
  return String(value);
}

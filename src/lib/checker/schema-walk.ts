/**
 * Reads a collection's zod schema as a description of its fields: type, required or not,
 * default, limits, allowed values, and the author's notes from `.meta({ description, examples })`.
 * One source for three things that must not drift from the schemas: the checker's messages
 * (the fields an object allows), the `npm run new` templates and the field tables in
 * content/README.md.
 */
import { z } from 'astro/zod';

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'array' | 'object' | 'reference' | 'citation' | 'union' | 'never' | 'other';

export interface FieldInfo {
  kind: FieldKind;
  /** False when the field may be left out (optional, or it has a default). */
  required: boolean;
  defaultValue?: unknown;
  /** The author's note, in Chinese: what to write. */
  description?: string;
  /** A valid example value. */
  example?: unknown;
  values?: readonly string[];
  min?: number;
  max?: number;
  /** True for whole numbers. */
  integer?: boolean;
  pattern?: RegExp;
  element?: FieldInfo;
  fields?: Record<string, FieldInfo>;
  /** For a reference: the collection it points into. */
  reference?: string;
  /** For a union: its alternatives. */
  options?: FieldInfo[];
  /** Rarely needed (Starlight's page options): in the field tables, not in new-entry templates. */
  advanced?: boolean;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp } } }>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Meta { description?: string; examples?: unknown[]; reference?: string; citation?: boolean; advanced?: boolean }

export function describeSchema(schema: z.ZodType): FieldInfo {
  let meta: Meta = {};
  let required = true;
  let defaultValue: unknown;
  let current = schema;
  // Unwrap optional / default / pipes, keeping the outermost note.
  for (;;) {
    const found = z.globalRegistry.get(current) as Meta | undefined;
    if (found) meta = { ...found, ...meta };
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? undefined : def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else {
      break;
    }
  }
  const def = defOf(current);
  const info: FieldInfo = { kind: 'other', required };
  if (defaultValue !== undefined) info.defaultValue = defaultValue;
  if (meta.description) info.description = meta.description;
  if (meta.advanced) info.advanced = true;
  if (meta.examples?.length) info.example = meta.examples[0];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') info.min = c.minimum!;
    else if (c.check === 'max_length') info.max = c.maximum!;
    else if (c.check === 'greater_than') info.min = c.inclusive ? c.value! : c.value! + 1;
    else if (c.check === 'less_than') info.max = c.inclusive ? c.value! : c.value! - 1;
    else if (c.check === 'number_format' && /int/.test(c.format ?? '')) info.integer = true;
    else if (c.check === 'string_format' && c.pattern) info.pattern = c.pattern;
  }
  if (meta.reference) return { ...info, kind: 'reference', reference: meta.reference };
  if (meta.citation) info.kind = 'citation';
  switch (def.type) {
    case 'string':
      info.kind = 'string';
      break;
    case 'number':
      info.kind = 'number';
      break;
    case 'boolean':
      info.kind = 'boolean';
      break;
    case 'date':
      info.kind = 'date';
      break;
    case 'never':
      info.kind = 'never';
      break;
    case 'enum':
      info.kind = 'enum';
      info.values = Object.values(def.entries ?? {});
      break;
    case 'array':
      info.kind = 'array';
      info.element = describeSchema(def.element!);
      break;
    case 'object':
      info.fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, describeSchema(field)]));
      // A statute citation is one thing to an author ({ law, article, paragraph?, item? }), explained once.
      info.kind = info.kind === 'citation' || (info.fields.law?.kind === 'enum' && info.fields.article) ? 'citation' : 'object';
      break;
    case 'union': {
      const options = (def.options ?? []).map(describeSchema);
      // A date written as text or read by YAML as a date is one thing to an author: a date.
      if (options.every((option) => option.kind === 'string' || option.kind === 'date')) {
        info.kind = 'date';
        const pattern = options.find((option) => option.pattern)?.pattern;
        if (pattern) info.pattern = pattern;
      } else {
        info.kind = 'union';
        info.options = options;
      }
      break;
    }
  }
  return info;
}

/** The field description at a path (numbers step into list elements), or undefined. */
export function fieldAt(info: FieldInfo, path: ReadonlyArray<PropertyKey>): FieldInfo | undefined {
  let current: FieldInfo | undefined = info;
  for (const step of path) {
    if (!current) return undefined;
    if (typeof step === 'number') current = current.element;
    else current = current.fields?.[String(step)] ?? current.options?.find((option) => option.fields?.[String(step)])?.fields?.[String(step)];
  }
  return current;
}

/**
 * Turns ajv's error list into the leaves Pacto's validator (santhosh-tekuri/jsonschema v6)
 * reports: one leaf per failing keyword, `type`/`const`/`enum` exclusive and terminal for the
 * schema object they belong to, `required` merged per object (names in schema order), `if`
 * and `oneOf`/`anyOf` summaries dropped (every failing oneOf branch's leaves are kept), dotted
 * instance paths (`interfaces.0.port`). Compile ajv with `allErrors: true, verbose: true`.
 */
import type { ErrorObject } from 'ajv';

/** The ajv options every profile's schema is compiled with (leaves need allErrors and verbose). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, validateFormats: false, useDefaults: false } as const;

export interface SchemaLeaf {
  /** Pacto's path: the instance location joined with `.` (`interfaces.0.port`, '' for the root). */
  path: string;
  /** The instance location as a JSON pointer (`/interfaces/0/port`). */
  pointer: string;
  keyword: string;
  /** Pacto's text without the `at '<pointer>': ` prefix. */
  text: string;
  /** The offending value (verbose mode). */
  data: unknown;
}

const TERMINAL_RANK: Record<string, number> = { type: 0, const: 1, enum: 2 };
const SUMMARIES = new Set(['if', 'oneOf', 'anyOf', 'then', 'else', 'allOf', '$ref', 'false schema']);

const parentOf = (schemaPath: string): string => schemaPath.slice(0, schemaPath.lastIndexOf('/'));
const within = (p: string, root: string): boolean => p === root || p.startsWith(root + '/');

export function pointerToDotted(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/** The JSON type name jsonschema v6 prints in `got X, want Y`. */
export function jsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** English digit grouping as Go's x/text printer uses for limits. */
export function groupDigits(n: unknown): string {
  return typeof n === 'number' ? n.toLocaleString('en-US', { maximumFractionDigits: 20 }) : String(n);
}

const quoteList = (vals: unknown[]): string => vals.map((v) => `'${String(v)}'`).join(', ');

function textOf(e: ErrorObject, missing?: string[]): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `got ${jsonTypeOf(e.data)}, want ${String(p.type)}`;
    case 'enum': {
      const vals = (p.allowedValues as unknown[]) ?? [];
      return vals.length === 1 ? `value must be ${quoteList(vals)}` : `value must be one of ${quoteList(vals)}`;
    }
    case 'const':
      return `value must be ${quoteList([p.allowedValue])}`;
    case 'required':
      return missing!.length === 1 ? `missing property ${quoteList(missing!)}` : `missing properties ${quoteList(missing!)}`;
    case 'minLength':
    case 'maxLength':
      return `${e.keyword}: got ${[...String(e.data)].length}, want ${String(p.limit)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${e.keyword}: got ${groupDigits(e.data)}, want ${groupDigits(p.limit)}`;
    case 'minItems':
    case 'maxItems':
      return `${e.keyword}: got ${(e.data as unknown[]).length}, want ${String(p.limit)}`;
    case 'pattern':
      return `${JSON.stringify(e.data).replace(/^"|"$/g, "'")} does not match pattern '${String(p.pattern)}'`;
    case 'not':
      return 'not failed';
    case 'additionalProperties':
      return `additional properties ${quoteList(missing ?? [p.additionalProperty])} not allowed`;
    default:
      return e.message ?? e.keyword;
  }
}

/** Pacto's leaves for one validation run (order follows ajv's, which is deterministic). */
export function flattenAjvErrors(errors: readonly ErrorObject[]): SchemaLeaf[] {
  let errs = errors.filter((e) => !SUMMARIES.has(e.keyword));
  // type > const > enum: the first failing one is the only error of its schema object.
  const winners = new Map<string, ErrorObject>();
  for (const e of errs) {
    const rank = TERMINAL_RANK[e.keyword];
    if (rank === undefined) continue;
    const key = e.instancePath + '\0' + parentOf(e.schemaPath);
    const cur = winners.get(key);
    if (!cur || TERMINAL_RANK[cur.keyword]! > rank) winners.set(key, e);
  }
  for (const w of winners.values()) {
    const parent = parentOf(w.schemaPath);
    errs = errs.filter((e) => e === w || !(within(e.instancePath, w.instancePath) && e.schemaPath.startsWith(parent + '/')));
  }
  // Merge `required` (and `additionalProperties`) per object and schema location.
  const out: SchemaLeaf[] = [];
  const merged = new Map<string, { e: ErrorObject; names: string[] }>();
  for (const e of errs) {
    if (e.keyword === 'required' || e.keyword === 'additionalProperties') {
      const key = e.keyword + '\0' + e.instancePath + '\0' + e.schemaPath;
      const name = String(
        (e.params as Record<string, unknown>).missingProperty ?? (e.params as Record<string, unknown>).additionalProperty,
      );
      const m = merged.get(key);
      if (m) {
        m.names.push(name);
        continue;
      }
      const entry = { e, names: [name] };
      merged.set(key, entry);
      out.push({ path: pointerToDotted(e.instancePath), pointer: e.instancePath, keyword: e.keyword, text: '', data: e.data });
      (out[out.length - 1] as SchemaLeaf & { _m?: typeof entry })._m = entry;
      continue;
    }
    out.push({ path: pointerToDotted(e.instancePath), pointer: e.instancePath, keyword: e.keyword, text: textOf(e), data: e.data });
  }
  for (const leaf of out as (SchemaLeaf & { _m?: { e: ErrorObject; names: string[] } })[]) {
    if (!leaf._m) continue;
    const { e, names } = leaf._m;
    if (e.keyword === 'required' && Array.isArray(e.schema)) {
      const order = e.schema as string[];
      names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    }
    leaf.text = textOf(e, names);
    delete leaf._m;
  }
  return out;
}

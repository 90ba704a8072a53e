/**
 * ajv errors → the leaves of jsonschema/v6's error tree, as Pacto reports them: type, then const,
 * then enum are exclusive and terminal for the schema object that failed them; one `required`
 * error per object; every failing `oneOf` branch's leaves kept; `if`/`oneOf`/`anyOf` wrappers dropped.
 */
import type { ErrorObject } from 'ajv';

export interface Leaf {
  /** Dotted instance location (`capabilities.0.binding.path`); "" for the root. */
  path: string;
  /** JSON pointer of the instance (`/capabilities/0/binding/path`). */
  pointer: string;
  keyword: string;
  message: string;
}

const WRAPPERS = new Set(['if', 'anyOf', 'allOf', '$ref', '$dynamicRef']);
const TERMINAL = ['type', 'const', 'enum'];

function parentOf(schemaPath: string): string {
  const i = schemaPath.lastIndexOf('/');
  return i < 0 ? schemaPath : schemaPath.slice(0, i);
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

/** Flattens ajv's (allErrors) output into Pacto's leaves. */
export function toLeaves(errors: ErrorObject[] | null | undefined, root: unknown): Leaf[] {
  let errs = (errors ?? []).slice();
  // oneOf summaries are wrappers unless no branch error exists (several branches matched).
  errs = errs.filter((e) => {
    if (e.keyword === 'oneOf') return !errs.some((o) => o !== e && under(o.schemaPath, e.schemaPath) && o.keyword !== 'oneOf');
    return !WRAPPERS.has(e.keyword);
  });
  // Terminal keywords: the first of type/const/enum that failed hides everything else its schema object reported.
  const drop = new Set<ErrorObject>();
  const groups = new Map<string, ErrorObject[]>();
  for (const e of errs) {
    const key = `${parentOf(e.schemaPath)}\u0000${e.instancePath}`;
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  for (const g of groups.values()) {
    const winner = TERMINAL.map((k) => g.find((e) => e.keyword === k)).find((e) => e !== undefined);
    if (!winner) continue;
    const parent = parentOf(winner.schemaPath);
    for (const e of errs) {
      if (e !== winner && under(e.schemaPath, parent) && under(e.instancePath, winner.instancePath) && !drop.has(winner)) drop.add(e);
    }
  }
  errs = errs.filter((e) => !drop.has(e));
  // One required error per object, listing the missing names in the schema's order.
  const out: Leaf[] = [];
  const requiredSeen = new Map<string, { leaf: Leaf; missing: string[] }>();
  for (const e of errs) {
    if (e.keyword === 'required') {
      const key = `${e.schemaPath}\u0000${e.instancePath}`;
      const name = String((e.params as { missingProperty?: string }).missingProperty ?? '');
      const seen = requiredSeen.get(key);
      if (seen) {
        seen.missing.push(name);
        seen.leaf.message = requiredMessage(e.instancePath, seen.missing);
        continue;
      }
      const leaf: Leaf = { path: dotted(e.instancePath), pointer: e.instancePath, keyword: 'required', message: requiredMessage(e.instancePath, [name]) };
      requiredSeen.set(key, { leaf, missing: [name] });
      out.push(leaf);
      continue;
    }
    out.push({ path: dotted(e.instancePath), pointer: e.instancePath, keyword: e.keyword, message: leafMessage(e, root) });
  }
  return out;
}

export function dotted(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function at(pointer: string): string {
  return `at '${pointer}'`;
}

function requiredMessage(pointer: string, missing: string[]): string {
  const names = missing.map((m) => `'${m}'`).join(', ');
  return `${at(pointer)}: missing ${missing.length === 1 ? 'property' : 'properties'} ${names} (add ${missing.length === 1 ? 'it' : 'them'})`;
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const k = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  return typeof v;
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function leafMessage(e: ErrorObject, root: unknown): string {
  const p = e.params as Record<string, unknown>;
  const value = valueAt(root, e.instancePath);
  const a = at(e.instancePath);
  switch (e.keyword) {
    case 'type':
      return `${a}: got ${jsonType(value)}, want ${String(p.type)}${typeHint(value, String(p.type))}`;
    case 'const':
      return `${a}: value must be ${show(p.allowedValue)} (got ${show(value)})`;
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const list = allowed.length === 1 ? `be ${show(allowed[0])}` : `be one of ${allowed.map(show).join(', ')}`;
      return `${a}: value must ${list} (got ${show(value)})`;
    }
    case 'not':
      return `${a}: not failed${notHint(e)}`;
    case 'pattern':
      return `${a}: ${show(value)} does not match pattern '${String(p.pattern)}'`;
    case 'minLength': case 'maxLength': case 'minItems': case 'maxItems': case 'minProperties': case 'maxProperties': {
      const got = typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.keys(value).length : 0;
      return `${a}: ${e.keyword}: got ${got}, want ${String(p.limit)}`;
    }
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      return `${a}: ${e.keyword}: got ${String(value)}, want ${String(p.limit)}`;
    case 'additionalProperties':
      return `${a}: additional properties '${String(p.additionalProperty)}' not allowed`;
    case 'oneOf':
      return `${a}: valid against more than one oneOf subschema (make it match exactly one)`;
    default:
      return `${a}: ${e.message ?? e.keyword}`;
  }
}

function typeHint(value: unknown, want: string): string {
  if (want === 'string' && typeof value === 'number') return ' (quote the value, e.g. "1.0")';
  if (want === 'boolean' && typeof value === 'string') return ' (use true or false, unquoted)';
  if (want === 'object' && value === null) return ' (give it a value or remove the key)';
  return '';
}

function notHint(e: ErrorObject): string {
  const s = e.schema as { required?: string[]; anyOf?: { required?: string[] }[] } | undefined;
  const names = s?.required ?? s?.anyOf?.flatMap((x) => x.required ?? []) ?? [];
  return names.length > 0 ? ` (must not have ${names.map((n) => `'${n}'`).join(' or ')} here)` : '';
}

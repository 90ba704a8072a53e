/**
 * Pacto's schema leaves for the 2.0 profile (contract schema, configuration values, policies):
 * the shared flattening (src/contracts/jsonschema.ts) plus messages that show the offending
 * value and a fix. Validators must be compiled with `allErrors: true, verbose: true`.
 */
import type { ErrorObject } from 'ajv';
import { flattenAjvErrors, pointerToDotted } from '../jsonschema.js';

export interface Leaf {
  /** Dotted instance location (`capabilities.0.binding.path`); "" for the root. */
  path: string;
  pointer: string;
  keyword: string;
  message: string;
}

/** `explain` may add a fix for a leaf (the 2.0 contract schema's oneOf shapes). */
export function toLeaves(errors: ErrorObject[] | null | undefined, explain?: (leaf: { path: string; keyword: string }) => string): Leaf[] {
  const errs = errors ?? [];
  const leaves = flattenAjvErrors(errs).map((l) => ({
    path: l.path,
    pointer: l.pointer,
    keyword: l.keyword,
    message: `at '${l.pointer}': ${l.text}${hint(
      l.keyword,
      l.data,
      errs.find((e) => e.instancePath === l.pointer && e.keyword === l.keyword),
    )}${explain?.(l) ?? ''}`,
  }));
  if (leaves.length === 0 && errs.length > 0) {
    // Bundle schemas can fail only through a summary keyword (a oneOf matched by several
    // branches, a false schema): never let a failure pass silently.
    const e = errs[errs.length - 1]!;
    leaves.push({
      path: pointerToDotted(e.instancePath),
      pointer: e.instancePath,
      keyword: e.keyword,
      message: `at '${e.instancePath}': ${e.message ?? e.keyword}`,
    });
  }
  return leaves;
}

function show(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function hint(keyword: string, data: unknown, e: ErrorObject | undefined): string {
  switch (keyword) {
    case 'enum':
    case 'const':
      return ` (got ${show(data)})`;
    case 'type': {
      const want = String((e?.params as { type?: unknown } | undefined)?.type ?? '');
      if (want === 'string' && typeof data === 'number') return ' (quote the value)';
      if (want === 'boolean' && typeof data === 'string') return ' (use true or false, unquoted)';
      if (want === 'object' && data === null) return ' (give it a value or remove the key)';
      return '';
    }
    default:
      return '';
  }
}

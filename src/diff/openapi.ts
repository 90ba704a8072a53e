/**
 * Interface spec and configuration schema diffs, as Pacto's openapi.go and schema.go: paths,
 * methods, parameters (by name:in), request bodies and responses (deep equality); top-level
 * schema properties. Format 2.0 adds the `required` rules of Pacto v3.
 */
import type { JsonValue } from '../contracts/yaml/generic.js';
import { Changes, sortedKeys } from './emit.js';
import { canonical, isObject, list, obj, readJson, readYaml, type Doc, type Side } from './side.js';

const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head', 'trace'];

export interface SpecOptions {
  /** Format 2.0: required parameters and schema `required` lists are classified on their own. */
  requiredRules: boolean;
  /** The head's pacto.yaml path the changes are annotated on (the interface entry). */
  at: string;
}

function pathsOf(spec: JsonValue | null): Map<string, Doc> | null {
  if (!isObject(spec)) return null;
  const out = new Map<string, Doc>();
  for (const [k, v] of Object.entries(obj(spec.paths))) if (isObject(v)) out.set(k, v);
  return out;
}

/** OpenAPI files of one interface; an unreadable or unparseable side yields nothing, as in Pacto. */
export function diffOpenApi(out: Changes, oldSide: Side, newSide: Side, oldRef: string, newRef: string, opts: SpecOptions): void {
  if (oldRef === '' || newRef === '') return;
  const oldPaths = pathsOf(readYaml(oldSide, oldRef));
  const newPaths = pathsOf(readYaml(newSide, newRef));
  if (!oldPaths || !newPaths) return;
  const { removedOrKept, added } = sortedKeys(oldPaths, newPaths);
  for (const p of removedOrKept) {
    const newMethods = newPaths.get(p);
    if (!newMethods) {
      out.add('openapi.paths', 'removed', p, undefined, { path: `openapi.paths[${p}]`, reason: `API path ${p} removed`, at: opts.at });
      continue;
    }
    diffMethods(out, p, oldPaths.get(p)!, newMethods, opts);
  }
  for (const p of added)
    out.add('openapi.paths', 'added', undefined, p, { path: `openapi.paths[${p}]`, reason: `API path ${p} added`, at: opts.at });
}

function diffMethods(out: Changes, p: string, oldOps: Doc, newOps: Doc, opts: SpecOptions): void {
  for (const m of HTTP_METHODS) {
    const inOld = Object.hasOwn(oldOps, m);
    const inNew = Object.hasOwn(newOps, m);
    const upper = m.toUpperCase();
    const where = `openapi.paths[${p}].methods[${upper}]`;
    if (inOld && !inNew)
      out.add('openapi.methods', 'removed', `${upper} ${p}`, undefined, {
        path: where,
        reason: `${upper} ${p} method removed`,
        at: opts.at,
      });
    else if (!inOld && inNew)
      out.add('openapi.methods', 'added', undefined, `${upper} ${p}`, { path: where, reason: `${upper} ${p} method added`, at: opts.at });
    else if (inOld && inNew) diffOperation(out, p, upper, oldOps[m], newOps[m], opts);
  }
}

function diffOperation(
  out: Changes,
  p: string,
  method: string,
  oldOp: JsonValue | undefined,
  newOp: JsonValue | undefined,
  opts: SpecOptions,
): void {
  if (!isObject(oldOp) && !isObject(newOp)) return;
  const o = obj(oldOp);
  const n = obj(newOp);
  diffParameters(out, p, method, list(o.parameters), list(n.parameters), opts);
  const body = `openapi.paths[${p}].methods[${method}].request-body`;
  const op = `${method} ${p}`;
  const hadBody = Object.hasOwn(o, 'requestBody');
  const hasBody = Object.hasOwn(n, 'requestBody');
  if (hadBody && !hasBody)
    out.add('openapi.request-body', 'removed', op, undefined, { path: body, reason: `${op} request body removed`, at: opts.at });
  else if (!hadBody && hasBody)
    out.add('openapi.request-body', 'added', undefined, op, { path: body, reason: `${op} request body added`, at: opts.at });
  else if (hadBody && hasBody && canonical(o.requestBody) !== canonical(n.requestBody)) {
    out.add('openapi.request-body', 'modified', op, op, { path: body, reason: `${op} request body modified`, at: opts.at });
  }
  const oldResp = new Map(Object.entries(obj(o.responses)));
  const newResp = new Map(Object.entries(obj(n.responses)));
  const { removedOrKept, added } = sortedKeys(oldResp, newResp);
  for (const code of removedOrKept) {
    const where = `openapi.paths[${p}].methods[${method}].responses[${code}]`;
    const v = `${op} ${code}`;
    if (!newResp.has(code))
      out.add('openapi.responses', 'removed', v, undefined, { path: where, reason: `${op} response ${code} removed`, at: opts.at });
    else if (canonical(oldResp.get(code)) !== canonical(newResp.get(code))) {
      out.add('openapi.responses', 'modified', v, v, { path: where, reason: `${op} response ${code} modified`, at: opts.at });
    }
  }
  for (const code of added) {
    out.add('openapi.responses', 'added', undefined, `${op} ${code}`, {
      path: `openapi.paths[${p}].methods[${method}].responses[${code}]`,
      reason: `${op} response ${code} added`,
      at: opts.at,
    });
  }
}

function indexParams(params: JsonValue[]): Map<string, Doc> {
  const m = new Map<string, Doc>();
  for (const raw of params) {
    if (!isObject(raw)) continue;
    const name = typeof raw.name === 'string' ? raw.name : '';
    const where = typeof raw.in === 'string' ? raw.in : '';
    const key = `${name}:${where}`;
    if (key !== ':') m.set(key, raw);
  }
  return m;
}

function label(param: Doc): string {
  return `${typeof param.in === 'string' ? param.in : ''} param '${typeof param.name === 'string' ? param.name : ''}'`;
}

function diffParameters(out: Changes, p: string, method: string, oldList: JsonValue[], newList: JsonValue[], opts: SpecOptions): void {
  const oldBy = indexParams(oldList);
  const newBy = indexParams(newList);
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  const op = `${method} ${p}`;
  for (const key of removedOrKept) {
    const where = `openapi.paths[${p}].methods[${method}].parameters[${key}]`;
    const o = oldBy.get(key)!;
    const n = newBy.get(key);
    if (!n) {
      out.add('openapi.parameters', 'removed', `${op} ${label(o)}`, undefined, {
        path: where,
        reason: `${op} ${label(o)} removed`,
        at: opts.at,
      });
    } else if (canonical(o) !== canonical(n)) {
      const madeRequired = opts.requiredRules && o.required !== true && n.required === true;
      const rule = madeRequired ? 'openapi.parameters.required' : 'openapi.parameters';
      const reason = madeRequired ? `${op} ${label(o)} made required` : `${op} ${label(o)} modified`;
      out.add(rule, 'modified', `${op} ${label(o)}`, `${op} ${label(n)}`, { path: where, reason, at: opts.at });
    }
  }
  for (const key of added) {
    const n = newBy.get(key)!;
    const required = opts.requiredRules && n.required === true;
    out.add(required ? 'openapi.parameters.required' : 'openapi.parameters', 'added', undefined, `${op} ${label(n)}`, {
      path: `openapi.paths[${p}].methods[${method}].parameters[${key}]`,
      reason: `${op} ${required ? 'required ' : ''}${label(n)} added`,
      at: opts.at,
    });
  }
}

/** Configuration schema files (read as JSON): top-level properties, and in 2.0 the `required` list. */
export function diffSchema(out: Changes, oldSide: Side, newSide: Side, oldRef: string, newRef: string, opts: SpecOptions): void {
  if (oldRef === '' || newRef === '') return;
  const o = readJson(oldSide, oldRef);
  const n = readJson(newSide, newRef);
  if (!isObject(o) || !isObject(n)) return;
  const set = (v: JsonValue | undefined): Map<string, true> => new Map(Object.keys(obj(v)).map((k) => [k, true]));
  diffSet(out, set(o.properties), set(n.properties), 'schema.properties', 'configuration property', opts.at);
  if (opts.requiredRules) {
    const names = (v: JsonValue | undefined): Map<string, true> =>
      new Map(
        list(v)
          .filter((x): x is string => typeof x === 'string')
          .map((k) => [k, true]),
      );
    diffSet(out, names(o.required), names(n.required), 'schema.required', 'required configuration property', opts.at);
  }
}

/** Pacto's diffStringSet: one removed/added change per key. */
function diffSet(out: Changes, oldSet: Map<string, true>, newSet: Map<string, true>, rule: string, entity: string, at: string): void {
  const { removedOrKept, added } = sortedKeys(oldSet, newSet);
  for (const k of removedOrKept) {
    if (!newSet.has(k)) out.add(rule, 'removed', k, undefined, { path: `${rule}[${k}]`, reason: `${entity} ${k} removed`, at });
  }
  for (const k of added) out.add(rule, 'added', undefined, k, { path: `${rule}[${k}]`, reason: `${entity} ${k} added`, at });
}

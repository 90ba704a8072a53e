/**
 * Format 2.0, as Pacto v3 compares it, and the format migration (1.0 <-> 2.0), where only what
 * the two models share is compared: service name and version, interfaces (1.0's http/event
 * types read as openapi/asyncapi, `contract` as `ref`), dependencies by ref, workload and state.
 */
import type { JsonValue } from '../contracts/yaml/generic.js';
import { TABLE_V2 } from './classification.js';
import { indexBy } from './compare-v1.js';
import { Changes, sortedKeys } from './emit.js';
import { diffOpenApi, diffSchema } from './openapi.js';
import { canonical, isObject, obj, str, type Doc, type Side } from './side.js';
import type { Change } from './types.js';

const V1_INTERFACE_TYPES: Record<string, string> = { http: 'openapi', event: 'asyncapi', grpc: 'grpc' };

/** A 1.0 document in 2.0's shape, holding only the fields the two models share. */
function sharedFromV1(doc: Doc): Doc {
  const rt = obj(doc.runtime);
  const service = obj(doc.service);
  const out: Doc = {
    pactoVersion: str(doc.pactoVersion),
    service: { name: str(service.name), version: str(service.version) },
    interfaces: (Array.isArray(doc.interfaces) ? doc.interfaces : []).filter(isObject).map((i) => ({
      name: str(i.name),
      type: V1_INTERFACE_TYPES[str(i.type)] ?? str(i.type),
      ref: str(i.contract),
      visibility: str(i.visibility),
    })),
    dependencies: (Array.isArray(doc.dependencies) ? doc.dependencies : []).filter(isObject).map((d) => ({ ...d, name: str(d.ref) })),
  };
  if (rt.workload !== undefined) out.workload = rt.workload;
  if (rt.state !== undefined) out.state = rt.state;
  return out;
}

/** A 2.0 document cut to the shared fields, dependencies keyed by ref like 1.0's. */
function sharedFromV2(doc: Doc): Doc {
  const service = obj(doc.service);
  const out: Doc = {
    pactoVersion: str(doc.pactoVersion),
    service: { name: str(service.name), version: str(service.version) },
    interfaces: doc.interfaces ?? [],
    dependencies: (Array.isArray(doc.dependencies) ? doc.dependencies : []).filter(isObject).map((d) => ({ ...d, name: str(d.ref) })),
  };
  if (doc.workload !== undefined) out.workload = doc.workload;
  if (doc.state !== undefined) out.state = doc.state;
  return out;
}

export interface V2Options {
  /** The formats of the two sides when they differ. */
  migration: { from: '1.0' | '2.0'; to: '1.0' | '2.0' } | null;
}

export function compareV2(oldSide: Side, newSide: Side, opts: V2Options): Change[] {
  const out = new Changes(TABLE_V2, newSide.lineOf);
  const m = opts.migration;
  const o = m ? (m.from === '1.0' ? sharedFromV1(oldSide.doc) : sharedFromV2(oldSide.doc)) : oldSide.doc;
  const n = m ? (m.to === '1.0' ? sharedFromV1(newSide.doc) : sharedFromV2(newSide.doc)) : newSide.doc;
  if (m) out.add('pactoVersion', 'modified', str(o.pactoVersion), str(n.pactoVersion), { reason: `format migration ${m.from} -> ${m.to}` });

  const os = obj(o.service);
  const ns = obj(n.service);
  if (str(os.name) !== str(ns.name)) out.add('service.name', 'modified', str(os.name), str(ns.name));
  if (str(os.version) !== str(ns.version)) out.add('service.version', 'modified', str(os.version), str(ns.version));
  if (!m) presence(out, 'service.owner', os.owner, ns.owner, 'service');

  interfaces(out, oldSide, newSide, o, n);
  if (!m) configurations(out, oldSide, newSide);
  dependencies(out, o, n);
  for (const rule of ['workload', 'state.type', 'state.persistence.scope', 'state.persistence.durability', 'state.dataCriticality']) {
    const a = str(at(o, rule));
    const b = str(at(n, rule));
    if (a !== b) out.add(rule, 'modified', a, b, { at: at(n, rule) === undefined ? '' : rule });
  }
  if (!m) {
    presence(out, 'readiness', o.readiness, n.readiness, '');
    keyed(out, 'capabilities', o.capabilities, n.capabilities, (c) =>
      str(c.type) === 'extension' ? `extension:${str(c.ref)}` : str(c.type),
    );
    keyed(out, 'policies', o.policies, n.policies, (p) => str(p.name));
    presence(out, 'metadata', o.metadata, n.metadata, '');
    presence(out, 'extensions', o.extensions, n.extensions, '');
  }
  return out.list;
}

function at(doc: Doc, dotted: string): JsonValue | undefined {
  let v: JsonValue | undefined = doc;
  for (const seg of dotted.split('.')) v = isObject(v) ? v[seg] : undefined;
  return v;
}

/** A field compared whole: added, removed or modified, values as compact JSON. */
function presence(out: Changes, rule: string, a: JsonValue | undefined, b: JsonValue | undefined, parent: string): void {
  const had = a !== undefined && a !== null;
  const has = b !== undefined && b !== null;
  if (!had && !has) return;
  if (had && has && canonical(a) === canonical(b)) return;
  const text = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : canonical(v));
  const type = !had ? 'added' : !has ? 'removed' : 'modified';
  out.add(rule, type, had ? text(a) : undefined, has ? text(b) : undefined, { at: has ? rule : parent });
}

/** A list keyed by `key`: entries added, removed or changed (compared whole). */
function keyed(out: Changes, rule: string, a: JsonValue | undefined, b: JsonValue | undefined, key: (d: Doc) => string): void {
  const index = (v: JsonValue | undefined): Map<string, { item: Doc; index: number }> => {
    const m = new Map<string, { item: Doc; index: number }>();
    (Array.isArray(v) ? v : []).forEach((item, i) => {
      if (isObject(item)) m.set(key(item), { item, index: i });
    });
    return m;
  };
  const oldBy = index(a);
  const newBy = index(b);
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  for (const k of removedOrKept) {
    const nb = newBy.get(k);
    if (!nb) out.add(rule, 'removed', k, undefined, { path: `${rule}[${k}]`, at: rule });
    else if (canonical(oldBy.get(k)!.item) !== canonical(nb.item))
      out.add(rule, 'modified', k, k, { path: `${rule}[${k}]`, at: `${rule}[${nb.index}]` });
  }
  for (const k of added) out.add(rule, 'added', undefined, k, { path: `${rule}[${k}]`, at: `${rule}[${newBy.get(k)!.index}]` });
}

function interfaces(out: Changes, oldSide: Side, newSide: Side, o: Doc, n: Doc): void {
  const oldBy = indexBy(o.interfaces, 'name');
  const newBy = indexBy(n.interfaces, 'name');
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  for (const name of removedOrKept) {
    const b = newBy.get(name);
    if (!b) {
      out.add('interfaces', 'removed', name, undefined, { at: 'interfaces' });
      continue;
    }
    const a = oldBy.get(name)!.item;
    const i = b.item;
    const base = `interfaces[${b.index}]`;
    if (str(a.type) !== str(i.type))
      out.add('interfaces.type', 'modified', `${name}: ${str(a.type)}`, `${name}: ${str(i.type)}`, { at: `${base}.type` });
    if (str(a.visibility) !== str(i.visibility)) {
      out.add('interfaces.visibility', 'modified', `${name}: ${str(a.visibility)}`, `${name}: ${str(i.visibility)}`, {
        at: i.visibility === undefined ? base : `${base}.visibility`,
      });
    }
    const oref = str(a.ref);
    const nref = str(i.ref);
    if (oref !== nref) out.add('interfaces.ref', 'modified', `${name}: ${oref}`, `${name}: ${nref}`, { at: `${base}.ref` });
    if (str(a.type) === 'openapi' && str(i.type) === 'openapi')
      diffOpenApi(out, oldSide, newSide, oref, nref, { requiredRules: true, at: `${base}.ref` });
  }
  for (const name of added) out.add('interfaces', 'added', undefined, name, { at: `interfaces[${newBy.get(name)!.index}]` });
}

function configurations(out: Changes, oldSide: Side, newSide: Side): void {
  const oldBy = indexBy(oldSide.doc.configurations, 'name');
  const newBy = indexBy(newSide.doc.configurations, 'name');
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  for (const name of removedOrKept) {
    const b = newBy.get(name);
    if (!b) {
      out.add('configurations', 'removed', name, undefined, { path: `configurations[${name}]`, at: 'configurations' });
      continue;
    }
    const a = oldBy.get(name)!.item;
    const c = b.item;
    const base = `configurations[${b.index}]`;
    if ((a.required === true) !== (c.required === true)) {
      out.add(
        'configurations.required',
        'modified',
        `${name}: required=${a.required === true}`,
        `${name}: required=${c.required === true}`,
        { path: `configurations[${name}].required`, at: `${base}.required` },
      );
    }
    for (const field of ['schema', 'ref'] as const) {
      if (str(a[field]) !== str(c[field])) {
        out.add(`configurations.${field}`, 'modified', `${name}: ${str(a[field])}`, `${name}: ${str(c[field])}`, {
          path: `configurations[${name}].${field}`,
          at: c[field] === undefined ? base : `${base}.${field}`,
        });
      }
    }
    if (str(a.schema) !== '' && str(c.schema) !== '')
      diffSchema(out, oldSide, newSide, str(a.schema), str(c.schema), { requiredRules: true, at: `${base}.schema` });
  }
  for (const name of added)
    out.add('configurations', 'added', undefined, name, {
      path: `configurations[${name}]`,
      at: `configurations[${newBy.get(name)!.index}]`,
    });
}

function dependencies(out: Changes, o: Doc, n: Doc): void {
  const oldBy = indexBy(o.dependencies, 'name');
  const newBy = indexBy(n.dependencies, 'name');
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  for (const name of removedOrKept) {
    const b = newBy.get(name);
    if (!b) {
      out.add('dependencies', 'removed', name, undefined, { at: 'dependencies' });
      continue;
    }
    const a = oldBy.get(name)!.item;
    const d = b.item;
    const base = `dependencies[${b.index}]`;
    if (str(a.ref) !== str(d.ref))
      out.add('dependencies.ref', 'modified', `${name}: ${str(a.ref)}`, `${name}: ${str(d.ref)}`, { at: `${base}.ref` });
    if (str(a.compatibility) !== str(d.compatibility)) {
      out.add('dependencies.compatibility', 'modified', `${name}: ${str(a.compatibility)}`, `${name}: ${str(d.compatibility)}`, {
        at: `${base}.compatibility`,
      });
    }
    if ((a.required === true) !== (d.required === true)) {
      out.add('dependencies.required', 'modified', `${name}: required=${a.required === true}`, `${name}: required=${d.required === true}`, {
        at: `${base}.required`,
      });
    }
  }
  for (const name of added) out.add('dependencies', 'added', undefined, name, { at: `dependencies[${newBy.get(name)!.index}]` });
}

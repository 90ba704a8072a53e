/**
 * Format 1.0, as Pacto 0.9.1's diff engine compares it: service fields and scaling, runtime,
 * dependencies (by ref), interfaces (by name, with their OpenAPI files), configuration (with its
 * schema's properties). Map iterations are sorted, so the order is stable.
 */
import { TABLE_V1 } from './classification.js';
import { Changes, sortedKeys } from './emit.js';
import { diffOpenApi, diffSchema } from './openapi.js';
import { isObject, list, obj, optInt, str, type Doc, type Side } from './side.js';
import type { Change } from './types.js';

export function compareV1(oldSide: Side, newSide: Side): Change[] {
  const out = new Changes(TABLE_V1, newSide.lineOf);
  const o = oldSide.doc;
  const n = newSide.doc;
  service(out, obj(o.service), obj(n.service));
  scaling(out, o.scaling, n.scaling);
  runtime(out, o, n);
  dependencies(out, o, n);
  interfaces(out, oldSide, newSide);
  configuration(out, oldSide, newSide);
  return out.list;
}

function service(out: Changes, o: Doc, n: Doc): void {
  if (str(o.name) !== str(n.name)) out.add('service.name', 'modified', str(o.name), str(n.name));
  if (str(o.version) !== str(n.version)) out.add('service.version', 'modified', str(o.version), str(n.version));
  const oo = str(o.owner);
  const no = str(n.owner);
  if (oo !== no)
    out.add('service.owner', oo === '' ? 'added' : no === '' ? 'removed' : 'modified', oo, no, {
      at: no === '' ? 'service' : 'service.owner',
    });
  const oi = isObject(o.image) ? str(o.image.ref) : '';
  const ni = isObject(n.image) ? str(n.image.ref) : '';
  if (oi !== ni) {
    const type = !isObject(o.image) ? 'added' : !isObject(n.image) ? 'removed' : 'modified';
    out.add('service.image', type, oi, ni, { at: isObject(n.image) ? 'service.image' : 'service' });
  }
}

function scalingText(s: Doc): string {
  return optInt(s.replicas) !== null ? `replicas=${optInt(s.replicas)}` : `min=${optInt(s.min) ?? 0} max=${optInt(s.max) ?? 0}`;
}

function scaling(out: Changes, oldV: Doc[string] | undefined, newV: Doc[string] | undefined): void {
  const o = isObject(oldV) ? oldV : null;
  const n = isObject(newV) ? newV : null;
  if (!o && !n) return;
  if (!o) return out.add('scaling', 'added', undefined, scalingText(n!));
  if (!n) return out.add('scaling', 'removed', scalingText(o), undefined, { at: '' });
  const oRep = optInt(o.replicas);
  const nRep = optInt(n.replicas);
  if ((oRep !== null) !== (nRep !== null)) return out.add('scaling', 'modified', scalingText(o), scalingText(n));
  if (oRep !== null) {
    if (oRep !== nRep) out.add('scaling.replicas', 'modified', oRep, nRep!);
    return;
  }
  const [oMin, nMin, oMax, nMax] = [optInt(o.min) ?? 0, optInt(n.min) ?? 0, optInt(o.max) ?? 0, optInt(n.max) ?? 0];
  if (oMin !== nMin) out.add('scaling.min', 'modified', oMin, nMin);
  if (oMax !== nMax) out.add('scaling.max', 'modified', oMax, nMax);
}

function runtime(out: Changes, o: Doc, n: Doc): void {
  if (!isObject(o.runtime) && !isObject(n.runtime)) return;
  const or = obj(o.runtime);
  const nr = obj(n.runtime);
  const at = (p: string): string => (isObject(n.runtime) ? p : '');
  const pairs: [string, string, string][] = [
    ['runtime.workload', str(or.workload), str(nr.workload)],
    ['runtime.state.type', str(obj(or.state).type), str(obj(nr.state).type)],
    ['runtime.state.persistence.scope', str(obj(obj(or.state).persistence).scope), str(obj(obj(nr.state).persistence).scope)],
    [
      'runtime.state.persistence.durability',
      str(obj(obj(or.state).persistence).durability),
      str(obj(obj(nr.state).persistence).durability),
    ],
    ['runtime.state.dataCriticality', str(obj(or.state).dataCriticality), str(obj(nr.state).dataCriticality)],
  ];
  for (const [rule, a, b] of pairs) if (a !== b) out.add(rule, 'modified', a, b, { at: at(rule) });

  if (isObject(or.lifecycle) || isObject(nr.lifecycle)) {
    const ol = obj(or.lifecycle);
    const nl = obj(nr.lifecycle);
    const ou = str(ol.upgradeStrategy);
    const nu = str(nl.upgradeStrategy);
    if (ou !== nu)
      out.add('runtime.lifecycle.upgradeStrategy', ou === '' ? 'added' : nu === '' ? 'removed' : 'modified', ou, nu, {
        at: at('runtime.lifecycle.upgradeStrategy'),
      });
    const og = optInt(ol.gracefulShutdownSeconds);
    const ng = optInt(nl.gracefulShutdownSeconds);
    if (og !== ng) {
      const type = og === null ? 'added' : ng === null ? 'removed' : 'modified';
      out.add('runtime.lifecycle.gracefulShutdownSeconds', type, og ?? 0, ng ?? 0, { at: at('runtime.lifecycle.gracefulShutdownSeconds') });
    }
  }
  const oh = obj(or.health);
  const nh = obj(nr.health);
  if (str(oh.interface) !== str(nh.interface))
    out.add('runtime.health.interface', 'modified', str(oh.interface), str(nh.interface), { at: at('runtime.health.interface') });
  if (str(oh.path) !== str(nh.path))
    out.add('runtime.health.path', 'modified', str(oh.path), str(nh.path), { at: at('runtime.health.path') });
  const od = optInt(oh.initialDelaySeconds);
  const nd = optInt(nh.initialDelaySeconds);
  if (od !== nd)
    out.add('runtime.health.initialDelaySeconds', 'modified', od ?? 0, nd ?? 0, { at: at('runtime.health.initialDelaySeconds') });
}

/** Entries of a list keyed by a field, with their index (last one wins, as Go's map). */
export function indexBy(items: Doc[string] | undefined, key: string): Map<string, { item: Doc; index: number }> {
  const m = new Map<string, { item: Doc; index: number }>();
  list(items).forEach((item, index) => {
    if (isObject(item)) m.set(str(item[key]), { item, index });
  });
  return m;
}

function dependencies(out: Changes, o: Doc, n: Doc): void {
  const oldBy = indexBy(o.dependencies, 'ref');
  const newBy = indexBy(n.dependencies, 'ref');
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  for (const ref of removedOrKept) {
    const b = newBy.get(ref);
    if (!b) {
      out.add('dependencies', 'removed', ref, undefined, { at: 'dependencies' });
      continue;
    }
    const a = oldBy.get(ref)!.item;
    const at = `dependencies[${b.index}]`;
    if (str(a.compatibility) !== str(b.item.compatibility)) {
      out.add('dependencies.compatibility', 'modified', `${ref}: ${str(a.compatibility)}`, `${ref}: ${str(b.item.compatibility)}`, {
        at: `${at}.compatibility`,
      });
    }
    if ((a.required === true) !== (b.item.required === true)) {
      out.add(
        'dependencies.required',
        'modified',
        `${ref}: required=${a.required === true}`,
        `${ref}: required=${b.item.required === true}`,
        { at: `${at}.required` },
      );
    }
  }
  for (const ref of added) out.add('dependencies', 'added', undefined, ref, { at: `dependencies[${newBy.get(ref)!.index}]` });
}

function interfaces(out: Changes, oldSide: Side, newSide: Side): void {
  const oldBy = indexBy(oldSide.doc.interfaces, 'name');
  const newBy = indexBy(newSide.doc.interfaces, 'name');
  const { removedOrKept, added } = sortedKeys(oldBy, newBy);
  for (const name of removedOrKept) {
    const b = newBy.get(name);
    if (!b) {
      out.add('interfaces', 'removed', name, undefined, { at: 'interfaces' });
      continue;
    }
    const a = oldBy.get(name)!.item;
    const n = b.item;
    const at = `interfaces[${b.index}]`;
    if (str(a.type) !== str(n.type))
      out.add('interfaces.type', 'modified', `${name}: ${str(a.type)}`, `${name}: ${str(n.type)}`, { at: `${at}.type` });
    const op = optInt(a.port);
    const np = optInt(n.port);
    if (op !== np)
      out.add('interfaces.port', op === null ? 'added' : np === null ? 'removed' : 'modified', op ?? 0, np ?? 0, {
        at: np === null ? at : `${at}.port`,
      });
    if (str(a.visibility) !== str(n.visibility)) {
      out.add('interfaces.visibility', 'modified', `${name}: ${str(a.visibility)}`, `${name}: ${str(n.visibility)}`, {
        at: `${at}.visibility`,
      });
    }
    const oc = str(a.contract);
    const nc = str(n.contract);
    if (oc !== '' && nc !== '') {
      if (oc !== nc) out.add('interfaces.contract', 'modified', `${name}: ${oc}`, `${name}: ${nc}`, { at: `${at}.contract` });
      diffOpenApi(out, oldSide, newSide, oc, nc, { requiredRules: false, at: `${at}.contract` });
    } else if (oc !== nc) {
      out.add('interfaces.contract', 'modified', oc, nc, { at: nc === '' ? at : `${at}.contract` });
    }
  }
  for (const name of added) out.add('interfaces', 'added', undefined, name, { at: `interfaces[${newBy.get(name)!.index}]` });
}

function configuration(out: Changes, oldSide: Side, newSide: Side): void {
  const o = isObject(oldSide.doc.configuration) ? oldSide.doc.configuration : null;
  const n = isObject(newSide.doc.configuration) ? newSide.doc.configuration : null;
  if (!o && !n) return;
  if (!o) return out.add('configuration', 'added', undefined, str(n!.schema));
  if (!n) return out.add('configuration', 'removed', str(o.schema), undefined, { at: '' });
  const os = str(o.schema);
  const ns = str(n.schema);
  if (os !== ns) out.add('configuration.schema', 'modified', os, ns);
  if (os !== '' && ns !== '') diffSchema(out, oldSide, newSide, os, ns, { requiredRules: false, at: 'configuration.schema' });
}

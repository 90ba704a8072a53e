/**
 * Pacto's classification tables: (rule path, change type) -> class. Any pair not listed is
 * POTENTIAL_BREAKING, as in Pacto. Format 1.0 is Pacto 0.9.1's table (internal/diff/
 * classification.go); format 2.0 is Pacto v3's, whose model renamed and added fields.
 * This file is data only: the comparers look rules up here and never decide a class themselves.
 */
import type { ChangeType, Classification } from './types.js';

const NON: Classification = 'NON_BREAKING';
const POTENTIAL: Classification = 'POTENTIAL_BREAKING';
const BREAKING: Classification = 'BREAKING';

type Row = readonly [path: string, added: Classification | null, removed: Classification | null, modified: Classification | null];
export type Table = ReadonlyMap<string, Classification>;

/** The action's own rows, both formats: a whole contract appearing or disappearing. */
const CONTRACT_ROWS: readonly Row[] = [
  //  rule path            added      removed    modified
  ['contract', NON, BREAKING, null],
];

/** Pacto 0.9.1, format 1.0. */
const V1_ROWS: readonly Row[] = [
  //  rule path                                    added      removed    modified
  ['service.name', null, null, BREAKING],
  ['service.version', null, null, NON],
  ['service.owner', NON, NON, NON],
  ['service.image', NON, NON, NON],
  ['interfaces', NON, BREAKING, null],
  ['interfaces.type', null, null, BREAKING],
  ['interfaces.port', POTENTIAL, BREAKING, BREAKING],
  ['interfaces.visibility', null, null, POTENTIAL],
  ['interfaces.contract', null, null, POTENTIAL],
  ['configuration', NON, BREAKING, null],
  ['configuration.schema', NON, BREAKING, POTENTIAL],
  ['runtime.workload', null, null, BREAKING],
  ['runtime.state.type', null, null, BREAKING],
  ['runtime.state.persistence.scope', null, null, BREAKING],
  ['runtime.state.persistence.durability', null, null, BREAKING],
  ['runtime.state.dataCriticality', null, null, POTENTIAL],
  ['runtime.lifecycle.upgradeStrategy', NON, POTENTIAL, POTENTIAL],
  ['runtime.lifecycle.gracefulShutdownSeconds', null, null, NON],
  ['runtime.health.interface', null, null, POTENTIAL],
  ['runtime.health.path', null, null, POTENTIAL],
  ['runtime.health.initialDelaySeconds', null, null, NON],
  ['scaling', NON, POTENTIAL, null],
  ['scaling.min', null, null, POTENTIAL],
  ['scaling.max', null, null, NON],
  ['dependencies', NON, BREAKING, null],
  ['dependencies.compatibility', null, null, POTENTIAL],
  ['dependencies.required', null, null, POTENTIAL],
  ['openapi.paths', NON, BREAKING, null],
  ['openapi.methods', NON, BREAKING, null],
  ['openapi.parameters', POTENTIAL, BREAKING, POTENTIAL],
  ['openapi.request-body', POTENTIAL, POTENTIAL, POTENTIAL],
  ['openapi.responses', NON, BREAKING, POTENTIAL],
  ['schema.properties', NON, BREAKING, null],
];

/**
 * Pacto v3, format 2.0: service name, interface removed or type changed, configuration and
 * dependency removed, workload and state changed are BREAKING; readiness and owner never are.
 * Interface specs: a required parameter added, or a parameter made required, and a changed
 * schema `required` list are BREAKING; additions are NON_BREAKING.
 */
const V2_ROWS: readonly Row[] = [
  //  rule path                                    added      removed    modified
  ['pactoVersion', null, null, POTENTIAL],
  ['service.name', null, null, BREAKING],
  ['service.version', null, null, NON],
  ['service.owner', NON, NON, NON],
  ['interfaces', NON, BREAKING, null],
  ['interfaces.type', null, null, BREAKING],
  ['interfaces.visibility', null, null, POTENTIAL],
  ['interfaces.ref', null, null, POTENTIAL],
  ['configurations', NON, BREAKING, null],
  ['configurations.required', null, null, POTENTIAL],
  ['configurations.schema', null, null, POTENTIAL],
  ['configurations.ref', null, null, POTENTIAL],
  ['dependencies', NON, BREAKING, null],
  ['dependencies.ref', null, null, POTENTIAL],
  ['dependencies.compatibility', null, null, POTENTIAL],
  ['dependencies.required', null, null, POTENTIAL],
  ['workload', null, null, BREAKING],
  ['state.type', null, null, BREAKING],
  ['state.persistence.scope', null, null, BREAKING],
  ['state.persistence.durability', null, null, BREAKING],
  ['state.dataCriticality', null, null, POTENTIAL],
  ['readiness', NON, NON, NON],
  ['openapi.paths', NON, BREAKING, null],
  ['openapi.methods', NON, BREAKING, null],
  ['openapi.parameters', NON, BREAKING, POTENTIAL],
  ['openapi.parameters.required', BREAKING, null, BREAKING],
  ['openapi.request-body', POTENTIAL, POTENTIAL, POTENTIAL],
  ['openapi.responses', NON, BREAKING, POTENTIAL],
  ['schema.properties', NON, BREAKING, null],
  ['schema.required', BREAKING, BREAKING, null],
];

function table(rows: readonly Row[]): Table {
  const m = new Map<string, Classification>();
  for (const [path, added, removed, modified] of [...CONTRACT_ROWS, ...rows]) {
    if (added) m.set(`${path} added`, added);
    if (removed) m.set(`${path} removed`, removed);
    if (modified) m.set(`${path} modified`, modified);
  }
  return m;
}

export const TABLE_V1: Table = table(V1_ROWS);
export const TABLE_V2: Table = table(V2_ROWS);

/** Pacto's `classify`: the table's class, POTENTIAL_BREAKING for any pair it does not list. */
export function classify(t: Table, rulePath: string, type: ChangeType): Classification {
  return t.get(`${rulePath} ${type}`) ?? POTENTIAL;
}

const RANK: Record<Classification, number> = { NON_BREAKING: 0, POTENTIAL_BREAKING: 1, BREAKING: 2 };

/** The higher of two classes (NON_BREAKING < POTENTIAL_BREAKING < BREAKING). */
export function maxClass(a: Classification | null, b: Classification | null): Classification | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** Every row of a table, for the documentation and the tests. */
export function rows(t: Table): { path: string; type: ChangeType; classification: Classification }[] {
  return [...t].map(([key, classification]) => {
    const i = key.lastIndexOf(' ');
    return { path: key.slice(0, i), type: key.slice(i + 1) as ChangeType, classification };
  });
}

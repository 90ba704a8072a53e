/**
 * Pacto v3's typed contract model (format 2.0) as data: one descriptor drives the strict loader
 * and the request encoder, so field order, closed objects and `omitempty` live in one place.
 */

/** A decoded Go `int`/`int64`/`uint64`, kept exact. */
export class GoInt {
  constructor(readonly v: bigint) {}
}
/** A decoded Go float64. */
export class GoFloat {
  constructor(readonly v: number) {}
}
/** A decoded Go map; `goType` is `map[interface {}]interface {}` when a key was not a string (not JSON-encodable). */
export class GoMap {
  constructor(
    readonly entries: [string, Native][],
    readonly nonStringKeys: boolean,
  ) {}
}
export type Native = null | boolean | string | GoInt | GoFloat | Native[] | GoMap;

export type TypeDesc =
  | { k: 'str' }
  | { k: 'bool' }
  | { k: 'int' }
  | { k: 'float' }
  /** map[string]any: metadata, extensions, configuration values. */
  | { k: 'map' }
  | { k: 'list'; of: TypeDesc }
  | { k: 'struct'; name: string; fields: FieldDesc[]; pointer: boolean };

export interface FieldDesc {
  key: string;
  t: TypeDesc;
  /** Go `omitempty`: omitted when "", false, 0 (non-pointer), nil pointer, or an empty list/map. */
  omitEmpty: boolean;
}

const str: TypeDesc = { k: 'str' };
const f = (key: string, t: TypeDesc, omitEmpty = false): FieldDesc => ({ key, t, omitEmpty });
const struct = (name: string, fields: FieldDesc[], pointer = false): TypeDesc => ({ k: 'struct', name, fields, pointer });
const list = (of: TypeDesc): TypeDesc => ({ k: 'list', of });

const contact = struct('OwnerContact', [f('type', str), f('value', str), f('purpose', str, true)]);
/**
 * [M] `service.owner` is a plain (non-pointer) struct in Pacto v3's model, so Go's encoder never
 * omits it: a contract without an owner is sent to plugins with `"owner":{}`.
 */
const OWNER_ALWAYS_ENCODED = struct('OwnerInfo', [f('team', str, true), f('dri', str, true), f('contacts', list(contact), true)]);

const service = struct('Service', [f('name', str), f('version', str), f('owner', OWNER_ALWAYS_ENCODED, true)]);
const iface = struct('Interface', [f('name', str), f('type', str), f('ref', str), f('visibility', str, true)]);
const configuration = struct('Configuration', [
  f('name', str),
  f('schema', str, true),
  f('ref', str, true),
  f('values', { k: 'map' }, true),
  f('required', { k: 'bool' }),
]);
const dependency = struct('Dependency', [f('name', str), f('ref', str), f('required', { k: 'bool' }), f('compatibility', str)]);
const persistence = struct('Persistence', [f('scope', str), f('durability', str)]);
const state = struct('State', [f('type', str), f('persistence', persistence), f('dataCriticality', str)], true);
const binding = struct('CapabilityBinding', [f('type', str), f('interface', str), f('path', str, true)], true);
const capability = struct('Capability', [f('type', str), f('ref', str, true), f('binding', binding, true)]);
const policy = struct('Policy', [f('name', str), f('schema', str, true), f('ref', str, true), f('target', str, true)]);
const revision = struct('ReadinessRevision', [f('date', str), f('version', str), f('author', str), f('description', str)]);
const claim = struct('ReadinessClaim', [
  f('id', str),
  f('type', str),
  f('category', str, true),
  f('status', str),
  f('evidence', str),
  f('weight', { k: 'int' }),
  f('description', str, true),
]);
const readiness = struct(
  'Readiness',
  [
    f('minScore', { k: 'int' }, true),
    f('expires', str),
    f('partialCredit', { k: 'float' }, true),
    f('history', list(revision), true),
    f('claims', list(claim), true),
  ],
  true,
);

/** Pointer-typed scalars (`*int`, `*float64`): present-but-zero is kept when encoding. */
export const POINTER_SCALARS = new Set(['Readiness.minScore', 'Readiness.partialCredit']);

export const CONTRACT: TypeDesc = struct('Contract', [
  f('pactoVersion', str),
  f('service', service),
  f('interfaces', list(iface), true),
  f('configurations', list(configuration), true),
  f('dependencies', list(dependency), true),
  f('state', state, true),
  f('workload', str, true),
  f('capabilities', list(capability), true),
  f('policies', list(policy), true),
  f('readiness', readiness, true),
  f('metadata', { k: 'map' }, true),
  f('extensions', { k: 'map' }, true),
]);

/* Typed views of the decoded model (absent optional members are undefined). */
export interface Contact { type: string; value: string; purpose: string }
export interface Owner { team: string; dri: string; contacts: Contact[] | null }
export interface Interface { name: string; type: string; ref: string; visibility: string }
export interface Configuration { name: string; schema: string; ref: string; values: GoMap | null; required: boolean }
export interface Dependency { name: string; ref: string; required: boolean; compatibility: string }
export interface Binding { type: string; interface: string; path: string }
export interface Capability { type: string; ref: string; binding: Binding | null }
export interface Policy { name: string; schema: string; ref: string; target: string }
export interface Revision { date: string; version: string; author: string; description: string }
export interface Claim { id: string; type: string; category: string; status: string; evidence: string; weight: GoInt | null; description: string }
export interface Readiness { minScore: GoInt | null; expires: string; partialCredit: GoFloat | null; history: Revision[] | null; claims: Claim[] | null }
export interface ContractModel {
  pactoVersion: string;
  service: { name: string; version: string; owner: Owner };
  interfaces: Interface[] | null;
  configurations: Configuration[] | null;
  dependencies: Dependency[] | null;
  state: unknown;
  workload: string;
  capabilities: Capability[] | null;
  policies: Policy[] | null;
  readiness: Readiness | null;
  metadata: GoMap | null;
  extensions: GoMap | null;
}

/**
 * Pacto v3's typed contract model (format 2.0) as data for the shared yaml.v3 decoder and Go
 * encoder (src/contracts/yaml/typed.ts): field order, closed objects and `omitempty` live here.
 */
import type { GoAny } from '../gojson.js';
import type { GoField, GoType } from '../yaml/typed.js';

const str = (omitEmpty = false): GoType => ({ kind: 'string', omitEmpty });
const f = (name: string, type: GoType): GoField => ({ name, type });
const struct = (name: string, fields: GoField[], opts: { ptr?: boolean; omitEmpty?: boolean } = {}): GoType => ({
  kind: 'struct',
  name: `contract.${name}`,
  fields,
  ...opts,
});
const slice = (elem: GoType): GoType => ({ kind: 'slice', elem, omitEmpty: true });

const contact = struct('OwnerContact', [f('type', str()), f('value', str()), f('purpose', str(true))]);
/**
 * [M] `service.owner` is a plain (non-pointer) struct in Pacto v3's model, so Go's encoder never
 * omits it even with omitempty: a contract without an owner is sent to plugins with `"owner":{}`.
 */
const OWNER_ALWAYS_ENCODED = struct('OwnerInfo', [f('team', str(true)), f('dri', str(true)), f('contacts', slice(contact))], {
  omitEmpty: true,
});

const service = struct('Service', [f('name', str()), f('version', str()), f('owner', OWNER_ALWAYS_ENCODED)]);
const iface = struct('Interface', [f('name', str()), f('type', str()), f('ref', str()), f('visibility', str(true))]);
const configuration = struct('Configuration', [
  f('name', str()),
  f('schema', str(true)),
  f('ref', str(true)),
  f('values', { kind: 'map', omitEmpty: true }),
  f('required', { kind: 'bool' }),
]);
const dependency = struct('Dependency', [f('name', str()), f('ref', str()), f('required', { kind: 'bool' }), f('compatibility', str())]);
const persistence = struct('Persistence', [f('scope', str()), f('durability', str())]);
const state = struct('State', [f('type', str()), f('persistence', persistence), f('dataCriticality', str())], {
  ptr: true,
  omitEmpty: true,
});
const binding = struct('CapabilityBinding', [f('type', str()), f('interface', str()), f('path', str(true))], {
  ptr: true,
  omitEmpty: true,
});
const capability = struct('Capability', [f('type', str()), f('ref', str(true)), f('binding', binding)]);
const policy = struct('Policy', [f('name', str()), f('schema', str(true)), f('ref', str(true)), f('target', str(true))]);
const revision = struct('ReadinessRevision', [f('date', str()), f('version', str()), f('author', str()), f('description', str())]);
const claim = struct('ReadinessClaim', [
  f('id', str()),
  f('type', str()),
  f('category', str(true)),
  f('status', str()),
  f('evidence', str()),
  f('weight', { kind: 'int' }),
  f('description', str(true)),
]);
const readiness = struct(
  'Readiness',
  [
    f('minScore', { kind: 'int', ptr: true, omitEmpty: true }),
    f('expires', str()),
    // A Go *float64: the shared decoder has no float kind, so it is decoded as interface{}
    // and narrowed by the loader (checkPartialCredit).
    f('partialCredit', { kind: 'any', omitEmpty: true }),
    f('history', slice(revision)),
    f('claims', slice(claim)),
  ],
  { ptr: true, omitEmpty: true },
);

export const CONTRACT: GoType = struct('Contract', [
  f('pactoVersion', str()),
  f('service', service),
  f('interfaces', slice(iface)),
  f('configurations', slice(configuration)),
  f('dependencies', slice(dependency)),
  f('state', state),
  f('workload', str(true)),
  f('capabilities', slice(capability)),
  f('policies', slice(policy)),
  f('readiness', readiness),
  f('metadata', { kind: 'map', omitEmpty: true }),
  f('extensions', { kind: 'map', omitEmpty: true }),
]);

/* Typed views of the decoded model (nil slices are null, nil pointers undefined). */
export interface Contact {
  type: string;
  value: string;
  purpose: string;
}
export interface Owner {
  team: string;
  dri: string;
  contacts: Contact[] | null;
}
export interface Interface {
  name: string;
  type: string;
  ref: string;
  visibility: string;
}
export interface Configuration {
  name: string;
  schema: string;
  ref: string;
  values: Map<string, GoAny> | null;
  required: boolean;
}
export interface Dependency {
  name: string;
  ref: string;
  required: boolean;
  compatibility: string;
}
export interface Binding {
  type: string;
  interface: string;
  path: string;
}
export interface Capability {
  type: string;
  ref: string;
  binding: Binding | undefined;
}
export interface Policy {
  name: string;
  schema: string;
  ref: string;
  target: string;
}
export interface Revision {
  date: string;
  version: string;
  author: string;
  description: string;
}
export interface Claim {
  id: string;
  type: string;
  category: string;
  status: string;
  evidence: string;
  weight: bigint;
  description: string;
}
export interface Readiness {
  minScore: bigint | undefined;
  expires: string;
  partialCredit: number | null;
  history: Revision[] | null;
  claims: Claim[] | null;
}
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
  readiness: Readiness | undefined;
  metadata: Map<string, GoAny> | null;
  extensions: Map<string, GoAny> | null;
}

/**
 * The 1.0 contract model as Pacto's Go structs declare it: field order (= JSON key order),
 * pointer vs value fields and omitempty. Both the strict loader and the plugin-request
 * encoding are driven by this description.
 */
import type { GoField, GoStruct, GoType } from '../yaml/typed.js';

const str = (omitEmpty = false): GoType => ({ kind: 'string', omitEmpty });
const f = (name: string, type: GoType): GoField => ({ name, type });

export const INTERFACE_TYPE: GoType = {
  kind: 'struct',
  name: 'contract.Interface',
  fields: [
    f('name', str()),
    f('type', str()),
    f('port', { kind: 'int', ptr: true, omitEmpty: true }),
    f('visibility', str(true)),
    f('contract', str(true)),
  ],
};

export const DEPENDENCY_TYPE: GoType = {
  kind: 'struct',
  name: 'contract.Dependency',
  fields: [f('ref', str()), f('required', { kind: 'bool', omitEmpty: true }), f('compatibility', str())],
};

export const CONTRACT_TYPE: GoType = {
  kind: 'struct',
  name: 'contract.Contract',
  fields: [
    f('pactoVersion', str()),
    f('service', {
      kind: 'struct',
      name: 'contract.ServiceIdentity',
      fields: [
        f('name', str()),
        f('version', str()),
        f('owner', str(true)),
        f('image', {
          kind: 'struct',
          name: 'contract.Image',
          ptr: true,
          omitEmpty: true,
          fields: [f('ref', str()), f('private', { kind: 'bool', omitEmpty: true })],
        }),
      ],
    }),
    f('interfaces', { kind: 'slice', elem: INTERFACE_TYPE }),
    f('configuration', {
      kind: 'struct',
      name: 'contract.Configuration',
      ptr: true,
      omitEmpty: true,
      fields: [f('schema', str())],
    }),
    f('dependencies', { kind: 'slice', elem: DEPENDENCY_TYPE, omitEmpty: true }),
    f('runtime', {
      kind: 'struct',
      name: 'contract.Runtime',
      ptr: true,
      omitEmpty: true,
      fields: [
        f('workload', str()),
        f('state', {
          kind: 'struct',
          name: 'contract.State',
          fields: [
            f('type', str()),
            f('persistence', {
              kind: 'struct',
              name: 'contract.Persistence',
              fields: [f('scope', str()), f('durability', str())],
            }),
            f('dataCriticality', str()),
          ],
        }),
        f('lifecycle', {
          kind: 'struct',
          name: 'contract.Lifecycle',
          ptr: true,
          omitEmpty: true,
          fields: [f('upgradeStrategy', str(true)), f('gracefulShutdownSeconds', { kind: 'int', ptr: true, omitEmpty: true })],
        }),
        f('health', {
          kind: 'struct',
          name: 'contract.Health',
          ptr: true,
          omitEmpty: true,
          fields: [f('interface', str()), f('path', str(true)), f('initialDelaySeconds', { kind: 'int', ptr: true, omitEmpty: true })],
        }),
      ],
    }),
    f('scaling', {
      kind: 'struct',
      name: 'contract.Scaling',
      ptr: true,
      omitEmpty: true,
      fields: [
        f('replicas', { kind: 'int', ptr: true, omitEmpty: true }),
        f('min', { kind: 'int', omitEmpty: true }),
        f('max', { kind: 'int', omitEmpty: true }),
      ],
    }),
    f('metadata', { kind: 'map', omitEmpty: true }),
  ],
};

/** Typed views of the decoded model (fields exactly as in CONTRACT_TYPE). */
export interface V1Interface extends GoStruct {
  name: string;
  type: string;
  port: bigint | undefined;
  visibility: string;
  contract: string;
}
export interface V1Dependency extends GoStruct {
  ref: string;
  required: boolean;
  compatibility: string;
}
export interface V1Contract extends GoStruct {
  pactoVersion: string;
  service: GoStruct & { name: string; version: string; owner: string; image: (GoStruct & { ref: string; private: boolean }) | undefined };
  interfaces: V1Interface[] | null;
  configuration: (GoStruct & { schema: string }) | undefined;
  dependencies: V1Dependency[] | null;
  runtime:
    | (GoStruct & {
        workload: string;
        state: GoStruct & { type: string; persistence: GoStruct & { scope: string; durability: string }; dataCriticality: string };
        lifecycle: (GoStruct & { upgradeStrategy: string; gracefulShutdownSeconds: bigint | undefined }) | undefined;
        health: (GoStruct & { interface: string; path: string; initialDelaySeconds: bigint | undefined }) | undefined;
      })
    | undefined;
  scaling: (GoStruct & { replicas: bigint | undefined; min: bigint; max: bigint }) | undefined;
}

/** Pacto's loader normalisation: `replicas: N` also sets min = max = N. */
export function normaliseV1(c: V1Contract): void {
  if (c.scaling && c.scaling.replicas !== undefined) {
    c.scaling.min = c.scaling.replicas;
    c.scaling.max = c.scaling.replicas;
  }
}

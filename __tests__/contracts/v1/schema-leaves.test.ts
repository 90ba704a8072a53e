import { describe, expect, it } from '@jest/globals';
import { structuralLeavesV1 } from '../../../src/contracts/v1/structural.js';
import type { JsonValue } from '../../../src/contracts/yaml/generic.js';

const base = { pactoVersion: '1.0', service: { name: 'svc', version: '1.0.0' } };
const leaves = (extra: Record<string, JsonValue>) =>
  structuralLeavesV1({ ...base, ...extra } as JsonValue)
    .map((l) => `${l.path}: ${l.text}`)
    .sort();

describe("layer 1 leaves match Pacto's validator", () => {
  it.each([
    [{}, ["scaling: missing properties 'min', 'max'", "scaling: missing property 'replicas'"]],
    [{ min: 1 }, ["scaling: missing property 'max'", "scaling: missing property 'replicas'", 'scaling: not failed']],
    [{ replicas: 1, min: 1, max: 2 }, ['scaling: not failed', 'scaling: not failed']],
    [{ replicas: 1, max: 2 }, ["scaling: missing property 'min'", 'scaling: not failed', 'scaling: not failed']],
    [{ min: -1, max: 3 }, ['scaling.min: minimum: got -1, want 0']],
    [null, ['scaling: got null, want object']],
  ])('scaling %j', (scaling, want) => expect(leaves({ scaling } as never)).toEqual(want));

  it('reports all three if/then branches when an interface has no type', () => {
    expect(leaves({ interfaces: [{ name: 'api' }] })).toEqual([
      "interfaces.0: missing properties 'port', 'contract'",
      "interfaces.0: missing property 'contract'",
      "interfaces.0: missing property 'port'",
      "interfaces.0: missing property 'type'",
    ]);
    expect(leaves({ interfaces: [{ name: 'api', port: 8080 }] })).toHaveLength(3);
  });

  it('keeps type, const and enum exclusive and terminal', () => {
    expect(leaves({ interfaces: [{ name: 'api', type: 7, port: 8080 }] })).toEqual(['interfaces.0.type: got integer, want string']);
    expect(leaves({ interfaces: [{ name: 'api', type: 'soap', port: 8080 }] })).toEqual([
      "interfaces.0.type: value must be one of 'http', 'grpc', 'event'",
    ]);
    expect(leaves({ interfaces: null })).toEqual(['interfaces: got null, want array']);
    expect(leaves({ pactoVersion: '2.0' })).toEqual(["pactoVersion: value must be '1.0'"]);
  });

  it('merges required names in schema order and formats limits', () => {
    expect(leaves({ runtime: { workload: 'service', state: {} } })).toEqual([
      "runtime.state: missing properties 'type', 'persistence', 'dataCriticality'",
    ]);
    expect(leaves({ interfaces: [{ name: 'api', type: 'http', port: 70000 }] })).toEqual([
      'interfaces.0.port: maximum: got 70,000, want 65,535',
    ]);
    expect(leaves({ service: { name: 'svc\n', version: '' } } as never)).toEqual([
      "service.name: 'svc\\n' does not match pattern '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$'",
      'service.version: minLength: got 0, want 1',
    ]);
  });

  it('applies the stateless => ephemeral rule only through then', () => {
    const state = (type: string, durability: string) => ({
      runtime: { workload: 'service', state: { type, persistence: { scope: 'local', durability }, dataCriticality: 'low' } },
    });
    expect(leaves(state('stateless', 'persistent'))).toEqual(["runtime.state.persistence.durability: value must be 'ephemeral'"]);
    expect(leaves(state('stateful', 'persistent'))).toEqual([]);
  });
});

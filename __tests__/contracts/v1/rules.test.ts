import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { V1Contract, V1Dependency, V1Interface } from '../../../src/contracts/v1/model.js';
import { crossFieldV1, semanticV1 } from '../../../src/contracts/v1/rules.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-rules-'));
fs.mkdirSync(path.join(dir, 'interfaces'));
fs.writeFileSync(path.join(dir, 'interfaces', 'api.yaml'), 'x');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const itf = (name: string, type: string, extra: Partial<V1Interface> = {}): V1Interface =>
  ({
    name,
    type,
    port: type === 'event' ? undefined : 8080n,
    visibility: '',
    contract: type === 'http' ? '' : 'interfaces/api.yaml',
    ...extra,
  }) as V1Interface;
const dep = (ref: string, compatibility = '^1.0.0'): V1Dependency => ({ ref, required: false, compatibility }) as V1Dependency;
const state = (type = 'stateless', durability = 'ephemeral') => ({
  type,
  persistence: { scope: 'local', durability },
  dataCriticality: 'low',
});

function contract(extra: Partial<V1Contract> = {}): V1Contract {
  return {
    pactoVersion: '1.0',
    service: { name: 'svc', version: '1.0.0', owner: '', image: undefined },
    interfaces: null,
    configuration: undefined,
    dependencies: null,
    runtime: undefined,
    scaling: undefined,
    metadata: null,
    ...extra,
  } as V1Contract;
}
const run = (c: V1Contract) => crossFieldV1(c, dir).map((f) => `${f.severity} ${f.code} @ ${f.path}`);

describe('layer 2 cross-field rules', () => {
  it('accepts a clean contract', () => expect(run(contract())).toEqual([]));

  it('INVALID_SEMVER quotes the value and the parser error', () => {
    const f = crossFieldV1(contract({ service: { name: 's', version: '1.2.3.4', owner: '', image: undefined } } as never), dir);
    expect(f.map((x) => x.code)).toEqual(['INVALID_SEMVER']);
    expect(f[0]!.message).toMatch(/^service version "1.2.3.4" is not valid semver: invalid semantic version/);
  });

  it('DUPLICATE_INTERFACE_NAME cites the most recent earlier index', () => {
    const f = crossFieldV1(contract({ interfaces: [itf('api', 'http'), itf('api', 'http'), itf('api', 'http'), itf('API', 'http')] }), dir);
    expect(f.map((x) => `${x.path}: ${x.message.split(';')[0]}`)).toEqual([
      'interfaces[1].name: interface name "api" is already declared at interfaces[0]',
      'interfaces[2].name: interface name "api" is already declared at interfaces[1]',
    ]);
  });

  it('ports and contracts, including the rules the schema normally shadows', () => {
    expect(
      run(
        contract({
          interfaces: [itf('a', 'http', { port: undefined }), itf('b', 'grpc', { contract: '' }), itf('c', 'event', { port: 0n })],
        }),
      ),
    ).toEqual([
      'error PORT_REQUIRED @ interfaces[0].port',
      'warning PORT_IGNORED @ interfaces[2].port',
      'error CONTRACT_REQUIRED @ interfaces[1].contract',
    ]);
  });

  it('health: not found, event first, http path required, grpc path ignored', () => {
    const rt = (iface: string, p = '') => ({
      workload: 'service',
      state: state(),
      lifecycle: undefined,
      health: { interface: iface, path: p, initialDelaySeconds: undefined },
    });
    const interfaces = [itf('ev', 'event'), itf('ev', 'http'), itf('web', 'http'), itf('rpc', 'grpc')];
    const run = (c: V1Contract) =>
      crossFieldV1(c, dir)
        .filter((f) => f.code !== 'DUPLICATE_INTERFACE_NAME')
        .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
    expect(run(contract({ interfaces, runtime: rt('nope') as never }))).toEqual([
      'error HEALTH_INTERFACE_NOT_FOUND @ runtime.health.interface',
    ]);
    expect(run(contract({ interfaces, runtime: rt('ev', '/h') as never }))).toEqual([
      'error HEALTH_INTERFACE_INVALID @ runtime.health.interface',
    ]);
    expect(run(contract({ interfaces, runtime: rt('web') as never }))).toEqual(['error HEALTH_PATH_REQUIRED @ runtime.health.path']);
    expect(run(contract({ interfaces, runtime: rt('web', '/h') as never }))).toEqual([]);
    expect(run(contract({ interfaces, runtime: rt('rpc', '/h') as never }))).toEqual(['warning HEALTH_PATH_IGNORED @ runtime.health.path']);
    expect(run(contract({ interfaces, runtime: rt('rpc') as never }))).toEqual([]);
  });

  it('FILE_NOT_FOUND for interface contracts and the configuration schema', () => {
    const f = crossFieldV1(
      contract({
        interfaces: [
          itf('a', 'grpc', { contract: './interfaces/api.yaml' }),
          itf('b', 'grpc'),
          itf('c', 'grpc', { contract: 'interfaces' }),
        ],
        configuration: { schema: 'configuration/schema.json' } as never,
      }),
      dir,
    );
    expect(f.map((x) => `${x.code} @ ${x.path}`)).toEqual([
      'FILE_NOT_FOUND @ interfaces[0].contract',
      'FILE_NOT_FOUND @ configuration.schema',
    ]);
    expect(f[0]!.message).toMatch(/without "\.\/"/);
  });

  it('dependencies: OCI syntax, tag vs digest, ranges (local refs too), empty range', () => {
    expect(
      run(
        contract({
          dependencies: [
            dep('oci://auth:1.0.0', 'not checked'),
            dep('oci://ghcr.io/a/b:1.0.0'),
            dep('oci://ghcr.io/a/b@sha256:x'),
            dep('oci://ghcr.io/a/b:'),
            dep('../local', 'latest'),
            dep('OCI://x', ''),
          ],
        }),
      ),
    ).toEqual([
      'error INVALID_OCI_REF @ dependencies[0].ref',
      'warning TAG_NOT_DIGEST @ dependencies[1].ref',
      'error INVALID_COMPATIBILITY @ dependencies[4].compatibility',
      'error EMPTY_COMPATIBILITY @ dependencies[5].compatibility',
    ]);
  });

  it('image refs, scaling and state', () => {
    const image = (ref: string) => ({ service: { name: 's', version: '1.0.0', owner: '', image: { ref, private: false } } }) as never;
    expect(run(contract(image('nginx:1.25')))).toEqual(['error INVALID_IMAGE_REF @ service.image.ref']);
    expect(run(contract(image('oci://ghcr.io/a/b:1')))).toEqual([]);
    expect(run(contract({ scaling: { replicas: undefined, min: 5n, max: 2n } as never }))).toEqual([
      'error SCALING_MIN_EXCEEDS_MAX @ scaling',
    ]);
    const job = { workload: 'job', state: state(), lifecycle: undefined, health: undefined } as never;
    expect(run(contract({ runtime: job, scaling: { replicas: 0n, min: 0n, max: 0n } as never }))).toEqual([
      'error JOB_SCALING_NOT_ALLOWED @ scaling',
    ]);
    const conflict = { workload: 'service', state: state('stateless', 'persistent'), lifecycle: undefined, health: undefined } as never;
    expect(run(contract({ runtime: conflict }))).toEqual(['error STATELESS_PERSISTENT_CONFLICT @ runtime.state.persistence.durability']);
  });
});

describe('layer 3 semantic', () => {
  it('warns about ordered upgrades of stateless services', () => {
    const rt = (type: string) => ({
      workload: 'service',
      state: state(type),
      lifecycle: { upgradeStrategy: 'ordered', gracefulShutdownSeconds: undefined },
      health: undefined,
    });
    expect(semanticV1(contract({ runtime: rt('stateless') as never })).map((f) => f.code)).toEqual(['UPGRADE_STRATEGY_STATE_MISMATCH']);
    expect(semanticV1(contract({ runtime: rt('stateful') as never }))).toEqual([]);
  });
});

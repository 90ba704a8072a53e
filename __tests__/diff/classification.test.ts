/**
 * Every row of both classification tables, each produced by a real pair of bundles: a base and
 * a head that differ in exactly that field, compared by the same code the gate runs.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { classify, rows, TABLE_V1, TABLE_V2, type Table } from '../../src/diff/classification.js';
import { compareV1 } from '../../src/diff/compare-v1.js';
import { compareV2 } from '../../src/diff/compare-v2.js';
import { loadSide } from '../../src/diff/side.js';
import type { Change, ChangeType, Classification } from '../../src/diff/types.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Files = Record<string, string>;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-diff-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;

const OPENAPI: Doc = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/users': {
      get: {
        parameters: [{ name: 'limit', in: 'query', required: false }],
        requestBody: { content: { 'application/json': {} } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};
const SCHEMA: Doc = { type: 'object', properties: { port: { type: 'integer' } }, required: ['port'] };

const V1: Doc = {
  pactoVersion: '1.0',
  service: { name: 'svc', version: '1.0.0', owner: 'team-a', image: { ref: 'ghcr.io/a/svc:1' } },
  interfaces: [{ name: 'api', type: 'http', port: 8080, visibility: 'public', contract: 'openapi.yaml' }],
  configuration: { schema: 'config.json' },
  runtime: {
    workload: 'service',
    state: { type: 'stateful', persistence: { scope: 'local', durability: 'persistent' }, dataCriticality: 'low' },
    lifecycle: { upgradeStrategy: 'rolling', gracefulShutdownSeconds: 30 },
    health: { interface: 'api', path: '/health', initialDelaySeconds: 5 },
  },
  scaling: { min: 1, max: 3 },
  dependencies: [{ ref: 'oci://ghcr.io/a/db:1', compatibility: '^1.0.0', required: true }],
};

const V2: Doc = {
  pactoVersion: '2.0',
  service: { name: 'svc', version: '1.0.0', owner: { team: 'a' } },
  interfaces: [{ name: 'api', type: 'openapi', ref: 'openapi.yaml', visibility: 'public' }],
  configurations: [{ name: 'app', required: true, schema: 'config.json' }],
  dependencies: [{ name: 'db', ref: 'oci://ghcr.io/a/db:1', compatibility: '^1.0.0', required: true }],
  workload: 'service',
  state: { type: 'stateful', persistence: { scope: 'local', durability: 'persistent' }, dataCriticality: 'low' },
  readiness: { expires: '2099-12-31', claims: [{ id: 'a', type: 'url', status: 'done', evidence: 'x', weight: 1 }] },
  capabilities: [{ type: 'health' }],
  policies: [{ name: 'p', schema: { type: 'object' } }],
  metadata: { tier: 'gold' },
};

function bundle(doc: Doc, files: Files): { absFile: string; absDir: string } {
  const dir = path.join(root, `b${n++}`);
  fs.mkdirSync(dir);
  const all: Files = { 'openapi.yaml': stringify(OPENAPI), 'config.json': JSON.stringify(SCHEMA), ...files, 'pacto.yaml': stringify(doc) };
  for (const [f, text] of Object.entries(all)) fs.writeFileSync(path.join(dir, f), text);
  return { absFile: path.join(dir, 'pacto.yaml'), absDir: dir };
}

interface Case {
  rule: string;
  type: ChangeType;
  class: Classification;
  /** Edits the base and/or head (copies of the format's document) and their files. */
  base?: (d: Doc, f: Files) => void;
  head?: (d: Doc, f: Files) => void;
  /** The path the change must carry, when it is not the rule path. */
  path?: string;
}

function run(format: '1.0' | '2.0', c: Case): Change[] {
  const template = format === '1.0' ? V1 : V2;
  const [bd, hd] = [structuredClone(template), structuredClone(template)];
  const [bf, hf]: Files[] = [{}, {}];
  c.base?.(bd, bf);
  c.head?.(hd, hf);
  const a = bundle(bd, bf);
  const b = bundle(hd, hf);
  const oldSide = loadSide(a.absFile, a.absDir)!;
  const newSide = loadSide(b.absFile, b.absDir)!;
  return format === '1.0' ? compareV1(oldSide, newSide) : compareV2(oldSide, newSide, { migration: null });
}

const specEdit =
  (edit: (s: Doc) => void) =>
  (_d: Doc, f: Files): void => {
    const s = structuredClone(OPENAPI);
    edit(s);
    f['openapi.yaml'] = stringify(s);
  };
const schemaEdit =
  (edit: (s: Doc) => void) =>
  (_d: Doc, f: Files): void => {
    const s = structuredClone(SCHEMA);
    edit(s);
    f['config.json'] = JSON.stringify(s);
  };
const op = (s: Doc): Doc => s.paths['/users'].get;

/** Spec rows shared by both formats (the 2.0 differences are listed in its own cases). */
const SPEC_CASES: Case[] = [
  {
    rule: 'openapi.paths',
    type: 'added',
    class: 'NON_BREAKING',
    path: 'openapi.paths[/orders]',
    head: specEdit((s) => (s.paths['/orders'] = { get: { responses: {} } })),
  },
  {
    rule: 'openapi.paths',
    type: 'removed',
    class: 'BREAKING',
    path: 'openapi.paths[/users]',
    head: specEdit((s) => (s.paths = { '/other': {} })),
  },
  {
    rule: 'openapi.methods',
    type: 'added',
    class: 'NON_BREAKING',
    path: 'openapi.paths[/users].methods[POST]',
    head: specEdit((s) => (s.paths['/users'].post = { responses: {} })),
  },
  {
    rule: 'openapi.methods',
    type: 'removed',
    class: 'BREAKING',
    path: 'openapi.paths[/users].methods[GET]',
    head: specEdit((s) => (s.paths['/users'] = { put: {} })),
  },
  {
    rule: 'openapi.parameters',
    type: 'removed',
    class: 'BREAKING',
    path: 'openapi.paths[/users].methods[GET].parameters[limit:query]',
    head: specEdit((s) => (op(s).parameters = [])),
  },
  {
    rule: 'openapi.parameters',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: specEdit((s) => (op(s).parameters[0].description = 'page size')),
  },
  { rule: 'openapi.request-body', type: 'added', class: 'POTENTIAL_BREAKING', base: specEdit((s) => delete op(s).requestBody) },
  { rule: 'openapi.request-body', type: 'removed', class: 'POTENTIAL_BREAKING', head: specEdit((s) => delete op(s).requestBody) },
  {
    rule: 'openapi.request-body',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: specEdit((s) => (op(s).requestBody.required = true)),
  },
  {
    rule: 'openapi.responses',
    type: 'added',
    class: 'NON_BREAKING',
    path: 'openapi.paths[/users].methods[GET].responses[404]',
    head: specEdit((s) => (op(s).responses['404'] = { description: 'nope' })),
  },
  {
    rule: 'openapi.responses',
    type: 'removed',
    class: 'BREAKING',
    head: specEdit((s) => (op(s).responses = { '201': { description: 'x' } })),
  },
  {
    rule: 'openapi.responses',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: specEdit((s) => (op(s).responses['200'].description = 'fine')),
  },
  {
    rule: 'schema.properties',
    type: 'added',
    class: 'NON_BREAKING',
    path: 'schema.properties[host]',
    head: schemaEdit((s) => (s.properties.host = {})),
  },
  {
    rule: 'schema.properties',
    type: 'removed',
    class: 'BREAKING',
    path: 'schema.properties[port]',
    head: schemaEdit((s) => (s.properties = {})),
  },
];

const V1_CASES: Case[] = [
  { rule: 'service.name', type: 'modified', class: 'BREAKING', head: (d) => (d.service.name = 'svc2') },
  { rule: 'service.version', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.service.version = '2.0.0') },
  { rule: 'service.owner', type: 'added', class: 'NON_BREAKING', base: (d) => delete d.service.owner },
  { rule: 'service.owner', type: 'removed', class: 'NON_BREAKING', head: (d) => delete d.service.owner },
  { rule: 'service.owner', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.service.owner = 'team-b') },
  { rule: 'service.image', type: 'added', class: 'NON_BREAKING', base: (d) => delete d.service.image },
  { rule: 'service.image', type: 'removed', class: 'NON_BREAKING', head: (d) => delete d.service.image },
  { rule: 'service.image', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.service.image.ref = 'ghcr.io/a/svc:2') },
  { rule: 'interfaces', type: 'added', class: 'NON_BREAKING', head: (d) => d.interfaces.push({ name: 'admin', type: 'http', port: 9000 }) },
  { rule: 'interfaces', type: 'removed', class: 'BREAKING', head: (d) => (d.interfaces = []) },
  { rule: 'interfaces.type', type: 'modified', class: 'BREAKING', head: (d) => (d.interfaces[0].type = 'grpc') },
  { rule: 'interfaces.port', type: 'added', class: 'POTENTIAL_BREAKING', base: (d) => delete d.interfaces[0].port },
  { rule: 'interfaces.port', type: 'removed', class: 'BREAKING', head: (d) => delete d.interfaces[0].port },
  { rule: 'interfaces.port', type: 'modified', class: 'BREAKING', head: (d) => (d.interfaces[0].port = 9090) },
  { rule: 'interfaces.visibility', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.interfaces[0].visibility = 'internal') },
  {
    rule: 'interfaces.contract',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d, f) => ((d.interfaces[0].contract = 'v2.yaml'), (f['v2.yaml'] = stringify(OPENAPI))),
  },
  { rule: 'configuration', type: 'added', class: 'NON_BREAKING', base: (d) => delete d.configuration },
  { rule: 'configuration', type: 'removed', class: 'BREAKING', head: (d) => delete d.configuration },
  {
    rule: 'configuration.schema',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d, f) => ((d.configuration.schema = 'c2.json'), (f['c2.json'] = JSON.stringify(SCHEMA))),
  },
  { rule: 'runtime.workload', type: 'modified', class: 'BREAKING', head: (d) => (d.runtime.workload = 'job') },
  { rule: 'runtime.state.type', type: 'modified', class: 'BREAKING', head: (d) => (d.runtime.state.type = 'hybrid') },
  {
    rule: 'runtime.state.persistence.scope',
    type: 'modified',
    class: 'BREAKING',
    head: (d) => (d.runtime.state.persistence.scope = 'shared'),
  },
  {
    rule: 'runtime.state.persistence.durability',
    type: 'modified',
    class: 'BREAKING',
    head: (d) => (d.runtime.state.persistence.durability = 'ephemeral'),
  },
  {
    rule: 'runtime.state.dataCriticality',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d) => (d.runtime.state.dataCriticality = 'high'),
  },
  {
    rule: 'runtime.lifecycle.upgradeStrategy',
    type: 'added',
    class: 'NON_BREAKING',
    base: (d) => delete d.runtime.lifecycle.upgradeStrategy,
  },
  {
    rule: 'runtime.lifecycle.upgradeStrategy',
    type: 'removed',
    class: 'POTENTIAL_BREAKING',
    head: (d) => delete d.runtime.lifecycle.upgradeStrategy,
  },
  {
    rule: 'runtime.lifecycle.upgradeStrategy',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d) => (d.runtime.lifecycle.upgradeStrategy = 'recreate'),
  },
  {
    rule: 'runtime.lifecycle.gracefulShutdownSeconds',
    type: 'modified',
    class: 'NON_BREAKING',
    head: (d) => (d.runtime.lifecycle.gracefulShutdownSeconds = 60),
  },
  {
    rule: 'runtime.lifecycle.gracefulShutdownSeconds',
    type: 'added',
    class: 'POTENTIAL_BREAKING',
    base: (d) => delete d.runtime.lifecycle.gracefulShutdownSeconds,
  },
  { rule: 'runtime.health.interface', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.runtime.health.interface = 'admin') },
  { rule: 'runtime.health.path', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.runtime.health.path = '/ready') },
  {
    rule: 'runtime.health.initialDelaySeconds',
    type: 'modified',
    class: 'NON_BREAKING',
    head: (d) => (d.runtime.health.initialDelaySeconds = 10),
  },
  { rule: 'scaling', type: 'added', class: 'NON_BREAKING', base: (d) => delete d.scaling },
  { rule: 'scaling', type: 'removed', class: 'POTENTIAL_BREAKING', head: (d) => delete d.scaling },
  { rule: 'scaling', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.scaling = { replicas: 2 }) },
  {
    rule: 'scaling.replicas',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    base: (d) => (d.scaling = { replicas: 2 }),
    head: (d) => (d.scaling = { replicas: 3 }),
  },
  { rule: 'scaling.min', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.scaling.min = 2) },
  { rule: 'scaling.max', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.scaling.max = 6) },
  {
    rule: 'dependencies',
    type: 'added',
    class: 'NON_BREAKING',
    head: (d) => d.dependencies.push({ ref: 'oci://ghcr.io/a/mq:1', compatibility: '^1' }),
  },
  { rule: 'dependencies', type: 'removed', class: 'BREAKING', head: (d) => (d.dependencies = []) },
  {
    rule: 'dependencies.compatibility',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d) => (d.dependencies[0].compatibility = '^2.0.0'),
  },
  { rule: 'dependencies.required', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.dependencies[0].required = false) },
  {
    rule: 'openapi.parameters',
    type: 'added',
    class: 'POTENTIAL_BREAKING',
    head: specEdit((s) => op(s).parameters.push({ name: 'q', in: 'query', required: true })),
  },
  ...SPEC_CASES,
];

const V2_CASES: Case[] = [
  { rule: 'service.name', type: 'modified', class: 'BREAKING', head: (d) => (d.service.name = 'svc2') },
  { rule: 'service.version', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.service.version = '2.0.0') },
  { rule: 'service.owner', type: 'added', class: 'NON_BREAKING', base: (d) => delete d.service.owner },
  { rule: 'service.owner', type: 'removed', class: 'NON_BREAKING', head: (d) => delete d.service.owner },
  { rule: 'service.owner', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.service.owner = { team: 'b' }) },
  {
    rule: 'interfaces',
    type: 'added',
    class: 'NON_BREAKING',
    head: (d) => d.interfaces.push({ name: 'rpc', type: 'grpc', ref: 'x.proto' }),
  },
  { rule: 'interfaces', type: 'removed', class: 'BREAKING', head: (d) => (d.interfaces = []) },
  { rule: 'interfaces.type', type: 'modified', class: 'BREAKING', head: (d) => (d.interfaces[0].type = 'asyncapi') },
  { rule: 'interfaces.visibility', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.interfaces[0].visibility = 'internal') },
  {
    rule: 'interfaces.ref',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d, f) => ((d.interfaces[0].ref = 'v2.yaml'), (f['v2.yaml'] = stringify(OPENAPI))),
  },
  {
    rule: 'configurations',
    type: 'added',
    class: 'NON_BREAKING',
    path: 'configurations[extra]',
    head: (d) => d.configurations.push({ name: 'extra', required: false, ref: 'oci://ghcr.io/a/c:1' }),
  },
  { rule: 'configurations', type: 'removed', class: 'BREAKING', path: 'configurations[app]', head: (d) => (d.configurations = []) },
  {
    rule: 'configurations.required',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    path: 'configurations[app].required',
    head: (d) => (d.configurations[0].required = false),
  },
  {
    rule: 'configurations.schema',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    path: 'configurations[app].schema',
    head: (d, f) => ((d.configurations[0].schema = 'c2.json'), (f['c2.json'] = JSON.stringify(SCHEMA))),
  },
  {
    rule: 'configurations.ref',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    path: 'configurations[app].ref',
    base: (d) => (d.configurations[0] = { name: 'app', required: true, ref: 'oci://r/a:1' }),
    head: (d) => (d.configurations[0] = { name: 'app', required: true, ref: 'oci://r/a:2' }),
  },
  {
    rule: 'dependencies',
    type: 'added',
    class: 'NON_BREAKING',
    head: (d) => d.dependencies.push({ name: 'mq', ref: 'oci://ghcr.io/a/mq:1', compatibility: '^1', required: false }),
  },
  { rule: 'dependencies', type: 'removed', class: 'BREAKING', head: (d) => (d.dependencies = []) },
  {
    rule: 'dependencies.ref',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d) => (d.dependencies[0].ref = 'oci://ghcr.io/a/db:2'),
  },
  {
    rule: 'dependencies.compatibility',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    head: (d) => (d.dependencies[0].compatibility = '^2.0.0'),
  },
  { rule: 'dependencies.required', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.dependencies[0].required = false) },
  { rule: 'workload', type: 'modified', class: 'BREAKING', head: (d) => (d.workload = 'job') },
  { rule: 'state.type', type: 'modified', class: 'BREAKING', head: (d) => (d.state.type = 'hybrid') },
  { rule: 'state.persistence.scope', type: 'modified', class: 'BREAKING', head: (d) => (d.state.persistence.scope = 'shared') },
  {
    rule: 'state.persistence.durability',
    type: 'modified',
    class: 'BREAKING',
    head: (d) => (d.state.persistence.durability = 'ephemeral'),
  },
  { rule: 'state.dataCriticality', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.state.dataCriticality = 'high') },
  { rule: 'readiness', type: 'added', class: 'NON_BREAKING', base: (d) => delete d.readiness },
  { rule: 'readiness', type: 'removed', class: 'NON_BREAKING', head: (d) => delete d.readiness },
  { rule: 'readiness', type: 'modified', class: 'NON_BREAKING', head: (d) => (d.readiness.expires = '2100-01-01') },
  {
    rule: 'capabilities',
    type: 'added',
    class: 'POTENTIAL_BREAKING',
    path: 'capabilities[metrics]',
    head: (d) => d.capabilities.push({ type: 'metrics' }),
  },
  {
    rule: 'policies',
    type: 'modified',
    class: 'POTENTIAL_BREAKING',
    path: 'policies[p]',
    head: (d) => (d.policies[0].schema = { type: 'object', required: ['service'] }),
  },
  { rule: 'metadata', type: 'modified', class: 'POTENTIAL_BREAKING', head: (d) => (d.metadata.tier = 'silver') },
  {
    rule: 'openapi.parameters',
    type: 'added',
    class: 'NON_BREAKING',
    head: specEdit((s) => op(s).parameters.push({ name: 'q', in: 'query' })),
  },
  {
    rule: 'openapi.parameters.required',
    type: 'added',
    class: 'BREAKING',
    path: 'openapi.paths[/users].methods[GET].parameters[q:query]',
    head: specEdit((s) => op(s).parameters.push({ name: 'q', in: 'query', required: true })),
  },
  {
    rule: 'openapi.parameters.required',
    type: 'modified',
    class: 'BREAKING',
    path: 'openapi.paths[/users].methods[GET].parameters[limit:query]',
    head: specEdit((s) => (op(s).parameters[0].required = true)),
  },
  {
    rule: 'schema.required',
    type: 'added',
    class: 'BREAKING',
    path: 'schema.required[host]',
    head: schemaEdit((s) => ((s.properties.host = {}), s.required.push('host'))),
  },
  {
    rule: 'schema.required',
    type: 'removed',
    class: 'BREAKING',
    path: 'schema.required[port]',
    head: schemaEdit((s) => (s.required = [])),
  },
  ...SPEC_CASES,
];

/** Rows no change of this engine can produce (Pacto lists them too, and never emits them). */
const UNREACHABLE = new Set([
  'configuration.schema added',
  'configuration.schema removed',
  'contract added',
  'contract removed',
  'pactoVersion modified',
]);

function check(format: '1.0' | '2.0', table: Table, c: Case): void {
  const changes = run(format, c);
  const wanted = c.path ?? c.rule;
  const hit = changes.find(
    (x) =>
      x.type === c.type &&
      (x.path === wanted ||
        (c.path === undefined && x.path.startsWith(`${c.rule}[`)) ||
        (c.path === undefined && x.path.startsWith('openapi.') && c.rule.startsWith('openapi.'))),
  );
  expect({
    changes: changes.map((x) => `${x.path} ${x.type} ${x.classification}`),
    hit: hit ? `${hit.type} ${hit.classification}` : null,
  }).toEqual({
    changes: expect.any(Array),
    hit: `${c.type} ${c.class}`,
  });
  // The test's expectation and the table agree: the case pins the table's row.
  expect(classify(table, c.rule, c.type)).toBe(c.class);
}

describe.each([
  ['1.0', TABLE_V1, V1_CASES],
  ['2.0', TABLE_V2, V2_CASES],
] as const)('format %s', (format, table, cases) => {
  it.each(cases.map((c) => [`${c.rule} ${c.type} -> ${c.class}`, c] as const))('%s', (_name, c) => check(format, table, c));

  it('every row of the table has a case (or is one the comparers never emit)', () => {
    const covered = new Set(cases.map((c) => `${c.rule} ${c.type}`));
    const missing = rows(table)
      .map((r) => `${r.path} ${r.type}`)
      .filter((k) => !covered.has(k) && !UNREACHABLE.has(k));
    expect(missing).toEqual([]);
  });

  it('an identical pair has no changes', () => {
    expect(run(format, { rule: 'none', type: 'modified', class: 'NON_BREAKING' })).toEqual([]);
  });
});

describe('details Pacto fixes', () => {
  it('values: ports as numbers, nil left out, "<name>: <value>" for keyed fields', () => {
    const [port] = run('1.0', { rule: '', type: 'modified', class: 'BREAKING', head: (d) => (d.interfaces[0].port = 9090) });
    expect(port).toMatchObject({ path: 'interfaces.port', oldValue: 8080, newValue: 9090, reason: 'interfaces.port modified' });
    const [removed] = run('1.0', { rule: '', type: 'removed', class: 'BREAKING', head: (d) => (d.interfaces = []) });
    expect(removed).toEqual({
      path: 'interfaces',
      type: 'removed',
      oldValue: 'api',
      classification: 'BREAKING',
      reason: 'interfaces removed',
      line: 8,
    });
    const [type] = run('1.0', { rule: '', type: 'modified', class: 'BREAKING', head: (d) => (d.interfaces[0].type = 'grpc') });
    expect([type.oldValue, type.newValue]).toEqual(['api: http', 'api: grpc']);
  });

  it('an unparseable interface spec yields no spec changes, as in Pacto', () => {
    const changes = run('1.0', {
      rule: '',
      type: 'modified',
      class: 'BREAKING',
      head: (_d, f) => (f['openapi.yaml'] = 'paths: [unclosed'),
    });
    expect(changes).toEqual([]);
  });

  it('a spec path outside the bundle is never read', () => {
    const changes = run('1.0', {
      rule: '',
      type: 'modified',
      class: 'BREAKING',
      base: (d) => (d.interfaces[0].contract = '../b0/openapi.yaml'),
      head: (d) => (d.interfaces[0].contract = '../b0/openapi.yaml'),
    });
    expect(changes).toEqual([]);
  });
});

describe("Pacto's worked examples (pacto-behaviour.md §4, corpus bundles)", () => {
  const corpus = path.join(process.cwd(), '__tests__/fixtures/conformance/contracts/valid');
  const compare = (from: string, to: string): string[] => {
    const a = loadSide(path.join(corpus, from, 'pacto.yaml'), path.join(corpus, from))!;
    const b = loadSide(path.join(corpus, to, 'pacto.yaml'), path.join(corpus, to))!;
    return compareV1(a, b)
      .map(
        (c) =>
          `${c.path} ${c.type} ${c.classification}${c.type === 'modified' && typeof c.oldValue === 'number' ? ` ${c.oldValue}->${c.newValue}` : ''}`,
      )
      .sort();
  };

  it('e2e_redis_pacto_v1 -> v2: POTENTIAL_BREAKING with exactly four changes', () => {
    expect(compare('e2e_redis_pacto_v1', 'e2e_redis_pacto_v2')).toEqual(
      [
        'service.version modified NON_BREAKING',
        'scaling.min modified POTENTIAL_BREAKING 1->2',
        'scaling.max modified NON_BREAKING 3->6',
        'runtime.state.dataCriticality modified POTENTIAL_BREAKING',
      ].sort(),
    );
  });

  it('e2e_user_api_v1 -> v2: BREAKING with exactly the listed OpenAPI changes', () => {
    expect(compare('e2e_user_api_v1', 'e2e_user_api_v2')).toEqual(
      [
        'service.version modified NON_BREAKING',
        'openapi.paths[/users].methods[GET].parameters[sort:query] removed BREAKING',
        'openapi.paths[/users].methods[GET].parameters[filter:query] added POTENTIAL_BREAKING',
        'openapi.paths[/users].methods[GET].responses[200] modified POTENTIAL_BREAKING',
        'openapi.paths[/users].methods[GET].responses[404] added NON_BREAKING',
        'openapi.paths[/users].methods[DELETE] removed BREAKING',
        'openapi.paths[/users].methods[POST] added NON_BREAKING',
        'openapi.paths[/orders] added NON_BREAKING',
      ].sort(),
    );
  });
});

/**
 * The plugin request for 2.0 contracts matches the recorded Pacto v3 bodies byte for byte
 * (recorded with bundleDir = contracts/valid/<case>, outputDir = test-output, no options).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRequest } from '../../../src/contracts/request.js';
import { encodeContract } from '../../../src/contracts/v2/encode.js';
import { profileV2 } from '../../../src/contracts/v2/index.js';
import { loadContract } from '../../../src/contracts/v2/loader.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(here, '..', '..', 'fixtures', 'conformance-v2');
const REQUESTS = path.join(ROOT, 'plugin', 'requests');

const bodies = readdirSync(REQUESTS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), body: readFileSync(path.join(REQUESTS, f), 'utf8') }));

describe('2.0 plugin request encoding', () => {
  it('has the five recorded bodies', () => {
    expect(bodies).toHaveLength(5);
  });

  it.each(bodies)('$name', async ({ name, body }) => {
    const rel = `contracts/valid/${name}`;
    const dir = path.join(ROOT, rel);
    const verdict = await profileV2.validate({
      source: readFileSync(path.join(dir, 'pacto.yaml')),
      bundle: { file: 'pacto.yaml', bundle: '.', absFile: path.join(dir, 'pacto.yaml'), absDir: dir },
      opts: { format: 'auto', unresolvedPolicyRefs: 'error' },
    });
    expect(verdict.errors).toEqual([]);
    expect(verdict.contractJson).not.toBeNull();
    expect(buildRequest(verdict.contractJson!, rel, 'test-output', {})).toBe(body);
  });
});

describe('2.0 model encoding details', () => {
  const encode = (yaml: string) => {
    const r = loadContract(yaml);
    if (!r.ok) throw new Error(r.problem.message);
    return JSON.parse(encodeContract(r.model)!) as Record<string, unknown>;
  };
  const modelOf = (yaml: string) => {
    const r = loadContract(yaml);
    if (!r.ok) throw new Error(r.problem.message);
    return r.model;
  };
  const head = 'pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n';

  it('always emits required on configurations and dependencies, even false', () => {
    const c = encode(
      `${head}configurations:\n  - name: a\n    ref: x\n    required: false\ndependencies:\n  - name: d\n    ref: ../d\n    required: false\n    compatibility: ^1.0.0\n`,
    );
    expect(c.configurations).toEqual([{ name: 'a', ref: 'x', required: false }]);
    expect(c.dependencies).toEqual([{ name: 'd', ref: '../d', required: false, compatibility: '^1.0.0' }]);
  });

  it('omits empty lists and absent objects, keeps owner as {}', () => {
    const raw = encodeContract(modelOf(`${head}interfaces: []\ncapabilities: []\n`));
    expect(raw).toBe('{"pactoVersion":"2.0","service":{"name":"svc","version":"1.0.0","owner":{}}}');
  });

  it('keeps readiness dates as written but turns unquoted dates in values and metadata into RFC 3339', () => {
    const c = encode(
      `${head}configurations:\n  - name: a\n    schema: s.json\n    required: true\n    values: {since: 2024-03-01, port: 8080.0}\nmetadata: {born: 2024-03-01T10:20:30.5+02:00}\n` +
        `readiness:\n  expires: 2099-12-31\n  minScore: 0\n  claims:\n    - {id: a, type: url, status: done, evidence: x}\n`,
    );
    expect((c.configurations as { values: unknown }[])[0]!.values).toEqual({ port: 8080, since: '2024-03-01T00:00:00Z' });
    expect(c.metadata).toEqual({ born: '2024-03-01T10:20:30.5+02:00' });
    expect(c.readiness).toEqual({
      minScore: 0,
      expires: '2099-12-31',
      claims: [{ id: 'a', type: 'url', status: 'done', evidence: 'x', weight: 0 }],
    });
  });

  it('escapes strings as Go does and sorts map keys by bytes', () => {
    const raw = encodeContract(modelOf(`${head}metadata: {b: "<a&b>", a: 1, "é": 2, Z: 3}\n`))!;
    expect(raw).toContain('"metadata":{"Z":3,"a":1,"b":"\\u003ca\\u0026b\\u003e","é":2}');
  });

  it('returns null when Go could not encode the model (non-string key in a nested map)', () => {
    expect(encodeContract(modelOf(`${head}metadata: {a: {1: x}}\n`))).toBeNull();
  });
});

/**
 * Hostile or broken bundle files are findings for that contract, never crashes or hangs;
 * unresolved policy refs follow the unresolved-policy-refs option; profiles can be forced.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateBundles } from '../../../src/contracts/validate.js';
import { profileV2 } from '../../../src/contracts/v2/index.js';
import type { Bundle, ValidationOptions } from '../../../src/contracts/types.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pacto-v2-robust-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
function bundle(yaml: string, files: Record<string, string> = {}): Bundle {
  const dir = path.join(root, `b${n++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'pacto.yaml'), yaml);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return { file: 'pacto.yaml', bundle: '.', absFile: path.join(dir, 'pacto.yaml'), absDir: dir };
}

const opts = (o: Partial<ValidationOptions> = {}): ValidationOptions => ({ format: 'auto', unresolvedPolicyRefs: 'error', ...o });
const HEAD = 'pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n';
const CONFIG = `${HEAD}configurations:\n  - name: app\n    schema: c.json\n    required: true\n    values: {a: 1}\n`;
const POLICY = `${HEAD}policies:\n  - name: p\n    schema: p.json\n`;

async function run(b: Bundle, o: Partial<ValidationOptions> = {}) {
  const [r] = await validateBundles([b], opts(o));
  return r!;
}
const codes = (list: { code: string; path: string }[]) => list.map((f) => `${f.code}@${f.path}`);

describe('hostile configuration and policy schemas', () => {
  it('malformed JSON is INVALID_CONFIG_JSON naming the file', async () => {
    const r = await run(bundle(CONFIG, { 'c.json': '{"type": ' }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_JSON@configurations[0].schema']);
    expect(r.errors[0]!.message).toContain('"c.json"');
    expect(r.errors[0]!.line).toBe(7);
  });

  it('a $ref to http://… is not fetched: INVALID_CONFIG_SCHEMA saying so', async () => {
    const r = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ $ref: 'http://127.0.0.1:9/schema.json' }) }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    expect(r.errors[0]!.message).toMatch(/http:\/\/127\.0\.0\.1:9\/schema\.json.*never fetched/);
  });

  it('a remote $ref in a policy schema is INVALID_POLICY_SCHEMA', async () => {
    const r = await run(bundle(POLICY, { 'p.json': JSON.stringify({ properties: { service: { $ref: 'https://example.com/s.json' } } }) }));
    expect(codes(r.errors)).toEqual(['INVALID_POLICY_SCHEMA@policies[0].schema']);
  });

  it('a schema nested 100,000 levels deep is rejected before compiling', async () => {
    const deep = '{"items":'.repeat(100_000) + '{}' + '}'.repeat(100_000);
    const started = Date.now();
    const r = await run(bundle(CONFIG, { 'c.json': deep }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    expect(r.errors[0]!.message).toMatch(/nested more than 256 levels/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a schema that recurses into itself without consuming input is an error, not a stack overflow', async () => {
    const r = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ $ref: '#' }) }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    const p = await run(
      bundle(POLICY, { 'p.json': JSON.stringify({ $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }) }),
    );
    expect(p.valid).toBe(false);
    expect(p.errors.map((e) => e.code)).toEqual(['INVALID_POLICY_SCHEMA']);
  });

  it('an unknown $schema and a non-object schema are INVALID_*_SCHEMA', async () => {
    const a = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ $schema: 'https://example.com/my-meta' }) }));
    expect(codes(a.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    const b = await run(bundle(POLICY, { 'p.json': '[1,2]' }));
    expect(codes(b.errors)).toEqual(['INVALID_POLICY_SCHEMA@policies[0].schema']);
  });

  it('draft-07 and 2019-09 schemas are honoured', async () => {
    const d7 = await run(
      bundle(CONFIG, {
        'c.json': JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', properties: { a: { type: 'string' } } }),
      }),
    );
    expect(codes(d7.errors)).toEqual(['CONFIG_VALUES_VALIDATION_FAILED@configurations[0].values']);
    expect(d7.errors[0]!.message).toContain("at '/a': got integer, want string");
    const d19 = await run(
      bundle(CONFIG, {
        'c.json': JSON.stringify({ $schema: 'https://json-schema.org/draft/2019-09/schema', properties: { a: { type: 'integer' } } }),
      }),
    );
    expect(d19.errors).toEqual([]);
  });

  it('$async cannot turn validation into an unhandled promise', async () => {
    const r = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ $async: true, properties: { a: { type: 'string' } } }) }));
    expect(codes(r.errors)).toEqual(['CONFIG_VALUES_VALIDATION_FAILED@configurations[0].values']);
  });

  it('a schema with more than 20,000 values is refused before ajv sees it', async () => {
    const props = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`p${i}`, { type: 'string' }]));
    const r = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ properties: props }) }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    expect(r.errors[0]!.message).toContain('more than 20000 JSON values');
  });

  it('one bad bundle does not affect the next', async () => {
    const results = await validateBundles(
      [
        bundle(CONFIG, { 'c.json': JSON.stringify({ $ref: '#' }) }),
        bundle(CONFIG, { 'c.json': JSON.stringify({ properties: { a: { type: 'integer' } } }) }),
      ],
      opts(),
    );
    expect(results.map((r) => r.valid)).toEqual([false, true]);
  });
});

describe('interface specs', () => {
  const SPEC = (ref: string) => `${HEAD}interfaces:\n  - name: api\n    type: openapi\n    ref: ${ref}\n`;

  it('a YAML spec with a duplicate key is INVALID_INTERFACE_SPEC (yaml.v3 refuses it)', async () => {
    const r = await run(bundle(SPEC('api.yaml'), { 'api.yaml': 'openapi: 3.0.0\npaths: {}\npaths: {}\n' }));
    expect(codes(r.errors)).toEqual(['INVALID_INTERFACE_SPEC@interfaces[0].ref']);
    expect(r.errors[0]!.message).toMatch(/api\.yaml.*line 3.*already defined/);
  });

  it('a .proto file is never parsed, a .json one is', async () => {
    expect((await run(bundle(SPEC('x.proto'), { 'x.proto': '{{{ not json' }))).errors).toEqual([]);
    expect(codes((await run(bundle(SPEC('x.json'), { 'x.json': '{{{' }))).errors)).toEqual(['INVALID_INTERFACE_SPEC@interfaces[0].ref']);
  });

  it('./ paths and directories are FILE_NOT_FOUND with a hint', async () => {
    const a = await run(bundle(SPEC('./api.yaml'), { 'api.yaml': 'openapi: 3.0.0\n' }));
    expect(codes(a.errors)).toEqual(['FILE_NOT_FOUND@interfaces[0].ref']);
    expect(a.errors[0]!.message).toContain('without ./');
    const d = await run(bundle(SPEC('specs'), { 'specs/a.yaml': 'x: 1\n' }));
    expect(d.errors[0]!.message).toContain('is a directory');
  });
});

describe('policy refs are never fetched', () => {
  const REF = `${HEAD}policies:\n  - name: org\n    ref: oci://ghcr.io/acme/policies:1.0.0\n`;

  it('is POLICY_REF_UNRESOLVED (an error) by default, at path "" and annotated on the ref', async () => {
    const r = await run(bundle(REF));
    expect(codes(r.errors)).toEqual(['POLICY_REF_UNRESOLVED@']);
    expect(r.valid).toBe(false);
    expect(r.errors[0]!.message).toContain('oci://ghcr.io/acme/policies:1.0.0');
    expect(r.errors[0]!.message).toContain('unresolved-policy-refs');
    expect(r.errors[0]!.line).toBe(7);
  });

  it('is a warning with unresolved-policy-refs: warn', async () => {
    const r = await run(bundle(REF), { unresolvedPolicyRefs: 'warn' });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual(['POLICY_REF_UNRESOLVED@']);
    expect(r.valid).toBe(true);
  });

  it('inline policies are still enforced next to an unresolved ref', async () => {
    const yaml = `${REF}  - name: needs-owner\n    schema: p.json\n`;
    const r = await run(bundle(yaml, { 'p.json': JSON.stringify({ properties: { service: { required: ['owner'] } } }) }), {
      unresolvedPolicyRefs: 'warn',
    });
    expect(codes(r.errors)).toEqual(['POLICY_VIOLATION@']);
    expect(r.errors[0]!.message).toBe(`policy policies["needs-owner"]: at '/service': missing property 'owner'`);
    expect(codes(r.warnings)).toEqual(['POLICY_REF_UNRESOLVED@']);
  });
});

describe('forced profiles', () => {
  const V1 =
    'pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\nruntime:\n  workload: service\n  state:\n    type: stateless\n    persistence: {scope: local, durability: ephemeral}\n    dataCriticality: low\n';

  it('contract-format 2.0 rejects a 1.0 contract with a PARSE_ERROR that says how to fix it', async () => {
    const r = await run(bundle(V1), { format: '2.0' });
    expect(r.profile).toBe('2.0');
    expect(codes(r.errors)).toEqual(['PARSE_ERROR@']);
    expect(r.errors[0]!.message).toContain('unsupported pactoVersion "1.0"; only "2.0" is supported');
    expect(r.errors[0]!.message).toContain('contract-format');
    expect(r.errors[0]!.line).toBe(1);
  });

  it('contract-format 1.0 validates a 2.0 contract with the 1.0 profile', async () => {
    const r = await run(bundle(HEAD), { format: '1.0' });
    expect(r.profile).toBe('1.0');
    expect(r.valid).toBe(false);
  });

  it('auto picks each contract its own profile', async () => {
    const results = await validateBundles([bundle(V1), bundle(HEAD)], opts());
    expect(results.map((r) => [r.profile, r.valid])).toEqual([
      ['1.0', true],
      ['2.0', true],
    ]);
  });

  it('the 2.0 profile works on its own (Profile interface)', async () => {
    const b = bundle(`${HEAD}workload: daemon\n`);
    const v = await profileV2.validate({ source: Buffer.from(`${HEAD}workload: daemon\n`), bundle: b, opts: opts() });
    expect(v.service).toBe('svc');
    expect(codes(v.errors)).toEqual(['SCHEMA_VIOLATION@workload']);
    expect(v.errors[0]!.message).toContain("got 'daemon'");
    expect([v.errors[0]!.line, v.errors[0]!.column]).toEqual([5, 11]);
  });
});

describe('safety net', () => {
  it('an unexpected failure becomes a SCHEMA_ERROR for that contract instead of a crash', async () => {
    const v = await profileV2.validate({ source: Buffer.from(HEAD), bundle: undefined as unknown as Bundle, opts: opts() });
    expect(v.errors.map((e) => e.code)).toEqual(['SCHEMA_ERROR']);
    expect(v.errors[0]!.message).toMatch(/internal error/);
  });
});

describe('loader details', () => {
  it('rejects YAML 1.1 "yes" in a boolean only at the schema layer, and quoted "true" at load', async () => {
    const dep = (v: string) => `${HEAD}dependencies:\n  - name: d\n    ref: ../d\n    compatibility: ^1.0.0\n    required: ${v}\n`;
    expect(codes((await run(bundle(dep('yes')))).errors)).toEqual(['SCHEMA_VIOLATION@dependencies.0.required']);
    expect(codes((await run(bundle(dep('"true"')))).errors)).toEqual(['PARSE_ERROR@']);
  });

  it('.inf anywhere is YAML_PARSE_ERROR positioned at the value', async () => {
    const r = await run(bundle(`${HEAD}metadata:\n  ratio: .inf\n`));
    expect(codes(r.errors)).toEqual(['YAML_PARSE_ERROR@']);
    expect([r.errors[0]!.line, r.errors[0]!.column]).toEqual([6, 10]);
  });

  it('reads only the first document and honours anchors and merge keys', async () => {
    const yaml = `${HEAD}state: &s\n  type: stateful\n  persistence: {scope: shared, durability: persistent}\n  dataCriticality: high\nmetadata:\n  <<: {a: 1}\n  b: *s\n---\nnot: [valid\n`;
    const r = await run(bundle(yaml));
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.contractJson!).metadata).toEqual({
      a: 1,
      b: { dataCriticality: 'high', persistence: { durability: 'persistent', scope: 'shared' }, type: 'stateful' },
    });
  });
});

describe('patterns in bundle schemas run on RE2 (linear time, Go regexp syntax)', () => {
  const NAMED = (name: string) => `pactoVersion: "2.0"\nservice:\n  name: ${name}\n  version: 1.0.0\n`;
  const cfg = (values: string) => `${HEAD}configurations:\n  - name: app\n    schema: c.json\n    required: true\n    values: ${values}\n`;

  // On V8's backtracking engine each of these takes about 10 s (doubling with every extra character).
  it('a catastrophic-backtracking configuration pattern does not hang validation', async () => {
    const schema = { type: 'object', properties: { NAME: { type: 'string', pattern: '^(a+)+$' } } };
    const r = await run(bundle(cfg(`{NAME: "${'a'.repeat(30)}!"}`), { 'c.json': JSON.stringify(schema) }));
    expect(codes(r.errors)).toEqual(['CONFIG_VALUES_VALIDATION_FAILED@configurations[0].values']);
    expect(r.errors[0]!.message).toContain("at '/NAME'");
    const ok = await run(bundle(cfg(`{NAME: "${'a'.repeat(30)}"}`), { 'c.json': JSON.stringify(schema) }));
    expect(ok.errors).toEqual([]);
  });

  it('a catastrophic-backtracking policy pattern applied to the service name does not hang validation', async () => {
    const yaml = `${NAMED(`${'a'.repeat(30)}1`)}policies:\n  - name: p\n    schema: p.json\n`;
    const schema = { properties: { service: { properties: { name: { pattern: '^([a-z]+)+$' } } } } };
    const r = await run(bundle(yaml, { 'p.json': JSON.stringify(schema) }));
    expect(codes(r.errors)).toEqual(['POLICY_VIOLATION@']);
    expect(r.errors[0]!.message).toContain("at '/service/name'");
  });

  it('backreferences and lookaround (which RE2 and Pacto reject) are INVALID_*_SCHEMA naming the pattern', async () => {
    const a = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ properties: { a: { pattern: '(a)\\1' } } }) }));
    expect(codes(a.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    expect(a.errors[0]!.message).toContain('pattern "(a)\\\\1" cannot be compiled');
    expect(a.errors[0]!.message).toContain('RE2');
    const b = await run(bundle(POLICY, { 'p.json': JSON.stringify({ patternProperties: { '^(?=x)': {} } }) }));
    expect(codes(b.errors)).toEqual(['INVALID_POLICY_SCHEMA@policies[0].schema']);
    expect(b.errors[0]!.message).toContain('(?=');
  });

  it('RE2 syntax is honoured: \\x{…} code points, Unicode classes, case-insensitive groups', async () => {
    const schema = { properties: { a: { type: 'string', pattern: '^\\x{e9}\\p{Lu}(?i:abc)$' } } };
    const good = await run(bundle(cfg('{a: "éXAbC"}'), { 'c.json': JSON.stringify(schema) }));
    expect(good.errors).toEqual([]);
    const bad = await run(bundle(cfg('{a: "éxabc"}'), { 'c.json': JSON.stringify(schema) }));
    expect(codes(bad.errors)).toEqual(['CONFIG_VALUES_VALIDATION_FAILED@configurations[0].values']);
  });

  it('patternProperties and additionalProperties use the same engine', async () => {
    const schema = { patternProperties: { '^(x+x+)+y$': { type: 'integer' } }, additionalProperties: false };
    const r = await run(bundle(cfg(`{"${'x'.repeat(30)}": 1}`), { 'c.json': JSON.stringify(schema) }));
    expect(codes(r.errors)).toEqual(['CONFIG_VALUES_VALIDATION_FAILED@configurations[0].values']);
  });

  // V8 aborts the whole process on this one ("RegExpCompiler Allocation failed - process out of memory").
  it('an 80 KB nested pattern is refused by length, before any engine parses it', async () => {
    const huge = '(x|'.repeat(20_000) + 'y' + ')'.repeat(20_000);
    const r = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ properties: { a: { pattern: huge } } }) }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    expect(r.errors[0]!.message).toContain('80001 characters long, more than the 4096-character limit');
    const key = await run(bundle(POLICY, { 'p.json': JSON.stringify({ patternProperties: { [huge]: {} } }) }));
    expect(codes(key.errors)).toEqual(['INVALID_POLICY_SCHEMA@policies[0].schema']);
    expect(key.errors[0]!.message).toContain('4096-character limit');
  });

  it('a short pattern nested too deeply for RE2 is INVALID_CONFIG_SCHEMA, not a crash', async () => {
    const deep = '('.repeat(1500) + 'y' + ')'.repeat(1500);
    const r = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ properties: { a: { pattern: deep } } }) }));
    expect(codes(r.errors)).toEqual(['INVALID_CONFIG_SCHEMA@configurations[0].schema']);
    expect(r.errors[0]!.message).toMatch(/cannot be compiled: .*nests too deeply/);
  });

  it('every $ref-cycle message names the possible cycle', async () => {
    const a = await run(bundle(CONFIG, { 'c.json': JSON.stringify({ $ref: '#' }) }));
    expect(a.errors[0]!.message).toContain('$ref cycle');
    const p = await run(
      bundle(POLICY, { 'p.json': JSON.stringify({ $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }) }),
    );
    expect(p.errors[0]!.message).toContain('$ref cycle');
  });
});

describe('deeply nested YAML', () => {
  // A contract whose collections nest `levels` deep in all (the root mapping is level 1).
  const flow = (levels: number) => `${HEAD}metadata:\n  a: ${'['.repeat(levels - 2)}${']'.repeat(levels - 2)}\n`;
  const block = (levels: number) => {
    let y = `${HEAD}metadata:\n`;
    for (let i = 0; i < levels - 2; i++) y += `${'  '.repeat(i + 1)}k${i}:\n`;
    return `${y}${'  '.repeat(levels - 1)}v: 1\n`;
  };
  const TOO_DEEP = 'YAML is nested more than 500 levels deep; flatten it';

  it('500 levels are read, in flow and block style', async () => {
    expect((await run(bundle(flow(500)))).errors).toEqual([]);
    expect((await run(bundle(block(500)))).errors).toEqual([]);
  });

  it('800 levels of flow sequences: PARSE_ERROR saying the limit, at the first bracket past it (not a stack overflow)', async () => {
    const r = await run(bundle(flow(800)));
    expect(codes(r.errors)).toEqual(['PARSE_ERROR@']);
    expect(r.errors[0]!.message).toBe(`failed to parse pacto.yaml: failed to parse YAML: ${TOO_DEEP}`);
    // Line 6 is `  a: [[[…`: level 3 is the first bracket (column 6), level 501 is column 504.
    expect([r.errors[0]!.line, r.errors[0]!.column]).toEqual([6, 504]);
  });

  it('501 levels of block mappings are refused at the mapping past the limit, under both profiles', async () => {
    const b = bundle(block(501));
    const r = await run(b);
    expect(codes(r.errors)).toEqual(['PARSE_ERROR@']);
    expect(r.errors[0]!.message).toContain(TOO_DEEP);
    expect([r.errors[0]!.line, r.errors[0]!.column]).toEqual([505, 1001]);
    const v1 = await run(b, { format: '1.0' });
    expect(v1.errors.map((e) => e.code)).toEqual(['PARSE_ERROR']);
    expect(v1.errors[0]!.message).toContain(TOO_DEEP);
    expect(v1.errors[0]!.line).toBe(505);
  });

  it('5,000 levels of block mappings cost one finding, not the run (the 1.0 profile used to throw)', async () => {
    const b = bundle(block(5000));
    for (const format of ['auto', '1.0'] as const) {
      const r = await run(b, { format });
      expect(r.errors.map((e) => e.code)).toEqual(['PARSE_ERROR']);
      expect(r.errors[0]!.message).toContain(TOO_DEEP);
    }
  });

  it('aliases that expand deeper than the limit are YAML_PARSE_ERROR saying so', async () => {
    let y = `${HEAD}metadata:\n  a0: &a0 [x]\n`;
    for (let i = 1; i < 600; i++) y += `  a${i}: &a${i} [*a${i - 1}]\n`;
    const r = await run(bundle(y));
    expect(codes(r.errors)).toEqual(['YAML_PARSE_ERROR@']);
    expect(r.errors[0]!.message).toContain('nested more than 500 levels deep (counting what aliases expand to)');
  });
});

describe('hostile aliases', () => {
  it('an alias inside its own anchor is a PARSE_ERROR (yaml.v3: "value contains itself"), not a stack overflow, under both profiles', async () => {
    const b = bundle(`${HEAD}metadata:\n  a: &a [x, *a]\n`);
    for (const format of ['auto', '1.0'] as const) {
      const r = await run(b, { format });
      expect(r.errors.map((e) => e.code)).toEqual(['PARSE_ERROR']);
      expect(r.errors[0]!.message).toContain("line 6: anchor 'a' value contains itself");
    }
  });

  it('a billion-laughs document is refused before anything expands it (yaml.v3: excessive aliasing)', async () => {
    let y = `${HEAD}metadata:\n  a0: &a0 [x]\n`;
    for (let i = 1; i < 40; i++) y += `  a${i}: &a${i} [*a${i - 1}, *a${i - 1}]\n`;
    const b = bundle(y);
    for (const format of ['auto', '1.0'] as const) {
      const r = await run(b, { format });
      expect(r.errors.map((e) => e.code)).toEqual(['PARSE_ERROR']);
      expect(r.errors[0]!.message).toContain('line 7: document contains excessive aliasing');
      expect([r.errors[0]!.line, r.errors[0]!.column]).toEqual([7, 12]);
    }
  });

  it('ordinary anchors and aliases are untouched by the guard', async () => {
    let y = `${HEAD}metadata:\n  base: &b {team: core, tier: 1}\n`;
    for (let i = 0; i < 300; i++) y += `  s${i}: *b\n`;
    const r = await run(bundle(y));
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.contractJson!).metadata.s299).toEqual({ team: 'core', tier: 1 });
  });
});

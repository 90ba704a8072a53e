import { afterAll, describe, expect, it } from '@jest/globals';
import { codes, tempBundles } from './helpers.js';

const t = tempBundles();
afterAll(() => t.cleanup());

const HEAD = 'pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\n';
const api = (port: string): string => `${HEAD}interfaces:\n  - name: api\n    type: http\n    port: ${port}\n`;
const portOf = (json: string | null): unknown => (JSON.parse(json!) as { interfaces: { port?: number }[] }).interfaces[0]!.port;

describe('strict typed load (yaml.v3 semantics)', () => {
  it.each([
    ['0177777', 65535],
    ['017620', 8080],
    ['8_080', 8080],
    ['0x1F90', 8080],
    ['0o17620', 8080],
    ['0b1111110010000', 8080],
    ['+8080', 8080],
    ['1e3', 1000],
    ['08', 8],
  ])('accepts integer field %s as %d', async (text, value) => {
    const r = await t.validate(api(text));
    expect(r.errors).toEqual([]);
    expect(portOf(r.contractJson)).toBe(value);
  });

  it('truncates a fractional port for the request but the schema still rejects it', async () => {
    const r = await t.validate(api('8080.9'));
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ interfaces.0.port']);
    expect(r.errors[0]!.message).toMatch(/got number, want integer/);
    expect(portOf(r.contractJson)).toBe(8080);
  });

  it.each(['"8080"', 'true', '.inf', '99999999999999999999', '[1]', '2024-01-01'])('rejects port %s as PARSE_ERROR', async (text) => {
    const r = await t.validate(api(text));
    expect(codes(r.errors)).toEqual(['PARSE_ERROR @ ']);
    expect(r.errors[0]!.message).toMatch(/cannot unmarshal/);
    expect(r.contractJson).toBeNull();
  });

  it('accepts YAML 1.1 booleans in typed fields, which then fail the schema as strings', async () => {
    const r = await t.validate(`${HEAD}dependencies:\n  - ref: x/y\n    compatibility: "^1"\n    required: on\n`);
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ dependencies.0.required']);
    expect(r.errors[0]!.message).toMatch(/got string, want boolean/);
    expect(JSON.parse(r.contractJson!).dependencies[0].required).toBe(true);
  });

  it('takes the literal text for string fields, so `version: 1.0` is a schema type error', async () => {
    const r = await t.validate('pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0\n');
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ service.version']);
    expect(JSON.parse(r.contractJson!).service.version).toBe('1.0');
  });

  it('treats an unquoted timestamp version as a string that is valid semver', async () => {
    const r = await t.validate('pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 2024-01-15\n');
    expect(r.valid).toBe(true);
    expect(r.version).toBe('2024-01-15');
  });

  it('reads only the first document and skips a BOM', async () => {
    const r = await t.validate(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEAD}---\n: [broken\n`)]));
    expect(r.valid).toBe(true);
  });

  it('reports an empty file and an explicitly empty document as PARSE_ERROR', async () => {
    const empty = await t.validate('# nothing\n');
    expect(codes(empty.errors)).toEqual(['PARSE_ERROR @ ']);
    expect(empty.errors[0]!.message).toMatch(/EOF/);
    const dashes = await t.validate('---\n');
    expect(dashes.errors[0]!.message).toMatch(/pactoVersion is required/);
  });

  it.each([
    ['a root sequence', '- a\n', /cannot unmarshal !!seq into contract.Contract/],
    ['a duplicate key', `${HEAD}metadata:\n  a: 1\n  a: 2\n`, /mapping key "a" already defined at line 6/],
    ['an unknown anchor', `${HEAD}metadata:\n  a: *nope\n`, /unknown anchor 'nope' referenced/],
    ['a list as metadata', `${HEAD}metadata:\n  - a\n`, /cannot unmarshal !!seq into map\[string\]interface \{\}/],
    ['an unknown nested key', `${HEAD}runtime:\n  workload: service\n  replicas: 2\n`, /field replicas not found in type contract.Runtime/],
    [
      'a TAB indentation',
      `${HEAD}metadata:\n\ta: 1\n`,
      /found character that cannot start any token \(a tab: .*indent with spaces\) \(line 6, column 1\)/,
    ],
    ['invalid UTF-8', Buffer.concat([Buffer.from(HEAD), Buffer.from([0x6f, 0x3a, 0x20, 0xff, 0x0a])]), /UTF-8/],
  ])('fails the load on %s', async (_what, text, message) => {
    const r = await t.validate(text);
    expect(codes(r.errors)).toEqual(['PARSE_ERROR @ ']);
    expect(r.errors[0]!.message).toMatch(message);
  });

  it('lists every missing required field in Pacto order', async () => {
    const noVersion = await t.validate('service:\n  name: x\n  version: 1.0.0\n');
    expect(noVersion.errors[0]!.message).toMatch(/pactoVersion is required/);
    const noName = await t.validate('pactoVersion: "1.0"\nservice:\n  name: ~\n  version: 1.0.0\n');
    expect(noName.errors[0]!.message).toMatch(/service.name is required/);
    const noVersionField = await t.validate('pactoVersion: "1.0"\nservice:\n  name: x\n');
    expect(noVersionField.errors[0]!.message).toMatch(/service.version is required/);
  });

  it('honours anchors, aliases and merge keys (explicit keys win)', async () => {
    const r = await t.validate(
      `${HEAD}metadata:\n  defaults: &d\n    name: base\n    type: http\n    port: 8080\n` +
        'interfaces:\n  - <<: *d\n    name: api\n  - <<: *d\n    name: admin\n    port: 9090\n',
    );
    expect(r.errors).toEqual([]);
    const c = JSON.parse(r.contractJson!) as { interfaces: unknown[] };
    expect(c.interfaces).toEqual([
      { name: 'api', type: 'http', port: 8080 },
      { name: 'admin', type: 'http', port: 9090 },
    ]);
  });

  it('ends with YAML_PARSE_ERROR for .inf/.nan anywhere, even in a string field', async () => {
    for (const yaml of [
      `${HEAD}metadata:\n  x: .nan\n`,
      'pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\n  owner: -.Inf\n',
    ]) {
      const r = await t.validate(yaml);
      expect(codes(r.errors)).toEqual(['YAML_PARSE_ERROR @ ']);
      expect(r.errors[0]!.message).toMatch(/json: unsupported value: (NaN|-Inf)/);
    }
  });

  it('encodes metadata exactly: sorted keys, exact big integers, Go floats, timestamps, YAML 1.1 words as strings', async () => {
    const r = await t.validate(
      `${HEAD}metadata:\n  z: 18446744073709551615\n  a: 9223372036854775807\n  f: 1.0\n  e: 1e21\n  s: 1e-7\n  n: -0.0\n` +
        '  t: 2024-03-01T10:20:30.500+02:00\n  y: yes\n  h: "<&>"\n  b: !!binary aGk=\n  "1": x\n  ~: dropped\n',
    );
    expect(r.valid).toBe(true);
    const meta = r.contractJson!.slice(r.contractJson!.indexOf('"metadata":'));
    expect(meta).toBe(
      '"metadata":{"1":"x","a":9223372036854775807,"b":"hi","e":1e+21,"f":1,"h":"\\u003c\\u0026\\u003e","n":-0,"s":1e-7,' +
        '"t":"2024-03-01T10:20:30.5+02:00","y":"yes","z":18446744073709551615}}',
    );
  });

  it('cannot encode a nested metadata map with a non-string key but still validates', async () => {
    const r = await t.validate(`${HEAD}metadata:\n  a:\n    1: x\n`);
    expect(r.valid).toBe(true);
    expect(r.contractJson).toBeNull();
    expect(r.requestError).toBe('failed to marshal plugin input: json: unsupported type: map[interface {}]interface {}');
  });

  it('normalises scaling.replicas into min and max for the request', async () => {
    const r = await t.validate(`${HEAD}scaling:\n  replicas: 3\n`);
    expect(JSON.parse(r.contractJson!).scaling).toEqual({ replicas: 3, min: 3, max: 3 });
  });
});

describe('newer Pacto formats under the 1.0 profile', () => {
  it.each([
    [
      'a structured owner',
      'pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\n  owner:\n    team: a\n',
      /structured `service.owner`/,
    ],
    ['configurations', `${HEAD}configurations:\n  - name: app\n    schema: s.json\n`, /`configurations`/],
    ['policies', `${HEAD}policies:\n  - name: p\n    ref: oci://x/y\n`, /`policies`/],
    ['a dependency name', `${HEAD}dependencies:\n  - name: db\n    ref: oci://x/y\n    compatibility: "^1"\n`, /dependency `name`/],
  ])('says %s is a newer format (PARSE_ERROR)', async (_what, yaml, sign) => {
    const r = await t.validate(yaml);
    expect(codes(r.errors)).toEqual(['PARSE_ERROR @ ']);
    expect(r.errors[0]!.message).toMatch(/newer Pacto contract format/);
    expect(r.errors[0]!.message).toMatch(sign);
  });

  it('says so for pactoVersion "2.0" forced through 1.0 (SCHEMA_VIOLATION, as Pacto)', async () => {
    const r = await t.validate('pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n');
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ pactoVersion']);
    expect(r.errors[0]!.message).toMatch(/newer Pacto contract format/);
  });

  it('routes pactoVersion "2.0" to the 2.0 profile in auto mode', async () => {
    const r = await t.validate('pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n', {}, 'auto');
    expect(r.profile).toBe('2.0');
    const v1 = await t.validate(`${HEAD}`, {}, 'auto');
    expect(v1.profile).toBe('1.0');
  });
});

describe('yaml.v3 decode details', () => {
  it('drops a null sequence item from the model (the schema still sees it)', async () => {
    const r = await t.validate(`${HEAD}interfaces:\n  - \n  - name: api\n    type: http\n    port: 80\n`);
    expect(codes(r.errors)).toEqual(['SCHEMA_VIOLATION @ interfaces.0']);
    expect(JSON.parse(r.contractJson!).interfaces).toEqual([{ name: 'api', type: 'http', port: 80 }]);
  });

  it('skips a null key in the typed load (the schema then sees the key "<nil>") and rejects two merge keys', async () => {
    const nullKey = await t.validate(`${HEAD}~: ignored\n`);
    expect(codes(nullKey.errors)).toEqual(['SCHEMA_VIOLATION @ ']);
    expect(nullKey.errors[0]!.message).toMatch(/additional properties '<nil>' not allowed/);
    const dup = await t.validate(`${HEAD}metadata:\n  a: &a {x: 1}\n  b:\n    <<: *a\n    <<: *a\n`);
    expect(dup.errors[0]!.message).toMatch(/mapping key "<<" already defined/);
  });
});

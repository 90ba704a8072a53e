import { afterAll, describe, expect, it } from '@jest/globals';
import { LineCounter } from 'yaml';
import { parseFirstDocument } from '../../../src/contracts/yaml/parse.js';
import { locatePath, splitPactoPath } from '../../../src/contracts/yaml/paths.js';
import { YamlTree } from '../../../src/contracts/yaml/tree.js';
import { tempBundles } from '../helpers.js';

const t = tempBundles();
afterAll(() => t.cleanup());

const at = (f: { code: string; line: number | null; column: number | null }) => `${f.code} ${f.line}:${f.column}`;

const DOC = `pactoVersion: "1.0"
service:
  name: svc
  version: not-semver
interfaces:
  - name: api
    type: http
    port: 8080
  - name: api
    type: http
    port: 9090
runtime:
  workload: service
  state:
    type: stateless
    persistence:
      scope: local
      durability: ephemeral
    dataCriticality: low
  health:
    interface: api
`;

describe('finding positions', () => {
  it('splits both path syntaxes', () => {
    expect(splitPactoPath('interfaces[0].port')).toEqual(['interfaces', '0', 'port']);
    expect(splitPactoPath('interfaces.0.port')).toEqual(['interfaces', '0', 'port']);
    expect(splitPactoPath('')).toEqual([]);
  });

  it('points cross-field findings at the value, or the nearest existing parent', async () => {
    const r = await t.validate(DOC);
    expect(r.errors.map(at)).toEqual(['INVALID_SEMVER 4:12', 'DUPLICATE_INTERFACE_NAME 9:11', 'HEALTH_PATH_REQUIRED 20:3']);
  });

  it('points schema violations at the offending node', async () => {
    const r = await t.validate(DOC.replace('port: 8080', 'port: 70000').replace('version: not-semver', 'version: 1.0.0'));
    expect(r.errors.map(at)).toEqual(['SCHEMA_VIOLATION 8:11']);
    const missing = await t.validate('pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\nruntime:\n  workload: service\n');
    expect(missing.errors.map((f) => `${f.path} ${f.line}:${f.column}`)).toEqual(['runtime 5:1']);
  });

  it('points PARSE_ERROR at the unknown key, the duplicate key or the syntax error', async () => {
    const unknown = await t.validate(DOC.replace('    port: 9090', '    Port: 9090'));
    expect(unknown.errors.map(at)).toEqual(['PARSE_ERROR 11:5']);
    expect(unknown.errors[0]!.message).toMatch(/line 11: field Port not found in type contract.Interface/);
    expect(unknown.errors[0]!.message).toMatch(/Did you mean: `Port` should be `port`\?/);
    const dup = await t.validate(DOC.replace('    type: http\n    port: 9090', '    type: http\n    type: grpc'));
    expect(dup.errors.map(at)).toEqual(['PARSE_ERROR 11:5']);
    const syntax = await t.validate('this is not: valid: yaml: [\n  broken\n');
    // yaml.v3 stops at the second `:` ("mapping values are not allowed in this context").
    expect(syntax.errors.map(at)).toEqual(['PARSE_ERROR 1:19']);
    const missing = await t.validate('pactoVersion: "1.0"\nservice:\n  version: 1.0.0\n');
    expect(missing.errors.map(at)).toEqual(['PARSE_ERROR 2:1']);
  });

  it('points YAML_PARSE_ERROR at the .inf node', async () => {
    const r = await t.validate('pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\nmetadata:\n  latency: .inf\n');
    expect(r.errors.map(at)).toEqual(['YAML_PARSE_ERROR 6:12']);
  });

  it('falls back to the parent for paths beyond the document and works on the full parser too', () => {
    const parsed = parseFirstDocument('a: {b: [1, {c: 2}]}\n');
    expect(parsed.lineCounter).toBeInstanceOf(LineCounter);
    const tree = new YamlTree(parsed);
    expect(locatePath(tree, 'a.b[1].c')).toEqual({ line: 1, column: 16 });
    expect(locatePath(tree, 'a.b.1.zzz')).toEqual({ line: 1, column: 12 });
    expect(locatePath(tree, 'nope')).toEqual({ line: 1, column: 1 });
  });
});

import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleFileExists, isValidFsPath } from '../../src/contracts/files.js';
import { dependencyScheme, parseOciRef } from '../../src/contracts/oci.js';
import { parseRange, parseVersion } from '../../src/contracts/semver.js';

describe('Masterminds/semver v3.4.0 versions', () => {
  it.each(['1', '1.2', 'v1.2.3', '01.02.03', '2024.01.01', '2024-01-15', '1.0.0-rc.1+build.5', '0.0.0', '1.2.3-0', '1.2.3+001'])(
    'accepts %s',
    (v) => expect(parseVersion(v).ok).toBe(true),
  );
  it.each(['V1.2.3', '1.2.3.4', 'latest', '1.2.3-', '1.2.3+', '1.2.3-beta_1', '1.0.0-alpha..1', ' 1.2.3', '1.2.3 ', ''])(
    'rejects %j',
    (v) => {
      expect(parseVersion(v)).toEqual({ ok: false, error: 'invalid semantic version' });
    },
  );
  it('rejects a numeric pre-release with a leading zero', () => {
    expect(parseVersion('1.2.3-rc.01')).toEqual({ ok: false, error: 'version segment starts with 0' });
  });
  it('rejects segments beyond uint64', () => {
    const r = parseVersion('18446744073709551616.0.0');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/value out of range/);
    expect(parseVersion('18446744073709551615.0.0').ok).toBe(true);
  });
  it('fills missing minor and patch with 0', () => {
    const r = parseVersion('v2');
    expect(r.ok && [r.value.major, r.value.minor, r.value.patch]).toEqual([2n, 0n, 0n]);
  });
});

describe('Masterminds/semver v3.4.0 ranges', () => {
  it.each([
    '^1.0.0',
    '~1.2',
    '~>1.0',
    '>= 1.0.0, < 2.0.0',
    '>=1.0.0 <2.0.0',
    '>=1.0.0,<2.0.0',
    '1.2.3 - 2.0.0',
    '1.x',
    '*',
    'x',
    '^*',
    '^v1.0.0',
    '=1.0.0',
    '!=1.0.0',
    '^1.0.0 || ^2.0.0',
    '>1 <2 || 3',
    '01.02.03',
    '1.0.0-rc.1+build.5',
    '~1.4.0-beta+exp.sha.5114f85',
    '^2024.01.01',
  ])('accepts %j', (r) => expect(parseRange(r).ok).toBe(true));
  it.each([
    ['latest', 'improper constraint: latest'],
    ['V1.0.0', 'improper constraint: V1.0.0'],
    ['1.2.3.4', 'improper constraint: 1.2.3.4'],
    ['^', 'improper constraint: ^'],
    [' ', 'improper constraint:  '],
    ['^1.0.0 ||', 'improper constraint: '],
    ['two', 'improper constraint: two'],
    ['^1.0.0-01', 'constraint parser error'],
    ['1|2', 'constraint parser error'],
    ['99999999999999999999.0.0', 'constraint parser error'],
  ])('rejects %j with %j', (r, error) => expect(parseRange(r)).toEqual({ ok: false, error }));
});

describe("Pacto's OCI reference parser", () => {
  it.each([
    ['ghcr.io/acme/x:1.0.0', { registry: 'ghcr.io', repository: 'acme/x', tag: '1.0.0', digest: '' }],
    ['localhost:5000/postgres-pacto:1.0.0', { registry: 'localhost:5000', repository: 'postgres-pacto', tag: '1.0.0', digest: '' }],
    ['ghcr.io/a/b@sha256:abc', { registry: 'ghcr.io', repository: 'a/b', tag: '', digest: 'sha256:abc' }],
    ['x/y:t@', { registry: 'x', repository: 'y', tag: 't', digest: '' }],
    ['x/y:', { registry: 'x', repository: 'y', tag: '', digest: '' }],
    ['oci://ghcr.io/a/b:1', { registry: 'oci:', repository: '/ghcr.io/a/b', tag: '1', digest: '' }],
    ['x/y@a@b', { registry: 'x', repository: 'y', tag: '', digest: 'a@b' }],
  ])('parses %s', (ref, want) => expect(parseOciRef(ref)).toEqual({ ok: true, ref: want }));
  it.each([
    ['', 'empty OCI reference'],
    ['nginx:1.25', 'invalid OCI reference: missing repository in "nginx"'],
    ['localhost:5000', 'invalid OCI reference: missing repository in "localhost"'],
    ['ghcr.io', 'invalid OCI reference: missing repository in "ghcr.io"'],
    ['/x', 'invalid OCI reference: empty registry'],
    ['x/', 'invalid OCI reference: empty repository'],
  ])('rejects %j', (ref, error) => expect(parseOciRef(ref)).toEqual({ ok: false, error }));
  it('detects dependency schemes case-sensitively', () => {
    expect(dependencyScheme('oci://a/b')).toEqual({ scheme: 'oci', location: 'a/b' });
    expect(dependencyScheme('file://../x')).toEqual({ scheme: 'local', location: '../x' });
    expect(dependencyScheme('OCI://a/b:1')).toEqual({ scheme: 'local', location: 'OCI://a/b:1' });
  });
});

describe('FILE_NOT_FOUND path rules', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-files-'));
  fs.mkdirSync(path.join(dir, 'interfaces'));
  fs.writeFileSync(path.join(dir, 'interfaces', 'openapi.yaml'), 'x');
  fs.symlinkSync('interfaces/openapi.yaml', path.join(dir, 'link.yaml'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['interfaces/openapi.yaml', 'interfaces', '.', 'link.yaml'])('finds %s', (p) => expect(bundleFileExists(dir, p)).toBe(true));
  it.each([
    './interfaces/openapi.yaml',
    '/abs',
    'interfaces//openapi.yaml',
    'interfaces/',
    'interfaces/./openapi.yaml',
    'x/../interfaces',
    'missing.yaml',
  ])('refuses %s', (p) => expect(bundleFileExists(dir, p)).toBe(false));
  it('treats a backslash as an ordinary character', () => {
    expect(isValidFsPath('a\\b')).toBe(true);
    expect(bundleFileExists(dir, 'interfaces\\openapi.yaml')).toBe(false);
  });
});

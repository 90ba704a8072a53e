/** Unit tables for the 2.0 rule helpers: OCI grammar, readiness dates, binding paths, loader messages. */
import { describe, expect, it } from '@jest/globals';
import { goTrimSpace, isRoundTripDate, unsafeUrlPath } from '../../../src/contracts/v2/crossfield.js';
import { loadContract } from '../../../src/contracts/v2/loader.js';
import { parseOciV2 } from '../../../src/contracts/v2/oci.js';

const D64 = 'a'.repeat(64);

describe('stricter OCI grammar', () => {
  it.each([
    ['ghcr.io/acme/db', '', ''],
    ['ghcr.io/acme/db:16.2', '16.2', ''],
    [`ghcr.io/acme/db:16@sha256:${D64}`, '16', `sha256:${D64}`],
    [`localhost:5000/acme/db@sha512:${'0'.repeat(128)}`, '', `sha512:${'0'.repeat(128)}`],
    ['localhost:5000/db', '', ''],
    ['reg/a/b/c:_x', '_x', ''],
  ])('accepts %s', (ref, tag, digest) => {
    const r = parseOciV2(ref);
    expect(r.ok).toBe(true);
    if (r.ok) expect([r.ref.tag, r.ref.digest]).toEqual([tag, digest]);
  });

  it.each([
    ['', /empty OCI reference/],
    ['nginx:1.25', /missing repository in "nginx"/],
    ['ghcr.io', /missing repository/],
    ['/acme/db', /empty registry/],
    ['ghcr.io/', /empty repository/],
    ['ghcr.io/acme/db@sha256:abc123', /invalid digest "sha256:abc123"/],
    [`ghcr.io/acme/db@sha256:${'A'.repeat(64)}`, /invalid digest/],
    ['ghcr.io/acme/db@', /invalid digest ""/],
    ['ghcr.io/acme/db:bad!tag', /invalid tag "bad!tag"/],
    ['ghcr.io/acme/db:', /invalid tag ""/],
    ['ghcr.io/acme/db:.x', /invalid tag/],
    [`ghcr.io/acme/db:${'t'.repeat(129)}`, /invalid tag/],
  ])('rejects %j', (ref, why) => {
    const r = parseOciV2(ref);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
});

describe('readiness dates round-trip as YYYY-MM-DD', () => {
  it.each(['2099-12-31', '2024-02-29', '2000-02-29', '0001-01-01'])('accepts %s', (d) => expect(isRoundTripDate(d)).toBe(true));
  it.each([
    '2026-2-30',
    '2099-1-5',
    '2099-12-31T00:00:00Z',
    '2023-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-32',
    '',
    ' 2026-01-01',
  ])('rejects %j', (d) => expect(isRoundTripDate(d)).toBe(false));
  it('trims like Go strings.TrimSpace', () => {
    expect(goTrimSpace(' \t\n\u00a0\u2003x\u0085 ')).toBe('x');
    expect(goTrimSpace('\u200b')).toBe('\u200b');
    expect(goTrimSpace('\ufeffx')).toBe('\ufeffx');
  });
});

describe('binding paths that pass the schema but are unsafe', () => {
  it.each(['/healthz', '/metrics?format=prometheus', '/a%20b', '/', '/v1/status'])('accepts %s', (p) =>
    expect(unsafeUrlPath(p)).toBeNull(),
  );
  it.each([
    ['/%2Fevil.example', /decodes to "\/\/evil.example"/],
    ['/%2fevil', /another host/],
    ['/health#x', /fragment/],
    ['/a\tb', /control characters/],
    ['/a%zz', /% must start a %XX escape/],
  ])('rejects %j', (p, why) => expect(unsafeUrlPath(p)).toMatch(why));
});

describe('loader messages name the problem and the fix', () => {
  const head = 'pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n';
  const problem = (yaml: string) => {
    const r = loadContract(yaml);
    if (r.ok) throw new Error('expected a load failure');
    return r.problem;
  };

  it('lists every unknown key with its line, positioned at the first', () => {
    const p = problem(`${head}scaling:\n  replicas: 2\nruntime: {}\n`);
    expect(p.message).toContain('line 5: field scaling not found in type contract.Contract (format 2.0 has no scaling section)');
    expect(p.message).toContain('line 7: field runtime not found in type contract.Contract');
    expect([p.line, p.column]).toEqual([5, 1]);
  });

  it('explains the structured owner', () => {
    expect(problem(`pactoVersion: "2.0"\nservice:\n  name: svc\n  version: 1.0.0\n  owner: team-x\n`).message).toMatch(
      /owner is an object/,
    );
  });

  it('reports a missing service.version after pactoVersion and service.name', () => {
    expect(problem('pactoVersion: "2.0"\nservice:\n  name: svc\n').message).toMatch(/service.version is required/);
    expect(problem('pactoVersion: "2.0"\nservice:\n  version: 1.0.0\n').message).toMatch(/service.name is required/);
    expect(problem('').message).toMatch(/EOF/);
    expect(problem('---\n').message).toMatch(/pactoVersion is required/);
  });

  it('accepts unquoted pactoVersion 2.0 and YAML 1.1 booleans at load (the schema judges them)', () => {
    expect(loadContract('pactoVersion: 2.0\nservice: {name: svc, version: 1.0.0}\n').ok).toBe(true);
    const r = loadContract(`${head}configurations:\n  - {name: a, ref: x, required: on}\n`);
    expect(r.ok && r.model.configurations![0]!.required).toBe(true);
  });

  it('truncates floats in integer fields and rejects quoted numbers there', () => {
    const ok = loadContract(
      `${head}readiness:\n  expires: "2099-01-01"\n  minScore: 80.9\n  claims: [{id: a, type: url, status: done, evidence: x, weight: 1e1}]\n`,
    );
    expect(ok.ok && [ok.model.readiness!.minScore, ok.model.readiness!.claims![0]!.weight]).toEqual([80n, 10n]);
    expect(problem(`${head}readiness:\n  expires: x\n  minScore: "80"\n`).message).toContain('cannot unmarshal !!str `80` into int');
  });

  it('reads partialCredit as a Go float64: numbers only', () => {
    const base = `${head}readiness:\n  expires: "2099-01-01"\n  claims: [{id: a, type: url, status: done, evidence: x, weight: 1}]\n  partialCredit: `;
    const ok = loadContract(`${base}1\n`);
    expect(ok.ok && ok.model.readiness!.partialCredit).toBe(1);
    expect(problem(`${base}"0.5"\n`).message).toContain('cannot unmarshal !!str `0.5` into float64');
    expect(problem(`${base}[1]\n`).message).toContain('cannot unmarshal !!seq into float64');
  });
});

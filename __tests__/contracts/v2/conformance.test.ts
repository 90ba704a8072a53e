/**
 * The format 2.0 conformance corpus (a copy of Pacto-derived cases under __tests__/fixtures):
 * every case validated as a bundle through the 2.0 profile gives exactly its expected.json,
 * errors and warnings compared as multisets of (code, path).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileV2 } from '../../../src/contracts/v2/index.js';
import type { Bundle, Finding } from '../../../src/contracts/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS = path.join(here, '..', '..', 'fixtures', 'conformance-v2', 'contracts');

interface Expected {
  valid: boolean;
  errors: { code: string; path: string }[];
  warnings: { code: string; path: string }[];
}

export function cases(): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  for (const group of ['valid', 'invalid']) {
    for (const c of readdirSync(path.join(CORPUS, group)).sort()) out.push({ name: `${group}/${c}`, dir: path.join(CORPUS, group, c) });
  }
  return out;
}

export function bundleFor(dir: string): Bundle {
  return { file: 'pacto.yaml', bundle: '.', absFile: path.join(dir, 'pacto.yaml'), absDir: dir };
}

const key = (f: { code: string; path: string }) => `${f.code} @ ${JSON.stringify(f.path)}`;
const multiset = (list: { code: string; path: string }[]) => list.map(key).sort();

describe('format 2.0 conformance corpus', () => {
  const all = cases();

  it('has 100 cases', () => {
    expect(all).toHaveLength(100);
  });

  it.each(all)('$name', async ({ dir }) => {
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const verdict = await profileV2.validate({
      source: readFileSync(path.join(dir, 'pacto.yaml')),
      bundle: bundleFor(dir),
      opts: { format: 'auto', unresolvedPolicyRefs: 'error' },
    });
    expect({ errors: multiset(verdict.errors), warnings: multiset(verdict.warnings) }).toEqual({
      errors: multiset(expected.errors),
      warnings: multiset(expected.warnings),
    });
    expect(verdict.errors.length === 0).toBe(expected.valid);
    for (const f of [...verdict.errors, ...verdict.warnings] as Finding[]) {
      expect(f.message.length).toBeGreaterThan(0);
    }
  });
});

async function runBundles(format: 'auto' | '2.0') {
  const { validateBundles } = await import('../../../src/contracts/validate.js');
  const all = cases();
  const results = await validateBundles(
    all.map((c) => bundleFor(c.dir)),
    { format, unresolvedPolicyRefs: 'error' },
  );
  return results.map((r, i) => {
    const expected = JSON.parse(readFileSync(path.join(all[i]!.dir, 'expected.json'), 'utf8')) as Expected;
    const got = JSON.stringify({ e: multiset(r.errors), w: multiset(r.warnings), v: r.valid });
    const want = JSON.stringify({ e: multiset(expected.errors), w: multiset(expected.warnings), v: expected.valid });
    return { name: all[i]!.name, profile: r.profile, same: got === want, detail: `${got} != ${want}` };
  });
}

describe('format 2.0 conformance corpus through validateBundles', () => {
  it('contract-format 2.0 forces the 2.0 profile: 100 of 100', async () => {
    const rows = await runBundles('2.0');
    expect(rows.filter((r) => r.profile !== '2.0' || !r.same).map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
    expect(rows).toHaveLength(100);
  });

  it('auto selects 2.0 for every pactoVersion "2.0" case; the two cases without it go to the 1.0 profile', async () => {
    const rows = await runBundles('auto');
    const toV1 = rows.filter((r) => r.profile === '1.0').map((r) => r.name);
    expect(toV1).toEqual(['invalid/loader_pacto_version_1_0', 'invalid/loader_pacto_version_missing']);
    expect(rows.filter((r) => r.profile === '2.0' && !r.same).map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
  });
});

import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { baseAndHead, OPENAPI, prEvent, runGate, v1Contract, type Repo } from './fixtures.js';

const repos: Repo[] = [];
afterAll(() => {
  for (const r of repos) r.sb.cleanup();
});
const BASE = { 'svc/pacto.yaml': v1Contract(), 'svc/openapi.yaml': OPENAPI };

describe('a hostile base input', () => {
  it('an option-like base is a ref that does not exist, never an option of git fetch', async () => {
    const r = baseAndHead(BASE, { 'svc/pacto.yaml': v1Contract({ port: 9000 }) });
    repos.push(r);
    const ws = r.sb.checkout('ws-inject', 'feature');
    const pwned = path.join(r.sb.root, 'pwned');
    // No leading "-", no space: the input check lets it through, and "origin/" is stripped before the fetch.
    const base = `origin/--upload-pack=echo>${pwned};true`;
    const { state } = await runGate(r, ws, { name: 'schedule', payload: {} }, { breaking: 'error', base });
    expect(fs.existsSync(pwned)).toBe(false);
    expect(state.diff!.error).toMatch(/base: "origin\/--upload-pack=.*" is not a commit/);
  }, 60_000);
});

describe('shards', () => {
  it('a contract added before others moves them between shards, and no shard calls them removed', async () => {
    const svc = (name: string) => ({ [`${name}/pacto.yaml`]: v1Contract({ name }), [`${name}/openapi.yaml`]: OPENAPI });
    const gone = (name: string) => ({ [`${name}/pacto.yaml`]: null, [`${name}/openapi.yaml`]: null });
    // b and d added, f removed, g moved to h (same service): every shard sees another split.
    const r = baseAndHead(
      { ...svc('a'), ...svc('c'), ...svc('e'), ...svc('f'), ...svc('g') },
      { ...svc('b'), ...svc('d'), ...gone('f'), ...gone('g'), 'h/pacto.yaml': v1Contract({ name: 'g' }), 'h/openapi.yaml': OPENAPI },
    );
    repos.push(r);
    const ws = r.sb.checkout('ws-shards', 'feature');
    const seen = new Map<string, string>();
    for (const shard of ['1/3', '2/3', '3/3']) {
      const { state } = await runGate(r, ws, prEvent(r), { breaking: 'warn', shard });
      for (const c of state.diff!.contracts) {
        const key = c.file ?? c.baseFile!;
        expect(seen.has(key)).toBe(false);
        seen.set(key, `${c.status}${c.renamed ? ` from ${c.baseFile}` : ''}`);
      }
    }
    expect(Object.fromEntries(seen)).toEqual({
      'a/pacto.yaml': 'compared',
      'b/pacto.yaml': 'added',
      'c/pacto.yaml': 'compared',
      'd/pacto.yaml': 'added',
      'e/pacto.yaml': 'compared',
      'f/pacto.yaml': 'removed',
      'h/pacto.yaml': 'compared from g/pacto.yaml',
    });
  }, 60_000);
});

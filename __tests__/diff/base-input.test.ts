import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { baseAndHead, OPENAPI, runGate, v1Contract, type Repo } from './fixtures.js';

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

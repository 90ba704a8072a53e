/**
 * End to end through the built bundle: plugins that feed the contract (`feeds-contract: true`) on
 * a repository shaped like Pacto's demo (format 1.0 and 2.0 services whose contracts reference
 * files that only the stand-ins for openapi-infer and schema-infer produce), plus an ordinary
 * plugin whose output depends on a fed file. One tree, in the order a user meets it: fresh-tree
 * generate, check right after, a source change, regenerate, a rebuilt plugin, a refused path.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';
import { isolatedEnv, writeExecutable } from '../helpers/e2e-plugins.js';
import { explain } from '../helpers/e2e-repo.js';
import { FEEDING_REPO, feedingPlugins, installFeedingPlugins, ROUTES_PLUGIN, snapshotTree } from '../helpers/feeding.js';
import { spawnAction, type SpawnResult } from '../helpers/runner.js';

let dist: string;
let root: string;
let ws: string;
const runs: SpawnResult[] = [];

interface Report {
  failed: boolean;
  contracts: { file: string; valid: boolean; errors: { code: string; path: string }[] }[];
  generated: { plugin: string; contract: string; status: string; error: string | null }[];
  notices: string[];
}

const PLUGINS = `${feedingPlugins()}- name: routes\n  path: tools/pacto-plugin-routes\n`;

async function run(mode: 'generate' | 'check', plugins = PLUGINS): Promise<{ r: SpawnResult; report: Report }> {
  const r = await spawnAction({
    dist,
    workspace: ws,
    ...isolatedEnv(root),
    inputs: { mode, contracts: 'services/*/pacto.yaml', plugins },
    timeoutMs: 90_000,
  });
  runs.push(r);
  return { r, report: JSON.parse(fs.readFileSync(r.outputs.report, 'utf8')) as Report };
}

beforeAll(async () => {
  dist = await builtAction();
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-e2e-feeding-')));
  ws = path.join(root, 'ws');
  fs.cpSync(FEEDING_REPO, ws, { recursive: true });
  installFeedingPlugins(path.join(ws, 'tools'));
  writeExecutable(path.join(ws, 'tools', 'pacto-plugin-routes'), ROUTES_PLUGIN);
}, 360_000);

afterAll(() => {
  for (const r of runs) r.cleanup();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('feeds-contract: true through the built action', () => {
  it('bootstraps, checks, detects drift through the fed file, regenerates, forgives a rebuild, refuses pacto.yaml', async () => {
    // Fresh tree: both contracts reference files nothing committed.
    const gen = await run('generate');
    expect([gen.r.exitCode, gen.report.contracts.map((c) => [c.file, c.valid])]).toEqual([
      0,
      [
        ['services/ledger/pacto.yaml', true],
        ['services/orders/pacto.yaml', true],
      ],
    ]);
    expect(gen.report.generated.map((j) => [j.plugin, j.contract, j.status])).toEqual([
      ['openapi-infer', 'services/ledger/pacto.yaml', 'ok'],
      ['schema-infer', 'services/ledger/pacto.yaml', 'ok'],
      ['openapi-infer', 'services/orders/pacto.yaml', 'ok'],
      ['schema-infer', 'services/orders/pacto.yaml', 'ok'],
      ['routes', 'services/ledger/pacto.yaml', 'ok'],
      ['routes', 'services/orders/pacto.yaml', 'ok'],
    ]);
    expect(fs.readFileSync(path.join(ws, 'services/ledger/routes-output/ROUTES.md'), 'utf8')).toBe('"/balances/{account}"\n');
    expect(fs.readFileSync(path.join(ws, 'services/orders/config.schema.json'), 'utf8')).toContain('"additionalProperties": false');

    // Check right after: no drift, nothing touched.
    let tree = snapshotTree(ws);
    const clean = await run('check');
    expect([clean.r.exitCode, clean.r.outputs.changed]).toEqual([0, 'false']);
    expect(snapshotTree(ws)).toEqual(tree);

    // A route added to the source: the fed interface and the README-like output built from it drift.
    fs.appendFileSync(
      path.join(ws, 'services/ledger/src/routes.go'),
      '\nfunc more(api huma.API) { huma.Delete(api, "/accounts/{account}", drop) }\n',
    );
    tree = snapshotTree(ws);
    const drift = await run('check');
    expect(drift.r.exitCode).toBe(1);
    const patch = fs.readFileSync(path.join(drift.r.runnerTemp, 'pacto-drift.patch'), 'utf8');
    expect(patch).toContain('+++ b/services/ledger/interfaces/openapi.yaml');
    expect(patch).toContain('+  "/accounts/{account}":');
    expect(patch).toContain('+++ b/services/ledger/routes-output/ROUTES.md');
    expect(snapshotTree(ws)).toEqual(tree);

    // Regenerate, then check passes again.
    expect((await run('generate')).r.exitCode).toBe(0);
    expect((await run('check')).r.exitCode).toBe(0);

    // A rebuilt plugin with byte-identical outputs: check passes and says which plugin changed.
    fs.appendFileSync(path.join(ws, 'tools/pacto-plugin-openapi-infer'), '// rebuilt\n');
    tree = snapshotTree(ws);
    const rebuilt = await run('check');
    expect([rebuilt.r.exitCode, rebuilt.r.exitCode === 0 ? '' : explain(rebuilt.r)]).toEqual([0, '']);
    expect(rebuilt.report.notices.filter((n) => n.includes('executable of openapi-infer'))).toHaveLength(2);
    expect(snapshotTree(ws)).toEqual(tree);

    // A feeding plugin that returns pacto.yaml: refused, the step fails, nothing is written.
    writeExecutable(
      path.join(ws, 'tools', 'pacto-plugin-evil'),
      `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"pacto.yaml","content":"x"}]}'\n`,
    );
    tree = snapshotTree(ws);
    const evil = await run('generate', `- name: evil\n  path: tools/pacto-plugin-evil\n  feeds-contract: true\n`);
    expect(evil.r.exitCode).toBe(1);
    expect(evil.report.generated.map((j) => j.error)).toEqual([
      expect.stringMatching(/would overwrite the contract services\/ledger\/pacto\.yaml/),
      expect.stringMatching(/would overwrite the contract services\/orders\/pacto\.yaml/),
    ]);
    expect(snapshotTree(ws)).toEqual(tree);
  });
});

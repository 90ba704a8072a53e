/**
 * Feeding under a working-directory below the repository root: check's patch (paths from the
 * repository root, the bundle manifest both stages write reported once) applies with git and
 * brings the tree up to date, and check leaves the tree untouched.
 */
import { expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { run } from '../../src/main.js';
import { FEEDING_REPO, feedingPlugins, installFeedingPlugins, ROUTES_PLUGIN, snapshotTree } from '../helpers/feeding.js';

it('check under a working-directory: its patch applies from the repository root and check then passes', async () => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-feed-wd-')));
  const ws = path.join(root, 'ws');
  const sub = path.join(ws, 'sub');
  fs.cpSync(FEEDING_REPO, sub, { recursive: true });
  installFeedingPlugins(path.join(sub, 'tools'));
  fs.writeFileSync(path.join(sub, 'tools', 'pacto-plugin-routes'), ROUTES_PLUGIN, { mode: 0o755 });
  execFileSync('git', ['init', '-q'], { cwd: ws });
  const go = async (mode: string) => {
    const env: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: path.join(root, 'tmp'),
      RUNNER_TOOL_CACHE: path.join(root, 'cache'),
      PATH: process.env.PATH,
      'INPUT_WORKING-DIRECTORY': 'sub',
      INPUT_CONTRACTS: 'services/*/pacto.yaml',
      INPUT_MODE: mode,
      INPUT_PLUGINS: `${feedingPlugins()}- name: routes\n  path: tools/pacto-plugin-routes\n  output: '{bundle}'\n`,
    };
    const io = recordingIO();
    const state = await run(env, io);
    return { state, failed: io.calls.find((c) => c.kind === 'failed')?.message ?? null };
  };
  try {
    const tree = snapshotTree(ws);
    const c = await go('check');
    expect(snapshotTree(ws)).toEqual(tree);
    expect(c.state.generation!.drift!.entries.filter((e) => e.path === 'services/orders/.pacto-generated.json')).toHaveLength(1);
    execFileSync('git', ['apply', c.state.generation!.drift!.patchFile!], { cwd: ws });
    const c2 = await go('check');
    expect([c2.failed, c2.state.generation!.drift!.entries]).toEqual([null, []]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

/**
 * Commit mode with plugins that feed the contract, through run() in-process on a real clone of a
 * bare origin: the files the feeding stage just wrote into a bundle are outputs, not uncommitted
 * contract edits; a real uncommitted bundle edit still refuses.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { run } from '../../src/main.js';
import { FEEDING_PLUGIN_FILES, FEEDING_PLUGINS, FEEDING_REPO, feedingPlugins, ROUTES_PLUGIN } from '../helpers/feeding.js';
import { createGitSandbox, type GitSandbox } from '../helpers/git-repo.js';

let sb: GitSandbox | null = null;
afterEach(() => {
  sb?.cleanup();
  sb = null;
});

function seed(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(FEEDING_REPO, { recursive: true }) as string[]) {
    if (fs.statSync(path.join(FEEDING_REPO, rel)).isFile())
      out[rel.split(path.sep).join('/')] = fs.readFileSync(path.join(FEEDING_REPO, rel), 'utf8');
  }
  for (const f of FEEDING_PLUGIN_FILES) out[`tools/${f}`] = fs.readFileSync(path.join(FEEDING_PLUGINS, f), 'utf8');
  out['tools/pacto-plugin-routes'] = ROUTES_PLUGIN;
  return out;
}

async function generateAndCommit(box: GitSandbox, work: string) {
  const env: NodeJS.ProcessEnv = {
    ...box.env,
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: path.join(box.root, 'tmp'),
    RUNNER_TOOL_CACHE: path.join(box.root, 'cache'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_REPOSITORY: 'acme/sample',
    GITHUB_TOKEN: 'ghs_dummy-token-for-tests',
    INPUT_MODE: 'generate',
    INPUT_CONTRACTS: 'services/*/pacto.yaml',
    INPUT_PLUGINS: `${feedingPlugins()}- name: routes\n  path: tools/pacto-plugin-routes\n`,
    INPUT_COMMIT: 'true',
  };
  const io = recordingIO();
  const state = await run(env, io);
  return {
    state,
    failed: io.calls.find((c) => c.kind === 'failed')?.message ?? null,
    log: io.calls.map((c) => `${c.kind}: ${c.message}`).join('\n'),
  };
}

function clone(): { box: GitSandbox; work: string } {
  const box = (sb = createGitSandbox(seed()));
  const work = box.checkout('work');
  for (const f of [...FEEDING_PLUGIN_FILES, 'pacto-plugin-routes']) fs.chmodSync(path.join(work, 'tools', f), 0o755);
  return { box, work };
}

describe('commit: true with feeds-contract: true', () => {
  it('commits the files the feeding stage wrote into the bundles with the other outputs', async () => {
    const { box, work } = clone();
    const r = await generateAndCommit(box, work);
    expect([r.failed, r.log]).toEqual([null, r.log]);
    const pushed = box.git(box.origin, 'ls-tree', '-r', '--name-only', 'main').split('\n');
    for (const s of ['ledger', 'orders']) {
      expect(pushed).toEqual(
        expect.arrayContaining([
          `services/${s}/interfaces/openapi.yaml`,
          `services/${s}/config.schema.json`,
          `services/${s}/.pacto-generated.json`,
          `services/${s}/routes-output/ROUTES.md`,
        ]),
      );
    }
  });

  it('still refuses an uncommitted edit of a bundle source the feeding plugin read', async () => {
    const { box, work } = clone();
    const before = box.originTip('main');
    fs.appendFileSync(path.join(work, 'services/orders/src/main.py'), '\n@app.get("/refunds")\ndef refunds():\n    return []\n');
    const r = await generateAndCommit(box, work);
    expect(r.failed).not.toBeNull();
    expect(r.log).toContain(
      'refusing to commit: contract files differ from HEAD (staged, unstaged or untracked): services/orders/src/main.py.',
    );
    expect(box.originTip('main')).toBe(before);
  });
});

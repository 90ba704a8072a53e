import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createStagingDir, pickStagingBase, removeStaging, stagingRoot } from '../../src/outputs/staging.js';
import { makeEnv, removeEnv, snapshot, type Env } from './helpers.js';

let env: Env;
let shmRoot: string | null = null;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await removeEnv(env);
  if (shmRoot) await fsp.rm(shmRoot, { recursive: true, force: true });
  shmRoot = null;
});

const devOfMap = (devs: Record<string, number>) => async (p: string) => {
  let best = '';
  for (const k of Object.keys(devs)) if ((p === k || p.startsWith(`${k}/`)) && k.length > best.length) best = k;
  return devs[best];
};

/** A second real filesystem, when the machine has one (tmpfs /dev/shm). */
function otherFs(): string | null {
  try {
    return fs.statSync('/dev/shm').dev !== fs.statSync(env.root).dev ? '/dev/shm' : null;
  } catch {
    return null;
  }
}

describe('staging', () => {
  it('uses RUNNER_TEMP when it is on the destination filesystem, in every mode', async () => {
    for (const mode of ['generate', 'check'] as const) {
      const dir = await createStagingDir({ index: 3, absOutputDir: path.join(env.wd, 'svc/gen') }, env.config({ mode }));
      expect(path.isAbsolute(dir)).toBe(true);
      expect(dir.startsWith(path.join(env.runnerTemp, 'pacto-staging', 'pacto-stage-3-'))).toBe(true);
      expect(fs.readdirSync(dir)).toEqual([]);
      expect(fs.statSync(dir).dev).toBe(fs.statSync(env.wd).dev);
      const root = stagingRoot(dir);
      await removeStaging(dir);
      expect(fs.existsSync(root)).toBe(false);
    }
  });

  it('looks each directory up once per run, and makes a removed base again', async () => {
    const asked: string[] = [];
    const devOf = async (p: string): Promise<number> => {
      asked.push(p);
      return (await fsp.stat(p)).dev;
    };
    const config = env.config();
    const a = await createStagingDir({ index: 0, absOutputDir: path.join(env.wd, 'svc/gen/a') }, config, devOf);
    const b = await createStagingDir({ index: 1, absOutputDir: path.join(env.wd, 'svc/gen/b') }, config, devOf);
    expect(path.dirname(stagingRoot(a))).toBe(path.dirname(stagingRoot(b)));
    expect(asked.sort()).toEqual([env.wd, env.runnerTemp].sort());
    await fsp.rm(env.runnerTemp, { recursive: true, force: true });
    const c = await createStagingDir({ index: 2, absOutputDir: path.join(env.wd, 'svc/gen/c') }, config, devOf);
    expect(fs.statSync(c).isDirectory()).toBe(true);
  });

  it('gives each job a fresh directory', async () => {
    const j = { index: 0, absOutputDir: path.join(env.wd, 'gen') };
    const a = await createStagingDir(j, env.config());
    const b = await createStagingDir(j, env.config());
    expect(a).not.toBe(b);
  });

  it('generate on another filesystem: a hidden dir in the nearest existing ancestor of the output dir', async () => {
    fs.mkdirSync(path.join(env.wd, 'svc'));
    const devs = { '/': 1, [env.runnerTemp]: 2 };
    const pick = await pickStagingBase({ absOutputDir: path.join(env.wd, 'svc/gen/deep') }, env.config(), devOfMap(devs));
    expect(pick).toEqual({ base: path.join(env.wd, 'svc'), hidden: true });
  });

  it('check on another filesystem: never inside the working tree', async () => {
    const devs = { '/': 1, [env.runnerTemp]: 2 };
    const pick = await pickStagingBase({ absOutputDir: path.join(env.wd, 'gen') }, env.config({ mode: 'check' }), devOfMap(devs));
    expect(pick).toEqual({ base: env.root, hidden: true });
    // Nothing on the destination filesystem outside the tree: RUNNER_TEMP, other filesystem.
    const devs2 = { '/': 1, [env.runnerTemp]: 2, [env.wd]: 3 };
    const pick2 = await pickStagingBase({ absOutputDir: path.join(env.wd, 'gen') }, env.config({ mode: 'check' }), devOfMap(devs2));
    expect(pick2).toEqual({ base: path.join(env.runnerTemp, 'pacto-staging'), hidden: false });
  });

  it('with a real second filesystem, stages on the destination filesystem and cleans up', async () => {
    const shm = otherFs();
    if (!shm) return; // no second filesystem on this machine
    shmRoot = fs.mkdtempSync(path.join(shm, 'pacto-rt-'));
    const config = env.config({ runnerTemp: shmRoot });
    const gen = await createStagingDir({ index: 0, absOutputDir: path.join(env.wd, 'gen') }, config);
    expect(fs.statSync(gen).dev).toBe(fs.statSync(env.wd).dev);
    expect(path.dirname(stagingRoot(gen))).toBe(env.wd);
    await removeStaging(gen);
    expect(fs.readdirSync(env.wd)).toEqual([]);

    const before = snapshot(env.wd);

    const chk = await createStagingDir(
      { index: 0, absOutputDir: path.join(env.wd, 'gen') },
      env.config({ runnerTemp: shmRoot, mode: 'check' }),
    );
    expect(fs.statSync(chk).dev).toBe(fs.statSync(env.wd).dev);
    expect(chk.startsWith(env.wd)).toBe(false);
    await removeStaging(chk);
    expect(snapshot(env.wd)).toEqual(before);
  });
});

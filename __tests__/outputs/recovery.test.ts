/**
 * Crash recovery, in process: a transaction frozen at a step (its hook never returns, as if the
 * process died there) leaves its journal; recoverInterrupted then rolls it back or finishes it.
 * A journal is data found on disk: one that points outside the workspace or into .git is not
 * acted on.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { recordingIO } from '../helpers/recording-io.js';
import { recoverInterrupted } from '../../src/outputs/index.js';
import { runTransaction, type Step } from '../../src/outputs/transaction.js';
import { exists, makeEnv, read, removeEnv, snapshot, write, type Env } from './helpers.js';

let env: Env;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await removeEnv(env);
});

const sha = (s: string): string => crypto.createHash('sha256').update(s).digest('hex');

/** A work directory beside the staging base, as apply.ts makes it, and a staged file in it. */
function workDir(): string {
  const dir = path.join(env.runnerTemp, 'pacto-staging', '.pacto-work-test');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
function staged(dir: string, name: string, content: string): string {
  const p = path.join(path.dirname(dir), `pacto-stage-0-x/${name}`);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** Starts the transaction and returns once it is frozen before step `at` (0-based). */
async function frozenAt(steps: Step[], dir: string, at: number): Promise<void> {
  let n = 0;
  let reached!: () => void;
  const frozen = new Promise<void>((r) => (reached = r));
  void runTransaction(
    steps,
    dir,
    {
      beforeStep: () => {
        if (n++ < at) return;
        reached();
        return new Promise<void>(() => undefined);
      },
    },
    '0-',
    env.wd,
  );
  await frozen;
}

const recover = (io = recordingIO()) =>
  recoverInterrupted({ runnerTemp: env.runnerTemp, workspace: env.wd, outputDirs: [path.join(env.wd, 'gen')], io });

describe('recoverInterrupted', () => {
  it('rolls back a job that died half-way: old files back, new ones gone, manifest old, and says so', async () => {
    write(env, 'gen/a.md', 'a1');
    write(env, 'gen/old.md', 'old');
    write(env, 'gen/.pacto-generated.json', 'manifest v1');
    const before = snapshot(path.join(env.wd, 'gen'));
    const dir = workDir();
    const steps: Step[] = [
      { kind: 'put', target: path.join(env.wd, 'gen/a.md'), source: staged(dir, 'a.md', 'a2'), mode: null, sha256: sha('a2') },
      { kind: 'put', target: path.join(env.wd, 'gen/new/b.md'), source: staged(dir, 'b.md', 'b'), mode: null, sha256: sha('b') },
      { kind: 'remove', target: path.join(env.wd, 'gen/old.md') },
      {
        kind: 'put',
        target: path.join(env.wd, 'gen/.pacto-generated.json'),
        source: staged(dir, 'm', 'manifest v2'),
        mode: null,
        sha256: sha('manifest v2'),
      },
    ];
    await frozenAt(steps, dir, 3);
    // The crash point: written and deleted, manifest not yet.
    expect([read(env, 'gen/a.md'), read(env, 'gen/new/b.md'), exists(env, 'gen/old.md')]).toEqual(['a2', 'b', false]);
    const io = recordingIO();
    const done = await recover(io);
    expect(done).toEqual([
      'rolled back the interrupted write of gen/a.md, gen/new/b.md, gen/old.md, gen/.pacto-generated.json (it had not completed)',
    ]);
    expect(io.calls.filter((c) => c.kind === 'info').map((c) => c.message)).toEqual([`Recovered from an interrupted run: ${done[0]}`]);
    const strip = (s: typeof before) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.type === 'dir' ? { ...v, mtimeMs: 0 } : v]));
    expect(strip(snapshot(path.join(env.wd, 'gen')))).toEqual(strip(before));
    expect(fs.readdirSync(path.join(env.runnerTemp, 'pacto-staging'))).toEqual([]);
  });

  it('a journal whose last step was made is finished, not rolled back', async () => {
    write(env, 'gen/a.md', 'a1');
    write(env, 'gen/b.md', 'b1');
    const dir = workDir();
    const steps: Step[] = [
      { kind: 'put', target: path.join(env.wd, 'gen/a.md'), source: staged(dir, 'a.md', 'a2'), mode: null, sha256: sha('a2') },
      { kind: 'remove', target: path.join(env.wd, 'gen/b.md') },
      // Frozen before this one, which puts back what is already there: every change is made.
      { kind: 'put', target: path.join(env.wd, 'gen/a.md'), source: staged(dir, 'a-again.md', 'a2'), mode: null, sha256: sha('a2') },
    ];
    await frozenAt(steps, dir, 2);
    const done = await recover();
    expect(done).toEqual(['finished the interrupted write of gen/a.md, gen/b.md, gen/a.md (every change had been made)']);
    expect(read(env, 'gen/a.md')).toBe('a2');
    expect(exists(env, 'gen/b.md')).toBe(false);
  });

  it('does not act on a journal that points into .git or out of the workspace, and says so', async () => {
    write(env, '.git/config', '[core]');
    const dir = workDir();
    fs.writeFileSync(path.join(dir, 'backup-0'), 'evil');
    const journal = (target: string) =>
      JSON.stringify({ journalVersion: 1, root: env.wd, steps: [{ kind: 'remove', target, backup: path.join(dir, 'backup-0') }] });
    fs.writeFileSync(path.join(dir, '0-journal.json'), journal(path.join(env.wd, '.git/config')));
    fs.writeFileSync(path.join(dir, '1-journal.json'), journal(path.join(env.root, 'outside.txt')));
    const io = recordingIO();
    expect(await recover(io)).toEqual([]);
    expect(read(env, '.git/config')).toBe('[core]');
    expect(fs.existsSync(path.join(env.root, 'outside.txt'))).toBe(false);
    expect(io.calls.filter((c) => c.kind === 'warning').map((c) => c.message.replace(/^.*did not act on it: /, ''))).toEqual([
      `${path.join(env.wd, '.git/config')} is inside a .git directory`,
      `${path.join(env.root, 'outside.txt')} is outside the workspace`,
    ]);
  });

  it('does not act on a journal whose target or backup leads out of the workspace through a symbolic link', async () => {
    const outside = path.join(env.root, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'kept.txt'), 'kept');
    fs.symlinkSync(outside, path.join(env.wd, 'out'));
    // A work directory committed in the tree (beside an output directory), as a repository can hold one.
    const dir = path.join(env.wd, '.pacto-work-evil');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'backup-0'), 'evil');
    fs.symlinkSync(outside, path.join(dir, 'linked'));
    const journal = (target: string, backup: string) =>
      JSON.stringify({
        journalVersion: 1,
        root: env.wd,
        steps: [{ kind: 'put', target, backup, sha256: sha('never'), existed: true, made: [] }],
      });
    fs.writeFileSync(path.join(dir, '0-journal.json'), journal(path.join(env.wd, 'out/planted.txt'), path.join(dir, 'backup-0')));
    fs.writeFileSync(path.join(dir, '1-journal.json'), journal(path.join(env.wd, 'taken.txt'), path.join(dir, 'linked/kept.txt')));
    const io = recordingIO();
    expect(await recoverInterrupted({ runnerTemp: env.runnerTemp, workspace: env.wd, outputDirs: [path.join(env.wd, 'gen')], io })).toEqual(
      [],
    );
    expect(fs.readdirSync(outside)).toEqual(['kept.txt']);
    expect(exists(env, 'taken.txt')).toBe(false);
    expect(io.calls.filter((c) => c.kind === 'warning').map((c) => c.message.replace(/^.*did not act on it: /, ''))).toEqual([
      `${path.join(env.wd, 'out/planted.txt')} is outside the workspace once symbolic links are resolved`,
      `its backup ${path.join(dir, 'linked/kept.txt')} is outside its work directory once symbolic links are resolved`,
    ]);
  });
});

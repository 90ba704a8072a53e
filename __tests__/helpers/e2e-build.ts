/**
 * One ncc build of src/ shared by every end-to-end test file (and every jest worker) of a run.
 *
 * The bundle is cached in os.tmpdir()/pacto-e2e-build-<hash>/, keyed by the contents of src/,
 * package-lock.json and tsconfig.json, so an unchanged tree is built once and later runs reuse it.
 * A lock file (holding the builder's pid) keeps two workers from building at the same time; the
 * others wait, bounded, and take the finished build. The bundle is run from a directory with no
 * node_modules above it, which proves it is self-contained.
 *
 * PACTO_E2E_DIST=/path/to/index.js skips the build and tests that bundle instead (for example the
 * committed dist/index.js): it is copied to such a directory too, beside its sibling files.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './runner.js';

/** ncc takes 60-100 s on a loaded 2-core machine; a waiting worker gives up after this. */
const BUILD_TIMEOUT_MS = 300_000;
const WAIT_TIMEOUT_MS = BUILD_TIMEOUT_MS + 30_000;
const POLL_MS = 500;
/** Builds of other source states not used for this long are removed. */
const STALE_MS = 6 * 3600_000;
const PREFIX = 'pacto-e2e-build-';
/** A failed build is reported to the other workers for this long, then tried again. */
const FAILURE_MS = 120_000;

/** Which files make a build: every file under src/, plus the lock file and the compiler settings. */
export function sourceHash(root: string = REPO_ROOT): string {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (rel: string): void => {
    for (const d of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, d.name);
      if (d.isDirectory()) walk(child);
      else if (d.isFile()) files.push(child);
    }
  };
  walk('src');
  files.sort();
  for (const f of [...files, 'package-lock.json', 'tsconfig.json']) {
    const abs = path.join(root, f);
    if (!fs.existsSync(abs)) continue;
    const data = fs.readFileSync(abs);
    hash.update(`${f}\0${data.length}\0`);
    hash.update(data);
  }
  hash.update(`build\0${buildFlags(root).join(' ')}`);
  return hash.digest('hex').slice(0, 16);
}

/** The nearest node_modules at or above dir, or null. */
export function nodeModulesAbove(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, 'node_modules');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The arguments of `npm run build` after `ncc build src/index.ts -o dist`, so the test build is
 * byte for byte what the committed dist/ must be (the dist test compares them).
 */
export function buildFlags(root: string = REPO_ROOT): string[] {
  const script: string = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build;
  const m = /^ncc build src\/index\.ts -o dist((?: --?[a-z-]+(?: [^-\s]\S*)?)*)$/.exec(script);
  if (!m) throw new Error(`package.json's build script is not "ncc build src/index.ts -o dist [flags]": ${script}`);
  return m[1].trim().split(/\s+/).filter(Boolean);
}

function runNcc(outDir: string): Promise<void> {
  const cli = path.join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'build', 'src/index.ts', '-o', outDir, ...buildFlags(), '--quiet'],
      { cwd: REPO_ROOT, timeout: BUILD_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`ncc build of src/index.ts failed (${err.message.split('\n')[0]}):\n${stderr || stdout}`));
        else resolve();
      },
    );
  });
}

/** Removes builds of other source states nobody used for STALE_MS (each is a few MB). */
function pruneStale(keep: string): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith(PREFIX) || name === keep || name.startsWith(`${keep}.`)) continue;
    const abs = path.join(tmp, name);
    try {
      if (Date.now() - fs.statSync(abs).mtimeMs > STALE_MS) fs.rmSync(abs, { recursive: true, force: true });
    } catch {
      // Another worker removed it first.
    }
  }
}

/** The error of a build of the same source that failed in the last FAILURE_MS, or null. */
function recentFailure(file: string): string | null {
  try {
    const age = Date.now() - fs.statSync(file).mtimeMs;
    if (age > FAILURE_MS) return null;
    return `A build of this same source failed ${Math.round(age / 1000)} s ago (${file}; tried again after ${FAILURE_MS / 1000} s):\n${fs.readFileSync(file, 'utf8')}`;
  } catch {
    return null;
  }
}

/** Takes the lock (true), or finds it held by a live builder (false). A dead holder's lock is broken. */
function tryLock(lock: string): boolean {
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  let holder: number;
  try {
    holder = Number(fs.readFileSync(lock, 'utf8'));
  } catch {
    return false;
  }
  if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
    fs.rmSync(lock, { force: true });
  }
  return false;
}

async function buildOnce(): Promise<string> {
  const hash = sourceHash();
  const name = `${PREFIX}${hash}`;
  const dir = path.join(os.tmpdir(), name);
  const index = path.join(dir, 'index.js');
  const lock = `${dir}.lock`;
  const failed = `${dir}.failed`;
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  for (;;) {
    if (fs.existsSync(index)) {
      const now = new Date();
      fs.utimesSync(dir, now, now);
      return index;
    }
    // Another worker's build of this very source just failed: the same error, not a second 60-100 s build.
    const failure = recentFailure(failed);
    if (failure !== null) throw new Error(failure);
    if (tryLock(lock)) break;
    if (Date.now() > deadline) {
      throw new Error(`Waited ${WAIT_TIMEOUT_MS / 1000} s for another worker's build (${lock}); remove the lock if no build runs.`);
    }
    await sleep(POLL_MS);
  }
  try {
    // Checked again under the lock: a builder may have finished between the look and the lock.
    if (fs.existsSync(index)) return index;
    const staging = fs.mkdtempSync(`${dir}.tmp-`);
    try {
      try {
        await runNcc(staging);
      } catch (err) {
        fs.writeFileSync(failed, (err as Error).message);
        throw err;
      }
      if (!fs.existsSync(path.join(staging, 'index.js'))) throw new Error(`ncc wrote no index.js into ${staging}`);
      // The rename publishes the whole build at once: readers never see half of it.
      fs.renameSync(staging, dir);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    pruneStale(name);
    return index;
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** A prebuilt bundle copied (with its sibling files) into a directory of its own under tmpdir, once per hash. */
function copyPrebuilt(file: string): string {
  const src = path.dirname(path.resolve(file));
  const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), `${PREFIX}given-${hash}`);
  const index = path.join(dir, path.basename(file));
  if (!fs.existsSync(index)) {
    const staging = fs.mkdtempSync(`${dir}.tmp-`);
    fs.cpSync(src, staging, { recursive: true, filter: (p) => path.basename(p) !== 'node_modules' });
    try {
      fs.renameSync(staging, dir);
    } catch {
      // Another worker published the same copy.
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }
  return index;
}

let pending: Promise<string> | null = null;

/**
 * The absolute path of a built `index.js` of the current src/, in a directory with no
 * node_modules at or above it. Built at most once per source state (across workers and runs).
 */
export function builtAction(): Promise<string> {
  pending ??= (async () => {
    const given = process.env.PACTO_E2E_DIST;
    const index = given ? copyPrebuilt(given) : await buildOnce();
    const modules = nodeModulesAbove(path.dirname(index));
    if (modules !== null) {
      throw new Error(
        `The bundle ${index} has ${modules} above it, so it would not prove it is self-contained; set TMPDIR outside any project.`,
      );
    }
    return index;
  })();
  return pending;
}

/**
 * Recovery from a run that died while writing (SIGKILL, a lost runner): its work directories
 * still hold the journals of the transactions it had not committed. Before anything is
 * generated, each journal is finished (every step had reached the tree: only the backups go)
 * or rolled back (the tree returns to what it was before that job), and the log says which.
 * Staging leftovers of that run go too.
 *
 * A journal is data found on disk, so it is checked like a manifest: every target inside the
 * workspace, never in .git, never a pacto.yaml, every backup inside its work directory.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ActionsIO } from '../adapters.js';
import { nearestExisting, resolveExisting, toSlash } from './paths.js';
import { isInside } from '../shared/paths.js';
import { allApplied, JOURNAL_SUFFIX, rollBack, type Journal, type JournalStep } from './transaction.js';
import { inGitDir, isContractName } from './manifest-rules.js';

const WORK_DIR = /^\.pacto-work-/;
/** Under RUNNER_TEMP every staging directory is ours; in the tree only the hidden ones. */
const TEMP_STAGE_DIR = /^pacto-stage-\d+-/;
const TREE_STAGE_DIR = /^\.pacto-stage-\d+-/;

export interface RecoveryInput {
  runnerTemp: string;
  workspace: string;
  /** The absolute output directories of this run's jobs (where hidden work directories may be). */
  outputDirs: string[];
  io: ActionsIO;
}

/** Where an earlier run may have left work directories: the same bases staging.ts picks. */
function tempBase(input: RecoveryInput): string {
  return path.join(path.resolve(input.runnerTemp), 'pacto-staging');
}

async function candidates(input: RecoveryInput): Promise<string[]> {
  const dirs = new Set<string>([tempBase(input)]);
  for (const d of new Set(input.outputDirs.map((o) => path.resolve(o)))) {
    dirs.add(await nearestExisting(d));
    dirs.add(await nearestExisting(path.dirname(d)));
  }
  return [...dirs];
}

async function readJournal(file: string): Promise<Journal | null> {
  try {
    const j = JSON.parse(await fs.readFile(file, 'utf8')) as Journal;
    return j && j.journalVersion === 1 && Array.isArray(j.steps) ? j : null;
  } catch {
    return null;
  }
}

async function stepProblem(j: JournalStep, workDir: string, wsReal: string): Promise<string | null> {
  if (typeof j?.target !== 'string' || typeof j.backup !== 'string') return 'a step without target or backup';
  const target = path.resolve(j.target);
  if (!isInside(wsReal, target)) return `${j.target} is outside the workspace`;
  if (inGitDir(wsReal, target)) return `${j.target} is inside a .git directory`;
  if (isContractName(target, process.platform)) return `${j.target} is a pacto.yaml`;
  if (!isInside(workDir, path.resolve(j.backup)) || path.resolve(j.backup) === workDir)
    return `its backup ${j.backup} is outside its work directory`;
  if (j.kind === 'put' && (typeof j.sha256 !== 'string' || !Array.isArray(j.made))) return 'a put step without sha256';
  if (j.kind === 'put' && j.made.some((d) => !isInside(wsReal, path.resolve(d)))) return 'a directory outside the workspace';
  // A journal in the tree is data from the repository: its paths may lead through symbolic links.
  const real = async (p: string): Promise<string> => path.join(await resolveExisting(path.dirname(path.resolve(p))), path.basename(p));
  try {
    const targetReal = await real(j.target);
    if (!isInside(wsReal, targetReal)) return `${j.target} is outside the workspace once symbolic links are resolved`;
    if (inGitDir(wsReal, targetReal)) return `${j.target} is inside a .git directory`;
    if (isContractName(targetReal, process.platform)) return `${j.target} is a pacto.yaml`;
    const workReal = await fs.realpath(workDir);
    const backupReal = await real(j.backup);
    if (!isInside(workReal, backupReal) || backupReal === workReal)
      return `its backup ${j.backup} is outside its work directory once symbolic links are resolved`;
    if (j.kind === 'put')
      for (const d of j.made)
        if (!isInside(wsReal, await real(d))) return 'a directory outside the workspace once symbolic links are resolved';
  } catch (e) {
    return (e as Error).message;
  }
  return null;
}

/** Recovers every interrupted transaction found; returns what it did, one line per journal. */
export async function recoverInterrupted(input: RecoveryInput): Promise<string[]> {
  let wsReal: string;
  try {
    wsReal = await fs.realpath(input.workspace);
  } catch {
    return [];
  }
  const done: string[] = [];
  for (const base of await candidates(input)) {
    let names: string[];
    try {
      names = await fs.readdir(base);
    } catch {
      continue;
    }
    const stageDir = base === tempBase(input) ? TEMP_STAGE_DIR : TREE_STAGE_DIR;
    for (const name of names) {
      const dir = path.join(base, name);
      if (!(stageDir.test(name) || WORK_DIR.test(name)) || !(await fs.lstat(dir).catch(() => null))?.isDirectory()) continue;
      if (stageDir.test(name)) {
        // A plugin's staging directory from a run that never got to remove it.
        await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
        continue;
      }
      if (!WORK_DIR.test(name)) continue;
      const left = await recoverWorkDir(dir, wsReal, input.io);
      done.push(...left.done);
      if (left.clean) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
  return done;
}

async function recoverWorkDir(workDir: string, wsReal: string, io: ActionsIO): Promise<{ done: string[]; clean: boolean }> {
  const done: string[] = [];
  let clean = true;
  let files: string[];
  try {
    files = (await fs.readdir(workDir)).filter((f) => f.endsWith(JOURNAL_SUFFIX)).sort();
  } catch {
    return { done, clean: false };
  }
  for (const f of files) {
    const journal = await readJournal(path.join(workDir, f));
    let problem: string | null | undefined = journal === null ? 'it cannot be read' : null;
    for (const s of journal?.steps ?? []) problem ??= await stepProblem(s, workDir, wsReal);
    const where = toSlash(path.join(workDir, f));
    if (problem) {
      io.warning(`Found a write journal ${where} from an interrupted run but did not act on it: ${problem}`);
      clean = false;
      continue;
    }
    const paths = journal!.steps.map((s) => toSlash(path.relative(wsReal, path.resolve(s.target))));
    if (await allApplied(journal!)) {
      done.push(`finished the interrupted write of ${paths.join(', ')} (every change had been made)`);
      continue;
    }
    const problems = await rollBack(journal!);
    if (problems.length > 0) {
      io.warning(`Could not fully roll back the interrupted write of ${paths.join(', ')} (journal ${where}): ${problems.join('; ')}`);
      clean = false;
      continue;
    }
    done.push(`rolled back the interrupted write of ${paths.join(', ')} (it had not completed)`);
  }
  for (const line of done) io.info(`Recovered from an interrupted run: ${line}`);
  return { done, clean };
}

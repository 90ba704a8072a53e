/**
 * Builds the one directory the artifact is zipped from, so the zip's layout is exactly the
 * layout the user gets back: generate mode mirrors the working directory, check mode mirrors
 * what the repository should contain.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Mode } from '../../inputs.js';
import type { GenerationResult } from '../../generate/types.js';
import { isStrictlyInside } from '../../shared/paths.js';
import { forbiddenPathCharacter, printable } from './name.js';

export const REPORT_NAME = 'pacto-report.json';
export const PATCH_NAME = 'pacto-drift.patch';

export interface StageInput {
  mode: Mode;
  workingDirectory: string;
  runnerTemp: string;
  generation: GenerationResult | null;
  reportJson: string;
}

export interface StagedArtifact {
  /** A fresh directory under runnerTemp; remove it with `cleanup`. */
  root: string;
  /** Relative `/`-separated paths inside root, sorted (byte order). */
  paths: string[];
  /** The same files, absolute. */
  files: string[];
  /** Where the report or the patch went inside the artifact, when included. */
  reportPath: string | null;
  patchPath: string | null;
  /** Files that could not be included (missing from disk, not regular files). */
  warnings: string[];
}

export type StageOutcome =
  { kind: 'staged'; staged: StagedArtifact } | { kind: 'empty'; reason: string; warnings: string[] } | { kind: 'error'; error: string };

interface Entry {
  rel: string;
  source: string | { content: string };
}

export async function stageArtifact(input: StageInput): Promise<StageOutcome> {
  const warnings: string[] = [];
  const collected = input.mode === 'check' ? await checkEntries(input, warnings) : await generateEntries(input, warnings);
  if ('empty' in collected) return { kind: 'empty', reason: collected.empty, warnings };
  const { entries, reportPath, patchPath } = collected;

  const bad = entries.filter((e) => forbiddenPathCharacter(e.rel) !== null);
  if (bad.length > 0) {
    return {
      kind: 'error',
      error:
        `Cannot upload the artifact: the artifact service refuses file paths containing " : < > | * ? or line breaks, ` +
        `and these outputs have them: ${bad.map((e) => `"${printable(e.rel)}"`).join(', ')}. Rename them (output-dir or the plugin's file names).`,
    };
  }

  await fs.mkdir(input.runnerTemp, { recursive: true });
  const root = await fs.mkdtemp(path.join(input.runnerTemp, 'pacto-artifact-'));
  try {
    for (const e of entries) {
      const dest = path.join(root, ...e.rel.split('/'));
      await fs.mkdir(path.dirname(dest), { recursive: true });
      if (typeof e.source === 'string') await fs.copyFile(e.source, dest);
      else await fs.writeFile(dest, e.source.content);
    }
  } catch (err) {
    await fs.rm(root, { recursive: true, force: true });
    return { kind: 'error', error: `Cannot stage the artifact in ${input.runnerTemp}: ${(err as Error)?.message ?? String(err)}` };
  }
  const paths = entries.map((e) => e.rel).sort(byteOrder);
  return {
    kind: 'staged',
    staged: { root, paths, files: paths.map((p) => path.join(root, ...p.split('/'))), reportPath, patchPath, warnings },
  };
}

export async function removeStaging(staged: StagedArtifact): Promise<void> {
  await fs.rm(staged.root, { recursive: true, force: true });
}

type Collected = { entries: Entry[]; reportPath: string | null; patchPath: string | null } | { empty: string };

async function generateEntries(input: StageInput, warnings: string[]): Promise<Collected> {
  if (input.generation === null) {
    return { empty: `nothing was generated in this run (mode: ${input.mode}, or generation did not run)` };
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (const f of input.generation.files) {
    if (f.status === 'deleted' || seen.has(f.path)) continue;
    seen.add(f.path);
    const source = path.resolve(input.workingDirectory, f.path);
    if (!isStrictlyInside(input.workingDirectory, source) || f.path.includes('\\')) {
      warnings.push(`Left out of the artifact: "${printable(f.path)}" is not a relative path inside the working directory.`);
      continue;
    }
    if (!(await isRegularFile(source))) {
      warnings.push(`Left out of the artifact: ${f.path} is not a regular file on disk.`);
      continue;
    }
    entries.push({ rel: f.path.split(path.sep).join('/'), source });
  }
  if (entries.length === 0) {
    return { empty: 'no output files were produced (every job failed or was skipped, or only deletions were made)' };
  }
  const reportPath = freePath(
    entries.map((e) => e.rel),
    REPORT_NAME,
  );
  entries.push({ rel: reportPath, source: { content: input.reportJson } });
  return { entries, reportPath, patchPath: null };
}

async function checkEntries(input: StageInput, warnings: string[]): Promise<Collected> {
  const drift = input.generation?.drift ?? null;
  const entries: Entry[] = [];
  if (drift?.expectedRoot) {
    for (const rel of await listFiles(drift.expectedRoot, warnings)) {
      entries.push({ rel, source: path.join(drift.expectedRoot, ...rel.split('/')) });
    }
  }
  let patchPath: string | null = null;
  if (drift?.patchFile) {
    if (await isRegularFile(drift.patchFile)) {
      patchPath = freePath(
        entries.map((e) => e.rel),
        PATCH_NAME,
      );
      entries.push({ rel: patchPath, source: drift.patchFile });
    } else {
      warnings.push(`Left out of the artifact: the drift patch ${drift.patchFile} does not exist.`);
    }
  }
  if (entries.length === 0) {
    return {
      empty:
        input.generation === null
          ? 'nothing was generated in this run, so there is no expected tree'
          : 'there is no expected tree and no drift patch',
    };
  }
  return { entries, reportPath: null, patchPath };
}

/** Regular files under dir, relative and sorted; symbolic links are left out with a warning. */
async function listFiles(dir: string, warnings: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (abs: string, rel: string): Promise<void> => {
    const dirents = await fs.readdir(abs, { withFileTypes: true });
    for (const d of dirents) {
      const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
      if (d.isDirectory()) await walk(path.join(abs, d.name), childRel);
      else if (d.isFile()) out.push(childRel);
      else warnings.push(`Left out of the artifact: ${childRel} in the expected tree is not a regular file.`);
    }
  };
  try {
    await walk(dir, '');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    warnings.push(`The expected tree ${dir} does not exist.`);
  }
  return out.sort(byteOrder);
}

/**
 * `name` at the root, or under `_pacto/` (then `_pacto-2/`, ...) when a generated file already
 * uses that path or a directory of it: the generated files keep their own paths.
 */
export function freePath(taken: readonly string[], name: string): string {
  const clashes = (candidate: string): boolean =>
    taken.some((t) => t === candidate || t.startsWith(`${candidate}/`) || candidate.startsWith(`${t}/`));
  if (!clashes(name)) return name;
  for (let i = 1; i <= taken.length + 1; i++) {
    const candidate = `${i === 1 ? '_pacto' : `_pacto-${i}`}/${name}`;
    if (!clashes(candidate)) return candidate;
  }
  throw new Error('unreachable: more candidates than taken paths');
}

async function isRegularFile(p: string): Promise<boolean> {
  try {
    return (await fs.lstat(p)).isFile();
  } catch {
    return false;
  }
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

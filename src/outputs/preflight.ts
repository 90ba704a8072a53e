/**
 * Checks one job's files before anything is compared or written: clean paths, destinations
 * that stay inside the output directory after resolving symlinked parents in the working tree,
 * never a pacto.yaml, a referenced file, a manifest or anything in .git.
 */
import path from 'node:path';
import type { JobOutput, UnsafeOutputCode } from '../generate/types.js';
import { collisionKey, joinRelative, memoLookups, pathProblem, type PathLookups } from './paths.js';
import { isInside } from '../shared/paths.js';
import { MANIFEST_NAME } from './manifest.js';
import { inGitDir, isContractName } from './manifest-rules.js';

export interface Planned {
  rel: string;
  wdPath: string;
  target: string;
  key: string;
  staged: string;
  direct: boolean;
}

export async function preflight(
  r: JobOutput,
  wd: string,
  wdReal: string,
  platform: NodeJS.Platform,
  protectedKeys: Map<string, string>,
  manifestKeys: Map<string, string>,
  wdPathOf: (abs: string) => string,
  /** Shared by the jobs of one pass: the tree does not change before they are all checked. */
  look: PathLookups = memoLookups(),
): Promise<{ files: Planned[]; outDirReal: string } | { error: string; unsafe?: UnsafeOutputCode }> {
  const job = r.job;
  const outDir = path.resolve(job.absOutputDir);
  if (!isInside(wd, outDir))
    return { error: `the output directory ${job.outputDir} is outside the working directory`, unsafe: 'OUTPUT_OUTSIDE_DIRECTORY' };
  let outDirReal: string;
  try {
    outDirReal = await look.resolve(outDir);
  } catch (e) {
    return { error: `the output directory ${job.outputDir} cannot be used: ${(e as Error).message}` };
  }
  if (!isInside(wdReal, outDirReal)) {
    return {
      error: `the output directory ${job.outputDir} resolves to ${outDirReal} through a symbolic link, outside the working directory`,
      unsafe: 'OUTPUT_OUTSIDE_DIRECTORY',
    };
  }
  const files: Planned[] = [];
  const seen = new Map<string, string>();
  for (const f of r.files) {
    const problem = pathProblem(f.path);
    if (problem) return { error: `output path ${JSON.stringify(f.path)} is not allowed: ${problem}`, unsafe: 'OUTPUT_PATH_INVALID' };
    const target = joinRelative(outDir, f.path);
    const wdPath = wdPathOf(target);
    let parentReal: string;
    try {
      parentReal = await look.resolve(path.dirname(target));
    } catch (e) {
      return { error: `cannot write ${wdPath}: ${(e as Error).message}` };
    }
    if (!isInside(outDirReal, parentReal)) {
      return {
        error: `${JSON.stringify(f.path)} would be written to ${path.join(parentReal, path.basename(target))}, outside the output directory ${job.outputDir}, through a symbolic link in the working tree`,
        unsafe: 'OUTPUT_OUTSIDE_DIRECTORY',
      };
    }
    const realTarget = path.join(parentReal, path.basename(target));
    if (inGitDir(wdReal, realTarget)) {
      return {
        error: `${wdPath} is inside a .git directory; generated files must not touch git's own files`,
        unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
      };
    }
    const anc = await look.nearestIsDir(parentReal);
    if (!anc.dir) {
      return { error: `cannot write ${wdPath}: ${wdPathOf(anc.at)} is a file, not a directory` };
    }
    const key = collisionKey(realTarget, platform);
    const replaces = contractProblem(protectedKeys.get(key), realTarget, wdPath, platform);
    if (replaces) return replaces;
    const twin = seen.get(key);
    if (twin !== undefined) {
      return { error: `${twin} and ${wdPath} are the same file on a case-insensitive filesystem; return one of them` };
    }
    seen.set(key, wdPath);
    const manifestOf = manifestKeys.get(key);
    if (manifestOf !== undefined) {
      return {
        error: `${wdPath} is the manifest of the output directory ${manifestOf} (${MANIFEST_NAME} is reserved)`,
        unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
      };
    }
    files.push({ rel: f.path, wdPath, target, key, staged: joinRelative(r.stagingDir, f.path), direct: f.direct });
  }
  return { files, outDirReal };
}

/** Why writing realTarget would replace a contract or a file a contract references, or null. */
function contractProblem(
  prot: string | undefined,
  realTarget: string,
  wdPath: string,
  platform: NodeJS.Platform,
): { error: string; unsafe: UnsafeOutputCode } | null {
  if (prot) {
    const feed = prot.includes('(a file referenced by ')
      ? '; if this plugin produces files its contract references (like openapi-infer or schema-infer), give it feeds-contract: true'
      : '';
    return {
      error: `${wdPath} would overwrite ${prot}; a generated file must not replace a pacto.yaml or a file a contract references${feed}`,
      unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
    };
  }
  if (isContractName(realTarget, platform)) {
    return {
      error: `${wdPath} is named pacto.yaml; a generated file must not replace or add a contract, matched by the contracts patterns or not`,
      unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
    };
  }
  return null;
}

/**
 * The job list: every contract × every plugin, in contract order then plugin order, with its
 * final output directory. Invalid contracts are planned too (as skipped) so the report has a
 * row for each pair.
 */
import path from 'node:path';
import type { ContractResult } from '../contracts/types.js';
import type { ResolvedPlugin } from '../plugins/types.js';
import { isInside } from '../shared/paths.js';
import type { Job } from './types.js';

export interface PlannedJob {
  job: Job;
  /** Why this job will not run (invalid contract, bad output directory), or null. */
  skip: string | null;
  /** True when the job cannot run because of its own configuration (a failure, not a skip). */
  error: boolean;
}

/** Fills `{bundle}`, `{service}`, `{version}` and `{plugin}`; returns a `/`-separated relative path. */
export function expandOutputTemplate(
  template: string,
  values: { bundle: string; service: string; version: string; plugin: string },
): string {
  const filled = template.replace(/\{(bundle|service|version|plugin)\}/g, (_m, key: keyof typeof values) => values[key]);
  const normal = path.posix.normalize(filled.replace(/\\/g, '/'));
  return normal.replace(/\/+$/, '') || '.';
}

/** Why a final output directory is not acceptable, or null. */
function outputDirProblem(rel: string, abs: string, workingDirectory: string): string | null {
  if (path.isAbsolute(rel) || !isInside(workingDirectory, abs)) {
    return `output directory "${rel}" is outside the working directory`;
  }
  return null;
}

/** Why a feeding plugin's output directory is not acceptable: it must be its bundle or inside it. */
function feedDirProblem(rel: string, abs: string, bundleAbs: string, bundle: string): string | null {
  if (isInside(path.resolve(bundleAbs), abs)) return null;
  return `output directory "${rel}" is outside the bundle ${bundle}: a plugin with feeds-contract: true writes into its own bundle ({bundle} or a directory inside it)`;
}

export function planJobs(
  contracts: ContractResult[],
  plugins: ResolvedPlugin[],
  options: {
    workingDirectory: string;
    outputDir: string;
    /**
     * Run on every contract that parses, valid or not (feeding plugins, as `pacto generate`
     * does: it parses, it does not validate).
     */
    parsedSuffices?: boolean;
  },
): PlannedJob[] {
  const planned: PlannedJob[] = [];
  for (const contract of contracts) {
    for (const plugin of plugins) {
      // A feeding plugin's outputs belong to the bundle (pacto generate <plugin> services/x -o services/x).
      const template = plugin.spec.output ?? (plugin.spec.feedsContract ? '{bundle}' : options.outputDir);
      const outputDir = expandOutputTemplate(template, {
        bundle: contract.bundle,
        service: contract.service ?? '',
        version: contract.version ?? '',
        plugin: plugin.name,
      });
      const absOutputDir = path.resolve(options.workingDirectory, outputDir);
      const job: Job = { index: planned.length, contract, plugin, absOutputDir, outputDir };
      const parsed = contract.contractJson !== null || contract.requestError !== undefined;
      if (!contract.valid && !(options.parsedSuffices && parsed)) {
        planned.push({ job, skip: options.parsedSuffices ? 'the contract does not parse' : 'the contract is invalid', error: false });
        continue;
      }
      if (contract.contractJson === null) {
        // Valid, yet not encodable as JSON (a mapping key that is not a string): Pacto fails here too.
        planned.push({
          job,
          skip: contract.requestError ?? 'failed to marshal plugin input: the contract cannot be encoded as JSON',
          error: true,
        });
        continue;
      }
      const problem =
        outputDirProblem(outputDir, absOutputDir, options.workingDirectory) ??
        (plugin.spec.feedsContract ? feedDirProblem(outputDir, absOutputDir, contract.absDir, contract.bundle) : null);
      planned.push({ job, skip: problem, error: problem !== null });
    }
  }
  return planned;
}

/** Pass or fail for the whole run, with every cause named. */
import type { Finding } from '../contracts/types.js';
import type { RunState } from '../run-state.js';
import { plural } from '../shared/text.js';
import { failFastStopped, searchedIn, uniqueGenerationErrors } from './derived.js';
import { diffFailureCauses } from './diff.js';

export interface Verdict {
  failed: boolean;
  /** One line for setFailed. */
  reason: string;
}

/** Every reason the run fails, in pipeline order; empty when it passes. */
export function failureCauses(state: RunState): string[] {
  const causes: string[] = [];
  if (state.inputError) causes.push(state.inputError);
  for (const f of state.fatal) if (f !== state.inputError) causes.push(f);

  const config = state.config;
  if (config && state.discovery && !state.inputError) {
    if (state.discovery.matched === 0 && config.ifNoContractsFound === 'error') {
      causes.push(
        `no contracts found for ${config.contracts.join(', ')} ${searchedIn(config.workingDirectory)}; set if-no-contracts-found to warn or ignore to allow this`,
      );
    }
    const errors = count(state, (c) => c.errors);
    const warnings = count(state, (c) => c.warnings);
    const invalid = state.contracts.filter((c) => !c.valid).length;
    if (config.failOn !== 'never' && errors > 0) {
      causes.push(`${plural(invalid, 'invalid contract')} (${plural(errors, 'validation error')})`);
    }
    if (config.failOn === 'warning' && warnings > 0) {
      causes.push(`${plural(warnings, 'validation warning')} (fail-on: warning)`);
    }
  }

  if (state.pluginFailures.length > 0) {
    causes.push(
      `${plural(state.pluginFailures.length, 'plugin')} could not be resolved (${state.pluginFailures.map((p) => p.name).join(', ')})`,
    );
  }
  const gen = state.generation;
  if (gen) {
    const failed = gen.jobs.filter((j) => j.status === 'failed').length;
    if (failed > 0) causes.push(`${plural(failed, 'plugin job')} failed`);
    // fail-fast may stop on something that alone does not fail the run (fail-on: never): a run
    // that left work undone must still not pass.
    const stopped = failFastStopped(gen);
    if (stopped > 0) {
      const after = failed > 0 ? 'a failed plugin job' : 'an invalid contract';
      causes.push(`fail-fast stopped ${plural(stopped, 'job')} after ${after}; they generated nothing`);
    }
    // A collision is also its job's error: counted once, as the failed job.
    const errors = uniqueGenerationErrors(gen).length;
    if (errors > 0) causes.push(`${plural(errors, 'generation error')}`);
    if (gen.drift) {
      const clean = state.config?.clean ?? false;
      const failing = gen.drift.entries.filter((e) => e.status !== 'stale' || clean);
      if (failing.length > 0) causes.push(`${plural(failing.length, 'generated file')} out of date (check mode)`);
    }
  }
  causes.push(...diffFailureCauses(state.diff ?? null));
  if (state.commit?.error) causes.push(`commit failed: ${state.commit.error}`);
  if (state.pullRequest?.error) causes.push(`pull request failed: ${state.pullRequest.error}`);
  if (state.artifact?.error) causes.push(`artifact upload failed: ${state.artifact.error}`);
  if (state.comment?.error) causes.push(state.comment.error);
  return causes;
}

/** Decides pass or fail from the whole run. */
export function verdict(state: RunState): Verdict {
  const causes = failureCauses(state);
  return { failed: causes.length > 0, reason: causes.length > 0 ? `Pacto: ${causes.join('; ')}` : '' };
}

function count(state: RunState, pick: (c: RunState['contracts'][number]) => Finding[]): number {
  return state.contracts.reduce((n, c) => n + pick(c).length, 0);
}

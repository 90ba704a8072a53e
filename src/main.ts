/**
 * The pipeline: inputs -> discover -> validate -> resolve plugins -> generate -> publish -> report.
 * Stages return results; only the end decides pass or fail, so every run reports everything.
 */
import type { ActionsIO } from './adapters.js';
import { coreIO } from './core-io.js';
import { envInputReader, InputError, parseInputs, type Config } from './inputs.js';
import { DiscoveryInputError, discoverBundles } from './contracts/discover.js';
import { validateBundles } from './contracts/validate.js';
import { publishReport, reportFileFor, reportJson, verdict } from './report/finish.js';
import { buildReport } from './report/json-report.js';
import { emptyState, type RunState } from './run-state.js';
import { noCommit } from './publish/types.js';
import { artifactPreflight } from './publish/artifact/preflight.js';
import { resolveTargetBranch } from './publish/git/event.js';
import { runContext } from './publish/github/event.js';
import { isInside } from './shared/paths.js';
import { errorMessage } from './shared/errors.js';

export async function run(env: NodeJS.ProcessEnv = process.env, io: ActionsIO = coreIO()): Promise<RunState> {
  const state = emptyState();
  try {
    await pipeline(state, env, io);
  } catch (err) {
    if (err instanceof InputError) {
      state.inputError = err.message;
      state.inputReportFile = err.reportFile;
      state.fatal.push(err.message);
    } else if (err instanceof DiscoveryInputError) {
      state.inputError = `Invalid input: contracts: ${err.message}`;
      state.fatal.push(state.inputError);
    } else {
      state.fatal.push(`Unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  await comment(state, env, io);
  try {
    await publishReport(state, io);
  } catch (err) {
    io.error(`Could not write the report: ${errorMessage(err)}`);
    state.fatal.push('report failed');
  }
  const v = verdict(state);
  if (v.failed) io.setFailed(v.reason);
  return state;
}

async function pipeline(state: RunState, env: NodeJS.ProcessEnv, io: ActionsIO): Promise<void> {
  const config = parseInputs(envInputReader(env), env);
  if (config.commit) {
    // A tag, release or merge-queue run has no branch to push to: say so before generating.
    const target = resolveTargetBranch(config.branch, env);
    if (target.error !== null) throw new InputError([target.error], config.reportFile);
    if (config.pullRequest && target.branch === config.pullRequest.branch) {
      throw new InputError(
        [
          `pr-branch: "${config.pullRequest.branch}" is the base branch (from ${target.source}); the generated commit never goes to the base: choose another pr-branch`,
        ],
        config.reportFile,
      );
    }
  }
  if (config.uploadArtifact) {
    // Checked before any work: a run on GHES or with a forbidden name must not generate for nothing.
    const { problems } = artifactPreflight(config, env);
    if (problems.length > 0) throw new InputError(problems, config.reportFile);
  }
  state.config = config;
  state.context = runContext(env);

  if (config.mode === 'comment') {
    // Posts the comment of another run's report: nothing of this checkout is read or run.
    const { commentFromArtifact } = await import('./publish/comment/index.js');
    state.comment = await commentFromArtifact({ config, context: state.context, env, io });
    return;
  }
  await produce(state, config, env, io);
  if (config.breaking !== 'off') await gate(state, config, env, io);
  await publish(state, config, env, io);
}

/**
 * The sticky pull request comment on this run, after everything else so it carries the final
 * verdict. Octokit is loaded only here, only when the comment input asks for it.
 */
async function comment(state: RunState, env: NodeJS.ProcessEnv, io: ActionsIO): Promise<void> {
  const config = state.config;
  if (!config || !state.context || config.mode === 'comment' || config.comment === 'off') return;
  try {
    const { commentOnRun } = await import('./publish/comment/index.js');
    state.comment = await commentOnRun({
      config,
      context: state.context,
      report: buildReport(state),
      reportWhere: `the JSON report (${reportFileFor(state, env)})`,
      env,
      io,
    });
  } catch (err) {
    const message = `The pull request comment failed: ${errorMessage(err)}`;
    state.comment = {
      operation: 'failed',
      pullRequest: state.context.pullRequest?.number ?? null,
      id: null,
      url: '',
      message,
      error: message,
    };
  }
}

/** The breaking-change gate: loaded only when it is on, so other runs start as fast as before. */
async function gate(state: RunState, config: Readonly<Config>, env: NodeJS.ProcessEnv, io: ActionsIO): Promise<void> {
  const { diffContracts, failedDiff } = await import('./diff/index.js');
  try {
    state.diff = await diffContracts({ config, contracts: state.contracts, env, io });
  } catch (err) {
    // The gate could not answer; generation and publishing still happen and are reported.
    state.diff = failedDiff(config, `comparing against the base failed: ${errorMessage(err)}`);
  }
}

/** Discovery, validation, plugin resolution and generation: each step only if the last allows it. */
async function produce(state: RunState, config: Readonly<Config>, env: NodeJS.ProcessEnv, io: ActionsIO): Promise<void> {
  state.discovery = await discoverBundles({
    workingDirectory: config.workingDirectory,
    patterns: config.contracts,
    shard: config.shard,
  });

  const generates = config.mode !== 'validate' && config.plugins.length > 0;
  const validation = {
    format: config.contractFormat,
    unresolvedPolicyRefs: config.unresolvedPolicyRefs,
    workspace: config.workspace,
    // Plugin requests are encoded only for a run that can generate.
    encodeRequests: generates,
  };
  state.contracts = await validateBundles(state.discovery.bundles, validation);

  if (!generates) {
    if (config.mode !== 'validate') state.notices.push('No plugins were given: validated only. Add plugins to generate outputs.');
    return;
  }

  // Loaded only when there is something to generate: the tool cache, exec and the outputs
  // stage are not worth their start-up cost to a validate run.
  const [{ resolvePlugins }, { generate }, { planJobs }] = await Promise.all([
    import('./plugins/resolve.js'),
    import('./generate/generate.js'),
    import('./generate/plan.js'),
  ]);
  const resolved = await resolvePlugins(config.plugins, {
    workspace: config.workspace,
    workingDirectory: config.workingDirectory,
    pluginDirs: config.pluginDirs,
    token: config.token,
    toolCache: config.toolCache,
    runnerTemp: config.runnerTemp,
    env,
    io,
  });
  state.plugins = resolved.plugins;
  state.pluginFailures = resolved.failures;
  state.pluginWarnings = resolved.warnings;
  // One unresolvable plugin stops them all: a partial set of outputs would be worse than none.
  if (resolved.failures.length > 0) return;

  if (config.sarifFile !== null) {
    // Only now are the output directories known. They belong to the plugins: a SARIF file there
    // could be replaced by a plugin's output, or be taken for one, so it goes elsewhere.
    const inside = planJobs(state.contracts, state.plugins, config).find((p) => isInside(p.job.absOutputDir, config.sarifFile!));
    if (inside) {
      throw new InputError(
        [
          `sarif-file: ${config.sarifFile} is inside the output directory ${inside.job.outputDir} of plugin ${inside.job.plugin.name} for ${inside.job.contract.file}; write it elsewhere (for example \${{ runner.temp }}/pacto.sarif)`,
        ],
        config.reportFile,
      );
    }
  }

  const ctx = { config, contracts: state.contracts, plugins: state.plugins, env, io };
  if (state.plugins.some((p) => p.spec.feedsContract === true)) {
    // Contracts are validated again after the plugins that produce the files they reference.
    const { generateWithFeeds } = await import('./generate/feed.js');
    const fed = await generateWithFeeds({ ...ctx, revalidate: (bundles, files) => validateBundles(bundles, { ...validation, files }) });
    state.contracts = fed.contracts;
    state.generation = fed.generation;
  } else {
    state.generation = await generate(ctx);
  }
  state.notices.push(...(state.generation.notices ?? []));
}

/** Commit and artifact: the commit only for a clean generate run, the artifact whatever happened. */
async function publish(state: RunState, config: Readonly<Config>, env: NodeJS.ProcessEnv, io: ActionsIO): Promise<void> {
  if (config.commit && !state.generation) {
    state.commit = noCommit(
      state.pluginFailures.length > 0 ? 'a plugin could not be resolved, so nothing was generated' : 'nothing was generated (no plugins)',
    );
  } else if (config.commit && state.generation) {
    const runOk =
      state.contracts.every((c) => c.valid) &&
      state.generation.jobs.every((j) => j.status !== 'failed') &&
      state.generation.errors.length === 0;
    if (config.pullRequest) {
      // Loaded lazily: Octokit is only for runs that open pull requests.
      const { commitPullRequest } = await import('./publish/pull-request.js');
      const pullRequest = config.pullRequest;
      const done = await commitPullRequest({
        config: { ...config, pullRequest },
        contracts: state.contracts,
        generation: state.generation,
        plugins: state.plugins,
        runOk,
        env,
        io,
      });
      state.commit = done.commit;
      state.pullRequest = done.pullRequest;
    } else {
      const { commitAndPush } = await import('./publish/git.js');
      state.commit = await commitAndPush({ config, contracts: state.contracts, generation: state.generation, runOk, env, io });
    }
  }
  if (config.uploadArtifact) {
    // Loaded lazily: the artifact client is large and most runs never upload.
    const { uploadOutputs } = await import('./publish/artifact.js');
    state.artifact = await uploadOutputs({ config, generation: state.generation, reportJson: reportJson(state), env, io });
  }
}

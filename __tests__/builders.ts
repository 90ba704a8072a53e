/**
 * One typed builder for each thing tests hand to a stage: a Config, a contract, a plugin, a job.
 *
 * The Config and the plugin spec come from the action's own parsers (parseInputs, parsePluginSpecs),
 * so their defaults are action.yml's and cannot drift from them: a field added to or removed from
 * Config needs no edit here. Folder helpers may wrap these to bind their own sandbox (a working
 * directory, a recorded request), but build nothing by hand.
 */
import path from 'node:path';
import type { ContractResult } from '../src/contracts/types.js';
import type { Job, JobReport, OutputFile } from '../src/generate/types.js';
import { parseInputs, type Config } from '../src/inputs.js';
import { parsePluginSpecs } from '../src/plugins/spec.js';
import type { PluginSpec, ResolvedPlugin } from '../src/plugins/types.js';

export interface ConfigSetup {
  /** RUNNER_TEMP; `<workspace>/_temp` unless given (it need not exist). */
  runnerTemp?: string;
  /**
   * Values set after parsing, for what no input spells the way a test needs it (hand-built plugin
   * specs, a working directory that is not under the workspace...).
   */
  overrides?: Partial<Config>;
}

/**
 * The Config parseInputs makes from `inputs` (action.yml names, e.g. `{ mode: 'check' }`; absent
 * ones take their defaults) in `workspace`, an existing directory. Frozen, as the action's is.
 */
export function buildConfig(workspace: string, inputs: Record<string, string> = {}, setup: ConfigSetup = {}): Readonly<Config> {
  const runnerTemp = setup.runnerTemp ?? path.join(workspace, '_temp');
  const parsed = parseInputs((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });
  return Object.freeze({ ...parsed, ...setup.overrides });
}

/**
 * The contract result validation gives for `<wd>/<bundle>/pacto.yaml` (bundle '.' is the working
 * directory itself): a 1.0 contract, valid unless `errors` are given. Writes nothing.
 */
export function buildContract(wd: string, bundle: string, over: Partial<ContractResult> = {}): ContractResult {
  const file = bundle === '.' ? 'pacto.yaml' : `${bundle}/pacto.yaml`;
  const errors = over.errors ?? [];
  return {
    file,
    bundle,
    absFile: path.join(wd, file),
    absDir: path.join(wd, bundle),
    profile: '1.0',
    service: path.posix.basename(bundle),
    version: '1.0.0',
    valid: errors.length === 0,
    errors,
    warnings: [],
    contractJson: '{}',
    referencedFiles: [],
    ...over,
  };
}

/** The spec the `plugins` input gives for a bare `- <name>` (located on PATH), with `over` applied. */
export function buildPluginSpec(name: string, over: Partial<PluginSpec> = {}): PluginSpec {
  const parsed = parsePluginSpecs(`- ${name}`);
  const spec = parsed.specs[0];
  if (spec === undefined) throw new Error(`not a plugin name: ${name} (${parsed.errors.join('; ')})`);
  return { ...spec, ...over };
}

/** A plugin resolved from PATH (`/usr/bin/pacto-plugin-<name>` unless `over.path`), its spec a bare name's. */
export function buildPlugin(name: string, over: Partial<ResolvedPlugin> = {}): ResolvedPlugin {
  return {
    name,
    version: null,
    source: 'PATH',
    path: `/usr/bin/pacto-plugin-${name}`,
    sha256: 'a'.repeat(64),
    cached: false,
    extraPath: [],
    spec: buildPluginSpec(name),
    ...over,
  };
}

/** Job `index`: `plugin` on `contract`, writing to `outputDir` (relative to the working directory `wd`). */
export function buildJob(wd: string, index: number, contract: ContractResult, plugin: ResolvedPlugin, outputDir: string): Job {
  return { index, contract, plugin, outputDir, absOutputDir: path.join(wd, outputDir) };
}

/**
 * A job as the report sees it: `plugin` ran on `contractFile` and created one README.md in
 * `<bundle>/<plugin>-output`, unless `over` says otherwise.
 */
export function buildJobReport(contractFile: string, pluginName: string, over: Partial<JobReport> = {}): JobReport {
  const outputDir = over.outputDir ?? `${path.posix.dirname(contractFile)}/${pluginName}-output`;
  const files: OutputFile[] = over.files ?? [
    {
      path: `${outputDir}/README.md`,
      plugin: pluginName,
      contract: contractFile,
      status: 'created',
      sha256: 'b'.repeat(64),
      direct: false,
    },
  ];
  return {
    contract: contractFile,
    plugin: pluginName,
    outputDir,
    status: 'ok',
    files,
    message: 'generated',
    durationMs: 12,
    stderrTail: '',
    ...over,
  };
}

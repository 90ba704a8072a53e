/** Hand-built RunState values for the report tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContractResult, Finding } from '../../src/contracts/types.js';
import type { JobReport, OutputFile } from '../../src/generate/types.js';
import { parseInputs, type Config } from '../../src/inputs.js';
import type { ResolvedPlugin } from '../../src/plugins/types.js';
import { emptyState, type RunState } from '../../src/run-state.js';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
}

export function config(workspace: string, inputs: Record<string, string> = {}): Readonly<Config> {
  return parseInputs((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(workspace, '_temp') });
}

export function finding(code: string, p: string, message: string, line: number | null = 3, column: number | null = 5): Finding {
  return { code, path: p, message, line, column };
}

export function contract(wd: string, bundle: string, over: Partial<ContractResult> = {}): ContractResult {
  const file = `${bundle}/pacto.yaml`;
  const errors = over.errors ?? [];
  return {
    file,
    bundle,
    absFile: path.join(wd, file),
    absDir: path.join(wd, bundle),
    profile: '1.0',
    service: path.basename(bundle),
    version: '1.0.0',
    valid: errors.length === 0,
    errors,
    warnings: [],
    contractJson: '{}',
    referencedFiles: [],
    ...over,
  };
}

export function plugin(name: string, p: string): ResolvedPlugin {
  return {
    name,
    version: null,
    source: 'PATH',
    path: p,
    sha256: 'a'.repeat(64),
    cached: false,
    extraPath: [],
    spec: { name, source: { kind: 'locate' }, sha256: null, options: {}, output: null, timeout: null, env: {} },
  };
}

export function job(contractFile: string, pluginName: string, over: Partial<JobReport> = {}): JobReport {
  const files: OutputFile[] = over.files ?? [
    { path: `${path.posix.dirname(contractFile)}/${pluginName}-output/README.md`, plugin: pluginName, contract: contractFile, status: 'created', sha256: 'b'.repeat(64), direct: false },
  ];
  return {
    contract: contractFile,
    plugin: pluginName,
    outputDir: `${path.posix.dirname(contractFile)}/${pluginName}-output`,
    status: 'ok',
    files,
    message: 'generated',
    durationMs: 12,
    stderrTail: '',
    ...over,
  };
}

/** A validated run with one valid and one invalid contract. */
export function validatedState(workspace: string, inputs: Record<string, string> = {}): RunState {
  const state = emptyState();
  state.config = config(workspace, inputs);
  const wd = state.config.workingDirectory;
  state.discovery = { bundles: [], matched: 2 };
  state.contracts = [
    contract(wd, 'services/api'),
    contract(wd, 'services/db', {
      errors: [finding('SCHEMA_VIOLATION', 'interfaces.0.port', 'port must be >= 1', 7, 11)],
      warnings: [finding('UNUSED_INTERFACE', 'interfaces[1]', 'interface is unused', 9, 5)],
    }),
  ];
  return state;
}

/** Hand-built RunState values for the report tests (configs, contracts, plugins and jobs from ../builders.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/contracts/types.js';
import { emptyState, type RunState } from '../../src/run-state.js';
import { buildConfig, buildContract } from '../builders.js';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
}

export function finding(code: string, p: string, message: string, line: number | null = 3, column: number | null = 5): Finding {
  return { code, path: p, message, line, column };
}

/** A validated run with one valid and one invalid contract. */
export function validatedState(workspace: string, inputs: Record<string, string> = {}): RunState {
  const state = emptyState();
  state.config = buildConfig(workspace, inputs);
  const wd = state.config.workingDirectory;
  state.discovery = { bundles: [], matched: 2 };
  state.contracts = [
    buildContract(wd, 'services/api'),
    buildContract(wd, 'services/db', {
      errors: [finding('SCHEMA_VIOLATION', 'interfaces.0.port', 'port must be >= 1', 7, 11)],
      warnings: [finding('UNUSED_INTERFACE', 'interfaces[1]', 'interface is unused', 9, 5)],
    }),
  ];
  return state;
}

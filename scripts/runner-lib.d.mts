/** Types for runner-lib.mjs (plain ESM so the local runner needs no build). */
export const REPO_ROOT: string;
export const SUMMARY_LIMIT: number;
export const REGISTERED_COMMANDS: Set<string>;

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  legacy: boolean;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  title: string | null;
}

export interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string } | null>;
  outputs: Record<string, { description?: string } | null>;
  runs: { using?: string; main?: string };
}

export interface SpawnOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string | undefined>;
  workspace?: string;
  dist?: string;
  actionYml?: string;
  node?: string;
  timeoutMs?: number;
  toolCache?: string;
  event?: { name?: string; payload?: unknown };
  inheritEnv?: Record<string, string | undefined>;
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  /** Called with the action's process as soon as it is spawned (to signal it, as the runner does on cancel). */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

export interface SpawnResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** As the runner concludes: non-zero exit, timeout or a file-command error. */
  failed: boolean;
  stdout: string;
  stderr: string;
  lines: { stream: 'stdout' | 'stderr'; text: string }[];
  log: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  paths: string[];
  summary: string;
  summaryBytes: number;
  summaryError: string | null;
  annotations: Annotation[];
  commands: WorkflowCommand[];
  fileCommandErrors: string[];
  warnings: string[];
  /** The INPUT_ variables the action got, for display: token-like values are `***`. */
  inputEnv: Record<string, string>;
  work: string;
  runnerTemp: string;
  toolCache: string;
  cleanup(): void;
}

export class FileCommandError extends Error {}
export function inputEnvName(name: string): string;
export function isSecretName(name: string): boolean;
export function redactEnv<T extends Record<string, string | undefined | null>>(env: T | undefined): T;
export function readActionYml(file?: string): ActionYml;
export function parseFileCommands(text: string): Record<string, string>;
export function parseCommandLine(line: string): WorkflowCommand | null;
export function parseWorkflowCommands(text: string): {
  commands: WorkflowCommand[];
  annotations: Annotation[];
  masks: string[];
  outputs: Record<string, string>;
};
export function formatAnnotation(a: Pick<Annotation, 'level' | 'message' | 'file' | 'line' | 'column' | 'title'>): string;
export function renderLog(text: string, options?: { debug?: boolean }): string;
export function spawnAction(options?: SpawnOptions): Promise<SpawnResult>;
export function renderSummaryText(markdown: string): string;

/** Types for local-run.mjs. */
export interface LocalRunOptions {
  help?: boolean;
  inputs: Record<string, string>;
  env: Record<string, string>;
  workspace: string;
  dist: string | undefined;
  event: { name: string } | undefined;
  toolCache: string | undefined;
  keepTemp: boolean;
  quiet: boolean;
  json: boolean;
}
export function parseArgs(argv: string[], declaredInputs: string[]): LocalRunOptions | { help: true };
/** Runs the CLI; resolves to the exit code. */
export function main(argv?: string[]): Promise<number>;

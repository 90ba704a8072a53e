import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { ContractResult } from '../contracts/types.js';
import type { GenerationResult } from '../generate/types.js';
import type { CommitResult } from '../run-state.js';

export interface CommitContext {
  config: Readonly<Config>;
  contracts: ContractResult[];
  generation: GenerationResult;
  /** False when the run had an error (invalid contract, plugin failure): nothing is committed. */
  runOk: boolean;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
}

export async function commitAndPush(_ctx: CommitContext): Promise<CommitResult> {
  throw new Error('commitAndPush: not implemented');
}

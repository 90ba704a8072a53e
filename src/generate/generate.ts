import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { ContractResult } from '../contracts/types.js';
import type { ResolvedPlugin } from '../plugins/types.js';
import type { GenerationResult } from './types.js';

export interface GenerateContext {
  config: Readonly<Config>;
  /** All validated contracts in order; invalid ones are reported as skipped. */
  contracts: ContractResult[];
  plugins: ResolvedPlugin[];
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
}

export async function generate(_ctx: GenerateContext): Promise<GenerationResult> {
  throw new Error('generate: not implemented');
}

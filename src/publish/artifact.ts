import type { ActionsIO } from '../adapters.js';
import type { Config } from '../inputs.js';
import type { GenerationResult } from '../generate/types.js';
import type { ArtifactResult } from '../run-state.js';

export interface ArtifactContext {
  config: Readonly<Config>;
  generation: GenerationResult | null;
  /** The JSON report as it will be written, included in the artifact. */
  reportJson: string;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
}

export async function uploadOutputs(_ctx: ArtifactContext): Promise<ArtifactResult> {
  throw new Error('uploadOutputs: not implemented');
}

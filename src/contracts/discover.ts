import type { DiscoveryResult } from '../run-state.js';
import type { Shard } from '../inputs.js';

export interface DiscoverOptions {
  workingDirectory: string;
  patterns: string[];
  shard: Shard | null;
}

/** Throws DiscoveryInputError for a match outside the working directory. */
export async function discoverBundles(_opts: DiscoverOptions): Promise<DiscoveryResult> {
  throw new Error('discoverBundles: not implemented');
}

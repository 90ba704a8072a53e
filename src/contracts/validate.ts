import type { Bundle, ContractResult, ValidationOptions } from './types.js';

/** Validates every bundle (in order) with the profile its pactoVersion or the contract-format input selects. */
export async function validateBundles(_bundles: Bundle[], _opts: ValidationOptions): Promise<ContractResult[]> {
  throw new Error('validateBundles: not implemented');
}

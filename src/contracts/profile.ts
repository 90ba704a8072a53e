/**
 * A validation profile: one contract format's loader rules, schema and cross-field rules.
 * The dispatcher picks one per contract (by pactoVersion, or forced by contract-format).
 */
import type { Bundle, Finding, ProfileId, ValidationOptions } from './types.js';

export interface ProfileInput {
  /** The raw bytes of pacto.yaml. */
  source: Buffer;
  bundle: Bundle;
  opts: ValidationOptions;
}

export interface ProfileVerdict {
  service: string | null;
  version: string | null;
  errors: Finding[];
  warnings: Finding[];
  /**
   * The request's `contract` member, byte for byte as Pacto encodes it; null when it did not
   * load, or when opts.encodeRequests is false (nothing is encoded then).
   */
  contractJson: string | null;
  /**
   * Set when the contract loaded but Go's encoder would refuse it (a NaN/±Inf, or a nested
   * metadata map with a non-string key): contractJson is then null and `pacto generate` fails
   * with this text ("failed to marshal plugin input: …"). Never set when opts.encodeRequests
   * is false.
   */
  requestError?: string;
  /** Absolute paths of files the contract references. */
  referencedFiles: string[];
}

export interface Profile {
  id: ProfileId;
  validate(input: ProfileInput): Promise<ProfileVerdict>;
}

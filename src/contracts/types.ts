/** Cross-stage types for contracts: discovery, validation and the plugin request. */

export type ProfileId = '1.0' | '2.0';
export type ContractFormat = 'auto' | ProfileId;

/** One validation finding; `path` is exactly Pacto's path string. */
export interface Finding {
  code: string;
  path: string;
  message: string;
  /** 1-based, or null when no position is known. */
  line: number | null;
  column: number | null;
}

/** A bundle found by discovery. Relative paths are to the working directory and `/`-separated. */
export interface Bundle {
  /** `<bundle>/pacto.yaml` (or the literal file a pattern named). */
  file: string;
  /** The bundle directory ('.' for the working directory itself). */
  bundle: string;
  absFile: string;
  absDir: string;
  /** Set when discovery already knows the bundle cannot load (not a pacto.yaml, directory without one). */
  loadError?: string;
}

export interface DiscoveryResult {
  /** Bundles of this shard, sorted by relative path (byte order). */
  bundles: Bundle[];
  /** How many bundles matched before sharding. */
  matched: number;
}

export interface ValidationOptions {
  format: ContractFormat;
  unresolvedPolicyRefs: 'error' | 'warn';
  /**
   * Whether to encode each loaded contract as the plugin request's `contract` member (default
   * true). A run that generates nothing (validate mode, no plugins) sets it false: every
   * contractJson is then null and no requestError is set, and such results never reach generation.
   */
  encodeRequests?: boolean;
  /** Where referenced bundle files are looked up (default: the disk). */
  files?: import('./files.js').BundleFileReader;
  /**
   * The workspace: a contract or bundle file that resolves outside it (through a symbolic
   * link) is an error and is never read, so its content cannot reach a message or a plugin.
   * validateBundles resolves it; profiles receive its real path.
   */
  workspace?: string;
}

/** The verdict for one bundle, plus what generation needs from it. */
export interface ContractResult {
  file: string;
  bundle: string;
  absFile: string;
  absDir: string;
  profile: ProfileId;
  service: string | null;
  version: string | null;
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
  /**
   * The `contract` member of the plugin request, already encoded byte for byte as Pacto
   * encodes its model (Go escaping). Null when the contract did not load, or when requests
   * were not encoded (ValidationOptions.encodeRequests false).
   */
  contractJson: string | null;
  /**
   * Why contractJson is null although the contract loaded (see ProfileVerdict.requestError).
   * Never set when requests were not encoded.
   */
  requestError?: string;
  /** Absolute paths of files the contract references (generated files must not overwrite them). */
  referencedFiles: string[];
}

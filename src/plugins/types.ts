/** Cross-stage types for plugins: the parsed spec and the resolved executable. */

export type PluginSource =
  | { kind: 'locate' }
  | { kind: 'path'; path: string }
  | { kind: 'url'; url: string; version: string | null }
  | { kind: 'github'; owner: string; repo: string; tag: string; asset: string | null }
  | { kind: 'npm'; spec: string; scripts: boolean };

export interface PluginSpec {
  name: string;
  source: PluginSource;
  sha256: string | null;
  /** Scalars as their YAML source text, as `pacto generate --option k=v` sends them. */
  options: Record<string, string>;
  /** Output directory template; null means the `output-dir` input. */
  output: string | null;
  /** Seconds; null means the `plugin-timeout` input. */
  timeout: number | null;
  /** `max-output-size`: bytes of stdout accepted; absent means DEFAULT_MAX_OUTPUT_SIZE (64 MiB). */
  maxOutputSize?: number;
  env: Record<string, string>;
  /**
   * `feeds-contract: true`: the plugin's outputs are inputs of the contract (an inferred OpenAPI
   * document, a configuration schema). It runs first, on every contract that parses, writes into
   * its own bundle (default output `{bundle}`), and contracts are validated after it.
   */
  feedsContract?: boolean;
}

export interface ResolvedPlugin {
  name: string;
  /** url version, github tag, npm package version, or null for a plugin found on disk. */
  version: string | null;
  /** Human-readable origin: "PATH", "plugin-dir <dir>", "path", "url <url>", "github owner/repo@tag", "npm <spec>". */
  source: string;
  /** Absolute path of the executable. */
  path: string;
  /** sha256 of the executable. */
  sha256: string;
  cached: boolean;
  /** Directories to append to the plugin's PATH (the running Node's directory for npm bins). */
  extraPath: string[];
  spec: PluginSpec;
}

export interface PluginFailure {
  name: string;
  source: string;
  message: string;
}

export interface ResolveResult {
  plugins: ResolvedPlugin[];
  failures: PluginFailure[];
  /** Warnings such as an unverified download, for the report stage to annotate. */
  warnings: { name: string; message: string }[];
}

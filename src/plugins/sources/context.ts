/** What every plugin source receives and returns. */
import type { ActionsIO } from '../../adapters.js';
import type { Platform } from '../platform.js';
import type { PluginSpec } from '../types.js';

export interface ResolveContext {
  workspace: string;
  workingDirectory: string;
  /** Absolute directories from the plugin-dirs input, searched after PATH. */
  pluginDirs: string[];
  /** Sent only to the GitHub API host (GITHUB_API_URL), never to url downloads. */
  token: string;
  /** Where @actions/tool-cache keeps entries (RUNNER_TOOL_CACHE). */
  toolCache: string;
  /** Scratch space for downloads and extraction (RUNNER_TEMP). */
  runnerTemp: string;
  /** PATH, PATHEXT, HOME, XDG_CONFIG_HOME, GITHUB_API_URL and the npm configuration come from here. */
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
  /** Seconds between download attempts (default 10 to 20, like tool-cache); tests shorten them. */
  downloadRetryWait?: { minSeconds: number; maxSeconds: number };
  /** Overrides process.platform / process.arch (tests of other platforms). */
  platform?: string;
  arch?: string;
}

/** Buffered per plugin, so parallel resolutions still log one group per plugin, in spec order. */
export interface PluginLog {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface SourceContext {
  spec: PluginSpec;
  ctx: ResolveContext;
  platform: Platform;
  /** pacto-plugin-<name>[.exe] */
  exe: string;
  log: PluginLog;
}

export interface Found {
  path: string;
  version: string | null;
  /** Human-readable origin, e.g. "PATH", "github acme/x@v1.0.0". */
  source: string;
  cached: boolean;
  extraPath?: string[];
}

/** A resolution failure whose message is meant for the user as is. */
export class PluginError extends Error {
  override name = 'PluginError';
}

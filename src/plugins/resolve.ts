import type { ActionsIO } from '../adapters.js';
import type { PluginSpec, ResolveResult } from './types.js';

export interface ResolveContext {
  workspace: string;
  workingDirectory: string;
  pluginDirs: string[];
  token: string;
  toolCache: string;
  runnerTemp: string;
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
}

export async function resolvePlugins(_specs: PluginSpec[], _ctx: ResolveContext): Promise<ResolveResult> {
  throw new Error('resolvePlugins: not implemented');
}

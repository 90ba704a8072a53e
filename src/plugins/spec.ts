/** Parses the `plugins` input. (Owned by the plugins work: full validation lands with issue 3.) */
import type { PluginSpec } from './types.js';

export interface SpecParseResult {
  specs: PluginSpec[];
  errors: string[];
}

export function parsePluginSpecs(text: string): SpecParseResult {
  if (text.trim() === '') return { specs: [], errors: [] };
  return { specs: [], errors: ['not implemented yet'] };
}

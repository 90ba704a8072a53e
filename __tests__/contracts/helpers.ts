import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bundle } from '../../src/contracts/types.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conformance');

/** A Bundle for a directory, as discovery would produce it. */
export function bundleFor(absDir: string, rel = path.basename(absDir)): Bundle {
  return { file: `${rel}/pacto.yaml`, bundle: rel, absFile: path.join(absDir, 'pacto.yaml'), absDir };
}

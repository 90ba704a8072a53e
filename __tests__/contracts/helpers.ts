import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bundle } from '../../src/contracts/types.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/conformance');

/** A Bundle for a directory, as discovery would produce it. */
export function bundleFor(absDir: string, rel = path.basename(absDir)): Bundle {
  return { file: `${rel}/pacto.yaml`, bundle: rel, absFile: path.join(absDir, 'pacto.yaml'), absDir };
}

import * as fs from 'node:fs';
import * as os from 'node:os';
import { validateBundles } from '../../src/contracts/validate.js';
import type { ContractFormat, ContractResult } from '../../src/contracts/types.js';

/** Temp bundles for one test file; call cleanup() in afterAll. */
export function tempBundles(): {
  validate: (yaml: string | Buffer, files?: Record<string, string>, format?: ContractFormat) => Promise<ContractResult>;
  cleanup: () => void;
} {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-v1-'));
  let n = 0;
  return {
    async validate(yaml, files = {}, format = '1.0') {
      const dir = path.join(root, `b${n++}`);
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pacto.yaml'), yaml);
      for (const [rel, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), content);
      }
      const [r] = await validateBundles([bundleFor(dir)], { format, unresolvedPolicyRefs: 'error' });
      return r!;
    },
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** `CODE @ path` for each finding. */
export const codes = (fs_: { code: string; path: string }[]): string[] => fs_.map((f) => `${f.code} @ ${f.path}`);

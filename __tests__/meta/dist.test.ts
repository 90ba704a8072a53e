/**
 * The committed dist/ is what users run: it must be exactly a fresh build of src/ with the
 * flags of `npm run build`, new (untracked) chunks included. ncc's output is deterministic,
 * so any difference means someone changed src/ without rebuilding.
 */
import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { builtAction } from '../helpers/e2e-build.js';

const root = process.cwd();

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) =>
      path
        .relative(dir, path.join(d.parentPath ?? d.path, d.name))
        .split(path.sep)
        .join('/'),
    )
    .sort();
}

describe('dist/', () => {
  it('is exactly a fresh build of src/ (run npm run build and commit dist/ if this fails)', async () => {
    const fresh = path.dirname(await builtAction());
    const committed = path.join(root, 'dist');
    expect(files(committed)).toEqual(files(fresh));
    const differing = files(fresh).filter((f) => !fs.readFileSync(path.join(committed, f)).equals(fs.readFileSync(path.join(fresh, f))));
    expect(differing).toEqual([]);
  });

  it('holds the license file and an ESM package marker, as the runner needs', () => {
    expect(fs.readFileSync(path.join(root, 'dist', 'licenses.txt'), 'utf8')).toMatch(/^ajv\nMIT\n/m);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  });
});

/** Validation through an overlay: files laid over the disk count as present, as do their parent directories. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleFileExists, overlayReader } from '../../src/contracts/files.js';
import { bundleFileState, readBundleFile } from '../../src/contracts/v2/bundle-files.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-overlay-'));
  fs.writeFileSync(path.join(dir, 'on-disk.json'), '{}');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('overlayReader', () => {
  it('answers from the laid files first, then the disk, without writing anything', () => {
    const files = overlayReader(new Map([[path.join(dir, 'interfaces', 'openapi.yaml'), Buffer.from('openapi: 3.0.3\n')]]));
    expect(bundleFileExists(dir, 'interfaces/openapi.yaml')).toBe(false);
    expect(bundleFileExists(dir, 'interfaces/openapi.yaml', files)).toBe(true);
    // Format 1.0 accepts a directory; 2.0 calls it FILE_NOT_FOUND.
    expect(bundleFileExists(dir, 'interfaces', files)).toBe(true);
    expect(bundleFileState(dir, 'interfaces', undefined, files)).toEqual({ kind: 'directory' });
    const st = bundleFileState(dir, 'interfaces/openapi.yaml', undefined, files);
    expect(st.kind).toBe('file');
    expect(st.kind === 'file' && readBundleFile(st.abs, files)).toEqual({ ok: true, bytes: Buffer.from('openapi: 3.0.3\n') });
    expect(bundleFileExists(dir, 'on-disk.json', files)).toBe(true);
    expect(bundleFileExists(dir, 'missing.json', files)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['on-disk.json']);
  });
});

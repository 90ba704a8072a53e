/** identityOnlyChange: a rebuilt plugin (other version or sha256) with byte-identical files is not drift. */
import { describe, expect, it } from '@jest/globals';
import { identityOnlyChange, serializeManifest, type ManifestEntry } from '../../src/outputs/manifest.js';

const file = { path: 'config.schema.json', sha256: 'a'.repeat(64) };
function manifest(entries: Partial<ManifestEntry>[]): Buffer {
  const full = entries.map((e) => ({
    contract: 'svc/pacto.yaml',
    plugin: 'schema-infer',
    pluginVersion: null,
    pluginSha256: 'b'.repeat(64),
    files: [file],
    ...e,
  }));
  return Buffer.from(serializeManifest(full)!, 'utf8');
}

describe('identityOnlyChange', () => {
  it('names the entries whose executable changed when nothing else did', () => {
    const before = manifest([{}, { plugin: 'readme', pluginVersion: '1.0.0', pluginSha256: null }]);
    const after = manifest([{ pluginSha256: 'c'.repeat(64) }, { plugin: 'readme', pluginVersion: '1.0.1', pluginSha256: null }]);
    expect(identityOnlyChange(before, after)).toEqual(['readme for svc/pacto.yaml', 'schema-infer for svc/pacto.yaml']);
  });

  it('is null when a file, a path or an entry differs', () => {
    const before = manifest([{}]);
    expect(
      identityOnlyChange(before, manifest([{ pluginSha256: 'c'.repeat(64), files: [{ ...file, sha256: 'd'.repeat(64) }] }])),
    ).toBeNull();
    expect(identityOnlyChange(before, manifest([{ files: [{ ...file, path: 'other.json' }] }]))).toBeNull();
    expect(identityOnlyChange(before, manifest([{}, { plugin: 'readme' }]))).toBeNull();
    expect(identityOnlyChange(before, Buffer.from('not json'))).toBeNull();
  });
});

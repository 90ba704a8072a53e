import { afterAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { selectProfile, sniffPactoVersion, validateBundles } from '../../src/contracts/validate.js';
import type { Bundle } from '../../src/contracts/types.js';
import { bundleFor, FIXTURES } from './helpers.js';

const EXAMPLES = path.resolve(FIXTURES, '../../../examples/services');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-validate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const opts = { format: 'auto', unresolvedPolicyRefs: 'error' } as const;

describe('validateBundles', () => {
  it('encodes no plugin request when encodeRequests is false, and reaches the same verdicts', async () => {
    const write = (name: string, yaml: string): Bundle => {
      fs.mkdirSync(path.join(root, name));
      fs.writeFileSync(path.join(root, name, 'pacto.yaml'), yaml);
      return bundleFor(path.join(root, name));
    };
    const head = 'pactoVersion: "1.0"\nservice:\n  name: svc\n  version: 1.0.0\n';
    const bundles = [
      bundleFor(path.join(EXAMPLES, 'orders-api')),
      bundleFor(path.join(EXAMPLES, 'ledger')),
      bundleFor(path.join(EXAMPLES, 'notifications')),
      write('nan', `${head}metadata:\n  x: .nan\n`),
      write('intkey', `${head}metadata:\n  a:\n    1: x\n`),
    ];
    const encoded = await validateBundles(bundles, opts);
    const plain = await validateBundles(bundles, { ...opts, encodeRequests: false });
    // The encoding run is the control: it did encode, and it did fail to encode the last two.
    expect(encoded.map((r) => r.contractJson !== null)).toEqual([true, true, true, false, false]);
    expect(encoded.map((r) => r.requestError !== undefined)).toEqual([false, false, false, true, true]);
    expect(encoded.map((r) => r.profile)).toEqual(['1.0', '2.0', '2.0', '1.0', '1.0']);
    for (const [i, r] of plain.entries()) {
      expect(r.contractJson).toBeNull();
      expect(r).not.toHaveProperty('requestError');
      const { contractJson: _a, requestError: _b, ...rest } = encoded[i]!;
      const { contractJson: _c, ...same } = r;
      expect(same).toEqual(rest);
    }
  });

  it('turns a discovery load error into one PARSE_ERROR without reading', async () => {
    const b: Bundle = {
      file: 'svc/pacto.yml',
      bundle: 'svc',
      absFile: path.join(root, 'nope', 'pacto.yml'),
      absDir: path.join(root, 'nope'),
      loadError: 'Pacto reads only pacto.yaml',
    };
    const [r] = await validateBundles([b], opts);
    expect(r).toMatchObject({ valid: false, profile: '1.0', service: null, version: null, contractJson: null, warnings: [] });
    expect(r!.errors).toEqual([{ code: 'PARSE_ERROR', path: '', message: 'Pacto reads only pacto.yaml', line: null, column: null }]);
  });

  it('reports a pacto.yaml directory and a vanished file as PARSE_ERROR', async () => {
    fs.mkdirSync(path.join(root, 'dir', 'pacto.yaml'), { recursive: true });
    fs.mkdirSync(path.join(root, 'gone'));
    const [d, g] = await validateBundles([bundleFor(path.join(root, 'dir'), 'dir'), bundleFor(path.join(root, 'gone'), 'gone')], opts);
    expect(d!.errors[0]!.message).toMatch(/is a directory/);
    expect(g!.errors[0]!.message).toMatch(/no pacto.yaml found in gone/);
  });

  it('fills service, version, profile and absolute referenced files, in input order', async () => {
    const full = path.join(FIXTURES, 'contracts', 'valid', 'pkg_contract_valid_full_with_bundle_files');
    const minimal = path.join(FIXTURES, 'contracts', 'valid', 'docs_contract_reference_minimal');
    const [a, b] = await validateBundles([bundleFor(full), bundleFor(minimal)], opts);
    expect([a!.service, a!.version, a!.profile, a!.valid]).toEqual(['payments-api', '2.1.0', '1.0', true]);
    expect(a!.referencedFiles).toEqual(
      ['interfaces/openapi.yaml', 'interfaces/service.proto', 'interfaces/events.yaml', 'configuration/schema.json'].map((p) =>
        path.join(full, p),
      ),
    );
    expect(b!.service).toBe('my-library');
    expect(b!.referencedFiles).toEqual([]);
  });

  it('selects the profile from pactoVersion in auto mode, or as forced', () => {
    expect(sniffPactoVersion('# c\npactoVersion: "2.0"\n')).toBe('2.0');
    expect(sniffPactoVersion("pactoVersion: '1.0' # x\n")).toBe('1.0');
    expect(sniffPactoVersion('{"pactoVersion": "2.0", "service": {}}')).toBe('2.0');
    expect(sniffPactoVersion('service:\n  name: x\n')).toBeNull();
    expect(sniffPactoVersion('# pactoVersion: "2.0"\npactoVersion: "1.0"\n')).toBe('1.0');
    expect(sniffPactoVersion('metadata:\n  pactoVersion: "2.0"\n')).toBeNull();
    expect(sniffPactoVersion('# c\n---\n{ "pactoVersion" : "2.0" }')).toBe('2.0');
    expect(selectProfile('auto', Buffer.from('pactoVersion: 2.0\n'))).toBe('2.0');
    expect(selectProfile('auto', Buffer.from('pactoVersion: "1.0"\n'))).toBe('1.0');
    expect(selectProfile('auto', Buffer.from('pactoVersion: "3.0"\n'))).toBe('1.0');
    expect(selectProfile('2.0', Buffer.from('pactoVersion: "1.0"\n'))).toBe('2.0');
    expect(selectProfile('1.0', Buffer.from('pactoVersion: "2.0"\n'))).toBe('1.0');
  });
});

/** The format 2.0 example services validate cleanly (auto-selected 2.0 profile) and encode for plugins. */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBundles } from '../../../src/contracts/validate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVICES = path.join(here, '..', '..', '..', 'examples', 'services');

describe('format 2.0 example services', () => {
  it.each(['notifications', 'ledger'])('%s validates with zero errors and zero warnings', async (name) => {
    const dir = path.join(SERVICES, name);
    const [r] = await validateBundles(
      [{ file: `services/${name}/pacto.yaml`, bundle: `services/${name}`, absFile: path.join(dir, 'pacto.yaml'), absDir: dir }],
      { format: 'auto', unresolvedPolicyRefs: 'error' },
    );
    expect(r!.profile).toBe('2.0');
    expect(r!.errors).toEqual([]);
    expect(r!.warnings).toEqual([]);
    expect(r!.service).toBe(name);
    const contract = JSON.parse(r!.contractJson!) as { pactoVersion: string; service: { name: string } };
    expect(contract.pactoVersion).toBe('2.0');
    expect(contract.service.name).toBe(name);
    expect(r!.referencedFiles.length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Signs that a contract was written for a newer Pacto release (format 2.0): the 1.0 loader
 * rejects them as unknown keys or wrong kinds, which alone would read as a typo. The finding
 * keeps Pacto's code and adds what happened and how to fix it.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { YamlTree } from '../yaml/tree.js';

const V2_TOP_LEVEL = ['configurations', 'policies', 'capabilities', 'readiness', 'extensions', 'workload', 'state'];

/** Human reasons, empty when nothing points at a newer format. */
export function newerFormatSigns(tree: YamlTree): string[] {
  const root = tree.root;
  if (!root || !isMap(root)) return [];
  const signs: string[] = [];
  const pv = tree.get(root, 'pactoVersion')?.value;
  if (pv && isScalar(pv)) {
    const text = String(pv.source ?? '');
    if (/^[2-9]\d*(\.\d+)?$/.test(text)) signs.push(`pactoVersion ${JSON.stringify(text)}`);
  }
  for (const key of V2_TOP_LEVEL) if (tree.get(root, key)) signs.push(`\`${key}\``);
  const service = tree.get(root, 'service')?.value;
  if (service && isMap(service)) {
    const owner = tree.get(service, 'owner')?.value;
    if (owner && isMap(owner)) signs.push('a structured `service.owner`');
  }
  const deps = tree.get(root, 'dependencies')?.value;
  if (deps && isSeq(deps) && tree.items(deps).some((d) => d && isMap(d) && tree.get(d, 'name'))) {
    signs.push('a dependency `name`');
  }
  const itfs = tree.get(root, 'interfaces')?.value;
  if (itfs && isSeq(itfs) && tree.items(itfs).some((d) => d && isMap(d) && tree.get(d, 'ref'))) {
    signs.push('an interface `ref`');
  }
  return signs;
}

export function newerFormatMessage(signs: string[]): string {
  return (
    `this contract uses a newer Pacto contract format (${signs.join(', ')}), which the 1.0 format does not have. ` +
    'Either write it in format 1.0, or declare pactoVersion: "2.0" and validate it with the 2.0 profile ' +
    '(input contract-format: auto or 2.0).'
  );
}

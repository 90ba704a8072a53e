/** How-to-fix suffixes for schema violations (Pacto's own text says what, not how). */
import type { SchemaLeaf } from '../jsonschema.js';
import { newerFormatMessage } from './newer.js';

export function structuralHint(leaf: SchemaLeaf, newerSigns: string[]): string {
  if (leaf.path === 'pactoVersion') {
    if (newerSigns.length > 0) return `; ${newerFormatMessage(newerSigns)}`;
    if (typeof leaf.data === 'number') return '; quote it: pactoVersion: "1.0"';
    return '; use pactoVersion: "1.0"';
  }
  switch (leaf.keyword) {
    case 'type':
      if (typeof leaf.data === 'number' && /want string/.test(leaf.text)) return ` (${String(leaf.data)}); quote the value to make it a string`;
      if (typeof leaf.data === 'string' && /want boolean/.test(leaf.text)) return ` (${JSON.stringify(leaf.data)}); use true or false`;
      if (leaf.data === null) return '; give it a value or remove the key';
      return '';
    case 'required':
      return '; add the missing field(s)';
    case 'not':
      return leaf.path === 'scaling' || leaf.path.endsWith('scaling')
        ? '; use either replicas alone, or min and max without replicas'
        : '';
    case 'pattern':
      return '; use lowercase letters, digits and inner hyphens';
    case 'additionalProperties':
      return '; remove the key (a null key such as `~:` is ignored by the loader but not by the schema)';
    case 'minLength':
      return '; the value must not be empty';
    default:
      return '';
  }
}

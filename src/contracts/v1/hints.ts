/** How-to-fix suffixes for schema violations (Pacto's own text says what, not how). */
import type { SchemaLeaf } from '../jsonschema.js';
import { newerFormatMessage } from './newer.js';

export function structuralHint(leaf: SchemaLeaf, newerSigns: string[]): string {
  if (leaf.path === 'pactoVersion') {
    if (newerSigns.length > 0) return `; ${newerFormatMessage(newerSigns)}`;
    if (typeof leaf.data === 'number') return '; quote it: pactoVersion: "1.0"';
    if (typeof leaf.data === 'string') return ` (got ${shown(leaf.data)}); use pactoVersion: "1.0"`;
    return '; use pactoVersion: "1.0"';
  }
  switch (leaf.keyword) {
    case 'type':
      if (typeof leaf.data === 'number' && /want string/.test(leaf.text))
        return ` (${String(leaf.data)}); quote the value to make it a string`;
      if (typeof leaf.data === 'string' && /want boolean/.test(leaf.text)) return ` (${JSON.stringify(leaf.data)}); use true or false`;
      if (leaf.data === null) return '; give it a value or remove the key';
      return '';
    case 'required':
      return '; add the missing field(s)';
    case 'enum':
      return ` (got ${shown(leaf.data)}); use one of the listed values`;
    case 'const':
      if (leaf.path === 'runtime.state.persistence.durability') {
        return ` (got ${shown(leaf.data)}); a stateless service keeps no persistent data: use ephemeral, or declare state.type stateful/hybrid`;
      }
      return ` (got ${shown(leaf.data)}); use the value shown`;
    case 'not':
      return leaf.path === 'scaling' || leaf.path.endsWith('scaling') ? '; use either replicas alone, or min and max without replicas' : '';
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

/** The offending value as the user would recognise it: JSON text, long values cut. */
function shown(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Path containment checks shared by the stages (inputs, outputs, generate, publish, report). */
import path from 'node:path';

/** True when `child` is `parent` or inside it (both absolute and normalised). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** True when `child` is inside `parent` and not `parent` itself (both absolute and normalised). */
export function isStrictlyInside(parent: string, child: string): boolean {
  return path.relative(parent, child) !== '' && isInside(parent, child);
}

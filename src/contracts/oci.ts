/**
 * Pacto's own OCI reference parser (format 1.0): `registry/repository[:tag][@digest]`, with
 * no character-set checks. Docker Hub short names (`nginx:1.25`) are rejected.
 */

export interface OciRef {
  registry: string;
  repository: string;
  tag: string;
  digest: string;
}

export type OciResult = { ok: true; ref: OciRef } | { ok: false; error: string };

export function parseOciRef(ref: string): OciResult {
  if (ref === '') return { ok: false, error: 'empty OCI reference' };
  let rest = ref;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  if (slash < 0) return { ok: false, error: `invalid OCI reference: missing repository in ${JSON.stringify(rest)}` };
  const registry = rest.slice(0, slash);
  const repository = rest.slice(slash + 1);
  if (registry === '') return { ok: false, error: 'invalid OCI reference: empty registry' };
  if (repository === '') return { ok: false, error: 'invalid OCI reference: empty repository' };
  return { ok: true, ref: { registry, repository, tag, digest } };
}

/** Dependency ref scheme as Pacto detects it (case-sensitive prefixes). */
export function dependencyScheme(ref: string): { scheme: 'oci' | 'local'; location: string } {
  if (ref.startsWith('oci://')) return { scheme: 'oci', location: ref.slice(6) };
  if (ref.startsWith('file://')) return { scheme: 'local', location: ref.slice(7) };
  return { scheme: 'local', location: ref };
}

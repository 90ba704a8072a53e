/**
 * Pacto v3's stricter OCI reference grammar (configuration, policy and dependency refs, after
 * `oci://` is stripped): digests and tags are checked, unlike the 1.0 parser.
 */

export interface OciRef {
  registry: string;
  repository: string;
  tag: string;
  digest: string;
}

export type OciParse = { ok: true; ref: OciRef } | { ok: false; error: string };

const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export function parseOciV2(location: string): OciParse {
  if (location === '') return { ok: false, error: 'empty OCI reference (write oci://registry/repository[:tag][@digest])' };
  let rest = location;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      return { ok: false, error: `invalid digest ${JSON.stringify(digest)}: want sha256:<64 lowercase hex> or sha512:<128 lowercase hex>` };
    }
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      return {
        ok: false,
        error: `invalid tag ${JSON.stringify(tag)}: a tag is 1-128 characters of letters, digits, '_', '.', '-' and must not start with '.' or '-'`,
      };
    }
  }
  const slash = rest.indexOf('/');
  if (slash < 0) {
    return {
      ok: false,
      error: `invalid OCI reference: missing repository in ${JSON.stringify(rest)} (write registry/repository, e.g. ghcr.io/acme/${rest || 'name'})`,
    };
  }
  const registry = rest.slice(0, slash);
  const repository = rest.slice(slash + 1);
  if (registry === '') return { ok: false, error: 'invalid OCI reference: empty registry' };
  if (repository === '') return { ok: false, error: 'invalid OCI reference: empty repository' };
  return { ok: true, ref: { registry, repository, tag, digest } };
}

/** Scheme detection as Pacto's: only a case-sensitive `oci://` prefix makes a ref an OCI ref. */
export function ociLocation(ref: string): string | null {
  return ref.startsWith('oci://') ? ref.slice('oci://'.length) : null;
}

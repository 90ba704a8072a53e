/**
 * Version and range parsing with the grammar of Masterminds/semver v3.4.0 (coercing mode),
 * which Pacto uses for `service.version` and `dependencies[].compatibility`.
 */

export interface SemVersion {
  major: bigint;
  minor: bigint;
  patch: bigint;
  prerelease: string;
  metadata: string;
  original: string;
}

export type SemverResult<T> = { ok: true; value: T } | { ok: false; error: string };

const IDS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
const VERSION_RE = new RegExp(`^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?(?:-(${IDS}))?(?:\\+(${IDS}))?$`);
const UINT64_MAX = (1n << 64n) - 1n;

/** Masterminds' NewVersion: `1`, `1.2`, `v1.2.3`, `01.02.03`, `1.0.0-rc.1+b.5` are valid. */
export function parseVersion(s: string): SemverResult<SemVersion> {
  const m = VERSION_RE.exec(s);
  if (!m) return { ok: false, error: 'invalid semantic version' };
  const segs: bigint[] = [];
  for (const raw of [m[1], m[2], m[3]]) {
    const digits = raw === undefined ? '0' : raw.replace(/^\./, '');
    const v = BigInt(digits);
    if (v > UINT64_MAX) {
      return {
        ok: false,
        error: `error parsing version segment: strconv.ParseUint: parsing ${JSON.stringify(digits)}: value out of range`,
      };
    }
    segs.push(v);
  }
  const prerelease = m[4] ?? '';
  if (prerelease) {
    for (const id of prerelease.split('.')) {
      if (/^[0-9]+$/.test(id) && id.length > 1 && id[0] === '0') return { ok: false, error: 'version segment starts with 0' };
    }
  }
  return { ok: true, value: { major: segs[0]!, minor: segs[1]!, patch: segs[2]!, prerelease, metadata: m[5] ?? '', original: s } };
}

/** One constraint of a range: operator (as written, '' for plain) and its version. */
export interface SemConstraint {
  op: string;
  version: SemVersion;
  /** The version text as written (wildcards kept). */
  orig: string;
  /** Which parts were wildcards or missing. */
  dirty: boolean;
}

const CV = `v?([0-9|xX*]+)(\\.[0-9|xX*]+)?(\\.[0-9|xX*]+)?(-${IDS})?(\\+${IDS})?`;
const CV_NOGROUP = `v?[0-9|xX*]+(?:\\.[0-9|xX*]+)?(?:\\.[0-9|xX*]+)?(?:-${IDS})?(?:\\+${IDS})?`;
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const OPS_ORDERED = '(?:!=|>=|=>|<=|=<|~>|=|>|<|~|\\^)?';
const CONSTRAINT_RE = new RegExp(`^\\s*(${OPS_ORDERED})\\s*(${CV})\\s*$`);
const FIND_RE = new RegExp(`(${OPS_ORDERED})\\s*(${CV_NOGROUP})`, 'g');
const VALID_RE = new RegExp(`^(\\s*(?:${OPS})\\s*(?:${CV_NOGROUP})\\s*)((?:\\s+|,\\s*)(\\s*(?:${OPS})\\s*(?:${CV_NOGROUP})\\s*))*$`);
const HYPHEN_RE = new RegExp(`\\s*(${CV_NOGROUP})\\s+-\\s+(${CV_NOGROUP})\\s*`, 'g');

const isX = (s: string): boolean => s === 'x' || s === 'X' || s === '*';

/** Masterminds' NewConstraint: alternatives (`||`) of constraint sets. */
export function parseRange(range: string): SemverResult<SemConstraint[][]> {
  const rewritten = range.replace(HYPHEN_RE, (_m, a: string, b: string) => `>= ${a}, <= ${b}`);
  const out: SemConstraint[][] = [];
  for (const alt of rewritten.split('||')) {
    if (!VALID_RE.test(alt)) return { ok: false, error: `improper constraint: ${alt}` };
    const parts = [...alt.matchAll(FIND_RE)].map((m) => m[0]);
    const set: SemConstraint[] = [];
    for (const p of parts.length ? parts : [alt]) {
      const c = parseConstraint(p);
      if (!c.ok) return c;
      set.push(c.value);
    }
    out.push(set);
  }
  return { ok: true, value: out };
}

function parseConstraint(c: string): SemverResult<SemConstraint> {
  const m = CONSTRAINT_RE.exec(c);
  if (!m) return { ok: false, error: `improper constraint: ${c}` };
  const [, op = '', orig = '', major = '', minorDot = '', patchDot = '', pre = ''] = m;
  const minor = minorDot.replace(/^\./, '');
  const patch = patchDot.replace(/^\./, '');
  let ver = orig;
  let dirty = false;
  if (isX(major) || major === '') {
    ver = `0.0.0${pre}`;
    dirty = true;
  } else if (isX(minor) || minorDot === '') {
    ver = `${major}.0.0${pre}`;
    dirty = true;
  } else if (isX(patch) || patchDot === '') {
    ver = `${major}${minorDot}.0${pre}`;
    dirty = true;
  }
  const v = parseVersion(ver);
  if (!v.ok) return { ok: false, error: 'constraint parser error' };
  return { ok: true, value: { op, version: v.value, orig, dirty } };
}

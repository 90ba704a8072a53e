/**
 * Masterminds/semver v3.4.0 checks (coercing versions, constraint ranges) used by the 2.0 rules.
 * [temporary copy of the shared rule until src/contracts/semver.ts lands]
 */
const VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const UINT64_MAX = 2n ** 64n - 1n;

/** null when valid, else Masterminds' error text. */
export function versionError(v: string): string | null {
  const m = VERSION.exec(v);
  if (!m) return 'invalid semantic version';
  for (const seg of [m[1], m[2]?.slice(1), m[3]?.slice(1)]) {
    if (seg !== undefined && BigInt(seg) > UINT64_MAX) {
      return `error parsing version segment: strconv.ParseUint: parsing ${JSON.stringify(seg)}: value out of range`;
    }
  }
  if (m[5]) {
    for (const id of m[5].split('.')) if (/^[0-9]+$/.test(id) && id.length > 1 && id.startsWith('0')) return 'version segment starts with 0';
  }
  return null;
}

const OP = '(?:=|!=|>|<|>=|=>|<=|=<|~|~>|\\^)';
const CV = 'v?[0-9xX*|]+(?:\\.[0-9xX*|]+)?(?:\\.[0-9xX*|]+)?(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';
const C = `${OP}?\\s*${CV}`;
const ALT = new RegExp(`^\\s*${C}(?:(?:\\s+|,\\s*)${C})*\\s*$`);
const ONE = new RegExp(`${OP}?\\s*(${CV})`, 'g');

/** null when the range parses, else Masterminds' error text. */
export function rangeError(range: string): string | null {
  const rewritten = range.replace(/\s+-\s+/g, (m) => (m.length > 0 ? ' - ' : m)).replace(/(\S+) - (\S+)/g, '>= $1, <= $2');
  for (const alt of rewritten.split('||')) {
    if (!ALT.test(alt)) return `improper constraint: ${alt}`;
    for (const m of alt.matchAll(ONE)) {
      const cv = m[1]!.replace(/[xX*]/g, '0');
      if (/\|/.test(cv) || versionError(cv) !== null) return 'constraint parser error';
    }
  }
  return null;
}

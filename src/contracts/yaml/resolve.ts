/**
 * yaml.v3 (v3.0.1) scalar resolution, re-expressed: what a plain, quoted or tagged scalar
 * becomes when Pacto's Go code decodes it. The `yaml` package resolves YAML 1.2 core types,
 * which differ (leading-zero octals, `_` separators, timestamps, `08` as a float, ...), so
 * resolution is done here from the scalar's source text, style and explicit tag.
 */
import type { Scalar } from 'yaml';

export type Resolved =
  | { tag: '!!null' }
  | { tag: '!!bool'; value: boolean }
  /** int64 or uint64, exact. */
  | { tag: '!!int'; value: bigint }
  | { tag: '!!float'; value: number }
  /** `value` is Go's JSON form of the time.Time (RFC 3339 with nanoseconds trimmed). */
  | { tag: '!!timestamp'; value: string }
  | { tag: '!!str'; value: string }
  /** Base64-decoded bytes. */
  | { tag: '!!binary'; value: Uint8Array }
  | { tag: '!!merge' }
  /** A tag yaml.v3 does not resolve (`!`, `!custom`, `!!null` explicitly given...): kept as text. */
  | { tag: 'other'; name: string; value: string }
  /** yaml.v3 refuses the scalar outright (e.g. `!!int abc`). */
  | { tag: 'error'; message: string };

const CORE = 'tag:yaml.org,2002:';

/** `tag:yaml.org,2002:int` => `!!int`; other tags unchanged. */
export function shortTag(tag: string): string {
  return tag.startsWith(CORE) ? '!!' + tag.slice(CORE.length) : tag;
}

const MAP: Record<string, Resolved> = Object.create(null);
for (const s of ['true', 'True', 'TRUE']) MAP[s] = { tag: '!!bool', value: true };
for (const s of ['false', 'False', 'FALSE']) MAP[s] = { tag: '!!bool', value: false };
for (const s of ['', '~', 'null', 'Null', 'NULL']) MAP[s] = { tag: '!!null' };
for (const s of ['.nan', '.NaN', '.NAN']) MAP[s] = { tag: '!!float', value: NaN };
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) MAP[s] = { tag: '!!float', value: Infinity };
for (const s of ['-.inf', '-.Inf', '-.INF']) MAP[s] = { tag: '!!float', value: -Infinity };
MAP['<<'] = { tag: '!!merge' };

/** The first character's hint, as yaml.v3's resolve table: S(ign), D(igit), M(ap), '.'. */
function hintOf(s: string): string {
  if (s === '') return 'N';
  const c = s[0]!;
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** Go's strconv.ParseUint(s, 0, 64) (no underscores: yaml.v3 strips them first). */
export function goParseUint(s: string): bigint | null {
  if (s === '') return null;
  let base = 10;
  let digits = s;
  if (s[0] === '0') {
    const p = s.length >= 3 ? s[1]!.toLowerCase() : '';
    if (p === 'b') [base, digits] = [2, s.slice(2)];
    else if (p === 'o') [base, digits] = [8, s.slice(2)];
    else if (p === 'x') [base, digits] = [16, s.slice(2)];
    else [base, digits] = [8, s.slice(1)];
  }
  const re = base === 2 ? /^[01]*$/ : base === 8 ? /^[0-7]*$/ : base === 16 ? /^[0-9a-fA-F]*$/ : /^[0-9]*$/;
  if (!re.test(digits)) return null;
  if (digits === '') return base === 8 ? 0n : null;
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
  const v = BigInt(prefix + digits);
  return v > UINT64_MAX ? null : v;
}

/** Go's strconv.ParseInt(s, 0, 64). */
export function goParseInt(s: string): bigint | null {
  let neg = false;
  let rest = s;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    rest = s.slice(1);
  }
  const u = goParseUint(rest);
  if (u === null) return null;
  const v = neg ? -u : u;
  return v < INT64_MIN || v > INT64_MAX ? null : v;
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?(Z|[+-]\d\d:\d\d))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d+))?))?$/;

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * yaml.v3's timestamp forms (Go layouts `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`,
 * `2006-1-2 15:4:5.999999999`, `2006-1-2`), returned as Go's time.Time JSON text.
 */
export function parseGoTimestamp(s: string): string | null {
  const m = TIMESTAMP.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const hh = m[4] ?? m[9];
  if (hh === undefined) return `${date}T00:00:00Z`;
  const mm = m[5] ?? m[10];
  const ss = m[6] ?? m[11];
  const frac = m[7] ?? m[12];
  const zone = m[8];
  const [h, mi, se] = [Number(hh), Number(mm), Number(ss)];
  if (h > 23 || mi > 59 || se > 59) return null;
  let fraction = frac ? frac.slice(0, 9).replace(/0+$/, '') : '';
  if (fraction) fraction = '.' + fraction;
  let z = 'Z';
  if (zone && zone !== 'Z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(4, 6));
    if (zh > 24 || zm > 60) return null;
    z = zh === 0 && zm === 0 ? 'Z' : zone;
  }
  return `${date}T${pad(h)}:${pad(mi)}:${pad(se)}${fraction}${z}`;
}

/** yaml.v3's resolve(tag, in) for an unquoted scalar or an explicit core tag. */
export function resolvePlain(tag: string, text: string): Resolved {
  if (tag === '!!str') return { tag: '!!str', value: text };
  const hint = hintOf(text);
  let out: Resolved = { tag: '!!str', value: text };
  if (hint !== '') {
    const hit = MAP[text];
    if (hit) out = hit;
    else if (hint === '.') {
      if (DOT_FLOAT.test(text)) out = { tag: '!!float', value: Number(text) };
    } else if (hint === 'D' || hint === 'S') {
      out = resolveNumberish(tag, text) ?? out;
    }
  }
  if (tag === '' || tag === out.tag) return out;
  if (tag === '!!float' && out.tag === '!!int') return { tag: '!!float', value: Number(out.value) };
  return { tag: 'error', message: `cannot decode ${out.tag} \`${text}\` as a ${tag}` };
}

function resolveNumberish(tag: string, text: string): Resolved | null {
  if (tag === '' || tag === '!!timestamp') {
    const t = parseGoTimestamp(text);
    if (t !== null) return { tag: '!!timestamp', value: t };
  }
  const plain = text.includes('_') ? text.replace(/_/g, '') : text;
  const i = goParseInt(plain) ?? (plain[0] === '+' || plain[0] === '-' ? null : goParseUint(plain));
  if (i !== null) return { tag: '!!int', value: i };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return { tag: '!!float', value: f };
  }
  return null;
}

function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/[\s]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

const CACHE = Symbol('pacto.resolved');

/** What yaml.v3 makes of this scalar node (aliases must be resolved by the caller); memoised per node. */
export function resolveScalar(node: Scalar): Resolved {
  const holder = node as Scalar & { [CACHE]?: Resolved };
  const hit = holder[CACHE];
  if (hit) return hit;
  const r = resolveUncached(node);
  holder[CACHE] = r;
  return r;
}

function resolveUncached(node: Scalar): Resolved {
  const text = typeof node.source === 'string' ? node.source : String(node.value ?? '');
  const explicit = node.tag ? shortTag(node.tag) : '';
  const quoted = node.type !== undefined && node.type !== 'PLAIN';
  if (explicit === '') return quoted ? { tag: '!!str', value: text } : resolvePlain('', text);
  if (explicit === '!!binary') {
    const bytes = decodeBase64(text);
    return bytes ? { tag: '!!binary', value: bytes } : { tag: 'error', message: `!!binary value contains invalid base64 data` };
  }
  if (['!!str', '!!bool', '!!int', '!!float', '!!timestamp', '!!null'].includes(explicit)) return resolvePlain(explicit, text);
  return { tag: 'other', name: explicit, value: text };
}

/**
 * A git-style patch (what `git diff --binary` would print) that `git apply` uses to bring the
 * working tree to what `generate` would write: text hunks with a Myers line diff, git binary
 * patches for files with NUL bytes, and delete + create for a symlink replaced by a file.
 * Contents are handled as latin1 strings so every byte survives, whatever the encoding.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';

export type Side = { kind: 'absent' } | { kind: 'file'; content: Buffer; executable: boolean } | { kind: 'symlink'; target: string };

const CONTEXT = 3;
/** Above this many edits the diff is one hunk replacing the whole file (still correct). */
const MAX_EDITS = 2000;

/** Splits into lines that keep their `\n`; only the last may lack it. */
function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n').map((l) => `${l}\n`);
  if (text.endsWith('\n')) out.pop();
  else out[out.length - 1] = out[out.length - 1].slice(0, -1);
  return out;
}

type Op = { op: ' ' | '-' | '+'; line: string; a: number; b: number };

/** Myers' O(ND) diff on lines, or null when there are more than `max` edits. */
function myers(a: string[], b: string[], max: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const at = (k: number): number => prev[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ op: ' ', line: a[x], a: x, b: y });
    }
    if (down) {
      y--;
      ops.push({ op: '+', line: b[y], a: x, b: y });
    } else {
      x--;
      ops.push({ op: '-', line: a[x], a: x, b: y });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ op: ' ', line: a[x], a: x, b: y });
  }
  return ops.reverse();
}

function replaceAll(a: string[], b: string[]): Op[] {
  return [
    ...a.map((line, i) => ({ op: '-' as const, line, a: i, b: 0 })),
    ...b.map((line, i) => ({ op: '+' as const, line, a: a.length, b: i })),
  ];
}

function emit(op: string, line: string): string {
  return line.endsWith('\n') ? `${op}${line}` : `${op}${line}\n\\ No newline at end of file\n`;
}

function range(start: number, len: number): string {
  if (len === 0) return `${start},0`;
  return len === 1 ? `${start + 1}` : `${start + 1},${len}`;
}

/** Unified-diff hunks (latin1 text) between two contents. */
export function hunks(oldText: string, newText: string): string {
  const a = lines(oldText);
  const b = lines(newText);
  const ops = myers(a, b, Math.min(MAX_EDITS, a.length + b.length)) ?? replaceAll(a, b);
  let out = '';
  let i = 0;
  while (i < ops.length) {
    if (ops[i].op === ' ') {
      i++;
      continue;
    }
    // A hunk: this run of changes plus any next run within 2*CONTEXT unchanged lines.
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end].op !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].op === ' ') next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
      else break;
    }
    const slice = ops.slice(Math.max(0, i - CONTEXT), Math.min(ops.length, end + CONTEXT));
    const aLen = slice.filter((o) => o.op !== '+').length;
    const bLen = slice.filter((o) => o.op !== '-').length;
    out += `@@ -${range(slice[0].a, aLen)} +${range(slice[0].b, bLen)} @@\n`;
    for (const o of slice) out += emit(o.op, o.line);
    i = Math.min(ops.length, end + CONTEXT);
  }
  return out;
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

function base85Line(chunk: Buffer): string {
  const len = chunk.length;
  let out = len <= 26 ? String.fromCharCode(64 + len) : String.fromCharCode(96 + len - 26);
  for (let i = 0; i < len; i += 4) {
    let acc = 0;
    for (let j = 0; j < 4; j++) acc = acc * 256 + (i + j < len ? chunk[i + j] : 0);
    let s = '';
    for (let j = 0; j < 5; j++) {
      s = B85[acc % 85] + s;
      acc = Math.floor(acc / 85);
    }
    out += s;
  }
  return out;
}

function binaryLiteral(data: Buffer): string {
  const z = zlib.deflateSync(data);
  let out = `literal ${data.length}\n`;
  for (let i = 0; i < z.length; i += 52) out += `${base85Line(z.subarray(i, i + 52))}\n`;
  return `${out}\n`;
}

export function gitBlobId(data: Buffer): string {
  return crypto.createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

const ZERO_ID = '0'.repeat(40);

/** Quotes a path as git does (core.quotePath): C-style with octal bytes when needed. */
export function quotePath(p: string): string {
  const bytes = Buffer.from(p, 'utf8');
  if (!bytes.some((c) => c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f)) return p;
  const names: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x22: '"', 0x5c: '\\' };
  let out = '"';
  for (const c of bytes) {
    if (names[c]) out += `\\${names[c]}`;
    else if (c < 0x20 || c >= 0x7f) out += `\\${c.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(c);
  }
  return `${out}"`;
}

function isBinary(data: Buffer): boolean {
  return data.subarray(0, 8000).includes(0);
}

function name(prefix: 'a/' | 'b/', p: string): string {
  return quotePath(prefix + p);
}

function header(p: string): string {
  return `diff --git ${name('a/', p)} ${name('b/', p)}\n`;
}

function modeOf(s: Side): string {
  if (s.kind === 'symlink') return '120000';
  return s.kind === 'file' && s.executable ? '100755' : '100644';
}

function bytesOf(s: Side): Buffer {
  if (s.kind === 'file') return s.content;
  if (s.kind === 'symlink') return Buffer.from(s.target, 'utf8');
  return Buffer.alloc(0);
}

function body(oldData: Buffer, newData: Buffer, oldName: string, newName: string): string {
  if (isBinary(oldData) || isBinary(newData)) {
    return `GIT binary patch\n${binaryLiteral(newData)}${binaryLiteral(oldData)}`;
  }
  const h = hunks(oldData.toString('latin1'), newData.toString('latin1'));
  return h === '' ? '' : `--- ${oldName}\n+++ ${newName}\n${h}`;
}

function index(oldData: Buffer | null, newData: Buffer | null, mode: string | null): string {
  const o = oldData ? gitBlobId(oldData) : ZERO_ID;
  const n = newData ? gitBlobId(newData) : ZERO_ID;
  return `index ${o}..${n}${mode ? ` ${mode}` : ''}\n`;
}

/**
 * The patch section (latin1 text) that turns `from` into `to` at `p` (relative to the root the
 * patch is applied in). Empty when both are the same.
 */
export function filePatch(p: string, from: Side, to: Side): string {
  if (from.kind === 'symlink' && to.kind !== 'absent') {
    return filePatch(p, from, { kind: 'absent' }) + filePatch(p, { kind: 'absent' }, to);
  }
  if (from.kind === 'absent' && to.kind === 'absent') return '';
  if (from.kind === 'absent') {
    const data = bytesOf(to);
    return `${header(p)}new file mode ${modeOf(to)}\n${index(null, data, null)}${body(Buffer.alloc(0), data, '/dev/null', name('b/', p))}`;
  }
  if (to.kind === 'absent') {
    const data = bytesOf(from);
    return `${header(p)}deleted file mode ${modeOf(from)}\n${index(data, null, null)}${body(data, Buffer.alloc(0), name('a/', p), '/dev/null')}`;
  }
  const a = bytesOf(from);
  const b = bytesOf(to);
  if (a.equals(b)) return '';
  return `${header(p)}${index(a, b, modeOf(from))}${body(a, b, name('a/', p), name('b/', p))}`;
}

/** A file's section cut to fit a summary; the full text is in the patch file. */
export function truncateDiff(section: string, maxLines = 200, maxChars = 16000): string {
  const text = Buffer.from(section, 'latin1').toString('utf8');
  const all = text.split('\n');
  let kept = all.slice(0, maxLines).join('\n');
  if (kept.length > maxChars) kept = kept.slice(0, maxChars);
  if (kept.length < text.length) {
    const omitted = text.slice(kept.length).split('\n').length - 1;
    return `${kept}\n... (diff truncated: ${Math.max(1, omitted)} more line(s); see pacto-drift.patch)\n`;
  }
  return text;
}

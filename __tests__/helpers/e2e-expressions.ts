/**
 * Enough of GitHub's expression language to replay a workflow: literals, context paths
 * (`steps.pacto.outputs.artifact-url`, `matrix.shard`, `github['head_ref']`), `!`, `==`, `!=`,
 * `<`, `<=`, `>`, `>=`, `&&`, `||`, parentheses, and the status and string functions. Every
 * context lookup goes through a resolver that throws on anything it does not know, so a README
 * example that uses a new expression fails loudly instead of being replayed with a guess.
 */

export type Value = string | number | boolean | null;

export class ExpressionError extends Error {}

export interface ExpressionContext {
  /** The value of a context path such as ['github', 'head_ref']; throws ExpressionError when unknown. */
  lookup(path: string[]): Value;
  /** Job status for success(), failure(), always(), cancelled(). */
  jobFailed: boolean;
}

type Token =
  { kind: 'str'; value: string } | { kind: 'num'; value: number } | { kind: 'ident'; value: string } | { kind: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new ExpressionError(`unterminated string in ${text}`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ kind: 'str', value });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const m = /^-?(0x[0-9a-fA-F]+|[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?)/.exec(text.slice(i));
      if (!m) throw new ExpressionError(`bad number in ${text}`);
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'ident', value: m[0] });
      i += m[0].length;
    } else {
      const two = text.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if ('!<>().,[]*'.includes(c)) {
        tokens.push({ kind: 'op', value: c });
        i++;
      } else {
        throw new ExpressionError(`unexpected "${c}" in ${text}`);
      }
    }
  }
  return tokens;
}

const STATUS = new Set(['success', 'failure', 'always', 'cancelled']);

/** Loose equality as GitHub defines it: strings case-insensitively, mixed types through numbers. */
function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  if (a === null || b === null) return a === b;
  return toNumber(a) === toNumber(b);
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return v.trim() === '' ? 0 : Number(v);
}

export function truthy(v: Value): boolean {
  return !(v === false || v === null || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

export function toText(v: Value): string {
  if (v === null) return '';
  return String(v);
}

/** Evaluates one expression (without the `${{ }}`). */
export function evaluate(text: string, ctx: ExpressionContext): Value {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.kind === 'op' && peek()?.value === v;
  const expectOp = (v: string) => {
    if (!isOp(v)) throw new ExpressionError(`expected "${v}" in ${text}`);
    pos++;
  };

  const or = (): Value => {
    let left = and();
    while (isOp('||')) {
      pos++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = compare();
    while (isOp('&&')) {
      pos++;
      const right = compare();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const compare = (): Value => {
    const left = unary();
    const t = peek();
    if (t?.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.value)) {
      pos++;
      const right = unary();
      switch (t.value) {
        case '==':
          return equal(left, right);
        case '!=':
          return !equal(left, right);
        case '<':
          return toNumber(left) < toNumber(right);
        case '<=':
          return toNumber(left) <= toNumber(right);
        case '>':
          return toNumber(left) > toNumber(right);
        default:
          return toNumber(left) >= toNumber(right);
      }
    }
    return left;
  };
  const unary = (): Value => {
    if (isOp('!')) {
      pos++;
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const t = tokens[pos++];
    if (!t) throw new ExpressionError(`unexpected end of ${text}`);
    if (t.kind === 'str' || t.kind === 'num') return t.value;
    if (t.kind === 'op' && t.value === '(') {
      const v = or();
      expectOp(')');
      return v;
    }
    if (t.kind !== 'ident') throw new ExpressionError(`unexpected "${t.value}" in ${text}`);
    if (t.value === 'true') return true;
    if (t.value === 'false') return false;
    if (t.value === 'null') return null;
    if (isOp('(')) {
      pos++;
      const args: Value[] = [];
      while (!isOp(')')) {
        args.push(or());
        if (isOp(',')) pos++;
        else if (!isOp(')')) throw new ExpressionError(`expected "," or ")" in ${text}`);
      }
      pos++;
      return call(t.value, args);
    }
    const segments = [t.value];
    for (;;) {
      if (isOp('.')) {
        pos++;
        const n = tokens[pos++];
        if (n?.kind !== 'ident' && !(n?.kind === 'op' && n.value === '*')) throw new ExpressionError(`bad property access in ${text}`);
        segments.push(String(n.value));
      } else if (isOp('[')) {
        pos++;
        const key = or();
        expectOp(']');
        segments.push(toText(key));
      } else {
        break;
      }
    }
    return ctx.lookup(segments);
  };
  const call = (name: string, args: Value[]): Value => {
    const fn = name.toLowerCase();
    if (STATUS.has(fn)) {
      if (args.length > 0) throw new ExpressionError(`${name}() takes no arguments`);
      if (fn === 'success') return !ctx.jobFailed;
      if (fn === 'failure') return ctx.jobFailed;
      if (fn === 'always') return true;
      return false;
    }
    const [a, b] = args.map((v) => toText(v).toLowerCase());
    if (fn === 'contains') return a.includes(b);
    if (fn === 'startswith') return a.startsWith(b);
    if (fn === 'endswith') return a.endsWith(b);
    if (fn === 'format') {
      const [fmt, ...rest] = args.map(toText);
      return fmt.replace(/\{(\d+)\}/g, (_, n: string) => rest[Number(n)] ?? '');
    }
    throw new ExpressionError(`function ${name}() is not replayable; teach __tests__/helpers/e2e-expressions.ts about it`);
  };

  const value = or();
  if (pos !== tokens.length) throw new ExpressionError(`unexpected "${String(tokens[pos].value)}" in ${text}`);
  return value;
}

/** Replaces every `${{ expr }}` in a string with its value. */
export function substitute(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => toText(evaluate(expr.trim(), ctx)));
}

/** An `if:` condition: with or without `${{ }}`; absent means success(). */
export function condition(text: string | undefined | null, ctx: ExpressionContext): boolean {
  if (text === undefined || text === null || String(text).trim() === '') return !ctx.jobFailed;
  const raw = String(text).trim();
  const m = /^\$\{\{([\s\S]*)\}\}$/.exec(raw);
  const expr = m ? m[1].trim() : raw;
  // GitHub adds success() to a condition that calls no status function.
  const hasStatus = /\b(success|failure|always|cancelled)\s*\(/i.test(expr);
  const v = truthy(evaluate(expr, ctx));
  return hasStatus ? v : v && !ctx.jobFailed;
}

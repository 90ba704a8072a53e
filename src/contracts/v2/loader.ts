/**
 * Pacto v3's strict typed load of pacto.yaml (format 2.0): yaml.v3 decoding into the closed Go
 * model. Any failure is one PARSE_ERROR (path ""), positioned at the first offending node.
 */
import { isMap, type Node } from 'yaml';
import type { GoAny } from '../gojson.js';
import { parseFirstDocument } from '../yaml/parse.js';
import { YamlTree } from '../yaml/tree.js';
import { MERGE_WITH_COMPLEX_KEY, TypedDecoder } from '../yaml/typed.js';
import { CONTRACT } from './model.js';
import type { ContractModel } from './model.js';
import { quotedValue } from '../quote.js';

export interface LoadProblem {
  message: string;
  line: number | null;
  column: number | null;
}

export type LoadResult = { ok: true; model: ContractModel; tree: YamlTree } | { ok: false; problem: LoadProblem; tree: YamlTree | null };

interface Issue {
  message: string;
  pos: { line: number; column: number } | null;
}

/** Loads the first document strictly. Messages say what was wrong and how to fix it. */
export function loadContract(source: Buffer | string): LoadResult {
  const parsed = parseFirstDocument(source);
  if (parsed.error) {
    const e = parsed.error;
    return fail(null, `failed to parse YAML: ${e.message}`, e.line, e.column);
  }
  if (!parsed.doc) {
    return fail(
      null,
      'failed to parse YAML: EOF (pacto.yaml is empty; it needs at least pactoVersion: "2.0" and service.name/service.version)',
      1,
      1,
    );
  }
  const tree = new YamlTree(parsed);
  const decoder = new TypedDecoder(tree);
  const root = tree.root;
  const model = decoder.decode(root, CONTRACT) as unknown as ContractModel;
  if (decoder.fatal) {
    // yaml.v3 stops at once (failf or a Go panic): that one error is all Pacto reports.
    const f = decoder.fatal;
    const p = tree.pos(f.node);
    const message = f.message === MERGE_WITH_COMPLEX_KEY ? f.message : `yaml: ${f.message}`;
    return fail(tree, `failed to parse YAML: ${message}`, p?.line ?? null, p?.column ?? null);
  }
  const issues: Issue[] = tree.problems.map((p) => ({ message: p.message, pos: { line: p.line, column: p.column } }));
  for (const i of decoder.issues) issues.push({ message: i.message + issueHint(i.typeName, i.unknownField), pos: tree.pos(i.node) });
  checkPartialCredit(tree, root, model, issues);
  const versionNode = findKey(tree, root, 'pactoVersion');
  if (model.pactoVersion && model.pactoVersion !== '2.0') {
    const p = tree.pos(versionNode);
    return fail(tree, unsupportedVersionMessage(model.pactoVersion), p?.line ?? null, p?.column ?? null);
  }
  if (issues.length > 0) {
    issues.sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
    const first = issues[0]!;
    const lines = issues.map((e) => `  line ${e.pos?.line ?? '?'}: ${e.message}`);
    return fail(
      tree,
      `failed to parse YAML: yaml: unmarshal errors:\n${lines.join('\n')}`,
      first.pos?.line ?? null,
      first.pos?.column ?? null,
    );
  }
  const serviceNode = findKey(tree, root, 'service');
  const checks: [string, string, Node | null][] = [
    ['pactoVersion', model.pactoVersion, root],
    ['service.name', model.service.name, serviceNode ?? root],
    ['service.version', model.service.version, serviceNode ?? root],
  ];
  for (const [field, value, node] of checks) {
    if (value === '') {
      const p = tree.pos(node) ?? { line: 1, column: 1 };
      const hint = field === 'pactoVersion' ? ' (add pactoVersion: "2.0")' : ` (set ${field} to a non-empty string)`;
      return fail(tree, `parse error at ${field}: ${field} is required${hint}`, p.line, p.column);
    }
  }
  return { ok: true, model, tree };
}

function unsupportedVersionMessage(v: string): string {
  const hint =
    v === '1.0'
      ? ' — this is a format 1.0 contract: set the contract-format input to auto or 1.0 to validate it with the 1.0 profile, or migrate it to format 2.0'
      : ' — set pactoVersion: "2.0" (quoted)';
  return `unsupported pactoVersion ${JSON.stringify(v)}; only "2.0" is supported${hint}`;
}

function fail(tree: YamlTree | null, message: string, line: number | null, column: number | null): LoadResult {
  return { ok: false, problem: { message, line, column }, tree };
}

function findKey(tree: YamlTree, node: Node | null, key: string): Node | null {
  if (!node || !isMap(node)) return null;
  return tree.get(node, key)?.keyNode ?? null;
}

/**
 * `readiness.partialCredit` is a Go *float64: yaml.v3 accepts an int or float scalar and
 * rejects anything else. It is decoded as interface{} (the shared decoder has no float kind)
 * and narrowed here.
 */
function checkPartialCredit(tree: YamlTree, root: Node | null, model: ContractModel, issues: Issue[]): void {
  const r = model.readiness as unknown as { partialCredit: GoAny } | undefined;
  if (!r || r.partialCredit === null || r.partialCredit === undefined) return;
  const v = r.partialCredit;
  if (typeof v === 'bigint' || typeof v === 'number') {
    r.partialCredit = Number(v);
    return;
  }
  const readinessNode = root && isMap(root) ? (tree.get(root, 'readiness')?.value ?? null) : null;
  const node = readinessNode && isMap(readinessNode) ? (tree.get(readinessNode, 'partialCredit')?.value ?? null) : null;
  const shown =
    typeof v === 'string'
      ? `!!str \`${quotedValue(v)}\``
      : v instanceof Map || Array.isArray(v)
        ? Array.isArray(v)
          ? '!!seq'
          : '!!map'
        : `!!${typeof v}`;
  issues.push({ message: `cannot unmarshal ${shown} into float64 (use an unquoted number between 0 and 1)`, pos: tree.pos(node) });
  r.partialCredit = null;
}

/** Format 1.0 keys that 2.0 removed or moved, and other fixes, named in the loader message. */
function issueHint(typeName: string | undefined, unknownField: string | undefined): string {
  if (unknownField !== undefined) {
    const hints: Record<string, string> = {
      'contract.Contract.runtime': ' (format 2.0 has top-level workload and state; health and metrics are capabilities)',
      'contract.Contract.scaling': ' (format 2.0 has no scaling section)',
      'contract.Contract.configuration': ' (format 2.0 uses a configurations list)',
      'contract.Service.image': ' (format 2.0 has no service.image)',
      'contract.Interface.port': ' (format 2.0 interfaces have no port; remove it)',
      'contract.Interface.contract': ' (format 2.0 interfaces use ref)',
    };
    return hints[`${typeName}.${unknownField}`] ?? ' (remove it or check its spelling; format 2.0 objects are closed)';
  }
  switch (typeName) {
    case 'contract.OwnerInfo':
      return ' (format 2.0 owner is an object, e.g. owner: {team: my-team})';
    case 'bool':
      return ' (use true or false, unquoted)';
    case 'int':
      return ' (use an unquoted whole number)';
    case 'string':
      return ' (use a plain value, not a list or mapping)';
    default:
      return typeName?.startsWith('[]') ? ' (use a YAML list: "- item")' : typeName ? ' (use a mapping)' : '';
  }
}

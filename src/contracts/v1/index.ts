/**
 * Contract format 1.0 exactly as Pacto validates it: strict typed load (PARSE_ERROR), the
 * generic JSON round trip (YAML_PARSE_ERROR), layer 1 JSON Schema, layer 2 cross-field
 * rules, layer 3 semantic, with Pacto's short-circuits.
 */
import * as path from 'node:path';
import { isMap } from 'yaml';
import type { Profile, ProfileInput, ProfileVerdict } from '../profile.js';
import type { Finding } from '../types.js';
import { GoJsonError } from '../gojson.js';
import { bundlePath, isValidFsPath } from '../files.js';
import { toGenericJson } from '../yaml/generic.js';
import { parseFirstDocument, type ParsedYaml, type SourcePos, type YamlProblem } from '../yaml/parse.js';
import { locatePath } from '../yaml/paths.js';
import { YamlTree } from '../yaml/tree.js';
import { MERGE_WITH_COMPLEX_KEY, TypedDecoder, goEncode, type DecodeIssue, type GoType } from '../yaml/typed.js';
import { CONTRACT_TYPE, normaliseV1, type V1Contract } from './model.js';
import { newerFormatMessage, newerFormatSigns } from './newer.js';
import { crossFieldV1, semanticV1 } from './rules.js';
import { structuralLeavesV1 } from './structural.js';
import { structuralHint } from './hints.js';

function finding(code: string, p: string, message: string, pos: SourcePos | null): Finding {
  return { code, path: p, message, line: pos?.line ?? null, column: pos?.column ?? null };
}

function verdict(errors: Finding[], warnings: Finding[] = [], extra: Partial<ProfileVerdict> = {}): ProfileVerdict {
  return { service: null, version: null, errors, warnings, contractJson: null, referencedFiles: [], ...extra };
}

/** The file as Pacto names it in loader messages. */
function fileLabel(input: ProfileInput): string {
  return input.bundle.file;
}

/** The field names of each struct type of the model, by Go type name. */
function fieldsByType(t: GoType, out = new Map<string, string[]>()): Map<string, string[]> {
  if (t.kind === 'struct') {
    out.set(
      t.name,
      t.fields.map((f) => f.name),
    );
    for (const f of t.fields) fieldsByType(f.type, out);
  } else if (t.kind === 'slice') fieldsByType(t.elem, out);
  return out;
}
let knownFields: Map<string, string[]> | null = null;

/** "did you mean" for an unknown key: a known field differing in case, or a service field at the top. */
function suggestion(i: DecodeIssue): string | null {
  knownFields ??= fieldsByType(CONTRACT_TYPE);
  const name = i.unknownField!;
  const fields = knownFields.get(i.typeName ?? '') ?? [];
  const sameCase = fields.find((f) => f.toLowerCase() === name.toLowerCase());
  if (sameCase) return `\`${name}\` should be \`${sameCase}\``;
  if (i.typeName === 'contract.Contract' && ['name', 'version', 'owner', 'image'].includes(name))
    return `\`${name}\` belongs under \`service\``;
  return null;
}

/** How to fix a failed strict load, from the kinds of issue found. */
function decodeHint(issues: DecodeIssue[], duplicates: boolean): string {
  const unknown = issues.filter((i) => i.unknownField !== undefined);
  if (unknown.length > 0) {
    const hints = unknown.map(suggestion).filter((h): h is string => h !== null);
    return (
      (hints.length ? `Did you mean: ${hints.join('; ')}? ` : '') +
      'Keys are case-sensitive and closed: remove or rename the unknown field(s) (free-form data belongs under `metadata`).'
    );
  }
  if (duplicates) return 'Remove the duplicate key.';
  if (issues.some((i) => i.complexKey))
    return 'Mapping keys must be plain scalars: yaml.v3 cannot use a list or mapping (`? [a, b]`, `{k: v}:`) as a key.';
  return 'Write each value with the type the field expects: quoted text is a string, ports and counts are bare integers, booleans are true/false, lists use "- item".';
}

export async function validateV1(input: ProfileInput): Promise<ProfileVerdict> {
  const label = fileLabel(input);
  const parsed = parseFirstDocument(input.source);
  const syntax = syntaxError(parsed, label);
  if (syntax) return verdict([syntax]);
  const tree = new YamlTree(parsed);
  const anchor = unknownAnchorError(tree, label);
  if (anchor) return verdict([anchor]);

  // (a) strict typed load
  const decoder = new TypedDecoder(tree);
  const model = decoder.decode(parsed.doc!.contents as never, CONTRACT_TYPE) as V1Contract;
  const signs = newerFormatSigns(tree);
  const load = strictLoadError(tree, decoder, label, signs) ?? requiredFieldError(tree, model, label, signs);
  if (load) return verdict([load]);
  normaliseV1(model);
  const loaded = loadedFields(model, input);

  // (b) generic document + JSON round trip
  const generic = toGenericJson(tree);
  if (generic.problem) return jsonRoundTripVerdict(generic.problem, loaded, input);

  // Layer 1
  const leaves = structuralLeavesV1(generic.value);
  if (leaves.length > 0) {
    const errors = leaves.map((l) =>
      finding('SCHEMA_VIOLATION', l.path, `at '${l.pointer}': ${l.text}${structuralHint(l, signs)}`, locatePath(tree, l.path)),
    );
    return verdict(errors, [], loaded);
  }
  return rulesVerdict(model, tree, input, loaded);
}

/** The text is not YAML, or holds no document. */
function syntaxError(parsed: ParsedYaml, label: string): Finding | null {
  if (parsed.error) {
    return finding(
      'PARSE_ERROR',
      '',
      `failed to parse ${label}: parse error: failed to parse YAML: ${parsed.error.message} (line ${parsed.error.line}, column ${parsed.error.column}); fix the YAML syntax`,
      parsed.error,
    );
  }
  if (!parsed.doc) {
    return finding(
      'PARSE_ERROR',
      '',
      `failed to parse ${label}: parse error: failed to parse YAML: EOF; the file has no YAML document: write a contract with pactoVersion and service`,
      { line: 1, column: 1 },
    );
  }
  return null;
}

function unknownAnchorError(tree: YamlTree, label: string): Finding | null {
  const p = tree.problems.find((x) => x.message.startsWith('unknown anchor'));
  if (!p) return null;
  return finding(
    'PARSE_ERROR',
    '',
    `failed to parse ${label}: parse error: failed to parse YAML: ${p.message}; define the anchor (&name) before using it`,
    p,
  );
}

/** What yaml.v3's strict decode into Pacto's structs reports, if anything. */
function strictLoadError(tree: YamlTree, decoder: TypedDecoder, label: string, signs: string[]): Finding | null {
  if (decoder.fatal) {
    // yaml.v3 stops at once (failf or a Go panic): that one error is all Pacto reports.
    const f = decoder.fatal;
    const message = f.message === MERGE_WITH_COMPLEX_KEY ? f.message : `yaml: ${f.message}`;
    return finding('PARSE_ERROR', '', `failed to parse ${label}: parse error: failed to parse YAML: ${message}`, tree.pos(f.node));
  }
  // Duplicate keys (tree.problems, anchors are handled above) and decode issues, in document order.
  const issues = [
    ...tree.problems.map((p) => ({ message: p.message, offset: p.offset, pos: p as SourcePos | null })),
    ...decoder.issues.map((i) => ({ message: i.message, offset: i.node?.range?.[0] ?? 0, pos: tree.pos(i.node) })),
  ].sort((a, b) => a.offset - b.offset);
  if (issues.length === 0) return null;
  const lines = issues.map((i) => `line ${i.pos?.line ?? '?'}: ${i.message}`);
  let message = `failed to parse ${label}: parse error: failed to parse YAML: yaml: unmarshal errors:\n  ${lines.join('\n  ')}`;
  message += `\n${signs.length > 0 ? newerFormatMessage(signs) : decodeHint(decoder.issues, tree.problems.length > 0)}`;
  return finding('PARSE_ERROR', '', message, issues[0]!.pos);
}

/** The first of the fields Pacto's loader requires that is empty. */
function requiredFieldError(tree: YamlTree, model: V1Contract, label: string, signs: string[]): Finding | null {
  const root = tree.root;
  for (const [field, missing] of [
    ['pactoVersion', model.pactoVersion === ''],
    ['service.name', model.service.name === ''],
    ['service.version', model.service.version === ''],
  ] as const) {
    if (!missing) continue;
    const pos = root && isMap(root) ? locatePath(tree, field) : { line: 1, column: 1 };
    const noService = field !== 'pactoVersion' && !(root && isMap(root) && tree.get(root, 'service'));
    const fix = noService ? 'add a `service:` mapping with name and version' : `add a non-empty ${field}`;
    let message = `failed to parse ${label}: parse error at ${field}: ${field} is required; ${fix}`;
    if (field === 'pactoVersion') message += ' (pactoVersion: "1.0")';
    if (signs.length > 0) message += `\n${newerFormatMessage(signs)}`;
    return finding('PARSE_ERROR', '', message, pos);
  }
  return null;
}

/** What a loaded contract contributes to its verdict, whatever the later layers find. */
function loadedFields(model: V1Contract, input: ProfileInput): Partial<ProfileVerdict> {
  return {
    service: model.service.name,
    version: model.service.version,
    ...(input.opts.encodeRequests !== false ? encodeContract(model) : {}),
    referencedFiles: referencedFiles(model, input.bundle.absDir),
  };
}

/** The document holds a value JSON cannot (.inf, .nan): Pacto's JSON round trip fails. */
function jsonRoundTripVerdict(p: YamlProblem, loaded: Partial<ProfileVerdict>, input: ProfileInput): ProfileVerdict {
  return verdict(
    [
      finding(
        'YAML_PARSE_ERROR',
        '',
        `${p.message} (line ${p.line}): JSON cannot hold .inf or .nan; quote the value to keep it as text, or use a finite number`,
        p,
      ),
    ],
    [],
    {
      ...loaded,
      contractJson: null,
      ...(input.opts.encodeRequests !== false ? { requestError: `failed to marshal plugin input: ${p.message}` } : {}),
    },
  );
}

/** Layer 2, and layer 3 only when layer 2 found no error. */
function rulesVerdict(model: V1Contract, tree: YamlTree, input: ProfileInput, loaded: Partial<ProfileVerdict>): ProfileVerdict {
  const cross = crossFieldV1(model, input.bundle.absDir, input.opts.files);
  const hasError = cross.some((f) => f.severity === 'error');
  const all = hasError ? cross : [...cross, ...semanticV1(model)];
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const f of all) {
    const fd = finding(f.code, f.path, f.message, locatePath(tree, f.path));
    (f.severity === 'error' ? errors : warnings).push(fd);
  }
  return verdict(errors, warnings, loaded);
}

function encodeContract(model: V1Contract): Pick<ProfileVerdict, 'contractJson' | 'requestError'> {
  try {
    return { contractJson: goEncode(CONTRACT_TYPE, model) };
  } catch (e) {
    if (e instanceof GoJsonError) return { contractJson: null, requestError: `failed to marshal plugin input: ${e.message}` };
    throw e;
  }
}

function referencedFiles(model: V1Contract, absDir: string): string[] {
  const refs: string[] = [];
  for (const itf of model.interfaces ?? []) if (itf.contract) refs.push(itf.contract);
  if (model.configuration?.schema) refs.push(model.configuration.schema);
  return [...new Set(refs.filter(isValidFsPath).map((r) => bundlePath(path.resolve(absDir), r)))];
}

export const profileV1: Profile = { id: '1.0', validate: validateV1 };

/**
 * Format 2.0 cross-field rules (docs/pacto-v2-format.md §3), in Pacto v3's order, with its
 * bracketed paths. All rules run; the caller stops before the policy layer on any error.
 */
import type { ErrorObject } from 'ajv';
import { diskReader, type BundleFileReader } from '../files.js';
import { bundleFileState, compileBundleSchema, interfaceSpecError, readBundleFile, type CompiledSchema } from './bundle-files.js';
import { goAnyToJson } from './encode.js';
import { toLeaves } from './leaves.js';
import type { ContractModel, Readiness } from './model.js';
import { ociLocation, parseOciV2 } from './oci.js';
import { parseRange, parseVersion } from '../semver.js';

export interface RawFinding {
  code: string;
  path: string;
  message: string;
}

export interface CrossFieldResult {
  errors: RawFinding[];
  warnings: RawFinding[];
  /** Inline policies whose schema compiled, in declaration order (for the policy layer). */
  policies: { name: string; index: number; file: string; schema: CompiledSchema }[];
  /** Absolute paths of the bundle files the contract references and that exist. */
  referencedFiles: string[];
}

const q = JSON.stringify;

/** One run of the rules: the bundle they read and what they found so far. */
class RuleRun {
  readonly errors: RawFinding[] = [];
  readonly warnings: RawFinding[] = [];
  readonly policies: CrossFieldResult['policies'] = [];
  readonly referencedFiles: string[] = [];
  /** The configuration schemas that compiled, by configuration index (for the values rule). */
  readonly configSchemas = new Map<number, CompiledSchema>();
  constructor(
    readonly absDir: string,
    readonly root: string | undefined,
    readonly files: BundleFileReader,
  ) {}
  error(code: string, path: string, message: string): void {
    this.errors.push({ code, path, message });
  }
}

/**
 * One function per rule, in Pacto v3's order. `root`: the workspace's real path; a bundle
 * file resolving outside it is never read.
 */
export function crossFieldChecks(c: ContractModel, absDir: string, root?: string, files: BundleFileReader = diskReader): CrossFieldResult {
  const run = new RuleRun(absDir, root, files);
  checkServiceVersion(c, run);
  checkInterfaceNamesUnique(c, run);
  checkConfigurationNamesUnique(c, run);
  checkPolicyNamesUnique(c, run);
  checkDependencyNamesUnique(c, run);
  checkCapabilityRefs(c, run);
  checkCapabilitiesUnique(c, run);
  checkCapabilityBindings(c, run);
  checkInterfaceFiles(c, run);
  checkConfigurations(c, run);
  checkPolicies(c, run);
  checkDependencies(c, run);
  checkConfigurationValues(c, run);
  if (c.readiness) {
    checkReadinessExpires(c.readiness, run);
    checkReadinessHistory(c.readiness, run);
    checkReadinessClaimIdsUnique(c.readiness, run);
    checkReadinessClaimTexts(c.readiness, run);
  }
  const { errors, warnings, policies, referencedFiles } = run;
  return { errors, warnings, policies, referencedFiles };
}

function checkServiceVersion(c: ContractModel, run: RuleRun): void {
  const v = parseVersion(c.service.version);
  if (!v.ok)
    run.error(
      'INVALID_SEMVER',
      'service.version',
      `${q(c.service.version)} is not valid semver: ${v.error} (use MAJOR.MINOR.PATCH, e.g. 1.2.3)`,
    );
}

function checkInterfaceNamesUnique(c: ContractModel, run: RuleRun): void {
  checkNamesUnique(c.interfaces, 'interfaces', 'DUPLICATE_INTERFACE_NAME', 'interface', run);
}

function checkConfigurationNamesUnique(c: ContractModel, run: RuleRun): void {
  checkNamesUnique(c.configurations, 'configurations', 'DUPLICATE_CONFIGURATION_NAME', 'configuration', run);
}

function checkPolicyNamesUnique(c: ContractModel, run: RuleRun): void {
  checkNamesUnique(c.policies, 'policies', 'DUPLICATE_POLICY_NAME', 'policy', run);
}

function checkDependencyNamesUnique(c: ContractModel, run: RuleRun): void {
  checkNamesUnique(c.dependencies, 'dependencies', 'DUPLICATE_DEPENDENCY_NAME', 'dependency', run);
}

/** The message cites the most recent earlier declaration of the name. */
function checkNamesUnique(list: { name: string }[] | null, listName: string, code: string, what: string, run: RuleRun): void {
  const last = new Map<string, number>();
  (list ?? []).forEach((item, i) => {
    const prev = last.get(item.name);
    if (prev !== undefined)
      run.error(
        code,
        `${listName}[${i}].name`,
        `${what} name ${q(item.name)} is already declared at ${listName}[${prev}]; names must be unique`,
      );
    last.set(item.name, i);
  });
}

function checkCapabilityRefs(c: ContractModel, run: RuleRun): void {
  (c.capabilities ?? []).forEach((cap, i) => {
    if (cap.type !== 'extension' || cap.ref === '') return;
    const slash = cap.ref.indexOf('/');
    if (slash < 0 || !cap.ref.slice(0, slash).includes('.')) {
      run.error(
        'CAPABILITY_REF_INVALID',
        `capabilities[${i}].ref`,
        `extension capability ref ${q(cap.ref)} must be namespaced by a domain, e.g. acme.io/${cap.ref.replace(/^.*\//, '') || 'name'}`,
      );
    }
  });
}

/** The message cites the first declaration of the capability. */
function checkCapabilitiesUnique(c: ContractModel, run: RuleRun): void {
  const firstCap = new Map<string, number>();
  (c.capabilities ?? []).forEach((cap, i) => {
    const key = cap.type === 'extension' ? `ext:${cap.ref}` : cap.type;
    const prev = firstCap.get(key);
    if (prev !== undefined) {
      const what = cap.type === 'extension' ? `extension capability ${q(cap.ref)}` : `capability ${q(cap.type)}`;
      run.error(
        'DUPLICATE_CAPABILITY',
        duplicateCapabilityPath(i),
        `${what} is already declared at capabilities[${prev}]; declare each capability once`,
      );
    } else firstCap.set(key, i);
  });
}

function checkCapabilityBindings(c: ContractModel, run: RuleRun): void {
  const ifaceNames = new Set((c.interfaces ?? []).map((x) => x.name));
  (c.capabilities ?? []).forEach((cap, i) => {
    const b = cap.binding;
    if (!b) return;
    if (!ifaceNames.has(b.interface)) {
      const declared = [...ifaceNames].map((n) => q(n)).join(', ') || 'none';
      run.error(
        'CAPABILITY_INTERFACE_UNKNOWN',
        capabilityBindingPath(i, 'interface'),
        `binding interface ${q(b.interface)} does not match any declared interface (declared: ${declared})`,
      );
    }
    if (b.path !== '') {
      const why = unsafeUrlPath(b.path);
      if (why)
        run.error('CAPABILITY_PATH_INVALID', capabilityBindingPath(i, 'path'), `binding path ${q(b.path)} is not a safe URL path: ${why}`);
    }
  });
}

function checkInterfaceFiles(c: ContractModel, run: RuleRun): void {
  for (const [i, itf] of (c.interfaces ?? []).entries()) {
    if (itf.ref === '') continue;
    const st = bundleFileState(run.absDir, itf.ref, run.root, run.files);
    if (st.kind !== 'file') {
      run.error('FILE_NOT_FOUND', `interfaces[${i}].ref`, notFoundMessage('interface file', itf.ref, st.kind));
      continue;
    }
    run.referencedFiles.push(st.abs);
    const read = readBundleFile(st.abs, run.files);
    const why = read.ok ? interfaceSpecError(itf.ref, read.bytes) : read.message;
    if (why) run.error('INVALID_INTERFACE_SPEC', `interfaces[${i}].ref`, `interface file ${q(itf.ref)} is ${why}`);
  }
}

/** Each configuration's schema file, then its OCI reference. */
function checkConfigurations(c: ContractModel, run: RuleRun): void {
  for (const [i, cfg] of (c.configurations ?? []).entries()) {
    if (cfg.schema !== '') {
      const r = loadSchemaFile(
        run.root,
        run.absDir,
        cfg.schema,
        `configurations[${i}].schema`,
        'configuration schema',
        'INVALID_CONFIG_JSON',
        'INVALID_CONFIG_SCHEMA',
        run.files,
      );
      if (r.finding) run.errors.push(r.finding);
      if (r.abs) run.referencedFiles.push(r.abs);
      if (r.schema) run.configSchemas.set(i, r.schema);
    }
    if (cfg.ref !== '') ociCheck(cfg.ref, `configurations[${i}].ref`, 'INVALID_CONFIG_REF', run.errors);
  }
}

/** Each policy's schema file, then its OCI reference. */
function checkPolicies(c: ContractModel, run: RuleRun): void {
  for (const [i, pol] of (c.policies ?? []).entries()) {
    if (pol.schema !== '') {
      const r = loadSchemaFile(
        run.root,
        run.absDir,
        pol.schema,
        `policies[${i}].schema`,
        'policy schema',
        'INVALID_POLICY_JSON',
        'INVALID_POLICY_SCHEMA',
        run.files,
      );
      if (r.finding) run.errors.push(r.finding);
      if (r.abs) run.referencedFiles.push(r.abs);
      if (r.schema) run.policies.push({ name: pol.name, index: i, file: pol.schema, schema: r.schema });
    }
    if (pol.ref !== '') ociCheck(pol.ref, `policies[${i}].ref`, 'INVALID_POLICY_REF', run.errors);
  }
}

/** A dependency whose OCI reference does not parse has its compatibility left unchecked. */
function checkDependencies(c: ContractModel, run: RuleRun): void {
  for (const [i, dep] of (c.dependencies ?? []).entries()) {
    const loc = ociLocation(dep.ref);
    if (loc !== null) {
      const parsed = parseOciV2(loc);
      if (!parsed.ok) {
        run.error('INVALID_OCI_REF', `dependencies[${i}].ref`, `invalid OCI reference ${q(dep.ref)}: ${parsed.error}`);
        continue;
      }
      if (parsed.ref.digest === '' && parsed.ref.tag !== '') {
        run.warnings.push({
          code: 'TAG_NOT_DIGEST',
          path: `dependencies[${i}].ref`,
          message: `dependency ${q(dep.ref)} uses a tag instead of a digest; digest pinning is recommended (append @sha256:<digest>)`,
        });
      }
    }
    if (dep.compatibility !== '') {
      const range = parseRange(dep.compatibility);
      if (!range.ok) {
        run.error(
          'INVALID_COMPATIBILITY',
          `dependencies[${i}].compatibility`,
          `invalid compatibility range ${q(dep.compatibility)}: invalid semver range ${q(dep.compatibility)}: ${range.error} (use a range such as ^1.2.0 or >=1.0.0 <2.0.0)`,
        );
      }
    }
  }
}

/** Values against their configuration's bundled schema: one error per configuration. */
function checkConfigurationValues(c: ContractModel, run: RuleRun): void {
  for (const [i, cfg] of (c.configurations ?? []).entries()) {
    const schema = run.configSchemas.get(i);
    if (!schema || !cfg.values || cfg.values.size === 0) continue;
    const data = goAnyToJson(cfg.values);
    let problems: ErrorObject[] | null;
    try {
      problems = schema.validate(data);
    } catch {
      run.error(
        'INVALID_CONFIG_SCHEMA',
        `configurations[${i}].schema`,
        `configuration schema ${q(cfg.schema)} recurses without end ($ref cycle); it cannot validate values`,
      );
      continue;
    }
    if (problems) {
      const leaves = toLeaves(problems).map((l) => l.message);
      run.error(
        'CONFIG_VALUES_VALIDATION_FAILED',
        `configurations[${i}].values`,
        `configuration ${q(cfg.name)} values do not match ${cfg.schema}: ${leaves.join('; ')}`,
      );
    }
  }
}

function checkReadinessExpires(r: Readiness, run: RuleRun): void {
  if (!isRoundTripDate(r.expires)) {
    run.error(
      'INVALID_READINESS_EXPIRES',
      'readiness.expires',
      `readiness.expires ${q(r.expires)} is not a valid date; write it as YYYY-MM-DD (e.g. 2026-12-31)`,
    );
  }
}

function checkReadinessHistory(r: Readiness, run: RuleRun): void {
  (r.history ?? []).forEach((h, i) => {
    const base = `readiness.history[${i}]`;
    if (!isRoundTripDate(h.date))
      run.error('INVALID_READINESS_REVISION', `${base}.date`, `revision date ${q(h.date)} is not a valid date; write it as YYYY-MM-DD`);
    for (const field of ['version', 'author', 'description'] as const) {
      if (goTrimSpace(h[field]) === '')
        run.error('INVALID_READINESS_REVISION', `${base}.${field}`, `revision ${field} ${q(h[field])} is blank; give it a value`);
    }
  });
}

/** The message cites the most recent earlier declaration of the id. */
function checkReadinessClaimIdsUnique(r: Readiness, run: RuleRun): void {
  const lastId = new Map<string, number>();
  (r.claims ?? []).forEach((cl, i) => {
    const prev = lastId.get(cl.id);
    if (prev !== undefined)
      run.error(
        'DUPLICATE_READINESS_ID',
        `readiness.claims[${i}].id`,
        `readiness claim id ${q(cl.id)} is already declared at readiness.claims[${prev}]; ids must be unique`,
      );
    lastId.set(cl.id, i);
  });
}

/** A claim's evidence and description are never whitespace only. */
function checkReadinessClaimTexts(r: Readiness, run: RuleRun): void {
  (r.claims ?? []).forEach((cl, i) => {
    if (goTrimSpace(cl.evidence) === '')
      run.error(
        'EMPTY_READINESS_EVIDENCE',
        `readiness.claims[${i}].evidence`,
        `readiness claim ${q(cl.id)} evidence ${q(cl.evidence)} is blank; point it at a URL, document or ticket`,
      );
    if (cl.description !== '' && goTrimSpace(cl.description) === '') {
      run.error(
        'EMPTY_READINESS_DESCRIPTION',
        `readiness.claims[${i}].description`,
        `readiness claim ${q(cl.id)} description is blank; describe the claim or remove the key`,
      );
    }
  });
}

/** [M] A duplicate extension capability (same ref) is reported at the item's `type`, like a duplicate health/metrics. */
function duplicateCapabilityPath(i: number): string {
  return `capabilities[${i}].type`;
}

/** [M] Capability binding findings sit at the binding member (`capabilities[i].binding.interface` / `.path`). */
function capabilityBindingPath(i: number, member: 'interface' | 'path'): string {
  return `capabilities[${i}].binding.${member}`;
}

function notFoundMessage(what: string, rel: string, kind: 'missing' | 'directory' | 'outside'): string {
  if (kind === 'outside')
    return `${what} ${q(rel)} resolves outside the workspace through a symbolic link; it was not read (bundle files must be inside the workspace)`;
  if (kind === 'directory') return `${what} ${q(rel)} not found in bundle: it is a directory; name a file`;
  const hint =
    rel.startsWith('./') || rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '.' || s === '')
      ? ' (write the path relative to the bundle root, without ./, .. or a leading /)'
      : ' (check the path; it is relative to the directory holding pacto.yaml)';
  return `${what} ${q(rel)} not found in bundle${hint}`;
}

function loadSchemaFile(
  root: string | undefined,
  absDir: string,
  rel: string,
  path: string,
  what: string,
  jsonCode: string,
  schemaCode: string,
  files: BundleFileReader,
): { finding?: RawFinding; abs?: string; schema?: CompiledSchema } {
  const st = bundleFileState(absDir, rel, root, files);
  if (st.kind !== 'file') return { finding: { code: 'FILE_NOT_FOUND', path, message: notFoundMessage(`${what} file`, rel, st.kind) } };
  const read = readBundleFile(st.abs, files);
  if (!read.ok) return { abs: st.abs, finding: { code: jsonCode, path, message: `${what} ${q(rel)}: ${read.message}` } };
  const compiled = compileBundleSchema(read.bytes);
  if (compiled.ok) return { abs: st.abs, schema: compiled.schema };
  const code = compiled.kind === 'json' ? jsonCode : schemaCode;
  const text = compiled.kind === 'json' ? `is ${compiled.message}` : `is not a valid JSON Schema: ${compiled.message}`;
  return { abs: st.abs, finding: { code, path, message: `${what} ${q(rel)} ${text}` } };
}

function ociCheck(ref: string, path: string, code: string, errors: RawFinding[]): void {
  const loc = ociLocation(ref);
  if (loc === null) return;
  const parsed = parseOciV2(loc);
  if (!parsed.ok) errors.push({ code, path, message: `invalid OCI reference ${q(ref)}: ${parsed.error}` });
}

/** Go's strings.TrimSpace (Unicode White_Space). */
export function goTrimSpace(s: string): string {
  return s.replace(GO_SPACE_EDGES, '');
}
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const GO_SPACE_EDGES = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');

/** time.Parse("2006-01-02", s) succeeds and formats back to s. */
export function isRoundTripDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return d <= days;
}

/** [M] Why a binding path that passed the schema pattern is unsafe as a URL path, or null. */
export function unsafeUrlPath(p: string): string | null {
  if ([...p].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return 'it contains control characters';
  if (p.includes('#')) return 'it has a fragment (#); remove it';
  const pathPart = p.split('?')[0]!;
  if (/%(?![0-9A-Fa-f]{2})/.test(pathPart)) return 'it is not a valid URL path (a % must start a %XX escape)';
  const decoded = pathPart.replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (decoded.startsWith('//'))
    return `it decodes to ${q(decoded)}, which a client would read as another host; use a path such as /healthz`;
  return null;
}

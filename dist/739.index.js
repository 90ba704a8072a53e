export const id = 739;
export const ids = [739];
export const modules = {

/***/ 29739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  profileV2: () => (/* binding */ profileV2),
  validateV2: () => (/* binding */ validateV2)
});

// EXTERNAL MODULE: ./src/contracts/yaml/paths.ts
var paths = __webpack_require__(16807);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(60878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./src/contracts/files.ts
var files = __webpack_require__(92972);
// EXTERNAL MODULE: ./src/contracts/yaml/parse.ts + 1 modules
var parse = __webpack_require__(49081);
// EXTERNAL MODULE: ./src/contracts/yaml/tree.ts
var yaml_tree = __webpack_require__(90559);
;// CONCATENATED MODULE: ./src/contracts/v2/bundle-files.ts
/**
 * Files a 2.0 contract references: existence (directories do not count), interface specs parsed,
 * JSON Schemas from the bundle compiled with ajv. A malformed or hostile schema is a finding,
 * never a crash: compilation is bounded (size, depth) and nothing is fetched (a remote `$ref`
 * simply does not resolve).
 */









/** Bundle files larger than this are not read (a finding says so). */
const MAX_BUNDLE_FILE_BYTES = 16 * 1024 * 1024;
/** Bounds on a bundle JSON Schema before ajv compiles it. */
const MAX_SCHEMA_DEPTH = 256;
/** ajv's compile time grows faster than linearly (about 4 s for 20,000 values on a busy 2-core runner). */
const MAX_SCHEMA_NODES = 20_000;
/**
 * [M] A referenced path that names a directory is FILE_NOT_FOUND under format 2.0 (Pacto v3
 * reads these files; format 1.0 only stat'ed them and accepted directories).
 */
function bundleFileState(absDir, rel) {
    if (!(0,files/* isValidFsPath */.Fw)(rel) || rel.includes('\0'))
        return { kind: 'missing' };
    const abs = (0,files/* bundlePath */.EU)(absDir, rel);
    const st = (0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false });
    if (!st)
        return { kind: 'missing' };
    return st.isDirectory() ? { kind: 'directory' } : { kind: 'file', abs };
}
/** Small bundle files are read synchronously: cheaper than a thread-pool round trip each. */
function readBundleFile(abs) {
    try {
        const st = (0,external_node_fs_.statSync)(abs);
        if (st.size > MAX_BUNDLE_FILE_BYTES) {
            return { ok: false, message: `file is ${st.size} bytes, more than the ${MAX_BUNDLE_FILE_BYTES}-byte limit` };
        }
        return { ok: true, bytes: (0,external_node_fs_.readFileSync)(abs) };
    }
    catch (e) {
        return { ok: false, message: `cannot read it: ${e.message}` };
    }
}
/**
 * [M] Interface specs are parsed by extension: `.yaml`/`.yml` as YAML, `.json` as JSON (Pacto's
 * tests imply JSON specs are parsed too); any other extension (`.proto`) is never parsed.
 * Returns the parse error, or null when the file is fine or not parsed.
 */
function interfaceSpecError(rel, bytes) {
    const ext = external_node_path_default().posix.extname(rel).toLowerCase();
    if (ext === '.json') {
        try {
            JSON.parse(bytes.toString('utf8'));
            return null;
        }
        catch (e) {
            return `not valid JSON: ${e.message.replace(/\s+/g, " ")}`;
        }
    }
    if (ext === '.yaml' || ext === '.yml') {
        const parsed = (0,parse/* parseFirstDocument */.jE)(bytes);
        // yaml.v3 also refuses duplicate keys and unknown aliases.
        const problem = parsed.error ?? new yaml_tree/* YamlTree */.c(parsed).problems[0] ?? null;
        return problem ? `not valid YAML: line ${problem.line}, column ${problem.column}: ${problem.message}` : null;
    }
    return null;
}
const cache = new Map();
const CACHE_LIMIT = 512;
/** Parses and compiles a bundle JSON Schema (draft 2020-12 unless `$schema` says otherwise); cached by content. */
function compileBundleSchema(bytes) {
    const key = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const hit = cache.get(key);
    if (hit)
        return hit;
    const result = compileUncached(bytes);
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, result);
    return result;
}
function compileUncached(bytes) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        return { ok: false, kind: 'json', message: `not valid JSON: ${e.message.replace(/\s+/g, " ")}` };
    }
    const bound = checkBounds(doc);
    if (bound)
        return { ok: false, kind: 'schema', message: bound };
    if (typeof doc !== 'boolean' && (doc === null || typeof doc !== 'object' || Array.isArray(doc))) {
        return { ok: false, kind: 'schema', message: `a JSON Schema must be an object or a boolean, got ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc}` };
    }
    const draft = draftOf(doc);
    if (!draft) {
        const s = doc.$schema;
        return { ok: false, kind: 'schema', message: `unsupported $schema ${JSON.stringify(s)} (use https://json-schema.org/draft/2020-12/schema, 2019-09, draft-07 or draft-06)` };
    }
    stripAsync(doc);
    try {
        const ajv = newAjv(draft);
        const fn = ajv.compile(doc);
        return {
            ok: true,
            schema: {
                validate(data) {
                    return fn(data) ? null : (fn.errors ?? []).slice();
                },
            },
        };
    }
    catch (e) {
        return { ok: false, kind: 'schema', message: compileMessage(e) };
    }
}
function compileMessage(e) {
    const err = e;
    if (err instanceof RangeError)
        return 'schema is too deeply nested or recursive to compile';
    if (err.missingRef !== undefined || /can't resolve reference/.test(err.message)) {
        const ref = err.missingRef ?? err.message.replace(/^.*can't resolve reference (\S+).*$/s, '$1');
        return `cannot resolve $ref ${JSON.stringify(ref)}: references are resolved inside the schema file only; remote schemas are never fetched (inline it under $defs)`;
    }
    return err.message;
}
function draftOf(doc) {
    if (typeof doc !== 'object' || doc === null)
        return '2020-12';
    const s = doc.$schema;
    if (s === undefined)
        return '2020-12';
    if (typeof s !== 'string')
        return null;
    const u = s.replace(/^https?:\/\//, '').replace(/#$/, '');
    if (u === 'json-schema.org/draft/2020-12/schema')
        return '2020-12';
    if (u === 'json-schema.org/draft/2019-09/schema')
        return '2019-09';
    if (u === 'json-schema.org/draft-07/schema')
        return 'draft-07';
    if (u === 'json-schema.org/draft-06/schema')
        return 'draft-06';
    if (u === 'json-schema.org/draft-04/schema')
        return 'draft-04';
    return null;
}
function newAjv(draft) {
    const opts = { allErrors: true, strict: false, validateFormats: false, verbose: true, inlineRefs: true };
    if (draft === '2020-12')
        return new _2020.Ajv2020(opts);
    if (draft === '2019-09')
        return new _2019.Ajv2019(opts);
    // draft-04/06 are compiled as draft-07 (ajv 8 has no draft-04 engine); their $schema is dropped for ajv.
    const ajv = new dist_ajv.Ajv({ ...opts, validateSchema: draft === 'draft-07' });
    if (draft !== 'draft-07') {
        const orig = ajv.compile.bind(ajv);
        ajv.compile = ((schema) => {
            const { $schema: _drop, ...rest } = schema;
            return orig(rest);
        });
    }
    return ajv;
}
/**
 * `$async: true` would make ajv return a promise (a rejected one on failure): JSON Schema has no
 * such keyword and Pacto's validator ignores it, so it is removed before compiling.
 */
function stripAsync(doc) {
    const stack = [doc];
    while (stack.length > 0) {
        const v = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, '$async'))
            delete v.$async;
        for (const c of Array.isArray(v) ? v : Object.values(v))
            if (c !== null && typeof c === 'object')
                stack.push(c);
    }
}
/** Iterative walk: rejects documents too deep or too large to compile safely. */
function checkBounds(doc) {
    const stack = [[doc, 0]];
    let nodes = 0;
    while (stack.length > 0) {
        const [v, depth] = stack.pop();
        if (++nodes > MAX_SCHEMA_NODES)
            return `schema has more than ${MAX_SCHEMA_NODES} JSON values; split it or simplify it`;
        if (depth > MAX_SCHEMA_DEPTH)
            return `schema is nested more than ${MAX_SCHEMA_DEPTH} levels deep; flatten it with $defs and $ref`;
        if (v !== null && typeof v === 'object') {
            for (const c of Array.isArray(v) ? v : Object.values(v)) {
                if (c !== null && typeof c === 'object')
                    stack.push([c, depth + 1]);
                else if (++nodes > MAX_SCHEMA_NODES)
                    return `schema has more than ${MAX_SCHEMA_NODES} JSON values; split it or simplify it`;
            }
        }
    }
    return null;
}

// EXTERNAL MODULE: ./src/contracts/gojson.ts
var gojson = __webpack_require__(69675);
// EXTERNAL MODULE: ./src/contracts/yaml/typed.ts
var typed = __webpack_require__(68227);
;// CONCATENATED MODULE: ./src/contracts/v2/model.ts
const str = (omitEmpty = false) => ({ kind: 'string', omitEmpty });
const f = (name, type) => ({ name, type });
const struct = (name, fields, opts = {}) => ({
    kind: 'struct',
    name: `contract.${name}`,
    fields,
    ...opts,
});
const slice = (elem) => ({ kind: 'slice', elem, omitEmpty: true });
const contact = struct('OwnerContact', [f('type', str()), f('value', str()), f('purpose', str(true))]);
/**
 * [M] `service.owner` is a plain (non-pointer) struct in Pacto v3's model, so Go's encoder never
 * omits it even with omitempty: a contract without an owner is sent to plugins with `"owner":{}`.
 */
const OWNER_ALWAYS_ENCODED = struct('OwnerInfo', [f('team', str(true)), f('dri', str(true)), f('contacts', slice(contact))], { omitEmpty: true });
const service = struct('Service', [f('name', str()), f('version', str()), f('owner', OWNER_ALWAYS_ENCODED)]);
const iface = struct('Interface', [f('name', str()), f('type', str()), f('ref', str()), f('visibility', str(true))]);
const configuration = struct('Configuration', [
    f('name', str()),
    f('schema', str(true)),
    f('ref', str(true)),
    f('values', { kind: 'map', omitEmpty: true }),
    f('required', { kind: 'bool' }),
]);
const dependency = struct('Dependency', [f('name', str()), f('ref', str()), f('required', { kind: 'bool' }), f('compatibility', str())]);
const persistence = struct('Persistence', [f('scope', str()), f('durability', str())]);
const state = struct('State', [f('type', str()), f('persistence', persistence), f('dataCriticality', str())], { ptr: true, omitEmpty: true });
const binding = struct('CapabilityBinding', [f('type', str()), f('interface', str()), f('path', str(true))], { ptr: true, omitEmpty: true });
const capability = struct('Capability', [f('type', str()), f('ref', str(true)), f('binding', binding)]);
const policy = struct('Policy', [f('name', str()), f('schema', str(true)), f('ref', str(true)), f('target', str(true))]);
const revision = struct('ReadinessRevision', [f('date', str()), f('version', str()), f('author', str()), f('description', str())]);
const claim = struct('ReadinessClaim', [
    f('id', str()),
    f('type', str()),
    f('category', str(true)),
    f('status', str()),
    f('evidence', str()),
    f('weight', { kind: 'int' }),
    f('description', str(true)),
]);
const readiness = struct('Readiness', [
    f('minScore', { kind: 'int', ptr: true, omitEmpty: true }),
    f('expires', str()),
    // A Go *float64: the shared decoder has no float kind, so it is decoded as interface{}
    // and narrowed by the loader (checkPartialCredit).
    f('partialCredit', { kind: 'any', omitEmpty: true }),
    f('history', slice(revision)),
    f('claims', slice(claim)),
], { ptr: true, omitEmpty: true });
const CONTRACT = struct('Contract', [
    f('pactoVersion', str()),
    f('service', service),
    f('interfaces', slice(iface)),
    f('configurations', slice(configuration)),
    f('dependencies', slice(dependency)),
    f('state', state),
    f('workload', str(true)),
    f('capabilities', slice(capability)),
    f('policies', slice(policy)),
    f('readiness', readiness),
    f('metadata', { kind: 'map', omitEmpty: true }),
    f('extensions', { kind: 'map', omitEmpty: true }),
]);

;// CONCATENATED MODULE: ./src/contracts/v2/encode.ts
/**
 * The plugin request's `contract` member for a 2.0 contract: Pacto v3's loaded model as Go's
 * encoding/json writes it (shared encoder, model from model.ts). Null when Go could not encode
 * it (a non-string key in a nested map, as `pacto generate` fails with "failed to marshal").
 */



function encodeContract(model) {
    try {
        return (0,typed/* goEncode */.j7)(CONTRACT, model);
    }
    catch (e) {
        if (e instanceof gojson/* GoJsonError */.tU)
            return null;
        throw e;
    }
}
/** A yaml.v3 natural value as plain JSON data (for validating configuration values with ajv). */
function goAnyToJson(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
        return v;
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(goAnyToJson);
    const out = {};
    const entries = v instanceof gojson/* GoAnyKeyMap */.aw ? v.entries.map(([k, x]) => [String(k), x]) : [...v.entries()];
    for (const [k, x] of entries)
        Object.defineProperty(out, k, { value: goAnyToJson(x), enumerable: true, writable: true, configurable: true });
    return out;
}

// EXTERNAL MODULE: ./src/contracts/jsonschema.ts
var jsonschema = __webpack_require__(81134);
;// CONCATENATED MODULE: ./src/contracts/v2/leaves.ts

/** `explain` may add a fix for a leaf (the 2.0 contract schema's oneOf shapes). */
function toLeaves(errors, explain) {
    const errs = errors ?? [];
    const leaves = (0,jsonschema/* flattenAjvErrors */.hP)(errs).map((l) => ({
        path: l.path,
        pointer: l.pointer,
        keyword: l.keyword,
        message: `at '${l.pointer}': ${l.text}${hint(l.keyword, l.data, errs.find((e) => e.instancePath === l.pointer && e.keyword === l.keyword))}${explain?.(l) ?? ''}`,
    }));
    if (leaves.length === 0 && errs.length > 0) {
        // Bundle schemas can fail only through a summary keyword (a oneOf matched by several
        // branches, a false schema): never let a failure pass silently.
        const e = errs[errs.length - 1];
        leaves.push({ path: (0,jsonschema/* pointerToDotted */.ju)(e.instancePath), pointer: e.instancePath, keyword: e.keyword, message: `at '${e.instancePath}': ${e.message ?? e.keyword}` });
    }
    return leaves;
}
function show(v) {
    if (typeof v === 'string')
        return `'${v}'`;
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 80 ? s.slice(0, 77) + '...' : s;
}
function hint(keyword, data, e) {
    switch (keyword) {
        case 'enum':
        case 'const':
            return ` (got ${show(data)})`;
        case 'type': {
            const want = String(e?.params?.type ?? '');
            if (want === 'string' && typeof data === 'number')
                return ' (quote the value)';
            if (want === 'boolean' && typeof data === 'string')
                return ' (use true or false, unquoted)';
            if (want === 'object' && data === null)
                return ' (give it a value or remove the key)';
            return '';
        }
        default:
            return '';
    }
}

;// CONCATENATED MODULE: ./src/contracts/v2/oci.ts
/**
 * Pacto v3's stricter OCI reference grammar (configuration, policy and dependency refs, after
 * `oci://` is stripped): digests and tags are checked, unlike the 1.0 parser.
 */
const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
function parseOciV2(location) {
    if (location === '')
        return { ok: false, error: 'empty OCI reference (write oci://registry/repository[:tag][@digest])' };
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
            return { ok: false, error: `invalid tag ${JSON.stringify(tag)}: a tag is 1-128 characters of letters, digits, '_', '.', '-' and must not start with '.' or '-'` };
        }
    }
    const slash = rest.indexOf('/');
    if (slash < 0) {
        return { ok: false, error: `invalid OCI reference: missing repository in ${JSON.stringify(rest)} (write registry/repository, e.g. ghcr.io/acme/${rest || 'name'})` };
    }
    const registry = rest.slice(0, slash);
    const repository = rest.slice(slash + 1);
    if (registry === '')
        return { ok: false, error: 'invalid OCI reference: empty registry' };
    if (repository === '')
        return { ok: false, error: 'invalid OCI reference: empty repository' };
    return { ok: true, ref: { registry, repository, tag, digest } };
}
/** Scheme detection as Pacto's: only a case-sensitive `oci://` prefix makes a ref an OCI ref. */
function ociLocation(ref) {
    return ref.startsWith('oci://') ? ref.slice('oci://'.length) : null;
}

// EXTERNAL MODULE: ./src/contracts/semver.ts
var semver = __webpack_require__(18003);
;// CONCATENATED MODULE: ./src/contracts/v2/crossfield.ts





const q = JSON.stringify;
function crossFieldChecks(c, absDir) {
    const errors = [];
    const warnings = [];
    const policies = [];
    const referencedFiles = [];
    const err = (code, path, message) => errors.push({ code, path, message });
    // INVALID_SEMVER
    const v = (0,semver/* parseVersion */.o)(c.service.version);
    if (!v.ok)
        err('INVALID_SEMVER', 'service.version', `${q(c.service.version)} is not valid semver: ${v.error} (use MAJOR.MINOR.PATCH, e.g. 1.2.3)`);
    // DUPLICATE_*_NAME: the message cites the most recent earlier declaration.
    const dupes = (list, listName, code, what) => {
        const last = new Map();
        (list ?? []).forEach((item, i) => {
            const prev = last.get(item.name);
            if (prev !== undefined)
                err(code, `${listName}[${i}].name`, `${what} name ${q(item.name)} is already declared at ${listName}[${prev}]; names must be unique`);
            last.set(item.name, i);
        });
    };
    dupes(c.interfaces, 'interfaces', 'DUPLICATE_INTERFACE_NAME', 'interface');
    dupes(c.configurations, 'configurations', 'DUPLICATE_CONFIGURATION_NAME', 'configuration');
    dupes(c.policies, 'policies', 'DUPLICATE_POLICY_NAME', 'policy');
    dupes(c.dependencies, 'dependencies', 'DUPLICATE_DEPENDENCY_NAME', 'dependency');
    // Capabilities
    const caps = c.capabilities ?? [];
    caps.forEach((cap, i) => {
        if (cap.type !== 'extension' || cap.ref === '')
            return;
        const slash = cap.ref.indexOf('/');
        if (slash < 0 || !cap.ref.slice(0, slash).includes('.')) {
            err('CAPABILITY_REF_INVALID', `capabilities[${i}].ref`, `extension capability ref ${q(cap.ref)} must be namespaced by a domain, e.g. acme.io/${cap.ref.replace(/^.*\//, '') || 'name'}`);
        }
    });
    const firstCap = new Map();
    caps.forEach((cap, i) => {
        const key = cap.type === 'extension' ? `ext:${cap.ref}` : cap.type;
        const prev = firstCap.get(key);
        if (prev !== undefined) {
            const what = cap.type === 'extension' ? `extension capability ${q(cap.ref)}` : `capability ${q(cap.type)}`;
            err('DUPLICATE_CAPABILITY', duplicateCapabilityPath(i), `${what} is already declared at capabilities[${prev}]; declare each capability once`);
        }
        else
            firstCap.set(key, i);
    });
    const ifaceNames = new Set((c.interfaces ?? []).map((x) => x.name));
    caps.forEach((cap, i) => {
        const b = cap.binding;
        if (!b)
            return;
        if (!ifaceNames.has(b.interface)) {
            const declared = [...ifaceNames].map((n) => q(n)).join(', ') || 'none';
            err('CAPABILITY_INTERFACE_UNKNOWN', capabilityBindingPath(i, 'interface'), `binding interface ${q(b.interface)} does not match any declared interface (declared: ${declared})`);
        }
        if (b.path !== '') {
            const why = unsafeUrlPath(b.path);
            if (why)
                err('CAPABILITY_PATH_INVALID', capabilityBindingPath(i, 'path'), `binding path ${q(b.path)} is not a safe URL path: ${why}`);
        }
    });
    // Interface files
    for (const [i, itf] of (c.interfaces ?? []).entries()) {
        if (itf.ref === '')
            continue;
        const st = bundleFileState(absDir, itf.ref);
        if (st.kind !== 'file') {
            err('FILE_NOT_FOUND', `interfaces[${i}].ref`, notFoundMessage('interface file', itf.ref, st.kind));
            continue;
        }
        referencedFiles.push(st.abs);
        const read = readBundleFile(st.abs);
        const why = read.ok ? interfaceSpecError(itf.ref, read.bytes) : read.message;
        if (why)
            err('INVALID_INTERFACE_SPEC', `interfaces[${i}].ref`, `interface file ${q(itf.ref)} is ${why}`);
    }
    // Configurations
    const configSchemas = new Map();
    for (const [i, cfg] of (c.configurations ?? []).entries()) {
        if (cfg.schema !== '') {
            const r = loadSchemaFile(absDir, cfg.schema, `configurations[${i}].schema`, 'configuration schema', 'INVALID_CONFIG_JSON', 'INVALID_CONFIG_SCHEMA');
            if (r.finding)
                errors.push(r.finding);
            if (r.abs)
                referencedFiles.push(r.abs);
            if (r.schema)
                configSchemas.set(i, r.schema);
        }
        if (cfg.ref !== '')
            ociCheck(cfg.ref, `configurations[${i}].ref`, 'INVALID_CONFIG_REF', errors);
    }
    // Policies
    for (const [i, pol] of (c.policies ?? []).entries()) {
        if (pol.schema !== '') {
            const r = loadSchemaFile(absDir, pol.schema, `policies[${i}].schema`, 'policy schema', 'INVALID_POLICY_JSON', 'INVALID_POLICY_SCHEMA');
            if (r.finding)
                errors.push(r.finding);
            if (r.abs)
                referencedFiles.push(r.abs);
            if (r.schema)
                policies.push({ name: pol.name, index: i, file: pol.schema, schema: r.schema });
        }
        if (pol.ref !== '')
            ociCheck(pol.ref, `policies[${i}].ref`, 'INVALID_POLICY_REF', errors);
    }
    // Dependencies
    for (const [i, dep] of (c.dependencies ?? []).entries()) {
        const loc = ociLocation(dep.ref);
        if (loc !== null) {
            const parsed = parseOciV2(loc);
            if (!parsed.ok) {
                err('INVALID_OCI_REF', `dependencies[${i}].ref`, `invalid OCI reference ${q(dep.ref)}: ${parsed.error}`);
                continue; // this dependency's compatibility is not checked
            }
            if (parsed.ref.digest === '' && parsed.ref.tag !== '') {
                warnings.push({
                    code: 'TAG_NOT_DIGEST',
                    path: `dependencies[${i}].ref`,
                    message: `dependency ${q(dep.ref)} uses a tag instead of a digest; digest pinning is recommended (append @sha256:<digest>)`,
                });
            }
        }
        if (dep.compatibility !== '') {
            const range = (0,semver/* parseRange */.R)(dep.compatibility);
            if (!range.ok) {
                err('INVALID_COMPATIBILITY', `dependencies[${i}].compatibility`, `invalid compatibility range ${q(dep.compatibility)}: invalid semver range ${q(dep.compatibility)}: ${range.error} (use a range such as ^1.2.0 or >=1.0.0 <2.0.0)`);
            }
        }
    }
    // Configuration values against their bundled schema (one error per configuration).
    for (const [i, cfg] of (c.configurations ?? []).entries()) {
        const schema = configSchemas.get(i);
        if (!schema || !cfg.values || cfg.values.size === 0)
            continue;
        const data = goAnyToJson(cfg.values);
        let problems;
        try {
            problems = schema.validate(data);
        }
        catch {
            err('INVALID_CONFIG_SCHEMA', `configurations[${i}].schema`, `configuration schema ${q(cfg.schema)} recurses without end ($ref cycle); it cannot validate values`);
            continue;
        }
        if (problems) {
            const leaves = toLeaves(problems).map((l) => l.message);
            err('CONFIG_VALUES_VALIDATION_FAILED', `configurations[${i}].values`, `configuration ${q(cfg.name)} values do not match ${cfg.schema}: ${leaves.join('; ')}`);
        }
    }
    // Readiness
    const r = c.readiness;
    if (r) {
        if (!isRoundTripDate(r.expires)) {
            err('INVALID_READINESS_EXPIRES', 'readiness.expires', `readiness.expires ${q(r.expires)} is not a valid date; write it as YYYY-MM-DD (e.g. 2026-12-31)`);
        }
        (r.history ?? []).forEach((h, i) => {
            const base = `readiness.history[${i}]`;
            if (!isRoundTripDate(h.date))
                err('INVALID_READINESS_REVISION', `${base}.date`, `revision date ${q(h.date)} is not a valid date; write it as YYYY-MM-DD`);
            for (const field of ['version', 'author', 'description']) {
                if (goTrimSpace(h[field]) === '')
                    err('INVALID_READINESS_REVISION', `${base}.${field}`, `revision ${field} ${q(h[field])} is blank; give it a value`);
            }
        });
        const lastId = new Map();
        (r.claims ?? []).forEach((cl, i) => {
            const prev = lastId.get(cl.id);
            if (prev !== undefined)
                err('DUPLICATE_READINESS_ID', `readiness.claims[${i}].id`, `readiness claim id ${q(cl.id)} is already declared at readiness.claims[${prev}]; ids must be unique`);
            lastId.set(cl.id, i);
        });
        (r.claims ?? []).forEach((cl, i) => {
            if (goTrimSpace(cl.evidence) === '')
                err('EMPTY_READINESS_EVIDENCE', `readiness.claims[${i}].evidence`, `readiness claim ${q(cl.id)} evidence ${q(cl.evidence)} is blank; point it at a URL, document or ticket`);
            if (cl.description !== '' && goTrimSpace(cl.description) === '') {
                err('EMPTY_READINESS_DESCRIPTION', `readiness.claims[${i}].description`, `readiness claim ${q(cl.id)} description is blank; describe the claim or remove the key`);
            }
        });
    }
    return { errors, warnings, policies, referencedFiles };
}
/** [M] A duplicate extension capability (same ref) is reported at the item's `type`, like a duplicate health/metrics. */
function duplicateCapabilityPath(i) {
    return `capabilities[${i}].type`;
}
/** [M] Capability binding findings sit at the binding member (`capabilities[i].binding.interface` / `.path`). */
function capabilityBindingPath(i, member) {
    return `capabilities[${i}].binding.${member}`;
}
function notFoundMessage(what, rel, kind) {
    if (kind === 'directory')
        return `${what} ${q(rel)} not found in bundle: it is a directory; name a file`;
    const hint = rel.startsWith('./') || rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '.' || s === '')
        ? ' (write the path relative to the bundle root, without ./, .. or a leading /)'
        : ' (check the path; it is relative to the directory holding pacto.yaml)';
    return `${what} ${q(rel)} not found in bundle${hint}`;
}
function loadSchemaFile(absDir, rel, path, what, jsonCode, schemaCode) {
    const st = bundleFileState(absDir, rel);
    if (st.kind !== 'file')
        return { finding: { code: 'FILE_NOT_FOUND', path, message: notFoundMessage(`${what} file`, rel, st.kind) } };
    const read = readBundleFile(st.abs);
    if (!read.ok)
        return { abs: st.abs, finding: { code: jsonCode, path, message: `${what} ${q(rel)}: ${read.message}` } };
    const compiled = compileBundleSchema(read.bytes);
    if (compiled.ok)
        return { abs: st.abs, schema: compiled.schema };
    const code = compiled.kind === 'json' ? jsonCode : schemaCode;
    const text = compiled.kind === 'json' ? `is ${compiled.message}` : `is not a valid JSON Schema: ${compiled.message}`;
    return { abs: st.abs, finding: { code, path, message: `${what} ${q(rel)} ${text}` } };
}
function ociCheck(ref, path, code, errors) {
    const loc = ociLocation(ref);
    if (loc === null)
        return;
    const parsed = parseOciV2(loc);
    if (!parsed.ok)
        errors.push({ code, path, message: `invalid OCI reference ${q(ref)}: ${parsed.error}` });
}
/** Go's strings.TrimSpace (Unicode White_Space). */
function goTrimSpace(s) {
    return s.replace(GO_SPACE_EDGES, '');
}
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const GO_SPACE_EDGES = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
/** time.Parse("2006-01-02", s) succeeds and formats back to s. */
function isRoundTripDate(s) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m)
        return false;
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1)
        return false;
    const days = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
    return d <= days;
}
/** [M] Why a binding path that passed the schema pattern is unsafe as a URL path, or null. */
function unsafeUrlPath(p) {
    if ([...p].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
        return 'it contains control characters';
    if (p.includes('#'))
        return 'it has a fragment (#); remove it';
    const pathPart = p.split('?')[0];
    if (/%(?![0-9A-Fa-f]{2})/.test(pathPart))
        return 'it is not a valid URL path (a % must start a %XX escape)';
    const decoded = pathPart.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
    if (decoded.startsWith('//'))
        return `it decodes to ${q(decoded)}, which a client would read as another host; use a path such as /healthz`;
    return null;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/contracts/yaml/resolve.ts
var resolve = __webpack_require__(13395);
;// CONCATENATED MODULE: ./src/contracts/v2/generic.ts
/**
 * The generic document Pacto v3 validates with JSON Schema: the first YAML document decoded into
 * untyped values, date/timestamp scalars kept as their literal text, then a JSON round trip
 * (NaN/±Inf cannot be encoded: YAML_PARSE_ERROR).
 */



class Unencodable extends Error {
    node;
    constructor(message, node) {
        super(message);
        this.node = node;
    }
}
function genericDocument(tree) {
    try {
        return { ok: true, value: toJson(tree, tree.root, 0) };
    }
    catch (e) {
        if (e instanceof Unencodable) {
            const p = tree.pos(e.node);
            return { ok: false, message: e.message, line: p?.line ?? null, column: p?.column ?? null };
        }
        throw e;
    }
}
function generic_text(n) {
    return typeof n.source === 'string' ? n.source : String(n.value ?? '');
}
/** A mapping key as Go prints it after a generic decode (fmt's %v of the decoded key). */
function keyText(key) {
    const r = (0,resolve/* resolveScalar */.T)(key);
    switch (r.tag) {
        case '!!null': return '<nil>';
        case '!!bool': return r.value ? 'true' : 'false';
        case '!!int': return r.value.toString();
        case '!!float': return Number.isFinite(r.value) ? (0,gojson/* goFloat */.t$)(r.value) : r.value > 0 ? '+Inf' : r.value < 0 ? '-Inf' : 'NaN';
        case '!!str':
        case 'other':
        case '!!timestamp': return generic_text(key);
        default: return generic_text(key);
    }
}
function toJson(tree, node, depth) {
    if (node === null)
        return null;
    if (depth > 500)
        throw new Unencodable('document nested too deeply', node);
    if ((0,dist/* isScalar */.jn)(node)) {
        const r = (0,resolve/* resolveScalar */.T)(node);
        switch (r.tag) {
            case '!!null': return null;
            case '!!bool': return r.value;
            case '!!int': return Number(r.value);
            case '!!float': {
                const v = r.value;
                const hint = ` (the YAML value ${generic_text(node)} cannot be represented in JSON; quote it if it is text)`;
                if (Number.isNaN(v))
                    throw new Unencodable(`json: unsupported value: NaN${hint}`, node);
                if (!Number.isFinite(v))
                    throw new Unencodable(`json: unsupported value: ${v > 0 ? '+Inf' : '-Inf'}${hint}`, node);
                return v;
            }
            // [dates kept as written] Pacto v3's generic decode keeps date/timestamp scalars as their literal text.
            case '!!timestamp': return generic_text(node);
            case '!!binary': return (0,gojson/* goStringFromBytes */.rV)(r.value);
            case '!!str':
            case 'other': return r.value;
            case '!!merge': return '<<';
            case 'error': return generic_text(node);
        }
    }
    if ((0,dist/* isSeq */.oP)(node))
        return tree.items(node).map((it) => toJson(tree, it, depth + 1));
    if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const e of tree.entries(node)) {
            const k = e.key ? keyText(e.key) : '<nil>';
            Object.defineProperty(out, k, { value: toJson(tree, e.value, depth + 1), enumerable: true, writable: true, configurable: true });
        }
        return out;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/contracts/v2/loader.ts
/**
 * Pacto v3's strict typed load of pacto.yaml (format 2.0): yaml.v3 decoding into the closed Go
 * model. Any failure is one PARSE_ERROR (path ""), positioned at the first offending node.
 */





/** Loads the first document strictly. Messages say what was wrong and how to fix it. */
function loadContract(source) {
    const parsed = (0,parse/* parseFirstDocument */.jE)(source);
    if (parsed.error) {
        const e = parsed.error;
        return fail(null, `failed to parse YAML: ${e.message}`, e.line, e.column);
    }
    if (!parsed.doc) {
        return fail(null, 'failed to parse YAML: EOF (pacto.yaml is empty; it needs at least pactoVersion: "2.0" and service.name/service.version)', 1, 1);
    }
    const tree = new yaml_tree/* YamlTree */.c(parsed);
    const decoder = new typed/* TypedDecoder */.RA(tree);
    const root = tree.root;
    const model = decoder.decode(root, CONTRACT);
    const issues = tree.problems.map((p) => ({ message: p.message, pos: { line: p.line, column: p.column } }));
    for (const i of decoder.issues)
        issues.push({ message: i.message + issueHint(i.typeName, i.unknownField), pos: tree.pos(i.node) });
    checkPartialCredit(tree, root, model, issues);
    const versionNode = findKey(tree, root, 'pactoVersion');
    if (model.pactoVersion && model.pactoVersion !== '2.0') {
        const p = tree.pos(versionNode);
        return fail(tree, unsupportedVersionMessage(model.pactoVersion), p?.line ?? null, p?.column ?? null);
    }
    if (issues.length > 0) {
        issues.sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.column ?? 0) - (b.pos?.column ?? 0));
        const first = issues[0];
        const lines = issues.map((e) => `  line ${e.pos?.line ?? '?'}: ${e.message}`);
        return fail(tree, `failed to parse YAML: yaml: unmarshal errors:\n${lines.join('\n')}`, first.pos?.line ?? null, first.pos?.column ?? null);
    }
    const serviceNode = findKey(tree, root, 'service');
    const checks = [
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
function unsupportedVersionMessage(v) {
    const hint = v === '1.0'
        ? ' — this is a format 1.0 contract: set the contract-format input to auto or 1.0 to validate it with the 1.0 profile, or migrate it to format 2.0'
        : ' — set pactoVersion: "2.0" (quoted)';
    return `unsupported pactoVersion ${JSON.stringify(v)}; only "2.0" is supported${hint}`;
}
function fail(tree, message, line, column) {
    return { ok: false, problem: { message, line, column }, tree };
}
function findKey(tree, node, key) {
    if (!node || !(0,dist/* isMap */.jh)(node))
        return null;
    return tree.get(node, key)?.keyNode ?? null;
}
/**
 * `readiness.partialCredit` is a Go *float64: yaml.v3 accepts an int or float scalar and
 * rejects anything else. It is decoded as interface{} (the shared decoder has no float kind)
 * and narrowed here.
 */
function checkPartialCredit(tree, root, model, issues) {
    const r = model.readiness;
    if (!r || r.partialCredit === null || r.partialCredit === undefined)
        return;
    const v = r.partialCredit;
    if (typeof v === 'bigint' || typeof v === 'number') {
        r.partialCredit = Number(v);
        return;
    }
    const readinessNode = root && (0,dist/* isMap */.jh)(root) ? tree.get(root, 'readiness')?.value ?? null : null;
    const node = readinessNode && (0,dist/* isMap */.jh)(readinessNode) ? tree.get(readinessNode, 'partialCredit')?.value ?? null : null;
    const shown = typeof v === 'string' ? `!!str \`${v}\`` : v instanceof Map || Array.isArray(v) ? (Array.isArray(v) ? '!!seq' : '!!map') : `!!${typeof v}`;
    issues.push({ message: `cannot unmarshal ${shown} into float64 (use an unquoted number between 0 and 1)`, pos: tree.pos(node) });
    r.partialCredit = null;
}
/** Format 1.0 keys that 2.0 removed or moved, and other fixes, named in the loader message. */
function issueHint(typeName, unknownField) {
    if (unknownField !== undefined) {
        const hints = {
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
        case 'contract.OwnerInfo': return ' (format 2.0 owner is an object, e.g. owner: {team: my-team})';
        case 'bool': return ' (use true or false, unquoted)';
        case 'int': return ' (use an unquoted whole number)';
        case 'string': return ' (use a plain value, not a list or mapping)';
        default: return typeName?.startsWith('[]') ? ' (use a YAML list: "- item")' : typeName ? ' (use a mapping)' : '';
    }
}

;// CONCATENATED MODULE: ./src/contracts/v2/policy.ts

function policyChecks(c, doc, compiled, unresolvedRefs) {
    const out = [];
    (c.policies ?? []).forEach((pol, i) => {
        if (pol.schema === '' && pol.ref !== '') {
            const how = unresolvedRefs === 'warn'
                ? 'it was not enforced (unresolved-policy-refs: warn)'
                : 'vendor the policy schema into the bundle and use schema:, or set the unresolved-policy-refs input to warn';
            out.push({
                code: 'POLICY_REF_UNRESOLVED',
                path: '',
                message: `policy policies[${JSON.stringify(pol.name)}]: ref ${JSON.stringify(pol.ref)} cannot be resolved: this action validates offline and never fetches policy refs; ${how}`,
                anchor: `policies[${i}].ref`,
                severity: unresolvedRefs === 'warn' ? 'warning' : 'error',
            });
        }
    });
    for (const p of compiled) {
        let problems;
        try {
            problems = p.schema.validate(doc);
        }
        catch {
            out.push({
                code: 'INVALID_POLICY_SCHEMA',
                path: `policies[${p.index}].schema`,
                message: `policy schema ${JSON.stringify(p.file)} recurses without end ($ref cycle); it cannot be enforced`,
                anchor: `policies[${p.index}].schema`,
                severity: 'error',
            });
            continue;
        }
        if (!problems)
            continue;
        const messages = toLeaves(problems)
            .map((l) => `policy policies[${JSON.stringify(p.name)}]: ${l.message}`)
            .sort();
        for (const message of messages)
            out.push({ code: 'POLICY_VIOLATION', path: '', message, anchor: `policies[${p.index}]`, severity: 'error' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/contracts/v2/schema.ts
/**
 * The format 2.0 contract JSON Schema (draft 2020-12), written from the field table of
 * docs/pacto-v2-format.md §1. The `oneOf` shapes are chosen so the leaf counts match Pacto v3's
 * (configuration/policy schema-vs-ref, capability standard-vs-extension).
 */

/** Go's regexp `.` stops at `\n` only; JS's also stops at `\r`, U+2028 and U+2029. */
const ANY = '[^\\n]';
const nonEmpty = { type: 'string', minLength: 1 };
const READINESS_CATEGORIES = [
    'architecture', 'testing', 'code-quality', 'observability', 'security', 'documentation', 'infrastructure',
    'ci-cd', 'deployment', 'resilience', 'backup-recovery', 'incident-response', 'compliance', 'other',
];
const CONTRACT_SCHEMA_V2 = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://pacto.dev/schema/pacto-v2.0.schema.json',
    type: 'object',
    required: ['pactoVersion', 'service'],
    additionalProperties: false,
    properties: {
        pactoVersion: { type: 'string', const: '2.0' },
        service: {
            type: 'object',
            required: ['name', 'version'],
            additionalProperties: false,
            properties: {
                name: { type: 'string', pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' },
                version: { type: 'string', minLength: 1 },
                owner: {
                    type: 'object',
                    minProperties: 1,
                    additionalProperties: false,
                    properties: {
                        team: { type: 'string', pattern: '^[a-zA-Z0-9._/-]+$' },
                        dri: { type: 'string', pattern: '^[a-zA-Z0-9._@/-]+$' },
                        contacts: {
                            type: 'array',
                            minItems: 1,
                            items: {
                                type: 'object',
                                required: ['type', 'value'],
                                additionalProperties: false,
                                properties: {
                                    type: { type: 'string', enum: ['email', 'url', 'group', 'oncall', 'chat', 'other'] },
                                    value: nonEmpty,
                                    purpose: { type: 'string', enum: ['ownership', 'support', 'escalation', 'oncall', 'notifications'] },
                                },
                            },
                        },
                    },
                },
            },
        },
        interfaces: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'type', 'ref'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    type: { type: 'string', enum: ['openapi', 'asyncapi', 'grpc'] },
                    ref: nonEmpty,
                    visibility: { type: 'string', enum: ['public', 'internal'] },
                },
            },
        },
        configurations: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'required'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    required: { type: 'boolean' },
                    schema: nonEmpty,
                    ref: nonEmpty,
                    values: { type: 'object' },
                },
                oneOf: [
                    { required: ['schema'], not: { required: ['ref'] } },
                    { required: ['ref'], not: { anyOf: [{ required: ['schema'] }, { required: ['values'] }] } },
                ],
            },
        },
        policies: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    schema: nonEmpty,
                    ref: nonEmpty,
                    target: { type: 'string', enum: ['contract'] },
                },
                oneOf: [
                    { required: ['schema'], not: { required: ['ref'] } },
                    { required: ['ref'], not: { required: ['schema'] } },
                ],
            },
        },
        dependencies: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'ref', 'compatibility', 'required'],
                additionalProperties: false,
                properties: {
                    name: nonEmpty,
                    ref: nonEmpty,
                    compatibility: nonEmpty,
                    required: { type: 'boolean' },
                },
            },
        },
        workload: { type: 'string', enum: ['service', 'job', 'scheduled'] },
        state: {
            type: 'object',
            required: ['type', 'persistence', 'dataCriticality'],
            additionalProperties: false,
            properties: {
                type: { type: 'string', enum: ['stateless', 'stateful', 'hybrid'] },
                persistence: {
                    type: 'object',
                    required: ['scope', 'durability'],
                    additionalProperties: false,
                    properties: {
                        scope: { type: 'string', enum: ['local', 'shared'] },
                        durability: { type: 'string', enum: ['ephemeral', 'persistent'] },
                    },
                },
                dataCriticality: { type: 'string', enum: ['low', 'medium', 'high'] },
            },
            if: { required: ['type'], properties: { type: { const: 'stateless' } } },
            then: { properties: { persistence: { properties: { durability: { const: 'ephemeral' } } } } },
        },
        capabilities: {
            type: 'array',
            items: {
                type: 'object',
                required: ['type'],
                additionalProperties: false,
                properties: {
                    type: { type: 'string', enum: ['health', 'metrics', 'extension'] },
                    ref: nonEmpty,
                    binding: {
                        type: 'object',
                        required: ['type', 'interface'],
                        additionalProperties: false,
                        properties: {
                            type: { type: 'string', enum: ['http'] },
                            interface: nonEmpty,
                            path: { type: 'string', minLength: 1, pattern: `^/([^/]${ANY}*)?$` },
                        },
                    },
                },
                oneOf: [
                    { properties: { type: { enum: ['health', 'metrics'] } }, not: { required: ['ref'] } },
                    { properties: { type: { const: 'extension' } }, required: ['ref'], not: { required: ['binding'] } },
                ],
            },
        },
        readiness: {
            type: 'object',
            required: ['expires', 'claims'],
            additionalProperties: false,
            properties: {
                expires: { type: 'string' },
                minScore: { type: 'integer', minimum: 0, maximum: 100 },
                partialCredit: { type: 'number', minimum: 0, maximum: 1 },
                history: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['date', 'version', 'author', 'description'],
                        additionalProperties: false,
                        properties: { date: nonEmpty, version: nonEmpty, author: nonEmpty, description: nonEmpty },
                    },
                },
                claims: {
                    type: 'array',
                    minItems: 1,
                    items: {
                        type: 'object',
                        required: ['id', 'type', 'status', 'evidence', 'weight'],
                        additionalProperties: false,
                        properties: {
                            id: { type: 'string', pattern: '^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$' },
                            type: { type: 'string', enum: ['url', 'document', 'ticket', 'report', 'artifact', 'identifier', 'other'] },
                            status: { type: 'string', enum: ['done', 'partial', 'not-done', 'deferred'] },
                            evidence: { type: 'string', minLength: 1, maxLength: 2048 },
                            weight: { type: 'integer', minimum: 0, maximum: 100 },
                            category: { type: 'string', enum: READINESS_CATEGORIES },
                            description: nonEmpty,
                        },
                    },
                },
            },
        },
        metadata: { type: 'object' },
        extensions: { type: 'object' },
    },
};
let compiled = null;
/** The compiled contract schema: compiled on first use, once per process. */
function contractValidator() {
    if (!compiled) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: false, validateFormats: false, verbose: true });
        compiled = ajv.compile(CONTRACT_SCHEMA_V2);
    }
    return compiled;
}
/**
 * A fix for the leaves of the contract schema's `oneOf` shapes, whose bare texts ("not failed",
 * "missing property 'ref'") do not say what the item should look like.
 */
function explainContractLeaf(leaf) {
    if (leaf.keyword !== 'not' && leaf.keyword !== 'required' && leaf.keyword !== 'enum' && leaf.keyword !== 'const')
        return '';
    if (/^configurations\.\d+$/.test(leaf.path) && leaf.keyword !== 'enum' && leaf.keyword !== 'const') {
        return ' (a configuration has name, required, and exactly one of schema: (a bundle file, optionally with values:) or ref:)';
    }
    if (/^policies\.\d+$/.test(leaf.path))
        return ' (a policy has name and exactly one of schema: or ref:)';
    if (/^capabilities\.\d+(\.type)?$/.test(leaf.path)) {
        return ' (health and metrics take an optional binding and no ref; extension takes a namespaced ref such as acme.io/backup and no binding)';
    }
    return '';
}

;// CONCATENATED MODULE: ./src/contracts/v2/index.ts








function finding(tree, code, path, message, anchor = path) {
    const pos = tree ? (0,paths/* locatePath */.o)(tree, anchor) : null;
    return { code, path, message, line: pos?.line ?? null, column: pos?.column ?? null };
}
async function validateV2(input) {
    try {
        return await run(input);
    }
    catch (e) {
        // A defect here must cost one contract its verdict, never the whole run.
        const message = `schema validation failed: internal error while validating this contract (${e.message}); please report it`;
        return { service: null, version: null, errors: [{ code: 'SCHEMA_ERROR', path: '', message, line: null, column: null }], warnings: [], contractJson: null, referencedFiles: [] };
    }
}
async function run({ source, bundle, opts }) {
    const verdict = { service: null, version: null, errors: [], warnings: [], contractJson: null, referencedFiles: [] };
    if (bundle.loadError) {
        verdict.errors.push({ code: 'PARSE_ERROR', path: '', message: bundle.loadError, line: null, column: null });
        return verdict;
    }
    // 1 load
    const loaded = loadContract(source);
    if (!loaded.ok) {
        const { message, line, column } = loaded.problem;
        verdict.errors.push({ code: 'PARSE_ERROR', path: '', message: `failed to parse ${bundle.file}: ${message}`, line, column });
        return verdict;
    }
    const { model, tree } = loaded;
    verdict.service = model.service.name;
    verdict.version = model.service.version;
    verdict.contractJson = encodeContract(model);
    // 2 generic decode
    const generic = genericDocument(tree);
    if (!generic.ok) {
        verdict.errors.push({ code: 'YAML_PARSE_ERROR', path: '', message: generic.message, line: generic.line, column: generic.column });
        return verdict;
    }
    const doc = generic.value;
    // 3 schema (selected by the generic document's pactoVersion)
    const pv = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.pactoVersion : undefined;
    if (pv !== '2.0') {
        const shown = typeof pv === 'number' ? `${pv} (a number)` : JSON.stringify(pv);
        verdict.errors.push(finding(tree, 'UNSUPPORTED_PACTO_VERSION', 'pactoVersion', `unsupported pactoVersion ${shown}: quote it, pactoVersion: "2.0"`));
        return verdict;
    }
    const validate = contractValidator();
    if (!validate(doc)) {
        for (const leaf of toLeaves(validate.errors, explainContractLeaf))
            verdict.errors.push(finding(tree, 'SCHEMA_VIOLATION', leaf.path, leaf.message));
        return verdict;
    }
    // 4 cross-field
    const cross = crossFieldChecks(model, bundle.absDir);
    verdict.referencedFiles = cross.referencedFiles;
    for (const f of cross.errors)
        verdict.errors.push(finding(tree, f.code, f.path, f.message));
    for (const f of cross.warnings)
        verdict.warnings.push(finding(tree, f.code, f.path, f.message));
    if (cross.errors.length > 0)
        return verdict;
    // 5 policy
    for (const p of policyChecks(model, doc, cross.policies, opts.unresolvedPolicyRefs)) {
        (p.severity === 'error' ? verdict.errors : verdict.warnings).push(finding(tree, p.code, p.path, p.message, p.anchor));
    }
    return verdict;
}
const profileV2 = { id: '2.0', validate: validateV2 };


/***/ })

};

//# sourceMappingURL=739.index.js.map
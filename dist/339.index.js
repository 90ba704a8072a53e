export const id = 339;
export const ids = [339];
export const modules = {

/***/ 7339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeSarif: () => (/* binding */ writeSarif)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, SARIF_SCHEMA_URI, buildSarif, repositoryRoot, sarifComplete

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/shared/hash.ts
var hash = __webpack_require__(49913);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(40405);
// EXTERNAL MODULE: ./src/shared/replace-file.ts
var replace_file = __webpack_require__(38736);
;// CONCATENATED MODULE: ./src/report/sarif-rules.ts
/**
 * The one table of finding codes and what each means: Pacto's validation codes (formats 1.0
 * and 2.0) and this action's own codes for unsafe plugin outputs and drift. SARIF rules, and
 * anything else that explains a code, read it from here.
 */
const PACTO = {
    PARSE_ERROR: {
        short: 'The contract could not be loaded.',
        help: 'Fix the YAML or the field the message names (unknown key, duplicate key, wrong kind of value).',
    },
    YAML_PARSE_ERROR: { short: 'The contract cannot be represented as JSON.', help: 'Remove values JSON has no form for (NaN, Infinity).' },
    SCHEMA_VIOLATION: {
        short: 'The contract does not match the Pacto JSON schema.',
        help: 'Change the value at the reported path to what the schema allows.',
    },
    SCHEMA_ERROR: { short: 'The schema validator failed.', help: 'Report this to the maintainers with the contract.' },
    UNSUPPORTED_PACTO_VERSION: {
        short: 'pactoVersion is not a supported version.',
        help: 'Quote the version, for example pactoVersion: "2.0".',
    },
    INVALID_SEMVER: { short: 'service.version is not valid semver.', help: 'Use a semantic version such as 1.2.3.' },
    DUPLICATE_INTERFACE_NAME: { short: 'Two interfaces have the same name.', help: 'Give each interface a unique name.' },
    DUPLICATE_CONFIGURATION_NAME: { short: 'Two configurations have the same name.', help: 'Give each configuration a unique name.' },
    DUPLICATE_POLICY_NAME: { short: 'Two policies have the same name.', help: 'Give each policy a unique name.' },
    DUPLICATE_DEPENDENCY_NAME: { short: 'Two dependencies have the same name.', help: 'Give each dependency a unique name.' },
    PORT_REQUIRED: { short: 'An http or grpc interface has no port.', help: 'Add the port the interface listens on.' },
    PORT_IGNORED: {
        short: 'An event interface has a port, which is not used.',
        help: 'Remove the port from the event interface.',
        level: 'warning',
    },
    CONTRACT_REQUIRED: {
        short: 'A grpc or event interface names no contract file.',
        help: 'Set contract to the interface description in the bundle.',
    },
    HEALTH_INTERFACE_NOT_FOUND: {
        short: 'runtime.health names an interface that is not declared.',
        help: 'Name one of the declared interfaces.',
    },
    HEALTH_INTERFACE_INVALID: {
        short: 'runtime.health names an event interface.',
        help: 'Point health checks at an http or grpc interface.',
    },
    HEALTH_PATH_REQUIRED: { short: 'An http health check has no path.', help: 'Set runtime.health.path, for example /healthz.' },
    HEALTH_PATH_IGNORED: {
        short: 'A grpc health check has a path, which is not used.',
        help: 'Remove the path: gRPC uses the standard health protocol.',
        level: 'warning',
    },
    FILE_NOT_FOUND: {
        short: 'A file the contract references is not in the bundle.',
        help: 'Add the file to the bundle or correct the path (relative to the bundle directory).',
    },
    INVALID_OCI_REF: {
        short: 'A dependency reference is not a valid OCI reference.',
        help: 'Use oci://registry/repository:tag or @sha256:digest.',
    },
    TAG_NOT_DIGEST: {
        short: 'A dependency is pinned by tag, not by digest.',
        help: 'Pin the dependency by digest (@sha256:...) so it cannot change under you.',
        level: 'warning',
    },
    EMPTY_COMPATIBILITY: { short: 'A dependency has an empty compatibility range.', help: 'Give a semver range such as ^1.2.0.' },
    INVALID_COMPATIBILITY: {
        short: 'A dependency compatibility range does not parse.',
        help: 'Give a semver range such as ^1.2.0 or >=1.0.0 <2.0.0.',
    },
    INVALID_IMAGE_REF: { short: 'service.image.ref is not a valid image reference.', help: 'Use registry/repository:tag or @sha256:digest.' },
    SCALING_MIN_EXCEEDS_MAX: { short: 'scaling.min is greater than scaling.max.', help: 'Make min at most max.' },
    JOB_SCALING_NOT_ALLOWED: { short: 'A job workload has scaling.', help: 'Remove scaling from job workloads.' },
    STATELESS_PERSISTENT_CONFLICT: {
        short: 'A stateless service declares persistent durability.',
        help: 'Use ephemeral durability, or make the service stateful or hybrid.',
    },
    UPGRADE_STRATEGY_STATE_MISMATCH: {
        short: 'An ordered upgrade strategy on a stateless service.',
        help: 'Use a rolling strategy, or declare the state the service really has.',
        level: 'warning',
    },
    CAPABILITY_REF_INVALID: {
        short: 'An extension capability ref is not a domain-qualified name.',
        help: 'Use a ref such as example.com/capability.',
    },
    DUPLICATE_CAPABILITY: { short: 'A capability is declared twice.', help: 'Declare health, metrics and each extension ref once.' },
    CAPABILITY_INTERFACE_UNKNOWN: {
        short: 'A capability binding names an interface that is not declared.',
        help: 'Name one of the declared interfaces.',
    },
    CAPABILITY_PATH_INVALID: {
        short: 'A capability binding path is not a safe URL path.',
        help: 'Use a plain absolute path such as /metrics.',
    },
    INVALID_INTERFACE_SPEC: { short: 'An interface description file does not parse.', help: 'Fix the YAML or JSON of the referenced file.' },
    INVALID_CONFIG_JSON: { short: 'A configuration schema file is not JSON.', help: 'Fix the JSON of the referenced schema.' },
    INVALID_CONFIG_SCHEMA: {
        short: 'A configuration schema is not a valid JSON Schema.',
        help: 'Fix the schema so it compiles (draft 2020-12 unless it says otherwise).',
    },
    INVALID_CONFIG_REF: {
        short: 'A configuration ref is not a valid OCI reference.',
        help: 'Use oci://registry/repository:tag or @sha256:digest.',
    },
    CONFIG_VALUES_VALIDATION_FAILED: {
        short: 'Configuration values do not match their schema.',
        help: 'Change the values, or the schema, so they agree.',
    },
    INVALID_POLICY_JSON: { short: 'A policy schema file is not JSON.', help: 'Fix the JSON of the referenced schema.' },
    INVALID_POLICY_SCHEMA: { short: 'A policy schema is not a valid JSON Schema.', help: 'Fix the schema so it compiles.' },
    INVALID_POLICY_REF: { short: 'A policy ref is not a valid OCI reference.', help: 'Use oci://registry/repository:tag or @sha256:digest.' },
    POLICY_VIOLATION: { short: 'The contract violates one of its policies.', help: 'Change the contract so the policy schema accepts it.' },
    POLICY_REF_UNRESOLVED: {
        short: 'A policy ref could not be resolved offline.',
        help: 'Inline the policy schema, or set unresolved-policy-refs: warn.',
    },
    POLICY_REF_CYCLE: { short: 'Policy refs form a cycle.', help: 'Break the cycle between the referenced policies.' },
    INVALID_READINESS_EXPIRES: { short: 'readiness.expires is not a YYYY-MM-DD date.', help: 'Write a real date as YYYY-MM-DD.' },
    INVALID_READINESS_REVISION: {
        short: 'A readiness history entry is incomplete or has a bad date.',
        help: 'Give date (YYYY-MM-DD), version, author and description.',
    },
    DUPLICATE_READINESS_ID: { short: 'Two readiness claims have the same id.', help: 'Give each claim a unique id.' },
    EMPTY_READINESS_EVIDENCE: { short: 'A readiness claim has blank evidence.', help: 'Point the evidence at a URL, document or ticket.' },
    EMPTY_READINESS_DESCRIPTION: { short: 'A readiness claim has a blank description.', help: 'Describe what the claim asserts.' },
};
/** This action's own codes: findings about generated files rather than contracts. */
const ACTION = {
    OUTPUT_PATH_INVALID: {
        short: 'A plugin returned an output path that is not a clean relative path.',
        help: 'Fix the plugin: return relative, "/"-separated paths without empty, "." or ".." segments.',
    },
    OUTPUT_OUTSIDE_DIRECTORY: {
        short: 'A plugin output would land outside its output directory.',
        help: 'Remove the symbolic link in the working tree, or change output-dir so it stays inside the working directory.',
    },
    OUTPUT_OVERWRITES_PROTECTED: {
        short: 'A plugin output would replace a contract, a file a contract references, a manifest or a file in .git.',
        help: 'Change output-dir, or the plugin, so generated files never replace those files.',
    },
    OUTPUT_NOT_REGULAR_FILE: {
        short: 'A plugin wrote a symbolic link or special file into its output directory.',
        help: 'Fix the plugin: write regular files only.',
    },
    DRIFT_CHANGED: {
        short: 'A committed generated file differs from what the plugins generate now.',
        help: 'Run the action in generate mode (or apply pacto-drift.patch) and commit the result.',
        level: 'note',
    },
    DRIFT_NEW: {
        short: 'A file the plugins generate is not committed.',
        help: 'Run the action in generate mode (or apply pacto-drift.patch) and commit the result.',
        level: 'note',
    },
    DRIFT_STALE: {
        short: 'A committed generated file is no longer produced by its plugin.',
        help: 'Delete it (clean: true does this in generate mode) and commit the result.',
        level: 'note',
    },
};
/** Every code with its text; the order is the order rules are listed in a SARIF file. */
const RULES = Object.freeze({ ...PACTO, ...ACTION });
/** The text of `code`; a code this table does not know (a newer Pacto) still gets a rule. */
function ruleText(code) {
    return (RULES[code] ?? {
        short: `Pacto validation finding ${code}.`,
        help: 'See the message for what is wrong and the Pacto documentation for the rule.',
    });
}
/** Whether `code` comes from contract validation (as opposed to this action's own checks). */
function isValidationCode(code) {
    return !Object.hasOwn(ACTION, code);
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * `sarif-file`: every finding as SARIF 2.1.0 for GitHub code scanning (no limit of ten
 * annotations there). Validation findings, unsafe plugin outputs and drift (as notes), each
 * with its code as the rule id, located relative to the repository root, and fingerprinted by
 * what it is (code, place in the contract, file), not by its line, so an alert survives edits
 * above it.
 */







const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const TOOL_NAME = 'pacto-generate-action';
const INFORMATION_URI = 'https://github.com/TrianaLab/pacto';
/** The partialFingerprints key: versioned, so a change of recipe never matches old alerts by accident. */
const FINGERPRINT_KEY = 'pactoFinding/v1';
const SRCROOT = '%SRCROOT%';
/**
 * The top of the git repository holding `dir`: the nearest ancestor with a `.git` entry (a
 * directory, or the file of a worktree or submodule). Null outside any repository.
 */
function repositoryRoot(dir) {
    for (let cur = external_node_path_default().resolve(dir);; cur = external_node_path_default().dirname(cur)) {
        if (external_node_fs_default().existsSync(external_node_path_default().join(cur, '.git')))
            return cur;
        if (external_node_path_default().dirname(cur) === cur)
            return null;
    }
}
/** Whether the run got far enough for its SARIF to be the whole truth (else an upload would close open alerts). */
function sarifComplete(state) {
    return state.config !== null && state.discovery !== null && state.inputError === null;
}
/** `abs` relative to `root`, '/'-separated and percent-encoded per segment; null when outside root. */
function relativeUri(root, abs) {
    if (!(0,paths/* isStrictlyInside */.P)(root, abs))
        return null;
    return external_node_path_default().relative(root, abs).split((external_node_path_default()).sep).map(encodeURIComponent).join('/');
}
function collect(state) {
    const items = [];
    const wd = state.config?.workingDirectory ?? process.cwd();
    for (const c of state.contracts) {
        for (const [level, findings] of [
            ['error', c.errors],
            ['warning', c.warnings],
        ]) {
            for (const f of findings) {
                items.push({
                    code: f.code,
                    level,
                    message: f.path ? `${f.path}: ${f.message}` : f.message,
                    file: c.absFile,
                    line: f.line,
                    column: f.column,
                    where: f.path,
                    contract: c.absFile,
                });
            }
        }
    }
    const gen = state.generation;
    const contractOf = new Map(state.contracts.map((c) => [c.file, c.absFile]));
    for (const j of gen?.jobs ?? []) {
        if (j.status !== 'failed' || !j.unsafe)
            continue;
        const abs = contractOf.get(j.contract) ?? external_node_path_default().resolve(wd, j.contract);
        items.push({
            code: j.unsafe,
            level: 'error',
            message: j.error ?? `plugin ${j.plugin} produced an unsafe output`,
            file: abs,
            line: null,
            column: null,
            // The plugin is part of what the finding is: two plugins can each be unsafe for one contract.
            where: `plugin ${j.plugin}`,
            contract: abs,
        });
    }
    const owner = new Map((gen?.files ?? []).map((f) => [f.path, f.contract]));
    const clean = state.config?.clean ?? false;
    for (const d of gen?.drift?.entries ?? []) {
        const code = d.status === 'changed' ? 'DRIFT_CHANGED' : d.status === 'new' ? 'DRIFT_NEW' : 'DRIFT_STALE';
        const contract = owner.get(d.path);
        const fix = d.status === 'stale' && !clean ? 'delete it, or set clean: true' : 'run the action in generate mode or apply pacto-drift.patch';
        items.push({
            code,
            level: 'note',
            message: `${d.path}: ${ruleText(code).short} To fix: ${fix}.`,
            file: external_node_path_default().resolve(wd, d.path),
            line: null,
            column: null,
            where: '',
            contract: contract ? (contractOf.get(contract) ?? external_node_path_default().resolve(wd, contract)) : '',
        });
    }
    return items;
}
function buildSarif(state, root) {
    const items = collect(state);
    const ids = [...Object.keys(RULES)];
    for (const it of items)
        if (!ids.includes(it.code))
            ids.push(it.code);
    const index = new Map(ids.map((id, i) => [id, i]));
    const seen = new Map();
    const uriOf = (abs) => {
        const rel = relativeUri(root, abs);
        return rel === null ? { uri: (0,external_node_url_.pathToFileURL)(abs).href } : { uri: rel, uriBaseId: SRCROOT };
    };
    const results = items.map((it) => {
        const loc = uriOf(it.file);
        const base = (0,hash/* sha256 */.s)(`${it.code}\0${it.where}\0${loc.uri}`);
        // The same code at the same place of the same file twice (two duplicate names, say): the
        // occurrence tells them apart and stays stable as long as their order does.
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const region = it.line !== null && it.line > 0
            ? { startLine: it.line, ...(it.column !== null && it.column > 0 ? { startColumn: it.column } : {}) }
            : undefined;
        return {
            ruleId: it.code,
            ruleIndex: index.get(it.code),
            level: it.level,
            message: { text: it.message },
            locations: [{ physicalLocation: { artifactLocation: loc, ...(region ? { region } : {}) } }],
            partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${n}` },
            properties: { path: it.where, contract: it.contract === '' ? '' : uriOf(it.contract).uri },
        };
    });
    const rules = ids.map((id) => {
        const t = ruleText(id);
        const tag = id.startsWith('DRIFT_') ? 'drift' : id.startsWith('OUTPUT_') ? 'generated-output' : 'contract-validation';
        return {
            id,
            name: id
                .toLowerCase()
                .split('_')
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(''),
            shortDescription: { text: t.short },
            fullDescription: { text: `${t.short} ${t.help}` },
            help: { text: t.help },
            defaultConfiguration: { level: t.level ?? 'error' },
            properties: { tags: ['pacto', tag] },
        };
    });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: TOOL_NAME, informationUri: INFORMATION_URI, rules } },
                originalUriBaseIds: { [SRCROOT]: { uri: (0,external_node_url_.pathToFileURL)(root + (external_node_path_default()).sep).href } },
                invocations: [{ executionSuccessful: state.fatal.length === 0 }],
                results,
            },
        ],
    };
}
/**
 * Writes the SARIF file when the run validated its contracts. Returns what to log, or throws
 * when the file cannot be written (the caller fails the step).
 */
async function writeSarif(state, file) {
    if (!sarifComplete(state)) {
        return `SARIF not written to ${file}: the run stopped before validating contracts, and an empty file would close every open code scanning alert.`;
    }
    const wd = state.config.workingDirectory;
    const root = repositoryRoot(wd) ?? state.config.workspace;
    const log = buildSarif(state, root);
    await (0,replace_file/* replaceFile */.f)(file, `${JSON.stringify(log, null, 2)}\n`, state.config.workspace);
    const n = log.runs[0].results.length;
    return `SARIF: ${n} result${n === 1 ? '' : 's'} written to ${file} (paths relative to ${root}).`;
}


/***/ }),

/***/ 49913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/** The one sha256: file identities, plugin checksums, cache keys, content keys. */



/** Lowercase hex sha256 of bytes or of a string's UTF-8. */
function sha256(data) {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(data).digest('hex');
}
/** Lowercase hex sha256 of a file, streamed (plugin executables and archives can be large). */
async function sha256File(file) {
    const hash = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(node_fs__WEBPACK_IMPORTED_MODULE_1___default().createReadStream(file), hash);
    return hash.digest('hex');
}


/***/ })

};

//# sourceMappingURL=339.index.js.map
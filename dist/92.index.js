export const id = 92;
export const ids = [92];
export const modules = {

/***/ 45092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffContracts: () => (/* binding */ diffContracts),
  failedDiff: () => (/* binding */ failedDiff)
});

// UNUSED EXPORTS: pairUp

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/contracts/discover.ts
var discover = __webpack_require__(8108);
// EXTERNAL MODULE: ./src/contracts/validate.ts + 8 modules
var validate = __webpack_require__(59252);
// EXTERNAL MODULE: ./src/shared/git.ts
var shared_git = __webpack_require__(84025);
;// CONCATENATED MODULE: ./src/diff/base-tree.ts
/**
 * The base's contracts, read from git objects (never a checkout): the same `contracts` patterns
 * applied to the base commit's tree, each matched bundle's regular files written to a private
 * directory under RUNNER_TEMP so the same validator and the same comparers read both sides.
 */



const CONTRACT = 'pacto.yaml';
const PRUNED = new Set(['node_modules', '.git']);
/** Bounds on what one run writes out of the base's tree. */
const MAX_BASE_FILES = 2000;
const MAX_BASE_BYTES = 64 * 1024 * 1024;
/** `git ls-tree` of the working directory's part of the base commit. */
async function listTree(git, sha, prefix) {
    const args = ['-r', '-z', '-l', '--full-tree', sha, ...(prefix ? ['--', prefix] : [])];
    const out = await git.lsTree(args);
    const entries = [];
    for (const rec of out.stdout.split('\0')) {
        const m = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]*)$/.exec(rec);
        if (!m || m[2] !== 'blob')
            continue;
        const full = m[5];
        const rel = prefix ? full.slice(prefix.length + 1) : full;
        if (prefix && !full.startsWith(`${prefix}/`))
            continue;
        // A tree entry is data: a path that would leave the directory it is written to is skipped.
        if (rel.split('/').some((s) => PRUNED.has(s) || s === '..' || s === '.' || s === ''))
            continue;
        entries.push({ mode: m[1], sha: m[3], size: m[4] === '-' ? 0 : Number(m[4]), rel });
    }
    return entries;
}
/** The base's bundles that the patterns select, sharded as discovery shards the head's. */
function selectBundles(files, workingDirectory, patterns, shard) {
    const positives = patterns.filter((p) => !(0,discover/* isNegation */.Ct)(p));
    const matches = (0,discover/* matcherFor */.sp)(workingDirectory, positives);
    const excluded = (0,discover/* negationMatcher */.Up)(workingDirectory, patterns.filter(discover/* isNegation */.Ct));
    const selected = files
        .filter((f) => external_node_path_default().posix.basename(f) === CONTRACT)
        .filter((f) => {
        const dir = external_node_path_default().posix.dirname(f);
        return (matches(f) || matches(dir)) && !excluded(f) && !excluded(dir);
    })
        .sort(discover/* compareBytes */.Xo);
    return shard ? selected.filter((_, i) => i % shard.total === shard.index - 1) : selected;
}
/**
 * Writes the selected bundles of the base commit to `dest` and returns them as bundles whose
 * `file` and `bundle` are the base's paths (relative to the working directory).
 */
async function readBaseBundles(git, opts) {
    const warnings = [];
    const entries = await listTree(git, opts.sha, opts.prefix);
    // Symlinks and submodules are not followed out of git: a file of the repository is data only.
    const regular = entries.filter((e) => e.mode === '100644' || e.mode === '100755');
    const files = selectBundles(regular.map((e) => e.rel), opts.workingDirectory, opts.patterns, opts.shard);
    const bundles = [];
    let count = 0;
    let bytes = 0;
    const written = new Set();
    for (const file of files) {
        const dir = external_node_path_default().posix.dirname(file);
        const inside = regular.filter((e) => dir === '.' || e.rel.startsWith(`${dir}/`));
        // pacto.yaml first: a bundle cut short by the bounds still has its contract.
        inside.sort((a, b) => Number(b.rel === file) - Number(a.rel === file));
        for (const e of inside) {
            if (written.has(e.rel))
                continue;
            if (count >= MAX_BASE_FILES || bytes + e.size > MAX_BASE_BYTES) {
                if (count !== Infinity)
                    warnings.push(`The base's bundles hold more than ${MAX_BASE_FILES} files or ${MAX_BASE_BYTES / 1024 / 1024} MiB: ${e.rel} and later files were not read, so references to them look missing at the base.`);
                count = Infinity;
                break;
            }
            const target = external_node_path_default().join(opts.dest, ...e.rel.split('/'));
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            external_node_fs_default().writeFileSync(target, await blob(git, e.sha));
            written.add(e.rel);
            count += 1;
            bytes += e.size;
        }
        bundles.push({ file, bundle: dir, absFile: external_node_path_default().join(opts.dest, ...file.split('/')), absDir: external_node_path_default().join(opts.dest, ...dir.split('/')) });
    }
    return { bundles, warnings };
}
async function blob(git, sha) {
    return (await git.catFile('blob', sha)).stdout;
}

;// CONCATENATED MODULE: ./src/diff/base.ts
/**
 * Which commit the head is compared against, and making sure it is in the repository: the
 * `base` input, the merge base of a pull request's head and base (pull_request,
 * pull_request_target, merge_group), or the commit before a push. A shallow checkout is
 * deepened a bounded number of times; when that is not enough the message names the
 * `fetch-depth` to set.
 */

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Commits a shallow clone is deepened by, step after step, to reach a merge base (1000 in all). */
const DEEPEN_STEPS = [50, 150, 800];
function readEvent(env) {
    let payload = null;
    try {
        const parsed = env.GITHUB_EVENT_PATH ? JSON.parse(external_node_fs_default().readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : null;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            payload = parsed;
    }
    catch {
        payload = null;
    }
    return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}
const field = (o, ...keys) => keys.reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);
const base_text = (v) => (typeof v === 'string' ? v : '');
/** The pull request's labels from the event payload (no API call). */
function pullRequestLabels(event) {
    const labels = field(event.payload, 'pull_request', 'labels');
    return Array.isArray(labels) ? labels.map((l) => base_text(field(l, 'name'))).filter((n) => n !== '') : [];
}
async function hasCommit(git, rev) {
    const out = await git.revParse(['--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { allowFailure: true });
    return out.code === 0 ? out.stdout.trim() : null;
}
/**
 * Fetches revisions from origin (by SHA or ref name); false when git refused. The `--` keeps a
 * revision such as `--upload-pack=...` (from `base: origin/--upload-pack=...`) from being an option.
 */
async function fetch(git, revs, depth, notes) {
    const args = ['--no-tags', '--no-recurse-submodules', '--quiet', ...depth, '--', 'origin', ...revs];
    const out = await git.fetch(args, { allowFailure: true });
    notes.push(`git fetch ${args.join(' ')}${out.code === 0 ? '' : ` failed: ${out.stderr.trim().split('\n').pop() ?? ''}`}`);
    return out.code === 0;
}
/** Makes `rev` present (fetching it from origin when missing); its SHA or null. */
async function ensure(git, rev, notes) {
    const have = await hasCommit(git, rev);
    if (have)
        return have;
    if (!(await git.hasRemote('origin')))
        return null;
    const shallow = await git.isShallow();
    const remoteName = rev.startsWith('origin/') ? rev.slice('origin/'.length) : rev;
    if (!(await fetch(git, [remoteName], shallow ? ['--depth=1'] : [], notes)))
        return null;
    return SHA.test(rev) ? hasCommit(git, rev) : hasCommit(git, 'FETCH_HEAD');
}
async function mergeBase(git, a, b) {
    const out = await git.mergeBase([a, b], { allowFailure: true });
    return out.code === 0 ? out.stdout.trim() : null;
}
/**
 * The merge base of two commits, deepening a shallow clone step by step. Missing commits are
 * fetched at depth 1 and then deepened (`--deepen`), never fetched with a `--depth` that could
 * cut history the checkout already has.
 */
async function reachMergeBase(git, baseSha, headSha, notes) {
    const missing = [];
    for (const sha of [baseSha, headSha])
        if ((await hasCommit(git, sha)) === null)
            missing.push(sha);
    if (missing.length === 0) {
        const mb = await mergeBase(git, baseSha, headSha);
        if (mb)
            return { sha: mb };
    }
    const shallow = await git.isShallow();
    if (!shallow && missing.length === 0)
        return { error: `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)} have no common ancestor` };
    if (!(await git.hasRemote('origin'))) {
        return {
            error: `the pull request's commits are not all in this checkout and there is no origin remote to fetch them from; set fetch-depth: 0 on actions/checkout`,
        };
    }
    if (missing.length > 0 && !(await fetch(git, missing, shallow ? ['--depth=1'] : [], notes))) {
        return {
            error: `could not fetch ${missing.map((s) => s.slice(0, 12)).join(' and ')} from origin; set fetch-depth: 0 on actions/checkout, or set the base input`,
        };
    }
    const mb = await mergeBase(git, baseSha, headSha);
    if (mb)
        return { sha: mb };
    if (!shallow)
        return { error: `${baseSha.slice(0, 12)} and ${headSha.slice(0, 12)} have no common ancestor` };
    let deepened = 0;
    for (const step of DEEPEN_STEPS) {
        if (!(await fetch(git, [baseSha, headSha], [`--deepen=${step}`], notes)))
            break;
        deepened += step;
        const found = await mergeBase(git, baseSha, headSha);
        if (found)
            return { sha: found };
    }
    const max = DEEPEN_STEPS.reduce((a, b) => a + b, 0);
    return {
        error: `the merge base of ${baseSha.slice(0, 12)} (base) and ${headSha.slice(0, 12)} (head) is not within ${deepened || max} commits of them in this shallow checkout; set fetch-depth: 0 on actions/checkout (or a depth of more than ${max}), or set the base input`,
    };
}
async function resolveBase(git, input, event) {
    const notes = [];
    if (input !== '') {
        const sha = await ensure(git, input, notes);
        if (!sha)
            return {
                error: `base: "${input}" is not a commit in this checkout and could not be fetched from origin; check the ref, or check out with fetch-depth: 0`,
                notes,
            };
        return { base: { ref: input, sha, source: 'input' }, notes };
    }
    const p = event.payload;
    if (event.name === 'pull_request' || event.name === 'pull_request_target' || event.name === 'merge_group') {
        const pr = event.name === 'merge_group';
        const baseSha = base_text(pr ? field(p, 'merge_group', 'base_sha') : field(p, 'pull_request', 'base', 'sha'));
        const headSha = base_text(pr ? field(p, 'merge_group', 'head_sha') : field(p, 'pull_request', 'head', 'sha'));
        if (!SHA.test(baseSha) || !SHA.test(headSha)) {
            return {
                error: `the ${event.name} event payload (GITHUB_EVENT_PATH) has no base and head SHA to find the merge base of; set the base input`,
                notes,
            };
        }
        const mb = await reachMergeBase(git, baseSha, headSha, notes);
        if ('error' in mb)
            return { error: mb.error, notes };
        return { base: { ref: `merge-base(${baseSha.slice(0, 12)}, ${headSha.slice(0, 12)})`, sha: mb.sha, source: 'merge-base' }, notes };
    }
    if (event.name === 'push') {
        const before = base_text(field(p, 'before'));
        if (before === '' || ZERO_SHA.test(before)) {
            return {
                skipped: 'this push created the branch (no commit before it): nothing to compare against. Set the base input (for example origin/main) to compare a new branch',
                notes,
            };
        }
        if (!SHA.test(before))
            return { error: `the push event's before (${before}) is not a commit SHA; set the base input`, notes };
        const sha = await ensure(git, before, notes);
        if (!sha)
            return {
                error: `the commit before this push (${before.slice(0, 12)}) is not in this checkout and could not be fetched (a force push may have dropped it); set the base input or check out with fetch-depth: 2`,
                notes,
            };
        return { base: { ref: before, sha, source: 'push-before' }, notes };
    }
    const what = event.name === '' ? 'this run (no GITHUB_EVENT_NAME)' : `a ${event.name} event`;
    return { skipped: `${what} has no base to compare against; set the base input to compare against a ref`, notes };
}

;// CONCATENATED MODULE: ./src/diff/classification.ts
const NON = 'NON_BREAKING';
const POTENTIAL = 'POTENTIAL_BREAKING';
const BREAKING = 'BREAKING';
/** The action's own rows, both formats: a whole contract appearing or disappearing. */
const CONTRACT_ROWS = [
    //  rule path            added      removed    modified
    ['contract', NON, BREAKING, null],
];
/** Pacto 0.9.1, format 1.0. */
const V1_ROWS = [
    //  rule path                                    added      removed    modified
    ['service.name', null, null, BREAKING],
    ['service.version', null, null, NON],
    ['service.owner', NON, NON, NON],
    ['service.image', NON, NON, NON],
    ['interfaces', NON, BREAKING, null],
    ['interfaces.type', null, null, BREAKING],
    ['interfaces.port', POTENTIAL, BREAKING, BREAKING],
    ['interfaces.visibility', null, null, POTENTIAL],
    ['interfaces.contract', null, null, POTENTIAL],
    ['configuration', NON, BREAKING, null],
    ['configuration.schema', NON, BREAKING, POTENTIAL],
    ['runtime.workload', null, null, BREAKING],
    ['runtime.state.type', null, null, BREAKING],
    ['runtime.state.persistence.scope', null, null, BREAKING],
    ['runtime.state.persistence.durability', null, null, BREAKING],
    ['runtime.state.dataCriticality', null, null, POTENTIAL],
    ['runtime.lifecycle.upgradeStrategy', NON, POTENTIAL, POTENTIAL],
    ['runtime.lifecycle.gracefulShutdownSeconds', null, null, NON],
    ['runtime.health.interface', null, null, POTENTIAL],
    ['runtime.health.path', null, null, POTENTIAL],
    ['runtime.health.initialDelaySeconds', null, null, NON],
    ['scaling', NON, POTENTIAL, null],
    ['scaling.min', null, null, POTENTIAL],
    ['scaling.max', null, null, NON],
    ['dependencies', NON, BREAKING, null],
    ['dependencies.compatibility', null, null, POTENTIAL],
    ['dependencies.required', null, null, POTENTIAL],
    ['openapi.paths', NON, BREAKING, null],
    ['openapi.methods', NON, BREAKING, null],
    ['openapi.parameters', POTENTIAL, BREAKING, POTENTIAL],
    ['openapi.request-body', POTENTIAL, POTENTIAL, POTENTIAL],
    ['openapi.responses', NON, BREAKING, POTENTIAL],
    ['schema.properties', NON, BREAKING, null],
];
/**
 * Pacto v3, format 2.0: service name, interface removed or type changed, configuration and
 * dependency removed, workload and state changed are BREAKING; readiness and owner never are.
 * Interface specs: a required parameter added, or a parameter made required, and a changed
 * schema `required` list are BREAKING; additions are NON_BREAKING.
 */
const V2_ROWS = [
    //  rule path                                    added      removed    modified
    ['pactoVersion', null, null, POTENTIAL],
    ['service.name', null, null, BREAKING],
    ['service.version', null, null, NON],
    ['service.owner', NON, NON, NON],
    ['interfaces', NON, BREAKING, null],
    ['interfaces.type', null, null, BREAKING],
    ['interfaces.visibility', null, null, POTENTIAL],
    ['interfaces.ref', null, null, POTENTIAL],
    ['configurations', NON, BREAKING, null],
    ['configurations.required', null, null, POTENTIAL],
    ['configurations.schema', null, null, POTENTIAL],
    ['configurations.ref', null, null, POTENTIAL],
    ['dependencies', NON, BREAKING, null],
    ['dependencies.ref', null, null, POTENTIAL],
    ['dependencies.compatibility', null, null, POTENTIAL],
    ['dependencies.required', null, null, POTENTIAL],
    ['workload', null, null, BREAKING],
    ['state.type', null, null, BREAKING],
    ['state.persistence.scope', null, null, BREAKING],
    ['state.persistence.durability', null, null, BREAKING],
    ['state.dataCriticality', null, null, POTENTIAL],
    ['readiness', NON, NON, NON],
    ['openapi.paths', NON, BREAKING, null],
    ['openapi.methods', NON, BREAKING, null],
    ['openapi.parameters', NON, BREAKING, POTENTIAL],
    ['openapi.parameters.required', BREAKING, null, BREAKING],
    ['openapi.request-body', POTENTIAL, POTENTIAL, POTENTIAL],
    ['openapi.responses', NON, BREAKING, POTENTIAL],
    ['schema.properties', NON, BREAKING, null],
    ['schema.required', BREAKING, BREAKING, null],
];
function table(rows) {
    const m = new Map();
    for (const [path, added, removed, modified] of [...CONTRACT_ROWS, ...rows]) {
        if (added)
            m.set(`${path} added`, added);
        if (removed)
            m.set(`${path} removed`, removed);
        if (modified)
            m.set(`${path} modified`, modified);
    }
    return m;
}
const TABLE_V1 = table(V1_ROWS);
const TABLE_V2 = table(V2_ROWS);
/** Pacto's `classify`: the table's class, POTENTIAL_BREAKING for any pair it does not list. */
function classify(t, rulePath, type) {
    return t.get(`${rulePath} ${type}`) ?? POTENTIAL;
}
const RANK = { NON_BREAKING: 0, POTENTIAL_BREAKING: 1, BREAKING: 2 };
/** The higher of two classes (NON_BREAKING < POTENTIAL_BREAKING < BREAKING). */
function maxClass(a, b) {
    if (a === null)
        return b;
    if (b === null)
        return a;
    return RANK[a] >= RANK[b] ? a : b;
}
/** Every row of a table, for the documentation and the tests. */
function rows(t) {
    return [...t].map(([key, classification]) => {
        const i = key.lastIndexOf(' ');
        return { path: key.slice(0, i), type: key.slice(i + 1), classification };
    });
}

;// CONCATENATED MODULE: ./src/diff/emit.ts
/** Collects changes, each classified by the table and placed on a line of the head's pacto.yaml. */

class Changes {
    table;
    lineOf;
    list = [];
    constructor(table, lineOf) {
        this.table = table;
        this.lineOf = lineOf;
    }
    /** `oldValue`/`newValue` undefined stands for Go's nil: the key is left out. */
    add(rule, type, oldValue, newValue, opts = {}) {
        const c = {
            path: opts.path ?? rule,
            type,
            classification: classify(this.table, rule, type),
            reason: opts.reason ?? `${rule} ${type}`,
            line: opts.at === null ? null : this.lineOf(opts.at ?? rule),
        };
        if (oldValue !== undefined)
            c.oldValue = oldValue;
        if (newValue !== undefined)
            c.newValue = newValue;
        this.list.push(c);
    }
}
/** Keys of both maps in a stable order (Pacto's order is Go's map order: unordered). */
function sortedKeys(a, b) {
    const removedOrKept = [...a.keys()].sort();
    const added = [...b.keys()].filter((k) => !a.has(k)).sort();
    return { removedOrKept, added };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/contracts/yaml/parse.ts + 7 modules
var parse = __webpack_require__(27922);
// EXTERNAL MODULE: ./src/contracts/yaml/generic.ts
var generic = __webpack_require__(85402);
// EXTERNAL MODULE: ./src/contracts/yaml/tree.ts
var yaml_tree = __webpack_require__(90559);
// EXTERNAL MODULE: ./src/contracts/yaml/paths.ts
var paths = __webpack_require__(16807);
;// CONCATENATED MODULE: ./src/diff/side.ts
/**
 * One side of a comparison: the contract as a generic document (Pacto's diff loads without
 * validating, and both sides go through the same parser) and the files of its bundle.
 */







/** Reads pacto.yaml of a bundle directory on disk; null when it does not parse to a mapping. */
function loadSide(absFile, absDir) {
    let source;
    try {
        source = external_node_fs_default().readFileSync(absFile);
    }
    catch {
        return null;
    }
    const parsed = (0,parse/* parseFirstDocument */.jE)(source);
    if (parsed.error)
        return null;
    const tree = new yaml_tree/* YamlTree */.c(parsed);
    if (tree.problems.length > 0)
        return null;
    const { value, problem } = (0,generic/* toGenericJson */.Z)(tree);
    if (problem || !isObject(value))
        return null;
    const root = external_node_path_default().resolve(absDir);
    return {
        doc: value,
        readFile(rel) {
            const abs = external_node_path_default().resolve(root, rel);
            const inside = external_node_path_default().relative(root, abs);
            if (inside === '' || inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
                return null;
            try {
                // A symlink is followed only when it stays inside the bundle (as Pacto's bundle FS).
                const real = external_node_fs_default().realpathSync(abs);
                const realRoot = external_node_fs_default().realpathSync(root);
                const r = external_node_path_default().relative(realRoot, real);
                if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
                    return null;
                return external_node_fs_default().readFileSync(real);
            }
            catch {
                return null;
            }
        },
        lineOf(p) {
            return (0,paths/* locatePath */.o)(tree, p)?.line ?? null;
        },
    };
}
function isObject(v) {
    return v !== null && v !== undefined && typeof v === 'object' && !Array.isArray(v);
}
function obj(v) {
    return isObject(v) ? v : {};
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/** A scalar as the typed model holds it: absent and null are "". */
function str(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return canonical(v);
}
/** An optional integer (nil when absent). */
function optInt(v) {
    return typeof v === 'number' ? Math.trunc(v) : null;
}
/** JSON with sorted keys: deep equality the way Pacto's canonical re-serialisation sees it. */
function canonical(v) {
    if (v === undefined)
        return 'null';
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v !== null && typeof v === 'object') {
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v);
}
/** A bundle file read as YAML (JSON is YAML too); null when it does not parse. */
function readYaml(side, rel) {
    const bytes = side.readFile(rel);
    if (!bytes)
        return null;
    try {
        return (0,dist/* parse */.qg)(bytes.toString('utf8'), { maxAliasCount: 1000 });
    }
    catch {
        return null;
    }
}
/** A bundle file read as JSON; null when it is not JSON. */
function readJson(side, rel) {
    const bytes = side.readFile(rel);
    if (!bytes)
        return null;
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/diff/openapi.ts


const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head', 'trace'];
function pathsOf(spec) {
    if (!isObject(spec))
        return null;
    const out = new Map();
    for (const [k, v] of Object.entries(obj(spec.paths)))
        if (isObject(v))
            out.set(k, v);
    return out;
}
/** OpenAPI files of one interface; an unreadable or unparseable side yields nothing, as in Pacto. */
function diffOpenApi(out, oldSide, newSide, oldRef, newRef, opts) {
    if (oldRef === '' || newRef === '')
        return;
    const oldPaths = pathsOf(readYaml(oldSide, oldRef));
    const newPaths = pathsOf(readYaml(newSide, newRef));
    if (!oldPaths || !newPaths)
        return;
    const { removedOrKept, added } = sortedKeys(oldPaths, newPaths);
    for (const p of removedOrKept) {
        const newMethods = newPaths.get(p);
        if (!newMethods) {
            out.add('openapi.paths', 'removed', p, undefined, { path: `openapi.paths[${p}]`, reason: `API path ${p} removed`, at: opts.at });
            continue;
        }
        diffMethods(out, p, oldPaths.get(p), newMethods, opts);
    }
    for (const p of added)
        out.add('openapi.paths', 'added', undefined, p, { path: `openapi.paths[${p}]`, reason: `API path ${p} added`, at: opts.at });
}
function diffMethods(out, p, oldOps, newOps, opts) {
    for (const m of HTTP_METHODS) {
        const inOld = Object.hasOwn(oldOps, m);
        const inNew = Object.hasOwn(newOps, m);
        const upper = m.toUpperCase();
        const where = `openapi.paths[${p}].methods[${upper}]`;
        if (inOld && !inNew)
            out.add('openapi.methods', 'removed', `${upper} ${p}`, undefined, {
                path: where,
                reason: `${upper} ${p} method removed`,
                at: opts.at,
            });
        else if (!inOld && inNew)
            out.add('openapi.methods', 'added', undefined, `${upper} ${p}`, { path: where, reason: `${upper} ${p} method added`, at: opts.at });
        else if (inOld && inNew)
            diffOperation(out, p, upper, oldOps[m], newOps[m], opts);
    }
}
function diffOperation(out, p, method, oldOp, newOp, opts) {
    if (!isObject(oldOp) && !isObject(newOp))
        return;
    const o = obj(oldOp);
    const n = obj(newOp);
    diffParameters(out, p, method, list(o.parameters), list(n.parameters), opts);
    const body = `openapi.paths[${p}].methods[${method}].request-body`;
    const op = `${method} ${p}`;
    const hadBody = Object.hasOwn(o, 'requestBody');
    const hasBody = Object.hasOwn(n, 'requestBody');
    if (hadBody && !hasBody)
        out.add('openapi.request-body', 'removed', op, undefined, { path: body, reason: `${op} request body removed`, at: opts.at });
    else if (!hadBody && hasBody)
        out.add('openapi.request-body', 'added', undefined, op, { path: body, reason: `${op} request body added`, at: opts.at });
    else if (hadBody && hasBody && canonical(o.requestBody) !== canonical(n.requestBody)) {
        out.add('openapi.request-body', 'modified', op, op, { path: body, reason: `${op} request body modified`, at: opts.at });
    }
    const oldResp = new Map(Object.entries(obj(o.responses)));
    const newResp = new Map(Object.entries(obj(n.responses)));
    const { removedOrKept, added } = sortedKeys(oldResp, newResp);
    for (const code of removedOrKept) {
        const where = `openapi.paths[${p}].methods[${method}].responses[${code}]`;
        const v = `${op} ${code}`;
        if (!newResp.has(code))
            out.add('openapi.responses', 'removed', v, undefined, { path: where, reason: `${op} response ${code} removed`, at: opts.at });
        else if (canonical(oldResp.get(code)) !== canonical(newResp.get(code))) {
            out.add('openapi.responses', 'modified', v, v, { path: where, reason: `${op} response ${code} modified`, at: opts.at });
        }
    }
    for (const code of added) {
        out.add('openapi.responses', 'added', undefined, `${op} ${code}`, {
            path: `openapi.paths[${p}].methods[${method}].responses[${code}]`,
            reason: `${op} response ${code} added`,
            at: opts.at,
        });
    }
}
function indexParams(params) {
    const m = new Map();
    for (const raw of params) {
        if (!isObject(raw))
            continue;
        const name = typeof raw.name === 'string' ? raw.name : '';
        const where = typeof raw.in === 'string' ? raw.in : '';
        const key = `${name}:${where}`;
        if (key !== ':')
            m.set(key, raw);
    }
    return m;
}
function label(param) {
    return `${typeof param.in === 'string' ? param.in : ''} param '${typeof param.name === 'string' ? param.name : ''}'`;
}
function diffParameters(out, p, method, oldList, newList, opts) {
    const oldBy = indexParams(oldList);
    const newBy = indexParams(newList);
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    const op = `${method} ${p}`;
    for (const key of removedOrKept) {
        const where = `openapi.paths[${p}].methods[${method}].parameters[${key}]`;
        const o = oldBy.get(key);
        const n = newBy.get(key);
        if (!n) {
            out.add('openapi.parameters', 'removed', `${op} ${label(o)}`, undefined, {
                path: where,
                reason: `${op} ${label(o)} removed`,
                at: opts.at,
            });
        }
        else if (canonical(o) !== canonical(n)) {
            const madeRequired = opts.requiredRules && o.required !== true && n.required === true;
            const rule = madeRequired ? 'openapi.parameters.required' : 'openapi.parameters';
            const reason = madeRequired ? `${op} ${label(o)} made required` : `${op} ${label(o)} modified`;
            out.add(rule, 'modified', `${op} ${label(o)}`, `${op} ${label(n)}`, { path: where, reason, at: opts.at });
        }
    }
    for (const key of added) {
        const n = newBy.get(key);
        const required = opts.requiredRules && n.required === true;
        out.add(required ? 'openapi.parameters.required' : 'openapi.parameters', 'added', undefined, `${op} ${label(n)}`, {
            path: `openapi.paths[${p}].methods[${method}].parameters[${key}]`,
            reason: `${op} ${required ? 'required ' : ''}${label(n)} added`,
            at: opts.at,
        });
    }
}
/** Configuration schema files (read as JSON): top-level properties, and in 2.0 the `required` list. */
function diffSchema(out, oldSide, newSide, oldRef, newRef, opts) {
    if (oldRef === '' || newRef === '')
        return;
    const o = readJson(oldSide, oldRef);
    const n = readJson(newSide, newRef);
    if (!isObject(o) || !isObject(n))
        return;
    const set = (v) => new Map(Object.keys(obj(v)).map((k) => [k, true]));
    diffSet(out, set(o.properties), set(n.properties), 'schema.properties', 'configuration property', opts.at);
    if (opts.requiredRules) {
        const names = (v) => new Map(list(v)
            .filter((x) => typeof x === 'string')
            .map((k) => [k, true]));
        diffSet(out, names(o.required), names(n.required), 'schema.required', 'required configuration property', opts.at);
    }
}
/** Pacto's diffStringSet: one removed/added change per key. */
function diffSet(out, oldSet, newSet, rule, entity, at) {
    const { removedOrKept, added } = sortedKeys(oldSet, newSet);
    for (const k of removedOrKept) {
        if (!newSet.has(k))
            out.add(rule, 'removed', k, undefined, { path: `${rule}[${k}]`, reason: `${entity} ${k} removed`, at });
    }
    for (const k of added)
        out.add(rule, 'added', undefined, k, { path: `${rule}[${k}]`, reason: `${entity} ${k} added`, at });
}

;// CONCATENATED MODULE: ./src/diff/compare-v1.ts
/**
 * Format 1.0, as Pacto 0.9.1's diff engine compares it: service fields and scaling, runtime,
 * dependencies (by ref), interfaces (by name, with their OpenAPI files), configuration (with its
 * schema's properties). Map iterations are sorted, so the order is stable.
 */




function compareV1(oldSide, newSide) {
    const out = new Changes(TABLE_V1, newSide.lineOf);
    const o = oldSide.doc;
    const n = newSide.doc;
    service(out, obj(o.service), obj(n.service));
    scaling(out, o.scaling, n.scaling);
    runtime(out, o, n);
    dependencies(out, o, n);
    interfaces(out, oldSide, newSide);
    configuration(out, oldSide, newSide);
    return out.list;
}
function service(out, o, n) {
    if (str(o.name) !== str(n.name))
        out.add('service.name', 'modified', str(o.name), str(n.name));
    if (str(o.version) !== str(n.version))
        out.add('service.version', 'modified', str(o.version), str(n.version));
    const oo = str(o.owner);
    const no = str(n.owner);
    if (oo !== no)
        out.add('service.owner', oo === '' ? 'added' : no === '' ? 'removed' : 'modified', oo, no, {
            at: no === '' ? 'service' : 'service.owner',
        });
    const oi = isObject(o.image) ? str(o.image.ref) : '';
    const ni = isObject(n.image) ? str(n.image.ref) : '';
    if (oi !== ni) {
        const type = !isObject(o.image) ? 'added' : !isObject(n.image) ? 'removed' : 'modified';
        out.add('service.image', type, oi, ni, { at: isObject(n.image) ? 'service.image' : 'service' });
    }
}
function scalingText(s) {
    return optInt(s.replicas) !== null ? `replicas=${optInt(s.replicas)}` : `min=${optInt(s.min) ?? 0} max=${optInt(s.max) ?? 0}`;
}
function scaling(out, oldV, newV) {
    const o = isObject(oldV) ? oldV : null;
    const n = isObject(newV) ? newV : null;
    if (!o && !n)
        return;
    if (!o)
        return out.add('scaling', 'added', undefined, scalingText(n));
    if (!n)
        return out.add('scaling', 'removed', scalingText(o), undefined, { at: '' });
    const oRep = optInt(o.replicas);
    const nRep = optInt(n.replicas);
    if ((oRep !== null) !== (nRep !== null))
        return out.add('scaling', 'modified', scalingText(o), scalingText(n));
    if (oRep !== null) {
        if (oRep !== nRep)
            out.add('scaling.replicas', 'modified', oRep, nRep);
        return;
    }
    const [oMin, nMin, oMax, nMax] = [optInt(o.min) ?? 0, optInt(n.min) ?? 0, optInt(o.max) ?? 0, optInt(n.max) ?? 0];
    if (oMin !== nMin)
        out.add('scaling.min', 'modified', oMin, nMin);
    if (oMax !== nMax)
        out.add('scaling.max', 'modified', oMax, nMax);
}
function runtime(out, o, n) {
    if (!isObject(o.runtime) && !isObject(n.runtime))
        return;
    const or = obj(o.runtime);
    const nr = obj(n.runtime);
    const at = (p) => (isObject(n.runtime) ? p : '');
    const pairs = [
        ['runtime.workload', str(or.workload), str(nr.workload)],
        ['runtime.state.type', str(obj(or.state).type), str(obj(nr.state).type)],
        ['runtime.state.persistence.scope', str(obj(obj(or.state).persistence).scope), str(obj(obj(nr.state).persistence).scope)],
        [
            'runtime.state.persistence.durability',
            str(obj(obj(or.state).persistence).durability),
            str(obj(obj(nr.state).persistence).durability),
        ],
        ['runtime.state.dataCriticality', str(obj(or.state).dataCriticality), str(obj(nr.state).dataCriticality)],
    ];
    for (const [rule, a, b] of pairs)
        if (a !== b)
            out.add(rule, 'modified', a, b, { at: at(rule) });
    if (isObject(or.lifecycle) || isObject(nr.lifecycle)) {
        const ol = obj(or.lifecycle);
        const nl = obj(nr.lifecycle);
        const ou = str(ol.upgradeStrategy);
        const nu = str(nl.upgradeStrategy);
        if (ou !== nu)
            out.add('runtime.lifecycle.upgradeStrategy', ou === '' ? 'added' : nu === '' ? 'removed' : 'modified', ou, nu, {
                at: at('runtime.lifecycle.upgradeStrategy'),
            });
        const og = optInt(ol.gracefulShutdownSeconds);
        const ng = optInt(nl.gracefulShutdownSeconds);
        if (og !== ng) {
            const type = og === null ? 'added' : ng === null ? 'removed' : 'modified';
            out.add('runtime.lifecycle.gracefulShutdownSeconds', type, og ?? 0, ng ?? 0, { at: at('runtime.lifecycle.gracefulShutdownSeconds') });
        }
    }
    const oh = obj(or.health);
    const nh = obj(nr.health);
    if (str(oh.interface) !== str(nh.interface))
        out.add('runtime.health.interface', 'modified', str(oh.interface), str(nh.interface), { at: at('runtime.health.interface') });
    if (str(oh.path) !== str(nh.path))
        out.add('runtime.health.path', 'modified', str(oh.path), str(nh.path), { at: at('runtime.health.path') });
    const od = optInt(oh.initialDelaySeconds);
    const nd = optInt(nh.initialDelaySeconds);
    if (od !== nd)
        out.add('runtime.health.initialDelaySeconds', 'modified', od ?? 0, nd ?? 0, { at: at('runtime.health.initialDelaySeconds') });
}
/** Entries of a list keyed by a field, with their index (last one wins, as Go's map). */
function indexBy(items, key) {
    const m = new Map();
    list(items).forEach((item, index) => {
        if (isObject(item))
            m.set(str(item[key]), { item, index });
    });
    return m;
}
function dependencies(out, o, n) {
    const oldBy = indexBy(o.dependencies, 'ref');
    const newBy = indexBy(n.dependencies, 'ref');
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    for (const ref of removedOrKept) {
        const b = newBy.get(ref);
        if (!b) {
            out.add('dependencies', 'removed', ref, undefined, { at: 'dependencies' });
            continue;
        }
        const a = oldBy.get(ref).item;
        const at = `dependencies[${b.index}]`;
        if (str(a.compatibility) !== str(b.item.compatibility)) {
            out.add('dependencies.compatibility', 'modified', `${ref}: ${str(a.compatibility)}`, `${ref}: ${str(b.item.compatibility)}`, {
                at: `${at}.compatibility`,
            });
        }
        if ((a.required === true) !== (b.item.required === true)) {
            out.add('dependencies.required', 'modified', `${ref}: required=${a.required === true}`, `${ref}: required=${b.item.required === true}`, { at: `${at}.required` });
        }
    }
    for (const ref of added)
        out.add('dependencies', 'added', undefined, ref, { at: `dependencies[${newBy.get(ref).index}]` });
}
function interfaces(out, oldSide, newSide) {
    const oldBy = indexBy(oldSide.doc.interfaces, 'name');
    const newBy = indexBy(newSide.doc.interfaces, 'name');
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    for (const name of removedOrKept) {
        const b = newBy.get(name);
        if (!b) {
            out.add('interfaces', 'removed', name, undefined, { at: 'interfaces' });
            continue;
        }
        const a = oldBy.get(name).item;
        const n = b.item;
        const at = `interfaces[${b.index}]`;
        if (str(a.type) !== str(n.type))
            out.add('interfaces.type', 'modified', `${name}: ${str(a.type)}`, `${name}: ${str(n.type)}`, { at: `${at}.type` });
        const op = optInt(a.port);
        const np = optInt(n.port);
        if (op !== np)
            out.add('interfaces.port', op === null ? 'added' : np === null ? 'removed' : 'modified', op ?? 0, np ?? 0, {
                at: np === null ? at : `${at}.port`,
            });
        if (str(a.visibility) !== str(n.visibility)) {
            out.add('interfaces.visibility', 'modified', `${name}: ${str(a.visibility)}`, `${name}: ${str(n.visibility)}`, {
                at: `${at}.visibility`,
            });
        }
        const oc = str(a.contract);
        const nc = str(n.contract);
        if (oc !== '' && nc !== '') {
            if (oc !== nc)
                out.add('interfaces.contract', 'modified', `${name}: ${oc}`, `${name}: ${nc}`, { at: `${at}.contract` });
            diffOpenApi(out, oldSide, newSide, oc, nc, { requiredRules: false, at: `${at}.contract` });
        }
        else if (oc !== nc) {
            out.add('interfaces.contract', 'modified', oc, nc, { at: nc === '' ? at : `${at}.contract` });
        }
    }
    for (const name of added)
        out.add('interfaces', 'added', undefined, name, { at: `interfaces[${newBy.get(name).index}]` });
}
function configuration(out, oldSide, newSide) {
    const o = isObject(oldSide.doc.configuration) ? oldSide.doc.configuration : null;
    const n = isObject(newSide.doc.configuration) ? newSide.doc.configuration : null;
    if (!o && !n)
        return;
    if (!o)
        return out.add('configuration', 'added', undefined, str(n.schema));
    if (!n)
        return out.add('configuration', 'removed', str(o.schema), undefined, { at: '' });
    const os = str(o.schema);
    const ns = str(n.schema);
    if (os !== ns)
        out.add('configuration.schema', 'modified', os, ns);
    if (os !== '' && ns !== '')
        diffSchema(out, oldSide, newSide, os, ns, { requiredRules: false, at: 'configuration.schema' });
}

;// CONCATENATED MODULE: ./src/diff/compare-v2.ts





const V1_INTERFACE_TYPES = { http: 'openapi', event: 'asyncapi', grpc: 'grpc' };
/** A 1.0 document in 2.0's shape, holding only the fields the two models share. */
function sharedFromV1(doc) {
    const rt = obj(doc.runtime);
    const service = obj(doc.service);
    const out = {
        pactoVersion: str(doc.pactoVersion),
        service: { name: str(service.name), version: str(service.version) },
        interfaces: (Array.isArray(doc.interfaces) ? doc.interfaces : []).filter(isObject).map((i) => ({
            name: str(i.name),
            type: V1_INTERFACE_TYPES[str(i.type)] ?? str(i.type),
            ref: str(i.contract),
            visibility: str(i.visibility),
        })),
        dependencies: (Array.isArray(doc.dependencies) ? doc.dependencies : []).filter(isObject).map((d) => ({ ...d, name: str(d.ref) })),
    };
    if (rt.workload !== undefined)
        out.workload = rt.workload;
    if (rt.state !== undefined)
        out.state = rt.state;
    return out;
}
/** A 2.0 document cut to the shared fields, dependencies keyed by ref like 1.0's. */
function sharedFromV2(doc) {
    const service = obj(doc.service);
    const out = {
        pactoVersion: str(doc.pactoVersion),
        service: { name: str(service.name), version: str(service.version) },
        interfaces: doc.interfaces ?? [],
        dependencies: (Array.isArray(doc.dependencies) ? doc.dependencies : []).filter(isObject).map((d) => ({ ...d, name: str(d.ref) })),
    };
    if (doc.workload !== undefined)
        out.workload = doc.workload;
    if (doc.state !== undefined)
        out.state = doc.state;
    return out;
}
function compareV2(oldSide, newSide, opts) {
    const out = new Changes(TABLE_V2, newSide.lineOf);
    const m = opts.migration;
    const o = m ? (m.from === '1.0' ? sharedFromV1(oldSide.doc) : sharedFromV2(oldSide.doc)) : oldSide.doc;
    const n = m ? (m.to === '1.0' ? sharedFromV1(newSide.doc) : sharedFromV2(newSide.doc)) : newSide.doc;
    if (m)
        out.add('pactoVersion', 'modified', str(o.pactoVersion), str(n.pactoVersion), { reason: `format migration ${m.from} -> ${m.to}` });
    const os = obj(o.service);
    const ns = obj(n.service);
    if (str(os.name) !== str(ns.name))
        out.add('service.name', 'modified', str(os.name), str(ns.name));
    if (str(os.version) !== str(ns.version))
        out.add('service.version', 'modified', str(os.version), str(ns.version));
    if (!m)
        presence(out, 'service.owner', os.owner, ns.owner, 'service');
    compare_v2_interfaces(out, oldSide, newSide, o, n);
    if (!m)
        configurations(out, oldSide, newSide);
    compare_v2_dependencies(out, o, n);
    for (const rule of ['workload', 'state.type', 'state.persistence.scope', 'state.persistence.durability', 'state.dataCriticality']) {
        const a = str(at(o, rule));
        const b = str(at(n, rule));
        if (a !== b)
            out.add(rule, 'modified', a, b, { at: at(n, rule) === undefined ? '' : rule });
    }
    if (!m) {
        presence(out, 'readiness', o.readiness, n.readiness, '');
        keyed(out, 'capabilities', o.capabilities, n.capabilities, (c) => str(c.type) === 'extension' ? `extension:${str(c.ref)}` : str(c.type));
        keyed(out, 'policies', o.policies, n.policies, (p) => str(p.name));
        presence(out, 'metadata', o.metadata, n.metadata, '');
        presence(out, 'extensions', o.extensions, n.extensions, '');
    }
    return out.list;
}
function at(doc, dotted) {
    let v = doc;
    for (const seg of dotted.split('.'))
        v = isObject(v) ? v[seg] : undefined;
    return v;
}
/** A field compared whole: added, removed or modified, values as compact JSON. */
function presence(out, rule, a, b, parent) {
    const had = a !== undefined && a !== null;
    const has = b !== undefined && b !== null;
    if (!had && !has)
        return;
    if (had && has && canonical(a) === canonical(b))
        return;
    const text = (v) => (typeof v === 'string' ? v : canonical(v));
    const type = !had ? 'added' : !has ? 'removed' : 'modified';
    out.add(rule, type, had ? text(a) : undefined, has ? text(b) : undefined, { at: has ? rule : parent });
}
/** A list keyed by `key`: entries added, removed or changed (compared whole). */
function keyed(out, rule, a, b, key) {
    const index = (v) => {
        const m = new Map();
        (Array.isArray(v) ? v : []).forEach((item, i) => {
            if (isObject(item))
                m.set(key(item), { item, index: i });
        });
        return m;
    };
    const oldBy = index(a);
    const newBy = index(b);
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    for (const k of removedOrKept) {
        const nb = newBy.get(k);
        if (!nb)
            out.add(rule, 'removed', k, undefined, { path: `${rule}[${k}]`, at: rule });
        else if (canonical(oldBy.get(k).item) !== canonical(nb.item))
            out.add(rule, 'modified', k, k, { path: `${rule}[${k}]`, at: `${rule}[${nb.index}]` });
    }
    for (const k of added)
        out.add(rule, 'added', undefined, k, { path: `${rule}[${k}]`, at: `${rule}[${newBy.get(k).index}]` });
}
function compare_v2_interfaces(out, oldSide, newSide, o, n) {
    const oldBy = indexBy(o.interfaces, 'name');
    const newBy = indexBy(n.interfaces, 'name');
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    for (const name of removedOrKept) {
        const b = newBy.get(name);
        if (!b) {
            out.add('interfaces', 'removed', name, undefined, { at: 'interfaces' });
            continue;
        }
        const a = oldBy.get(name).item;
        const i = b.item;
        const base = `interfaces[${b.index}]`;
        if (str(a.type) !== str(i.type))
            out.add('interfaces.type', 'modified', `${name}: ${str(a.type)}`, `${name}: ${str(i.type)}`, { at: `${base}.type` });
        if (str(a.visibility) !== str(i.visibility)) {
            out.add('interfaces.visibility', 'modified', `${name}: ${str(a.visibility)}`, `${name}: ${str(i.visibility)}`, {
                at: i.visibility === undefined ? base : `${base}.visibility`,
            });
        }
        const oref = str(a.ref);
        const nref = str(i.ref);
        if (oref !== nref)
            out.add('interfaces.ref', 'modified', `${name}: ${oref}`, `${name}: ${nref}`, { at: `${base}.ref` });
        if (str(a.type) === 'openapi' && str(i.type) === 'openapi')
            diffOpenApi(out, oldSide, newSide, oref, nref, { requiredRules: true, at: `${base}.ref` });
    }
    for (const name of added)
        out.add('interfaces', 'added', undefined, name, { at: `interfaces[${newBy.get(name).index}]` });
}
function configurations(out, oldSide, newSide) {
    const oldBy = indexBy(oldSide.doc.configurations, 'name');
    const newBy = indexBy(newSide.doc.configurations, 'name');
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    for (const name of removedOrKept) {
        const b = newBy.get(name);
        if (!b) {
            out.add('configurations', 'removed', name, undefined, { path: `configurations[${name}]`, at: 'configurations' });
            continue;
        }
        const a = oldBy.get(name).item;
        const c = b.item;
        const base = `configurations[${b.index}]`;
        if ((a.required === true) !== (c.required === true)) {
            out.add('configurations.required', 'modified', `${name}: required=${a.required === true}`, `${name}: required=${c.required === true}`, { path: `configurations[${name}].required`, at: `${base}.required` });
        }
        for (const field of ['schema', 'ref']) {
            if (str(a[field]) !== str(c[field])) {
                out.add(`configurations.${field}`, 'modified', `${name}: ${str(a[field])}`, `${name}: ${str(c[field])}`, {
                    path: `configurations[${name}].${field}`,
                    at: c[field] === undefined ? base : `${base}.${field}`,
                });
            }
        }
        if (str(a.schema) !== '' && str(c.schema) !== '')
            diffSchema(out, oldSide, newSide, str(a.schema), str(c.schema), { requiredRules: true, at: `${base}.schema` });
    }
    for (const name of added)
        out.add('configurations', 'added', undefined, name, {
            path: `configurations[${name}]`,
            at: `configurations[${newBy.get(name).index}]`,
        });
}
function compare_v2_dependencies(out, o, n) {
    const oldBy = indexBy(o.dependencies, 'name');
    const newBy = indexBy(n.dependencies, 'name');
    const { removedOrKept, added } = sortedKeys(oldBy, newBy);
    for (const name of removedOrKept) {
        const b = newBy.get(name);
        if (!b) {
            out.add('dependencies', 'removed', name, undefined, { at: 'dependencies' });
            continue;
        }
        const a = oldBy.get(name).item;
        const d = b.item;
        const base = `dependencies[${b.index}]`;
        if (str(a.ref) !== str(d.ref))
            out.add('dependencies.ref', 'modified', `${name}: ${str(a.ref)}`, `${name}: ${str(d.ref)}`, { at: `${base}.ref` });
        if (str(a.compatibility) !== str(d.compatibility)) {
            out.add('dependencies.compatibility', 'modified', `${name}: ${str(a.compatibility)}`, `${name}: ${str(d.compatibility)}`, {
                at: `${base}.compatibility`,
            });
        }
        if ((a.required === true) !== (d.required === true)) {
            out.add('dependencies.required', 'modified', `${name}: required=${a.required === true}`, `${name}: required=${d.required === true}`, {
                at: `${base}.required`,
            });
        }
    }
    for (const name of added)
        out.add('dependencies', 'added', undefined, name, { at: `dependencies[${newBy.get(name).index}]` });
}

// EXTERNAL MODULE: ./src/contracts/semver.ts
var semver = __webpack_require__(18003);
;// CONCATENATED MODULE: ./src/diff/gate.ts
/**
 * The version rule: a BREAKING change needs a major bump of service.version (in 0.x, where
 * semver lets anything change, a minor bump), and a version never goes down. The label turns
 * what would fail into a notice.
 */

function compareIds(a, b) {
    if (a === b)
        return 0;
    if (a === '')
        return 1;
    if (b === '')
        return -1;
    const xs = a.split('.');
    const ys = b.split('.');
    for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny && BigInt(x) !== BigInt(y))
            return BigInt(x) < BigInt(y) ? -1 : 1;
        if (nx !== ny)
            return nx ? -1 : 1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Semver precedence (build metadata ignored). */
function compareVersions(a, b) {
    for (const k of ['major', 'minor', 'patch'])
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    return compareIds(a.prerelease, b.prerelease);
}
/**
 * Whether `to` is a major step up from `from` (a minor step while both are 0.x). A prerelease of
 * a major (`2.0.0-rc.1`, or `0.4.0-beta` in 0.x) promises nothing yet, so its later prereleases
 * and its release are still that step.
 */
function isMajorBump(from, to) {
    if (to.major > from.major)
        return true;
    if (from.major === 0n && to.major === 0n && to.minor > from.minor)
        return true;
    if (from.prerelease === '' || from.patch !== 0n || to.major !== from.major)
        return false;
    return from.major === 0n ? to.minor === from.minor : from.minor === 0n;
}
function versionRule(d, opts) {
    let v = null;
    const breaking = d.changes.filter((c) => c.classification === 'BREAKING').length;
    if (d.status === 'removed') {
        v = {
            level: opts.mode === 'error' ? 'error' : 'warning',
            message: `${d.baseFile} (${d.baseService ?? 'unknown service'}) was removed: its consumers lose the contract`,
        };
    }
    else if (d.status === 'compared' && d.version !== null && d.baseVersion !== null) {
        const from = (0,semver/* parseVersion */.o)(d.baseVersion);
        const to = (0,semver/* parseVersion */.o)(d.version);
        if (from.ok && to.ok) {
            if (compareVersions(to.value, from.value) < 0) {
                v = { level: 'error', message: `service.version went down from ${d.baseVersion} to ${d.version}` };
            }
            else if (breaking > 0 && !isMajorBump(from.value, to.value)) {
                const next = from.value.major === 0n ? `0.${from.value.minor + 1n}.0 (or 1.0.0)` : `${from.value.major + 1n}.0.0`;
                v = {
                    level: opts.mode === 'error' ? 'error' : 'warning',
                    message: `${breaking} breaking change${breaking === 1 ? '' : 's'} without a major version bump: service.version ${d.baseVersion} -> ${d.version}; bump it to ${next}`,
                };
            }
        }
    }
    if (v && opts.acceptedBy !== null)
        v = { level: 'notice', message: `${v.message} (accepted by the pull request label ${opts.acceptedBy})` };
    return v;
}

;// CONCATENATED MODULE: ./src/diff/index.ts
/**
 * The breaking-change gate (loaded only when `breaking` is on): the head's contracts against the
 * base's, each pair compared with its format's table and held to the version rule.
 */












function emptyResult(config, labelPresent) {
    return {
        mode: config.breaking === 'error' ? 'error' : 'warn',
        base: null,
        skipped: null,
        error: null,
        label: { name: config.breakingLabel, present: labelPresent },
        contracts: [],
        breaking: false,
        classification: null,
        warnings: [],
    };
}
/** The result of a gate that could not answer. */
function failedDiff(config, error) {
    return { ...emptyResult(config, false), error };
}
async function diffContracts(input) {
    const { config, env, io } = input;
    const event = readEvent(env);
    // GitHub treats label names case-insensitively (no two labels differ only in case).
    const labelPresent = pullRequestLabels(event).some((l) => l.toLowerCase() === config.breakingLabel.toLowerCase());
    const result = emptyResult(config, labelPresent);
    const mode = result.mode;
    const repo = await (0,shared_git/* findRepo */.O7)(config.workingDirectory, env, [config.workspace]);
    if (repo.error !== null) {
        result.error = `the working directory is not inside a git repository (${repo.error}), so there is no base to compare against; check out the repository with actions/checkout`;
        return result;
    }
    const git = new shared_git/* GitRunner */.bl(repo.top, env, { log: (line) => io.debug(line) });
    const resolved = await resolveBase(git, config.base, event);
    for (const n of resolved.notes)
        io.info(`breaking: ${n}`);
    if ('error' in resolved) {
        result.error = resolved.error;
        return result;
    }
    if ('skipped' in resolved) {
        result.skipped = resolved.skipped;
        return result;
    }
    result.base = resolved.base;
    io.info(`breaking: comparing against ${resolved.base.sha} (${resolved.base.source === 'input' ? `base input ${resolved.base.ref}` : resolved.base.source === 'merge-base' ? 'the merge base of the pull request' : 'the commit before the push'})`);
    const dest = external_node_fs_default().mkdtempSync(external_node_path_default().join(config.runnerTemp, 'pacto-base-'));
    try {
        // Every base contract, not the base's shard: a contract added or removed moves the others
        // between shards, so the shards are applied to the pairs (shardPairs), not to the sides.
        const base = await readBaseBundles(git, {
            sha: resolved.base.sha,
            prefix: repo.prefix,
            workingDirectory: config.workingDirectory,
            patterns: config.contracts,
            shard: null,
            dest,
        });
        result.warnings.push(...base.warnings);
        const validation = { format: config.contractFormat, unresolvedPolicyRefs: config.unresolvedPolicyRefs, encodeRequests: false };
        const baseResults = await (0,validate/* validateBundles */.UN)(base.bundles, validation);
        const pairs = config.shard
            ? await shardPairs(input.contracts, baseResults, config, (bundles) => (0,validate/* validateBundles */.UN)(bundles, { ...validation, workspace: config.workspace }))
            : pairUp(input.contracts, baseResults);
        result.contracts = pairs.map(([head, old]) => compare(head, old));
    }
    finally {
        external_node_fs_default().rmSync(dest, { recursive: true, force: true });
    }
    const acceptedBy = labelPresent ? config.breakingLabel : null;
    for (const d of result.contracts) {
        const v = versionRule(d, { mode, acceptedBy });
        const head = d.file ? input.contracts.find((c) => c.file === d.file) : undefined;
        const line = v && head ? (loadSide(head.absFile, head.absDir)?.lineOf('service.version') ?? null) : null;
        d.violation = v ? { ...v, line } : null;
        if (d.changes.some((c) => c.classification === 'BREAKING'))
            result.breaking = true;
        result.classification = maxClass(result.classification, d.classification);
    }
    return result;
}
/**
 * The pairs this shard reports, the same in every shard: a pair with a head contract belongs to
 * the head's shard; a removed contract to the shard of its place among the base's contracts.
 * Moved bundles are paired by service name across shards, so the added contracts of the other
 * shards are validated too (only those: usually none).
 */
async function shardPairs(shardHead, base, config, validate) {
    const shard = config.shard;
    const all = await (0,discover/* discoverBundles */.nC)({ workingDirectory: config.workingDirectory, patterns: config.contracts, shard: null });
    const headFiles = new Set(all.bundles.map((b) => b.file));
    const mine = new Set(shardHead.map((h) => h.file));
    const baseFiles = new Set(base.map((b) => b.file));
    const addedElsewhere = await validate(all.bundles.filter((b) => !mine.has(b.file) && !baseFiles.has(b.file)));
    // A base contract still at its file in another shard is that shard's to compare.
    const candidates = base.filter((b) => mine.has(b.file) || !headFiles.has(b.file));
    const owner = new Map(base.map((b, i) => [b.file, i % shard.total === shard.index - 1]));
    const heads = [...shardHead, ...addedElsewhere].sort((a, b) => (0,discover/* compareBytes */.Xo)(a.file, b.file));
    return pairUp(heads, candidates).filter(([h, b]) => (h ? mine.has(h.file) : owner.get(b.file) === true));
}
/** Pairs by contract file, then the rest by service name (a moved bundle); the others stand alone. */
function pairUp(head, base) {
    const pairs = [];
    const baseByFile = new Map(base.map((b) => [b.file, b]));
    const lonelyHead = [];
    for (const h of head) {
        const b = baseByFile.get(h.file);
        if (b) {
            pairs.push([h, b]);
            baseByFile.delete(h.file);
        }
        else
            lonelyHead.push(h);
    }
    const byService = new Map();
    for (const b of baseByFile.values())
        if (b.service !== null && !byService.has(b.service))
            byService.set(b.service, b);
    for (const h of lonelyHead) {
        const b = h.service !== null ? byService.get(h.service) : undefined;
        if (b) {
            pairs.push([h, b]);
            byService.delete(b.service);
            baseByFile.delete(b.file);
        }
        else
            pairs.push([h, null]);
    }
    for (const b of baseByFile.values())
        pairs.push([null, b]);
    return pairs;
}
function compare(head, base) {
    const d = {
        status: 'compared',
        file: head?.file ?? null,
        baseFile: base?.file ?? null,
        renamed: head !== null && base !== null && head.file !== base.file,
        service: head?.service ?? null,
        baseService: base?.service ?? null,
        version: head?.version ?? null,
        baseVersion: base?.version ?? null,
        format: head?.profile ?? null,
        baseFormat: base?.profile ?? null,
        migration: head !== null && base !== null && head.profile !== base.profile,
        classification: null,
        changes: [],
        baseErrors: base && !base.valid ? base.errors : [],
        violation: null,
    };
    if (base && !base.valid) {
        d.status = 'invalid-base';
        return d;
    }
    if (head && !head.valid) {
        d.status = 'invalid-head';
        return d;
    }
    const one = (table, type, line) => {
        const c = { path: 'contract', type, classification: classify(table, 'contract', type), reason: `contract ${type}`, line };
        if (type === 'added')
            c.newValue = head.file;
        else
            c.oldValue = base.file;
        return [c];
    };
    if (!base) {
        d.status = 'added';
        d.changes = one(head.profile === '2.0' ? TABLE_V2 : TABLE_V1, 'added', 1);
    }
    else if (!head) {
        d.status = 'removed';
        d.changes = one(base.profile === '2.0' ? TABLE_V2 : TABLE_V1, 'removed', null);
    }
    else {
        const oldSide = loadSide(base.absFile, base.absDir);
        const newSide = loadSide(head.absFile, head.absDir);
        if (!oldSide || !newSide) {
            d.status = !oldSide ? 'invalid-base' : 'invalid-head';
            return d;
        }
        if (d.migration)
            d.changes = compareV2(oldSide, newSide, { migration: { from: base.profile, to: head.profile } });
        else if (head.profile === '2.0')
            d.changes = compareV2(oldSide, newSide, { migration: null });
        else
            d.changes = compareV1(oldSide, newSide);
    }
    d.classification = d.changes.reduce((m, c) => maxClass(m, c.classification), 'NON_BREAKING');
    return d;
}


/***/ }),

/***/ 84025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ findRepo),
/* harmony export */   bl: () => (/* binding */ GitRunner),
/* harmony export */   jO: () => (/* binding */ outputText)
/* harmony export */ });
/* unused harmony export GitError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way this action runs git: no shell, fixed safety options, an environment that never
 * prompts and speaks English (messages are classified), and a timeout. Stages call the named
 * verb for what they do, so every call gets the same settings.
 */

class GitError extends Error {
    args;
    output;
    constructor(args, output) {
        const detail = (output.stderr.trim() || output.stdout.trim()).split('\n').slice(-6).join('\n');
        super(`git ${args.join(' ')} failed (exit ${output.code})${detail ? `: ${detail}` : ''}`);
        this.args = args;
        this.output = output;
        this.name = 'GitError';
    }
}
const MAX_BUFFER = 256 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
/** stdout with the trailing newline removed. */
function outputText(out) {
    return out.stdout.replace(/\n$/, '');
}
class GitRunner {
    repo;
    baseEnv;
    fixed;
    log;
    timeoutMs;
    constructor(
    /** The repository's top level: cwd of every call and its safe.directory. */
    repo, env, options = {}) {
        this.repo = repo;
        const clean = { ...env };
        // Variables that would point git elsewhere than the repository we were given.
        for (const k of ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_OBJECT_DIRECTORY'])
            delete clean[k];
        this.baseEnv = { ...clean, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' };
        const safe = [repo, ...(options.safeDirectories ?? [])];
        this.fixed = ['-c', 'commit.gpgsign=false', ...safe.flatMap((d) => ['-c', `safe.directory=${d}`])];
        this.log = options.log ?? (() => undefined);
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    }
    // Refs and objects.
    revParse(args, opts = {}) {
        return this.run(['rev-parse', ...args], opts);
    }
    async isShallow() {
        return outputText(await this.revParse(['--is-shallow-repository'])) === 'true';
    }
    /** The tree of a commit. */
    async treeOf(commit) {
        return outputText(await this.revParse([`${commit}^{tree}`]));
    }
    symbolicRef(args, opts = {}) {
        return this.run(['symbolic-ref', ...args], opts);
    }
    catFile(type, object) {
        return this.run(['cat-file', type, object]);
    }
    lsTree(args) {
        return this.run(['ls-tree', ...args]);
    }
    diffTree(args) {
        return this.run(['diff-tree', ...args]);
    }
    mergeBase(args, opts = {}) {
        return this.run(['merge-base', ...args], opts);
    }
    async isAncestor(a, b) {
        // Exit 1: not an ancestor; 128: history missing (shallow) or unknown object: not provably one either.
        return (await this.mergeBase(['--is-ancestor', a, b], { allowFailure: true })).code === 0;
    }
    revList(args) {
        return this.run(['rev-list', ...args]);
    }
    updateRef(args) {
        return this.run(['update-ref', ...args]);
    }
    // The working tree and the index.
    /** Pathspecs are literal: a file named `*.yaml` is that file, not a glob. */
    status(args) {
        return this.run(['--literal-pathspecs', 'status', ...args]);
    }
    checkIgnore(args, opts = {}) {
        return this.run(['check-ignore', ...args], opts);
    }
    readTree(treeish, opts = {}) {
        return this.run(['read-tree', treeish], opts);
    }
    updateIndex(args, opts = {}) {
        return this.run(['update-index', ...args], opts);
    }
    /** The tree of the index `opts.env` names. */
    async writeTree(opts = {}) {
        return outputText(await this.run(['write-tree'], opts));
    }
    /** The new commit's SHA. */
    async commitTree(args, opts = {}) {
        return outputText(await this.run(['commit-tree', ...args], opts));
    }
    // Remotes.
    async hasRemote(name) {
        return (await this.run(['remote', 'get-url', name], { allowFailure: true })).code === 0;
    }
    lsRemote(args) {
        return this.run(['ls-remote', ...args]);
    }
    fetch(args, opts = {}) {
        return this.run(['fetch', ...args], opts);
    }
    push(args, opts = {}) {
        return this.run(['push', ...args], opts);
    }
    async run(args, opts = {}) {
        this.log(`git ${args.join(' ')}`);
        const out = await new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', [...this.fixed, ...args], {
                cwd: this.repo,
                env: { ...this.baseEnv, ...opts.env },
                maxBuffer: MAX_BUFFER,
                timeout: this.timeoutMs,
                encoding: 'utf8',
                windowsHide: true,
            }, (err, stdout, stderr) => {
                if (err && typeof err.code === 'string') {
                    reject(new Error(`could not run git: ${err.message}`));
                    return;
                }
                const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
                resolve({ code, stdout, stderr });
            });
            child.stdin?.on('error', () => undefined);
            child.stdin?.end(opts.input ?? '');
        });
        if (out.code !== 0 && !opts.allowFailure)
            throw new GitError(args, out);
        return out;
    }
}
/**
 * The top level of the repository holding `dir` and the path of `dir` inside it ('' at the top),
 * or git's reason why there is none.
 */
async function findRepo(dir, env, extraSafe = []) {
    // `dir` twice (the runner's own and the probe's): the arguments are exactly what they always were.
    const probe = new GitRunner(dir, env, { safeDirectories: [dir, ...extraSafe] });
    const out = await probe.revParse(['--show-toplevel', '--show-prefix'], { allowFailure: true });
    if (out.code !== 0)
        return { top: null, prefix: null, error: out.stderr.trim().split('\n')[0] ?? '' };
    const [top, prefix = ''] = out.stdout.split('\n');
    return { top, prefix: prefix.replace(/\/$/, ''), error: null };
}


/***/ })

};

//# sourceMappingURL=92.index.js.map
export const id = 374;
export const ids = [374];
export const modules = {

/***/ 36374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generate: () => (/* binding */ generate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __webpack_require__(91211);
;// CONCATENATED MODULE: ./src/generate/plan.ts
/**
 * The job list: every contract × every plugin, in contract order then plugin order, with its
 * final output directory. Invalid contracts are planned too (as skipped) so the report has a
 * row for each pair.
 */

/** Fills `{bundle}`, `{service}`, `{version}` and `{plugin}`; returns a `/`-separated relative path. */
function expandOutputTemplate(template, values) {
    const filled = template.replace(/\{(bundle|service|version|plugin)\}/g, (_m, key) => values[key]);
    const normal = external_node_path_default().posix.normalize(filled.replace(/\\/g, '/'));
    return normal.replace(/\/+$/, '') || '.';
}
/** Why a final output directory is not acceptable, or null. */
function outputDirProblem(rel, abs, workingDirectory) {
    const back = external_node_path_default().relative(workingDirectory, abs);
    if (external_node_path_default().isAbsolute(rel) || back === '..' || back.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(back)) {
        return `output directory "${rel}" is outside the working directory`;
    }
    return null;
}
function planJobs(contracts, plugins, options) {
    const planned = [];
    for (const contract of contracts) {
        for (const plugin of plugins) {
            const template = plugin.spec.output ?? options.outputDir;
            const outputDir = expandOutputTemplate(template, {
                bundle: contract.bundle,
                service: contract.service ?? '',
                version: contract.version ?? '',
                plugin: plugin.name,
            });
            const absOutputDir = external_node_path_default().resolve(options.workingDirectory, outputDir);
            const job = { index: planned.length, contract, plugin, absOutputDir, outputDir };
            if (!contract.valid) {
                planned.push({ job, skip: 'the contract is invalid', error: false });
                continue;
            }
            if (contract.contractJson === null) {
                // Valid, yet not encodable as JSON (a mapping key that is not a string): Pacto fails here too.
                planned.push({ job, skip: contract.requestError ?? 'failed to marshal plugin input: the contract cannot be encoded as JSON', error: true });
                continue;
            }
            const problem = outputDirProblem(outputDir, absOutputDir, options.workingDirectory);
            planned.push({ job, skip: problem, error: problem !== null });
        }
    }
    return planned;
}

;// CONCATENATED MODULE: ./src/generate/schedule.ts
/**
 * A bounded pool that starts work in list order. `stop()` (fail-fast) prevents new starts;
 * work already running always finishes. Results keep list order whatever the completion order.
 */
/** Runs the items; an entry is undefined when the item was never started. */
async function runPool(items, opts) {
    const results = new Array(items.length).fill(undefined);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            if (opts.shouldStop?.())
                return;
            const index = next++;
            const result = await opts.run(items[index], index);
            results[index] = result;
            opts.onDone?.(result, index);
        }
    };
    const width = Math.max(1, Math.min(opts.concurrency, items.length));
    await Promise.all(Array.from({ length: width }, worker));
    return results;
}
/**
 * Prints per-item log output in list order as items complete: item i is flushed once
 * items 0..i-1 have been. Keeps the log identical between runs.
 */
class OrderedLog {
    total;
    print;
    pending = new Map();
    cursor = 0;
    constructor(total, print) {
        this.total = total;
        this.print = print;
    }
    add(index, entry) {
        this.pending.set(index, entry);
        while (this.pending.has(this.cursor)) {
            const e = this.pending.get(this.cursor);
            this.pending.delete(this.cursor);
            this.print(e, this.cursor);
            this.cursor++;
        }
    }
    /** Flushes what is left (items never started leave holes), still in order. */
    flush() {
        for (const index of [...this.pending.keys()].sort((a, b) => a - b)) {
            this.print(this.pending.get(index), index);
        }
        this.pending.clear();
        this.cursor = this.total;
    }
}
/**
 * Slots for plugin processes, handed out in item order: item i gets one only after every
 * earlier item has had one (or given up its turn with `pass`). Lets the pool prepare and
 * finish jobs around the plugin runs while the runs themselves keep the list order and the
 * concurrency bound.
 */
class OrderedGate {
    free;
    next = 0;
    arrived = new Map();
    constructor(free) {
        this.free = free;
    }
    /** Resolves when it is item `index`'s turn and a slot is free; the caller must `leave()`. */
    enter(index) {
        const turn = new Promise((resolve) => this.arrived.set(index, resolve));
        // Granted a microtask later, once the caller awaits: continuations then run in grant order.
        queueMicrotask(() => this.pump());
        return turn;
    }
    /** Frees a slot taken with `enter`. */
    leave() {
        this.free++;
        this.pump();
    }
    /** Item `index` will not take a slot: later items need not wait for it. */
    pass(index) {
        this.arrived.set(index, null);
        this.pump();
    }
    pump() {
        while (this.arrived.has(this.next)) {
            const waiter = this.arrived.get(this.next);
            if (waiter !== null) {
                if (this.free === 0)
                    return;
                this.free--;
            }
            this.arrived.delete(this.next);
            this.next++;
            waiter?.();
        }
    }
}

// EXTERNAL MODULE: ./src/contracts/gojson.ts
var gojson = __webpack_require__(69675);
;// CONCATENATED MODULE: ./src/contracts/request.ts
/**
 * The plugin GenerateRequest (protocol v1), byte for byte as `pacto generate` writes it:
 * `{"protocolVersion":"1","contract":…,"bundleDir":…,"outputDir":…,"options":{…}}`, compact,
 * no trailing newline, `options` omitted when empty, option keys in Go's map order (sorted).
 */

/** `contractJson` is the already-encoded contract (ContractResult.contractJson). */
function buildRequest(contractJson, bundleDir, outputDir, options) {
    let out = `{"protocolVersion":"1","contract":${contractJson},"bundleDir":${(0,gojson/* goQuote */.dg)(bundleDir)},"outputDir":${(0,gojson/* goQuote */.dg)(outputDir)}`;
    const keys = Object.keys(options).sort(gojson/* compareUtf8 */.zq);
    if (keys.length > 0)
        out += ',"options":{' + keys.map((k) => `${(0,gojson/* goQuote */.dg)(k)}:${(0,gojson/* goQuote */.dg)(options[k])}`).join(',') + '}';
    return out + '}';
}

// EXTERNAL MODULE: ./src/outputs/paths.ts
var paths = __webpack_require__(88094);
;// CONCATENATED MODULE: ./src/outputs/staging.ts
/**
 * Staging directories: one fresh `outputDir` per job, on the same filesystem as the job's
 * final destination, so applying a job is a series of renames (atomic, no copy) and a
 * backup of a replaced file is a rename too.
 *
 * Layout: `<base>/[.]pacto-stage-<job>-XXXXXX` is the plugin's outputDir, removed as a whole.
 * Backups and temporary manifests go to one work directory per base, made when applying
 * (see apply.ts). One directory per job, not two: on a busy ext4 every mkdir and rmdir is
 * costly (inode allocation scans recently deleted inodes).
 *
 * Where `<base>` is:
 * - `<runnerTemp>/pacto-staging` when RUNNER_TEMP is on the destination's filesystem
 *   (always the case on hosted runners), in every mode;
 * - generate mode, other filesystem: a hidden `.pacto-stage-*` directory in the nearest
 *   existing ancestor of the output directory (removed after the job is applied);
 * - check mode, other filesystem: check must leave the working tree untouched, down to
 *   directory mtimes, so nothing is created inside it even briefly. We use the nearest
 *   writable ancestor *outside* the checkout (above the workspace) on the destination's
 *   filesystem, and if there is none, RUNNER_TEMP on its other filesystem: check mode never
 *   renames into the tree, so the filesystem only matters for what the plugin sees.
 */



const defaultDevOf = async (p) => (await promises_default().stat(p)).dev;
const ROOT_NAME = /^\.?pacto-stage-/;
const memos = new WeakMap();
function memoFor(config, devOf) {
    let byDev = memos.get(config);
    if (!byDev)
        memos.set(config, (byDev = new WeakMap()));
    let memo = byDev.get(devOf);
    if (!memo)
        byDev.set(devOf, (memo = { tempReady: null, devs: new Map(), bases: new Map(), outside: new Map() }));
    return memo;
}
function once(map, key, make) {
    let p = map.get(key);
    if (!p) {
        p = make();
        map.set(key, p);
        // A failure is not remembered: the next job asks again.
        p.catch(() => map.delete(key));
    }
    return p;
}
/** Where the job's staging root goes, and whether its name is hidden. */
async function pickStagingBase(job, config, devOf = defaultDevOf) {
    const memo = memoFor(config, devOf);
    const dev = (p) => once(memo.devs, p, () => devOf(p));
    const runnerTemp = external_node_path_default().resolve(config.runnerTemp);
    memo.tempReady ??= promises_default().mkdir(runnerTemp, { recursive: true }).then(() => undefined, (e) => {
        memo.tempReady = null;
        throw e;
    });
    await memo.tempReady;
    const tempBase = { base: external_node_path_default().join(runnerTemp, 'pacto-staging'), hidden: false };
    const destExisting = await (0,paths/* nearestExisting */.Iv)(job.absOutputDir);
    const destDev = await dev(destExisting);
    if ((await dev(runnerTemp)) === destDev)
        return tempBase;
    if (config.mode !== 'check') {
        const parentExisting = await (0,paths/* nearestExisting */.Iv)(external_node_path_default().dirname(job.absOutputDir));
        const base = (await dev(parentExisting)) === destDev ? parentExisting : destExisting;
        return { base, hidden: true };
    }
    const outside = await once(memo.outside, destDev, () => outsideBase(config, destDev, dev));
    return outside === null ? tempBase : { base: outside, hidden: true };
}
/** Check mode: the nearest writable ancestor above the checkout on `destDev`, or null. */
async function outsideBase(config, destDev, devOf) {
    const wd = external_node_path_default().resolve(config.workingDirectory);
    const ws = external_node_path_default().resolve(config.workspace);
    const outer = (0,paths/* isInside */.FK)(ws, wd) ? ws : wd;
    for (let dir = external_node_path_default().dirname(outer);; dir = external_node_path_default().dirname(dir)) {
        let dev;
        try {
            dev = await devOf(dir);
        }
        catch {
            dev = -1;
        }
        if (dev !== destDev)
            break;
        if (await writable(dir))
            return dir;
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    return null;
}
async function writable(dir) {
    try {
        const probe = await promises_default().mkdtemp(external_node_path_default().join(dir, '.pacto-stage-probe-'));
        await promises_default().rmdir(probe);
        return true;
    }
    catch {
        return false;
    }
}
/** Creates `<base>/[.]pacto-stage-<job>-XXXXXX` and returns it (absolute). */
async function createStagingDir(job, config, devOf = defaultDevOf) {
    const { base, hidden } = await pickStagingBase(job, config, devOf);
    const memo = memoFor(config, devOf);
    await once(memo.bases, base, () => promises_default().mkdir(base, { recursive: true }));
    const prefix = external_node_path_default().join(base, `${hidden ? '.' : ''}pacto-stage-${job.index}-`);
    let root;
    try {
        root = await promises_default().mkdtemp(prefix);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
        // The base went away since we made it (someone cleaned RUNNER_TEMP): make it again.
        memo.bases.delete(base);
        memo.tempReady = null;
        await promises_default().mkdir(base, { recursive: true });
        root = await promises_default().mkdtemp(prefix);
    }
    return root;
}
/** The root that holds a staging dir (the older `<root>/out` layout), or the dir itself. */
function stagingRoot(stagingDir) {
    const root = external_node_path_default().dirname(stagingDir);
    return external_node_path_default().basename(stagingDir) === 'out' && ROOT_NAME.test(external_node_path_default().basename(root)) ? root : stagingDir;
}
/** Removes a staging dir with everything around it that we created; never throws. */
async function removeStaging(stagingDir) {
    try {
        await promises_default().rm(stagingRoot(stagingDir), { recursive: true, force: true });
    }
    catch {
        // Best effort: a leftover under RUNNER_TEMP is removed by the runner.
    }
}

;// CONCATENATED MODULE: ./src/outputs/collect.ts
/**
 * Turns a plugin's response into files in its staging directory: returned files are
 * written there (UTF-8), files the plugin wrote there itself are collected as `direct`.
 */



/** Lists what the plugin wrote into `dir` itself; symlinks and special files are errors. */
async function listDirectFiles(dir) {
    const files = [];
    const walk = async (abs, rel) => {
        const entries = await promises_default().readdir(abs, { withFileTypes: true });
        entries.sort((a, b) => (0,paths/* compareBytes */.Xo)(a.name, b.name));
        for (const e of entries) {
            const r = rel === '' ? e.name : `${rel}/${e.name}`;
            const full = external_node_path_default().join(abs, e.name);
            if (e.isSymbolicLink()) {
                return `plugin wrote a symbolic link ${JSON.stringify(r)} into its outputDir; only regular files are allowed`;
            }
            if (e.isDirectory()) {
                const err = await walk(full, r);
                if (err)
                    return err;
            }
            else if (e.isFile()) {
                const problem = (0,paths/* pathProblem */.z9)(r);
                if (problem)
                    return `plugin wrote ${JSON.stringify(r)} into its outputDir, which is not allowed: ${problem}`;
                files.push(r);
            }
            else {
                return `plugin wrote ${JSON.stringify(r)} into its outputDir, which is not a regular file (a socket, FIFO or device); only regular files are allowed`;
            }
        }
        return null;
    };
    const err = await walk(dir, '');
    return err ? { error: err } : { files };
}
/** Finds two paths of which one is a file and the other needs it to be a directory. */
function prefixConflict(paths) {
    const set = new Set(paths);
    for (const p of set) {
        const segs = p.split('/');
        for (let i = 1; i < segs.length; i++) {
            const prefix = segs.slice(0, i).join('/');
            if (set.has(prefix))
                return [prefix, p];
        }
    }
    return null;
}
async function collectJobFiles(stagingDir, returned) {
    const seen = new Map();
    for (const [i, f] of returned.entries()) {
        const err = (0,paths/* returnedPathError */.Jq)(f.path);
        if (err)
            return { error: `files[${i}]: ${err}` };
        const first = seen.get(f.path);
        if (first !== undefined) {
            return { error: `files[${first}] and files[${i}] both have path ${JSON.stringify(f.path)}; return each path once` };
        }
        seen.set(f.path, i);
    }
    const conflict = prefixConflict(seen.keys());
    if (conflict) {
        return {
            error: `files[${seen.get(conflict[0])}] (${JSON.stringify(conflict[0])}) and files[${seen.get(conflict[1])}] (${JSON.stringify(conflict[1])}) conflict: the first must be a file and a directory at once`,
        };
    }
    let direct;
    try {
        const listed = await listDirectFiles(stagingDir);
        if ('error' in listed)
            return listed;
        direct = listed.files;
    }
    catch (e) {
        return { error: `cannot read the plugin's outputDir: ${e.message}` };
    }
    for (const d of direct) {
        if (seen.has(d)) {
            return {
                error: `${JSON.stringify(d)} was both returned in the response (files[${seen.get(d)}]) and written into outputDir directly; produce each file one way`,
            };
        }
    }
    const both = prefixConflict([...seen.keys(), ...direct]);
    if (both) {
        return {
            error: `${JSON.stringify(both[0])} and ${JSON.stringify(both[1])} conflict (one returned, one written directly): the first must be a file and a directory at once`,
        };
    }
    try {
        // The staging directory exists; each other parent is made once.
        const made = new Set([stagingDir]);
        for (const f of returned) {
            const target = (0,paths/* joinRelative */.r3)(stagingDir, f.path);
            const parent = external_node_path_default().dirname(target);
            if (!made.has(parent)) {
                await promises_default().mkdir(parent, { recursive: true });
                made.add(parent);
            }
            await promises_default().writeFile(target, f.content, 'utf8');
        }
    }
    catch (e) {
        return { error: `cannot stage the returned files: ${e.message}` };
    }
    const files = [
        ...returned.map((f) => ({ path: f.path, direct: false })),
        ...direct.map((p) => ({ path: p, direct: true })),
    ];
    files.sort((a, b) => (0,paths/* compareBytes */.Xo)(a.path, b.path));
    return { files };
}

// EXTERNAL MODULE: ./src/outputs/manifest.ts
var manifest = __webpack_require__(71085);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/outputs/tree.ts
/** Read-only views of what is at a path in the working tree, as generate would see it. */



async function inspect(p) {
    let st;
    try {
        // Synchronous, and no exception for a missing path: most targets do not exist yet.
        st = (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false });
    }
    catch (e) {
        if (e.code === 'ENOTDIR')
            return { kind: 'absent' };
        throw e;
    }
    if (st === undefined)
        return { kind: 'absent' };
    if (st.isFile())
        return { kind: 'file', mode: st.mode & 0o7777 };
    if (st.isSymbolicLink())
        return { kind: 'symlink', target: await promises_default().readlink(p) };
    if (st.isDirectory())
        return { kind: 'dir' };
    return { kind: 'other' };
}
/** The side of a patch for what is at `p` now (directories and special files never reach here). */
async function sideOf(p, existing) {
    if (existing.kind === 'file')
        return { kind: 'file', content: await promises_default().readFile(p), executable: (existing.mode & 0o111) !== 0 };
    if (existing.kind === 'symlink')
        return { kind: 'symlink', target: existing.target };
    return { kind: 'absent' };
}
function sha256(data) {
    return external_node_crypto_default().createHash('sha256').update(data).digest('hex');
}
/** True when two contents differ only in CRLF versus LF line endings. */
function crlfOnly(a, b) {
    if (a.equals(b))
        return false;
    const norm = (x) => x.toString('latin1').replace(/\r\n/g, '\n');
    return norm(a) === norm(b);
}

;// CONCATENATED MODULE: ./src/outputs/transaction.ts
/**
 * Applies one job's changes to the working tree as a unit: every replaced or deleted file is
 * first moved into the job's work directory (same filesystem, so a rename), and on any failure
 * every step is undone in reverse, leaving the tree as it was before the job.
 */



/** Renames, falling back to copy + rename next to the destination across filesystems. */
async function move(src, dst) {
    try {
        await promises_default().rename(src, dst);
        return;
    }
    catch (e) {
        if (e.code !== 'EXDEV')
            throw e;
    }
    const tmp = external_node_path_default().join(external_node_path_default().dirname(dst), `.pacto-tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
    try {
        const st = await promises_default().lstat(src);
        if (st.isSymbolicLink())
            await promises_default().symlink(await promises_default().readlink(src), tmp);
        else {
            await promises_default().copyFile(src, tmp);
            await promises_default().chmod(tmp, st.mode & 0o7777);
            await promises_default().utimes(tmp, st.atime, st.mtime);
        }
        await promises_default().rename(tmp, dst);
    }
    catch (e) {
        await promises_default().rm(tmp, { force: true });
        throw e;
    }
    await promises_default().rm(src, { force: true });
}
async function exists(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
/**
 * Removes the directories above `file` that are now empty, deepest first, stopping at the first
 * one that is not (or is not a plain directory) and never removing `stopAt` or anything above
 * it. Returns the removed directories, deepest first.
 */
async function pruneEmptyParents(file, stopAt) {
    const removed = [];
    const root = external_node_path_default().resolve(stopAt);
    for (let dir = external_node_path_default().dirname(external_node_path_default().resolve(file)); dir !== root && dir.startsWith(root + (external_node_path_default()).sep); dir = external_node_path_default().dirname(dir)) {
        try {
            await promises_default().rmdir(dir);
        }
        catch {
            break;
        }
        removed.push(dir);
    }
    return removed;
}
/**
 * `workDir` holds the backups (same filesystem as every target). It may be shared by jobs
 * applied side by side: `prefix` keeps each job's file names apart.
 */
async function runTransaction(steps, workDir, hooks = {}, prefix = '') {
    const undo = [];
    let n = 0;
    // Parents this transaction already made or found: a job's files and manifest share them.
    const ready = new Set();
    try {
        for (const step of steps) {
            await hooks.beforeStep?.(step.kind, step.target);
            if (await exists(step.target)) {
                const backup = external_node_path_default().join(workDir, `${prefix}backup-${n++}`);
                await move(step.target, backup);
                undo.push(() => move(backup, step.target));
                if (step.kind === 'remove' && step.pruneUpTo !== undefined) {
                    const pruned = await pruneEmptyParents(step.target, step.pruneUpTo);
                    // Undone before the file is moved back (undo runs in reverse).
                    if (pruned.length > 0)
                        undo.push(() => promises_default().mkdir(pruned[0], { recursive: true }));
                }
            }
            if (step.kind === 'put') {
                const parent = external_node_path_default().dirname(step.target);
                const created = ready.has(parent) ? undefined : await promises_default().mkdir(parent, { recursive: true });
                ready.add(parent);
                if (created) {
                    // Only directories left empty are removed: another job may be writing beside us.
                    const chain = [];
                    for (let d = parent; d.length >= created.length; d = external_node_path_default().dirname(d))
                        chain.push(d);
                    undo.push(async () => {
                        for (const d of chain)
                            await promises_default().rmdir(d).catch(() => undefined);
                    });
                }
                if (step.mode !== null)
                    await promises_default().chmod(step.source, step.mode);
                await move(step.source, step.target);
                undo.push(() => promises_default().rm(step.target, { force: true }));
            }
        }
    }
    catch (e) {
        const problems = [];
        for (const u of undo.reverse()) {
            try {
                await u();
            }
            catch (err) {
                problems.push(err.message);
            }
        }
        const msg = e.message;
        throw new Error(problems.length === 0
            ? `${msg} (the job's earlier changes were rolled back)`
            : `${msg}; rolling back also failed: ${problems.join('; ')}`, { cause: e });
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/outputs/patch.ts
/**
 * A git-style patch (what `git diff --binary` would print) that `git apply` uses to bring the
 * working tree to what `generate` would write: text hunks with a Myers line diff, git binary
 * patches for files with NUL bytes, and delete + create for a symlink replaced by a file.
 * Contents are handled as latin1 strings so every byte survives, whatever the encoding.
 */


const CONTEXT = 3;
/** Above this many edits the diff is one hunk replacing the whole file (still correct). */
const MAX_EDITS = 2000;
/** Splits into lines that keep their `\n`; only the last may lack it. */
function lines(text) {
    if (text === '')
        return [];
    const out = text.split('\n').map((l) => `${l}\n`);
    if (text.endsWith('\n'))
        out.pop();
    else
        out[out.length - 1] = out[out.length - 1].slice(0, -1);
    return out;
}
/** Myers' O(ND) diff on lines, or null when there are more than `max` edits. */
function myers(a, b, max) {
    const n = a.length;
    const m = b.length;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
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
    if (found < 0)
        return null;
    const ops = [];
    let x = n;
    let y = m;
    for (let d = found; d > 0; d--) {
        const prev = trace[d];
        const at = (k) => prev[k + d + 1];
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
        }
        else {
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
function replaceAll(a, b) {
    return [
        ...a.map((line, i) => ({ op: '-', line, a: i, b: 0 })),
        ...b.map((line, i) => ({ op: '+', line, a: a.length, b: i })),
    ];
}
function emit(op, line) {
    return line.endsWith('\n') ? `${op}${line}` : `${op}${line}\n\\ No newline at end of file\n`;
}
function range(start, len) {
    if (len === 0)
        return `${start},0`;
    return len === 1 ? `${start + 1}` : `${start + 1},${len}`;
}
/** Unified-diff hunks (latin1 text) between two contents. */
function hunks(oldText, newText) {
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
            while (end < ops.length && ops[end].op !== ' ')
                end++;
            let next = end;
            while (next < ops.length && ops[next].op === ' ')
                next++;
            if (next < ops.length && next - end <= 2 * CONTEXT)
                end = next;
            else
                break;
        }
        const slice = ops.slice(Math.max(0, i - CONTEXT), Math.min(ops.length, end + CONTEXT));
        const aLen = slice.filter((o) => o.op !== '+').length;
        const bLen = slice.filter((o) => o.op !== '-').length;
        out += `@@ -${range(slice[0].a, aLen)} +${range(slice[0].b, bLen)} @@\n`;
        for (const o of slice)
            out += emit(o.op, o.line);
        i = Math.min(ops.length, end + CONTEXT);
    }
    return out;
}
const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
function base85Line(chunk) {
    const len = chunk.length;
    let out = len <= 26 ? String.fromCharCode(64 + len) : String.fromCharCode(96 + len - 26);
    for (let i = 0; i < len; i += 4) {
        let acc = 0;
        for (let j = 0; j < 4; j++)
            acc = acc * 256 + (i + j < len ? chunk[i + j] : 0);
        let s = '';
        for (let j = 0; j < 5; j++) {
            s = B85[acc % 85] + s;
            acc = Math.floor(acc / 85);
        }
        out += s;
    }
    return out;
}
function binaryLiteral(data) {
    const z = external_node_zlib_default().deflateSync(data);
    let out = `literal ${data.length}\n`;
    for (let i = 0; i < z.length; i += 52)
        out += `${base85Line(z.subarray(i, i + 52))}\n`;
    return `${out}\n`;
}
function gitBlobId(data) {
    return external_node_crypto_default().createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}
const ZERO_ID = '0'.repeat(40);
/** Quotes a path as git does (core.quotePath): C-style with octal bytes when needed. */
function quotePath(p) {
    const bytes = Buffer.from(p, 'utf8');
    if (!bytes.some((c) => c < 0x20 || c === 0x22 || c === 0x5c || c >= 0x7f))
        return p;
    const names = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x22: '"', 0x5c: '\\' };
    let out = '"';
    for (const c of bytes) {
        if (names[c])
            out += `\\${names[c]}`;
        else if (c < 0x20 || c >= 0x7f)
            out += `\\${c.toString(8).padStart(3, '0')}`;
        else
            out += String.fromCharCode(c);
    }
    return `${out}"`;
}
function isBinary(data) {
    return data.subarray(0, 8000).includes(0);
}
function patch_name(prefix, p) {
    return quotePath(prefix + p);
}
function header(p) {
    return `diff --git ${patch_name('a/', p)} ${patch_name('b/', p)}\n`;
}
function modeOf(s) {
    if (s.kind === 'symlink')
        return '120000';
    return s.kind === 'file' && s.executable ? '100755' : '100644';
}
function bytesOf(s) {
    if (s.kind === 'file')
        return s.content;
    if (s.kind === 'symlink')
        return Buffer.from(s.target, 'utf8');
    return Buffer.alloc(0);
}
function body(oldData, newData, oldName, newName) {
    if (isBinary(oldData) || isBinary(newData)) {
        return `GIT binary patch\n${binaryLiteral(newData)}${binaryLiteral(oldData)}`;
    }
    const h = hunks(oldData.toString('latin1'), newData.toString('latin1'));
    return h === '' ? '' : `--- ${oldName}\n+++ ${newName}\n${h}`;
}
function index(oldData, newData, mode) {
    const o = oldData ? gitBlobId(oldData) : ZERO_ID;
    const n = newData ? gitBlobId(newData) : ZERO_ID;
    return `index ${o}..${n}${mode ? ` ${mode}` : ''}\n`;
}
/**
 * The patch section (latin1 text) that turns `from` into `to` at `p` (relative to the root the
 * patch is applied in). Empty when both are the same.
 */
function filePatch(p, from, to) {
    if (from.kind === 'symlink' && to.kind !== 'absent') {
        return filePatch(p, from, { kind: 'absent' }) + filePatch(p, { kind: 'absent' }, to);
    }
    if (from.kind === 'absent' && to.kind === 'absent')
        return '';
    if (from.kind === 'absent') {
        const data = bytesOf(to);
        return `${header(p)}new file mode ${modeOf(to)}\n${index(null, data, null)}${body(Buffer.alloc(0), data, '/dev/null', patch_name('b/', p))}`;
    }
    if (to.kind === 'absent') {
        const data = bytesOf(from);
        return `${header(p)}deleted file mode ${modeOf(from)}\n${index(data, null, null)}${body(data, Buffer.alloc(0), patch_name('a/', p), '/dev/null')}`;
    }
    const a = bytesOf(from);
    const b = bytesOf(to);
    if (a.equals(b))
        return '';
    return `${header(p)}${index(a, b, modeOf(from))}${body(a, b, patch_name('a/', p), patch_name('b/', p))}`;
}
/** A file's section cut to fit a summary; the full text is in the patch file. */
function truncateDiff(section, maxLines = 200, maxChars = 16000) {
    const text = Buffer.from(section, 'latin1').toString('utf8');
    const all = text.split('\n');
    let kept = all.slice(0, maxLines).join('\n');
    if (kept.length > maxChars)
        kept = kept.slice(0, maxChars);
    if (kept.length < text.length) {
        const omitted = text.slice(kept.length).split('\n').length - 1;
        return `${kept}\n... (diff truncated: ${Math.max(1, omitted)} more line(s); see pacto-drift.patch)\n`;
    }
    return text;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/outputs/git.ts
/** The two read-only git questions check mode asks: where the repository root is, and what it ignores. */

function git(cwd, args, input) {
    return new Promise((resolve) => {
        let stdout = '';
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['pipe', 'pipe', 'ignore'], timeout: 30000 });
        }
        catch {
            resolve({ code: null, stdout: '' });
            return;
        }
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (d) => (stdout += d));
        child.on('error', () => resolve({ code: null, stdout: '' }));
        child.on('close', (code) => resolve({ code, stdout }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input ?? '');
    });
}
/** The repository's top-level directory, or null when `dir` is not in a git work tree (or git is missing). */
async function gitTopLevel(dir) {
    const r = await git(dir, ['rev-parse', '--show-toplevel'], null);
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}
/** Which of `paths` (relative to `dir`) git ignores. */
async function gitIgnored(dir, paths) {
    if (paths.length === 0)
        return new Set();
    const r = await git(dir, ['check-ignore', '--stdin', '-z'], paths.map((p) => `${p}\0`).join(''));
    if (r.code !== 0)
        return new Set();
    return new Set(r.stdout.split('\0').filter((p) => p !== ''));
}

;// CONCATENATED MODULE: ./src/outputs/preflight.ts
/**
 * Checks one job's files before anything is compared or written: clean paths, destinations
 * that stay inside the output directory after resolving symlinked parents in the working tree,
 * never a pacto.yaml, a referenced file, a manifest or anything in .git.
 */



async function preflight(r, wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, 
/** Shared by the jobs of one pass: the tree does not change before they are all checked. */
look = (0,paths/* memoLookups */.k2)()) {
    const job = r.job;
    const outDir = external_node_path_default().resolve(job.absOutputDir);
    if (!(0,paths/* isInside */.FK)(wd, outDir))
        return { error: `the output directory ${job.outputDir} is outside the working directory` };
    let outDirReal;
    try {
        outDirReal = await look.resolve(outDir);
    }
    catch (e) {
        return { error: `the output directory ${job.outputDir} cannot be used: ${e.message}` };
    }
    if (!(0,paths/* isInside */.FK)(wdReal, outDirReal)) {
        return { error: `the output directory ${job.outputDir} resolves to ${outDirReal} through a symbolic link, outside the working directory` };
    }
    const files = [];
    const seen = new Map();
    for (const f of r.files) {
        const problem = (0,paths/* pathProblem */.z9)(f.path);
        if (problem)
            return { error: `output path ${JSON.stringify(f.path)} is not allowed: ${problem}` };
        const target = (0,paths/* joinRelative */.r3)(outDir, f.path);
        const wdPath = wdPathOf(target);
        let parentReal;
        try {
            parentReal = await look.resolve(external_node_path_default().dirname(target));
        }
        catch (e) {
            return { error: `cannot write ${wdPath}: ${e.message}` };
        }
        if (!(0,paths/* isInside */.FK)(outDirReal, parentReal)) {
            return {
                error: `${JSON.stringify(f.path)} would be written to ${external_node_path_default().join(parentReal, external_node_path_default().basename(target))}, outside the output directory ${job.outputDir}, through a symbolic link in the working tree`,
            };
        }
        const realTarget = external_node_path_default().join(parentReal, external_node_path_default().basename(target));
        if (external_node_path_default().relative(wdReal, realTarget).split((external_node_path_default()).sep).some((seg) => seg.toLowerCase() === '.git')) {
            return { error: `${wdPath} is inside a .git directory; generated files must not touch git's own files` };
        }
        const anc = await look.nearestIsDir(parentReal);
        if (!anc.dir) {
            return { error: `cannot write ${wdPath}: ${wdPathOf(anc.at)} is a file, not a directory` };
        }
        const key = (0,paths/* collisionKey */.EE)(realTarget, platform);
        const prot = protectedKeys.get(key);
        if (prot)
            return { error: `${wdPath} would overwrite ${prot}; a generated file must not replace a pacto.yaml or a file a contract references` };
        const twin = seen.get(key);
        if (twin !== undefined) {
            return { error: `${twin} and ${wdPath} are the same file on a case-insensitive filesystem; return one of them` };
        }
        seen.set(key, wdPath);
        const manifestOf = manifestKeys.get(key);
        if (manifestOf !== undefined) {
            return { error: `${wdPath} is the manifest of the output directory ${manifestOf} (${manifest/* MANIFEST_NAME */.ir} is reserved)` };
        }
        files.push({ rel: f.path, wdPath, target, key, staged: (0,paths/* joinRelative */.r3)(r.stagingDir, f.path), direct: f.direct });
    }
    return { files, outDirReal };
}

;// CONCATENATED MODULE: ./src/outputs/limit.ts
/** Bounded concurrency for filesystem work (keeps the libuv pool busy without flooding it). */
/** Runs `fn` over `items` with at most `limit` at once; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}

;// CONCATENATED MODULE: ./src/outputs/drift.ts

async function driftHints(files, entries, outDirOf, wd, inGit, wdPathOf, 
/** The working directory relative to the repository root ('' at the root or outside git). */
repoPrefix = '') {
    const hints = [];
    if (inGit) {
        const byDir = new Map();
        for (const f of files) {
            const dir = outDirOf.get(f);
            if (dir === undefined)
                continue;
            byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
        }
        for (const [dir, list] of byDir) {
            if (!list.every((f) => f.status === 'new'))
                continue;
            const ignored = await gitIgnored(wd, list.map((f) => f.path));
            if (list.every((f) => ignored.has(f.path))) {
                hints.push(`Every output in ${wdPathOf(dir) || '.'} is new and git ignores it (.gitignore): check cannot pass on a fresh checkout; use generate, or commit the outputs and stop ignoring them.`);
            }
        }
    }
    const crlf = entries.filter((e) => e.crlfOnly);
    if (crlf.length > 0) {
        // The root .gitattributes matches paths from the repository root, not from the working directory.
        const dir = [repoPrefix, ...crlf[0].path.split('/').slice(0, -1)].filter((s) => s !== '').join('/');
        const pattern = dir === '' ? '** -text' : `${dir}/** -text`;
        hints.push(`${crlf.length} file(s) differ only in line endings (CRLF versus LF), for example ${crlf[0].path}: git converted them on checkout (core.autocrlf or a text attribute). Mark generated files \`-text\` in the repository's root .gitattributes (for example \`${pattern}\`) so they keep the plugin's bytes.`);
    }
    return hints;
}

;// CONCATENATED MODULE: ./src/outputs/apply.ts
/**
 * Applies staged job outputs to the working tree in job order (generate), or works out what
 * that would change without writing to it (check). Both modes run the same planning code,
 * so check fails exactly when generate would change the tree.
 */












/** How many jobs are checked or compared at once (I/O-bound: keeps the libuv pool busy). */
const PARALLEL = 8;
function describe(r) {
    return `plugin ${r.job.plugin.name} for ${r.job.contract.file}`;
}
async function applyOutputsImpl(results, ctx) {
    const extraDirs = [];
    try {
        return await applyAll(results, ctx, extraDirs);
    }
    finally {
        for (const d of extraDirs)
            await promises_default().rm(d, { recursive: true, force: true });
        const dirs = results.map((r) => ('stagingDir' in r ? r.stagingDir : undefined)).filter((d) => typeof d === 'string' && d !== '');
        await mapLimit(dirs, PARALLEL, removeStaging);
    }
}
async function applyAll(results, ctx, extraDirs) {
    const { config } = ctx;
    const check = config.mode === 'check';
    const platform = ctx.platform ?? process.platform;
    const wd = external_node_path_default().resolve(config.workingDirectory);
    const wdReal = await promises_default().realpath(wd);
    const wdPathOf = (abs) => (0,paths/* toSlash */.n$)(external_node_path_default().relative(wd, abs));
    const errors = [];
    // Files that must never be replaced: every discovered pacto.yaml and every referenced file.
    const protectedKeys = new Map();
    const protectedFiles = ctx.contracts.flatMap((c) => [
        [c.absFile, 'the contract'],
        ...c.referencedFiles.map((f) => [f, `a file referenced by ${c.file}`]),
    ]);
    const protectedReal = await mapLimit(protectedFiles, PARALLEL, ([p]) => (0,paths/* resolveExisting */._j)(p).catch(() => external_node_path_default().resolve(p)));
    protectedFiles.forEach(([p, what], i) => {
        protectedKeys.set((0,paths/* collisionKey */.EE)(protectedReal[i], platform), `${wdPathOf(external_node_path_default().resolve(p))} (${what})`);
    });
    const reports = [];
    const fail = (report, error) => {
        report.status = 'failed';
        report.error = error;
        report.files = [];
    };
    // Pass 1: check every path, then claim targets in job order (the earlier job wins a collision).
    const manifestKeys = new Map();
    const outDirs = [...new Map(results.map((r) => [external_node_path_default().resolve(r.job.absOutputDir), r.job.outputDir])).entries()];
    // Nothing is written before every job is checked, so pass 1 looks each directory up once.
    const look = (0,paths/* memoLookups */.k2)();
    const realOutDirs = await mapLimit(outDirs, PARALLEL, ([abs]) => look.resolve(abs).catch(() => null));
    outDirs.forEach(([, rel], i) => {
        const real = realOutDirs[i];
        // An unresolvable directory is reported when its job is planned.
        if (real !== null)
            manifestKeys.set((0,paths/* collisionKey */.EE)(external_node_path_default().join(real, manifest/* MANIFEST_NAME */.ir), platform), rel);
    });
    const owners = new Map();
    const plans = [];
    const preflights = await mapLimit(results, PARALLEL, async (r) => {
        if (!r.ok)
            return null;
        try {
            return await preflight(r, wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, look);
        }
        catch (e) {
            return { error: `cannot check the outputs of ${describe(r)}: ${e.message}` };
        }
    });
    for (const [i, r] of results.entries()) {
        const report = {
            contract: r.job.contract.file,
            plugin: r.job.plugin.name,
            outputDir: r.job.outputDir,
            status: 'ok',
            files: [],
            message: '',
            durationMs: 0,
            stderrTail: '',
        };
        reports.push(report);
        plans.push({ result: r, report, files: [], outDirReal: '' });
        if ('skipped' in r && r.skipped) {
            report.status = 'skipped';
            report.message = r.reason;
            continue;
        }
        if (!r.ok) {
            const f = r;
            Object.assign(report, { status: 'failed', error: f.error, durationMs: f.durationMs, stderrTail: f.stderrTail });
            continue;
        }
        Object.assign(report, { message: r.message, durationMs: r.durationMs, stderrTail: r.stderrTail });
        const planned = preflights[i];
        if ('error' in planned) {
            fail(report, planned.error);
            continue;
        }
        const clash = planned.files.find((p) => owners.has(p.key));
        if (clash) {
            const other = owners.get(clash.key);
            const msg = `two jobs write the same file: ${describe(r)} writes ${clash.wdPath}, and ${other.who} already writes ${other.wdPath}${caseNote(clash.wdPath, other.wdPath)}`;
            errors.push(msg);
            fail(report, msg);
            continue;
        }
        for (const p of planned.files)
            owners.set(p.key, { who: describe(r), wdPath: p.wdPath });
        plans[plans.length - 1].files = planned.files;
        plans[plans.length - 1].outDirReal = planned.outDirReal;
    }
    // Patch paths are relative to the repository root, where `git apply` takes them from.
    let patchPrefix = '';
    let top = null;
    if (check) {
        top = await gitTopLevel(wd);
        if (top)
            patchPrefix = (0,paths/* toSlash */.n$)(external_node_path_default().relative(await promises_default().realpath(top), wdReal));
    }
    const patchPath = (wdPath) => (patchPrefix ? `${patchPrefix}/${wdPath}` : wdPath);
    const manifests = new Map();
    const manifestFor = async (outDir, outDirWd) => {
        const known = manifests.get(outDir);
        if (known)
            return known;
        const target = external_node_path_default().join(outDir, manifest/* MANIFEST_NAME */.ir);
        const st = {
            outDir,
            outDirWd,
            target,
            wdPath: wdPathOf(target),
            original: await inspect(target),
            originalBytes: null,
            current: null,
            currentIsOriginalLink: false,
            entries: new Map(),
            error: null,
            reported: false,
            lastOwner: null,
        };
        if (st.original.kind === 'file') {
            st.originalBytes = await promises_default().readFile(target);
            st.current = st.originalBytes;
            try {
                for (const e of (0,manifest/* parseManifest */.Ng)(st.originalBytes.toString('utf8')))
                    st.entries.set((0,manifest/* entryKey */.k2)(e.contract, e.plugin), e);
            }
            catch (e) {
                st.error = `the manifest ${st.wdPath} cannot be read: ${e.message}. Fix it or delete it (generate then writes a new one; files it listed are not cleaned)`;
            }
        }
        else if (st.original.kind === 'symlink') {
            st.currentIsOriginalLink = true;
        }
        else if (st.original.kind !== 'absent') {
            st.error = `${st.wdPath} is a directory or special file where the manifest belongs; remove it`;
        }
        manifests.set(outDir, st);
        return st;
    };
    const drift = new Map();
    const outDirOf = new Map();
    let expectedRoot = null;
    let expectedRootMade = null;
    const expectedDirs = new Map();
    const expect = async (wdPath, data) => {
        if (!check)
            return;
        expectedRootMade ??= promises_default().mkdtemp(external_node_path_default().join(external_node_path_default().resolve(config.runnerTemp), 'pacto-expected-'));
        expectedRoot = await expectedRootMade;
        const dest = (0,paths/* joinRelative */.r3)(expectedRoot, wdPath);
        const parent = external_node_path_default().dirname(dest);
        let made = expectedDirs.get(parent);
        if (!made) {
            made = promises_default().mkdir(parent, { recursive: true });
            expectedDirs.set(parent, made);
        }
        await made;
        await promises_default().writeFile(dest, data);
    };
    // Each job's own files against the tree: independent of other jobs (their targets are disjoint), so in parallel.
    const assess = async (plan) => {
        const items = [];
        for (const p of plan.files) {
            const existing = await inspect(p.target);
            if (existing.kind === 'dir' || existing.kind === 'other') {
                return { error: `cannot write ${p.wdPath}: a ${existing.kind === 'dir' ? 'directory' : 'special file'} is in the way` };
            }
            const data = await promises_default().readFile(p.staged);
            const sha = sha256(data);
            const before = await sideOf(p.target, existing);
            const same = before.kind === 'file' && before.content.equals(data);
            const status = same ? 'unchanged' : before.kind === 'absent' ? (check ? 'new' : 'created') : check ? 'changed' : 'updated';
            let driftInfo = null;
            if (check) {
                if (!same) {
                    await expect(p.wdPath, data);
                    // The mode generate would leave: a returned file keeps an existing file's mode.
                    const stagedExec = ((await promises_default().stat(p.staged)).mode & 0o111) !== 0;
                    const executable = before.kind === 'file' && !p.direct ? before.executable : stagedExec;
                    const to = { kind: 'file', content: data, executable };
                    driftInfo = {
                        severity: 'error',
                        section: filePatch(patchPath(p.wdPath), before, to),
                        crlfOnly: before.kind === 'file' && crlfOnly(before.content, data),
                    };
                }
            }
            items.push({ p, existing, sha, status, drift: driftInfo });
        }
        return { items };
    };
    const assessments = new Map();
    const live = plans.filter((p) => p.report.status === 'ok');
    const outcomes = await mapLimit(live, PARALLEL, async (plan) => {
        try {
            return await assess(plan);
        }
        catch (e) {
            return { error: `could not compare the outputs of ${describe(plan.result)}: ${e.message}` };
        }
    });
    live.forEach((plan, i) => assessments.set(plan, outcomes[i]));
    // Pass 2: in job order, compare with the tree, then apply (generate) or record (check).
    // Backups and temporary manifests: one private directory beside each staging base (so on the
    // destination's filesystem), shared by the jobs staged there, each job's names prefixed.
    const workDirs = new Map();
    const workDirFor = (stagingDir) => {
        const root = stagingRoot(stagingDir);
        if (root !== stagingDir)
            return Promise.resolve(root);
        const base = external_node_path_default().dirname(stagingDir);
        let made = workDirs.get(base);
        if (!made) {
            made = promises_default().mkdtemp(external_node_path_default().join(base, '.pacto-work-')).then((dir) => {
                extraDirs.push(dir);
                return dir;
            });
            workDirs.set(base, made);
        }
        return made;
    };
    const applyJob = async (plan) => {
        const { result: r, report } = plan;
        if (report.status !== 'ok' || !r.ok)
            return;
        const out = r;
        const job = out.job;
        const outDir = external_node_path_default().resolve(job.absOutputDir);
        const ms = await manifestFor(outDir, job.outputDir);
        if (ms.error) {
            if (!ms.reported)
                plan.error = ms.error;
            ms.reported = true;
            fail(report, ms.error);
            return;
        }
        const key = (0,manifest/* entryKey */.k2)(job.contract.file, job.plugin.name);
        const lines = [];
        const steps = [];
        const produced = [];
        let problem = null;
        const line = (wdPath, status, sha, direct) => {
            const o = { path: wdPath, plugin: job.plugin.name, contract: job.contract.file, status, sha256: sha, direct };
            lines.push(o);
            outDirOf.set(o, outDir);
            return o;
        };
        const assessed = assessments.get(plan);
        if (!assessed)
            return;
        if ('error' in assessed) {
            problem = assessed.error;
        }
        else {
            for (const a of assessed.items) {
                produced.push({ path: a.p.rel, sha256: a.sha });
                const o = line(a.p.wdPath, a.status, a.sha, a.p.direct);
                if (a.drift)
                    drift.set(o, a.drift);
                if (!check && a.status !== 'unchanged') {
                    steps.push({ kind: 'put', target: a.p.target, source: a.p.staged, mode: a.existing.kind === 'file' && !a.p.direct ? a.existing.mode : null });
                }
            }
        }
        // Files this key generated before and no longer produces: deleted with clean, else kept.
        const kept = [];
        const producedSet = new Set(produced.map((f) => f.path));
        for (const f of problem ? [] : (ms.entries.get(key)?.files ?? [])) {
            if (producedSet.has(f.path))
                continue;
            const target = (0,paths/* joinRelative */.r3)(outDir, f.path);
            const wdPath = wdPathOf(target);
            let realParent;
            try {
                realParent = await (0,paths/* resolveExisting */._j)(external_node_path_default().dirname(target));
            }
            catch {
                continue;
            }
            if (!(0,paths/* isInside */.FK)(plan.outDirReal, realParent)) {
                problem = `the manifest ${ms.wdPath} lists ${f.path}, which resolves outside ${job.outputDir} through a symbolic link; refusing to touch it`;
                break;
            }
            const k = (0,paths/* collisionKey */.EE)(external_node_path_default().join(realParent, external_node_path_default().basename(target)), platform);
            if (protectedKeys.has(k)) {
                problem = `the manifest ${ms.wdPath} lists ${f.path}, which is ${protectedKeys.get(k)}; refusing to delete it`;
                break;
            }
            if (owners.has(k) || manifestKeys.has(k))
                continue;
            const existing = await inspect(target);
            if (existing.kind !== 'file' && existing.kind !== 'symlink')
                continue;
            if (config.clean) {
                const o = line(wdPath, check ? 'stale' : 'deleted', null, false);
                if (check)
                    drift.set(o, { severity: 'error', section: filePatch(patchPath(wdPath), await sideOf(target, existing), { kind: 'absent' }), crlfOnly: false });
                else
                    steps.push({ kind: 'remove', target, pruneUpTo: outDir });
            }
            else {
                kept.push(f);
                if (check)
                    drift.set(line(wdPath, 'stale', null, false), { severity: 'warning', section: '', crlfOnly: false });
            }
        }
        if (problem) {
            fail(report, problem);
            return;
        }
        const entries = new Map(ms.entries);
        entries.set(key, {
            contract: job.contract.file,
            plugin: job.plugin.name,
            pluginVersion: job.plugin.version,
            pluginSha256: job.plugin.version === null ? job.plugin.sha256 : null,
            files: [...produced, ...kept],
        });
        const text = (0,manifest/* serializeManifest */.MZ)(entries.values());
        const next = text === null ? null : Buffer.from(text, 'utf8');
        const present = ms.current !== null || ms.currentIsOriginalLink;
        const manifestChanges = next === null ? present : ms.currentIsOriginalLink || ms.current === null || !ms.current.equals(next);
        if (!check) {
            const workDir = steps.length > 0 || manifestChanges ? await workDirFor(out.stagingDir) : '';
            const prefix = `${job.index}-`;
            if (manifestChanges) {
                if (next === null)
                    steps.push({ kind: 'remove', target: ms.target });
                else {
                    const tmp = external_node_path_default().join(workDir, `${prefix}manifest.json`);
                    await promises_default().writeFile(tmp, next);
                    steps.push({ kind: 'put', target: ms.target, source: tmp, mode: null });
                }
            }
            try {
                if (steps.length > 0)
                    await runTransaction(steps, workDir, ctx.hooks, prefix);
            }
            catch (e) {
                fail(report, `could not write the outputs of ${describe(out)}: ${e.message}`);
                return;
            }
        }
        ms.entries = entries;
        if (manifestChanges) {
            ms.current = next;
            ms.currentIsOriginalLink = false;
        }
        if (next !== null || ms.original.kind !== 'absent')
            ms.lastOwner = { plugin: job.plugin.name, contract: job.contract.file };
        const mStatus = manifestStatus(ms, check);
        if (mStatus)
            line(ms.wdPath, mStatus, ms.current ? sha256(ms.current) : null, false);
        lines.sort((a, b) => (0,paths/* compareBytes */.Xo)(a.path, b.path));
        report.files = lines;
    };
    // Jobs sharing an output directory (and so a manifest) apply one after the other, in job
    // order; different directories are independent, so their chains run side by side.
    const chains = new Map();
    for (const plan of live) {
        const dir = external_node_path_default().resolve(plan.result.job.absOutputDir);
        const chain = chains.get(dir);
        if (chain)
            chain.push(plan);
        else
            chains.set(dir, [plan]);
    }
    await mapLimit([...chains.values()], PARALLEL, async (chain) => {
        for (const plan of chain) {
            try {
                await applyJob(plan);
            }
            catch (e) {
                // Nothing of this job reached the tree: the transaction rolls back its own failures.
                fail(plan.report, `could not apply the outputs of ${describe(plan.result)}: ${e.message}`);
            }
        }
    });
    for (const plan of plans)
        if (plan.error)
            errors.push(plan.error);
    // The manifest of a shared output directory is listed once, at the last job that touched it.
    const files = [];
    const lastManifestJob = new Map();
    for (const rep of reports)
        for (const f of rep.files)
            if (isManifestPath(f.path))
                lastManifestJob.set(f.path, rep);
    for (const rep of reports) {
        for (const f of rep.files) {
            if (isManifestPath(f.path) && lastManifestJob.get(f.path) !== rep)
                continue;
            files.push(f);
        }
    }
    let driftResult = null;
    let changed;
    if (check) {
        const entries = [];
        const byPath = new Map(files.map((f) => [f.path, f]));
        let patch = '';
        await mapLimit([...manifests.values()], PARALLEL, async (ms) => {
            if (ms.lastOwner === null)
                return;
            const f = byPath.get(ms.wdPath);
            if (!f || f.status === 'unchanged')
                return;
            if (ms.current)
                await expect(ms.wdPath, ms.current);
            const before = await sideOf(ms.target, ms.original);
            const after = ms.current ? { kind: 'file', content: ms.current, executable: false } : { kind: 'absent' };
            drift.set(f, {
                severity: 'error',
                section: filePatch(patchPath(ms.wdPath), before, after),
                crlfOnly: before.kind === 'file' && ms.current !== null && crlfOnly(before.content, ms.current),
            });
        });
        for (const f of files) {
            const d = drift.get(f);
            if (!d)
                continue;
            entries.push({
                path: f.path,
                status: f.status,
                diff: d.section === '' ? '' : truncateDiff(d.section),
                crlfOnly: d.crlfOnly,
                severity: d.severity,
            });
            patch += d.section;
        }
        changed = entries.some((e) => e.severity === 'error');
        let patchFile = null;
        if (changed) {
            patchFile = external_node_path_default().join(external_node_path_default().dirname(config.reportFile), 'pacto-drift.patch');
            await promises_default().mkdir(external_node_path_default().dirname(patchFile), { recursive: true });
            await promises_default().writeFile(patchFile, Buffer.from(patch, 'latin1'));
        }
        const hints = await driftHints(files, entries, outDirOf, wd, top !== null, wdPathOf, patchPrefix);
        driftResult = { entries, patchFile, patchRoot: patchFile ? (top ?? wd) : null, expectedRoot, hints };
    }
    else {
        changed = files.some((f) => f.status === 'created' || f.status === 'updated' || f.status === 'deleted');
    }
    return { jobs: reports, files, changed, drift: driftResult, errors };
}
function isManifestPath(p) {
    return p === manifest/* MANIFEST_NAME */.ir || p.endsWith(`/${manifest/* MANIFEST_NAME */.ir}`);
}
function caseNote(a, b) {
    return a !== b ? ' (the same file on a case-insensitive filesystem)' : '';
}
/** The manifest's status relative to the tree before the run, or null when it is not involved. */
function manifestStatus(ms, check) {
    const origPresent = ms.original.kind !== 'absent';
    if (!origPresent && ms.current === null)
        return null;
    if (!origPresent)
        return check ? 'new' : 'created';
    if (ms.current === null)
        return ms.currentIsOriginalLink ? 'unchanged' : check ? 'stale' : 'deleted';
    if (ms.originalBytes && ms.originalBytes.equals(ms.current) && ms.original.kind === 'file')
        return 'unchanged';
    return check ? 'changed' : 'updated';
}

;// CONCATENATED MODULE: ./src/outputs/index.ts





/**
 * Creates the fresh, absolute directory passed to the plugin as `outputDir`, on the same
 * filesystem as the job's final destination (in every mode; see staging.ts for where).
 * Safe to call concurrently. The caller passes it back in JobOutput.stagingDir (or
 * JobFailure.stagingDir) so applyOutputs removes it, or calls removeStaging itself.
 */
async function createStaging(job, ctx) {
    return createStagingDir(job, ctx.config);
}
/**
 * After a plugin succeeded: checks the returned paths (clean relative paths only; two entries
 * with one path are an error naming both), collects files the plugin wrote into the staging
 * directory itself (`direct`; symlinks and special files are errors, as is a path both
 * returned and written), then writes the returned files there as UTF-8. Returns the file list
 * sorted by path, or an error message (the job then fails and writes nothing).
 */
async function outputs_collectJobFiles(stagingDir, returned) {
    return collectJobFiles(stagingDir, returned);
}
/**
 * Applies every job's staged files in the order of `results` (generate: atomic per job with
 * rollback, unchanged files untouched, manifests, clean), or compares them with the working
 * tree (check: statuses, drift entries, pacto-drift.patch next to config.reportFile, hints;
 * writes nothing to the tree). Path, protection and collision problems fail the job (and
 * collisions and manifest problems are also listed in `errors`). Always removes every
 * staging directory it was given. Does not throw for a job's problem.
 */
async function applyOutputs(results, ctx) {
    return applyOutputsImpl(results, ctx);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./src/plugins/run.ts
/**
 * Runs one plugin process under protocol v1: the request on stdin, stdout spilled to a file,
 * the tail of stderr kept, a hard timeout, and nothing of the plugin left running afterwards.
 * No shell is involved, and nothing the plugin prints reaches our own stdout (the runner would
 * read it as workflow commands).
 */





/** stderr is for people; the last 64 KiB is plenty and bounds memory per job. */
const STDERR_TAIL_BYTES = 64 * 1024;
/** ACTIONS_* (runtime tokens, cache URLs) and INPUT_* (our inputs, the token among them) go too. */
const STRIPPED_PREFIXES = ['ACTIONS_', 'INPUT_'];
/** File commands would let a plugin steer later steps or forge our outputs; tokens are secrets. */
const STRIPPED_NAMES = new Set([
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_TOKEN',
    'GH_TOKEN',
]);
/** True for a variable a plugin must never see. Case-insensitive, as Windows treats names. */
function isStrippedVariable(name) {
    const upper = name.toUpperCase();
    return STRIPPED_NAMES.has(upper) || STRIPPED_PREFIXES.some((p) => upper.startsWith(p));
}
/**
 * The plugin's environment: ours minus secrets and file commands, plus the item's `env`,
 * plus the plugin's extra PATH directories (appended, so they never shadow the user's tools).
 */
function pluginEnv(base, plugin) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value !== undefined && !isStrippedVariable(name))
            env[name] = value;
    }
    Object.assign(env, plugin.spec.env);
    if (plugin.extraPath.length > 0) {
        const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
        const parts = (env[key] ?? '').split((external_node_path_default()).delimiter).filter((p) => p !== '');
        env[key] = [...parts, ...plugin.extraPath.filter((p) => !parts.includes(p))].join((external_node_path_default()).delimiter);
    }
    return env;
}
/**
 * Signals a whole process group; a group that is already gone is fine. Windows has no
 * process groups to signal: there only the plugin itself can be stopped.
 */
function killGroup(child, signal) {
    if (child.pid === undefined)
        return;
    try {
        if (process.platform === 'win32')
            child.kill(signal);
        else
            process.kill(-child.pid, signal);
    }
    catch {
        // ESRCH: nothing left in the group.
    }
}
/**
 * Plugins run in their own process groups, so a signal meant for us (the runner cancelling the
 * job sends SIGINT, then SIGTERM) never reaches them: every group that may still hold a process
 * is listed here, and our own SIGINT/SIGTERM handlers stop them before we exit.
 */
const liveGroups = new Map();
/** How long a cancelled run waits for SIGTERM to work before SIGKILL. */
const CANCEL_GRACE_MS = 2000;
let cancelHandlersInstalled = false;
/** Set once we are cancelled: no new plugin starts while the running ones are being stopped. */
let cancelling = false;
function groupAlive(child) {
    if (process.platform === 'win32')
        return child.exitCode === null && child.signalCode === null;
    try {
        process.kill(-child.pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Stops every plugin process group still alive: SIGTERM, up to `graceMs` for them to go, then
 * SIGKILL. Used when we are cancelled; exported for tests.
 */
async function stopLiveGroups(graceMs = CANCEL_GRACE_MS) {
    cancelling = true;
    // A job that finishes meanwhile removes its group from liveGroups: keep our own list.
    const children = [...liveGroups.values()];
    for (const child of children)
        killGroup(child, 'SIGTERM');
    const end = Date.now() + graceMs;
    while (Date.now() < end && children.some(groupAlive))
        await new Promise((r) => setTimeout(r, 50));
    for (const child of children)
        killGroup(child, 'SIGKILL');
}
/**
 * Installed once, when the first plugin starts (never at import time). Installing a listener
 * replaces Node's default of dying at the signal, so we exit ourselves, with the conventional
 * 128 + signal number (130 for SIGINT, 143 for SIGTERM). A second signal while the plugins are
 * being stopped kills them at once.
 */
function installCancelHandlers() {
    if (cancelHandlersInstalled)
        return;
    cancelHandlersInstalled = true;
    let stopping = false;
    const onSignal = (signal) => {
        const code = 128 + ((external_node_os_default()).constants.signals[signal] ?? (external_node_os_default()).constants.signals.SIGTERM);
        if (stopping) {
            for (const child of liveGroups.values())
                killGroup(child, 'SIGKILL');
            process.exit(code);
        }
        stopping = true;
        void stopLiveGroups().finally(() => process.exit(code));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
/** Keeps the last `limit` bytes written to it. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.chunks.length > 1 && this.size - this.chunks[0].length >= this.limit) {
            this.size -= this.chunks.shift().length;
        }
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
async function runPlugin(opts) {
    const killGraceMs = opts.killGraceMs ?? 2000;
    const closeGraceMs = opts.closeGraceMs ?? 3000;
    const started = Date.now();
    const memoryLimit = opts.memoryLimit;
    const kept = [];
    let out = null;
    const spill = () => {
        const stream = external_node_fs_default().createWriteStream(opts.stdoutFile);
        stream.on('error', (err) => {
            result.spillError ??= err.message;
        });
        return stream;
    };
    if (memoryLimit === undefined)
        out = spill();
    const stderr = new TailBuffer(STDERR_TAIL_BYTES);
    const result = {
        exitCode: null,
        signal: null,
        timedOut: false,
        overflow: false,
        spawnError: null,
        stdoutHeld: false,
        spillError: null,
        stdoutBytes: 0,
        stdout: null,
        stderrTail: '',
        durationMs: 0,
    };
    const finish = async () => {
        if (out === null)
            result.stdout = Buffer.concat(kept);
        else if (!out.closed) {
            out.end();
            await (0,external_node_events_.once)(out, 'close').catch(() => undefined);
        }
        result.stderrTail = stderr.text();
        result.durationMs = Date.now() - started;
        return result;
    };
    if (cancelling) {
        result.spawnError = 'the run is being cancelled';
        return finish();
    }
    installCancelHandlers();
    const child = (0,external_node_child_process_.spawn)(opts.executable, [], {
        cwd: opts.cwd,
        env: opts.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        // Its own process group, so a timeout reaches every descendant that did not leave it.
        detached: true,
        windowsHide: true,
    });
    const spawned = new Promise((resolve) => {
        child.once('spawn', () => resolve(null));
        child.once('error', (err) => resolve(err.message));
    });
    // A plugin may exit without reading stdin: EPIPE on our side is not its error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.request);
    child.stdout.on('error', () => undefined);
    child.stderr.on('error', () => undefined);
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.stdout.on('data', (chunk) => {
        if (result.overflow)
            return;
        if (result.stdoutBytes + chunk.length > opts.maxOutputSize) {
            result.overflow = true;
            killGroup(child, 'SIGKILL');
            child.stdout.destroy();
            return;
        }
        result.stdoutBytes += chunk.length;
        if (out === null) {
            if (result.stdoutBytes <= memoryLimit) {
                kept.push(chunk);
                return;
            }
            out = spill();
            for (const h of kept.splice(0))
                out.write(h);
        }
        const stream = out;
        if (!stream.write(chunk)) {
            child.stdout.pause();
            stream.once('drain', () => child.stdout.resume());
        }
    });
    const stdoutClosed = new Promise((resolve) => child.stdout.once('close', () => resolve()));
    const stderrClosed = new Promise((resolve) => child.stderr.once('close', () => resolve()));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
        result.exitCode = code;
        result.signal = signal;
        resolve();
    }));
    if (child.pid !== undefined)
        liveGroups.set(child.pid, child);
    const spawnError = await spawned;
    if (spawnError !== null) {
        if (child.pid !== undefined)
            liveGroups.delete(child.pid);
        result.spawnError = spawnError;
        child.stdout.destroy();
        child.stderr.destroy();
        return finish();
    }
    let killTimer;
    const timeoutTimer = setTimeout(() => {
        result.timedOut = true;
        killGroup(child, 'SIGTERM');
        killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), killGraceMs);
    }, opts.timeoutMs);
    await exited;
    clearTimeout(timeoutTimer);
    // A grandchild that inherited stdout or stderr keeps the pipe open after the plugin exited.
    let closeTimer;
    let stdoutDone = false;
    void stdoutClosed.then(() => (stdoutDone = true));
    await Promise.race([
        Promise.all([stdoutClosed, stderrClosed]),
        new Promise((resolve) => {
            closeTimer = setTimeout(resolve, result.timedOut ? 0 : closeGraceMs);
        }),
    ]);
    clearTimeout(closeTimer);
    const held = !stdoutDone;
    if (killTimer)
        clearTimeout(killTimer);
    // Nothing a plugin started may outlive its job.
    killGroup(child, 'SIGKILL');
    liveGroups.delete(child.pid);
    if (held) {
        result.stdoutHeld = !result.timedOut && !result.overflow;
        child.stdout.destroy();
    }
    child.stderr.destroy();
    return finish();
}
/** One line for a log or report: why the plugin run did not succeed, or null when it did. */
function describeRunFailure(r, timeoutMs, maxOutputSize) {
    if (r.spawnError !== null)
        return `could not start: ${r.spawnError}`;
    if (r.overflow)
        return `wrote more than ${maxOutputSize} bytes to stdout (max-output-size); it was stopped`;
    if (r.timedOut)
        return `timed out after ${Math.round(timeoutMs / 1000)} s (plugin-timeout) and was stopped`;
    if (r.signal !== null)
        return `was killed by ${r.signal}`;
    if (r.exitCode !== 0)
        return `exited with status ${r.exitCode}`;
    if (r.spillError !== null)
        return `its output could not be saved: ${r.spillError}`;
    return null;
}
/** Why a response read from a run whose stdout was held open may be cut short. */
const STDOUT_HELD_NOTE = 'exited, but a process it started kept stdout open, and was stopped';

;// CONCATENATED MODULE: ./src/plugins/response.ts
/**
 * Decodes a plugin's stdout the way Pacto does (Go's encoding/json into
 * `struct { Files []struct{ Path, Content string }; Message string }`):
 * member names match case-insensitively, unknown members are ignored, the last duplicate wins,
 * `null` means "zero value", wrong types are errors, and anything after the value is an error.
 *
 * JSON.parse alone cannot do this: it merges duplicate keys by exact spelling only, so
 * `{"files":…,"Files":…}` would pick the wrong one. This small parser keeps members in order;
 * strings are cut out by scanning and decoded by JSON.parse, which keeps large content fast.
 */
class ResponseError extends Error {
    name = 'ResponseError';
}
/** An object as its members in document order (duplicates kept). */
class Members {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
/** Go's encoding/json refuses documents nested deeper than this ("exceeded max depth"). */
const MAX_DEPTH = 10000;
class Parser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    document() {
        this.ws();
        const v = this.value();
        this.ws();
        if (this.i < this.s.length)
            throw this.unexpected('after top-level value');
        return v;
    }
    ws() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                this.i++;
            else
                break;
        }
    }
    unexpected(context) {
        if (this.i >= this.s.length)
            return new ResponseError('unexpected end of JSON input');
        const ch = String.fromCodePoint(this.s.codePointAt(this.i));
        return new ResponseError(`invalid character ${JSON.stringify(ch)} ${context} (at offset ${this.i})`);
    }
    /**
     * One value, iteratively: an explicit stack of open containers instead of recursion, so depth
     * is bounded by Go's limit and never by our call stack.
     */
    value() {
        const open = [];
        for (;;) {
            let v;
            const c = this.s[this.i];
            if (c === '[' || c === '{') {
                // The new container's depth, counting the outermost as 1, as Go's scanner does.
                if (open.length + 1 > MAX_DEPTH)
                    throw this.unexpected('exceeded max depth');
                this.i++;
                this.ws();
                if (c === '[') {
                    if (this.s[this.i] !== ']') {
                        open.push({ items: [] });
                        continue;
                    }
                    this.i++;
                    v = [];
                }
                else {
                    if (this.s[this.i] !== '}') {
                        open.push({ entries: [], key: this.key() });
                        continue;
                    }
                    this.i++;
                    v = new Members([]);
                }
            }
            else {
                v = this.scalar();
            }
            // Hand the finished value to its container; close containers that end here.
            for (;;) {
                const top = open.at(-1);
                if (top === undefined)
                    return v;
                this.ws();
                const next = this.s[this.i];
                if ('items' in top) {
                    top.items.push(v);
                    if (next === ',') {
                        this.i++;
                        this.ws();
                        break;
                    }
                    if (next !== ']')
                        throw this.unexpected('after array element');
                    v = top.items;
                }
                else {
                    top.entries.push([top.key, v]);
                    if (next === ',') {
                        this.i++;
                        top.key = this.key();
                        break;
                    }
                    if (next !== '}')
                        throw this.unexpected('after object key:value pair');
                    v = new Members(top.entries);
                }
                this.i++;
                open.pop();
            }
        }
    }
    /** An object member's key and its colon, leaving the position at the member's value. */
    key() {
        this.ws();
        if (this.s[this.i] !== '"')
            throw this.unexpected('looking for beginning of object key string');
        const key = this.string();
        this.ws();
        if (this.s[this.i] !== ':')
            throw this.unexpected('after object key');
        this.i++;
        this.ws();
        return key;
    }
    scalar() {
        const c = this.s[this.i];
        if (c === '"')
            return this.string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return this.number();
        for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
            if (this.s.startsWith(word, this.i)) {
                this.i += word.length;
                return v;
            }
        }
        throw this.unexpected('looking for beginning of value');
    }
    string() {
        const start = this.i;
        let j = start + 1;
        for (;;) {
            const q = this.s.indexOf('"', j);
            if (q < 0) {
                this.i = this.s.length;
                throw this.unexpected('in string literal');
            }
            let backslashes = 0;
            for (let k = q - 1; k > start && this.s.charCodeAt(k) === 0x5c; k--)
                backslashes++;
            if (backslashes % 2 === 0) {
                this.i = q + 1;
                break;
            }
            j = q + 1;
        }
        try {
            return JSON.parse(this.s.slice(start, this.i));
        }
        catch (err) {
            throw new ResponseError(`invalid string literal at offset ${start}: ${err.message}`);
        }
    }
    number() {
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        m.lastIndex = this.i;
        const hit = m.exec(this.s);
        if (!hit)
            throw this.unexpected('in numeric literal');
        this.i += hit[0].length;
        return Number(hit[0]);
    }
}
/** Go's case folding for field names: ASCII case plus the two Unicode letters that fold to k and s. */
function fold(name) {
    return name.toLowerCase().replace(/\u212a/g, 'k').replace(/\u017f/g, 's');
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (v instanceof Members)
        return 'object';
    return typeof v;
}
/** Members of `obj` that Go would assign to `field` (matched case-insensitively): the last one. */
function member(obj, field) {
    let found;
    for (const [k, v] of obj.entries)
        if (fold(k) === field)
            found = v;
    return found;
}
function stringField(v, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    throw new ResponseError(`cannot use a JSON ${kind(v)} as ${where} (it must be a string)`);
}
function decodeResponse(text) {
    const doc = new Parser(text).document();
    if (doc === null)
        return { files: [], message: '' };
    if (!(doc instanceof Members)) {
        throw new ResponseError(`the response must be a JSON object {"files":[…],"message":…}, not a JSON ${kind(doc)}`);
    }
    const message = stringField(member(doc, 'message'), '"message"');
    const filesValue = member(doc, 'files');
    const files = [];
    if (filesValue !== undefined && filesValue !== null) {
        if (!Array.isArray(filesValue)) {
            throw new ResponseError(`cannot use a JSON ${kind(filesValue)} as "files" (it must be an array)`);
        }
        filesValue.forEach((item, n) => {
            if (item === null) {
                files.push({ path: '', content: '' });
                return;
            }
            if (!(item instanceof Members)) {
                throw new ResponseError(`cannot use a JSON ${kind(item)} as files[${n}] (it must be an object {"path","content"})`);
            }
            files.push({
                path: stringField(member(item, 'path'), `files[${n}].path`),
                content: stringField(member(item, 'content'), `files[${n}].content`),
            });
        });
    }
    return { files, message };
}

;// CONCATENATED MODULE: ./src/generate/job.ts
/**
 * One contract × plugin job: stage, build the request, run the plugin, decode its response,
 * hand the files to the outputs stage. Never throws: every problem becomes a JobFailure that
 * names plugin and contract.
 */







const outputsStage = { createStaging: createStaging, collectJobFiles: outputs_collectJobFiles, applyOutputs: applyOutputs, removeStaging: removeStaging };
/** A response up to this size stays in memory; a larger one is spilled to a file and read back once. */
const STDOUT_IN_MEMORY = 4 * 1024 * 1024;
/** Each plugin's environment is built once per run (the base environment object is the run's). */
const envs = new WeakMap();
function envFor(base, plugin) {
    let byPlugin = envs.get(base);
    if (!byPlugin)
        envs.set(base, (byPlugin = new WeakMap()));
    let env = byPlugin.get(plugin);
    if (!env)
        byPlugin.set(plugin, (env = pluginEnv(base, plugin)));
    return env;
}
function label(job) {
    return `plugin ${job.plugin.name} on ${job.contract.file}`;
}
/**
 * `pacto-requests/<job index>-<bundle>-<plugin>.json`: the zero-padded index makes the name unique
 * (bundles `a`, `a-b` with plugins `b-c`, `c` would otherwise both give `a-b-c.json`) and sorts in
 * job order; the rest is for finding it by eye.
 */
function requestFileName(job) {
    const bundle = job.contract.bundle === '.' ? '_root' : job.contract.bundle.replace(/\//g, '--');
    return `${String(job.index).padStart(4, '0')}-${bundle}-${job.plugin.name}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
}
async function saveRequest(job, request, runnerTemp) {
    const dir = external_node_path_default().join(runnerTemp, 'pacto-requests');
    await promises_default().mkdir(dir, { recursive: true });
    const file = external_node_path_default().join(dir, requestFileName(job));
    await promises_default().writeFile(file, request);
    return file;
}
async function runJob(job, ctx) {
    const started = Date.now();
    const { config, outputs } = ctx;
    const timeoutMs = (job.plugin.spec.timeout ?? config.pluginTimeout) * 1000;
    let staging = null;
    let requestFile = null;
    const stdoutFile = external_node_path_default().join(ctx.spillDir, `${job.index}.out`);
    const failure = async (reason, run) => {
        // A failed job writes nothing: its staging directory goes.
        if (staging !== null)
            await ctx.stage.removeStaging(staging);
        return {
            requestFile,
            result: {
                job,
                ok: false,
                error: (0,sanitize/* sanitizeForLog */.F0)(`${label(job)}: ${reason}`),
                exitCode: run?.exitCode ?? null,
                signal: run?.signal ?? null,
                stderrTail: run?.stderrTail ?? '',
                durationMs: Date.now() - started,
            },
        };
    };
    let holding = false;
    const leave = () => {
        if (holding)
            ctx.slot?.leave();
        holding = false;
    };
    if (ctx.slot) {
        await ctx.slot.enter();
        holding = true;
    }
    try {
        staging = await ctx.stage.createStaging(job, outputs);
        const request = buildRequest(job.contract.contractJson ?? 'null', job.contract.absDir, staging, job.plugin.spec.options);
        if (config.debug)
            requestFile = await saveRequest(job, request, config.runnerTemp);
        const run = await runPlugin({
            executable: job.plugin.path,
            cwd: config.workingDirectory,
            request,
            env: envFor(ctx.env, job.plugin),
            timeoutMs,
            maxOutputSize: config.maxOutputSize,
            stdoutFile,
            memoryLimit: STDOUT_IN_MEMORY,
        });
        leave();
        const problem = describeRunFailure(run, timeoutMs, config.maxOutputSize);
        if (problem !== null)
            return await failure(problem, run);
        let response;
        try {
            response = decodeResponse(run.stdout !== null ? run.stdout.toString('utf8') : await promises_default().readFile(stdoutFile, 'utf8'));
        }
        catch (err) {
            if (!(err instanceof ResponseError))
                throw err;
            // A grandchild holding stdout may have cut the response short: only then is that the failure.
            if (run.stdoutHeld)
                return await failure(`${STDOUT_HELD_NOTE}; its output is incomplete: ${err.message}`, run);
            return await failure(`returned invalid output: ${err.message}`, run);
        }
        finally {
            if (run.stdout === null)
                await promises_default().rm(stdoutFile, { force: true });
        }
        const collected = await ctx.stage.collectJobFiles(staging, response.files);
        if ('error' in collected)
            return await failure(collected.error, run);
        return {
            requestFile,
            result: {
                job,
                ok: true,
                stagingDir: staging,
                files: collected.files,
                message: response.message,
                stderrTail: run.stderrTail,
                durationMs: Date.now() - started,
                ...(run.stdoutHeld ? { warnings: [`${STDOUT_HELD_NOTE}; its response was complete and is used`] } : {}),
            },
        };
    }
    catch (err) {
        await promises_default().rm(stdoutFile, { force: true }).catch(() => undefined);
        return failure(`could not run: ${err instanceof Error ? err.message : String(err)}`);
    }
    finally {
        leave();
    }
}

;// CONCATENATED MODULE: ./src/generate/generate.ts
/**
 * The generation stage: plan contract × plugin jobs, run them in a bounded pool (fail-fast
 * aware), log each job in job order, and hand every result, in job order, to the outputs stage.
 */






const FAIL_FAST_REASON = 'not run: fail-fast stopped scheduling after an earlier failure';
function skipped(planned, reason) {
    return { job: planned.job, ok: false, skipped: true, reason };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** A path as one POSIX shell word, so the replay command can be pasted as it is. */
function shellWord(p) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
function who(job) {
    return (0,sanitize/* sanitizeForLog */.F0)(`${job.plugin.name} · ${job.contract.file}`);
}
/**
 * Prints one job's log lines as its plugin finishes. Nothing is written yet, so a success says
 * the plugin ran; a job that then fails while its files are applied is logged after that (see
 * generate). Everything a plugin wrote is sanitized first.
 */
function printJob(io, outcome, requestFile) {
    const { job } = outcome;
    const replay = () => {
        if (requestFile !== null) {
            io.info((0,sanitize/* sanitizeForLog */.F0)(`Request saved to ${requestFile} (replay: ${shellWord(job.plugin.path)} < ${shellWord(requestFile)})`));
        }
    };
    if ('skipped' in outcome) {
        io.info(`– ${who(job)}: skipped (${(0,sanitize/* sanitizeForLog */.F0)(outcome.reason)})`);
        return;
    }
    if (outcome.ok) {
        io.startGroup(`✓ ${who(job)}: ran, ${plural(outcome.files.length, 'file')} for ${(0,sanitize/* sanitizeForLog */.F0)(job.outputDir)} (${outcome.durationMs} ms)`);
        if (outcome.message !== '')
            io.info(`Message: ${(0,sanitize/* sanitizeForLog */.F0)(outcome.message)}`);
        replay();
        io.info(outcome.stderrTail === '' ? '(no stderr)' : `stderr:\n${(0,sanitize/* sanitizeForLog */.F0)(outcome.stderrTail.replace(/\s+$/, ''))}`);
        io.endGroup();
        for (const w of outcome.warnings ?? [])
            io.info(`⚠ ${who(job)}: ${(0,sanitize/* sanitizeForLog */.F0)(w)}`);
        return;
    }
    io.info(`✗ ${outcome.error}`);
    replay();
    if (outcome.stderrTail.trim() !== '') {
        io.info(`stderr (last 64 KiB):\n${(0,sanitize/* sanitizeForLog */.F0)(outcome.stderrTail.replace(/\s+$/, ''))}`);
    }
}
/** `stage` is the outputs stage; tests may replace it. */
async function generate(ctx, stage = outputsStage) {
    const { config, io } = ctx;
    const planned = planJobs(ctx.contracts, ctx.plugins, {
        workingDirectory: config.workingDirectory,
        outputDir: config.outputDir,
    });
    const outputs = { config, contracts: ctx.contracts, io };
    io.info(`Generating: ${plural(ctx.contracts.length, 'contract')} × ${plural(ctx.plugins.length, 'plugin')} ` +
        `(concurrency ${config.concurrency}${config.failFast ? ', fail-fast' : ''})`);
    await promises_default().mkdir(config.runnerTemp, { recursive: true });
    const spillDir = await promises_default().mkdtemp(external_node_path_default().join(config.runnerTemp, 'pacto-stdout-'));
    const log = new OrderedLog(planned.length, (e) => printJob(io, e.outcome, e.requestFile));
    let stop = false;
    // Without fail-fast, only plugin processes take the concurrency slots (in job order): the
    // next plugin starts as soon as one exits, while the finished job is decoded and collected.
    // Fail-fast keeps a slot per whole job, so a failure is known before the next job starts.
    const gate = config.failFast ? null : new OrderedGate(config.concurrency);
    let results;
    try {
        results = await runPool(planned, {
            concurrency: gate ? config.concurrency * 2 : config.concurrency,
            shouldStop: () => stop,
            run: async (p, index) => {
                if (p.skip !== null)
                    gate?.pass(index);
                if (p.skip !== null && !p.error) {
                    if (config.failFast)
                        stop = true;
                    return { result: skipped(p, p.skip), requestFile: null };
                }
                if (p.skip !== null) {
                    return {
                        requestFile: null,
                        result: {
                            job: p.job,
                            ok: false,
                            error: (0,sanitize/* sanitizeForLog */.F0)(`plugin ${p.job.plugin.name} on ${p.job.contract.file}: ${p.skip}`),
                            exitCode: null,
                            signal: null,
                            stderrTail: '',
                            durationMs: 0,
                        },
                    };
                }
                const slot = gate ? { enter: () => gate.enter(index), leave: () => gate.leave() } : undefined;
                return runJob(p.job, { config, env: ctx.env, outputs, stage, spillDir, slot });
            },
            onDone: (run, index) => {
                if (config.failFast && !run.result.ok && !('skipped' in run.result))
                    stop = true;
                log.add(index, { outcome: run.result, requestFile: run.requestFile });
            },
        });
    }
    finally {
        await promises_default().rm(spillDir, { recursive: true, force: true }).catch(() => undefined);
    }
    const ordered = planned.map((p, i) => {
        const r = results[i];
        if (r !== undefined)
            return r.result;
        const outcome = skipped(p, p.skip ?? FAIL_FAST_REASON);
        log.add(i, { outcome, requestFile: null });
        return outcome;
    });
    log.flush();
    const result = await stage.applyOutputs(ordered, outputs);
    // Jobs whose plugin ran but whose files could not be applied (paths, collisions, writing), in job order.
    const what = config.mode === 'check' ? 'its files could not be compared' : 'its files were not written';
    ordered.forEach((outcome, i) => {
        const report = result.jobs[i];
        if (outcome.ok && report?.status === 'failed') {
            io.info(`✗ ${who(outcome.job)}: ${what}: ${(0,sanitize/* sanitizeForLog */.F0)(report.error ?? 'applying them failed')}`);
        }
    });
    return result;
}


/***/ })

};

//# sourceMappingURL=374.index.js.map
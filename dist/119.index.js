export const id = 119;
export const ids = [119,948];
export const modules = {

/***/ 90833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ installCancelHandlers),
/* harmony export */   XC: () => (/* binding */ addStopper),
/* harmony export */   kD: () => (/* binding */ critical)
/* harmony export */ });
/* unused harmony exports WRITE_GRACE_MS, isCancelled */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Cancellation. The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL
 * 2.5 s after that. Installing a listener replaces Node's default of dying at the signal, so we
 * exit ourselves, with 128 + the signal number (130 for SIGINT, 143 for SIGTERM), once:
 * - every stopper (the plugin runner's) has stopped what it started, and
 * - every critical section (a job's write transaction) in flight has finished, for at most
 *   WRITE_GRACE_MS: a transaction is a few renames, and a journal covers one that hangs.
 * No new critical section starts once cancelled. Imports only node: modules (the cancel test
 * runs this file under plain node).
 */

/** Well under the runner's 7.5 s between SIGINT and SIGTERM. */
const WRITE_GRACE_MS = 4000;
let installed = false;
let cancelled = false;
const stoppers = new Set();
const inFlight = new Set();
function isCancelled() {
    return cancelled;
}
function addStopper(s) {
    stoppers.add(s);
}
/**
 * Runs `work` so that a cancel waits for it before exiting. Returns null without running it
 * when the run is already cancelled.
 */
async function critical(work) {
    if (cancelled)
        return null;
    const p = work();
    inFlight.add(p);
    try {
        return await p;
    }
    finally {
        inFlight.delete(p);
    }
}
async function settle(graceMs) {
    let timer;
    const limit = new Promise((resolve) => {
        timer = setTimeout(resolve, graceMs);
    });
    try {
        // Sections that start meanwhile (already past their cancelled check) are waited for too.
        while (inFlight.size > 0) {
            const all = Promise.allSettled([...inFlight]).then(() => 'done');
            if ((await Promise.race([all, limit.then(() => 'late')])) === 'late')
                return;
        }
    }
    finally {
        clearTimeout(timer);
    }
}
/** Installed lazily by whoever starts work worth protecting (never at import time); idempotent. */
function installCancelHandlers() {
    if (installed)
        return;
    installed = true;
    let exiting = null;
    const onSignal = (signal) => {
        const code = 128 + ((node_os__WEBPACK_IMPORTED_MODULE_0___default().constants).signals[signal] ?? (node_os__WEBPACK_IMPORTED_MODULE_0___default().constants).signals.SIGTERM);
        if (exiting) {
            for (const s of stoppers)
                s.kill();
            void exiting.finally(() => process.exit(code));
            return;
        }
        cancelled = true;
        exiting = Promise.allSettled([...[...stoppers].map((s) => s.stop()), settle(WRITE_GRACE_MS)]).then(() => undefined);
        void exiting.finally(() => process.exit(code));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}


/***/ }),

/***/ 9119:
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
// EXTERNAL MODULE: ./src/outputs/index.ts + 11 modules
var src_outputs = __webpack_require__(4523);
// EXTERNAL MODULE: ./src/shared/sanitize.ts
var sanitize = __webpack_require__(8406);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(24646);
// EXTERNAL MODULE: ./src/generate/plan.ts
var plan = __webpack_require__(45948);
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

// EXTERNAL MODULE: ./src/generate/job.ts + 3 modules
var job = __webpack_require__(38682);
;// CONCATENATED MODULE: ./src/generate/generate.ts
/**
 * The generation stage: plan contract × plugin jobs, run them in a bounded pool (fail-fast
 * aware), log each job in job order, and hand every result, in job order, to the outputs stage.
 */








const FAIL_FAST_REASON = 'not run: fail-fast stopped scheduling after an earlier failure';
function skipped(planned, reason) {
    return { job: planned.job, status: 'skipped', reason };
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
    if (outcome.status === 'skipped') {
        io.info(`– ${who(job)}: skipped (${(0,sanitize/* sanitizeForLog */.F0)(outcome.reason)})`);
        return;
    }
    if (outcome.status === 'ok') {
        io.startGroup(`✓ ${who(job)}: ran, ${(0,shared_text/* plural */.L)(outcome.files.length, 'file')} for ${(0,sanitize/* sanitizeForLog */.F0)(job.outputDir)} (${outcome.durationMs} ms)`);
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
async function generate(ctx, stage = job/* outputsStage */.BQ) {
    const { config, io } = ctx;
    const planned = (0,plan.planJobs)(ctx.contracts, ctx.plugins, {
        workingDirectory: config.workingDirectory,
        outputDir: config.outputDir,
        parsedSuffices: ctx.parsedSuffices,
    });
    const outputs = {
        config,
        contracts: ctx.outputContracts ?? ctx.contracts,
        referencing: ctx.contracts,
        io,
        manifestSeeds: ctx.manifestSeeds,
        feeders: ctx.feeders,
    };
    io.info(`Generating: ${(0,shared_text/* plural */.L)(ctx.contracts.length, 'contract')} × ${(0,shared_text/* plural */.L)(ctx.plugins.length, 'plugin')} ` +
        `(concurrency ${config.concurrency}${config.failFast ? ', fail-fast' : ''})`);
    await promises_default().mkdir(config.runnerTemp, { recursive: true });
    if (config.mode === 'generate') {
        // A run killed while writing left journals: the tree is put right before anything reads it.
        await (0,src_outputs/* recoverInterrupted */.js)({
            runnerTemp: config.runnerTemp,
            workspace: config.workspace,
            outputDirs: planned.map((p) => p.job.absOutputDir),
            io,
        });
    }
    const log = new OrderedLog(planned.length, (e) => printJob(io, e.outcome, e.requestFile));
    const results = await runJobs(ctx, planned, { outputs, stage, log });
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
    logApplyFailures(io, config.mode, ordered, result);
    return result;
}
/**
 * Runs the planned jobs in the pool, logging each in job order as it finishes; an entry is
 * undefined for a job never started (fail-fast).
 */
async function runJobs(ctx, planned, { outputs, stage, log }) {
    const { config } = ctx;
    const spillDir = await promises_default().mkdtemp(external_node_path_default().join(config.runnerTemp, 'pacto-stdout-'));
    let stop = ctx.stopped === true;
    // Without fail-fast, only plugin processes take the concurrency slots (in job order): the
    // next plugin starts as soon as one exits, while the finished job is decoded and collected.
    // Fail-fast keeps a slot per whole job, so a failure is known before the next job starts.
    const gate = config.failFast ? null : new OrderedGate(config.concurrency);
    try {
        return await runPool(planned, {
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
                if (p.skip !== null)
                    return { requestFile: null, result: unrunnable(p, p.skip) };
                const slot = gate ? { enter: () => gate.enter(index), leave: () => gate.leave() } : undefined;
                const bundleDir = ctx.bundleDirs?.get(external_node_path_default().resolve(p.job.contract.absDir));
                return (0,job/* runJob */.b5)(p.job, { config, env: ctx.env, outputs, stage, spillDir, slot, bundleDir });
            },
            onDone: (run, index) => {
                if (config.failFast && run.result.status === 'failed')
                    stop = true;
                log.add(index, { outcome: run.result, requestFile: run.requestFile });
            },
        });
    }
    finally {
        await promises_default().rm(spillDir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** A planned job that cannot run (its output directory is refused): it fails without a plugin run. */
function unrunnable(p, why) {
    return {
        job: p.job,
        status: 'failed',
        error: (0,sanitize/* sanitizeForLog */.F0)(`plugin ${p.job.plugin.name} on ${p.job.contract.file}: ${why}`),
        exitCode: null,
        signal: null,
        stderrTail: '',
        durationMs: 0,
    };
}
/** Jobs whose plugin ran but whose files could not be applied (paths, collisions, writing), in job order. */
function logApplyFailures(io, mode, ordered, result) {
    const what = mode === 'check' ? 'its files could not be compared' : 'its files were not written';
    ordered.forEach((outcome, i) => {
        const report = result.jobs[i];
        if (outcome.status === 'ok' && report?.status === 'failed') {
            io.info(`✗ ${who(outcome.job)}: ${what}: ${(0,sanitize/* sanitizeForLog */.F0)(report.error ?? 'applying them failed')}`);
        }
    });
}


/***/ }),

/***/ 38682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BQ: () => (/* binding */ outputsStage),
  b5: () => (/* binding */ runJob)
});

// UNUSED EXPORTS: requestFileName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./src/outputs/index.ts + 11 modules
var outputs = __webpack_require__(4523);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(90833);
;// CONCATENATED MODULE: ./src/plugins/run.ts
/**
 * Runs one plugin process under protocol v1: the request on stdin, stdout spilled to a file,
 * the tail of stderr kept, a hard timeout, and nothing of the plugin left running afterwards.
 * No shell is involved, and nothing the plugin prints reaches our own stdout (the runner would
 * read it as workflow commands).
 */





/** stderr is for people; the last 64 KiB is plenty and bounds memory per job. */
const STDERR_TAIL_BYTES = 64 * 1024;
/** A plugin's response limit when its item has no `max-output-size`. */
const DEFAULT_MAX_OUTPUT_SIZE = 64 * 1024 * 1024;
/**
 * ACTIONS_* (runtime tokens, cache URLs, the OIDC request URL and token) and INPUT_* (our
 * inputs, the token among them) go too. This keeps secrets out of the plugin's environment
 * only: a plugin runs as our user and can read ours through /proc (see docs/security.md).
 */
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
    // npm's registry tokens: the README recommends NODE_AUTH_TOKEN for npm plugins.
    'NODE_AUTH_TOKEN',
    'NPM_TOKEN',
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
let stopperAdded = false;
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
/** Registered once, when the first plugin starts (never at import time). */
function installCancelHandlers() {
    if (stopperAdded)
        return;
    stopperAdded = true;
    (0,cancel/* addStopper */.XC)({
        stop: () => stopLiveGroups(),
        kill: () => {
            for (const child of liveGroups.values())
                killGroup(child, 'SIGKILL');
        },
    });
    (0,cancel/* installCancelHandlers */.Jz)();
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
/** Where stdout goes: memory while it stays within `memoryLimit`, the spill file beyond that. */
class StdoutSink {
    file;
    memoryLimit;
    result;
    kept = [];
    out = null;
    constructor(file, memoryLimit, result) {
        this.file = file;
        this.memoryLimit = memoryLimit;
        this.result = result;
        if (memoryLimit === undefined)
            this.out = this.spill();
    }
    spill() {
        const stream = external_node_fs_default().createWriteStream(this.file);
        stream.on('error', (err) => {
            this.result.spillError ??= err.message;
        });
        return stream;
    }
    /** Takes a chunk already counted in stdoutBytes; pauses `source` while the file catches up. */
    write(chunk, source) {
        if (this.out === null) {
            if (this.result.stdoutBytes <= this.memoryLimit) {
                this.kept.push(chunk);
                return;
            }
            this.out = this.spill();
            for (const h of this.kept.splice(0))
                this.out.write(h);
        }
        const stream = this.out;
        if (!stream.write(chunk)) {
            source.pause();
            stream.once('drain', () => source.resume());
        }
    }
    /** Hands over stdout kept in memory, or waits for the spill file to be complete. */
    async close() {
        if (this.out === null)
            this.result.stdout = Buffer.concat(this.kept);
        else if (!this.out.closed) {
            this.out.end();
            await (0,external_node_events_.once)(this.out, 'close').catch(() => undefined);
        }
    }
}
function emptyResult() {
    return {
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
}
function spawnPlugin(opts) {
    return (0,external_node_child_process_.spawn)(opts.executable, [], {
        cwd: opts.cwd,
        env: opts.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        // Its own process group, so a timeout reaches every descendant that did not leave it.
        detached: true,
        windowsHide: true,
    });
}
/** Feeds the request, collects stdout (up to maxOutputSize) and the stderr tail, records the exit. */
function watchChild(child, opts, result, sink, stderr) {
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
        sink.write(chunk, child.stdout);
    });
    const stdoutClosed = new Promise((resolve) => child.stdout.once('close', () => resolve()));
    const stderrClosed = new Promise((resolve) => child.stderr.once('close', () => resolve()));
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
        result.exitCode = code;
        result.signal = signal;
        resolve();
    }));
    return { spawned, stdoutClosed, stderrClosed, exited };
}
/**
 * A grandchild that inherited stdout or stderr keeps the pipe open after the plugin exited:
 * waits up to `graceMs` for both to close. True when stdout did.
 */
async function pipesClosed(events, graceMs) {
    let closeTimer;
    let stdoutDone = false;
    void events.stdoutClosed.then(() => (stdoutDone = true));
    await Promise.race([
        Promise.all([events.stdoutClosed, events.stderrClosed]),
        new Promise((resolve) => {
            closeTimer = setTimeout(resolve, graceMs);
        }),
    ]);
    clearTimeout(closeTimer);
    return stdoutDone;
}
/** Waits for the started plugin to exit (stopping it at the timeout), then stops what it left. */
async function superviseRun(child, events, opts, result) {
    const killGraceMs = opts.killGraceMs ?? 2000;
    const closeGraceMs = opts.closeGraceMs ?? 3000;
    let killTimer;
    const timeoutTimer = setTimeout(() => {
        result.timedOut = true;
        killGroup(child, 'SIGTERM');
        killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), killGraceMs);
    }, opts.timeoutMs);
    await events.exited;
    clearTimeout(timeoutTimer);
    const held = !(await pipesClosed(events, result.timedOut ? 0 : closeGraceMs));
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
}
async function runPlugin(opts) {
    const started = Date.now();
    const result = emptyResult();
    const sink = new StdoutSink(opts.stdoutFile, opts.memoryLimit, result);
    const stderr = new TailBuffer(STDERR_TAIL_BYTES);
    const finish = async () => {
        await sink.close();
        result.stderrTail = stderr.text();
        result.durationMs = Date.now() - started;
        return result;
    };
    if (cancelling) {
        result.spawnError = 'the run is being cancelled';
        return finish();
    }
    installCancelHandlers();
    const child = spawnPlugin(opts);
    const events = watchChild(child, opts, result, sink, stderr);
    if (child.pid !== undefined)
        liveGroups.set(child.pid, child);
    const spawnError = await events.spawned;
    if (spawnError !== null) {
        if (child.pid !== undefined)
            liveGroups.delete(child.pid);
        result.spawnError = spawnError;
        child.stdout.destroy();
        child.stderr.destroy();
        return finish();
    }
    await superviseRun(child, events, opts, result);
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
        for (const [word, v] of [
            ['true', true],
            ['false', false],
            ['null', null],
        ]) {
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
    return name
        .toLowerCase()
        .replace(/\u212a/g, 'k')
        .replace(/\u017f/g, 's');
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

// EXTERNAL MODULE: ./src/shared/sanitize.ts
var sanitize = __webpack_require__(8406);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/generate/job.ts
/**
 * One contract × plugin job: stage, build the request, run the plugin, decode its response,
 * hand the files to the outputs stage. Never throws: every problem becomes a JobFailure that
 * names plugin and contract.
 */








const outputsStage = { createStaging: outputs/* createStaging */.qp, collectJobFiles: outputs/* collectJobFiles */.jI, applyOutputs: outputs/* applyOutputs */.Xk, removeStaging: outputs/* removeStaging */.O7 };
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
function jobFailure(job, started, reason, run, unsafe) {
    return {
        job,
        status: 'failed',
        error: (0,sanitize/* sanitizeForLog */.F0)(`${label(job)}: ${reason}`),
        exitCode: run?.exitCode ?? null,
        signal: run?.signal ?? null,
        stderrTail: run?.stderrTail ?? '',
        durationMs: Date.now() - started,
        ...(unsafe ? { unsafe } : {}),
    };
}
function jobOutput(job, started, stagingDir, files, message, run) {
    return {
        job,
        status: 'ok',
        stagingDir,
        files,
        message,
        stderrTail: run.stderrTail,
        durationMs: Date.now() - started,
        ...(run.stdoutHeld ? { warnings: [`${STDOUT_HELD_NOTE}; its response was complete and is used`] } : {}),
    };
}
async function runJob(job, ctx) {
    const started = Date.now();
    const { config, outputs } = ctx;
    const timeoutMs = (job.plugin.spec.timeout ?? config.pluginTimeout) * 1000;
    const maxOutputSize = job.plugin.spec.maxOutputSize ?? DEFAULT_MAX_OUTPUT_SIZE;
    let staging = null;
    let requestFile = null;
    const stdoutFile = external_node_path_default().join(ctx.spillDir, `${job.index}.out`);
    const failure = async (reason, run, unsafe) => {
        // A failed job writes nothing: its staging directory goes.
        if (staging !== null)
            await ctx.stage.removeStaging(staging);
        return { requestFile, result: jobFailure(job, started, reason, run, unsafe) };
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
        const request = buildRequest(job.contract.contractJson ?? 'null', ctx.bundleDir ?? job.contract.absDir, staging, job.plugin.spec.options);
        if (config.debug)
            requestFile = await saveRequest(job, request, config.runnerTemp);
        const run = await runPlugin({
            executable: job.plugin.path,
            cwd: config.workingDirectory,
            request,
            env: envFor(ctx.env, job.plugin),
            timeoutMs,
            maxOutputSize,
            stdoutFile,
            memoryLimit: STDOUT_IN_MEMORY,
        });
        leave();
        const problem = describeRunFailure(run, timeoutMs, maxOutputSize);
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
            return await failure(collected.error, run, collected.unsafe);
        return { requestFile, result: jobOutput(job, started, staging, collected.files, response.message, run) };
    }
    catch (err) {
        await promises_default().rm(stdoutFile, { force: true }).catch(() => undefined);
        return failure(`could not run: ${(0,errors/* errorMessage */.g)(err)}`);
    }
    finally {
        leave();
    }
}


/***/ }),

/***/ 45948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandOutputTemplate: () => (/* binding */ expandOutputTemplate),
/* harmony export */   planJobs: () => (/* binding */ planJobs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40405);
/**
 * The job list: every contract × every plugin, in contract order then plugin order, with its
 * final output directory. Invalid contracts are planned too (as skipped) so the report has a
 * row for each pair.
 */


/** Fills `{bundle}`, `{service}`, `{version}` and `{plugin}`; returns a `/`-separated relative path. */
function expandOutputTemplate(template, values) {
    const filled = template.replace(/\{(bundle|service|version|plugin)\}/g, (_m, key) => values[key]);
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(filled.replace(/\\/g, '/'));
    return normal.replace(/\/+$/, '') || '.';
}
/** Why a final output directory is not acceptable, or null. */
function outputDirProblem(rel, abs, workingDirectory) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) || !(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .F)(workingDirectory, abs)) {
        return `output directory "${rel}" is outside the working directory`;
    }
    return null;
}
/** Why a feeding plugin's output directory is not acceptable: it must be its bundle or inside it. */
function feedDirProblem(rel, abs, bundleAbs, bundle) {
    if ((0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isInside */ .F)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(bundleAbs), abs))
        return null;
    return `output directory "${rel}" is outside the bundle ${bundle}: a plugin with feeds-contract: true writes into its own bundle ({bundle} or a directory inside it)`;
}
function planJobs(contracts, plugins, options) {
    const planned = [];
    for (const contract of contracts) {
        for (const plugin of plugins) {
            // A feeding plugin's outputs belong to the bundle (pacto generate <plugin> services/x -o services/x).
            const template = plugin.spec.output ?? (plugin.spec.feedsContract ? '{bundle}' : options.outputDir);
            const outputDir = expandOutputTemplate(template, {
                bundle: contract.bundle,
                service: contract.service ?? '',
                version: contract.version ?? '',
                plugin: plugin.name,
            });
            const absOutputDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.workingDirectory, outputDir);
            const job = { index: planned.length, contract, plugin, absOutputDir, outputDir };
            const parsed = contract.contractJson !== null || contract.requestError !== undefined;
            if (!contract.valid && !(options.parsedSuffices && parsed)) {
                planned.push({ job, skip: options.parsedSuffices ? 'the contract does not parse' : 'the contract is invalid', error: false });
                continue;
            }
            if (contract.contractJson === null) {
                // Valid, yet not encodable as JSON (a mapping key that is not a string): Pacto fails here too.
                planned.push({
                    job,
                    skip: contract.requestError ?? 'failed to marshal plugin input: the contract cannot be encoded as JSON',
                    error: true,
                });
                continue;
            }
            const problem = outputDirProblem(outputDir, absOutputDir, options.workingDirectory) ??
                (plugin.spec.feedsContract ? feedDirProblem(outputDir, absOutputDir, contract.absDir, contract.bundle) : null);
            planned.push({ job, skip: problem, error: problem !== null });
        }
    }
    return planned;
}


/***/ }),

/***/ 21350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CF: () => (/* binding */ PARALLEL),
  Fx: () => (/* binding */ claimTargets),
  q0: () => (/* binding */ describe),
  fJ: () => (/* binding */ fail),
  uF: () => (/* binding */ manifestTargets),
  R4: () => (/* binding */ protectedTargets)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/outputs/paths.ts
var paths = __webpack_require__(88094);
// EXTERNAL MODULE: ./src/outputs/manifest.ts
var manifest = __webpack_require__(71085);
// EXTERNAL MODULE: ./src/shared/paths.ts
var shared_paths = __webpack_require__(40405);
// EXTERNAL MODULE: ./src/outputs/manifest-rules.ts
var manifest_rules = __webpack_require__(45603);
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
    if (!(0,shared_paths/* isInside */.F)(wd, outDir))
        return { error: `the output directory ${job.outputDir} is outside the working directory`, unsafe: 'OUTPUT_OUTSIDE_DIRECTORY' };
    let outDirReal;
    try {
        outDirReal = await look.resolve(outDir);
    }
    catch (e) {
        return { error: `the output directory ${job.outputDir} cannot be used: ${e.message}` };
    }
    if (!(0,shared_paths/* isInside */.F)(wdReal, outDirReal)) {
        return {
            error: `the output directory ${job.outputDir} resolves to ${outDirReal} through a symbolic link, outside the working directory`,
            unsafe: 'OUTPUT_OUTSIDE_DIRECTORY',
        };
    }
    const files = [];
    const seen = new Map();
    for (const f of r.files) {
        const problem = (0,paths/* pathProblem */.z9)(f.path);
        if (problem)
            return { error: `output path ${JSON.stringify(f.path)} is not allowed: ${problem}`, unsafe: 'OUTPUT_PATH_INVALID' };
        const target = (0,paths/* joinRelative */.r3)(outDir, f.path);
        const wdPath = wdPathOf(target);
        let parentReal;
        try {
            parentReal = await look.resolve(external_node_path_default().dirname(target));
        }
        catch (e) {
            return { error: `cannot write ${wdPath}: ${e.message}` };
        }
        if (!(0,shared_paths/* isInside */.F)(outDirReal, parentReal)) {
            return {
                error: `${JSON.stringify(f.path)} would be written to ${external_node_path_default().join(parentReal, external_node_path_default().basename(target))}, outside the output directory ${job.outputDir}, through a symbolic link in the working tree`,
                unsafe: 'OUTPUT_OUTSIDE_DIRECTORY',
            };
        }
        const realTarget = external_node_path_default().join(parentReal, external_node_path_default().basename(target));
        if ((0,manifest_rules/* inGitDir */.dE)(wdReal, realTarget)) {
            return {
                error: `${wdPath} is inside a .git directory; generated files must not touch git's own files`,
                unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
            };
        }
        const anc = await look.nearestIsDir(parentReal);
        if (!anc.dir) {
            return { error: `cannot write ${wdPath}: ${wdPathOf(anc.at)} is a file, not a directory` };
        }
        const key = (0,paths/* collisionKey */.EE)(realTarget, platform);
        const replaces = contractProblem(protectedKeys.get(key), realTarget, wdPath, platform);
        if (replaces)
            return replaces;
        const twin = seen.get(key);
        if (twin !== undefined) {
            return { error: `${twin} and ${wdPath} are the same file on a case-insensitive filesystem; return one of them` };
        }
        seen.set(key, wdPath);
        const manifestOf = manifestKeys.get(key);
        if (manifestOf !== undefined) {
            return {
                error: `${wdPath} is the manifest of the output directory ${manifestOf} (${manifest/* MANIFEST_NAME */.ir} is reserved)`,
                unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
            };
        }
        files.push({ rel: f.path, wdPath, target, key, staged: (0,paths/* joinRelative */.r3)(r.stagingDir, f.path), direct: f.direct });
    }
    return { files, outDirReal };
}
/** Why writing realTarget would replace a contract or a file a contract references, or null. */
function contractProblem(prot, realTarget, wdPath, platform) {
    if (prot) {
        const feed = prot.includes('(a file referenced by ')
            ? '; if this plugin produces files its contract references (like openapi-infer or schema-infer), give it feeds-contract: true'
            : '';
        return {
            error: `${wdPath} would overwrite ${prot}; a generated file must not replace a pacto.yaml or a file a contract references${feed}`,
            unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
        };
    }
    if ((0,manifest_rules/* isContractName */.Q1)(realTarget, platform)) {
        return {
            error: `${wdPath} is named pacto.yaml; a generated file must not replace or add a contract, matched by the contracts patterns or not`,
            unsafe: 'OUTPUT_OVERWRITES_PROTECTED',
        };
    }
    return null;
}

// EXTERNAL MODULE: ./src/outputs/limit.ts
var limit = __webpack_require__(11421);
;// CONCATENATED MODULE: ./src/outputs/claims.ts
/**
 * Pass 1 of applying: what each job may write. Every path is checked before anything is
 * compared or written, then targets are claimed in job order (the earlier job wins a collision).
 */





/** How many jobs are checked or compared at once (I/O-bound: keeps the libuv pool busy). */
const PARALLEL = 8;
function describe(r) {
    return `plugin ${r.job.plugin.name} for ${r.job.contract.file}`;
}
function fail(report, error, unsafe) {
    report.status = 'failed';
    report.error = error;
    if (unsafe)
        report.unsafe = unsafe;
    report.files = [];
}
/**
 * Files that must never be replaced or deleted: every discovered pacto.yaml, every referenced
 * file, and every plugin's executable (a `path:` plugin may live in the tree). A pacto.yaml
 * that no pattern matched is protected by its name (see preflight.ts and manifest-rules.ts).
 */
async function protectedTargets(ctx, results, platform, wdPathOf) {
    const protectedKeys = new Map();
    const protectedFiles = ctx.contracts.flatMap((c) => [
        [c.absFile, 'the contract'],
        ...c.referencedFiles.map((f) => [f, `a file referenced by ${c.file}`]),
    ]);
    const plugins = new Map(results.map((r) => [r.job.plugin.path, r.job.plugin.name]));
    for (const [exe, name] of plugins)
        protectedFiles.push([exe, `the executable of plugin ${name}`]);
    const protectedReal = await (0,limit/* mapLimit */.s)(protectedFiles, PARALLEL, ([p]) => (0,paths/* resolveExisting */._j)(p).catch(() => external_node_path_default().resolve(p)));
    protectedFiles.forEach(([p, what], i) => {
        protectedKeys.set((0,paths/* collisionKey */.EE)(protectedReal[i], platform), `${wdPathOf(external_node_path_default().resolve(p))} (${what})`);
    });
    return protectedKeys;
}
/** The manifest path of every output directory (reserved: no job may write it). */
async function manifestTargets(results, look, platform) {
    const manifestKeys = new Map();
    const outDirs = [...new Map(results.map((r) => [external_node_path_default().resolve(r.job.absOutputDir), r.job.outputDir])).entries()];
    const realOutDirs = await (0,limit/* mapLimit */.s)(outDirs, PARALLEL, ([abs]) => look.resolve(abs).catch(() => null));
    outDirs.forEach(([, rel], i) => {
        const real = realOutDirs[i];
        // An unresolvable directory is reported when its job is planned.
        if (real !== null)
            manifestKeys.set((0,paths/* collisionKey */.EE)(external_node_path_default().join(real, manifest/* MANIFEST_NAME */.ir), platform), rel);
    });
    return manifestKeys;
}
/** One plan (and report) per result, in order; collisions are also pushed to `errors`. */
async function claimTargets(results, input, errors) {
    const owners = new Map();
    const plans = [];
    const preflights = await (0,limit/* mapLimit */.s)(results, PARALLEL, async (r) => {
        if (r.status !== 'ok')
            return null;
        try {
            return await preflight(r, input.wd, input.wdReal, input.platform, input.protectedKeys, input.manifestKeys, input.wdPathOf, input.look);
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
        const plan = { result: r, report, files: [], outDirReal: '' };
        plans.push(plan);
        if (r.status === 'skipped') {
            report.status = 'skipped';
            report.message = r.reason;
            continue;
        }
        if (r.status === 'failed') {
            Object.assign(report, {
                status: 'failed',
                error: r.error,
                durationMs: r.durationMs,
                stderrTail: r.stderrTail,
                ...(r.unsafe ? { unsafe: r.unsafe } : {}),
            });
            continue;
        }
        Object.assign(report, { message: r.message, durationMs: r.durationMs, stderrTail: r.stderrTail });
        const planned = preflights[i];
        if ('error' in planned) {
            fail(report, planned.error, planned.unsafe);
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
        plan.files = planned.files;
        plan.outDirReal = planned.outDirReal;
    }
    return { plans, owners };
}
function caseNote(a, b) {
    return a !== b ? ' (the same file on a case-insensitive filesystem)' : '';
}


/***/ }),

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xk: () => (/* binding */ applyOutputs),
  jI: () => (/* binding */ outputs_collectJobFiles),
  qp: () => (/* binding */ createStaging),
  js: () => (/* reexport */ recoverInterrupted),
  O7: () => (/* reexport */ removeStaging)
});

// UNUSED EXPORTS: MANIFEST_NAME

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/outputs/paths.ts
var outputs_paths = __webpack_require__(88094);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(40405);
;// CONCATENATED MODULE: ./src/outputs/staging.ts
/**
 * Staging directories: one fresh `outputDir` per job, on the same filesystem as the job's
 * final destination, so applying a job is a series of renames (atomic, no copy) and a
 * backup of a replaced file is a rename too.
 *
 * Layout: `<base>/[.]pacto-stage-<job>-XXXXXX` is the plugin's outputDir, removed as a whole.
 * Backups, journals and temporary manifests go to one work directory per base, made when applying
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
    const destExisting = await (0,outputs_paths/* nearestExisting */.Iv)(job.absOutputDir);
    const destDev = await dev(destExisting);
    if ((await dev(runnerTemp)) === destDev)
        return tempBase;
    if (config.mode !== 'check') {
        const parentExisting = await (0,outputs_paths/* nearestExisting */.Iv)(external_node_path_default().dirname(job.absOutputDir));
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
    const outer = (0,paths/* isInside */.F)(ws, wd) ? ws : wd;
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
    let unsafe = 'OUTPUT_NOT_REGULAR_FILE';
    const walk = async (abs, rel) => {
        const entries = await promises_default().readdir(abs, { withFileTypes: true });
        entries.sort((a, b) => (0,outputs_paths/* compareBytes */.Xo)(a.name, b.name));
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
                const problem = (0,outputs_paths/* pathProblem */.z9)(r);
                if (problem) {
                    unsafe = 'OUTPUT_PATH_INVALID';
                    return `plugin wrote ${JSON.stringify(r)} into its outputDir, which is not allowed: ${problem}`;
                }
                files.push(r);
            }
            else {
                return `plugin wrote ${JSON.stringify(r)} into its outputDir, which is not a regular file (a socket, FIFO or device); only regular files are allowed`;
            }
        }
        return null;
    };
    const err = await walk(dir, '');
    return err ? { error: err, unsafe } : { files };
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
        const err = (0,outputs_paths/* returnedPathError */.Jq)(f.path);
        if (err)
            return { error: `files[${i}]: ${err}`, unsafe: 'OUTPUT_PATH_INVALID' };
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
            const target = (0,outputs_paths/* joinRelative */.r3)(stagingDir, f.path);
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
    files.sort((a, b) => (0,outputs_paths/* compareBytes */.Xo)(a.path, b.path));
    return { files };
}

// EXTERNAL MODULE: ./src/shared/git.ts
var git = __webpack_require__(84025);
;// CONCATENATED MODULE: ./src/outputs/git.ts
/** The two read-only git questions check mode asks: where the repository root is, and what it ignores. */

/** Each question is local and small: one that takes longer has no answer. */
const TIMEOUT_MS = 30000;
/** git's answer, or null when git failed, is missing or timed out. */
async function ask(dir, question) {
    const out = await question(new git/* GitRunner */.bl(dir, process.env, { timeoutMs: TIMEOUT_MS })).catch(() => null);
    return out !== null && out.code === 0 ? out : null;
}
/** The repository's top-level directory, or null when `dir` is not in a git work tree (or git is missing). */
async function gitTopLevel(dir) {
    const r = await ask(dir, (git) => git.revParse(['--show-toplevel'], { allowFailure: true }));
    return r !== null && r.stdout.trim() !== '' ? r.stdout.trim() : null;
}
/** Which of `paths` (relative to `dir`) git ignores. */
async function gitIgnored(dir, paths) {
    if (paths.length === 0)
        return new Set();
    const r = await ask(dir, (git) => git.checkIgnore(['--stdin', '-z'], { input: paths.map((p) => `${p}\0`).join(''), allowFailure: true }));
    if (r === null)
        return new Set();
    return new Set(r.stdout.split('\0').filter((p) => p !== ''));
}

// EXTERNAL MODULE: ./src/outputs/limit.ts
var limit = __webpack_require__(11421);
// EXTERNAL MODULE: ./src/outputs/claims.ts + 1 modules
var claims = __webpack_require__(21350);
// EXTERNAL MODULE: ./src/outputs/manifest-state.ts
var manifest_state = __webpack_require__(59701);
// EXTERNAL MODULE: ./src/shared/hash.ts
var hash = __webpack_require__(49913);
// EXTERNAL MODULE: ./src/outputs/tree.ts
var tree = __webpack_require__(48196);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
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

;// CONCATENATED MODULE: ./src/outputs/assess.ts
/**
 * Each job's own files against the tree: what is there, what the file's status would be, and
 * in check mode how it differs. Independent of other jobs (their targets are disjoint).
 */






/**
 * Check mode: the expected tree (what generate would write), made under RUNNER_TEMP on first
 * use, for the drift artifact.
 */
class ExpectedTree {
    runnerTemp;
    root = null;
    made = null;
    dirs = new Map();
    constructor(runnerTemp) {
        this.runnerTemp = runnerTemp;
    }
    async write(wdPath, data) {
        this.made ??= promises_default().mkdtemp(external_node_path_default().join(external_node_path_default().resolve(this.runnerTemp), 'pacto-expected-'));
        this.root = await this.made;
        const dest = (0,outputs_paths/* joinRelative */.r3)(this.root, wdPath);
        const parent = external_node_path_default().dirname(dest);
        let made = this.dirs.get(parent);
        if (!made) {
            made = promises_default().mkdir(parent, { recursive: true });
            this.dirs.set(parent, made);
        }
        await made;
        await promises_default().writeFile(dest, data);
    }
}
/** `expected` and `patchPath` are for check mode (null in generate). */
async function assessFiles(files, check) {
    const items = [];
    for (const p of files) {
        const existing = await (0,tree/* inspect */.Nn)(p.target);
        if (existing.kind === 'dir' || existing.kind === 'other') {
            return { error: `cannot write ${p.wdPath}: a ${existing.kind === 'dir' ? 'directory' : 'special file'} is in the way` };
        }
        const data = await promises_default().readFile(p.staged);
        const sha = (0,hash/* sha256 */.s)(data);
        const before = await (0,tree/* sideOf */.Jh)(p.target, existing);
        const same = before.kind === 'file' && before.content.equals(data);
        const status = same ? 'unchanged' : before.kind === 'absent' ? (check ? 'new' : 'created') : check ? 'changed' : 'updated';
        let driftInfo = null;
        if (check && !same) {
            await check.expected.write(p.wdPath, data);
            // The mode generate would leave: a returned file keeps an existing file's mode.
            const stagedExec = ((await promises_default().stat(p.staged)).mode & 0o111) !== 0;
            const executable = before.kind === 'file' && !p.direct ? before.executable : stagedExec;
            const to = { kind: 'file', content: data, executable };
            driftInfo = {
                severity: 'error',
                section: filePatch(check.patchPath(p.wdPath), before, to),
                crlfOnly: before.kind === 'file' && (0,tree/* crlfOnly */.UR)(before.content, data),
            };
        }
        items.push({ p, existing, sha, status, drift: driftInfo });
    }
    return { items };
}

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(90833);
// EXTERNAL MODULE: ./src/outputs/manifest.ts
var outputs_manifest = __webpack_require__(71085);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/outputs/transaction.ts
/**
 * Applies one job's changes to the working tree as a unit that survives a crash.
 *
 * At every instant each path holds its old or its new complete content: a file is replaced by
 * renaming the staged file over it (atomic on POSIX), after a hard link in the job's work
 * directory has kept the old content. A removal is a rename into the work directory. Before
 * the first change a journal listing every step is written beside the backups; removing it is
 * the commit. On a failure the steps are undone in reverse; after a crash (SIGKILL, power, a
 * runner that stopped waiting) the next run finds the journal and finishes or rolls back
 * (recovery.ts), with the same undo code.
 */




const JOURNAL_SUFFIX = 'journal.json';
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
        await copyAside(src, tmp);
        await promises_default().rename(tmp, dst);
    }
    catch (e) {
        await promises_default().rm(tmp, { force: true });
        throw e;
    }
    await promises_default().rm(src, { force: true });
}
/** A second name for `src`'s content at `dst`: a hard link, or a copy where links fail. */
async function keep(src, dst) {
    try {
        await promises_default().link(src, dst);
    }
    catch {
        await copyAside(src, dst);
    }
}
async function copyAside(src, dst) {
    const st = await promises_default().lstat(src);
    if (st.isSymbolicLink())
        await promises_default().symlink(await promises_default().readlink(src), dst);
    else {
        await promises_default().copyFile(src, dst);
        await promises_default().chmod(dst, st.mode & 0o7777);
        await promises_default().utimes(dst, st.atime, st.mtime);
    }
}
function exists(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
/** The directories `mkdir -p dir` would create, deepest first. */
function missingDirs(dir) {
    const out = [];
    for (let d = external_node_path_default().resolve(dir); !exists(d); d = external_node_path_default().dirname(d)) {
        out.push(d);
        if (external_node_path_default().dirname(d) === d)
            break;
    }
    return out;
}
/**
 * Removes the directories above `file` that are now empty, deepest first, stopping at the first
 * one that is not (or is not a plain directory) and never removing `stopAt` or anything above it.
 */
async function pruneEmptyParents(file, stopAt) {
    const root = external_node_path_default().resolve(stopAt);
    for (let dir = external_node_path_default().dirname(external_node_path_default().resolve(file)); dir !== root && dir.startsWith(root + (external_node_path_default()).sep); dir = external_node_path_default().dirname(dir)) {
        try {
            await promises_default().rmdir(dir);
        }
        catch {
            break;
        }
    }
}
async function writeAtomically(file, text) {
    const tmp = `${file}.tmp`;
    await promises_default().writeFile(tmp, text);
    await promises_default().rename(tmp, file);
}
function journalPath(workDir, prefix) {
    return external_node_path_default().join(workDir, `${prefix}${JOURNAL_SUFFIX}`);
}
/**
 * `workDir` holds the journal and backups (same filesystem as every target). It may be shared
 * by jobs applied side by side: `prefix` keeps each job's file names apart. `root` is the
 * working directory's real path, recorded for recovery.
 */
async function runTransaction(steps, workDir, hooks = {}, prefix = '', root = '/') {
    const journal = {
        journalVersion: 1,
        root,
        steps: steps.map((s, i) => {
            const backup = external_node_path_default().join(workDir, `${prefix}backup-${i}`);
            if (s.kind === 'remove')
                return { kind: 'remove', target: s.target, backup };
            return { kind: 'put', target: s.target, backup, sha256: s.sha256, existed: exists(s.target), made: [] };
        }),
    };
    // The directories a put creates are known before anything changes (earlier puts may share them).
    const planned = new Set();
    for (const j of journal.steps) {
        if (j.kind !== 'put')
            continue;
        j.made = missingDirs(external_node_path_default().dirname(j.target)).filter((d) => !planned.has(d));
        for (const d of j.made)
            planned.add(d);
    }
    const file = journalPath(workDir, prefix);
    await writeAtomically(file, JSON.stringify(journal));
    try {
        for (const [i, step] of steps.entries()) {
            await hooks.beforeStep?.(step.kind, step.target);
            const j = journal.steps[i];
            if (step.kind === 'put' && j.kind === 'put') {
                if (j.existed && exists(step.target))
                    await keep(step.target, j.backup);
                else
                    await promises_default().mkdir(external_node_path_default().dirname(step.target), { recursive: true });
                if (step.mode !== null)
                    await promises_default().chmod(step.source, step.mode);
                await move(step.source, step.target);
            }
            else if (step.kind === 'remove' && exists(step.target)) {
                await promises_default().rename(step.target, j.backup);
                if (step.pruneUpTo !== undefined)
                    await pruneEmptyParents(step.target, step.pruneUpTo);
            }
        }
    }
    catch (e) {
        const problems = await rollBack(journal);
        if (problems.length === 0)
            await promises_default().rm(file, { force: true });
        const msg = e.message;
        throw new Error(problems.length === 0
            ? `${msg} (the job's earlier changes were rolled back)`
            : `${msg}; rolling back also failed: ${problems.join('; ')}`, { cause: e });
    }
    // The commit point: from here on the new state stands, whatever happens to the backups.
    await promises_default().rm(file, { force: true });
    await Promise.all(journal.steps.map((j) => promises_default().rm(j.backup, { force: true })));
}
/** Whether every step of the journal reached the tree (then finishing only drops the backups). */
async function allApplied(journal) {
    for (const j of journal.steps) {
        if (j.kind === 'remove' && exists(j.target))
            return false;
        if (j.kind === 'put' && !(await holds(j.target, j.sha256)))
            return false;
    }
    return true;
}
async function holds(target, sha) {
    try {
        const st = (0,external_node_fs_.lstatSync)(target, { throwIfNoEntry: false });
        return st !== undefined && st.isFile() && (0,hash/* sha256 */.s)(await promises_default().readFile(target)) === sha;
    }
    catch {
        return false;
    }
}
/**
 * Undoes the steps in reverse, whatever point each reached, and returns what could not be
 * undone. Only what a step wrote is removed: a file at a put's target is deleted only when its
 * bytes are the ones that step wrote.
 */
async function rollBack(journal) {
    const problems = [];
    for (const j of [...journal.steps].reverse()) {
        try {
            if (exists(j.backup)) {
                await promises_default().mkdir(external_node_path_default().dirname(j.target), { recursive: true });
                await promises_default().rename(j.backup, j.target);
            }
            else if (j.kind === 'put' && !j.existed && (await holds(j.target, j.sha256))) {
                await promises_default().rm(j.target, { force: true });
            }
            if (j.kind === 'put') {
                // Only directories left empty are removed: another job may be writing beside us.
                for (const d of j.made)
                    await promises_default().rmdir(d).catch(() => undefined);
            }
        }
        catch (err) {
            problems.push(err.message);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/outputs/apply-job.ts
/**
 * Pass 2 for one job, in job order within its output directory: its file lines, the stale
 * files its manifest entry lists, the manifest's next bytes, and (generate) the transaction
 * that writes them.
 */











async function applyJob(plan, run) {
    const { result: r, report } = plan;
    if (report.status !== 'ok' || r.status !== 'ok')
        return;
    const job = r.job;
    const outDir = external_node_path_default().resolve(job.absOutputDir);
    const ms = await run.manifests.forDir(outDir, job.outputDir);
    if (ms.error) {
        if (!ms.reported)
            plan.error = ms.error;
        ms.reported = true;
        (0,claims/* fail */.fJ)(report, ms.error);
        return;
    }
    const ja = { run, out: r, outDir, ms, key: (0,outputs_manifest/* entryKey */.k2)(job.contract.file, job.plugin.name), lines: [], steps: [], produced: [] };
    const assessed = run.assessments.get(plan);
    if (!assessed)
        return;
    if (!('error' in assessed))
        readAssessed(ja, assessed.items);
    if (ms.ignored !== null && !ms.reported) {
        ms.reported = true;
        run.warnings.push(ms.ignored);
    }
    if ('error' in assessed) {
        (0,claims/* fail */.fJ)(report, assessed.error);
        return;
    }
    const kept = await staleFiles(ja);
    const manifest = nextManifest(ja, kept);
    if (!run.check && !(await writeOutputs(ja, manifest, report)))
        return;
    ms.entries = manifest.entries;
    if (manifest.manifestChanges) {
        ms.current = manifest.next;
        ms.currentIsOriginalLink = false;
    }
    if (manifest.next !== null || ms.original.kind !== 'absent')
        ms.lastOwner = { plugin: job.plugin.name, contract: job.contract.file };
    const mStatus = (0,manifest_state/* manifestStatus */.S1)(ms, run.check);
    if (mStatus)
        addLine(ja, ms.wdPath, mStatus, ms.current ? (0,hash/* sha256 */.s)(ms.current) : null, false);
    ja.lines.sort((a, b) => (0,outputs_paths/* compareBytes */.Xo)(a.path, b.path));
    report.files = ja.lines;
}
function addLine(ja, wdPath, status, sha, direct) {
    const job = ja.out.job;
    const o = { path: wdPath, plugin: job.plugin.name, contract: job.contract.file, status, sha256: sha, direct };
    ja.lines.push(o);
    ja.run.outDirOf.set(o, ja.outDir);
    return o;
}
/** The job's assessed files: a line each, and (generate) a step for each that changes. */
function readAssessed(ja, items) {
    for (const a of items) {
        ja.produced.push({ path: a.p.rel, sha256: a.sha });
        const o = addLine(ja, a.p.wdPath, a.status, a.sha, a.p.direct);
        if (a.drift)
            ja.run.drift.set(o, a.drift);
        if (!ja.run.check && a.status !== 'unchanged') {
            ja.steps.push({
                kind: 'put',
                target: a.p.target,
                source: a.p.staged,
                mode: a.existing.kind === 'file' && !a.p.direct ? a.existing.mode : null,
                sha256: a.sha,
            });
        }
    }
}
/**
 * Files this key generated before and no longer produces: deleted with clean, else kept (the
 * manifest files returned). The manifest passed the path rules when it was read
 * (manifest-rules.ts); a file is deleted only while it holds the bytes that were generated.
 */
async function staleFiles(ja) {
    const { run, outDir } = ja;
    const { check, drift } = run;
    const job = ja.out.job;
    const kept = [];
    const producedSet = new Set(ja.produced.map((f) => f.path));
    for (const f of ja.ms.entries.get(ja.key)?.files ?? []) {
        if (producedSet.has(f.path))
            continue;
        const target = (0,outputs_paths/* joinRelative */.r3)(outDir, f.path);
        const wdPath = run.wdPathOf(target);
        let realParent;
        try {
            realParent = await (0,outputs_paths/* resolveExisting */._j)(external_node_path_default().dirname(target));
        }
        catch {
            continue;
        }
        const k = (0,outputs_paths/* collisionKey */.EE)(external_node_path_default().join(realParent, external_node_path_default().basename(target)), run.platform);
        if (run.owners.has(k) || run.manifestKeys.has(k))
            continue;
        const existing = await (0,tree/* inspect */.Nn)(target);
        if (existing.kind !== 'file' && existing.kind !== 'symlink')
            continue;
        if (run.clean) {
            const current = await (0,tree/* sideOf */.Jh)(target, existing);
            if (current.kind !== 'file' || (0,hash/* sha256 */.s)(current.content) !== f.sha256) {
                // The user changed it since it was generated: theirs now, no longer listed.
                run.warnings.push(`${wdPath} is no longer produced by plugin ${job.plugin.name} for ${job.contract.file}, but it was changed since it was generated; kept (delete it yourself if it is not needed)`);
                continue;
            }
            const o = addLine(ja, wdPath, check ? 'stale' : 'deleted', null, false);
            if (check)
                drift.set(o, { severity: 'error', section: filePatch(run.patchPath(wdPath), current, { kind: 'absent' }), crlfOnly: false });
            else
                ja.steps.push({ kind: 'remove', target, pruneUpTo: outDir });
        }
        else {
            kept.push(f);
            if (check)
                drift.set(addLine(ja, wdPath, 'stale', null, false), { severity: 'warning', section: '', crlfOnly: false });
        }
    }
    return kept;
}
function nextManifest(ja, kept) {
    const { ms } = ja;
    const job = ja.out.job;
    const entries = new Map(ms.entries);
    entries.set(ja.key, {
        contract: job.contract.file,
        plugin: job.plugin.name,
        pluginVersion: job.plugin.version,
        pluginSha256: job.plugin.version === null ? job.plugin.sha256 : null,
        files: [...ja.produced, ...kept],
    });
    const text = (0,outputs_manifest/* serializeManifest */.MZ)(entries.values());
    const next = text === null ? null : Buffer.from(text, 'utf8');
    const present = ms.current !== null || ms.currentIsOriginalLink;
    const manifestChanges = next === null ? present : ms.currentIsOriginalLink || ms.current === null || !ms.current.equals(next);
    return { entries, next, manifestChanges };
}
/**
 * Generate: the job's writes, deletions and manifest (last) in one transaction. False when the
 * job failed (the report says why).
 */
async function writeOutputs(ja, manifest, report) {
    const { run, out, ms, steps } = ja;
    const { next, manifestChanges } = manifest;
    const workDir = steps.length > 0 || manifestChanges ? await run.workDirFor(out.stagingDir) : '';
    const prefix = `${out.job.index}-`;
    if (manifestChanges) {
        if (next === null)
            steps.push({ kind: 'remove', target: ms.target });
        else {
            const tmp = external_node_path_default().join(workDir, `${prefix}manifest.json`);
            await promises_default().writeFile(tmp, next);
            steps.push({ kind: 'put', target: ms.target, source: tmp, mode: null, sha256: (0,hash/* sha256 */.s)(next) });
        }
    }
    try {
        // A cancel waits for a transaction in flight (bounded), and starts no new one.
        const done = steps.length === 0 || (await (0,cancel/* critical */.kD)(() => runTransaction(steps, workDir, run.hooks, prefix, run.wdReal)));
        if (done === null) {
            (0,claims/* fail */.fJ)(report, `the outputs of ${(0,claims/* describe */.q0)(out)} were not written: the run was cancelled`);
            return false;
        }
    }
    catch (e) {
        (0,claims/* fail */.fJ)(report, `could not write the outputs of ${(0,claims/* describe */.q0)(out)}: ${e.message}`);
        return false;
    }
    return true;
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

// EXTERNAL MODULE: ./src/shared/replace-file.ts
var replace_file = __webpack_require__(38736);
;// CONCATENATED MODULE: ./src/outputs/check-results.ts
/** Check mode's result: drift entries in file order, pacto-drift.patch, and the hints. */








async function checkResults(input) {
    const { files, drift, expected, patchPath } = input;
    const entries = [];
    const byPath = new Map(files.map((f) => [f.path, f]));
    const notices = [];
    let patch = '';
    await (0,limit/* mapLimit */.s)([...input.manifests.all.values()], claims/* PARALLEL */.CF, async (ms) => {
        if (ms.lastOwner === null)
            return;
        const f = byPath.get(ms.wdPath);
        if (!f || f.status === 'unchanged')
            return;
        // A rebuilt plugin whose files are byte-identical is not drift: generate records it next time.
        const rebuilt = ms.originalBytes && ms.current && f.status === 'changed' ? (0,outputs_manifest/* identityOnlyChange */.PT)(ms.originalBytes, ms.current) : null;
        if (rebuilt !== null) {
            f.status = 'unchanged';
            notices.push(`${ms.wdPath}: the executable of ${rebuilt.join(', ')} changed (another version or sha256) but every file it produces is byte-identical; not drift. The next generate records the new identity in the manifest.`);
            return;
        }
        if (ms.current)
            await expected.write(ms.wdPath, ms.current);
        const before = await (0,tree/* sideOf */.Jh)(ms.target, ms.original);
        const after = ms.current ? { kind: 'file', content: ms.current, executable: false } : { kind: 'absent' };
        drift.set(f, {
            severity: 'error',
            section: filePatch(patchPath(ms.wdPath), before, after),
            crlfOnly: before.kind === 'file' && ms.current !== null && (0,tree/* crlfOnly */.UR)(before.content, ms.current),
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
    const changed = entries.some((e) => e.severity === 'error');
    let patchFile = null;
    if (changed) {
        patchFile = external_node_path_default().join(external_node_path_default().dirname(input.reportFile), 'pacto-drift.patch');
        await (0,replace_file/* replaceFile */.f)(patchFile, Buffer.from(patch, 'latin1'), input.workspace);
    }
    const hints = await driftHints(files, entries, input.outDirOf, input.wd, input.top !== null, input.wdPathOf, input.patchPrefix);
    return {
        changed,
        notices,
        drift: { entries, patchFile, patchRoot: patchFile ? (input.top ?? input.wd) : null, expectedRoot: expected.root, hints },
    };
}

;// CONCATENATED MODULE: ./src/outputs/apply.ts
/**
 * Applies staged job outputs to the working tree in job order (generate), or works out what
 * that would change without writing to it (check). Both modes run the same planning code,
 * so check fails exactly when generate would change the tree.
 *
 * Pass 1 (claims.ts) checks and claims every target; the jobs' files are then assessed against
 * the tree in parallel (assess.ts); pass 2 (apply-job.ts) applies or records each job in order
 * within its output directory, keeping each directory's manifest (manifest-state.ts); check
 * mode then builds its drift result (check-results.ts).
 */













async function applyOutputsImpl(results, ctx) {
    const extraDirs = [];
    try {
        return await applyAll(results, ctx, extraDirs);
    }
    finally {
        for (const d of extraDirs) {
            // A journal left behind is a rollback that failed: the next run needs it (and its backups).
            const names = await promises_default().readdir(d).catch(() => []);
            if (!names.some((n) => n.endsWith(JOURNAL_SUFFIX)))
                await promises_default().rm(d, { recursive: true, force: true });
        }
        const dirs = results
            .map((r) => (r.status === 'skipped' ? undefined : r.stagingDir))
            .filter((d) => typeof d === 'string' && d !== '');
        await (0,limit/* mapLimit */.s)(dirs, claims/* PARALLEL */.CF, removeStaging);
    }
}
async function applyAll(results, ctx, extraDirs) {
    const { config } = ctx;
    const check = config.mode === 'check';
    const platform = ctx.platform ?? process.platform;
    const wd = external_node_path_default().resolve(config.workingDirectory);
    const wdReal = await promises_default().realpath(wd);
    const wdPathOf = (abs) => (0,outputs_paths/* toSlash */.n$)(external_node_path_default().relative(wd, abs));
    const errors = [];
    const protectedKeys = await (0,claims/* protectedTargets */.R4)(ctx, results, platform, wdPathOf);
    // Nothing is written before every job is checked, so pass 1 looks each directory up once.
    const look = (0,outputs_paths/* memoLookups */.k2)();
    const manifestKeys = await (0,claims/* manifestTargets */.uF)(results, look, platform);
    const { plans, owners } = await (0,claims/* claimTargets */.Fx)(results, { wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, look }, errors);
    // Patch paths are relative to the repository root, where `git apply` takes them from.
    let patchPrefix = '';
    let top = null;
    if (check) {
        top = await gitTopLevel(wd);
        if (top)
            patchPrefix = (0,outputs_paths/* toSlash */.n$)(external_node_path_default().relative(await promises_default().realpath(top), wdReal));
    }
    const patchPath = (wdPath) => (patchPrefix ? `${patchPrefix}/${wdPath}` : wdPath);
    const expected = new ExpectedTree(config.runnerTemp);
    const live = plans.filter((p) => p.report.status === 'ok');
    const assessments = await assessAll(live, check ? { expected, patchPath } : null);
    const run = {
        check,
        clean: config.clean,
        platform,
        wdPathOf,
        wdReal,
        patchPath,
        protectedKeys,
        manifestKeys,
        owners,
        manifests: new manifest_state/* ManifestStates */.mT(wdPathOf, { wdReal, platform, protectedKeys, ...(await feedRules(ctx, platform)) }, ctx.manifestSeeds),
        assessments,
        drift: new Map(),
        outDirOf: new Map(),
        workDirFor: workDirs(extraDirs),
        hooks: ctx.hooks,
        warnings: [],
    };
    if (!check)
        (0,cancel/* installCancelHandlers */.Jz)();
    await applyInChains(live, run);
    for (const plan of plans)
        if (plan.error)
            errors.push(plan.error);
    const reports = plans.map((p) => p.report);
    const files = listedFiles(reports);
    if (!check) {
        const changed = files.some((f) => f.status === 'created' || f.status === 'updated' || f.status === 'deleted');
        return { jobs: reports, files, changed, drift: null, errors, warnings: run.warnings };
    }
    const { changed, drift, notices } = await checkResults({
        files,
        manifests: run.manifests,
        drift: run.drift,
        outDirOf: run.outDirOf,
        expected,
        patchPath,
        patchPrefix,
        top,
        wd,
        wdPathOf,
        reportFile: config.reportFile,
        workspace: config.workspace,
    });
    return { jobs: reports, files, changed, drift, errors, warnings: run.warnings, ...(notices.length > 0 ? { notices } : {}) };
}
/** How each live job's files compare with the tree (in parallel: nothing is written yet). */
async function assessAll(live, checkWith) {
    const assessments = new Map();
    const outcomes = await (0,limit/* mapLimit */.s)(live, claims/* PARALLEL */.CF, async (plan) => {
        try {
            return await assessFiles(plan.files, checkWith);
        }
        catch (e) {
            return { error: `could not compare the outputs of ${(0,claims/* describe */.q0)(plan.result)}: ${e.message}` };
        }
    });
    live.forEach((plan, i) => assessments.set(plan, outcomes[i]));
    return assessments;
}
/**
 * Jobs sharing an output directory (and so a manifest) apply one after the other, in job
 * order; different directories are independent, so their chains run side by side.
 */
async function applyInChains(live, run) {
    const chains = new Map();
    for (const plan of live) {
        const dir = external_node_path_default().resolve(plan.result.job.absOutputDir);
        const chain = chains.get(dir);
        if (chain)
            chain.push(plan);
        else
            chains.set(dir, [plan]);
    }
    await (0,limit/* mapLimit */.s)([...chains.values()], claims/* PARALLEL */.CF, async (chain) => {
        for (const plan of chain) {
            try {
                await applyJob(plan, run);
            }
            catch (e) {
                // Nothing of this job reached the tree: the transaction rolls back its own failures.
                (0,claims/* fail */.fJ)(plan.report, `could not apply the outputs of ${(0,claims/* describe */.q0)(plan.result)}: ${e.message}`);
            }
        }
    });
}
/** Every job's file lines in order; a shared output directory's manifest once, at the last job that touched it. */
function listedFiles(reports) {
    const files = [];
    const lastManifestJob = new Map();
    for (const rep of reports)
        for (const f of rep.files)
            if ((0,manifest_state/* isManifestPath */.HS)(f.path))
                lastManifestJob.set(f.path, rep);
    for (const rep of reports) {
        for (const f of rep.files) {
            if ((0,manifest_state/* isManifestPath */.HS)(f.path) && lastManifestJob.get(f.path) !== rep)
                continue;
            files.push(f);
        }
    }
    return files;
}
/**
 * Backups and temporary manifests: one private directory beside each staging base (so on the
 * destination's filesystem), shared by the jobs staged there, each job's names prefixed.
 */
function workDirs(extraDirs) {
    const made = new Map();
    return (stagingDir) => {
        const root = stagingRoot(stagingDir);
        if (root !== stagingDir)
            return Promise.resolve(root);
        const base = external_node_path_default().dirname(stagingDir);
        let dir = made.get(base);
        if (!dir) {
            dir = promises_default().mkdtemp(external_node_path_default().join(base, '.pacto-work-')).then((d) => {
                extraDirs.push(d);
                return d;
            });
            made.set(base, dir);
        }
        return dir;
    };
}
/** What lets a manifest entry of a feeding plugin list the referenced files of its own contract, and no other. */
async function feedRules(ctx, platform) {
    if (!ctx.feeders || ctx.feeders.size === 0)
        return {};
    const refs = (ctx.referencing ?? ctx.contracts).flatMap((c) => c.referencedFiles.map((f) => [f, c.file]));
    const real = await (0,limit/* mapLimit */.s)(refs, claims/* PARALLEL */.CF, ([p]) => (0,outputs_paths/* resolveExisting */._j)(p).catch(() => external_node_path_default().resolve(p)));
    const referencedBy = new Map();
    refs.forEach(([, file], i) => {
        const key = (0,outputs_paths/* collisionKey */.EE)(real[i], platform);
        const set = referencedBy.get(key) ?? new Set();
        set.add(file);
        referencedBy.set(key, set);
    });
    return { referencedBy, feeders: ctx.feeders };
}

// EXTERNAL MODULE: ./src/outputs/manifest-rules.ts
var manifest_rules = __webpack_require__(45603);
;// CONCATENATED MODULE: ./src/outputs/recovery.ts
/**
 * Recovery from a run that died while writing (SIGKILL, a lost runner): its work directories
 * still hold the journals of the transactions it had not committed. Before anything is
 * generated, each journal is finished (every step had reached the tree: only the backups go)
 * or rolled back (the tree returns to what it was before that job), and the log says which.
 * Staging leftovers of that run go too.
 *
 * A journal is data found on disk, so it is checked like a manifest: every target inside the
 * workspace, never in .git, never a pacto.yaml, every backup inside its work directory.
 */






const WORK_DIR = /^\.pacto-work-/;
/** Under RUNNER_TEMP every staging directory is ours; in the tree only the hidden ones. */
const TEMP_STAGE_DIR = /^pacto-stage-\d+-/;
const TREE_STAGE_DIR = /^\.pacto-stage-\d+-/;
/** Where an earlier run may have left work directories: the same bases staging.ts picks. */
function tempBase(input) {
    return external_node_path_default().join(external_node_path_default().resolve(input.runnerTemp), 'pacto-staging');
}
async function candidates(input) {
    const dirs = new Set([tempBase(input)]);
    for (const d of new Set(input.outputDirs.map((o) => external_node_path_default().resolve(o)))) {
        dirs.add(await (0,outputs_paths/* nearestExisting */.Iv)(d));
        dirs.add(await (0,outputs_paths/* nearestExisting */.Iv)(external_node_path_default().dirname(d)));
    }
    return [...dirs];
}
async function readJournal(file) {
    try {
        const j = JSON.parse(await promises_default().readFile(file, 'utf8'));
        return j && j.journalVersion === 1 && Array.isArray(j.steps) ? j : null;
    }
    catch {
        return null;
    }
}
async function stepProblem(j, workDir, wsReal) {
    if (typeof j?.target !== 'string' || typeof j.backup !== 'string')
        return 'a step without target or backup';
    const target = external_node_path_default().resolve(j.target);
    if (!(0,paths/* isInside */.F)(wsReal, target))
        return `${j.target} is outside the workspace`;
    if ((0,manifest_rules/* inGitDir */.dE)(wsReal, target))
        return `${j.target} is inside a .git directory`;
    if ((0,manifest_rules/* isContractName */.Q1)(target, process.platform))
        return `${j.target} is a pacto.yaml`;
    if (!(0,paths/* isInside */.F)(workDir, external_node_path_default().resolve(j.backup)) || external_node_path_default().resolve(j.backup) === workDir)
        return `its backup ${j.backup} is outside its work directory`;
    if (j.kind === 'put' && (typeof j.sha256 !== 'string' || !Array.isArray(j.made)))
        return 'a put step without sha256';
    if (j.kind === 'put' && j.made.some((d) => !(0,paths/* isInside */.F)(wsReal, external_node_path_default().resolve(d))))
        return 'a directory outside the workspace';
    // A journal in the tree is data from the repository: its paths may lead through symbolic links.
    const real = async (p) => external_node_path_default().join(await (0,outputs_paths/* resolveExisting */._j)(external_node_path_default().dirname(external_node_path_default().resolve(p))), external_node_path_default().basename(p));
    try {
        const targetReal = await real(j.target);
        if (!(0,paths/* isInside */.F)(wsReal, targetReal))
            return `${j.target} is outside the workspace once symbolic links are resolved`;
        if ((0,manifest_rules/* inGitDir */.dE)(wsReal, targetReal))
            return `${j.target} is inside a .git directory`;
        if ((0,manifest_rules/* isContractName */.Q1)(targetReal, process.platform))
            return `${j.target} is a pacto.yaml`;
        const workReal = await promises_default().realpath(workDir);
        const backupReal = await real(j.backup);
        if (!(0,paths/* isInside */.F)(workReal, backupReal) || backupReal === workReal)
            return `its backup ${j.backup} is outside its work directory once symbolic links are resolved`;
        if (j.kind === 'put')
            for (const d of j.made)
                if (!(0,paths/* isInside */.F)(wsReal, await real(d)))
                    return 'a directory outside the workspace once symbolic links are resolved';
    }
    catch (e) {
        return e.message;
    }
    return null;
}
/** Recovers every interrupted transaction found; returns what it did, one line per journal. */
async function recoverInterrupted(input) {
    let wsReal;
    try {
        wsReal = await promises_default().realpath(input.workspace);
    }
    catch {
        return [];
    }
    const done = [];
    for (const base of await candidates(input)) {
        let names;
        try {
            names = await promises_default().readdir(base);
        }
        catch {
            continue;
        }
        const stageDir = base === tempBase(input) ? TEMP_STAGE_DIR : TREE_STAGE_DIR;
        for (const name of names) {
            const dir = external_node_path_default().join(base, name);
            if (!(stageDir.test(name) || WORK_DIR.test(name)) || !(await promises_default().lstat(dir).catch(() => null))?.isDirectory())
                continue;
            if (stageDir.test(name)) {
                // A plugin's staging directory from a run that never got to remove it.
                await promises_default().rm(dir, { recursive: true, force: true }).catch(() => undefined);
                continue;
            }
            if (!WORK_DIR.test(name))
                continue;
            const left = await recoverWorkDir(dir, wsReal, input.io);
            done.push(...left.done);
            if (left.clean)
                await promises_default().rm(dir, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    return done;
}
async function recoverWorkDir(workDir, wsReal, io) {
    const done = [];
    let clean = true;
    let files;
    try {
        files = (await promises_default().readdir(workDir)).filter((f) => f.endsWith(JOURNAL_SUFFIX)).sort();
    }
    catch {
        return { done, clean: false };
    }
    for (const f of files) {
        const journal = await readJournal(external_node_path_default().join(workDir, f));
        let problem = journal === null ? 'it cannot be read' : null;
        for (const s of journal?.steps ?? [])
            problem ??= await stepProblem(s, workDir, wsReal);
        const where = (0,outputs_paths/* toSlash */.n$)(external_node_path_default().join(workDir, f));
        if (problem) {
            io.warning(`Found a write journal ${where} from an interrupted run but did not act on it: ${problem}`);
            clean = false;
            continue;
        }
        const paths = journal.steps.map((s) => (0,outputs_paths/* toSlash */.n$)(external_node_path_default().relative(wsReal, external_node_path_default().resolve(s.target))));
        if (await allApplied(journal)) {
            done.push(`finished the interrupted write of ${paths.join(', ')} (every change had been made)`);
            continue;
        }
        const problems = await rollBack(journal);
        if (problems.length > 0) {
            io.warning(`Could not fully roll back the interrupted write of ${paths.join(', ')} (journal ${where}): ${problems.join('; ')}`);
            clean = false;
            continue;
        }
        done.push(`rolled back the interrupted write of ${paths.join(', ')} (it had not completed)`);
    }
    for (const line of done)
        io.info(`Recovered from an interrupted run: ${line}`);
    return { done, clean };
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


/***/ }),

/***/ 11421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ }),

/***/ 45603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ contractDirBetween),
/* harmony export */   Q1: () => (/* binding */ isContractName),
/* harmony export */   Vx: () => (/* binding */ manifestProblem),
/* harmony export */   dE: () => (/* binding */ inGitDir)
/* harmony export */ });
/* unused harmony export CONTRACT_NAME */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88094);
/* harmony import */ var _shared_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40405);
/**
 * A manifest is data from the repository, not authority: before `clean` may act on it, every
 * file it lists must pass the rules a plugin's output passes (inside its output directory
 * after resolving symlinks, not under .git, not a pacto.yaml, not a file a contract
 * references, not a plugin's executable). One entry that fails makes the whole manifest
 * suspect: it is reported and ignored.
 */




const CONTRACT_NAME = 'pacto.yaml';
/** Whether a real path is (or would be) a pacto.yaml, in the platform's case rules. */
function isContractName(p, platform) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .collisionKey */ .EE)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(p), platform) === (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .collisionKey */ .EE)(CONTRACT_NAME, platform);
}
/** Whether a real path lies under a .git directory of the working directory (or is one). */
function inGitDir(wdReal, real) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(wdReal, real)
        .split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
        .some((seg) => seg.toLowerCase() === '.git');
}
/**
 * The deepest directory from `dirReal` up to, not including, `topReal` that holds a pacto.yaml
 * (another bundle), or null. Both are real paths, `dirReal` inside `topReal`.
 */
async function contractDirBetween(topReal, dirReal) {
    for (let dir = dirReal; dir !== topReal && (0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(topReal, dir); dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir)) {
        const found = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().lstat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, CONTRACT_NAME)).then(() => true, () => false);
        if (found)
            return dir;
    }
    return null;
}
/** Why the manifest must not be trusted, or null. `outDir` and `outDirReal` are absolute. */
async function manifestProblem(entries, outDir, rules) {
    let outDirReal;
    try {
        outDirReal = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveExisting */ ._j)(outDir);
    }
    catch (e) {
        return e.message;
    }
    for (const e of entries) {
        for (const f of e.files) {
            const target = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinRelative */ .r3)(outDir, f.path);
            let realParent;
            try {
                realParent = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveExisting */ ._j)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target));
            }
            catch {
                return `it lists ${f.path}, whose directory is a dangling symbolic link`;
            }
            const real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(realParent, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target));
            if (!(0,_shared_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(outDirReal, realParent))
                return `it lists ${f.path}, which resolves outside its output directory through a symbolic link`;
            if (inGitDir(rules.wdReal, real))
                return `it lists ${f.path}, which is inside a .git directory`;
            const key = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .collisionKey */ .EE)(real, rules.platform);
            const refs = rules.referencedBy?.get(key);
            const feeder = rules.feeders?.has(e.plugin) === true;
            const fed = feeder && refs?.has(e.contract) === true;
            const prot = fed ? undefined : (rules.protectedKeys.get(key) ?? (refs ? `a file referenced by ${[...refs].join(', ')}` : undefined));
            if (prot)
                return `it lists ${f.path}, which is ${prot}`;
            const nested = feeder ? await contractDirBetween(outDirReal, realParent) : null;
            if (nested !== null)
                return `it lists ${f.path}, inside another bundle (${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(nested, CONTRACT_NAME)}), where a plugin with feeds-contract: true never writes`;
            if (isContractName(real, rules.platform))
                return `it lists ${f.path}, a pacto.yaml (every contract is protected, matched or not)`;
        }
    }
    return null;
}


/***/ }),

/***/ 59701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ isManifestPath),
/* harmony export */   S1: () => (/* binding */ manifestStatus),
/* harmony export */   mT: () => (/* binding */ ManifestStates)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71085);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48196);
/* harmony import */ var _manifest_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45603);
/**
 * What each output directory's manifest holds as the jobs sharing it apply one after the other
 * (virtually, in check mode): read once from the tree, then updated per job.
 */





/** One state per output directory, read the first time a job of that directory asks. */
class ManifestStates {
    wdPathOf;
    rules;
    seeds;
    all = new Map();
    constructor(wdPathOf, rules, 
    /** What an earlier stage would leave at a manifest path (check mode): the starting point instead of the tree. */
    seeds) {
        this.wdPathOf = wdPathOf;
        this.rules = rules;
        this.seeds = seeds;
    }
    async forDir(outDir, outDirWd) {
        const known = this.all.get(outDir);
        if (known)
            return known;
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outDir, _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_NAME */ .ir);
        const st = {
            outDir,
            outDirWd,
            target,
            wdPath: this.wdPathOf(target),
            original: await (0,_tree_js__WEBPACK_IMPORTED_MODULE_3__/* .inspect */ .Nn)(target),
            originalBytes: null,
            current: null,
            currentIsOriginalLink: false,
            entries: new Map(),
            error: null,
            ignored: null,
            reported: false,
            lastOwner: null,
        };
        if (st.original.kind === 'file') {
            st.originalBytes = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readFile(target);
            st.current = st.originalBytes;
            try {
                const parsed = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(st.originalBytes.toString('utf8'));
                const problem = await (0,_manifest_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestProblem */ .Vx)(parsed, outDir, this.rules);
                if (problem === null)
                    for (const e of parsed)
                        st.entries.set((0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .entryKey */ .k2)(e.contract, e.plugin), e);
                else
                    st.ignored = `the manifest ${st.wdPath} was ignored: ${problem}. Nothing it lists was cleaned; it is replaced by one listing this run's files`;
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
        const seed = this.seeds?.get(target);
        if (seed !== undefined && st.error === null) {
            st.current = seed;
            st.currentIsOriginalLink = false;
            st.entries = new Map((0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(seed.toString('utf8')).map((e) => [(0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .entryKey */ .k2)(e.contract, e.plugin), e]));
        }
        this.all.set(outDir, st);
        return st;
    }
}
function isManifestPath(p) {
    return p === _manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_NAME */ .ir || p.endsWith(`/${_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_NAME */ .ir}`);
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


/***/ }),

/***/ 48196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ sideOf),
/* harmony export */   Nn: () => (/* binding */ inspect),
/* harmony export */   UR: () => (/* binding */ crlfOnly)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/** Read-only views of what is at a path in the working tree, as generate would see it. */


async function inspect(p) {
    let st;
    try {
        // Synchronous, and no exception for a missing path: most targets do not exist yet.
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p, { throwIfNoEntry: false });
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
        return { kind: 'symlink', target: await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readlink(p) };
    if (st.isDirectory())
        return { kind: 'dir' };
    return { kind: 'other' };
}
/** The side of a patch for what is at `p` now (directories and special files never reach here). */
async function sideOf(p, existing) {
    if (existing.kind === 'file')
        return { kind: 'file', content: await node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().readFile(p), executable: (existing.mode & 0o111) !== 0 };
    if (existing.kind === 'symlink')
        return { kind: 'symlink', target: existing.target };
    return { kind: 'absent' };
}
/** True when two contents differ only in CRLF versus LF line endings. */
function crlfOnly(a, b) {
    if (a.equals(b))
        return false;
    const norm = (x) => x.toString('latin1').replace(/\r\n/g, '\n');
    return norm(a) === norm(b);
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

//# sourceMappingURL=119.index.js.map
export const id = 667;
export const ids = [667];
export const modules = {

/***/ 15667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateWithFeeds: () => (/* binding */ generateWithFeeds)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/contracts/files.ts
var files = __webpack_require__(92972);
// EXTERNAL MODULE: ./src/outputs/claims.ts + 1 modules
var claims = __webpack_require__(21350);
// EXTERNAL MODULE: ./src/outputs/paths.ts
var paths = __webpack_require__(88094);
// EXTERNAL MODULE: ./src/shared/paths.ts
var shared_paths = __webpack_require__(40405);
// EXTERNAL MODULE: ./src/outputs/manifest-rules.ts
var manifest_rules = __webpack_require__(45603);
// EXTERNAL MODULE: ./src/outputs/manifest.ts
var manifest = __webpack_require__(71085);
// EXTERNAL MODULE: ./src/outputs/tree.ts
var tree = __webpack_require__(48196);
;// CONCATENATED MODULE: ./src/outputs/feed-rules.ts
/**
 * What a feeding plugin (`feeds-contract: true`) may write, checked before anything is applied:
 * inside its own bundle (referenced files and new files included), never a pacto.yaml, never
 * .git, never another bundle, never a file another job writes. A bundle's feeding outputs are
 * applied together or not at all: one failed or refused job withholds the bundle's others, so
 * its contract is then validated as it is on disk.
 */








function failed(r, error) {
    return {
        job: r.job,
        status: 'failed',
        error,
        exitCode: 0,
        signal: null,
        stderrTail: r.stderrTail,
        durationMs: r.durationMs,
        stagingDir: r.stagingDir,
    };
}
function who(r) {
    return `plugin ${r.job.plugin.name} for ${r.job.contract.file}`;
}
/** Why one returned path of a feeding job is refused, or null. */
function feedProblem(r, rel, target, contracts, wd, platform) {
    const problem = (0,paths/* pathProblem */.z9)(rel);
    if (problem)
        return `output path ${JSON.stringify(rel)} is not allowed: ${problem}`;
    const wdPath = (0,paths/* toSlash */.n$)(external_node_path_default().relative(wd, target));
    const bundleDir = external_node_path_default().resolve(r.job.contract.absDir);
    if (!(0,shared_paths/* isInside */.F)(bundleDir, target)) {
        return `${wdPath} is outside the bundle ${r.job.contract.bundle}; a plugin with feeds-contract: true writes only into its own bundle`;
    }
    if (external_node_path_default().relative(wd, target)
        .split((external_node_path_default()).sep)
        .some((seg) => seg.toLowerCase() === '.git')) {
        return `${wdPath} is inside a .git directory; generated files must not touch git's own files`;
    }
    const key = (0,paths/* collisionKey */.EE)(target, platform);
    if ((0,paths/* collisionKey */.EE)(external_node_path_default().basename(target), platform) === (0,paths/* collisionKey */.EE)(manifest/* MANIFEST_NAME */.ir, platform)) {
        return `${wdPath} is named ${manifest/* MANIFEST_NAME */.ir}, the name reserved for the manifests of output directories`;
    }
    for (const c of contracts) {
        if ((0,paths/* collisionKey */.EE)(external_node_path_default().resolve(c.absFile), platform) === key) {
            return `${wdPath} would overwrite the contract ${c.file}; a plugin never replaces a pacto.yaml, even with feeds-contract: true`;
        }
        const other = external_node_path_default().resolve(c.absDir);
        if (other !== bundleDir && (0,shared_paths/* isInside */.F)(bundleDir, other) && (0,shared_paths/* isInside */.F)(other, target)) {
            return `${wdPath} is inside another bundle, ${c.bundle}; a plugin with feeds-contract: true writes only into its own bundle`;
        }
    }
    return null;
}
/**
 * Why `target` is not in its own bundle once symbolic links are resolved, or null: a linked
 * directory (the output directory itself included) can lead out of the bundle, or into a nested
 * bundle, matched by the contracts patterns or not.
 */
async function linkedOut(r, target, wd, wdReal) {
    const wdPath = (0,paths/* toSlash */.n$)(external_node_path_default().relative(wd, target));
    let bundleReal;
    let dir;
    try {
        bundleReal = await (0,paths/* resolveExisting */._j)(r.job.contract.absDir);
        dir = await (0,paths/* resolveExisting */._j)(external_node_path_default().dirname(target));
    }
    catch {
        return null; // a dangling link on the way: the write rules refuse it
    }
    if (!(0,shared_paths/* isInside */.F)(bundleReal, dir)) {
        return `${wdPath} resolves to ${(0,paths/* toSlash */.n$)(external_node_path_default().relative(wdReal, dir)) || '.'} through a symbolic link, outside the bundle ${r.job.contract.bundle}; a plugin with feeds-contract: true writes only into its own bundle`;
    }
    const nested = await (0,manifest_rules/* contractDirBetween */.Gn)(bundleReal, dir);
    if (nested === null)
        return null;
    return `${wdPath} is inside another bundle, ${(0,paths/* toSlash */.n$)(external_node_path_default().relative(wdReal, nested)) || '.'}; a plugin with feeds-contract: true writes only into its own bundle`;
}
/**
 * Checks every feeding job's paths against the rules above and reads the files that will be
 * applied. `contracts` are every discovered contract (their bundles and pacto.yaml files).
 */
async function guardFeeds(results, contracts, octx) {
    const platform = octx.platform ?? process.platform;
    const wd = external_node_path_default().resolve(octx.config.workingDirectory);
    const wdReal = await promises_default().realpath(wd).catch(() => wd);
    const out = [...results];
    const owners = new Map();
    const targets = new Map();
    for (const [i, r] of results.entries()) {
        if (r.status !== 'ok')
            continue;
        const list = [];
        let error = null;
        for (const f of r.files) {
            const abs = (0,paths/* joinRelative */.r3)(external_node_path_default().resolve(r.job.absOutputDir), f.path);
            error = feedProblem(r, f.path, abs, contracts, wd, platform);
            if (error === null)
                error = await linkedOut(r, abs, wd, wdReal);
            if (error === null) {
                const other = owners.get((0,paths/* collisionKey */.EE)(abs, platform));
                if (other !== undefined)
                    error = `two jobs write the same file: ${who(r)} writes ${(0,paths/* toSlash */.n$)(external_node_path_default().relative(wd, abs))}, and ${other} already writes it`;
            }
            if (error !== null)
                break;
            list.push({ abs, staged: (0,paths/* joinRelative */.r3)(r.stagingDir, f.path) });
        }
        if (error !== null) {
            out[i] = failed(r, `${who(r)}: ${error}`);
            continue;
        }
        for (const t of list)
            owners.set((0,paths/* collisionKey */.EE)(t.abs, platform), who(r));
        targets.set(i, list);
    }
    // What applying would refuse (pass 1 of apply, claims.ts), before anything is applied: a path
    // through a file or a dangling link, a protected file, two names of one file, a directory in the way.
    const wdPathOf = (abs) => (0,paths/* toSlash */.n$)(external_node_path_default().relative(wd, abs));
    const look = (0,paths/* memoLookups */.k2)();
    const protectedKeys = await (0,claims/* protectedTargets */.R4)(octx, out, platform, wdPathOf);
    const manifestKeys = await (0,claims/* manifestTargets */.uF)(out, look, platform);
    const { plans } = await (0,claims/* claimTargets */.Fx)(out, { wd, wdReal, platform, protectedKeys, manifestKeys, wdPathOf, look }, []);
    for (const [i, plan] of plans.entries()) {
        const r = out[i];
        if (r.status !== 'ok')
            continue;
        if (plan.report.status === 'failed') {
            out[i] = failed(r, `${who(r)}: ${plan.report.error ?? 'refused'}`);
            continue;
        }
        for (const p of plan.files) {
            const existing = await (0,tree/* inspect */.Nn)(p.target);
            if (existing.kind === 'dir' || existing.kind === 'other') {
                out[i] = failed(r, `${who(r)}: cannot write ${p.wdPath}: a ${existing.kind === 'dir' ? 'directory' : 'special file'} is in the way`);
                break;
            }
        }
    }
    // All or nothing per bundle.
    const failedIn = new Map();
    for (const r of out) {
        if (r.status === 'failed')
            failedIn.set(external_node_path_default().resolve(r.job.contract.absDir), r.job.plugin.name);
    }
    const files = new Map();
    for (const [i, r] of out.entries()) {
        if (r.status !== 'ok')
            continue;
        const culprit = failedIn.get(external_node_path_default().resolve(r.job.contract.absDir));
        if (culprit !== undefined) {
            out[i] = failed(r, `${who(r)}: nothing written for the bundle ${r.job.contract.bundle}, because plugin ${culprit} failed on it (a bundle's feeding outputs are applied together or not at all)`);
            continue;
        }
        const list = targets.get(i) ?? [];
        files.set(i, await Promise.all(list.map(async (t) => ({ abs: t.abs, bytes: await promises_default().readFile(t.staged) }))));
    }
    return { results: out, files };
}

// EXTERNAL MODULE: ./src/outputs/manifest-state.ts
var manifest_state = __webpack_require__(59701);
// EXTERNAL MODULE: ./src/generate/generate.ts + 1 modules
var generate = __webpack_require__(9119);
// EXTERNAL MODULE: ./src/generate/job.ts + 3 modules
var job = __webpack_require__(38682);
;// CONCATENATED MODULE: ./src/generate/feed.ts
/**
 * A run with plugins that feed the contract (`feeds-contract: true`), in Pacto's own order:
 * `pacto generate <feeding plugin>` on every contract that parses, then `pacto validate`, then
 * the other generators. Generate writes the fed files before validating; check validates
 * against an in-memory overlay of them and gives the ordinary plugins a copy of each changed
 * bundle with the fed files applied, so it predicts exactly what generate would write.
 */










async function generateWithFeeds(ctx, stage = job/* outputsStage */.BQ) {
    const { config, io } = ctx;
    const check = config.mode === 'check';
    const feeders = ctx.plugins.filter((p) => p.spec.feedsContract === true);
    const ordinary = ctx.plugins.filter((p) => p.spec.feedsContract !== true);
    // 1. Feeding plugins, on every contract that parses; referenced files are theirs to write.
    const fed = new Map();
    /** The feeding jobs' output directories: their manifests are the feeding stage's. */
    const feedDirs = new Set();
    const feedStage = feedingStage(stage, ctx.contracts, fed, feedDirs);
    io.info(`Feeding the contracts: ${feeders.map((p) => p.name).join(', ')} (feeds-contract: true) on every contract that parses`);
    const unprotected = ctx.contracts.map((c) => ({ ...c, referencedFiles: [] }));
    const feederNames = new Set(feeders.map((p) => p.name));
    const feedGen = await (0,generate.generate)({ ...ctx, plugins: feeders, parsedSuffices: true, outputContracts: unprotected, feeders: feederNames }, feedStage);
    // The ordinary stage writes its own patch to the same place: keep this one to prepend.
    const feedPatch = feedGen.drift?.patchFile ? await promises_default().readFile(feedGen.drift.patchFile) : null;
    // 2. Validate each fed bundle again: on disk (generate), or through the overlay (check).
    const all = [...fed.values()].flat();
    const gone = check ? cleaned(feedGen, ctx.contracts, config.workingDirectory) : new Map();
    const reader = check ? (0,files/* overlayReader */.G_)(new Map(all.map((f) => [f.abs, f.bytes])), undefined, [...gone.values()].flat()) : undefined;
    // Generate: every contract the feeding stage ran on, withheld bundles too, since the recovery of
    // an interrupted run may have changed their files after the first validation.
    const ranOn = check ? new Set() : new Set(feedGen.jobs.map((j) => j.contract));
    const touched = ctx.contracts.filter((c) => fed.has(external_node_path_default().resolve(c.absDir)) || gone.has(external_node_path_default().resolve(c.absDir)) || ranOn.has(c.file));
    const again = touched.length > 0 ? await ctx.revalidate(touched.map(bundleOf), reader) : [];
    const byFile = new Map(again.map((c) => [c.absFile, c]));
    const contracts = ctx.contracts.map((c) => byFile.get(c.absFile) ?? c);
    for (const c of again) {
        const before = ctx.contracts.find((x) => x.absFile === c.absFile);
        if (before && !before.valid && c.valid)
            io.info(`${c.file}: valid with the files its feeding plugins ${check ? 'would write' : 'wrote'}`);
    }
    if (ordinary.length === 0)
        return { contracts, generation: feedGen };
    // 3. The other plugins, on the valid contracts, seeing the fed files.
    const ordinaryStage = refusingFedTargets(stage, all, feedDirs, config.workingDirectory);
    const manifestSeeds = await seedsOf(feedGen, config.workingDirectory);
    const copies = check ? await overlayCopies(fed, gone, manifestSeeds, config.runnerTemp) : { dirs: new Map(), root: null };
    let ordinaryGen;
    try {
        // With fail-fast, a failed feeding job stops the ordinary plugins before they start.
        const stopped = config.failFast && feedGen.jobs.some((j) => j.status === 'failed');
        ordinaryGen = await (0,generate.generate)({ ...ctx, contracts, plugins: ordinary, bundleDirs: copies.dirs, stopped, manifestSeeds, feeders: feederNames }, ordinaryStage);
    }
    finally {
        if (copies.root)
            await promises_default().rm(copies.root, { recursive: true, force: true });
    }
    return { contracts, generation: await mergeGenerations(feedGen, ordinaryGen, feedPatch) };
}
/**
 * The feeding jobs' outputs: guarded (feed-rules.ts) before anything is applied, the fed files
 * of each applied job recorded by bundle directory for the revalidation, and every feeding
 * output directory noted (its manifest belongs to this stage).
 */
function feedingStage(stage, contracts, fed, feedDirs) {
    return {
        ...stage,
        applyOutputs: async (results, octx) => {
            for (const r of results)
                feedDirs.add(external_node_path_default().resolve(r.job.absOutputDir));
            const guarded = await guardFeeds(results, contracts, octx);
            const applied = await stage.applyOutputs(guarded.results, octx);
            for (const [i, files] of guarded.files) {
                if (applied.jobs[i]?.status !== 'ok')
                    continue;
                const dir = external_node_path_default().resolve(results[i].job.contract.absDir);
                fed.set(dir, [...(fed.get(dir) ?? []), ...files]);
            }
            return applied;
        },
    };
}
/**
 * The ordinary plugins' outputs: a job that would write a fed file, or the manifest of a feeding
 * output directory, fails before anything is applied.
 */
function refusingFedTargets(stage, all, feedDirs, workingDirectory) {
    return {
        ...stage,
        applyOutputs: async (results, octx) => {
            // Compared once symbolic links are resolved: a linked directory is another name for a fed file.
            const platform = octx.platform ?? process.platform;
            const look = (0,paths/* memoLookups */.k2)();
            const realKey = async (abs) => {
                const dir = await look.resolve(external_node_path_default().dirname(abs)).catch(() => external_node_path_default().dirname(external_node_path_default().resolve(abs)));
                return (0,paths/* collisionKey */.EE)(external_node_path_default().join(dir, external_node_path_default().basename(abs)), platform);
            };
            const taken = new Map();
            for (const f of all)
                taken.set(await realKey(f.abs), 'is written by a plugin with feeds-contract: true; give each file one plugin');
            for (const d of feedDirs)
                taken.set(await realKey(external_node_path_default().join(d, manifest/* MANIFEST_NAME */.ir)), `is the manifest of the feeding plugins' output directory (${manifest/* MANIFEST_NAME */.ir} is reserved)`);
            const guarded = await Promise.all(results.map(async (r) => {
                if (r.status !== 'ok')
                    return r;
                let hit;
                for (const f of r.files) {
                    const abs = (0,paths/* joinRelative */.r3)(external_node_path_default().resolve(r.job.absOutputDir), f.path);
                    const why = taken.get(await realKey(abs));
                    if (why !== undefined) {
                        hit = { abs, why };
                        break;
                    }
                }
                if (hit === undefined)
                    return r;
                return {
                    job: r.job,
                    status: 'failed',
                    error: `plugin ${r.job.plugin.name} for ${r.job.contract.file}: ${external_node_path_default().relative(workingDirectory, hit.abs).split((external_node_path_default()).sep).join('/')} ${hit.why}`,
                    exitCode: 0,
                    signal: null,
                    stderrTail: r.stderrTail,
                    durationMs: r.durationMs,
                    stagingDir: r.stagingDir,
                };
            }));
            return stage.applyOutputs(guarded, octx);
        },
    };
}
/**
 * Check mode: the manifests the feeding stage would change, as it would leave them. An ordinary
 * plugin writing into the same directory continues from them, so that manifest is reported
 * once, from the tree to its final bytes.
 */
async function seedsOf(gen, workingDirectory) {
    const seeds = new Map();
    const root = gen.drift?.expectedRoot;
    if (!root)
        return seeds;
    for (const e of gen.drift.entries) {
        if (!(0,manifest_state/* isManifestPath */.HS)(e.path) || (e.status !== 'changed' && e.status !== 'new'))
            continue;
        const bytes = await promises_default().readFile((0,paths/* joinRelative */.r3)(root, e.path)).catch(() => null);
        if (bytes !== null)
            seeds.set((0,paths/* joinRelative */.r3)(external_node_path_default().resolve(workingDirectory), e.path), bytes);
    }
    return seeds;
}
/** The patch without the sections of `paths` (working-directory-relative). */
function withoutSections(patch, paths) {
    if (paths.size === 0)
        return patch;
    const sections = patch.toString('latin1').split(/(?=^diff --git )/m);
    const kept = sections.filter((sec) => {
        const header = sec.split('\n', 1)[0];
        return ![...paths].some((p) => header.endsWith(` b/${p}`) || header.endsWith(`/${p}`));
    });
    return Buffer.from(kept.join(''), 'latin1');
}
/**
 * Check mode with clean: the files the feeding stage would delete (no longer produced), by
 * bundle directory, so the overlay and the bundle copies leave them out as generate's tree will.
 */
function cleaned(gen, contracts, workingDirectory) {
    const gone = new Map();
    const wd = external_node_path_default().resolve(workingDirectory);
    for (const e of gen.drift?.entries ?? []) {
        if (e.status !== 'stale' || e.severity === 'warning' || (0,manifest_state/* isManifestPath */.HS)(e.path))
            continue;
        const abs = (0,paths/* joinRelative */.r3)(wd, e.path);
        const owner = gen.files.find((f) => f.path === e.path && f.status === 'stale');
        const c = contracts.find((x) => x.file === owner?.contract);
        if (!c || !(0,shared_paths/* isInside */.F)(external_node_path_default().resolve(c.absDir), abs))
            continue;
        const dir = external_node_path_default().resolve(c.absDir);
        gone.set(dir, [...(gone.get(dir) ?? []), abs]);
    }
    return gone;
}
function bundleOf(c) {
    return { file: c.file, bundle: c.bundle, absFile: c.absFile, absDir: c.absDir };
}
/** Whether the tree already holds exactly these bytes. */
async function onDisk(f) {
    try {
        return (await promises_default().readFile(f.abs)).equals(f.bytes);
    }
    catch {
        return false;
    }
}
/**
 * Check mode: a temporary copy of each bundle whose fed files (or the manifests the feeding stage
 * writes there, `seeds`) differ from the tree, with them applied (`.git` left out). A bundle whose
 * fed files are already there keeps its own directory, so its plugins get exactly the request
 * generate would give them.
 */
async function overlayCopies(fed, gone, seeds, runnerTemp) {
    const dirs = new Map();
    let root = null;
    for (const dir of new Set([...fed.keys(), ...gone.keys()])) {
        const stale = [];
        for (const f of fed.get(dir) ?? [])
            if (!(await onDisk(f)))
                stale.push(f);
        for (const [abs, bytes] of seeds)
            if ((0,shared_paths/* isInside */.F)(dir, abs))
                stale.push({ abs, bytes });
        const removed = gone.get(dir) ?? [];
        if (stale.length === 0 && removed.length === 0)
            continue;
        root ??= await promises_default().mkdtemp(external_node_path_default().join(external_node_path_default().resolve(runnerTemp), 'pacto-overlay-'));
        const copy = external_node_path_default().join(root, String(dirs.size), external_node_path_default().basename(dir));
        await promises_default().cp(dir, copy, { recursive: true, verbatimSymlinks: true, filter: (src) => external_node_path_default().basename(src) !== '.git' });
        await relink(dir, copy);
        for (const f of stale)
            await layFile(copy, external_node_path_default().relative(dir, f.abs), f.bytes);
        for (const abs of removed) {
            const at = external_node_path_default().join(copy, external_node_path_default().relative(dir, abs));
            if ((0,shared_paths/* isInside */.F)(copy, at))
                await promises_default().rm(at, { force: true });
        }
        dirs.set(dir, copy);
    }
    return { dirs, root };
}
/**
 * Points each symbolic link of the copy where the original's points, as generate will see it: a
 * link into the bundle at the copy's counterpart (so it shows the fed files), any other link at
 * its absolute target (a relative one would dangle from the temporary directory).
 */
async function relink(dir, copy) {
    const real = await promises_default().realpath(dir);
    const walk = async (rel) => {
        for (const e of await promises_default().readdir(external_node_path_default().join(copy, rel), { withFileTypes: true })) {
            const child = external_node_path_default().join(rel, e.name);
            if (e.isDirectory())
                await walk(child);
            if (!e.isSymbolicLink())
                continue;
            const orig = external_node_path_default().join(dir, child);
            const at = external_node_path_default().join(copy, child);
            const target = await promises_default().realpath(orig).catch(async () => external_node_path_default().resolve(external_node_path_default().dirname(orig), await promises_default().readlink(orig)));
            const link = (0,shared_paths/* isInside */.F)(real, target) ? external_node_path_default().relative(external_node_path_default().dirname(at), external_node_path_default().join(copy, external_node_path_default().relative(real, target))) || '.' : target;
            await promises_default().rm(at);
            await promises_default().symlink(link, at);
        }
    };
    await walk('');
}
/** Writes `bytes` at `rel` inside the copy without following any symbolic link out of it. */
async function layFile(copy, rel, bytes) {
    const segs = rel.split((external_node_path_default()).sep);
    let at = copy;
    for (const seg of segs.slice(0, -1)) {
        at = external_node_path_default().join(at, seg);
        const st = await promises_default().lstat(at).catch(() => null);
        if (st?.isSymbolicLink()) {
            const real = await promises_default().realpath(at).catch(() => null);
            // A link within the copy leads to the copy's own file, as generate writes through it.
            if (real !== null && (0,shared_paths/* isInside */.F)(await promises_default().realpath(copy), real))
                continue;
            // Any other linked directory is copied in place, so the fed file lands in the copy, not behind the link.
            await promises_default().rm(at, { force: true });
            if (real !== null && (await promises_default().stat(real)).isDirectory())
                await promises_default().cp(real, at, { recursive: true, verbatimSymlinks: true });
            else
                await promises_default().mkdir(at);
        }
        else if (st === null) {
            await promises_default().mkdir(at);
        }
    }
    const dest = external_node_path_default().join(copy, rel);
    if (!(0,shared_paths/* isInside */.F)(copy, dest))
        throw new Error(`${rel} is outside the bundle copy`);
    await promises_default().rm(dest, { force: true });
    await promises_default().writeFile(dest, bytes);
}
/** Both stages' results as one: feeding jobs first, drift and patches concatenated. */
async function mergeGenerations(a, b, aPatch) {
    const merged = {
        jobs: [...a.jobs, ...b.jobs],
        files: [...a.files, ...b.files],
        changed: a.changed || b.changed,
        drift: null,
        errors: [...a.errors, ...b.errors],
    };
    const warnings = [...(a.warnings ?? []), ...(b.warnings ?? [])];
    if (warnings.length > 0)
        merged.warnings = warnings;
    const notices = [...(a.notices ?? []), ...(b.notices ?? [])];
    if (notices.length > 0)
        merged.notices = notices;
    if (!a.drift && !b.drift)
        return merged;
    const da = a.drift ?? { entries: [], patchFile: null, patchRoot: null, expectedRoot: null, hints: [] };
    const db = b.drift ?? { entries: [], patchFile: null, patchRoot: null, expectedRoot: null, hints: [] };
    // A manifest both stages report (a shared output directory): the later one holds the whole change.
    const later = new Set(db.entries.map((e) => e.path));
    const twice = new Set(da.entries.filter((e) => (0,manifest_state/* isManifestPath */.HS)(e.path) && later.has(e.path)).map((e) => e.path));
    if (twice.size > 0) {
        da.entries = da.entries.filter((e) => !twice.has(e.path));
        merged.files = [...a.files.filter((f) => !twice.has(f.path)), ...b.files];
        if (aPatch !== null)
            aPatch = withoutSections(aPatch, twice);
    }
    const patchFile = db.patchFile ?? da.patchFile;
    if (aPatch !== null && db.patchFile !== null) {
        await promises_default().writeFile(db.patchFile, Buffer.concat([aPatch, await promises_default().readFile(db.patchFile)]));
    }
    let expectedRoot = db.expectedRoot ?? da.expectedRoot;
    if (da.expectedRoot && db.expectedRoot) {
        // The later stage's files (a shared manifest) are the final ones.
        await promises_default().cp(da.expectedRoot, db.expectedRoot, { recursive: true, force: false, errorOnExist: false });
        await promises_default().rm(da.expectedRoot, { recursive: true, force: true });
        expectedRoot = db.expectedRoot;
    }
    merged.drift = {
        entries: [...da.entries, ...db.entries],
        patchFile,
        patchRoot: db.patchRoot ?? da.patchRoot ?? null,
        expectedRoot,
        hints: [...new Set([...da.hints, ...db.hints])],
    };
    return merged;
}


/***/ })

};

//# sourceMappingURL=667.index.js.map
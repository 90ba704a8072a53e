export const id = 991;
export const ids = [991];
export const modules = {

/***/ 34991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadOutputs: () => (/* binding */ uploadOutputs)
});

// EXTERNAL MODULE: ./src/publish/artifact/preflight.ts
var preflight = __webpack_require__(55237);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/paths.ts
var paths = __webpack_require__(40405);
// EXTERNAL MODULE: ./src/publish/artifact/name.ts
var artifact_name = __webpack_require__(13999);
;// CONCATENATED MODULE: ./src/publish/artifact/stage.ts
/**
 * Builds the one directory the artifact is zipped from, so the zip's layout is exactly the
 * layout the user gets back: generate mode mirrors the working directory, check mode mirrors
 * what the repository should contain.
 */




const REPORT_NAME = 'pacto-report.json';
const PATCH_NAME = 'pacto-drift.patch';
async function stageArtifact(input) {
    const warnings = [];
    const collected = input.mode === 'check' ? await checkEntries(input, warnings) : await generateEntries(input, warnings);
    if ('empty' in collected)
        return { kind: 'empty', reason: collected.empty, warnings };
    const { entries, reportPath, patchPath } = collected;
    const bad = entries.filter((e) => (0,artifact_name/* forbiddenPathCharacter */.At)(e.rel) !== null);
    if (bad.length > 0) {
        return {
            kind: 'error',
            error: `Cannot upload the artifact: the artifact service refuses file paths containing " : < > | * ? or line breaks, ` +
                `and these outputs have them: ${bad.map((e) => `"${(0,artifact_name/* printable */.g$)(e.rel)}"`).join(', ')}. Rename them (output-dir or the plugin's file names).`,
        };
    }
    await promises_default().mkdir(input.runnerTemp, { recursive: true });
    const root = await promises_default().mkdtemp(external_node_path_default().join(input.runnerTemp, 'pacto-artifact-'));
    try {
        for (const e of entries) {
            const dest = external_node_path_default().join(root, ...e.rel.split('/'));
            await promises_default().mkdir(external_node_path_default().dirname(dest), { recursive: true });
            if (typeof e.source === 'string')
                await promises_default().copyFile(e.source, dest);
            else
                await promises_default().writeFile(dest, e.source.content);
        }
    }
    catch (err) {
        await promises_default().rm(root, { recursive: true, force: true });
        return { kind: 'error', error: `Cannot stage the artifact in ${input.runnerTemp}: ${err?.message ?? String(err)}` };
    }
    const paths = entries.map((e) => e.rel).sort(byteOrder);
    return {
        kind: 'staged',
        staged: { root, paths, files: paths.map((p) => external_node_path_default().join(root, ...p.split('/'))), reportPath, patchPath, warnings },
    };
}
async function removeStaging(staged) {
    await promises_default().rm(staged.root, { recursive: true, force: true });
}
async function generateEntries(input, warnings) {
    if (input.generation === null) {
        return { empty: `nothing was generated in this run (mode: ${input.mode}, or generation did not run)` };
    }
    const entries = [];
    const seen = new Set();
    for (const f of input.generation.files) {
        if (f.status === 'deleted' || seen.has(f.path))
            continue;
        seen.add(f.path);
        const source = external_node_path_default().resolve(input.workingDirectory, f.path);
        if (!(0,paths/* isStrictlyInside */.P)(input.workingDirectory, source) || f.path.includes('\\')) {
            warnings.push(`Left out of the artifact: "${(0,artifact_name/* printable */.g$)(f.path)}" is not a relative path inside the working directory.`);
            continue;
        }
        if (!(await isRegularFile(source))) {
            warnings.push(`Left out of the artifact: ${f.path} is not a regular file on disk.`);
            continue;
        }
        entries.push({ rel: f.path.split((external_node_path_default()).sep).join('/'), source });
    }
    if (entries.length === 0) {
        return { empty: 'no output files were produced (every job failed or was skipped, or only deletions were made)' };
    }
    const reportPath = freePath(entries.map((e) => e.rel), REPORT_NAME);
    entries.push({ rel: reportPath, source: { content: input.reportJson } });
    return { entries, reportPath, patchPath: null };
}
async function checkEntries(input, warnings) {
    const drift = input.generation?.drift ?? null;
    const entries = [];
    if (drift?.expectedRoot) {
        for (const rel of await listFiles(drift.expectedRoot, warnings)) {
            entries.push({ rel, source: external_node_path_default().join(drift.expectedRoot, ...rel.split('/')) });
        }
    }
    let patchPath = null;
    if (drift?.patchFile) {
        if (await isRegularFile(drift.patchFile)) {
            patchPath = freePath(entries.map((e) => e.rel), PATCH_NAME);
            entries.push({ rel: patchPath, source: drift.patchFile });
        }
        else {
            warnings.push(`Left out of the artifact: the drift patch ${drift.patchFile} does not exist.`);
        }
    }
    if (entries.length === 0) {
        return {
            empty: input.generation === null
                ? 'nothing was generated in this run, so there is no expected tree'
                : 'there is no expected tree and no drift patch',
        };
    }
    return { entries, reportPath: null, patchPath };
}
/** Regular files under dir, relative and sorted; symbolic links are left out with a warning. */
async function listFiles(dir, warnings) {
    const out = [];
    const walk = async (abs, rel) => {
        const dirents = await promises_default().readdir(abs, { withFileTypes: true });
        for (const d of dirents) {
            const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
            if (d.isDirectory())
                await walk(external_node_path_default().join(abs, d.name), childRel);
            else if (d.isFile())
                out.push(childRel);
            else
                warnings.push(`Left out of the artifact: ${childRel} in the expected tree is not a regular file.`);
        }
    };
    try {
        await walk(dir, '');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            throw err;
        warnings.push(`The expected tree ${dir} does not exist.`);
    }
    return out.sort(byteOrder);
}
/**
 * `name` at the root, or under `_pacto/` (then `_pacto-2/`, ...) when a generated file already
 * uses that path or a directory of it: the generated files keep their own paths.
 */
function freePath(taken, name) {
    const clashes = (candidate) => taken.some((t) => t === candidate || t.startsWith(`${candidate}/`) || candidate.startsWith(`${t}/`));
    if (!clashes(name))
        return name;
    for (let i = 1; i <= taken.length + 1; i++) {
        const candidate = `${i === 1 ? '_pacto' : `_pacto-${i}`}/${name}`;
        if (!clashes(candidate))
            return candidate;
    }
    throw new Error('unreachable: more candidates than taken paths');
}
async function isRegularFile(p) {
    try {
        return (await promises_default().lstat(p)).isFile();
    }
    catch {
        return false;
    }
}
function byteOrder(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 303 modules
var artifact = __webpack_require__(9645);
;// CONCATENATED MODULE: ./src/publish/artifact/upload.ts
/**
 * The one place that talks to @actions/artifact. Only src/publish/artifact* may import it, and
 * main loads this module lazily, so runs without an upload never pay the client's start-up.
 */

/** Names the client reads from process.env (it has no other way to be configured). */
const CLIENT_ENV_KEYS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_RETENTION_DAYS',
    'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
    'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
    'ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT',
];
async function uploadStaged(req, env) {
    return withClientEnv(env, async () => {
        const client = new artifact/* DefaultArtifactClient */.t9();
        let replacedId = null;
        if (req.overwrite) {
            try {
                replacedId = (await client.deleteArtifact(req.name)).id;
            }
            catch (err) {
                if (errorName(err) !== 'ArtifactNotFoundError') {
                    return { ok: false, error: `Could not delete the existing artifact "${req.name}" to overwrite it: ${messageOf(err)}` };
                }
            }
        }
        try {
            const res = await client.uploadArtifact(req.name, req.files, req.root, {
                retentionDays: req.retentionDays ?? undefined,
                compressionLevel: req.compressionLevel,
            });
            if (res.id === undefined || !res.digest) {
                return { ok: false, error: `The artifact service accepted "${req.name}" but returned no id or digest.` };
            }
            return { ok: true, id: res.id, size: res.size ?? 0, digest: res.digest, replacedId };
        }
        catch (err) {
            return { ok: false, error: describeUploadError(err, req.name, req.overwrite) };
        }
    });
}
/** Turns the client's errors into what the user has to do about them. */
function describeUploadError(err, name, overwrite) {
    const message = messageOf(err);
    const conflict = /\(409\)/.test(message) || /already exists/i.test(message);
    if (conflict && overwrite) {
        // The old artifact was deleted (or absent) a moment ago: another job of the run took the name.
        return (`An artifact named "${name}" was created by another job of this workflow run while this one was replacing it. ` +
            'Give each job its own `artifact-name` (matrix legs without `shard` each need their own name, for example include `${{ matrix.<key> }}`). ' +
            `(${message})`);
    }
    if (conflict) {
        return (`An artifact named "${name}" already exists in this workflow run. Set \`overwrite: true\` to replace it, ` +
            'or change `artifact-name` (matrix legs without `shard` each need their own name, for example include `${{ matrix.<key> }}`). ' +
            `(${message})`);
    }
    if (errorName(err) === 'UsageError')
        return `Artifact upload failed: ${message}`;
    if (errorName(err) === 'RestError') {
        // From the blob store (@azure/storage-blob); its message is often empty, the status is not.
        const e = err;
        const status = [e.statusCode ? `HTTP ${e.statusCode}` : '', e.code ?? ''].filter(Boolean).join(' ');
        return `Artifact upload failed for "${name}": the blob store refused the upload${status ? ` (${status})` : ''}${message ? `: ${message}` : ''}`;
    }
    return `Artifact upload failed for "${name}": ${message || String(err)}`;
}
/**
 * Runs fn with the client's variables taken from env. The action passes process.env itself; a
 * different env (tests, the local runner) is applied for the call only, then restored.
 */
async function withClientEnv(env, fn) {
    if (env === process.env)
        return fn();
    const saved = new Map(CLIENT_ENV_KEYS.map((k) => [k, process.env[k]]));
    for (const k of CLIENT_ENV_KEYS) {
        if (env[k] === undefined)
            delete process.env[k];
        else
            process.env[k] = env[k];
    }
    try {
        return await fn();
    }
    finally {
        for (const [k, v] of saved) {
            if (v === undefined)
                delete process.env[k];
            else
                process.env[k] = v;
        }
    }
}
/** The client's error classes set `name` explicitly, which survives bundling. */
function errorName(err) {
    return typeof err?.name === 'string' ? err.name : '';
}
/** The message, with any SAS signature (`sig=`) in it blanked: it grants write access to the blob. */
function messageOf(err) {
    // Duck-typed: errors from another realm (a vm context) are not `instanceof Error` here.
    const message = typeof err?.message === 'string' ? err.message : String(err);
    return message.replace(/([?&]sig=)[^&\s"'<>]+/gi, '$1***');
}

;// CONCATENATED MODULE: ./src/publish/artifact/url.ts
/** The artifact's page, built the way actions/upload-artifact builds its `artifact-url` output. */
function artifactUrl(env, id) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repo = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    if (!repo || !runId)
        return '';
    return `${server}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}

;// CONCATENATED MODULE: ./src/publish/artifact.ts




/**
 * Never throws for an expected failure: problems come back in `error` (the step should fail)
 * or `warnings` (nothing to upload, files left out). Annotations are left to the reporter.
 * `files` counts the artifact's entries (report or patch included) once uploaded.
 */
async function uploadOutputs(ctx) {
    const { config, env, io } = ctx;
    const pre = (0,preflight/* artifactPreflight */.i)(config, env);
    const result = {
        uploaded: false,
        id: '',
        url: '',
        digest: '',
        name: pre.name,
        files: 0,
        error: null,
        warnings: [],
        size: 0,
    };
    if (!config.uploadArtifact)
        return result;
    if (pre.problems.length > 0) {
        result.error = pre.problems.join('\n');
        return result;
    }
    const staging = await collectFiles(ctx, pre.name);
    if (staging.kind === 'error') {
        result.error = staging.error;
        return result;
    }
    if (staging.kind === 'empty') {
        result.warnings.push(...staging.warnings);
        const message = `Nothing to upload as artifact "${pre.name}": ${staging.reason}. No artifact was created.`;
        // A check that found no drift has nothing to hand over by design: that is news, not a warning.
        const cleanCheck = config.mode === 'check' && ctx.generation?.drift?.entries.length === 0;
        if (cleanCheck)
            io.info(message);
        else
            result.warnings.push(message);
        return result;
    }
    const staged = staging.staged;
    result.warnings.push(...staged.warnings);
    io.startGroup(`Uploading artifact "${pre.name}" (${staged.paths.length} file${staged.paths.length === 1 ? '' : 's'})`);
    try {
        const outcome = await uploadStaged({
            name: pre.name,
            root: staged.root,
            files: staged.files,
            retentionDays: config.retentionDays,
            compressionLevel: config.compressionLevel,
            overwrite: config.overwrite,
        }, env);
        if (!outcome.ok) {
            result.error = outcome.error;
            return result;
        }
        if (outcome.replacedId !== null)
            io.info(`Replaced the earlier artifact "${pre.name}" (id ${outcome.replacedId}).`);
        Object.assign(result, {
            uploaded: true,
            files: staged.paths.length,
            id: String(outcome.id),
            url: artifactUrl(env, outcome.id),
            digest: outcome.digest,
            size: outcome.size,
            reportPath: staged.reportPath,
            patchPath: staged.patchPath,
        });
        io.info(`Uploaded artifact "${pre.name}": id ${outcome.id}, ${outcome.size} bytes, sha256 ${outcome.digest}${result.url ? `, ${result.url}` : ''}`);
        return result;
    }
    finally {
        io.endGroup();
        await removeStaging(staged);
    }
}
/** The files the artifact holds, staged under RUNNER_TEMP; a failure to collect them is the step's error. */
async function collectFiles(ctx, name) {
    const { config } = ctx;
    try {
        return await stageArtifact({
            mode: config.mode,
            workingDirectory: config.workingDirectory,
            runnerTemp: config.runnerTemp,
            generation: ctx.generation,
            reportJson: ctx.reportJson,
        });
    }
    catch (err) {
        return { kind: 'error', error: `Cannot collect the files for artifact "${name}": ${err?.message ?? String(err)}` };
    }
}


/***/ })

};

//# sourceMappingURL=991.index.js.map
export const id = 725;
export const ids = [725];
export const modules = {

/***/ 27725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeSource: () => (/* binding */ describeSource),
  failureText: () => (/* binding */ failureText),
  resolvePlugins: () => (/* binding */ resolvePlugins)
});

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
// EXTERNAL MODULE: ./src/shared/hash.ts
var hash = __webpack_require__(49913);
;// CONCATENATED MODULE: ./src/plugins/cache.ts
/**
 * Tool-cache entries for downloaded plugins. tool-cache only finds semver versions, so the identity
 * of a download (its URL or coordinates, and its checksum) goes into the tool name as a short hash,
 * and the version directory is the plugin's version when it is semver, else 0.0.0.
 */


function cacheEntry(name, identity, version, arch) {
    const hash8 = (0,hash/* sha256 */.s)(identity.join('\n')).slice(0, 8);
    const semver = version !== null && tool_cache/* isExplicitVersion */.FV(version) ? version : '0.0.0';
    return { tool: `pacto-plugin-${name}-${hash8}`, version: semver, arch };
}
/** The cached directory, or null. Only complete entries count (tool-cache writes the marker last). */
function findCached(entry) {
    const dir = tool_cache/* find */.I6(entry.tool, entry.version, entry.arch);
    return dir === '' ? null : dir;
}
/**
 * For a download whose version is known only once installed (a local npm .tgz): any complete
 * version under the tool name, which already holds the download's identity.
 */
function findCachedAnyVersion(tool, arch) {
    for (const version of tool_cache/* findAllVersions */.iq(tool, arch)) {
        const dir = findCached({ tool, version, arch });
        if (dir !== null)
            return dir;
    }
    return null;
}
async function storeDir(dir, entry) {
    return tool_cache/* cacheDir */.e8(dir, entry.tool, entry.version, entry.arch);
}
/**
 * tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env at each call; set them from
 * the context for the duration of a resolution (on a runner they already hold these values).
 */
async function withToolCacheEnv(toolCache, runnerTemp, fn) {
    const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };
    process.env.RUNNER_TOOL_CACHE = toolCache;
    process.env.RUNNER_TEMP = runnerTemp;
    try {
        return await fn();
    }
    finally {
        restore('RUNNER_TOOL_CACHE', saved.cache);
        restore('RUNNER_TEMP', saved.temp);
    }
}
function restore(name, value) {
    if (value === undefined)
        delete process.env[name];
    else
        process.env[name] = value;
}

;// CONCATENATED MODULE: ./src/plugins/platform.ts
/** Maps Node's platform names to the ones release assets use (Go's GOOS/GOARCH). */
const OS = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH = { x64: 'amd64', arm64: 'arm64' };
function platformOf(nodePlatform, nodeArch) {
    return {
        os: OS[nodePlatform] ?? null,
        arch: ARCH[nodeArch] ?? null,
        ext: nodePlatform === 'win32' ? '.exe' : '',
        windows: nodePlatform === 'win32',
        nodePlatform,
        nodeArch,
    };
}
function unsupportedPlatform(p) {
    return `unsupported platform ${p.nodePlatform}/${p.nodeArch}: plugins are downloaded for linux, darwin and windows on x64 (amd64) and arm64`;
}
function executableName(name, p) {
    return `pacto-plugin-${name}${p.ext}`;
}
/**
 * Fills {name} {version} {os} {arch} {ext} (and {tag} for release assets).
 * Throws the unsupported-platform message when the template needs an unknown os or arch.
 */
function fillTemplate(template, vars, p) {
    return template.replace(/\{(name|version|os|arch|ext|tag)\}/g, (_m, v) => {
        switch (v) {
            case 'name':
                return vars.name;
            case 'version':
                return vars.version ?? '';
            case 'tag':
                return vars.tag ?? '';
            case 'ext':
                return p.ext;
            case 'os':
                if (p.os === null)
                    throw new Error(unsupportedPlatform(p));
                return p.os;
            default:
                if (p.arch === null)
                    throw new Error(unsupportedPlatform(p));
                return p.arch;
        }
    });
}

;// CONCATENATED MODULE: ./src/plugins/sources/context.ts
/** A resolution failure whose message is meant for the user as is. */
class PluginError extends Error {
    name = 'PluginError';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/plugins/checksum.ts
/** Parses `sha256sum` output (`<hex>  <name>` or `<hex> *<name>`), keyed by file name without a leading ./ */
function parseChecksums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64}) [ *]?(.+?)\s*$/.exec(line.trim());
        if (m)
            sums.set(m[2].replace(/^\.\//, ''), m[1].toLowerCase());
    }
    return sums;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 2 modules
var exec = __webpack_require__(75260);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(88701);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/plugins/archive.ts
/** Unpacks a verified download and finds the plugin executable in it. */







function kindFromName(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return 'tar.gz';
    if (lower.endsWith('.zip'))
        return 'zip';
    return 'raw';
}
/** Download URLs do not always end in the archive's suffix: look at the magic bytes too. */
async function sniffKind(file) {
    const fh = await external_node_fs_default().promises.open(file, 'r');
    try {
        const buf = Buffer.alloc(4);
        const { bytesRead } = await fh.read(buf, 0, 4, 0);
        if (bytesRead >= 2 && buf[0] === 0x1f && buf[1] === 0x8b)
            return 'tar.gz';
        if (bytesRead === 4 && buf.readUInt32LE(0) === 0x04034b50)
            return 'zip';
        return 'raw';
    }
    finally {
        await fh.close();
    }
}
/** Returns a fresh directory under runnerTemp holding the plugin (the raw file renamed to `exe`, or the extracted tree). */
async function unpack(file, kind, exe, runnerTemp) {
    const dir = external_node_path_default().join(runnerTemp, `pacto-plugin-${external_node_crypto_default().randomUUID()}`);
    if (kind === 'raw') {
        await external_node_fs_default().promises.mkdir(dir, { recursive: true });
        await external_node_fs_default().promises.copyFile(file, external_node_path_default().join(dir, exe));
        return dir;
    }
    await external_node_fs_default().promises.mkdir(dir, { recursive: true });
    try {
        if (kind === 'zip')
            await extractZip(file, dir);
        else
            await extractTarGz(file, dir);
        return dir;
    }
    catch (err) {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        throw new PluginError(`could not extract the ${kind} archive: ${(0,errors/* errorMessage */.g)(err)}`);
    }
}
/*
 * Extraction runs the same tools as tool-cache's extractTar/extractZip, but silently: tool-cache
 * echoes "[command]/usr/bin/tar xz ..." to the step log, outside the plugin's log group (plugins
 * resolve in parallel and their logs are replayed afterwards, one group each).
 */
const IS_WINDOWS = process.platform === 'win32';
async function extractTarGz(file, dir) {
    const version = await (0,exec/* getExecOutput */.H)('tar', ['--version'], { silent: true, ignoreReturnCode: true });
    const gnu = `${version.stdout}${version.stderr}`.toUpperCase().includes('GNU TAR');
    const args = ['xz'];
    let [fileArg, dirArg] = [file, dir];
    if (gnu) {
        args.push('--warning=no-unknown-keyword');
        if (IS_WINDOWS) {
            // GNU tar on Windows reads C: as a remote host without --force-local.
            args.push('--force-local');
            [fileArg, dirArg] = [file.replace(/\\/g, '/'), dir.replace(/\\/g, '/')];
        }
    }
    await quiet('tar', [...args, '-C', dirArg, '-f', fileArg]);
}
async function extractZip(file, dir) {
    if (IS_WINDOWS) {
        const shell = (await io/* which */.K7('pwsh', false)) || (await io/* which */.K7('powershell', true));
        const quote = (p) => `'${p.replace(/'/g, "''")}'`;
        await quiet(shell, [
            '-NoLogo',
            '-NoProfile',
            '-NonInteractive',
            '-Command',
            `$ErrorActionPreference = 'Stop'; Expand-Archive -LiteralPath ${quote(file)} -DestinationPath ${quote(dir)} -Force`,
        ]);
        return;
    }
    const unzip = await io/* which */.K7('unzip', false);
    if (!unzip)
        throw new Error('unzip is not installed (on Debian or Ubuntu: apt-get install unzip)');
    // -o: never prompt (a prompt would hang the run).
    await quiet(unzip, ['-o', '-q', file], dir);
}
async function quiet(tool, args, cwd) {
    const r = await (0,exec/* getExecOutput */.H)(tool, args, { silent: true, ignoreReturnCode: true, cwd });
    if (r.exitCode !== 0) {
        const output = `${r.stderr}\n${r.stdout}`
            .trim()
            .split(/\r?\n/)
            .filter((l) => l.trim() !== '')
            .slice(-10)
            .join('\n');
        throw new Error(`${external_node_path_default().basename(tool)} exited with code ${r.exitCode}${output === '' ? '' : `: ${output}`}`);
    }
}
const MAX_DEPTH = 6;
const MAX_ENTRIES = 20000;
/**
 * The shallowest regular file named `exe` (case-insensitively on Windows) under dir. Symlinks are
 * neither followed nor accepted. Throws, listing what the directory holds, when there is none.
 */
async function findExecutable(dir, exe, windows, where = 'the archive') {
    const same = (a) => (windows ? a.toLowerCase() === exe.toLowerCase() : a === exe);
    const listing = [];
    let level = [''];
    for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && listing.length < MAX_ENTRIES; depth++) {
        const next = [];
        const hits = [];
        for (const rel of level) {
            const entries = await external_node_fs_default().promises.readdir(external_node_path_default().join(dir, rel), { withFileTypes: true });
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const e of entries) {
                const relPath = rel === '' ? e.name : `${rel}/${e.name}`;
                listing.push(e.isDirectory() ? `${relPath}/` : e.isSymbolicLink() ? `${relPath} (symlink)` : relPath);
                if (e.isDirectory())
                    next.push(relPath);
                else if (e.isFile() && same(e.name))
                    hits.push(relPath);
            }
        }
        if (hits.length > 0)
            return external_node_path_default().join(dir, ...hits[0].split('/'));
        level = next;
    }
    const shown = listing.slice(0, 40);
    const more = listing.length > shown.length ? `, and ${listing.length - shown.length} more` : '';
    throw new PluginError(`no ${exe} in ${where}; it holds: ${shown.length > 0 ? shown.join(', ') : '(nothing)'}${more}`);
}
async function makeExecutable(file, windows) {
    if (windows)
        return;
    const mode = (await external_node_fs_default().promises.stat(file)).mode;
    await external_node_fs_default().promises.chmod(file, mode | 0o755);
}

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./src/plugins/spec.ts + 1 modules
var plugins_spec = __webpack_require__(87457);
;// CONCATENATED MODULE: ./src/plugins/sources/http.ts
/**
 * Plugin downloads. Not tool-cache's downloadTool: that one logs its retries ("Waiting N seconds")
 * straight to the step log, outside the plugin's log group, and follows a plain-http redirect from a
 * loopback server to any host. Here every line goes to the plugin's own log, and each redirect is
 * checked before it is followed.
 */







const MAX_ATTEMPTS = 3;
const MAX_REDIRECTS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** tool-cache's waits between attempts; tests pass shorter ones through the resolve context. */
const DEFAULT_RETRY_WAIT = { minSeconds: 10, maxSeconds: 20 };
/** A failed download: `status` for an HTTP answer, `attempts` when it was retried. */
class DownloadError extends Error {
    status;
    retryable;
    attempts;
    name = 'DownloadError';
    constructor(message, status, retryable, attempts = 1) {
        super(message);
        this.status = status;
        this.retryable = retryable;
        this.attempts = attempts;
    }
}
/** Downloads url to a fresh file in req.dir and returns its path; retries 5xx, 408, 429 and network errors. */
async function fetchToFile(req) {
    const wait = req.retryWait ?? DEFAULT_RETRY_WAIT;
    await external_node_fs_default().promises.mkdir(req.dir, { recursive: true });
    for (let attempt = 1;; attempt++) {
        const dest = external_node_path_default().join(req.dir, external_node_crypto_default().randomUUID());
        try {
            await fetchOnce(req, dest);
            return dest;
        }
        catch (err) {
            await external_node_fs_default().promises.rm(dest, { force: true });
            const e = err instanceof DownloadError ? err : new DownloadError((0,errors/* errorMessage */.g)(err), null, true);
            if (!e.retryable)
                throw e;
            if (attempt >= MAX_ATTEMPTS)
                throw new DownloadError(e.message, e.status, true, attempt);
            const seconds = wait.minSeconds + Math.floor(Math.random() * (wait.maxSeconds - wait.minSeconds + 1));
            req.log.info(`${req.label}: attempt ${attempt} of ${MAX_ATTEMPTS} failed (${e.message}); trying again in ${seconds} s`);
            await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        }
    }
}
async function fetchOnce(req, dest) {
    // Redirects are followed here, one checked hop at a time; retries are fetchToFile's.
    const client = new lib/* HttpClient */.Qq('pacto-generate-action', [], { allowRedirects: false, allowRetries: false });
    try {
        let url = new URL(req.url);
        let sendAuth = req.auth !== undefined;
        for (let hops = 0;; hops++) {
            const headers = { ...req.headers };
            if (sendAuth && req.auth !== undefined)
                headers.authorization = req.auth;
            const res = await client.get(url.href, headers);
            const status = res.message.statusCode ?? 0;
            if (REDIRECTS.has(status)) {
                res.message.resume();
                const location = res.message.headers.location;
                if (!location)
                    throw new DownloadError(`HTTP ${status} redirect without a Location`, status, false);
                if (hops >= MAX_REDIRECTS)
                    throw new DownloadError(`more than ${MAX_REDIRECTS} redirects`, status, false);
                const next = new URL(location, url);
                checkRedirect(new URL(req.url), url, next);
                // The token is for the origin it was given for; once the download leaves it, it is never sent again.
                if (next.origin !== new URL(req.url).origin)
                    sendAuth = false;
                url = next;
                continue;
            }
            if (status !== 200) {
                res.message.resume();
                throw new DownloadError(`HTTP ${status}`, status, status >= 500 || status === 408 || status === 429);
            }
            await (0,promises_.pipeline)(res.message, external_node_fs_default().createWriteStream(dest, { flags: 'wx' }));
            return;
        }
    }
    finally {
        client.dispose();
    }
}
/**
 * Refuses a redirect that would leave https for plain http, or leave loopback for a plain-http host
 * elsewhere (the spec allows plain http only for loopback). Pre-signed storage URLs carry their
 * signature in the query: messages show a URL without it.
 */
function checkRedirect(start, from, to) {
    if (to.protocol !== 'http:' && to.protocol !== 'https:') {
        throw new DownloadError(`refused the redirect to ${printable(to)}: only http and https are followed`, null, false);
    }
    if (to.protocol !== 'http:')
        return;
    if (from.protocol === 'https:') {
        throw new DownloadError(`refused the redirect from https to plain http (${printable(to)})`, null, false);
    }
    const startSafe = start.protocol === 'https:' || (0,plugins_spec/* isLoopbackHost */.cW)(start.hostname);
    if (startSafe && !(0,plugins_spec/* isLoopbackHost */.cW)(to.hostname)) {
        throw new DownloadError(`refused the redirect to ${printable(to)}: plain http:// is allowed only on loopback (127.0.0.1, localhost, [::1])`, null, false);
    }
}
/** Origin and path only: a redirect's query may hold a signature. */
function printable(url) {
    return `${url.origin}${url.pathname}${url.search === '' ? '' : '?…'}`;
}
function describeDownloadError(err) {
    if (err instanceof DownloadError)
        return err.attempts > 1 ? `${err.message} (after ${err.attempts} attempts)` : err.message;
    return (0,errors/* errorMessage */.g)(err);
}

;// CONCATENATED MODULE: ./src/plugins/sources/download.ts
/** Download, verify (before anything is extracted or run), unpack, find the executable, cache. */








/** A plugin already in the tool cache, or null. */
async function fromCache(sc, entry) {
    if (entry === null)
        return null;
    const dir = findCached(entry);
    if (dir === null)
        return null;
    try {
        const file = await findExecutable(dir, sc.exe, sc.platform.windows, `the tool cache entry ${dir}`);
        sc.log.info(`Found in the tool cache: ${dir}`);
        return { path: file, cached: true };
    }
    catch (err) {
        // A damaged entry is replaced by a fresh download (tool-cache empties the folder first).
        sc.log.info(`Ignoring the tool cache entry ${dir}: ${(0,errors/* errorMessage */.g)(err)}`);
        return null;
    }
}
async function downloadPlugin(sc, req) {
    const what = req.label ?? req.url;
    sc.log.info(`Downloading ${what}`);
    let file;
    try {
        file = await fetchFile(sc, req.url, what, req.auth, req.headers);
    }
    catch (err) {
        throw new PluginError(`download of ${what} failed: ${describeDownloadError(err)}`);
    }
    const temps = [file];
    try {
        const actual = await (0,hash/* sha256File */.Q)(file);
        if (req.expected !== null) {
            if (actual !== req.expected.sha256) {
                throw new PluginError(`checksum mismatch for ${what}: expected ${req.expected.sha256} (${req.expected.from}), got ${actual}; nothing was extracted or run`);
            }
            sc.log.info(`Verified sha256 ${actual} (${req.expected.from})`);
        }
        else {
            sc.log.warning(`plugin "${sc.spec.name}": the download of ${what} is unverified (no sha256 and no checksums file). ` +
                `Pin it with sha256: ${actual}`);
        }
        let kind = kindFromName(req.fileName);
        if (kind === 'raw')
            kind = await sniffKind(file);
        const dir = await unpack(file, kind, sc.exe, sc.ctx.runnerTemp);
        temps.push(dir);
        const exePath = await findExecutable(dir, sc.exe, sc.platform.windows);
        await makeExecutable(exePath, sc.platform.windows);
        if (req.cache === null) {
            sc.log.info('Not cached: the download is neither verified nor versioned');
            temps.pop();
            return { path: exePath, cached: false };
        }
        const cachedDir = await storeDir(dir, req.cache);
        sc.log.info(`Cached as ${req.cache.tool} ${req.cache.version} in ${cachedDir}`);
        return { path: await findExecutable(cachedDir, sc.exe, sc.platform.windows, `the tool cache entry ${cachedDir}`), cached: false };
    }
    finally {
        await Promise.all(temps.map((t) => external_node_fs_default().promises.rm(t, { recursive: true, force: true })));
    }
}
/** A download into RUNNER_TEMP, logged to the plugin's own log. */
function fetchFile(sc, url, label, auth, headers) {
    return fetchToFile({ url, auth, headers, dir: sc.ctx.runnerTemp, log: sc.log, label, retryWait: sc.ctx.downloadRetryWait });
}

;// CONCATENATED MODULE: ./src/plugins/sources/github.ts
/**
 * `github: owner/repo@tag`: a release asset through the REST API at GITHUB_API_URL (so GitHub
 * Enterprise works). The token goes only to that host; the download drops it on the redirect to storage.
 */







const DEFAULT_ASSET = 'pacto-plugin-{name}_{os}_{arch}{ext}';
async function fromGithub(sc, ref) {
    const source = `github ${ref.owner}/${ref.repo}@${ref.tag}`;
    const apiUrl = (sc.ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    let assetName;
    try {
        assetName = fillTemplate(ref.asset ?? DEFAULT_ASSET, { name: sc.spec.name, version: ref.tag.replace(/^v/, ''), tag: ref.tag }, sc.platform);
    }
    catch (err) {
        throw new PluginError((0,errors/* errorMessage */.g)(err));
    }
    const sha256 = sc.spec.sha256;
    const entry = cacheEntry(sc.spec.name, ['github', apiUrl, ref.owner, ref.repo, ref.tag, assetName, sha256 ?? ''], ref.tag, sc.platform.arch ?? sc.platform.nodeArch);
    const hit = await fromCache(sc, entry);
    if (hit)
        return { path: hit.path, version: ref.tag, source, cached: true };
    const assets = await releaseAssets(sc, apiUrl, ref);
    const asset = assets.find((a) => a.name === assetName);
    if (!asset) {
        throw new PluginError(`release ${ref.tag} of ${ref.owner}/${ref.repo} has no asset "${assetName}"; its assets are: ` +
            `${assets.length > 0 ? assets.map((a) => a.name).join(', ') : '(none)'}. Set asset: to pick one`);
    }
    const download = (a) => ({
        url: a.url,
        // Only the API host gets the token; an asset URL elsewhere (unexpected) is fetched anonymously.
        auth: sc.ctx.token !== '' && sameOrigin(a.url, apiUrl) ? `token ${sc.ctx.token}` : undefined,
        headers: { accept: 'application/octet-stream' },
    });
    const published = await publishedChecksum(sc, assets, assetName, download);
    let expected = null;
    if (sha256 !== null) {
        expected = { sha256, from: 'sha256' };
        if (published && published.sha256 !== sha256) {
            sc.log.warning(`plugin "${sc.spec.name}": the given sha256 ${sha256} differs from ${published.sha256} in ${published.from} of ${source}; using the given sha256`);
        }
    }
    else if (published) {
        expected = published;
    }
    const got = await downloadPlugin(sc, {
        ...download(asset),
        label: `${asset.name} (${asset.url})`,
        fileName: asset.name,
        expected,
        cache: entry,
    });
    return { path: got.path, version: ref.tag, source, cached: false };
}
async function releaseAssets(sc, apiUrl, ref) {
    const url = `${apiUrl}/repos/${ref.owner}/${ref.repo}/releases/tags/${encodeURIComponent(ref.tag)}`;
    // Loaded lazily: most runs have no github plugin.
    const { GitHub } = await __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 85555));
    const octokit = new GitHub({ baseUrl: apiUrl, ...(sc.ctx.token !== '' ? { auth: sc.ctx.token } : {}) });
    sc.log.info(`Looking up release ${ref.tag} of ${ref.owner}/${ref.repo} at ${apiUrl}`);
    let data;
    try {
        data = (await octokit.rest.repos.getReleaseByTag({ owner: ref.owner, repo: ref.repo, tag: ref.tag })).data;
    }
    catch (err) {
        throw new PluginError(describeApiError(err, url, ref, sc.ctx.token !== ''));
    }
    const assets = data?.assets;
    if (!Array.isArray(assets))
        throw new PluginError(`GET ${url} did not answer with a release (no JSON assets list); is GITHUB_API_URL the REST API root?`);
    return assets.map((a) => ({ id: a.id, name: a.name, url: a.url }));
}
function describeApiError(err, url, ref, hasToken) {
    const e = err;
    if (typeof e.status !== 'number' || (e.status === 500 && !e.response)) {
        return `GET ${url} failed: ${e.message ?? String(err)}`;
    }
    const apiMessage = e.response?.data?.message;
    const detail = typeof apiMessage === 'string' && apiMessage !== '' ? `: ${apiMessage}` : '';
    const base = `GET ${url} answered HTTP ${e.status}${detail}`;
    if (e.status === 404) {
        return (`no release with tag "${ref.tag}" in ${ref.owner}/${ref.repo} (${base})` +
            (hasToken
                ? '; check the tag, or that the token can read the repository'
                : '; if the repository is private, pass a token that can read it'));
    }
    if ((e.status === 403 || e.status === 429) && e.response?.headers?.['x-ratelimit-remaining'] === '0') {
        return `${base}; the API rate limit is exhausted${hasToken ? '' : ': pass the token input (default github.token) to raise it'}`;
    }
    if (e.status === 401)
        return `${base}; the token was rejected`;
    return base;
}
async function publishedChecksum(sc, assets, assetName, download) {
    const files = assets.filter((a) => /^(?:.*_)?checksums\.txt$/i.test(a.name));
    for (const file of files) {
        const req = download(file);
        let local;
        try {
            local = await fetchFile(sc, req.url, file.name, req.auth, req.headers);
        }
        catch (err) {
            const failed = `download of ${file.name} (${req.url}) failed: ${describeDownloadError(err)}`;
            if (sc.spec.sha256 === null)
                throw new PluginError(failed);
            // The given sha256 verifies the asset on its own: a checksums file that cannot be had changes nothing.
            sc.log.warning(`plugin "${sc.spec.name}": ${failed}; verifying with the given sha256 alone`);
            continue;
        }
        try {
            const sums = parseChecksums(await external_node_fs_default().promises.readFile(local, 'utf8'));
            const sum = sums.get(assetName);
            if (sum)
                return { sha256: sum, from: file.name };
            sc.log.info(`${file.name} does not list ${assetName}`);
        }
        finally {
            await external_node_fs_default().promises.rm(local, { force: true });
        }
    }
    return null;
}
function sameOrigin(a, b) {
    try {
        return new URL(a).origin === new URL(b).origin;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/leven/index.js
var leven = __webpack_require__(47785);
;// CONCATENATED MODULE: ./src/plugins/sources/locate.ts
/**
 * A plugin named without a source: PATH (like a shell, but refusing relative entries, which would
 * make the result depend on the working directory), then each plugin-dirs directory, then Pacto's
 * own plugin directory. Never downloads.
 */





async function locate(sc) {
    const { ctx } = sc;
    const notes = [];
    const looked = [];
    const candidates = candidateNames(sc);
    const pathDirs = [];
    for (const entry of envValue(ctx.env, 'PATH').split((external_node_path_default()).delimiter)) {
        if (entry === '' || !external_node_path_default().isAbsolute(entry)) {
            notes.push(`refused relative PATH entry "${entry}"`);
            continue;
        }
        pathDirs.push(entry);
    }
    const places = [
        ...pathDirs.map((dir) => ({ label: 'PATH', dir })),
        ...ctx.pluginDirs.map((dir) => ({ label: `plugin-dir ${dir}`, dir })),
    ];
    const config = configPluginDir(ctx.env);
    places.push({ label: `config-dir ${config}`, dir: config });
    for (const place of places) {
        for (const name of candidates.runnable) {
            const file = external_node_path_default().join(place.dir, name);
            const state = await executableState(file, sc.platform.windows);
            if (state === 'ok') {
                sc.log.info(`Found ${file} (${place.label})`);
                return { path: file, version: null, source: place.label, cached: false };
            }
            if (state === 'not-executable')
                notes.push(`skipped ${file}: not executable (chmod +x)`);
        }
        for (const name of candidates.shellOnly) {
            const file = external_node_path_default().join(place.dir, name);
            if ((await executableState(file, true)) === 'ok') {
                notes.push(`skipped ${file}: a ${external_node_path_default().extname(name)} file needs a shell, and plugins run without one (use a .exe)`);
            }
        }
    }
    if (pathDirs.length > 0)
        looked.push(`PATH (${pathDirs.join((external_node_path_default()).delimiter)})`);
    else
        looked.push('PATH (no absolute entries)');
    for (const dir of ctx.pluginDirs)
        looked.push(`plugin-dir ${dir}`);
    looked.push(`${config}`);
    const near = await nearestPlugins(sc.spec.name, places, sc.platform.windows);
    const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `${n.name} (${n.file})`).join(' or ')}?` : '';
    // Three lines: what and the likely fix first, then the long list of places (PATH may be long).
    throw new PluginError(`${sc.exe} was not found.${hint}\nLooked in, in order: ${looked.join('; ')}` +
        (notes.length > 0 ? ` (${notes.join('; ')})` : '') +
        '.\nInstall it on PATH, add its directory to plugin-dirs, or give a source (path, url, github or npm).');
}
/**
 * Plugins in the searched directories whose names are nearest to the one asked for (a typo such
 * as k8 for k8s), by edit distance: at most a third of the name's length, and at least 1.
 */
async function nearestPlugins(name, places, windows) {
    const prefix = 'pacto-plugin-';
    const found = new Map();
    for (const place of places) {
        let entries;
        try {
            entries = await external_node_fs_default().promises.readdir(place.dir);
        }
        catch {
            continue;
        }
        for (const entry of entries) {
            if (!entry.startsWith(prefix))
                continue;
            const candidate = windows ? entry.slice(prefix.length).replace(/\.(exe|com|bat|cmd)$/i, '') : entry.slice(prefix.length);
            if (candidate !== '' && candidate !== name && !found.has(candidate))
                found.set(candidate, external_node_path_default().join(place.dir, entry));
        }
    }
    const limit = Math.max(1, Math.floor(name.length / 3));
    const scored = [...found].map(([candidate, file]) => ({
        name: candidate,
        file,
        distance: (0,leven/* default */.A)(name.toLowerCase(), candidate.toLowerCase()),
    }));
    const close = scored.filter((c) => c.distance <= limit);
    const best = Math.min(...close.map((c) => c.distance));
    return close
        .filter((c) => c.distance === best)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .slice(0, 3)
        .map(({ name: n, file }) => ({ name: n, file }));
}
/** $XDG_CONFIG_HOME/pacto/plugins, else ~/.config/pacto/plugins, as Pacto itself looks. */
function configPluginDir(env) {
    const xdg = env.XDG_CONFIG_HOME;
    if (xdg && external_node_path_default().isAbsolute(xdg))
        return external_node_path_default().join(xdg, 'pacto', 'plugins');
    const home = env.HOME || env.USERPROFILE || external_node_os_default().homedir();
    return external_node_path_default().join(home, '.config', 'pacto', 'plugins');
}
/** Windows runs only .exe and .com without a shell; other PATHEXT hits are named in the not-found notes. */
const RUNNABLE_EXTS = ['.exe', '.com'];
function candidateNames(sc) {
    const base = `pacto-plugin-${sc.spec.name}`;
    if (!sc.platform.windows)
        return { runnable: [base], shellOnly: [] };
    const exts = (envValue(sc.ctx.env, 'PATHEXT') || '.COM;.EXE;.BAT;.CMD')
        .split(';')
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e.startsWith('.'));
    // .exe first (what release assets and Go builds are); both run whatever PATHEXT says.
    const runnable = RUNNABLE_EXTS;
    const shellOnly = [...new Set([...exts, '.cmd', '.bat'])].filter((e) => !RUNNABLE_EXTS.includes(e));
    return { runnable: runnable.map((e) => base + e), shellOnly: shellOnly.map((e) => base + e) };
}
/** Windows environment names are case-insensitive (Path, PATH). */
function envValue(env, name) {
    if (env[name] !== undefined)
        return env[name] ?? '';
    const key = Object.keys(env).find((k) => k.toUpperCase() === name);
    return key === undefined ? '' : (env[key] ?? '');
}
async function executableState(file, windows) {
    let st;
    try {
        st = await external_node_fs_default().promises.stat(file);
    }
    catch {
        return 'missing';
    }
    if (!st.isFile())
        return 'missing';
    if (windows)
        return 'ok';
    try {
        await external_node_fs_default().promises.access(file, (external_node_fs_default()).constants.X_OK);
        return 'ok';
    }
    catch {
        return 'not-executable';
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/plugins/sources/npm.ts
/**
 * `npm:` a package's pacto-plugin-<name> bin, installed with the running Node's own npm into a
 * scratch prefix (scripts off unless `scripts: true`), then kept in the tool cache.
 */










const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;
const KEEP_OUTPUT = 16 * 1024;
/** Never handed to npm or package scripts. */
const STRIPPED_ENV = /^(ACTIONS_|INPUT_)|^(GITHUB_TOKEN|GH_TOKEN|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/;
async function fromNpm(sc, spec, scripts) {
    const source = `npm ${spec}`;
    if (sc.platform.windows) {
        throw new PluginError('npm plugins are not supported on Windows (a bin there is a .cmd shim that needs a shell); use url or github with a .exe');
    }
    const tgz = (0,plugins_spec/* isLocalTgz */.Df)(spec);
    const installSpec = tgz ? external_node_path_default().resolve(sc.ctx.workingDirectory, spec.replace(/^file:/, '')) : spec;
    let identity = spec;
    if (tgz) {
        try {
            identity = `${spec}\n${await (0,hash/* sha256File */.Q)(installSpec)}`;
        }
        catch {
            throw new PluginError(`${spec} does not exist (looked for ${installSpec})`);
        }
    }
    const pkgName = tgz ? null : spec.slice(0, spec.lastIndexOf('@'));
    const wantedVersion = tgz ? null : spec.slice(spec.lastIndexOf('@') + 1);
    const identityParts = ['npm', identity, String(scripts)];
    const arch = sc.platform.arch ?? sc.platform.nodeArch;
    // A .tgz's version is known once installed: it is found under any version of its (content-hashed) tool name.
    const lookup = cacheEntry(sc.spec.name, identityParts, wantedVersion, arch);
    const extraPath = [external_node_path_default().dirname(process.execPath)];
    const cachedDir = wantedVersion === null ? findCachedAnyVersion(lookup.tool, lookup.arch) : findCached(lookup);
    if (cachedDir !== null) {
        try {
            const bin = await findBin(sc, cachedDir, pkgName);
            sc.log.info(`Found in the tool cache: ${cachedDir}`);
            return { path: bin.path, version: bin.version, source, cached: true, extraPath };
        }
        catch (err) {
            sc.log.info(`Ignoring the tool cache entry ${cachedDir}: ${(0,errors/* errorMessage */.g)(err)}`);
        }
    }
    const prefix = external_node_path_default().join(sc.ctx.runnerTemp, `pacto-plugin-npm-${external_node_crypto_default().randomUUID()}`);
    await external_node_fs_default().promises.mkdir(prefix, { recursive: true });
    try {
        // npm reads project configuration from the prefix: carry the repository's .npmrc there.
        const npmrc = external_node_path_default().join(sc.ctx.workingDirectory, '.npmrc');
        if (external_node_fs_default().existsSync(npmrc))
            await external_node_fs_default().promises.copyFile(npmrc, external_node_path_default().join(prefix, '.npmrc'));
        const args = ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--update-notifier=false'];
        if (!scripts)
            args.push('--ignore-scripts');
        args.push(installSpec);
        sc.log.info(`npm ${args.join(' ')}`);
        await runNpm(sc, args);
        await external_node_fs_default().promises.rm(external_node_path_default().join(prefix, '.npmrc'), { force: true });
        const installed = await findBin(sc, prefix, pkgName);
        if (wantedVersion !== null && installed.version !== wantedVersion) {
            throw new PluginError(`npm installed ${pkgName}@${installed.version}, not ${wantedVersion}`);
        }
        const entry = cacheEntry(sc.spec.name, identityParts, installed.version, arch);
        const dir = await storeDir(prefix, entry);
        sc.log.info(`Cached as ${entry.tool} ${entry.version} in ${dir}`);
        const bin = await findBin(sc, dir, pkgName);
        return { path: bin.path, version: bin.version, source, cached: false, extraPath };
    }
    finally {
        await external_node_fs_default().promises.rm(prefix, { recursive: true, force: true });
    }
}
/** The running Node's npm (node + npm-cli.js beside it), else npm on PATH; never npm.cmd without a shell. */
function npmCommand(env) {
    const nodeDir = external_node_path_default().dirname(process.execPath);
    for (const cli of [
        external_node_path_default().join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
        external_node_path_default().join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    ]) {
        if (external_node_fs_default().existsSync(cli))
            return { file: process.execPath, args: [cli] };
    }
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (external_node_path_default().isAbsolute(dir) && external_node_fs_default().existsSync(external_node_path_default().join(dir, 'npm')))
            return { file: external_node_path_default().join(dir, 'npm'), args: [] };
    }
    throw new PluginError(`npm was not found: no npm-cli.js beside ${process.execPath} and no npm on PATH`);
}
async function runNpm(sc, args) {
    const cmd = npmCommand(sc.ctx.env);
    const env = {};
    for (const [k, v] of Object.entries(sc.ctx.env))
        if (!STRIPPED_ENV.test(k))
            env[k] = v;
    // Package scripts (scripts: true) and npm itself may need `node`.
    env.PATH = [env.PATH ?? '', external_node_path_default().dirname(process.execPath)].filter((p) => p !== '').join((external_node_path_default()).delimiter);
    const result = await new Promise((resolve) => {
        let output = '';
        const keep = (d) => {
            output = (output + d.toString('utf8')).slice(-KEEP_OUTPUT);
        };
        const child = (0,external_node_child_process_.spawn)(cmd.file, [...cmd.args, ...args], { cwd: sc.ctx.workingDirectory, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve({ code: null, signal: null, output, error });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ code, signal, output });
        });
    });
    if (result.error)
        throw new PluginError(`could not start npm: ${result.error.message}`);
    if (result.code !== 0) {
        const status = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
        throw new PluginError(`npm install ${status}: ${lastLines(result.output)}`);
    }
    sc.log.debug(result.output.trim());
}
/** The pacto-plugin-<name> bin of the named package (or, for a .tgz, of whichever installed package has it). */
async function findBin(sc, prefix, pkgName) {
    const binName = `pacto-plugin-${sc.spec.name}`;
    const modules = external_node_path_default().join(prefix, 'node_modules');
    const dirs = pkgName !== null ? [external_node_path_default().join(modules, ...pkgName.split('/'))] : await topLevelPackages(modules);
    const seen = [];
    for (const dir of dirs) {
        let manifest;
        try {
            manifest = JSON.parse(await external_node_fs_default().promises.readFile(external_node_path_default().join(dir, 'package.json'), 'utf8'));
        }
        catch {
            if (pkgName !== null)
                throw new PluginError(`npm did not install ${pkgName}`);
            continue;
        }
        const bins = binsOf(manifest);
        seen.push(`${manifest.name ?? external_node_path_default().basename(dir)} (${Object.keys(bins).join(', ') || 'no bins'})`);
        const rel = bins[binName];
        if (rel === undefined)
            continue;
        const file = external_node_path_default().resolve(dir, rel);
        if (!file.startsWith(dir + (external_node_path_default()).sep))
            throw new PluginError(`the bin ${binName} of ${manifest.name} points outside its package`);
        const state = await executableState(file, sc.platform.windows);
        if (state !== 'ok')
            throw new PluginError(`the bin ${binName} of ${manifest.name} (${file}) is ${state === 'missing' ? 'missing' : 'not executable'}`);
        return { path: file, version: manifest.version ?? '0.0.0' };
    }
    throw new PluginError(`no installed package has a bin named ${binName}; found: ${seen.join('; ') || 'no packages'}`);
}
function binsOf(manifest) {
    if (typeof manifest.bin === 'string')
        return { [(manifest.name ?? '').replace(/^@[^/]+\//, '')]: manifest.bin };
    return manifest.bin && typeof manifest.bin === 'object' ? manifest.bin : {};
}
async function topLevelPackages(modules) {
    const out = [];
    const entries = await external_node_fs_default().promises.readdir(modules, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!e.isDirectory() || e.name.startsWith('.'))
            continue;
        if (e.name.startsWith('@')) {
            const scoped = await external_node_fs_default().promises.readdir(external_node_path_default().join(modules, e.name), { withFileTypes: true }).catch(() => []);
            for (const s of scoped)
                if (s.isDirectory())
                    out.push(external_node_path_default().join(modules, e.name, s.name));
        }
        else
            out.push(external_node_path_default().join(modules, e.name));
    }
    return out;
}
function lastLines(text) {
    const lines = text
        .trim()
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '');
    return lines.slice(-15).join('\n') || '(no output)';
}

;// CONCATENATED MODULE: ./src/plugins/sources/path.ts
/** `path:` an executable committed to the repository (or produced by an earlier step). */




async function fromPath(sc, given) {
    const abs = external_node_path_default().resolve(sc.ctx.workingDirectory, given);
    let real;
    try {
        real = await external_node_fs_default().promises.realpath(abs);
    }
    catch {
        throw new PluginError(`${given} does not exist (looked for ${abs})`);
    }
    const workspace = await external_node_fs_default().promises.realpath(sc.ctx.workspace).catch(() => external_node_path_default().resolve(sc.ctx.workspace));
    const rel = external_node_path_default().relative(workspace, real);
    if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
        throw new PluginError(`${given} resolves to ${real}, outside the workspace ${workspace}; a path plugin must live in the repository`);
    }
    const state = await executableState(real, sc.platform.windows);
    if (state === 'missing')
        throw new PluginError(`${given} is not a regular file (${real})`);
    if (state === 'not-executable') {
        // git takes paths relative to the repository root (GITHUB_WORKSPACE), not to working-directory.
        const inRepo = rel.split((external_node_path_default()).sep).join('/');
        throw new PluginError(`${given} is not executable: run "chmod +x ${given}", and if the file is committed without its executable bit, ` +
            `"git update-index --chmod=+x ${inRepo}" (from the repository root) and commit`);
    }
    sc.log.info(`Using ${real}`);
    return { path: real, version: null, source: `path ${given}`, cached: false };
}

;// CONCATENATED MODULE: ./src/plugins/sources/url.ts
/** `url:` a download from a template URL, verified with sha256 when given. */





async function fromUrl(sc, template, version) {
    let url;
    try {
        url = fillTemplate(template, { name: sc.spec.name, version }, sc.platform);
    }
    catch (err) {
        throw new PluginError((0,errors/* errorMessage */.g)(err));
    }
    const source = `url ${url}`;
    const sha256 = sc.spec.sha256;
    const entry = sha256 !== null || version !== null
        ? cacheEntry(sc.spec.name, ['url', url, sha256 ?? '', version ?? ''], version, sc.platform.arch ?? sc.platform.nodeArch)
        : null;
    const hit = await fromCache(sc, entry);
    if (hit)
        return { path: hit.path, version, source, cached: true };
    const fileName = new URL(url).pathname.split('/').pop() ?? '';
    const got = await downloadPlugin(sc, {
        url,
        fileName,
        expected: sha256 === null ? null : { sha256, from: 'sha256' },
        cache: entry,
    });
    return { path: got.path, version, source, cached: false };
}

;// CONCATENATED MODULE: ./src/plugins/resolve.ts
/**
 * Locates or installs every requested plugin. All plugins resolve in parallel; logs are buffered
 * per plugin and replayed in spec order, one group each, so the log reads the same every run.
 */










async function resolvePlugins(specs, ctx) {
    const redact = redactor(ctx.token);
    const logs = specs.map(() => []);
    const outcomes = await withToolCacheEnv(ctx.toolCache, ctx.runnerTemp, () => Promise.all(specs.map((spec, i) => resolveOne(spec, ctx, bufferLog(logs[i], redact), redact))));
    const result = { plugins: [], failures: [], warnings: [] };
    specs.forEach((spec, i) => {
        const outcome = outcomes[i];
        ctx.io.startGroup(`Plugin ${spec.name}: ${outcome.ok ? `${outcome.plugin.source}${outcome.plugin.cached ? ' (cached)' : ''}` : 'failed'}`);
        const warnings = [];
        for (const line of logs[i]) {
            if (line.kind === 'warning')
                warnings.push(line.message);
            else if (line.kind === 'debug')
                ctx.io.debug(line.message);
            else
                ctx.io.info(line.message);
        }
        if (outcome.ok) {
            ctx.io.info(`${outcome.plugin.path} sha256 ${outcome.plugin.sha256}${outcome.plugin.version ? ` version ${outcome.plugin.version}` : ''}`);
            result.plugins.push(outcome.plugin);
        }
        else {
            // The reason is the step's error annotation (report stage): printed there once, not twice.
            ctx.io.info(`plugin "${spec.name}" (${outcome.failure.source}) was not resolved: the error annotation below says why.`);
            result.failures.push(outcome.failure);
        }
        ctx.io.endGroup();
        // Annotated by the report stage, inside the one annotation budget of the step.
        for (const w of warnings)
            result.warnings.push({ name: spec.name, message: w });
    });
    return result;
}
async function resolveOne(spec, ctx, log, redact) {
    const platform = platformOf(ctx.platform ?? process.platform, ctx.arch ?? process.arch);
    const sc = { spec, ctx, platform, exe: executableName(spec.name, platform), log };
    try {
        const found = await fromSource(sc);
        const sha256 = await (0,hash/* sha256File */.Q)(found.path);
        if (spec.sha256 !== null && spec.source.kind === 'path' && sha256 !== spec.sha256) {
            throw new PluginError(`checksum mismatch for ${found.path}: expected ${spec.sha256} (sha256), got ${sha256}`);
        }
        return {
            ok: true,
            plugin: {
                name: spec.name,
                version: found.version,
                source: redact(found.source),
                path: found.path,
                sha256,
                cached: found.cached,
                extraPath: found.extraPath ?? [],
                spec,
            },
        };
    }
    catch (err) {
        const what = err instanceof PluginError ? err.message : `unexpected error: ${(0,errors/* errorMessage */.g)(err)}`;
        const source = describeSource(spec);
        return { ok: false, failure: { name: spec.name, source: redact(source), message: redact(what) } };
    }
}
function fromSource(sc) {
    const s = sc.spec.source;
    switch (s.kind) {
        case 'locate':
            return locate(sc);
        case 'path':
            return fromPath(sc, s.path);
        case 'url':
            return fromUrl(sc, s.url, s.version);
        case 'github':
            return fromGithub(sc, s);
        case 'npm':
            return fromNpm(sc, s.spec, s.scripts);
    }
}
/** A failure as one sentence: which plugin, which source, what happened. */
function failureText(f) {
    return `plugin "${f.name}" (${f.source}): ${f.message}`;
}
/** The source as the user gave it, for failures (the resolved form may not exist). */
function describeSource(spec) {
    const s = spec.source;
    switch (s.kind) {
        case 'locate':
            return 'located on PATH or in a plugin directory';
        case 'path':
            return `path ${s.path}`;
        case 'url':
            return `url ${s.url}`;
        case 'github':
            return `github ${s.owner}/${s.repo}@${s.tag}`;
        case 'npm':
            return `npm ${s.spec}`;
    }
}
function bufferLog(lines, redact) {
    return {
        info: (message) => void lines.push({ kind: 'info', message: redact(message) }),
        warning: (message) => void lines.push({ kind: 'warning', message: redact(message) }),
        debug: (message) => void lines.push({ kind: 'debug', message: redact(message) }),
    };
}
/** Belt and braces: no message we produce should hold the token, but never let one through. */
function redactor(token) {
    if (token.length < 4)
        return (s) => s;
    return (s) => s.split(token).join('***');
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

//# sourceMappingURL=725.index.js.map
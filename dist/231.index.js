export const id = 231;
export const ids = [231];
export const modules = {

/***/ 82472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ GithubApiError),
/* harmony export */   zZ: () => (/* binding */ createGithubClient)
/* harmony export */ });
/* unused harmony exports apiUrlFrom, isRateLimit, describeGithubError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/**
 * The one GitHub REST client of the publish stage (PR comments, pull requests, report artifacts).
 * Octokit from @actions/github, with bounded retries on rate limits and errors turned into
 * messages that say what to fix. Callers load this module with a dynamic import: a validate-only
 * run never pays for Octokit.
 *
 * Retries: 429, and 403 when GitHub says it is a rate limit (secondary: retry-after or the
 * "secondary rate limit" message; primary: x-ratelimit-remaining 0), waiting what GitHub asks,
 * never longer than `maxWaitMs`; when GitHub asks for more, the call fails at once (a job that
 * sleeps for half an hour is worse than a clear error). 5xx are retried only for GET: a POST
 * that may have been applied is never repeated (that would post a second comment).
 */

/** A failed API call, with a message that names the call, GitHub's answer and the fix. */
class GithubApiError extends Error {
    kind;
    status;
    call;
    constructor(message, kind, status, call) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.call = call;
        this.name = 'GithubApiError';
    }
}
const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_WAIT_MS = 60_000;
/** GitHub's advice for a secondary limit that names no time: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_MS = 60_000;
function apiUrlFrom(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function createGithubClient(options) {
    const apiUrl = apiUrlFrom(options.env);
    if (options.token === '') {
        throw new GithubApiError('no token: the token input is empty (its default is github.token); pass a token that can call the GitHub API', 'auth', null, '(none)');
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, log: quietLog });
    const policy = {
        maxRetries: options.maxRetries ?? DEFAULT_RETRIES,
        maxWaitMs: options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
        sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        now: options.now ?? Date.now,
        onRetry: options.onRetry ?? (() => { }),
    };
    // GitHub's answer is quoted in messages that reach the log, the summary and the JSON report
    // (an artifact, which the runner does not mask): a server or proxy echoing the token must not leak it.
    const hide = (text) => text.split(options.token).join('***');
    octokit.hook.wrap('request', async (request, endpoint) => {
        const call = describeCall(octokit, endpoint);
        for (let attempt = 0;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (err) {
                const wait = retryWait(err, endpoint.method, attempt, policy);
                if (wait === null || attempt >= policy.maxRetries) {
                    const e = describeGithubError(err, call, policy);
                    throw new GithubApiError(hide(e.message), e.kind, e.status, e.call);
                }
                policy.onRetry(hide(`${call}: ${summary(err)}; retrying in ${Math.ceil(wait / 1000)} s (retry ${attempt + 1} of ${policy.maxRetries})`));
                await policy.sleep(wait);
            }
        }
    });
    return { octokit, apiUrl };
}
/** `POST https://api.github.com/repos/o/r/issues/7/comments`: the expanded URL, without its query. */
function describeCall(octokit, endpoint) {
    try {
        const parsed = octokit.request.endpoint.parse(endpoint);
        return `${parsed.method} ${parsed.url.split('?')[0]}`;
    }
    catch {
        return `${endpoint.method} ${String(endpoint.url)}`;
    }
}
function header(err, name) {
    const v = err.response?.headers?.[name];
    return v === undefined ? undefined : String(v);
}
function apiMessage(err) {
    const data = err.response?.data;
    const m = data && typeof data === 'object' ? data.message : typeof data === 'string' ? data : undefined;
    return typeof m === 'string' ? m.slice(0, 300) : '';
}
/** True when a 403/429 is a rate limit rather than a refusal. */
function isRateLimit(err) {
    const status = err.status;
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    return (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0' || /rate limit|abuse/i.test(apiMessage(err)));
}
/** Milliseconds to wait before retrying, or null when the error is not worth retrying now. */
function retryWait(err, method, attempt, policy) {
    const status = err.status;
    if (isRateLimit(err)) {
        const wanted = askedWait(err, policy.now());
        if (wanted === null)
            return Math.min(policy.maxWaitMs, status === 429 ? 1000 * 2 ** attempt : SECONDARY_DEFAULT_WAIT_MS);
        return wanted <= policy.maxWaitMs ? wanted : null;
    }
    if (typeof status === 'number' && status >= 500 && status !== 501 && method === 'GET') {
        return Math.min(policy.maxWaitMs, 1000 * 2 ** attempt);
    }
    return null;
}
/** What GitHub asked for: retry-after seconds, else the primary limit's reset time. */
function askedWait(err, now) {
    const retryAfter = header(err, 'retry-after');
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
        return Number(retryAfter) * 1000;
    const reset = header(err, 'x-ratelimit-reset');
    if (header(err, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
        return Math.max(0, Number(reset) * 1000 - now);
    }
    return null;
}
function summary(err) {
    const e = err;
    const m = apiMessage(err);
    return typeof e.status === 'number' ? `HTTP ${e.status}${m ? ` (${m})` : ''}` : (e.message ?? String(err));
}
/** A GithubApiError whose message says what GitHub answered and what to do about it. */
function describeGithubError(err, call, policy) {
    if (err instanceof GithubApiError)
        return err;
    const e = err;
    const status = typeof e.status === 'number' ? e.status : null;
    const m = apiMessage(err);
    const base = `${call} ${status === null ? `failed: ${e.message ?? String(err)}` : `answered HTTP ${status}${m ? `: ${m}` : ''}`}`;
    if (status === null || (status === 500 && !e.response))
        return new GithubApiError(base, 'network', status, call);
    if (isRateLimit(err)) {
        const wait = askedWait(err, (policy?.now ?? Date.now)());
        const when = wait === null ? '' : `; GitHub asks to wait ${Math.ceil(wait / 1000)} s`;
        return new GithubApiError(`${base}; the GitHub API rate limit was hit and retries ran out${when}`, 'rate-limit', status, call);
    }
    if (status === 401)
        return new GithubApiError(`${base}; the token was rejected (expired or revoked)`, 'auth', status, call);
    if (status === 403) {
        return new GithubApiError(`${base}; the token may not do this (a fork pull request's token is read-only; otherwise grant the permission in the workflow's permissions: block)`, 'permission', status, call);
    }
    if (status === 404)
        return new GithubApiError(`${base}; not found, or the token cannot see it`, 'not-found', status, call);
    if (status === 422)
        return new GithubApiError(base, 'invalid', status, call);
    return new GithubApiError(base, status >= 500 ? 'server' : 'invalid', status, call);
}
/** Octokit's deprecation chatter stays out of the job log. */
const quietLog = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };


/***/ }),

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitPullRequest: () => (/* binding */ commitPullRequest)
});

// UNUSED EXPORTS: WORKFLOW_TOKEN_NOTE, emptyPullRequest

// EXTERNAL MODULE: ./src/publish/types.ts
var types = __webpack_require__(19546);
// EXTERNAL MODULE: ./src/publish/git.ts + 1 modules
var git = __webpack_require__(96470);
// EXTERNAL MODULE: ./src/publish/git/checkout.ts
var git_checkout = __webpack_require__(16922);
// EXTERNAL MODULE: ./src/publish/git/event.ts
var git_event = __webpack_require__(77132);
// EXTERNAL MODULE: ./src/publish/git/attempts.ts
var attempts = __webpack_require__(76652);
// EXTERNAL MODULE: ./src/publish/git/push.ts
var push = __webpack_require__(9322);
// EXTERNAL MODULE: ./src/shared/git.ts
var shared_git = __webpack_require__(84025);
// EXTERNAL MODULE: ./src/publish/git/tree.ts
var git_tree = __webpack_require__(46866);
;// CONCATENATED MODULE: ./src/publish/git/pull-branch.ts
/**
 * `commit: pull-request`, the git half: the generated commit is built on the base branch's
 * remote tip (in temporary indexes, like every commit here) and force-pushed, with a lease, to
 * the pull request branch. The base branch is only read, never pushed to.
 */




async function pushProposalBranch(plan) {
    const { checkout, base, branch, info } = plan;
    const { git, head } = checkout;
    for (let attempt = 1; attempt <= plan.attempts; attempt++) {
        const baseTip = await (0,attempts/* fetchBranch */.D)(git, base, checkout.shallow);
        if (baseTip === null) {
            return {
                kind: 'error',
                attempts: attempt,
                message: `the base branch ${base} does not exist on ${push/* REMOTE */.Bn}; set the branch input to the branch the pull request should merge into.`,
            };
        }
        let tree = plan.tree;
        if (baseTip !== head) {
            const drift = await (0,git_tree/* diffTrees */.j_)(git, head, baseTip);
            const changed = (0,git_tree/* contractChanges */.CC)(drift, plan.scope);
            if (changed.length > 0) {
                return {
                    kind: 'error',
                    attempts: attempt,
                    message: `the checkout (${head.slice(0, 12)}) has contracts that differ from ${push/* REMOTE */.Bn}/${base} (${changed.slice(0, 10).join(', ')}), so its outputs do not belong on ${base}. ` +
                        `Check out ${base} itself (actions/checkout with ref: ${base}) and re-run.`,
                };
            }
            const conflicts = (0,git_tree/* replayConflicts */.xM)(plan.changes, drift);
            if (conflicts.length > 0) {
                return {
                    kind: 'error',
                    attempts: attempt,
                    message: `${base} changed ${conflicts.slice(0, 10).join(', ')} since ${head.slice(0, 12)}, so the generated commit does not apply to it; re-run on the current ${base}.`,
                };
            }
            tree = await (0,git_tree/* applyChanges */.YF)(git, plan.indexes, baseTip, plan.changes);
        }
        if (tree === (await git.treeOf(baseTip)))
            return { kind: 'up-to-date', baseTip };
        const files = (await (0,git_tree/* diffTrees */.j_)(git, baseTip, tree)).map(proposed);
        const branchTip = await (0,attempts/* fetchBranch */.D)(git, branch, checkout.shallow);
        if (branchTip !== null && (await git.treeOf(branchTip)) === tree && (await parentsOf(git, branchTip))[0] === baseTip) {
            info(`Pull request: ${branch} already holds these outputs on top of ${base} (${branchTip.slice(0, 12)}); nothing to push.`);
            return { kind: 'proposed', baseTip, sha: branchTip, pushed: false, files, attempts: attempt };
        }
        const sha = await (0,git_tree/* commitTree */.SC)(git, tree, baseTip, plan.message, plan.author);
        info(`Pull request: commit ${sha.slice(0, 12)} with ${files.length} file${files.length === 1 ? '' : 's'} on top of ${base} (${baseTip.slice(0, 12)}) (attempt ${attempt} of ${plan.attempts}).`);
        // The branch is this action's own: it is replaced, but only if nobody moved it since it was read.
        const outcome = await (0,push/* pushCommit */.Sq)(git, sha, branch, branchTip, true);
        if (outcome.ok) {
            info(`Pull request: force-pushed ${sha.slice(0, 12)} to ${branch}${branchTip ? ` (was ${branchTip.slice(0, 12)})` : ''}.`);
            return { kind: 'proposed', baseTip, sha, pushed: true, files, attempts: attempt };
        }
        if (!outcome.moved)
            return { kind: 'error', attempts: attempt, message: outcome.message };
        if (attempt === plan.attempts) {
            return {
                kind: 'error',
                attempts: attempt,
                message: `the push to ${branch} was rejected ${attempt} times because ${branch} or ${base} kept moving (last: ${outcome.detail}). Re-run the job.`,
            };
        }
        const wait = plan.backoff(attempt);
        info(`Pull request: ${branch} moved while pushing (${outcome.detail}); fetching again, next attempt in ${wait} ms.`);
        await plan.sleep(wait);
    }
    return { kind: 'error', attempts: plan.attempts, message: 'no push attempt was made (attempts is 0)' };
}
function proposed(c) {
    return { path: c.path, change: c.oldMode === git_tree/* ABSENT_MODE */.Mq ? 'added' : c.newMode === git_tree/* ABSENT_MODE */.Mq ? 'deleted' : 'modified' };
}
/** The parents a commit object names; read from the object itself, so a shallow boundary does not hide them. */
async function parentsOf(git, commit) {
    const raw = (0,shared_git/* outputText */.jO)(await git.catFile('commit', commit));
    const header = raw.split('\n\n')[0] ?? '';
    return header
        .split('\n')
        .filter((l) => l.startsWith('parent '))
        .map((l) => l.slice('parent '.length).trim());
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/publish/github/client.ts
var client = __webpack_require__(82472);
// EXTERNAL MODULE: ./src/publish/github/event.ts
var github_event = __webpack_require__(43831);
;// CONCATENATED MODULE: ./src/publish/pull-request-body.ts
/** Marks the pull requests this action owns (and the line that changes on every run). */
const BODY_MARKER = '<!-- pacto-generate-action:regenerate -->';
const RUN_LINE = '_Last regenerated by';
const MAX_FILES = 200;
/** The commit message's subject, without [skip ci] (a title is not a commit). */
function proposalTitle(commitMessage) {
    const subject = (commitMessage.trim().split('\n')[0] ?? '').replace(/\s*\[skip ci\]\s*/g, ' ').trim();
    return subject === '' ? 'chore(pacto): regenerate contract outputs' : subject.slice(0, 250);
}
/** A path or name as Markdown inline code, whatever backticks it holds. */
function code(text) {
    const clean = text.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${longest > 0 ? ` ${clean} ` : clean}${fence}`;
}
function proposalBody(p) {
    const byRepoPath = new Map(p.generation.files.map((f) => [p.repoPath(f.path), f]));
    const plugins = new Set();
    const contracts = new Set();
    for (const f of p.files) {
        const owner = byRepoPath.get(f.path);
        if (owner) {
            plugins.add(owner.plugin);
            contracts.add(p.repoPath(owner.contract));
        }
    }
    const n = p.files.length;
    const lines = [
        BODY_MARKER,
        `The contract outputs generated now differ from ${code(p.base)}: this pull request brings ${n} file${n === 1 ? '' : 's'} up to date.`,
        '',
        '### What changed',
        '',
        '| File | Change | Plugin | Contract |',
        '|---|---|---|---|',
        ...p.files.slice(0, MAX_FILES).map((f) => {
            const owner = byRepoPath.get(f.path);
            return `| ${code(f.path)} | ${f.change} | ${owner ? code(owner.plugin) : ''} | ${owner ? code(p.repoPath(owner.contract)) : ''} |`;
        }),
    ];
    if (n > MAX_FILES)
        lines.push('', `…and ${n - MAX_FILES} more files (see the commit).`);
    const versions = new Map(p.plugins.map((x) => [x.name, x.version]));
    lines.push('', `**Plugins:** ${[...plugins]
        .sort()
        .map((name) => `${code(name)}${versions.get(name) ? ` ${code(versions.get(name))}` : ''}`)
        .join(', ') || 'none'}`, '', `**Contracts:** ${[...contracts].sort().map(code).join(', ') || 'none'}`, '', 'This branch is force-updated by every run that finds a change, and this pull request is closed by the first run that finds none. ' +
        'Edits pushed to the branch are replaced by the next run: change the contracts or the plugins instead.');
    const run = runUrl(p.env);
    lines.push('', `${RUN_LINE} ${run ? `[this workflow run](${run})` : 'a workflow run'} at ${code(p.sha.slice(0, 12))}._`);
    return `${lines.join('\n')}\n`;
}
/** Equal but for the line naming the run, which changes every time. */
function sameBody(a, b) {
    const strip = (s) => s
        .replace(/\r\n/g, '\n')
        .split('\n')
        .filter((l) => !l.startsWith(RUN_LINE))
        .join('\n')
        .trim();
    return strip(a) === strip(b);
}
function runUrl(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID || !/^\d+$/.test(env.GITHUB_RUN_ID))
        return null;
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

;// CONCATENATED MODULE: ./src/publish/pull-request.ts











/** GitHub's words when the repository (or organisation) setting forbids Actions to open pull requests. */
const NOT_PERMITTED = /not permitted to create or approve pull requests/i;
const WORKFLOW_TOKEN_NOTE = "Pull requests opened, and branches pushed, with the workflow's GITHUB_TOKEN start no workflows, so no checks run on this pull request. " +
    'To have them run, pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained PAT to both actions/checkout (token:) and this action (token:); see docs/scheduled-regeneration.md.';
function emptyPullRequest(pr, base = '') {
    return {
        operation: 'none',
        number: null,
        url: '',
        branch: pr.branch,
        base,
        draft: pr.draft,
        error: null,
        warnings: [],
        skippedReason: null,
    };
}
async function commitPullRequest(ctx) {
    const { io } = ctx;
    const pr = ctx.config.pullRequest;
    const commit = { ...(0,types/* noCommit */.l)(), branch: pr.branch, attempts: 0, files: [] };
    const result = emptyPullRequest(pr);
    const fail = (message) => {
        result.error = message;
        return { commit, pullRequest: result };
    };
    const target = proposalTarget(ctx, result);
    if ('skip' in target) {
        commit.skippedReason = target.skip;
        result.skippedReason = target.skip;
        io.info(`Pull request: ${target.skip}`);
        return { commit, pullRequest: result };
    }
    if ('error' in target)
        return fail(target.error);
    const sleep = ctx.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const pushed = await pushBranch(ctx, target.base, commit, sleep);
    if ('error' in pushed)
        return fail(pushed.error);
    const { outcome } = pushed;
    if (outcome.kind === 'proposed') {
        Object.assign(commit, {
            committed: outcome.pushed,
            pushed: outcome.pushed,
            sha: outcome.sha,
            attempts: outcome.attempts,
            files: outcome.files.map((f) => f.path),
        });
        if (!outcome.pushed)
            commit.skippedReason = `${pr.branch} already holds these outputs`;
    }
    else {
        commit.skippedReason = `${target.base} already has these outputs: nothing to propose`;
    }
    try {
        await proposeOrClose(ctx, target, pushed, result, sleep);
        return { commit, pullRequest: result };
    }
    catch (err) {
        const pushedNote = commit.pushed ? `${commit.sha.slice(0, 12)} was pushed to ${pr.branch}, but ` : '';
        return fail(`${pushedNote}${apiFailure(err)}`);
    }
}
/**
 * The checks before any git: a run with errors, a base or pr-branch that cannot be used, a pull
 * request from a fork, no repository to open the pull request in. Sets the result's base.
 */
function proposalTarget(ctx, result) {
    const { config, env } = ctx;
    const pr = config.pullRequest;
    // A run with errors proves nothing about the outputs: the pull request is left as it is.
    if (!ctx.runOk)
        return { skip: 'the run had errors (invalid contract, plugin failure or output problem): the pull request was left as it is' };
    const target = (0,git_event/* resolveTargetBranch */.Iy)(config.branch, env);
    if (target.error !== null)
        return { error: target.error };
    result.base = target.branch;
    if (target.branch === pr.branch) {
        return {
            error: `pr-branch: "${pr.branch}" is the base branch (${target.source}); the generated commit never goes to the base: choose another pr-branch`,
        };
    }
    // The branch is force-pushed: never let it be the repository's default branch, whatever the base.
    const defaultBranch = defaultBranchOf(env);
    if (defaultBranch !== null && defaultBranch === pr.branch) {
        return {
            error: `pr-branch: "${pr.branch}" is the repository's default branch; pr-branch is force-pushed, so it must be a branch of its own (the default is pacto/regenerate)`,
        };
    }
    if ((0,git_event/* pullRequestInfo */.TC)(env)?.fork)
        return { skip: 'pull request from a fork: nothing is pushed and no pull request is opened' };
    const repository = ownerRepo(env);
    if (repository === null)
        return { error: 'GITHUB_REPOSITORY is not owner/name, so there is no repository to open the pull request in' };
    return { base: target.branch, repository };
}
/** The git half: the generated commit on the proposal branch, force-pushed when it changed. */
async function pushBranch(ctx, base, commit, sleep) {
    const { config, env, io } = ctx;
    const { written, deleted } = (0,git/* changedOutputs */.hj)(ctx.generation);
    const random = ctx.random ?? Math.random;
    let indexes = null;
    let checkout;
    let outcome;
    try {
        const opened = await (0,git_checkout/* openCheckout */.H)(config, env, (line) => io.debug((0,push/* redactUrls */.sK)(line)));
        if (typeof opened === 'string')
            return { error: opened };
        checkout = opened;
        indexes = await git_tree/* TempIndexes */.hc.create(config.runnerTemp);
        const collected = await (0,git_tree/* collectChanges */.K9)(checkout.git, indexes, checkout.head, written.map(checkout.repoPath), deleted.map(checkout.repoPath));
        for (const p of collected.ignored) {
            commit.warnings.push(`${p} is ignored by .gitignore, so it was not committed (outputs are never force-added). Remove it from .gitignore, or change output-dir, to commit it.`);
        }
        outcome = await pushProposalBranch({
            checkout,
            indexes,
            base,
            branch: config.pullRequest.branch,
            changes: collected.changes,
            tree: collected.tree,
            scope: (0,git_checkout/* contractScope */.l)(checkout, config.workingDirectory, ctx.contracts, ctx.generation),
            message: (0,git/* commitMessage */.df)(config.commitMessage),
            author: config.commitAuthor,
            attempts: git/* PUSH_ATTEMPTS */.Ut,
            sleep,
            backoff: (attempt) => (0,git/* backoffMs */.jo)(attempt, random),
            info: (line) => io.info(line),
        });
    }
    catch (err) {
        return { error: (0,push/* redactUrls */.sK)((0,errors/* errorMessage */.g)(err)) };
    }
    finally {
        await indexes?.dispose();
    }
    if (outcome.kind === 'error') {
        commit.attempts = outcome.attempts;
        return { error: outcome.message };
    }
    return { outcome, checkout };
}
/**
 * The API half: close the open pull request when the base already has the outputs, else open
 * or update it and add the missing labels. Throws the API's failure.
 */
async function proposeOrClose(ctx, target, pushed, result, sleep) {
    const { config, env, io } = ctx;
    const pr = config.pullRequest;
    const { outcome, checkout } = pushed;
    const { base, repository } = target;
    const { octokit } = (0,client/* createGithubClient */.zZ)({ token: config.token, env, sleep, onRetry: (m) => io.info(`Pull request: ${m}`) });
    const api = { octokit, ...repository, base, pr };
    const open = await findOpen(api);
    if (outcome.kind === 'up-to-date') {
        if (open === null) {
            io.info(`Pull request: ${base} already has these outputs and no pull request from ${pr.branch} is open: nothing to do.`);
            return;
        }
        await closeObsolete(api, open.number, base);
        Object.assign(result, { operation: 'closed', number: open.number, url: open.html_url });
        io.info(`Pull request: closed #${open.number} (${open.html_url}): ${base} already has these outputs.`);
        return;
    }
    const proposal = {
        files: outcome.files,
        generation: ctx.generation,
        plugins: ctx.plugins,
        base,
        sha: outcome.sha,
        env,
        repoPath: checkout.repoPath,
    };
    const title = proposalTitle(config.commitMessage);
    const body = proposalBody(proposal);
    if (open === null) {
        const created = await createPull(api, title, body);
        Object.assign(result, { operation: 'created', number: created.number, url: created.html_url });
        io.info(`Pull request: opened #${created.number} (${created.html_url}) from ${pr.branch} into ${base}${pr.draft ? ' as a draft' : ''}.`);
    }
    else {
        // A new commit gets its run line updated; otherwise only a real change is worth an edit.
        const edits = open.title !== title || (outcome.pushed ? open.body !== body : !sameBody(open.body ?? '', body));
        if (edits)
            await octokit.rest.pulls.update({ ...repository, pull_number: open.number, title, body });
        const operation = outcome.pushed || edits ? 'updated' : 'none';
        Object.assign(result, { operation, number: open.number, url: open.html_url });
        io.info(`Pull request: ${operation === 'updated' ? 'updated' : 'already up to date:'} #${open.number} (${open.html_url}).`);
    }
    const missing = pr.labels.filter((l) => !(open?.labels ?? []).some((x) => (typeof x === 'string' ? x : x.name) === l));
    if (missing.length > 0 && result.number !== null)
        await octokit.rest.issues.addLabels({ ...repository, issue_number: result.number, labels: missing });
    io.info(`Pull request: ${WORKFLOW_TOKEN_NOTE}`);
}
async function findOpen(api) {
    const { octokit, owner, repo, base, pr } = api;
    const list = await octokit.rest.pulls.list({ owner, repo, state: 'open', head: `${owner}:${pr.branch}`, base, per_page: 10 });
    const found = list.data.find((p) => p.head.ref === pr.branch && p.base.ref === base);
    return found ? { number: found.number, html_url: found.html_url, title: found.title, body: found.body, labels: found.labels } : null;
}
async function createPull(api, title, body) {
    const { octokit, owner, repo, base, pr } = api;
    const created = await octokit.rest.pulls.create({
        owner,
        repo,
        title,
        body,
        head: pr.branch,
        base,
        draft: pr.draft,
        maintainer_can_modify: false,
    });
    return { number: created.data.number, html_url: created.data.html_url };
}
async function closeObsolete(api, number, base) {
    const { octokit, owner, repo } = api;
    await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: `Closed by pacto-generate-action: \`${base}\` already has the outputs the plugins generate now, so there is nothing left to propose. The next run that finds a change opens a new pull request.`,
    });
    await octokit.rest.pulls.update({ owner, repo, pull_number: number, state: 'closed' });
}
/** The API failure as the step's error, with the fix for the refusals that have a known one. */
function apiFailure(err) {
    const message = (0,errors/* errorMessage */.g)(err);
    if (err instanceof client/* GithubApiError */.Ab && err.status === 403 && NOT_PERMITTED.test(message)) {
        return ('GitHub refused to open the pull request: this repository does not allow GitHub Actions to create pull requests ' +
            '("GitHub Actions is not permitted to create or approve pull requests"). Either enable Settings → Actions → General → ' +
            '"Allow GitHub Actions to create and approve pull requests" (for an organisation, also in its settings), or pass a GitHub App ' +
            'installation token or a PAT as the token input.');
    }
    if (err instanceof client/* GithubApiError */.Ab && err.kind === 'permission') {
        return `${message}. Opening a pull request needs \`permissions: pull-requests: write\` (and contents: write for the push).`;
    }
    return `the GitHub API call failed: ${message}`;
}
function ownerRepo(env) {
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return m ? { owner: m[1], repo: m[2] } : null;
}
/** The repository's default branch, from the event payload (GitHub's word), or null. */
function defaultBranchOf(env) {
    const repo = (0,github_event/* readEvent */.j)(env).repository;
    const name = repo && typeof repo === 'object' ? repo.default_branch : undefined;
    return typeof name === 'string' && name !== '' ? name : null;
}


/***/ }),

/***/ 61351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ getOctokit)
/* harmony export */ });
/* unused harmony export context */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37157);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);


const context = new _context_js__WEBPACK_IMPORTED_MODULE_0__/* .Context */ .o();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = _utils_js__WEBPACK_IMPORTED_MODULE_1__.GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins((0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .getOctokitOptions */ .EG)(token, options));
}
//# sourceMappingURL=github.js.map

/***/ })

};

//# sourceMappingURL=231.index.js.map
export const id = 470;
export const ids = [470];
export const modules = {

/***/ 96470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ut: () => (/* binding */ PUSH_ATTEMPTS),
  jo: () => (/* binding */ backoffMs),
  hj: () => (/* binding */ changedOutputs),
  commitAndPush: () => (/* binding */ commitAndPush),
  df: () => (/* binding */ commitMessage)
});

// UNUSED EXPORTS: resolveTargetBranch

// EXTERNAL MODULE: ./src/publish/types.ts
var types = __webpack_require__(19546);
// EXTERNAL MODULE: ./src/publish/git/attempts.ts
var attempts = __webpack_require__(76652);
// EXTERNAL MODULE: ./src/publish/git/checkout.ts
var git_checkout = __webpack_require__(16922);
// EXTERNAL MODULE: ./src/publish/git/event.ts
var git_event = __webpack_require__(77132);
// EXTERNAL MODULE: ./src/publish/git/push.ts
var push = __webpack_require__(9322);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/publish/git/tree.ts
var tree = __webpack_require__(46866);
// EXTERNAL MODULE: ./src/shared/git.ts
var shared_git = __webpack_require__(84025);
;// CONCATENATED MODULE: ./src/publish/git/dirty.ts
/**
 * Generated outputs belong with the contracts that produced them: commit mode refuses when a
 * contract or a file of its bundle differs from HEAD (staged, unstaged or untracked), since the
 * pushed outputs would then match no commit and a fresh clone would fail `check`.
 */


/** The contract paths (repository-relative, sorted) that differ from HEAD in the index or the working tree. */
async function uncommittedContractFiles(git, scope) {
    const specs = [...new Set([...scope.dirs.map((d) => (d === '' ? '.' : d)), ...scope.files])];
    if (specs.length === 0)
        return [];
    const out = (0,shared_git/* outputText */.jO)(await git.status(['--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...specs]));
    // Each entry is "XY path"; with --no-renames there is no second path.
    const paths = out
        .split('\0')
        .filter((e) => e.length > 3)
        .map((e) => ({ path: e.slice(3) }));
    return (0,tree/* contractChanges */.CC)(paths, scope);
}
function uncommittedMessage(files) {
    const shown = files.slice(0, 10).join(', ');
    const more = files.length > 10 ? ` and ${files.length - 10} more` : '';
    return (`refusing to commit: contract files differ from HEAD (staged, unstaged or untracked): ${shown}${more}. ` +
        'The outputs were generated from them, so they would match no commit; commit the contract changes first (or run without commit: true).');
}

;// CONCATENATED MODULE: ./src/publish/git.ts









/** Total push attempts when the branch moved meanwhile (fetch, rebase, push again); not an input. */
const PUSH_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 15000;
/** Jittered exponential backoff before attempt `attempt + 1`. */
function backoffMs(attempt, random) {
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(base * (0.5 + random()));
}
async function commitAndPush(ctx) {
    const result = { ...(0,types/* noCommit */.l)(), attempts: 0, files: [] };
    const { config, env, io } = ctx;
    const skip = (reason) => {
        result.skippedReason = reason;
        io.info(`Commit: ${reason}`);
        return result;
    };
    if (!ctx.runOk)
        return skip('the run had errors (invalid contract, plugin failure or output problem): nothing was committed');
    const target = (0,git_event/* resolveTargetBranch */.Iy)(config.branch, env);
    if (target.error !== null) {
        result.error = target.error;
        return result;
    }
    result.branch = target.branch;
    if (pullRequestWarnings(env, result))
        return skip('pull request from a fork: not pushed');
    const { written, deleted } = changedOutputs(ctx.generation);
    if (written.length + deleted.length === 0)
        return skip('no output changed: nothing to commit');
    let indexes = null;
    try {
        const checkout = await (0,git_checkout/* openCheckout */.H)(config, env, (line) => io.debug((0,push/* redactUrls */.sK)(line)));
        if (typeof checkout === 'string') {
            result.error = checkout;
            return result;
        }
        const { git, head, repoPath } = checkout;
        const scope = (0,git_checkout/* contractScope */.l)(checkout, config.workingDirectory, ctx.contracts, ctx.generation);
        const dirty = await uncommittedContractFiles(git, scope);
        if (dirty.length > 0) {
            result.error = uncommittedMessage(dirty);
            return result;
        }
        indexes = await tree/* TempIndexes */.hc.create(config.runnerTemp);
        const collected = await (0,tree/* collectChanges */.K9)(git, indexes, head, written.map(repoPath), deleted.map(repoPath));
        for (const p of collected.ignored) {
            result.warnings.push(`${p} is ignored by .gitignore, so it was not committed (outputs are never force-added). Remove it from .gitignore, or change output-dir, to commit it.`);
        }
        if (collected.changes.length === 0) {
            return skip(collected.ignored.length > 0
                ? 'every changed output is gitignored: nothing to commit'
                : 'the outputs are what HEAD already has: nothing to commit');
        }
        result.files = collected.changes.map((c) => c.path);
        await (0,attempts/* pushWithRetry */.X)({
            checkout,
            indexes,
            branch: target.branch,
            changes: collected.changes,
            tree: collected.tree,
            scope,
            ...pushSettings(ctx),
        }, result);
        return result;
    }
    catch (err) {
        result.error = (0,push/* redactUrls */.sK)((0,errors/* errorMessage */.g)(err));
        return result;
    }
    finally {
        await indexes?.dispose();
    }
}
/**
 * The warnings a pull request event earns: pull_request_target runs its code with a token that
 * can write; a fork cannot be pushed to. True for a fork (nothing is pushed).
 */
function pullRequestWarnings(env, result) {
    const pr = (0,git_event/* pullRequestInfo */.TC)(env);
    if (pr?.event === 'pull_request_target') {
        result.warnings.push("commit: true under pull_request_target runs the pull request's contracts and plugins with a token that can write to this repository. " +
            'Only do this for trusted pull requests; prefer pull_request with upload-artifact: true.');
    }
    if (pr?.fork) {
        result.warnings.push(`This pull request comes from a fork (${pr.headRepo ?? 'a deleted repository'}): nothing is pushed to it. ` +
            'Set upload-artifact: true to hand the generated files over as a workflow artifact instead.');
        return true;
    }
    return false;
}
/** The outputs this run wrote and deleted (working-directory paths), the files a commit holds. */
function changedOutputs(generation) {
    const written = generation.files.filter((f) => f.status === 'created' || f.status === 'updated').map((f) => f.path);
    const deleted = generation.files.filter((f) => f.status === 'deleted').map((f) => f.path);
    return { written, deleted };
}
/** The commit message, author, attempts and pacing of the push. */
function pushSettings(ctx) {
    const { config, io } = ctx;
    const random = ctx.random ?? Math.random;
    return {
        message: commitMessage(config.commitMessage),
        author: config.commitAuthor,
        attempts: PUSH_ATTEMPTS,
        sleep: ctx.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
        backoff: (attempt) => backoffMs(attempt, random),
        info: (line) => io.info(line),
    };
}
function commitMessage(message) {
    return message.trim() === '' ? 'chore(pacto): regenerate contract outputs' : message.trimEnd();
}


/***/ }),

/***/ 76652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ fetchBranch),
/* harmony export */   X: () => (/* binding */ pushWithRetry)
/* harmony export */ });
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9322);
/* harmony import */ var _shared_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84025);
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46866);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);




/** Fills committed, pushed, sha, attempts and error (or skippedReason) of `result`. */
async function pushWithRetry(plan, result) {
    const { checkout, branch, info } = plan;
    const { git, head, headBranch } = checkout;
    // Only a checkout of the target branch itself can carry local commits there (a merge ref never does).
    const onTarget = headBranch === branch;
    // Where the checkout left origin/<branch>, before our fetches move it: what HEAD was built on.
    const checkedOut = onTarget ? await trackingTip(git, branch) : null;
    for (let attempt = 1; attempt <= plan.attempts; attempt++) {
        result.attempts = attempt;
        result.committed = false;
        result.sha = '';
        const tip = await fetchBranch(git, branch, checkout.shallow);
        let parent = head;
        const local = onTarget && tip !== null && tip !== head ? await unpushedCommits(git, head, tip, checkedOut) : null;
        if (local?.onTip) {
            // An earlier step committed on the branch without pushing: the outputs were generated from
            // HEAD, so they belong on HEAD, and a fast-forward push carries those commits along.
            const n = local.count;
            info(`Commit: HEAD is ${n} commit${n === 1 ? '' : 's'} ahead of ${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch} (committed earlier in this job, not pushed): ` +
                `the generated commit goes on top of HEAD and the push to ${branch} carries ${n === 1 ? 'that commit' : `those ${n} commits`} too.`);
        }
        else if (local && local.count > 0) {
            const n = local.count;
            result.error =
                `HEAD has ${n} unpushed commit${n === 1 ? '' : 's'} (made earlier in this job) and ${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch} has moved since, so the generated commit cannot go on ${branch} with ${n === 1 ? 'it' : 'them'}. ` +
                    `Push ${n === 1 ? 'it' : 'them'} before this step (git pull --rebase && git push) or set commit: false, then re-run. Nothing was pushed.`;
            return;
        }
        else if (tip !== null && tip !== head) {
            const drift = await (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .diffTrees */ .j_)(git, head, tip);
            const problem = replayProblem(plan, drift, attempt === 1 && headBranch !== branch);
            if (problem) {
                result.error = problem;
                return;
            }
            parent = tip;
        }
        const tree = parent === head ? plan.tree : await (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .applyChanges */ .YF)(git, plan.indexes, parent, plan.changes);
        if (tip !== null && tree === (await git.treeOf(tip))) {
            result.skippedReason = `${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch} already has these outputs: nothing to commit`;
            info(`Commit: ${result.skippedReason}`);
            return;
        }
        const sha = await (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .commitTree */ .SC)(git, tree, parent, plan.message, plan.author);
        result.committed = true;
        result.sha = sha;
        const n = plan.changes.length;
        info(`Commit: ${sha.slice(0, 12)} on ${tip === null ? `a new branch ${branch}` : branch} with ${n} file${n === 1 ? '' : 's'} (attempt ${attempt} of ${plan.attempts}).`);
        const outcome = await (0,_push_js__WEBPACK_IMPORTED_MODULE_2__/* .pushCommit */ .Sq)(git, sha, branch, tip);
        if (outcome.ok) {
            await settleCheckout(plan, result, sha, parent);
            return;
        }
        if (!outcome.moved) {
            result.error = outcome.message;
            return;
        }
        if (attempt === plan.attempts) {
            result.error =
                `the push to ${branch} was rejected ${attempt} time${attempt === 1 ? '' : 's'} because ${branch} kept moving (last: ${outcome.detail}). ` +
                    'Re-run the job.';
            return;
        }
        const wait = plan.backoff(attempt);
        info(`Commit: ${branch} moved while pushing (${outcome.detail}); fetching and rebasing, next attempt in ${wait} ms.`);
        await plan.sleep(wait);
    }
}
/** After a push: HEAD follows the pushed commit when it was built on HEAD; otherwise the checkout stays. */
async function settleCheckout(plan, result, sha, parent) {
    const { branch, info } = plan;
    const { git, head, headBranch } = plan.checkout;
    result.pushed = true;
    info(`Commit: pushed ${sha.slice(0, 12)} to ${branch}.`);
    if (parent === head && (headBranch === '' || headBranch === branch)) {
        // The push stands whatever happens here: a failure is only worth a warning.
        await moveHead(git, head, sha, plan.changes).catch((err) => result.warnings.push(`Pushed ${sha.slice(0, 12)}, but could not move the checkout's HEAD to it: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .g)(err)}`));
    }
    else {
        info(`Commit: the checkout stays at ${head.slice(0, 12)}; ${branch} now has the generated commit on top of ${parent.slice(0, 12)}.`);
    }
}
/** Why the commit cannot be replayed from HEAD onto the remote tip, or null. */
function replayProblem(plan, drift, foreignCheckout) {
    const { branch, checkout } = plan;
    const head = checkout.head.slice(0, 12);
    const changedContracts = (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .contractChanges */ .CC)(drift, plan.scope);
    if (changedContracts.length > 0) {
        const list = listPaths(changedContracts);
        // The first look at a tip that is not our own branch: the checkout is something else (a merge ref).
        if (foreignCheckout) {
            return (`the checkout (${head}${checkout.headBranch ? `, branch ${checkout.headBranch}` : ', detached HEAD'}) has contracts that differ from ${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch} (${list}), ` +
                `so its outputs do not belong on ${branch}. For a pull request, check out the branch itself: \`ref: \${{ github.head_ref }}\` in actions/checkout.`);
        }
        return `contracts changed on ${branch} while generating; re-run (changed: ${list}).`;
    }
    const conflicts = (0,_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .replayConflicts */ .xM)(plan.changes, drift);
    if (conflicts.length === 0)
        return null;
    return (`rebasing the generated commit onto ${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch} conflicts in ${listPaths(conflicts)}: ${branch} changed ${conflicts.length === 1 ? 'this file' : 'these files'} since ${head}. ` +
        'The rebase was aborted; nothing was committed or pushed and the working tree is as generation left it. Re-run on the current branch.');
}
/** The remote-tracking ref of `branch` as it is now, or null. */
async function trackingTip(git, branch) {
    const out = await git.revParse(['--verify', '-q', `refs/remotes/${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch}^{commit}`], { allowFailure: true });
    return out.code === 0 ? out.stdout.trim() : null;
}
/**
 * Commits HEAD has that the remote branch lacks. `onTip`: the remote tip is an ancestor of HEAD
 * (HEAD is ahead; `count` commits). Otherwise `count` is what HEAD has on top of the commit the
 * checkout left as origin/<branch> (0 when unknown). Neither needs deepening a shallow clone:
 * HEAD's own history reaches the commit it was cloned at.
 */
async function unpushedCommits(git, head, tip, checkedOut) {
    if (await git.isAncestor(tip, head))
        return { onTip: true, count: await countBetween(git, tip, head) };
    if (checkedOut !== null && checkedOut !== head && checkedOut !== tip && (await git.isAncestor(checkedOut, head))) {
        return { onTip: false, count: await countBetween(git, checkedOut, head) };
    }
    return { onTip: false, count: 0 };
}
async function countBetween(git, from, to) {
    return Number((0,_shared_git_js__WEBPACK_IMPORTED_MODULE_0__/* .outputText */ .jO)(await git.revList(['--count', `${from}..${to}`])));
}
/** Fetches the target branch (depth 1 in a shallow clone: only its tree is needed); null when it does not exist. */
async function fetchBranch(git, branch, shallow) {
    const tracking = `refs/remotes/${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}/${branch}`;
    const args = [
        '--no-tags',
        '--no-recurse-submodules',
        '--quiet',
        ...(shallow ? ['--depth=1'] : []),
        _push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn,
        `+refs/heads/${branch}:${tracking}`,
    ];
    const out = await git.fetch(args, { allowFailure: true });
    if (out.code !== 0) {
        if (/couldn't find remote ref|no such ref was fetched/i.test(out.stderr))
            return null;
        throw new Error(`fetching ${branch} from ${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn} failed: ${out.stderr.trim().split('\n').slice(-4).join(' ')}`);
    }
    return (0,_shared_git_js__WEBPACK_IMPORTED_MODULE_0__/* .outputText */ .jO)(await git.revParse(['--verify', `${tracking}^{commit}`]));
}
/** After a push of a commit made directly on HEAD: HEAD and the user's index follow, nothing else moves. */
async function moveHead(git, head, sha, changes) {
    await git.updateRef(['-m', 'pacto: commit generated outputs', 'HEAD', sha, head]);
    await git.updateIndex(['--add', '--remove', '-z', '--stdin'], { input: changes.map((c) => `${c.path}\0`).join('') });
}
function listPaths(paths) {
    const shown = paths.slice(0, 10).join(', ');
    return paths.length > 10 ? `${shown} and ${paths.length - 10} more` : shown;
}


/***/ }),

/***/ 16922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ openCheckout),
/* harmony export */   l: () => (/* binding */ contractScope)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9322);
/* harmony import */ var _shared_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84025);
/** The checkout the action runs in: its repository, HEAD, and the paths of this run inside it. */



async function openCheckout(config, env, debug) {
    const found = await (0,_shared_git_js__WEBPACK_IMPORTED_MODULE_1__/* .findRepo */ .O7)(config.workingDirectory, env, [config.workspace]);
    if (found.error !== null) {
        return (`${config.workingDirectory} is not inside a git repository (git says: ${found.error}). ` +
            'Check the repository out with actions/checkout before this step.');
    }
    const { top, prefix } = found;
    const git = new _shared_git_js__WEBPACK_IMPORTED_MODULE_1__/* .GitRunner */ .bl(top, env, { log: debug });
    const head = (await git.revParse(['--verify', '-q', 'HEAD^{commit}'], { allowFailure: true })).stdout.trim();
    if (head === '')
        return 'the checkout has no commit (HEAD is unborn); push an initial commit to the repository first.';
    if (!(await git.hasRemote(_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn))) {
        return `the repository has no remote "${_push_js__WEBPACK_IMPORTED_MODULE_2__/* .REMOTE */ .Bn}". Check it out with actions/checkout, which sets it up with push credentials.`;
    }
    const headBranch = (await git.symbolicRef(['-q', '--short', 'HEAD'], { allowFailure: true })).stdout.trim();
    const shallow = await git.isShallow();
    const repoPath = (p) => {
        const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(prefix === '' ? p : `${prefix}/${p}`);
        return joined === '.' ? '' : joined.replace(/\/$/, '');
    };
    return { git, head, headBranch, shallow, repoPath };
}
/**
 * Where the contracts live, repository-relative: their bundle directories and referenced files,
 * minus this run's outputs (a regenerated file elsewhere is not a contract change).
 */
function contractScope(checkout, workingDirectory, contracts, generation) {
    const { repoPath } = checkout;
    const fromWd = (abs) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workingDirectory, abs).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
        if (rel.startsWith('../') || rel === '..' || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel))
            return null;
        return repoPath(rel === '' ? '.' : rel);
    };
    const dirs = [...new Set(contracts.map((c) => repoPath(c.bundle)))];
    const files = contracts
        .flatMap((c) => [c.absFile, ...c.referencedFiles])
        .map(fromWd)
        .filter((p) => p !== null);
    // An output directory that holds a bundle (output-dir: '{bundle}') cannot be left out wholesale.
    const holdsBundle = (d) => dirs.some((b) => d === '' || b === d || b.startsWith(`${d}/`));
    const outputDirs = [...new Set(generation.jobs.map((j) => repoPath(j.outputDir)))].filter((d) => !holdsBundle(d));
    const outputFiles = new Set(generation.files.map((f) => repoPath(f.path)));
    // A referenced file this run generated (feeds-contract: true) is an output, not an input.
    return { dirs, files: files.filter((f) => !outputFiles.has(f)), outputFiles, outputDirs };
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ REMOTE),
/* harmony export */   Sq: () => (/* binding */ pushCommit),
/* harmony export */   sK: () => (/* binding */ redactUrls)
/* harmony export */ });
/* unused harmony exports remoteTip, refusalKind, remoteWords */
/* harmony import */ var _shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8406);
/**
 * One push of one commit, and what a failed push means: the remote moved (retry) or the
 * remote refused (say why, with the remote's own words).
 */

const REMOTE = 'origin';
/** The remote's tip of `branch`, or null when the branch does not exist there. */
async function remoteTip(git, branch) {
    const out = await git.lsRemote(['--heads', REMOTE, `refs/heads/${branch}`]);
    const line = out.stdout.split('\n').find((l) => l.endsWith(`\trefs/heads/${branch}`));
    return line ? line.split('\t')[0] : null;
}
/**
 * Pushes `sha` to `branch` with the credentials the checkout left and hooks enabled.
 * `expectedTip` is the remote tip the commit was built on (null: the branch is being created).
 */
async function pushCommit(git, sha, branch, expectedTip, 
/** Replace whatever `expectedTip` is (a branch this action owns), but only if the remote still has it there. */
force = false) {
    const lease = force ? [`--force-with-lease=refs/heads/${branch}:${expectedTip ?? ''}`] : [];
    const out = await git.push(['--porcelain', ...lease, REMOTE, `${sha}:refs/heads/${branch}`], { allowFailure: true });
    if (out.code === 0 && !/^!/m.test(out.stdout))
        return { ok: true };
    const text = `${out.stdout}\n${out.stderr}`;
    const kind = refusalKind(text);
    if (kind !== null)
        return { ok: false, moved: false, kind, message: refusalMessage(kind, branch, out) };
    if (/\[rejected\][^\n]*\((fetch first|non-fast-forward|stale info)\)/.test(text))
        return { ok: false, moved: true, detail: statusLine(out) };
    // "failed to update ref" / "cannot lock ref" are also what a push racing another looks like:
    // only the remote's current tip tells a race from a refusal.
    const tip = await remoteTip(git, branch).catch(() => expectedTip);
    if (tip !== expectedTip)
        return { ok: false, moved: true, detail: statusLine(out) };
    return { ok: false, moved: false, kind: 'other', message: refusalMessage('other', branch, out) };
}
/** Refusals that retrying cannot fix. */
function refusalKind(text) {
    if (/refusing to allow an? (GitHub App|OAuth App|Personal Access Token|integration)[^\n]*workflow/i.test(text) ||
        /without [`']?workflows?[`']? (permission|scope)/i.test(text)) {
        return 'workflow';
    }
    if (/GH006|GH013|protected branch|Repository rule violations|Changes must be made through a pull request/i.test(text))
        return 'protected';
    if (/Permission to \S+ denied|The requested URL returned error: 403|Write access to repository not granted|insufficient permission|Permission denied|unable to create temporary object directory|\b403\b[^\n]*forbidden/i.test(text)) {
        return 'permission';
    }
    return null;
}
function refusalMessage(kind, branch, out) {
    const head = {
        permission: `The push to ${branch} was refused: the credentials actions/checkout left cannot write to this repository. ` +
            "Give the job `permissions: contents: write` (and keep actions/checkout's persist-credentials), or check out with a token that can push.",
        protected: `The push to ${branch} was refused: the branch is protected (or a ruleset requires pull requests). ` +
            'The default GITHUB_TOKEN cannot push there: check out with a PAT or GitHub App token allowed to bypass the rule (actions/checkout `token:`), ' +
            'or set commit: false and open a pull request with the generated changes instead.',
        workflow: `The push to ${branch} was refused: it changes a file under .github/workflows, which the default GITHUB_TOKEN may never do. ` +
            'Check out with a PAT (workflow scope) or a GitHub App token with the workflows permission through actions/checkout `token:`, or move the outputs out of .github/workflows.',
        other: /\[(remote )?rejected\]/.test(out.stdout + out.stderr) ? `The push to ${branch} was refused.` : `The push to ${branch} failed.`,
    };
    // A refusal nobody classified may come from our side (a pre-push hook): show all git said.
    const remote = remoteWords(out, kind === 'other');
    return remote ? `${head[kind]}\n${kind === 'other' ? 'git said' : 'The remote said'}:\n${remote}` : head[kind];
}
/** The remote's own lines and git's status line (or every line), safe to log (no credentials, no workflow commands). */
function remoteWords(out, everything = false) {
    const lines = `${out.stderr}\n${out.stdout}`
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => (everything ? l.trim() !== '' && !/^(To |Done$)/.test(l) : /^(remote:|error:|fatal:|!\t| ! )/.test(l)))
        .map((l) => l.replace(/^!\t/, '! ').replace(/\t/g, ' '));
    const unique = [...new Set(lines)].slice(0, 30);
    return (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeForLog */ .F0)(redactUrls(unique.map((l) => `  ${l}`).join('\n')));
}
function statusLine(out) {
    const line = out.stdout.split('\n').find((l) => l.startsWith('!')) ?? out.stderr.trim().split('\n').pop() ?? '';
    return (0,_shared_sanitize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeForLog */ .F0)(redactUrls(line.replace(/\t/g, ' ').trim()));
}
/** Hides credentials embedded in URLs (https://user:token@host). */
function redactUrls(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
}


/***/ }),

/***/ 46866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ contractChanges),
/* harmony export */   K9: () => (/* binding */ collectChanges),
/* harmony export */   Mq: () => (/* binding */ ABSENT_MODE),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   YF: () => (/* binding */ applyChanges),
/* harmony export */   hc: () => (/* binding */ TempIndexes),
/* harmony export */   j_: () => (/* binding */ diffTrees),
/* harmony export */   xM: () => (/* binding */ replayConflicts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Tree work in temporary indexes (GIT_INDEX_FILE): the user's index, HEAD and working tree are
 * never touched while a commit is built, so whatever they staged stays out of it.
 */



const ABSENT_MODE = '000000';
/** A scratch place for index files, removed by dispose(). */
class TempIndexes {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    n = 0;
    static async create(root = node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir()) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(root, { recursive: true });
        return new TempIndexes(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, 'pacto-git-')));
    }
    /** Environment for a fresh index file. */
    next() {
        this.n += 1;
        return { GIT_INDEX_FILE: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `index-${this.n}`) };
    }
    async dispose() {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rm(this.dir, { recursive: true, force: true });
    }
}
/** Raw `diff-tree -r -z` output of two tree-ish, renames off. */
async function diffTrees(git, a, b) {
    const out = await git.diffTree(['-r', '-z', '--no-renames', '--no-commit-id', a, b]);
    const parts = out.stdout.split('\0');
    const changes = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) [A-Z]/.exec(parts[i]);
        if (!m)
            continue;
        changes.push({ oldMode: m[1], newMode: m[2], oldSha: m[3], newSha: m[4], path: parts[i + 1] });
    }
    return changes;
}
/**
 * Applies the created/updated files (from the working tree) and the deleted ones to HEAD's tree.
 * Ignored files are never force-added: `check-ignore` against HEAD's tree leaves tracked files in.
 */
async function collectChanges(git, indexes, head, written, deleted) {
    const env = indexes.next();
    await git.readTree(head, { env });
    let ignored = [];
    if (written.length > 0) {
        const check = await git.checkIgnore(['-z', '--stdin'], { env, input: nulList(written), allowFailure: true });
        if (check.code > 1)
            throw new Error(`git check-ignore failed: ${check.stderr.trim()}`);
        ignored = check.stdout.split('\0').filter((p) => p !== '');
    }
    const ignoredSet = new Set(ignored);
    const toAdd = written.filter((p) => !ignoredSet.has(p));
    if (toAdd.length > 0)
        await git.updateIndex(['--add', '--remove', '-z', '--stdin'], { env, input: nulList(toAdd) });
    if (deleted.length > 0)
        await git.updateIndex(['--force-remove', '-z', '--stdin'], { env, input: nulList(deleted) });
    const tree = await git.writeTree({ env });
    const changes = await diffTrees(git, head, tree);
    return { tree, changes, ignored };
}
/** The tree of `parent` with `changes` (their new side) applied. */
async function applyChanges(git, indexes, parent, changes) {
    const env = indexes.next();
    await git.readTree(parent, { env });
    const zero = '0'.repeat(changes[0]?.newSha.length ?? 40);
    const info = changes
        .map((c) => (c.newMode === ABSENT_MODE ? `0 ${zero}\t${c.path}\0` : `${c.newMode} ${c.newSha}\t${c.path}\0`))
        .join('');
    if (info !== '')
        await git.updateIndex(['-z', '--index-info'], { env, input: info });
    return git.writeTree({ env });
}
/**
 * The paths where replaying `changes` (made on top of `base`) onto `target` would conflict:
 * the target changed them since `base`, and not to what we produced. `baseToTarget` is
 * diffTrees(base, target).
 */
function replayConflicts(changes, baseToTarget) {
    const theirs = new Map(baseToTarget.map((c) => [c.path, c]));
    return changes
        .filter((ours) => {
        const t = theirs.get(ours.path);
        if (!t)
            return false;
        return !(t.newMode === ours.newMode && (t.newSha === ours.newSha || ours.newMode === ABSENT_MODE));
    })
        .map((c) => c.path);
}
/** A commit object; plumbing runs no hooks, so this is `commit --no-verify` without touching HEAD. */
async function commitTree(git, tree, parent, message, who) {
    const env = {
        GIT_AUTHOR_NAME: who.name,
        GIT_AUTHOR_EMAIL: who.email,
        GIT_COMMITTER_NAME: who.name,
        GIT_COMMITTER_EMAIL: who.email,
    };
    const args = [tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
    return git.commitTree(args, { env, input: message.endsWith('\n') ? message : `${message}\n` });
}
/** The contract paths that differ in `diff`, sorted. */
function contractChanges(diff, scope) {
    const under = (p, dir) => dir === '' || p === dir || p.startsWith(`${dir}/`);
    const files = new Set(scope.files);
    return diff
        .map((c) => c.path)
        .filter((p) => {
        if (files.has(p))
            return true;
        if (!scope.dirs.some((d) => under(p, d)))
            return false;
        if (scope.outputFiles.has(p))
            return false;
        return !scope.outputDirs.some((d) => under(p, d));
    })
        .sort();
}
function nulList(paths) {
    return paths.map((p) => `${p}\0`).join('');
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

//# sourceMappingURL=470.index.js.map
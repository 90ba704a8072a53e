export const id = 888;
export const ids = [888];
export const modules = {

/***/ 87888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentFromArtifact: () => (/* binding */ commentFromArtifact),
  commentOnRun: () => (/* binding */ commentOnRun)
});

// UNUSED EXPORTS: DOCS, workspaceRelative

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/publish/github/client.ts
var client = __webpack_require__(82472);
// EXTERNAL MODULE: ./src/shared/hash.ts
var hash = __webpack_require__(49913);
;// CONCATENATED MODULE: ./src/publish/comment/marker.ts
/**
 * The hidden first line that finds a comment again: one comment per workflow job and working
 * directory. The key is hashed, so no text from a report can shape the marker or close the
 * HTML comment early.
 */

const PREFIX = '<!-- pacto-generate-action:comment ';
/**
 * `shard` ("2/4") keeps the legs of a sharded matrix from overwriting each other's comment;
 * `workflow` (its name) keeps apart two workflows whose jobs have the same id.
 */
function commentMarker(job, workingDirectory, shard = '', workflow = '') {
    const key = (0,hash/* sha256 */.s)(`${job}\n${workingDirectory}${shard === '' ? '' : `\n${shard}`}${workflow === '' ? '' : `\nworkflow:${workflow}`}`).slice(0, 16);
    return `${PREFIX}${key} -->`;
}
/** Our comment starts with the marker; a marker quoted later in someone's text does not count. */
function hasMarker(body, marker) {
    return typeof body === 'string' && body.startsWith(marker);
}

;// CONCATENATED MODULE: ./src/publish/comment/post.ts

async function upsertComment(input) {
    const { octokit } = input.client;
    const { owner, repo, issue } = input;
    const all = (await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
    }));
    const ours = all.filter((c) => hasMarker(c.body, input.marker) && c.user?.type === 'Bot').sort((a, b) => a.id - b.id);
    const existing = ours[0];
    if (!existing) {
        if (input.policy === 'on-change' && !input.hasFindings) {
            return { operation: 'skipped', id: null, url: '', reason: 'nothing to report and no earlier comment to update (comment: on-change)' };
        }
        const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: input.body });
        return { operation: 'created', id: created.data.id, url: created.data.html_url, reason: '' };
    }
    if (existing.body === input.body)
        return { operation: 'unchanged', id: existing.id, url: existing.html_url, reason: '' };
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: input.body });
    return { operation: 'updated', id: updated.data.id, url: updated.data.html_url, reason: '' };
}

// EXTERNAL MODULE: ./src/shared/sanitize.ts
var sanitize = __webpack_require__(8406);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(24646);
;// CONCATENATED MODULE: ./src/publish/comment/render.ts
/**
 * The sticky pull-request comment, rendered from a JSON report alone: the same code serves this
 * run's report and, in mode: comment, a report that a fork's code may have written. So the
 * report is `unknown` here: every field is read defensively, every string is data (HTML- and
 * Markdown-escaped, @mentions broken, clipped), and the whole stays under GitHub's 65,536
 * characters: long sections are collapsed, and what still does not fit is cut with a note.
 */


/** GitHub refuses comment bodies over 65,536 characters; keep room for the cut note. */
const COMMENT_LIMIT = 60_000;
const MAX_TEXT = 300;
const MAX_ROWS_PER_TABLE = 100;
const COLLAPSE_ROWS = 10;
const ZWSP = '\u200B';
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
function clip(s, max = MAX_TEXT) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
/**
 * Breaks what GitHub turns into a reference to another issue (`#123`, `owner/repo#123`, `GH-123`,
 * an issue's URL: each leaves a "mentioned this" on that issue) or into a link. Applied to the raw
 * text, before escaping, so the `#` of an entity such as `&#39;` is left whole.
 */
function inertReferences(s) {
    return s
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
/**
 * Untrusted text for Markdown: escaped, clipped, no @mention can ping anyone and no `#123`,
 * `GH-123` or issue URL can cross-reference (and so notify) another issue.
 */
function render_text(v, max = MAX_TEXT) {
    return (0,sanitize/* escapeMarkdown */.FV)(inertReferences(clip(str(v), max)));
}
/**
 * Untrusted text as inline code. GitHub still parses Markdown between <code> tags, so the
 * punctuation that makes links, images and emphasis becomes entities; mentions are broken.
 */
function code(v, max = MAX_TEXT) {
    const s = clip(str(v), max);
    const inert = (0,sanitize/* escapeHtml */.ZD)(inertReferences(s))
        .replace(/[[\]()*_`~\\!|]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/\r\n|\r|\n/g, ' ');
    return `<code>${inert}</code>`;
}
/** True when the report holds something a reviewer should see (on-change posts only then). */
function hasFindings(report) {
    const r = obj(report);
    const t = obj(r.totals);
    return (r.failed === true ||
        num(t.invalid) > 0 ||
        num(t.errors) > 0 ||
        num(t.warnings) > 0 ||
        arr(obj(r.drift).entries).length > 0 ||
        arr(r.pluginFailures).length > 0 ||
        breakingChanges(r.diff).length > 0);
}
function renderComment(report, ctx) {
    const r = obj(report);
    const sections = [];
    const errors = arr(r.errors).map(obj);
    if (errors.length > 0) {
        sections.push({ head: '#### Errors\n\n', rows: errors.map((e) => `- **${render_text(e.kind, 40)}**: ${render_text(e.message, 1000)}`) });
    }
    sections.push(...findingSections(r));
    sections.push(...breakingSection(r.diff));
    sections.push(...driftSection(r, ctx));
    sections.push(...pluginSections(r));
    return fit(headline(r, ctx), sections, footer(ctx), ctx);
}
function headline(r, ctx) {
    const t = obj(r.totals);
    const failed = r.failed === true;
    const where = [
        ctx.job ? `job ${code(ctx.job, 100)}` : '',
        ctx.workingDirectory && ctx.workingDirectory !== '.' ? `in ${code(ctx.workingDirectory, 200)}` : '',
    ]
        .filter((s) => s !== '')
        .join(' ');
    const parts = [
        (0,shared_text/* plural */.L)(num(t.contracts), 'contract'),
        `${num(t.valid)} valid`,
        `${num(t.invalid)} invalid`,
        (0,shared_text/* plural */.L)(num(t.errors), 'error'),
        (0,shared_text/* plural */.L)(num(t.warnings), 'warning'),
    ];
    const mode = str(r.mode);
    if (mode)
        parts.push(`mode ${code(mode, 20)}`);
    let out = `${ctx.marker}\n### ${failed ? '❌' : '✅'} Pacto contracts${where ? ` (${where})` : ''}\n\n${parts.join(' · ')}\n\n`;
    if (failed)
        out += `**Failed:** ${render_text(r.reason, 1000)}\n\n`;
    else if (!hasFindings(r))
        out += 'Nothing to report: every contract is valid and the outputs are up to date.\n\n';
    return out;
}
function findingSections(r) {
    const out = [];
    const contracts = arr(r.contracts).map(obj);
    for (const c of contracts) {
        const findings = [...arr(c.errors).map((f) => ['❌', obj(f)]), ...arr(c.warnings).map((f) => ['⚠️', obj(f)])];
        if (findings.length === 0)
            continue;
        const rows = findings.map(([icon, f]) => {
            const line = typeof f.line === 'number' ? `${f.line}${typeof f.column === 'number' ? `:${f.column}` : ''}` : '';
            return `| ${icon} | ${code(f.code, 80)} | ${str(f.path) ? code(f.path, 200) : ''} | ${line} | ${render_text(f.message)} |`;
        });
        const verdict = c.valid === false ? '❌ invalid' : '⚠️ valid with warnings';
        out.push({
            head: '| | Code | Path | Line | Message |\n|---|---|---|---|---|\n',
            rows,
            details: `${code(c.file, 200)} — ${render_text(c.service || 'unknown service', 100)} ${render_text(c.version, 50)}: ${verdict}, ${(0,shared_text/* plural */.L)(arr(c.errors).length, 'error')}, ${(0,shared_text/* plural */.L)(arr(c.warnings).length, 'warning')}`,
        });
    }
    return out;
}
function driftSection(r, ctx) {
    const drift = obj(r.drift);
    const entries = arr(drift.entries).map(obj);
    if (entries.length === 0)
        return [];
    const artifact = obj(r.artifact);
    const url = str(artifact.url);
    // Only an artifact's page of this repository: any other page (an issue: a cross-reference) or a
    // path that climbs out with ../ is not a link the report may make.
    const trusted = ctx.linkPrefix !== '' &&
        url.startsWith(ctx.linkPrefix) &&
        /^actions\/runs\/\d+\/artifacts\/\d+$/.test(url.slice(ctx.linkPrefix.length));
    const link = artifact.uploaded === true && trusted ? `[${render_text(artifact.name, 100)}](${url})` : null;
    const run = ctx.runUrl ? `[the workflow run](${ctx.runUrl})` : 'the workflow run';
    const where = link ? `the artifact ${link}` : `${run} (turn on \`upload-artifact\` to get it as an artifact)`;
    const fix = `The committed outputs are not what the plugins generate now. Regenerate them (\`mode: generate\`) and commit, ` +
        `or take \`pacto-drift.patch\` from ${where} and apply it at the root of the repository:\n\n${(0,sanitize/* codeBlock */.DV)('git apply pacto-drift.patch', 'sh')}\n`;
    const hints = arr(drift.hints).map((h) => `- 💡 ${render_text(h, 600)}`);
    return [
        {
            head: `#### Drift: ${(0,shared_text/* plural */.L)(entries.length, 'file')} out of date\n\n${fix}${hints.length > 0 ? `${hints.join('\n')}\n\n` : ''}| Status | File |\n|---|---|\n`,
            rows: entries.map((e) => `| ${render_text(e.status, 20)}${e.crlfOnly === true ? ' (line endings only)' : ''} | ${code(e.path, 300)} |`),
        },
    ];
}
function pluginSections(r) {
    const out = [];
    const failures = arr(r.pluginFailures).map(obj);
    if (failures.length > 0) {
        out.push({
            head: '#### Plugins that could not be resolved\n\nNo plugin ran.\n\n',
            rows: failures.map((p) => `- ❌ ${code(p.name, 100)} (${render_text(p.source, 100)}): ${render_text(p.message, 1000)}`),
        });
    }
    const failedJobs = arr(r.generated)
        .map(obj)
        .filter((j) => j.status === 'failed');
    if (failedJobs.length > 0) {
        out.push({
            head: '| Contract | Plugin | Error |\n|---|---|---|\n',
            rows: failedJobs.map((j) => `| ${code(j.contract, 200)} | ${code(j.plugin, 100)} | ${render_text(j.error || j.message, 600)} |`),
            details: `❌ ${(0,shared_text/* plural */.L)(failedJobs.length, 'plugin job')} failed`,
        });
    }
    return out;
}
/**
 * The changes of a `diff` section, whatever its exact layout: any object (up to three levels
 * down) with a classification naming BREAKING, with the contract of its nearest parent that
 * names one. Unknown layouts render nothing rather than failing the comment.
 */
function breakingChanges(diff) {
    const out = [];
    const walk = (v, contract, depth) => {
        if (depth > 4 || out.length >= 1000)
            return;
        if (Array.isArray(v)) {
            for (const x of v)
                walk(x, contract, depth + 1);
            return;
        }
        const o = obj(v);
        const here = str(o.file) || str(o.baseFile) || str(o.contract) || str(o.service) || contract;
        const cls = str(o.classification) || str(o.class) || str(o.severity) || str(o.type);
        // A contract's own classification summarises its `changes`: the changes are the rows.
        if (/BREAKING/i.test(cls) && !/^NON/i.test(cls) && !Array.isArray(o.changes)) {
            out.push({
                contract: here,
                classification: cls,
                path: str(o.path),
                old: str(o.old ?? o.oldValue ?? o.from),
                new: str(o.new ?? o.newValue ?? o.to),
                message: str(o.message ?? o.reason ?? o.description),
            });
            return;
        }
        for (const child of Object.values(o))
            if (child && typeof child === 'object')
                walk(child, here, depth + 1);
    };
    walk(diff, '', 0);
    return out;
}
function breakingSection(diff) {
    const changes = breakingChanges(diff);
    if (changes.length === 0)
        return [];
    const breaking = changes.filter((c) => !/POTENTIAL/i.test(c.classification)).length;
    return [
        {
            head: '| Contract | Change | Path | Old → new | Class |\n|---|---|---|---|---|\n',
            rows: changes.map((c) => `| ${code(c.contract, 200)} | ${render_text(c.message, 300)} | ${c.path ? code(c.path, 200) : ''} | ${c.old || c.new ? `${code(c.old, 100)} → ${code(c.new, 100)}` : ''} | ${render_text(c.classification, 40)} |`),
            details: `💥 ${(0,shared_text/* plural */.L)(breaking, 'breaking change')}, ${changes.length - breaking} potentially breaking`,
        },
    ];
}
// --- fitting under the limit ---------------------------------------------------------------------
function footer(ctx) {
    return `\n<sub>${ctx.runUrl ? `[Workflow run](${ctx.runUrl}) · ` : ''}updated by pacto-generate-action</sub>\n`;
}
function renderSection(s, rows, cut) {
    const more = cut > 0 ? `\n…and ${cut} more (see the full report)\n` : '';
    const body = `${s.head}${rows.join('\n')}\n${more}${s.tail ?? ''}`;
    if (s.details === undefined)
        return `${body}\n`;
    const open = s.rows.length <= COLLAPSE_ROWS ? ' open' : '';
    return `<details${open}><summary>${s.details}</summary>\n\n${body}\n</details>\n\n`;
}
/**
 * Sections in order; each table keeps at most MAX_ROWS_PER_TABLE rows, and rows that would cross
 * the limit are cut (the section says how many). Sections that do not fit at all are left out,
 * and one note at the end says so.
 */
function fit(head, sections, foot, ctx) {
    const noteRoom = 400;
    let out = head;
    let leftOut = 0;
    let cutRows = 0;
    for (const s of sections) {
        const budget = COMMENT_LIMIT - out.length - foot.length - noteRoom;
        const rows = s.rows.slice(0, MAX_ROWS_PER_TABLE);
        let rendered = renderSection(s, rows, s.rows.length - rows.length);
        while (rendered.length > budget && rows.length > 0) {
            // Drop rows in proportion to the overshoot, at least one each time: a bounded loop.
            const over = rendered.length - budget;
            const avg = Math.max(1, rendered.length / Math.max(1, rows.length));
            rows.splice(Math.max(0, rows.length - Math.max(1, Math.ceil(over / avg))));
            rendered = renderSection(s, rows, s.rows.length - rows.length);
        }
        if (rows.length === 0 && s.rows.length > 0) {
            leftOut += 1;
            continue;
        }
        cutRows += s.rows.length - rows.length;
        out += rendered;
    }
    if (leftOut > 0 || cutRows > 0) {
        const what = [leftOut > 0 ? (0,shared_text/* plural */.L)(leftOut, 'section') : '', cutRows > 0 ? (0,shared_text/* plural */.L)(cutRows, 'row') : '']
            .filter((x) => x !== '')
            .join(' and ');
        out += `\n> [!NOTE]\n> This comment was cut to stay under GitHub's size limit (${what} left out); ${(0,sanitize/* escapeMarkdown */.FV)(ctx.reportWhere)} has everything.\n`;
    }
    return out + foot;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/publish/comment/report-artifact.ts
/**
 * mode: comment: the JSON report of a pull request's run, from the artifact that run uploaded.
 * The artifact was made by a workflow that ran the pull request's code (a fork's, perhaps), so it
 * is read as hostile data: its size is checked before the download, the zip is never extracted to
 * disk (one JSON entry is inflated in memory with a hard output cap), and the blob storage the API
 * redirects to never sees the token.
 */


/** A report is kilobytes; anything past this is not one. */
const MAX_REPORT_BYTES = 8 * 1024 * 1024;
const MAX_ARTIFACT_BYTES = 16 * 1024 * 1024;
class ReportArtifactError extends Error {
    missing;
    constructor(message, 
    /** Not found (the PR run failed before uploading, or expired): a notice, not a failure. */
    missing = false) {
        super(message);
        this.missing = missing;
        this.name = 'ReportArtifactError';
    }
}
async function downloadReport(client, where, fetchImpl = fetch) {
    const { octokit } = client;
    const { owner, repo, runId, name } = where;
    const list = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, name, per_page: 100 });
    const candidates = list.data.artifacts.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id);
    const artifact = candidates[0];
    if (!artifact) {
        throw new ReportArtifactError(`run ${runId} has no artifact named "${name}" (it expired, or the pull request's run stopped before its upload step: give that step \`if: always()\`)`, true);
    }
    if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
        throw new ReportArtifactError(`artifact "${name}" of run ${runId} is ${artifact.size_in_bytes} bytes; a report artifact is at most ${MAX_ARTIFACT_BYTES} (upload the JSON report alone)`);
    }
    const redirect = await octokit.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { redirect: 'manual' },
    });
    const location = redirect.headers.location;
    let zip;
    if (typeof location === 'string' && location !== '') {
        zip = await fetchCapped(fetchImpl, location, MAX_ARTIFACT_BYTES);
    }
    else if (redirect.data instanceof ArrayBuffer) {
        zip = Buffer.from(redirect.data);
    }
    else {
        throw new ReportArtifactError(`the download of artifact ${artifact.id} answered HTTP ${redirect.status} without a redirect to the zip`);
    }
    const { entry, content } = readJsonEntry(zip);
    let report;
    try {
        report = JSON.parse(content.toString('utf8'));
    }
    catch (err) {
        throw new ReportArtifactError(`${entry} in artifact "${name}" is not JSON: ${(0,errors/* errorMessage */.g)(err)}`);
    }
    return { report, artifactId: artifact.id, entry };
}
/** GET without credentials, refusing more than `max` bytes. */
async function fetchCapped(fetchImpl, url, max) {
    const res = await fetchImpl(url, { redirect: 'follow' });
    if (!res.ok || !res.body)
        throw new ReportArtifactError(`the artifact download from storage answered HTTP ${res.status}`);
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
        size += chunk.length;
        if (size > max)
            throw new ReportArtifactError(`the artifact is larger than ${max} bytes`);
        chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}
/**
 * The report entry of a zip: `pacto-report.json` at any depth, else the only `.json` entry.
 * Reads the central directory (no ZIP64: a report artifact is small), inflates that one entry
 * with an output cap, never touches the file system.
 */
function readJsonEntry(zip) {
    const bad = (why) => new ReportArtifactError(`the artifact is not a readable zip: ${why}`);
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw bad('no end of central directory');
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (p + 46 > zip.length || zip.readUInt32LE(p) !== 0x02014b50)
            throw bad('broken central directory');
        const nameLen = zip.readUInt16LE(p + 28);
        entries.push({
            method: zip.readUInt16LE(p + 10),
            compressed: zip.readUInt32LE(p + 20),
            size: zip.readUInt32LE(p + 24),
            local: zip.readUInt32LE(p + 42),
            name: zip.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
        });
        p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    }
    const files = entries.filter((e) => !e.name.endsWith('/'));
    const json = files.filter((e) => e.name.toLowerCase().endsWith('.json'));
    const chosen = json.find((e) => e.name.split('/').pop() === 'pacto-report.json') ?? (json.length === 1 ? json[0] : undefined);
    if (!chosen) {
        throw new ReportArtifactError(`the artifact holds no pacto-report.json${json.length > 1 ? ` and ${json.length} other JSON files` : ''} (entries: ${files
            .slice(0, 10)
            .map((e) => e.name)
            .join(', ') || 'none'})`);
    }
    if (chosen.size > MAX_REPORT_BYTES)
        throw new ReportArtifactError(`${chosen.name} is ${chosen.size} bytes; a report is at most ${MAX_REPORT_BYTES}`);
    const l = chosen.local;
    if (l + 30 > zip.length || zip.readUInt32LE(l) !== 0x04034b50)
        throw bad('broken local header');
    const start = l + 30 + zip.readUInt16LE(l + 26) + zip.readUInt16LE(l + 28);
    const data = zip.subarray(start, start + chosen.compressed);
    let content;
    try {
        if (chosen.method === 0)
            content = Buffer.from(data);
        else if (chosen.method === 8)
            content = external_node_zlib_default().inflateRawSync(data, { maxOutputLength: MAX_REPORT_BYTES });
        else
            throw bad(`compression method ${chosen.method}`);
    }
    catch (err) {
        if (err instanceof ReportArtifactError)
            throw err;
        throw bad(`${chosen.name} does not inflate within ${MAX_REPORT_BYTES} bytes (${(0,errors/* errorMessage */.g)(err)})`);
    }
    return { entry: chosen.name, content };
}

;// CONCATENATED MODULE: ./src/publish/comment/index.ts
/**
 * The sticky pull-request comment: from this run's report (input `comment` on a pull_request
 * run), or in mode: comment from the report artifact of a pull request's run (a workflow_run
 * workflow, which has a write token even for forks and never runs their code).
 *
 * A token that may not write (a fork's pull request, `pull-requests: write` missing) does not
 * fail the step: the result says so once, for the log and the job summary. Any other API
 * failure fails the step: a comment that was asked for and not posted is never reported as done.
 */







const DOCS = 'docs/pull-request-comments.md';
const result = (r) => ({
    pullRequest: null,
    id: null,
    url: '',
    error: null,
    ...r,
});
/** The working directory as the marker and the comment name it: relative to the workspace, '/'-separated. */
function workspaceRelative(config) {
    const rel = external_node_path_default().relative(config.workspace, config.workingDirectory).split((external_node_path_default()).sep).join('/');
    return rel === '' ? '.' : rel;
}
function splitRepo(repository) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    return m ? { owner: m[1], repo: m[2] } : null;
}
function runUrl(ctx) {
    return ctx.repository && /^\d+$/.test(ctx.runId) ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : null;
}
function makeClient(config, env, io, deps) {
    return (0,client/* createGithubClient */.zZ)({ token: config.token, env, onRetry: (m) => io.info(`GitHub API: ${m}`), ...deps.client });
}
/** Turns an API failure into the result: a refused write is said, anything else fails the step. */
function apiFailure(err, pr, forkHint) {
    const on = pr === null ? 'the pull request' : `#${pr}`;
    const e = err instanceof client/* GithubApiError */.Ab ? err : null;
    if (e && e.kind === 'permission') {
        const why = forkHint
            ? `this pull request comes from a fork, and GitHub gives its runs a read-only token. Post the comment from a workflow_run workflow instead (mode: comment; see ${DOCS})`
            : `give the job \`permissions: pull-requests: write\`; for a pull request from a fork, use a workflow_run workflow (mode: comment; see ${DOCS})`;
        return result({
            operation: 'not-permitted',
            pullRequest: pr,
            message: `The pull request comment was not posted on ${on}: the token may not write there (${e.message}). To get it, ${why}.`,
        });
    }
    const message = `The pull request comment on ${on} failed: ${(0,errors/* errorMessage */.g)(err)}`;
    return result({ operation: 'failed', pullRequest: pr, message, error: message });
}
function announce(r, io) {
    if (r.operation === 'not-permitted')
        io.warning(r.message, { title: 'pull request comment' });
    else if (r.operation === 'failed')
        io.error(r.message, { title: 'pull request comment' });
    else
        io.info(r.message);
    return r;
}
/** `comment` on this run's own pull request. */
async function commentOnRun(input) {
    const { config, context, io } = input;
    const policy = config.comment;
    const pr = context.pullRequest;
    if (!pr) {
        return announce(result({ operation: 'skipped', message: `No pull request comment: this ${context.event || 'local'} run is not for a pull request.` }), io);
    }
    const repo = splitRepo(context.repository);
    if (!repo)
        return announce(result({
            operation: 'failed',
            pullRequest: pr.number,
            message: 'GITHUB_REPOSITORY is not owner/name',
            error: 'GITHUB_REPOSITORY is not owner/name',
        }), io);
    const wd = workspaceRelative(config);
    const marker = commentMarker(context.job, wd, config.shard ? `${config.shard.index}/${config.shard.total}` : '', context.workflow);
    const link = runUrl(context);
    const body = renderComment(input.report, {
        marker,
        runUrl: link,
        job: context.job,
        workingDirectory: wd,
        reportWhere: input.reportWhere,
        linkPrefix: `${context.serverUrl}/${context.repository}/`,
    });
    const fork = pr.headRepo !== '' && pr.headRepo.toLowerCase() !== context.repository.toLowerCase();
    try {
        const client = makeClient(config, input.env, io, input.deps ?? {});
        const r = await upsertComment({ client, ...repo, issue: pr.number, marker, body, policy, hasFindings: hasFindings(input.report) });
        return announce(done(r, pr.number), io);
    }
    catch (err) {
        return announce(apiFailure(err, pr.number, fork), io);
    }
}
function done(r, pr) {
    const message = r.operation === 'skipped'
        ? `No pull request comment on #${pr}: ${r.reason}.`
        : `Pull request comment ${r.operation} on #${pr}: ${r.url}`;
    return result({ operation: r.operation, pullRequest: pr, id: r.id, url: r.url, message });
}
/**
 * mode: comment. Every fact that decides where the comment goes comes from GitHub (the
 * workflow_run event, the pulls API); the report only supplies the text, and may only name a
 * pull request that GitHub confirms has the run's head commit.
 */
async function commentFromArtifact(input) {
    const { config, context, io } = input;
    const checked = pullRequestRun(context, io);
    if ('refused' in checked)
        return checked.refused;
    const { run } = checked;
    const repo = splitRepo(context.repository);
    if (!repo) {
        const message = 'GITHUB_REPOSITORY is not owner/name';
        return announce(result({ operation: 'failed', message, error: message }), io);
    }
    let client;
    try {
        client = makeClient(config, input.env, io, input.deps ?? {});
    }
    catch (err) {
        const message = `The pull request comment failed: ${(0,errors/* errorMessage */.g)(err)}`;
        return announce(result({ operation: 'failed', message, error: message }), io);
    }
    let report;
    try {
        const got = await downloadReport(client, { ...repo, runId: run.id, name: config.commentArtifact }, input.deps?.fetch);
        report = got.report;
        // The entry name is the fork's: quoted, so a newline in it cannot start a workflow command.
        io.info(`Read ${JSON.stringify(got.entry)} from artifact "${config.commentArtifact}" (id ${got.artifactId}) of run ${run.id}.`);
    }
    catch (err) {
        if (err instanceof ReportArtifactError && err.missing) {
            io.notice(`No pull request comment: ${err.message}.`);
            return result({ operation: 'skipped', message: `No pull request comment: ${err.message}.` });
        }
        const message = `The pull request comment failed: the report artifact could not be read: ${(0,errors/* errorMessage */.g)(err)}`;
        return announce(result({ operation: 'failed', message, error: message }), io);
    }
    const claimed = claimedContext(report);
    let pr;
    try {
        const found = await verifiedPullRequest(client, repo, context, claimed.pullRequest);
        if (typeof found === 'string') {
            io.warning(found, { title: 'pull request comment' });
            return result({ operation: 'skipped', message: found });
        }
        pr = found;
    }
    catch (err) {
        return announce(apiFailure(err, claimed.pullRequest, false), io);
    }
    // The workflow is GitHub's word (the event), not the report's.
    const marker = commentMarker(claimed.job, claimed.workingDirectory, claimed.shard, run.name);
    const body = renderComment(report, {
        marker,
        runUrl: /^https?:\/\/[^\s()<>"']+$/.test(run.htmlUrl) ? run.htmlUrl : null,
        job: claimed.job,
        workingDirectory: claimed.workingDirectory,
        reportWhere: `the "${config.commentArtifact}" artifact of the pull request's run`,
        linkPrefix: `${context.serverUrl}/${context.repository}/`,
    });
    const policy = config.comment === 'always' ? 'always' : 'on-change';
    try {
        const r = await upsertComment({ client, ...repo, issue: pr, marker, body, policy, hasFindings: hasFindings(report) });
        return announce(done(r, pr), io);
    }
    catch (err) {
        return announce(apiFailure(err, pr, false), io);
    }
}
/** What the report says about its run: strings only, clipped (they name the comment, nothing more). */
function claimedContext(report) {
    const ctx = (report && typeof report === 'object' ? report.context : null);
    const c = ctx && typeof ctx === 'object' ? ctx : {};
    const pr = (c.pullRequest && typeof c.pullRequest === 'object' ? c.pullRequest : {});
    const n = pr.number;
    const s = (v, max) => (typeof v === 'string' ? v.slice(0, max) : '');
    const shard = (report && typeof report === 'object' ? report.shard : null);
    const shardKey = shard && typeof shard === 'object' && Number.isSafeInteger(shard.index) && Number.isSafeInteger(shard.total)
        ? `${String(shard.index)}/${String(shard.total)}`
        : '';
    return {
        pullRequest: typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null,
        job: s(c.job, 100),
        workingDirectory: s(c.workingDirectory, 300) || '.',
        shard: shardKey,
    };
}
/**
 * The pull request whose head is the run's head commit, as GitHub says: the run's own
 * pull_requests (same-repository PRs), else the open PRs whose head is the run's head
 * repository and branch. A number in the report must be one of them. Returns the number, or
 * why no comment is posted.
 */
async function verifiedPullRequest(client, repo, context, claimed) {
    const run = context.workflowRun;
    const { octokit } = client;
    const candidates = new Set(run.pullRequests);
    const headOwner = run.headRepo.split('/')[0] ?? '';
    if (headOwner !== '' && run.headBranch !== '') {
        const open = await octokit.paginate(octokit.rest.pulls.list, {
            ...repo,
            state: 'open',
            head: `${headOwner}:${run.headBranch}`,
            per_page: 100,
        });
        for (const p of open)
            if (p.head.sha === run.headSha)
                candidates.add(p.number);
    }
    const confirmed = [];
    for (const n of [...candidates].sort((a, b) => a - b)) {
        const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: n });
        const sameHead = data.head.sha === run.headSha;
        const sameRepo = run.headRepo === '' || (data.head.repo?.full_name ?? '').toLowerCase() === run.headRepo.toLowerCase();
        const ours = (data.base.repo?.full_name ?? '').toLowerCase() === context.repository.toLowerCase();
        if (sameHead && sameRepo && ours && data.state === 'open')
            confirmed.push(n);
    }
    if (claimed !== null && !confirmed.includes(claimed)) {
        return confirmed.length === 0
            ? `No pull request comment: no open pull request has the head commit ${run.headSha.slice(0, 12)} of run ${run.id} (it was pushed again or closed; the newer run comments), so the report's #${claimed} is not trusted.`
            : `No pull request comment: the report names #${claimed}, but GitHub links run ${run.id} (head ${run.headSha.slice(0, 12)}) to ${confirmed.map((n) => `#${n}`).join(', ')}; the report is not trusted.`;
    }
    if (claimed !== null)
        return claimed;
    if (confirmed.length === 1)
        return confirmed[0];
    return confirmed.length === 0
        ? `No pull request comment: no open pull request has the head commit ${run.headSha.slice(0, 12)} of run ${run.id}.`
        : `No pull request comment: run ${run.id} belongs to several pull requests (${confirmed.map((n) => `#${n}`).join(', ')}) and its report names none.`;
}
/** The pull request's run this workflow_run follows, or the comment's answer when it follows none. */
function pullRequestRun(context, io) {
    const run = context.workflowRun;
    if (context.event !== 'workflow_run' || !run) {
        const message = `mode: comment runs in a workflow started by workflow_run (this run's event is ${context.event || 'none'}); see ${DOCS}`;
        return { refused: announce(result({ operation: 'failed', message, error: message }), io) };
    }
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
        const message = `No pull request comment: workflow run ${run.id} ran for a ${run.event || 'unknown'} event, not a pull request.`;
        return { refused: announce(result({ operation: 'skipped', message }), io) };
    }
    return { run };
}


/***/ }),

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

//# sourceMappingURL=888.index.js.map
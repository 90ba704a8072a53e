/**
 * A runner-faithful harness for a node action (see docs: runner behaviour §1-2): the
 * environment the runner builds, file-command files, the runner's file-command grammar and
 * its workflow-command scanning of stdout and stderr. Used by scripts/local-run.mjs, the demo
 * and the end-to-end tests, so all three run the action the same way.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SUMMARY_LIMIT = 1024 * 1024;

/** Commands the runner recognises; any other `::x::` line is plain text. */
export const REGISTERED_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'stop-commands',
]);

/** `INPUT_` + name, spaces to underscores, upper case, hyphens kept. */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The inputs, outputs and runs of an action.yml. */
export function readActionYml(file = path.join(REPO_ROOT, 'action.yml')) {
  const doc = parseYaml(fs.readFileSync(file, 'utf8'));
  return { inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {}, runs: doc.runs ?? {} };
}

/** Names whose values are secrets: never printed or returned for display. */
export function isSecretName(name) {
  return /TOKEN|SECRET|PASSWORD/i.test(name);
}

/** A copy of env for display: non-empty values of secret-looking names become `***`. */
export function redactEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env ?? {})) out[k] = isSecretName(k) && v !== '' && v !== undefined && v !== null ? '***' : v;
  return out;
}

/** The runner evaluates default expressions; locally only ${{ github.token }} is known. */
function evaluateDefault(value, env) {
  if (value === undefined || value === null) return '';
  const text = String(value);
  const m = /^\$\{\{\s*(.+?)\s*\}\}$/.exec(text);
  if (!m) return text;
  if (m[1] === 'github.token' || m[1] === 'secrets.GITHUB_TOKEN') return env.GITHUB_TOKEN ?? '';
  return '';
}

export class FileCommandError extends Error {}

/**
 * The runner's key/value file-command grammar (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE):
 * LF-separated lines (a CR stays in the line), `NAME=VALUE` split at the first `=` when it
 * comes before any `<<`, else `NAME<<DELIM` heredocs ending at a line exactly equal to DELIM.
 * Throws FileCommandError with the runner's messages.
 */
export function parseFileCommands(text) {
  const result = {};
  if (text === '') return result;
  const lines = text.split('\n');
  // A trailing newline leaves one empty element that is not a line.
  const endsWithNewline = text.endsWith('\n');
  if (endsWithNewline) lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const e = line.indexOf('=');
    const h = line.indexOf('<<');
    if (e >= 0 && (h < 0 || e < h)) {
      result[line.slice(0, e)] = line.slice(e + 1);
    } else if (h >= 0) {
      const name = line.slice(0, h);
      const delim = line.slice(h + 2);
      if (name === '' || delim === '') {
        throw new FileCommandError(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      const value = [];
      let found = false;
      for (i = i + 1; i < lines.length; i++) {
        if (lines[i] === delim) {
          found = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!found) {
        if (!endsWithNewline) throw new FileCommandError('Invalid value. EOF marker missing new line.');
        throw new FileCommandError(`Invalid value. Matching delimiter not found '${delim}'`);
      }
      result[name] = value.join('\n');
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
  }
  return result;
}

function unescapeData(s) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s) {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function parseProps(text, separator) {
  const props = {};
  if (!text) return props;
  for (const pair of text.split(separator)) {
    const eq = pair.indexOf('=');
    if (eq > 0) props[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return props;
}

/** One line as the runner reads it: a command `{name, properties, data}` or null. */
export function parseCommandLine(line) {
  const trimmed = line.replace(/^[\s\u0085]+/, '');
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (REGISTERED_COMMANDS.has(name)) {
        return {
          name,
          properties: parseProps(space < 0 ? '' : info.slice(space + 1), ','),
          data: unescapeData(trimmed.slice(end + 2)),
          legacy: false,
        };
      }
    }
  }
  const start = line.indexOf('##[');
  if (start >= 0) {
    const rb = line.indexOf(']', start);
    if (rb >= 0) {
      const info = line.slice(start + 3, rb);
      const space = info.indexOf(' ');
      const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
      if (REGISTERED_COMMANDS.has(name)) {
        return {
          name,
          properties: parseProps(space < 0 ? '' : info.slice(space + 1), ';'),
          data: unescapeData(line.slice(rb + 1)),
          legacy: true,
        };
      }
    }
  }
  return null;
}

/**
 * Scans output lines (LF, CR or CRLF, as .NET ReadLine splits them) for workflow commands,
 * honouring ::stop-commands::. Returns the commands, the annotations and the masked values.
 */
export function parseWorkflowCommands(text) {
  const commands = [];
  const annotations = [];
  const masks = [];
  const outputs = {};
  let stopToken = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (stopToken !== null) {
      if (line.trim() === `::${stopToken}::`) stopToken = null;
      continue;
    }
    const cmd = parseCommandLine(line);
    if (!cmd) continue;
    commands.push(cmd);
    if (cmd.name === 'stop-commands') stopToken = cmd.data;
    else if (cmd.name === 'add-mask' && cmd.data !== '') masks.push(cmd.data);
    else if (cmd.name === 'set-output' && cmd.properties.name) outputs[cmd.properties.name] = cmd.data;
    else if (cmd.name === 'error' || cmd.name === 'warning' || cmd.name === 'notice') {
      const p = cmd.properties;
      annotations.push({
        level: cmd.name,
        message: cmd.data,
        file: p.file ?? null,
        line: p.line !== undefined ? Number(p.line) : null,
        column: p.col !== undefined ? Number(p.col) : null,
        endLine: p.endLine !== undefined ? Number(p.endLine) : null,
        endColumn: p.endColumn !== undefined ? Number(p.endColumn) : null,
        title: p.title ?? null,
      });
    }
  }
  return { commands, annotations, masks, outputs };
}

/** `[error] file:line:col title: message` */
export function formatAnnotation(a) {
  let where = a.file ?? '';
  if (a.file && a.line !== null) where += `:${a.line}${a.column !== null ? `:${a.column}` : ''}`;
  const head = [where, a.title].filter(Boolean).join(' ');
  return `[${a.level}] ${head ? `${head}: ` : ''}${a.message}`;
}

/** The log as a person reads it on GitHub: commands rendered, masked values hidden. */
export function renderLog(text, { debug = false } = {}) {
  const { masks } = parseWorkflowCommands(text);
  const out = [];
  let stopToken = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (stopToken !== null) {
      if (line.trim() === `::${stopToken}::`) stopToken = null;
      else out.push(line);
      continue;
    }
    const cmd = parseCommandLine(line);
    if (!cmd) out.push(line);
    else if (cmd.name === 'group') out.push(`▸ ${cmd.data}`);
    else if (cmd.name === 'endgroup' || cmd.name === 'add-mask') continue;
    else if (cmd.name === 'debug') {
      if (debug) out.push(`[debug] ${cmd.data}`);
    } else if (cmd.name === 'stop-commands') stopToken = cmd.data;
    else if (cmd.name === 'error' || cmd.name === 'warning' || cmd.name === 'notice') {
      const p = cmd.properties;
      out.push(
        formatAnnotation({
          level: cmd.name,
          message: cmd.data,
          file: p.file ?? null,
          line: p.line ?? null,
          column: p.col ?? null,
          title: p.title ?? null,
        }),
      );
    } else out.push(line);
  }
  let rendered = out.join('\n');
  for (const m of masks) rendered = rendered.split(m).join('***');
  return rendered;
}

/** The inherited environment minus what the runner would not pass on, and what the harness sets itself. */
function baseEnv(source) {
  const env = {};
  for (const [k, v] of Object.entries(source)) {
    if (v === undefined) continue;
    if (/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_)/i.test(k)) continue;
    if (k === 'NODE_OPTIONS' || k === 'NODE_ICU_DATA' || k === 'CI') continue;
    env[k] = v;
  }
  return env;
}

/**
 * Runs the action's main script as the runner does and collects everything it left behind.
 * options: inputs (name -> value, as in `with:`), env (step env: and anything else, laid over
 * the harness's), workspace (GITHUB_WORKSPACE and cwd), dist (the script), actionYml,
 * node (binary), timeoutMs, toolCache, event ({name, payload}), inheritEnv (default process.env).
 */
export async function spawnAction(options = {}) {
  const workspace = path.resolve(options.workspace ?? process.cwd());
  const dist = path.resolve(options.dist ?? path.join(REPO_ROOT, 'dist', 'index.js'));
  const action = readActionYml(options.actionYml ?? path.join(REPO_ROOT, 'action.yml'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-runner-'));
  const runnerTemp = path.join(work, '_temp');
  const commandsDir = path.join(runnerTemp, '_runner_file_commands');
  const toolCache = path.resolve(options.toolCache ?? path.join(work, '_tool'));
  fs.mkdirSync(commandsDir, { recursive: true });
  fs.mkdirSync(toolCache, { recursive: true });
  fs.mkdirSync(path.join(runnerTemp, '_github_workflow'), { recursive: true });
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}));

  const guid = randomUUID();
  const files = {
    output: path.join(commandsDir, `set_output_${guid}`),
    env: path.join(commandsDir, `set_env_${guid}`),
    path: path.join(commandsDir, `add_path_${guid}`),
    state: path.join(commandsDir, `save_state_${guid}`),
    summary: path.join(commandsDir, `step_summary_${guid}`),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');

  const warnings = [];
  const given = options.inputs ?? {};
  const declared = new Map(Object.keys(action.inputs).map((n) => [n.toLowerCase(), n]));
  const undeclared = Object.keys(given).filter((n) => !declared.has(n.toLowerCase()));
  if (undeclared.length > 0) {
    warnings.push(`Unexpected input(s) '${undeclared.join("', '")}', valid inputs are ['${[...declared.values()].join("', '")}']`);
  }
  const inherited = options.inheritEnv ?? process.env;
  const inputEnv = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const key = Object.keys(given).find((g) => g.toLowerCase() === name.toLowerCase());
    inputEnv[inputEnvName(name)] =
      key !== undefined ? String(given[key]) : evaluateDefault(spec?.default, { ...inherited, ...(options.env ?? {}) });
  }
  for (const name of undeclared) inputEnv[inputEnvName(name)] = String(given[name]);

  const env = {
    ...baseEnv(inherited),
    ...inputEnv,
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_REPOSITORY: 'local/repository',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_WORKSPACE: path.dirname(workspace),
    RUNNER_OS: { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform] ?? process.platform,
    RUNNER_ARCH: { x64: 'X64', arm64: 'ARM64' }[process.arch] ?? process.arch,
    ...(options.env ?? {}),
    GITHUB_ACTIONS: 'true',
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined || v === null) delete env[k];

  const node = options.node ?? process.execPath;
  const child = spawn(node, [dist], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  const lines = [];
  const chunks = { stdout: [], stderr: [] };
  const partial = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr']) {
    child[stream].setEncoding('utf8');
    child[stream].on('data', (d) => {
      chunks[stream].push(d);
      const text = partial[stream] + d;
      const parts = text.split(/\r\n|\r|\n/);
      partial[stream] = parts.pop();
      for (const p of parts) lines.push({ stream, text: p });
      if (options.onLine) for (const p of parts) options.onLine(stream, p);
    });
  }
  const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const { exitCode, signal } = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ exitCode: code, signal: sig }));
  });
  clearTimeout(timer);
  for (const stream of ['stdout', 'stderr']) if (partial[stream] !== '') lines.push({ stream, text: partial[stream] });

  const stdout = chunks.stdout.join('');
  const stderr = chunks.stderr.join('');
  // Both streams are scanned, in arrival order.
  const combined = lines.map((l) => l.text).join('\n');
  const scanned = parseWorkflowCommands(combined);

  const fileCommandErrors = [];
  const parseKind = (kind, file) => {
    try {
      return parseFileCommands(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      if (!(err instanceof FileCommandError)) throw err;
      fileCommandErrors.push(`Unable to process file command '${kind}' successfully.\n${err.message}`);
      return {};
    }
  };
  const outputs = { ...scanned.outputs, ...parseKind('output', files.output) };
  const stepEnv = parseKind('env', files.env);
  for (const k of Object.keys(stepEnv)) {
    if (k.toUpperCase() === 'NODE_OPTIONS') {
      delete stepEnv[k];
      scanned.annotations.push({
        level: 'error',
        message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
        file: null,
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
        title: null,
      });
    }
  }
  const state = parseKind('state', files.state);
  const addedPaths = fs
    .readFileSync(files.path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const summaryBytes = fs.statSync(files.summary).size;
  let summary = fs.readFileSync(files.summary, 'utf8');
  let summaryError = null;
  if (summaryBytes > SUMMARY_LIMIT) {
    summaryError = `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(summaryBytes / 1024)}k.`;
    scanned.annotations.push({
      level: 'error',
      message: summaryError,
      file: null,
      line: null,
      column: null,
      endLine: null,
      endColumn: null,
      title: null,
    });
  }
  for (const m of scanned.masks) summary = summary.split(m).join('***');

  const failed = exitCode !== 0 || timedOut || fileCommandErrors.length > 0;
  return {
    exitCode,
    signal,
    timedOut,
    failed,
    stdout,
    stderr,
    lines,
    log: renderLog(combined),
    outputs,
    env: stepEnv,
    state,
    paths: addedPaths,
    summary,
    summaryBytes,
    summaryError,
    annotations: scanned.annotations,
    commands: scanned.commands,
    fileCommandErrors,
    warnings,
    // For display only (the child got the real values): INPUT_TOKEN and the like are redacted.
    inputEnv: redactEnv(inputEnv),
    work,
    runnerTemp,
    toolCache,
    cleanup: () => fs.rmSync(work, { recursive: true, force: true }),
  };
}

/** The summary's HTML made readable in a terminal. */
export function renderSummaryText(markdown) {
  return markdown
    .replace(/<details[^>]*>/g, '')
    .replace(/<\/details>/g, '')
    .replace(/<summary>([\s\S]*?)<\/summary>/g, '▸ $1')
    .replace(/<code>([\s\S]*?)<\/code>/g, '`$1`')
    .replace(/<\/?b>/g, '**')
    .replace(/<br>/g, ' / ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#124;/g, '|')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

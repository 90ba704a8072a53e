#!/usr/bin/env node
/**
 * Runs the built action (dist/index.js) on a directory exactly as the GitHub runner does, and
 * prints its log, annotations, outputs and job summary. Reproduce a CI failure with the same
 * `with:` values:
 *
 *   node scripts/local-run.mjs --workspace ../my-repo --working-directory services --mode check
 *
 * Every action input is a flag (`--contracts 'services/*'`); inputs not given get their
 * action.yml defaults, as on the runner. Own flags: --workspace DIR (default: the current
 * directory), --dist PATH, --env NAME=VALUE (repeatable), --event NAME, --tool-cache DIR,
 * --keep-temp, --quiet, --json.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatAnnotation, readActionYml, redactEnv, renderSummaryText, REPO_ROOT, spawnAction } from './runner-lib.mjs';

export function parseArgs(argv, declaredInputs) {
  const opts = {
    inputs: {},
    env: {},
    workspace: process.cwd(),
    dist: undefined,
    event: undefined,
    toolCache: undefined,
    keepTemp: false,
    quiet: false,
    json: false,
  };
  const declared = new Set(declaredInputs);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}" (inputs are given as --name value)`);
    let name = arg.slice(2);
    let value;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const flag = ['keep-temp', 'quiet', 'json'].includes(name);
    if (!flag && value === undefined) {
      if (i + 1 >= argv.length) throw new Error(`--${name} needs a value`);
      value = argv[++i];
    }
    switch (name) {
      case 'workspace':
        opts.workspace = path.resolve(value);
        break;
      case 'dist':
        opts.dist = path.resolve(value);
        break;
      case 'tool-cache':
        opts.toolCache = path.resolve(value);
        break;
      case 'event':
        opts.event = { name: value };
        break;
      case 'keep-temp':
        opts.keepTemp = true;
        break;
      case 'quiet':
        opts.quiet = true;
        break;
      case 'json':
        opts.json = true;
        break;
      case 'env': {
        const e = value.indexOf('=');
        if (e <= 0) throw new Error(`--env needs NAME=VALUE, got "${value}"`);
        opts.env[value.slice(0, e)] = value.slice(e + 1);
        break;
      }
      default:
        if (!declared.has(name)) {
          throw new Error(`unknown option --${name}; inputs are: ${[...declared].join(', ')}`);
        }
        opts.inputs[name] = value;
    }
  }
  return opts;
}

function section(title) {
  return `\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`;
}

export async function main(argv = process.argv.slice(2)) {
  const action = readActionYml(path.join(REPO_ROOT, 'action.yml'));
  let opts;
  try {
    opts = parseArgs(argv, Object.keys(action.inputs));
  } catch (err) {
    console.error(`local-run: ${err.message}`);
    return 2;
  }
  if (opts.help) {
    console.log('usage: node scripts/local-run.mjs [--workspace DIR] [--dist PATH] [--env NAME=VALUE] [--<input> value ...]');
    console.log(`inputs: ${Object.keys(action.inputs).join(', ')}`);
    return 0;
  }
  const r = await spawnAction({
    inputs: opts.inputs,
    env: opts.env,
    workspace: opts.workspace,
    dist: opts.dist,
    event: opts.event,
    toolCache: opts.toolCache,
  });
  try {
    if (opts.json) {
      const { lines: _lines, cleanup: _cleanup, ...rest } = r;
      // Tokens never reach the terminal: the step's env and the input env are shown redacted.
      console.log(JSON.stringify({ ...rest, inputEnv: redactEnv(r.inputEnv), env: redactEnv(r.env) }, null, 2));
      return r.failed ? r.exitCode || 1 : 0;
    }
    for (const w of r.warnings) console.log(`[warning] ${w}`);
    if (!opts.quiet) {
      console.log(section('log'));
      console.log(r.log.trimEnd());
    }
    console.log(section(`annotations (${r.annotations.length})`));
    for (const a of r.annotations) console.log(formatAnnotation(a));
    console.log(section('outputs'));
    for (const [k, v] of Object.entries(r.outputs)) console.log(`${k} = ${v.includes('\n') ? `\n${v}` : v}`);
    for (const e of r.fileCommandErrors) console.log(`[error] ${e}`);
    if (!opts.quiet) {
      console.log(section(`summary (${r.summaryBytes} bytes)`));
      console.log(renderSummaryText(r.summary).trimEnd());
    }
    if (r.summaryError) console.log(`[error] ${r.summaryError}`);
    const status = r.timedOut ? 'timed out' : r.failed ? 'failure' : 'success';
    console.log(section(`result: ${status} (exit ${r.exitCode ?? r.signal})`));
    if (opts.keepTemp) console.log(`runner temp kept: ${r.runnerTemp}`);
    return r.failed ? r.exitCode || 1 : 0;
  } finally {
    if (!opts.keepTemp) r.cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}

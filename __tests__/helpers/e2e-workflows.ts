/**
 * Workflows as documentation: finds the example workflows of a Markdown file (every ```yaml
 * block with a `jobs:` key) and of .github/workflows, and replays a job the way the runner would
 * conclude it: steps in order, `if:` conditions evaluated, `continue-on-error` honoured, the
 * action's own steps run through a callback, `run: exit 1` guards failing the job, other steps
 * (actions/checkout, third-party actions, shell) taken as succeeding without running them, or
 * checked by a second callback (upload-sarif: the file it would upload exists and is valid SARIF).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { condition, ExpressionError, substitute, type ExpressionContext, type Value } from './e2e-expressions.js';

export interface Workflow {
  /** Where it comes from: `README.md:42 (Pull request check)`. */
  label: string;
  file: string;
  line: number;
  kind: 'markdown' | 'repository';
  doc: WorkflowDoc;
}

export interface StepDoc {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string | boolean;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: boolean | string;
}

export interface JobDoc {
  if?: string | boolean;
  env?: Record<string, unknown>;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: StepDoc[];
}

export interface WorkflowDoc {
  name?: string;
  on?: unknown;
  env?: Record<string, unknown>;
  jobs?: Record<string, JobDoc>;
}

/** `uses: ./` (the repository's own action) or `<owner>/pacto-generate-action@<ref>`. */
export function isActionStep(step: StepDoc): boolean {
  const uses = typeof step.uses === 'string' ? step.uses.trim() : '';
  return uses === './' || uses === '.' || /(^|\/)pacto-generate-action@[^\s/]+$/.test(uses);
}

/** Every fenced yaml block of a Markdown file that is a whole workflow (has `jobs:`). */
export function markdownWorkflows(file: string): Workflow[] {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const out: Workflow[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6}\s+(.*)$/.exec(lines[i]);
    if (h) heading = h[1].trim();
    const fence = /^(\s*)(```+|~~~+)\s*(yaml|yml)\s*$/i.exec(lines[i]);
    if (!fence) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end].trim().startsWith(fence[2])) end++;
    const body = lines.slice(start, end).join('\n');
    i = end;
    if (!/^jobs:/m.test(body)) continue;
    out.push({
      label: `${path.basename(file)}:${start} (${heading || 'top'})`,
      file,
      line: start,
      kind: 'markdown',
      doc: parseYaml(body) as WorkflowDoc,
    });
  }
  return out;
}

export function repositoryWorkflow(file: string): Workflow {
  return { label: path.basename(file), file, line: 1, kind: 'repository', doc: parseYaml(fs.readFileSync(file, 'utf8')) as WorkflowDoc };
}

/** The triggering event a replay uses: the first one `on:` names. */
export function firstEvent(doc: WorkflowDoc): string {
  const on = doc.on;
  if (typeof on === 'string') return on;
  if (Array.isArray(on) && typeof on[0] === 'string') return on[0];
  if (on && typeof on === 'object') {
    const first = Object.keys(on)[0];
    if (first) return first;
  }
  throw new Error('the workflow has no `on:` event');
}

/** The `with:` of the first actions/checkout step of a job: null without one. */
export function checkoutStep(job: JobDoc): StepDoc | null {
  return job.steps?.find((s) => typeof s.uses === 'string' && /^actions\/checkout@/.test(s.uses)) ?? null;
}

/** The first value of each matrix dimension (include/exclude are not replayed). */
export function firstMatrix(job: JobDoc): Record<string, Value> {
  const matrix = job.strategy?.matrix ?? {};
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(matrix)) {
    if (k === 'include' || k === 'exclude') continue;
    if (!Array.isArray(v) || v.length === 0) throw new Error(`matrix.${k} is not a non-empty list`);
    out[k] = v[0] as Value;
  }
  return out;
}

export interface StepRecord {
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
}

export interface Fakes {
  /** github.<key>; keys not listed are unknown. */
  github: Record<string, string>;
  secrets?: (name: string) => string;
  runner?: Record<string, string>;
}

/**
 * The fake expression context of one job: github.* from `fakes`, secrets.* as dummies,
 * matrix.* the first values, runner.*, env.* from the workflow, job and step, inputs.* from
 * workflow_dispatch defaults, steps.* as replayed so far. Anything else throws.
 */
export function jobContext(
  workflow: WorkflowDoc,
  job: JobDoc,
  fakes: Fakes,
  steps: Map<string, StepRecord>,
  stepEnv: Record<string, unknown> = {},
): ExpressionContext & { jobFailed: boolean } {
  const matrix = firstMatrix(job);
  const runner = fakes.runner ?? { os: 'Linux', arch: 'X64', name: 'GitHub Actions 1' };
  const env = { ...(workflow.env ?? {}), ...(job.env ?? {}), ...stepEnv };
  const on = workflow.on && typeof workflow.on === 'object' && !Array.isArray(workflow.on) ? (workflow.on as Record<string, unknown>) : {};
  const dispatchInputs = (on.workflow_dispatch as { inputs?: Record<string, { default?: unknown }> } | null)?.inputs ?? {};
  const unknown = (p: string[]): never => {
    throw new ExpressionError(
      `${p.join('.')} is not in the replay's fake context; give it a value in __tests__/helpers/e2e-workflows.ts or the test`,
    );
  };
  const pick = (table: Record<string, unknown>, p: string[]): Value => {
    if (p.length !== 2 || !Object.hasOwn(table, p[1])) return unknown(p);
    const v = table[p[1]];
    return v === undefined ? null : (v as Value);
  };
  return {
    jobFailed: false,
    lookup(p) {
      const [root, ...rest] = p;
      switch (root) {
        case 'github':
          return pick(fakes.github, p);
        case 'secrets':
          if (rest.length !== 1) return unknown(p);
          return rest[0] === 'GITHUB_TOKEN'
            ? (fakes.github.token ?? unknown(p))
            : (fakes.secrets ?? ((n: string) => `dummy-secret-${n}`))(rest[0]);
        case 'matrix':
          return pick(matrix, p);
        case 'runner':
          return pick(runner, p);
        case 'env':
          return pick(env, p);
        case 'inputs': {
          if (p.length !== 2 || !Object.hasOwn(dispatchInputs, p[1])) return unknown(p);
          const d = dispatchInputs[p[1]]?.default;
          return d === undefined ? '' : (d as Value);
        }
        case 'steps': {
          const [id, field, name] = rest;
          const s = steps.get(id ?? '');
          if (!s) return unknown(p);
          if (field === 'outcome' && rest.length === 2) return s.outcome;
          if (field === 'conclusion' && rest.length === 2) return s.conclusion;
          if (field === 'outputs' && rest.length === 3) return s.outputs[name] ?? null;
          return unknown(p);
        }
        default:
          return unknown(p);
      }
    },
  };
}

export interface ReplayedStep {
  index: number;
  id: string;
  inputs: Record<string, string>;
  record: StepRecord;
}

export interface JobReplay {
  conclusion: 'success' | 'failure';
  /** The action's steps, in order. */
  replayed: ReplayedStep[];
  /** What made the job fail, or ''. */
  reason: string;
}

/** `with:` values as the runner passes them: strings, expressions substituted. */
export function stepInputs(step: StepDoc, ctx: ExpressionContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.with ?? {})) {
    out[k] = v === null || v === undefined ? '' : substitute(String(v), ctx);
  }
  return out;
}

/**
 * Replays one job. `run(step, inputs)` runs the action for one of its steps and returns the
 * step's outcome and outputs.
 */
export async function replayJob(
  workflow: WorkflowDoc,
  job: JobDoc,
  fakes: Fakes,
  run: (step: StepDoc, inputs: Record<string, string>, index: number) => Promise<{ failed: boolean; outputs: Record<string, string> }>,
  /** Stands in for another action's step (`uses:` that is not this action); by default it succeeds with no outputs. */
  other?: (step: StepDoc, inputs: Record<string, string>, index: number) => Promise<{ failed: boolean; outputs: Record<string, string> }>,
): Promise<JobReplay> {
  const steps = new Map<string, StepRecord>();
  const replayed: ReplayedStep[] = [];
  let failed = false;
  let reason = '';
  const list = job.steps ?? [];
  for (let i = 0; i < list.length; i++) {
    const step = list[i];
    const id = step.id ?? `__${i}`;
    const ctx = jobContext(workflow, job, fakes, steps, step.env ?? {});
    ctx.jobFailed = failed;
    const what = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${i + 1}`;
    if (!condition(step.if === undefined ? undefined : String(step.if), ctx)) {
      steps.set(id, { outcome: 'skipped', conclusion: 'skipped', outputs: {} });
      continue;
    }
    // Expressions of every step that runs must resolve, shell and env included.
    for (const v of Object.values(step.env ?? {})) substitute(String(v), ctx);
    if (typeof step.run === 'string') substitute(step.run, ctx);
    let outcome: 'success' | 'failure' = 'success';
    let outputs: Record<string, string> = {};
    if (isActionStep(step)) {
      const inputs = stepInputs(step, ctx);
      const r = await run(step, inputs, i);
      outcome = r.failed ? 'failure' : 'success';
      outputs = r.outputs;
      replayed.push({ index: i, id, inputs, record: { outcome, conclusion: outcome, outputs } });
    } else if (other && typeof step.uses === 'string') {
      const r = await other(step, stepInputs(step, ctx), i);
      outcome = r.failed ? 'failure' : 'success';
      outputs = r.outputs;
    } else if (typeof step.run === 'string' && /^\s*exit\s+[1-9][0-9]*\s*$/.test(step.run)) {
      outcome = 'failure';
    }
    const continueOnError = step['continue-on-error'] === true || String(step['continue-on-error'] ?? '') === 'true';
    const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    const record: StepRecord = { outcome, conclusion, outputs };
    steps.set(id, record);
    const mine = replayed.find((r) => r.index === i);
    if (mine) mine.record = record;
    if (conclusion === 'failure' && !failed) {
      failed = true;
      reason = `step ${i + 1} (${what}) failed`;
    }
  }
  return { conclusion: failed ? 'failure' : 'success', replayed, reason };
}

/**
 * Pure parsers for the values of single inputs: they take the input's text (inputs.ts alone reads
 * inputs) and return the value, or the problem in the words of the InputError.
 */
import path from 'node:path';
import type { Shard } from './config.js';

/** Non-empty trimmed lines; with `comments`, lines starting with # are dropped too. */
export function splitLines(text: string, comments: boolean): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !(comments && l.startsWith('#')));
}

/** Labels are given one per line or comma-separated; # starts a comment. */
export function splitLabels(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function contractsProblem(text: string, contracts: string[]): string | null {
  if (contracts.length > 0 && !contracts.every((p) => p.startsWith('!'))) return null;
  return `contracts: "${text}" has ${contracts.length === 0 ? 'no pattern (blank lines and # comments only)' : 'only negations'}; give at least one pattern that is not a negation (default **/pacto.yaml)`;
}

export function artifactNameProblem(name: string, value: string): string | null {
  if (/^[^\\/:*?"<>|\r\n]{1,200}$/.test(value)) return null;
  return `${name}: "${value}" is not an artifact name (no / \\ : * ? " < > | or newlines)`;
}

/** `i/n`, or '' for no sharding. */
export function parseShard(text: string): { shard: Shard | null; problem: string | null } {
  if (text === '') return { shard: null, problem: null };
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])) {
    return { shard: { index: Number(m[1]), total: Number(m[2]) }, problem: null };
  }
  return { shard: null, problem: `shard: "${text}" is not i/n with 1 <= i <= n (for example 2/4)` };
}

/** Problems of output-dir and the plugins' `output` templates, in the order found. */
export function templateProblems(templates: string[], shard: Shard | null): string[] {
  const problems: string[] = [];
  for (const t of templates) {
    const bad = /\{([^}]*)\}/g;
    for (let m = bad.exec(t); m; m = bad.exec(t)) {
      if (!['bundle', 'service', 'version', 'plugin'].includes(m[1])) {
        problems.push(`output-dir: "${t}" uses {${m[1]}}; allowed are {bundle}, {service}, {version}, {plugin}`);
      }
    }
    if (path.isAbsolute(t) || t.split(/[\\/]/).includes('..')) {
      problems.push(`output-dir: "${t}" must stay inside the working directory (relative, no ..)`);
    }
    if (shard && !t.includes('{bundle}') && !t.includes('{service}')) {
      problems.push(`output-dir: "${t}" must contain {bundle} or {service} when shard is set, or shards overwrite each other's manifests`);
    }
  }
  return problems;
}

/** `Name <email>`; null when it is not that. */
export function parseAuthor(text: string): { name: string; email: string } | null {
  const am = /^\s*([^<>]+?)\s*<([^<>\s]+)>\s*$/.exec(text);
  return am ? { name: am[1], email: am[2] } : null;
}

/** Passed to git as a revision: an option, a range or a path would change what git does. */
export function baseRefProblem(base: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (base !== '' && (base.startsWith('-') || /[\s\x00-\x1f\x7f:]|\.\./.test(base))) {
    return `base: "${base}" is not a git ref or commit SHA (no leading "-", spaces, ":" or ".." ranges); give a branch, tag or SHA, for example origin/main`;
  }
  return null;
}

/** Freezes every nested array and object, so no stage can change the parsed inputs. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** `commit`: true, false or pull-request. */
export function parseCommit(text: string): { commit: boolean; pullRequestMode: boolean; problem: string | null } {
  const pullRequestMode = text === 'pull-request';
  if (pullRequestMode || ['true', 'True', 'TRUE'].includes(text)) return { commit: true, pullRequestMode, problem: null };
  if (['false', 'False', 'FALSE'].includes(text)) return { commit: false, pullRequestMode, problem: null };
  return { commit: false, pullRequestMode, problem: `commit: "${text}" is not one of true, false, pull-request` };
}

/** The SARIF file's absolute path (null for none), never a contract's name nor the JSON report's. */
export function parseSarifFile(
  text: string,
  workingDirectory: string,
  reportFile: string,
): { file: string | null; problem: string | null } {
  if (text === '') return { file: null, problem: null };
  const abs = path.resolve(workingDirectory, text);
  if (path.basename(text).toLowerCase() === 'pacto.yaml') {
    return {
      file: null,
      problem: `sarif-file: "${text}" is named pacto.yaml and could overwrite a contract; choose another name (for example pacto.sarif)`,
    };
  }
  if (abs === reportFile) {
    return {
      file: null,
      problem: `sarif-file: "${text}" is the same file as the JSON report (${reportFile}); give each its own name (for example pacto.sarif)`,
    };
  }
  return { file: abs, problem: null };
}

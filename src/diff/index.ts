/**
 * The breaking-change gate (loaded only when `breaking` is on): the head's contracts against the
 * base's, each pair compared with its format's table and held to the version rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActionsIO } from '../adapters.js';
import { compareBytes, discoverBundles } from '../contracts/discover.js';
import type { Bundle, ContractResult } from '../contracts/types.js';
import { validateBundles } from '../contracts/validate.js';
import type { Config } from '../inputs.js';
import { findRepo, GitRunner } from '../shared/git.js';
import { readBaseBundles } from './base-tree.js';
import { pullRequestLabels, readEvent, resolveBase } from './base.js';
import { classify, maxClass, TABLE_V1, TABLE_V2 } from './classification.js';
import { compareV1 } from './compare-v1.js';
import { compareV2 } from './compare-v2.js';
import { versionRule } from './gate.js';
import { loadSide } from './side.js';
import type { Change, ContractDiff, DiffResult } from './types.js';

export type { DiffResult } from './types.js';

/** The Config fields a gate's result names before it compares anything (emptyResult, failedDiff). */
export type DiffGateOptions = Pick<Config, 'breaking' | 'breakingLabel'>;

/** The Config fields the comparison reads (diffContracts), with those of its result (breaking, breakingLabel) and of shardPairs. */
export type DiffOptions = Pick<
  Config,
  'workspace' | 'workingDirectory' | 'runnerTemp' | 'contracts' | 'contractFormat' | 'unresolvedPolicyRefs' | 'shard' | 'base'
> &
  DiffGateOptions &
  ShardPairsOptions;

export interface DiffInput {
  config: Readonly<DiffOptions>;
  /** The head's validated contracts. */
  contracts: ContractResult[];
  env: NodeJS.ProcessEnv;
  io: ActionsIO;
}

function emptyResult(config: Readonly<DiffGateOptions>, labelPresent: boolean): DiffResult {
  return {
    mode: config.breaking === 'error' ? 'error' : 'warn',
    base: null,
    skipped: null,
    error: null,
    label: { name: config.breakingLabel, present: labelPresent },
    contracts: [],
    breaking: false,
    classification: null,
    warnings: [],
  };
}

/** The result of a gate that could not answer. */
export function failedDiff(config: Readonly<DiffGateOptions>, error: string): DiffResult {
  return { ...emptyResult(config, false), error };
}

export async function diffContracts(input: DiffInput): Promise<DiffResult> {
  const { config, env, io } = input;
  const event = readEvent(env);
  // GitHub treats label names case-insensitively (no two labels differ only in case).
  const labelPresent = pullRequestLabels(event).some((l) => l.toLowerCase() === config.breakingLabel.toLowerCase());
  const result = emptyResult(config, labelPresent);
  const mode = result.mode;

  const repo = await findRepo(config.workingDirectory, env, [config.workspace]);
  if (repo.error !== null) {
    result.error = `the working directory is not inside a git repository (${repo.error}), so there is no base to compare against; check out the repository with actions/checkout`;
    return result;
  }
  const git = new GitRunner(repo.top, env, { log: (line) => io.debug(line) });
  const resolved = await resolveBase(git, config.base, event);
  for (const n of resolved.notes) io.info(`breaking: ${n}`);
  if ('error' in resolved) {
    result.error = resolved.error;
    return result;
  }
  if ('skipped' in resolved) {
    result.skipped = resolved.skipped;
    return result;
  }
  result.base = resolved.base;
  io.info(
    `breaking: comparing against ${resolved.base.sha} (${resolved.base.source === 'input' ? `base input ${resolved.base.ref}` : resolved.base.source === 'merge-base' ? 'the merge base of the pull request' : 'the commit before the push'})`,
  );

  const dest = fs.mkdtempSync(path.join(config.runnerTemp, 'pacto-base-'));
  try {
    // Every base contract, not the base's shard: a contract added or removed moves the others
    // between shards, so the shards are applied to the pairs (shardPairs), not to the sides.
    const base = await readBaseBundles(git, {
      sha: resolved.base.sha,
      prefix: repo.prefix,
      workingDirectory: config.workingDirectory,
      patterns: config.contracts,
      shard: null,
      dest,
    });
    result.warnings.push(...base.warnings);
    const validation = { format: config.contractFormat, unresolvedPolicyRefs: config.unresolvedPolicyRefs, encodeRequests: false } as const;
    const baseResults = await validateBundles(base.bundles, validation);
    const pairs = config.shard
      ? await shardPairs(input.contracts, baseResults, config, (bundles) =>
          validateBundles(bundles, { ...validation, workspace: config.workspace }),
        )
      : pairUp(input.contracts, baseResults);
    result.contracts = pairs.map(([head, old]) => compare(head, old));
  } finally {
    fs.rmSync(dest, { recursive: true, force: true });
  }

  const acceptedBy = labelPresent ? config.breakingLabel : null;
  for (const d of result.contracts) {
    const v = versionRule(d, { mode, acceptedBy });
    const head = d.file ? input.contracts.find((c) => c.file === d.file) : undefined;
    const line = v && head ? (loadSide(head.absFile, head.absDir)?.lineOf('service.version') ?? null) : null;
    d.violation = v ? { ...v, line } : null;
    if (d.changes.some((c) => c.classification === 'BREAKING')) result.breaking = true;
    result.classification = maxClass(result.classification, d.classification);
  }
  return result;
}

/** The Config fields shardPairs reads. */
type ShardPairsOptions = Pick<Config, 'shard' | 'workingDirectory' | 'contracts'>;

/**
 * The pairs this shard reports, the same in every shard: a pair with a head contract belongs to
 * the head's shard; a removed contract to the shard of its place among the base's contracts.
 * Moved bundles are paired by service name across shards, so the added contracts of the other
 * shards are validated too (only those: usually none).
 */
async function shardPairs(
  shardHead: ContractResult[],
  base: ContractResult[],
  config: Readonly<ShardPairsOptions>,
  validate: (bundles: Bundle[]) => Promise<ContractResult[]>,
): Promise<[ContractResult | null, ContractResult | null][]> {
  const shard = config.shard!;
  const all = await discoverBundles({ workingDirectory: config.workingDirectory, patterns: config.contracts, shard: null });
  const headFiles = new Set(all.bundles.map((b) => b.file));
  const mine = new Set(shardHead.map((h) => h.file));
  const baseFiles = new Set(base.map((b) => b.file));
  const addedElsewhere = await validate(all.bundles.filter((b) => !mine.has(b.file) && !baseFiles.has(b.file)));
  // A base contract still at its file in another shard is that shard's to compare.
  const candidates = base.filter((b) => mine.has(b.file) || !headFiles.has(b.file));
  const owner = new Map(base.map((b, i) => [b.file, i % shard.total === shard.index - 1]));
  const heads = [...shardHead, ...addedElsewhere].sort((a, b) => compareBytes(a.file, b.file));
  return pairUp(heads, candidates).filter(([h, b]) => (h ? mine.has(h.file) : owner.get(b!.file) === true));
}

/** Pairs by contract file, then the rest by service name (a moved bundle); the others stand alone. */
export function pairUp(head: ContractResult[], base: ContractResult[]): [ContractResult | null, ContractResult | null][] {
  const pairs: [ContractResult | null, ContractResult | null][] = [];
  const baseByFile = new Map(base.map((b) => [b.file, b]));
  const lonelyHead: ContractResult[] = [];
  for (const h of head) {
    const b = baseByFile.get(h.file);
    if (b) {
      pairs.push([h, b]);
      baseByFile.delete(h.file);
    } else lonelyHead.push(h);
  }
  const byService = new Map<string, ContractResult>();
  for (const b of baseByFile.values()) if (b.service !== null && !byService.has(b.service)) byService.set(b.service, b);
  for (const h of lonelyHead) {
    const b = h.service !== null ? byService.get(h.service) : undefined;
    if (b) {
      pairs.push([h, b]);
      byService.delete(b.service!);
      baseByFile.delete(b.file);
    } else pairs.push([h, null]);
  }
  for (const b of baseByFile.values()) pairs.push([null, b]);
  return pairs;
}

function compare(head: ContractResult | null, base: ContractResult | null): ContractDiff {
  const d: ContractDiff = {
    status: 'compared',
    file: head?.file ?? null,
    baseFile: base?.file ?? null,
    renamed: head !== null && base !== null && head.file !== base.file,
    service: head?.service ?? null,
    baseService: base?.service ?? null,
    version: head?.version ?? null,
    baseVersion: base?.version ?? null,
    format: head?.profile ?? null,
    baseFormat: base?.profile ?? null,
    migration: head !== null && base !== null && head.profile !== base.profile,
    classification: null,
    changes: [],
    baseErrors: base && !base.valid ? base.errors : [],
    violation: null,
  };
  if (base && !base.valid) {
    d.status = 'invalid-base';
    return d;
  }
  if (head && !head.valid) {
    d.status = 'invalid-head';
    return d;
  }
  const one = (table: typeof TABLE_V1, type: 'added' | 'removed', line: number | null): Change[] => {
    const c: Change = { path: 'contract', type, classification: classify(table, 'contract', type), reason: `contract ${type}`, line };
    if (type === 'added') c.newValue = head!.file;
    else c.oldValue = base!.file;
    return [c];
  };
  if (!base) {
    d.status = 'added';
    d.changes = one(head!.profile === '2.0' ? TABLE_V2 : TABLE_V1, 'added', 1);
  } else if (!head) {
    d.status = 'removed';
    d.changes = one(base.profile === '2.0' ? TABLE_V2 : TABLE_V1, 'removed', null);
  } else {
    const oldSide = loadSide(base.absFile, base.absDir);
    const newSide = loadSide(head.absFile, head.absDir);
    if (!oldSide || !newSide) {
      d.status = !oldSide ? 'invalid-base' : 'invalid-head';
      return d;
    }
    if (d.migration) d.changes = compareV2(oldSide, newSide, { migration: { from: base.profile, to: head.profile } });
    else if (head.profile === '2.0') d.changes = compareV2(oldSide, newSide, { migration: null });
    else d.changes = compareV1(oldSide, newSide);
  }
  d.classification = d.changes.reduce<ContractDiff['classification']>((m, c) => maxClass(m, c.classification), 'NON_BREAKING');
  return d;
}

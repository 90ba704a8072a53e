/**
 * `sarif-file`: every finding as SARIF 2.1.0 for GitHub code scanning (no limit of ten
 * annotations there). Validation findings, unsafe plugin outputs and drift (as notes), each
 * with its code as the rule id, located relative to the repository root, and fingerprinted by
 * what it is (code, place in the contract, file), not by its line, so an alert survives edits
 * above it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunState } from '../run-state.js';
import { sha256 } from '../shared/hash.js';
import { isStrictlyInside } from '../shared/paths.js';
import { replaceFile } from '../shared/replace-file.js';
import { RULES, ruleText } from './sarif-rules.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const TOOL_NAME = 'pacto-generate-action';
const INFORMATION_URI = 'https://github.com/TrianaLab/pacto';
/** The partialFingerprints key: versioned, so a change of recipe never matches old alerts by accident. */
export const FINGERPRINT_KEY = 'pactoFinding/v1';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note';

interface SarifRegion {
  startLine: number;
  startColumn?: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
  properties: { path: string; contract: string };
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: Level };
  properties: { tags: string[] };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; informationUri: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { executionSuccessful: boolean }[];
    results: SarifResult[];
  }[];
}

/** One finding before it becomes a SARIF result; `file` is absolute. */
interface Item {
  code: string;
  level: Level;
  message: string;
  file: string;
  line: number | null;
  column: number | null;
  /** Where in the contract (Pacto's path), or '' for a finding about a whole file. */
  where: string;
  /** The contract the finding belongs to, repository-relative ('' when none). */
  contract: string;
}

/**
 * The top of the git repository holding `dir`: the nearest ancestor with a `.git` entry (a
 * directory, or the file of a worktree or submodule). Null outside any repository.
 */
export function repositoryRoot(dir: string): string | null {
  for (let cur = path.resolve(dir); ; cur = path.dirname(cur)) {
    if (fs.existsSync(path.join(cur, '.git'))) return cur;
    if (path.dirname(cur) === cur) return null;
  }
}

/** Whether the run got far enough for its SARIF to be the whole truth (else an upload would close open alerts). */
export function sarifComplete(state: RunState): boolean {
  return state.config !== null && state.discovery !== null && state.inputError === null;
}

/** `abs` relative to `root`, '/'-separated and percent-encoded per segment; null when outside root. */
function relativeUri(root: string, abs: string): string | null {
  if (!isStrictlyInside(root, abs)) return null;
  return path.relative(root, abs).split(path.sep).map(encodeURIComponent).join('/');
}

function collect(state: RunState): Item[] {
  const items: Item[] = [];
  const wd = state.config?.workingDirectory ?? process.cwd();
  for (const c of state.contracts) {
    for (const [level, findings] of [
      ['error', c.errors],
      ['warning', c.warnings],
    ] as const) {
      for (const f of findings) {
        items.push({
          code: f.code,
          level,
          message: f.path ? `${f.path}: ${f.message}` : f.message,
          file: c.absFile,
          line: f.line,
          column: f.column,
          where: f.path,
          contract: c.absFile,
        });
      }
    }
  }
  const gen = state.generation;
  const contractOf = new Map(state.contracts.map((c) => [c.file, c.absFile]));
  for (const j of gen?.jobs ?? []) {
    if (j.status !== 'failed' || !j.unsafe) continue;
    const abs = contractOf.get(j.contract) ?? path.resolve(wd, j.contract);
    items.push({
      code: j.unsafe,
      level: 'error',
      message: j.error ?? `plugin ${j.plugin} produced an unsafe output`,
      file: abs,
      line: null,
      column: null,
      // The plugin is part of what the finding is: two plugins can each be unsafe for one contract.
      where: `plugin ${j.plugin}`,
      contract: abs,
    });
  }
  const owner = new Map((gen?.files ?? []).map((f) => [f.path, f.contract]));
  const clean = state.config?.clean ?? false;
  for (const d of gen?.drift?.entries ?? []) {
    const code = d.status === 'changed' ? 'DRIFT_CHANGED' : d.status === 'new' ? 'DRIFT_NEW' : 'DRIFT_STALE';
    const contract = owner.get(d.path);
    const fix =
      d.status === 'stale' && !clean ? 'delete it, or set clean: true' : 'run the action in generate mode or apply pacto-drift.patch';
    items.push({
      code,
      level: 'note',
      message: `${d.path}: ${ruleText(code).short} To fix: ${fix}.`,
      file: path.resolve(wd, d.path),
      line: null,
      column: null,
      where: '',
      contract: contract ? (contractOf.get(contract) ?? path.resolve(wd, contract)) : '',
    });
  }
  return items;
}

export function buildSarif(state: RunState, root: string): SarifLog {
  const items = collect(state);
  const ids = [...Object.keys(RULES)];
  for (const it of items) if (!ids.includes(it.code)) ids.push(it.code);
  const index = new Map(ids.map((id, i) => [id, i]));
  const seen = new Map<string, number>();
  const uriOf = (abs: string): { uri: string; uriBaseId?: string } => {
    const rel = relativeUri(root, abs);
    return rel === null ? { uri: pathToFileURL(abs).href } : { uri: rel, uriBaseId: SRCROOT };
  };
  const results = items.map((it): SarifResult => {
    const loc = uriOf(it.file);
    const base = sha256(`${it.code}\0${it.where}\0${loc.uri}`);
    // The same code at the same place of the same file twice (two duplicate names, say): the
    // occurrence tells them apart and stays stable as long as their order does.
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const region: SarifRegion | undefined =
      it.line !== null && it.line > 0
        ? { startLine: it.line, ...(it.column !== null && it.column > 0 ? { startColumn: it.column } : {}) }
        : undefined;
    return {
      ruleId: it.code,
      ruleIndex: index.get(it.code)!,
      level: it.level,
      message: { text: it.message },
      locations: [{ physicalLocation: { artifactLocation: loc, ...(region ? { region } : {}) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${n}` },
      properties: { path: it.where, contract: it.contract === '' ? '' : uriOf(it.contract).uri },
    };
  });
  const rules = ids.map((id): SarifRule => {
    const t = ruleText(id);
    const tag = id.startsWith('DRIFT_') ? 'drift' : id.startsWith('OUTPUT_') ? 'generated-output' : 'contract-validation';
    return {
      id,
      name: id
        .toLowerCase()
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(''),
      shortDescription: { text: t.short },
      fullDescription: { text: `${t.short} ${t.help}` },
      help: { text: t.help },
      defaultConfiguration: { level: t.level ?? 'error' },
      properties: { tags: ['pacto', tag] },
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root + path.sep).href } },
        invocations: [{ executionSuccessful: state.fatal.length === 0 }],
        results,
      },
    ],
  };
}

/**
 * Writes the SARIF file when the run validated its contracts. Returns what to log, or throws
 * when the file cannot be written (the caller fails the step).
 */
export async function writeSarif(state: RunState, file: string): Promise<string> {
  if (!sarifComplete(state)) {
    return `SARIF not written to ${file}: the run stopped before validating contracts, and an empty file would close every open code scanning alert.`;
  }
  const wd = state.config!.workingDirectory;
  const root = repositoryRoot(wd) ?? state.config!.workspace;
  const log = buildSarif(state, root);
  await replaceFile(file, `${JSON.stringify(log, null, 2)}\n`, state.config!.workspace);
  const n = log.runs[0].results.length;
  return `SARIF: ${n} result${n === 1 ? '' : 's'} written to ${file} (paths relative to ${root}).`;
}

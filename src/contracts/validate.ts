/**
 * Validation stage: each bundle's pacto.yaml is read once and handed to the profile its
 * pactoVersion (or the contract-format input) selects.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Profile } from './profile.js';
import { insideRoot } from './files.js';
import type { Bundle, ContractResult, Finding, ProfileId, ValidationOptions } from './types.js';
import { profileV1 } from './v1/index.js';

/** The 2.0 profile (and the ajv builds it needs) is loaded only when a 2.0 contract shows up. */
let v2: Promise<Profile> | null = null;
function loadProfile(id: ProfileId): Profile | Promise<Profile> {
  if (id === '1.0') return profileV1;
  v2 ??= import('./v2/index.js').then((m) => m.profileV2);
  return v2;
}

/**
 * The pactoVersion text as written, without a full parse: a top-level `pactoVersion:` line
 * (comments and nested keys do not count), or the member of a flow/JSON document.
 */
export function sniffPactoVersion(text: string): string | null {
  const flow = /^\s*\{/.test(text.replace(/^\ufeff/, '').replace(/^(\s*#[^\n]*\n)*\s*(---[ \t]*\n)?/, ''));
  const re = flow
    ? /["']?pactoVersion["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|([^\s,}#]+))/
    : /^["']?pactoVersion["']?[ \t]*:[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s#]+))/m;
  const m = re.exec(text);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? null;
}

/** 'auto' picks 2.0 for pactoVersion 2.0 and 1.0 for everything else. */
export function selectProfile(format: ValidationOptions['format'], source: Buffer | null): ProfileId {
  if (format !== 'auto') return format;
  if (!source) return '1.0';
  const head = source.subarray(0, 64 * 1024).toString('utf8');
  const v = sniffPactoVersion(head);
  return v === '2.0' || v === '2' ? '2.0' : '1.0';
}

function parseError(message: string): Finding {
  return { code: 'PARSE_ERROR', path: '', message, line: null, column: null };
}

function readSource(bundle: Bundle, root: string | undefined): { source: Buffer } | { error: string } {
  if (root !== undefined && !insideRoot(root, bundle.absFile)) {
    // Said without reading it: a link to ~/.npmrc must not end up quoted in a parse error.
    return {
      error: `${bundle.file} resolves outside the workspace through a symbolic link; it was not read (contracts must be files inside the workspace)`,
    };
  }
  try {
    return { source: readFileSync(bundle.absFile) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EISDIR')
      return { error: `failed to read ${bundle.file}: read ${bundle.file}: is a directory; pacto.yaml must be a file` };
    if (err.code === 'ENOENT')
      return { error: `no pacto.yaml found in ${bundle.bundle}; add one or remove the directory from the contracts patterns` };
    return { error: `failed to read ${bundle.file}: ${err.message}` };
  }
}

/** Validates every bundle (in order) with the profile its pactoVersion or the contract-format input selects. */
export async function validateBundles(bundles: Bundle[], given: ValidationOptions): Promise<ContractResult[]> {
  const results: ContractResult[] = [];
  const root = given.workspace === undefined ? undefined : realOr(given.workspace);
  const opts: ValidationOptions = { ...given, workspace: root };
  for (const bundle of bundles) {
    const base = { file: bundle.file, bundle: bundle.bundle, absFile: bundle.absFile, absDir: bundle.absDir };
    const failed = (profile: ProfileId, message: string): ContractResult => ({
      ...base,
      profile,
      service: null,
      version: null,
      valid: false,
      errors: [parseError(message)],
      warnings: [],
      contractJson: null,
      referencedFiles: [],
    });
    if (bundle.loadError !== undefined) {
      results.push(failed(selectProfile(opts.format, null), bundle.loadError));
      continue;
    }
    const read = readSource(bundle, root);
    if ('error' in read) {
      results.push(failed(selectProfile(opts.format, null), read.error));
      continue;
    }
    const profile = selectProfile(opts.format, read.source);
    const v = await (await loadProfile(profile)).validate({ source: read.source, bundle, opts });
    // Format 1.0 only checks that referenced files exist; a plugin would still read them.
    const outside = root === undefined ? [] : v.referencedFiles.filter((f) => !insideRoot(root, f));
    for (const f of outside) {
      v.errors.push({
        code: 'FILE_NOT_FOUND',
        path: '',
        message: `${path.relative(bundle.absDir, f).split(path.sep).join('/')} resolves outside the workspace through a symbolic link (bundle files must be inside the workspace)`,
        line: null,
        column: null,
      });
    }
    results.push({
      ...base,
      profile,
      service: v.service,
      version: v.version,
      valid: v.errors.length === 0,
      errors: v.errors,
      warnings: v.warnings,
      contractJson: v.contractJson,
      ...(v.requestError !== undefined ? { requestError: v.requestError } : {}),
      referencedFiles: v.referencedFiles,
    });
  }
  return results;
}

function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

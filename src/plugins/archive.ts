/** Unpacks a verified download and finds the plugin executable in it. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getExecOutput } from '@actions/exec';
import * as io from '@actions/io';
import { PluginError } from './sources/context.js';
import { errorMessage } from '../shared/errors.js';

export type ArchiveKind = 'tar.gz' | 'zip' | 'raw';

export function kindFromName(name: string): ArchiveKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return 'tar.gz';
  if (lower.endsWith('.zip')) return 'zip';
  return 'raw';
}

/** Download URLs do not always end in the archive's suffix: look at the magic bytes too. */
export async function sniffKind(file: string): Promise<ArchiveKind> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    if (bytesRead >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) return 'tar.gz';
    if (bytesRead === 4 && buf.readUInt32LE(0) === 0x04034b50) return 'zip';
    return 'raw';
  } finally {
    await fh.close();
  }
}

/** Returns a fresh directory under runnerTemp holding the plugin (the raw file renamed to `exe`, or the extracted tree). */
export async function unpack(file: string, kind: ArchiveKind, exe: string, runnerTemp: string): Promise<string> {
  const dir = path.join(runnerTemp, `pacto-plugin-${crypto.randomUUID()}`);
  if (kind === 'raw') {
    await fs.promises.mkdir(dir, { recursive: true });
    await fs.promises.copyFile(file, path.join(dir, exe));
    return dir;
  }
  await fs.promises.mkdir(dir, { recursive: true });
  try {
    if (kind === 'zip') await extractZip(file, dir);
    else await extractTarGz(file, dir);
    return dir;
  } catch (err) {
    await fs.promises.rm(dir, { recursive: true, force: true });
    throw new PluginError(`could not extract the ${kind} archive: ${errorMessage(err)}`);
  }
}

/*
 * Extraction runs the same tools as tool-cache's extractTar/extractZip, but silently: tool-cache
 * echoes "[command]/usr/bin/tar xz ..." to the step log, outside the plugin's log group (plugins
 * resolve in parallel and their logs are replayed afterwards, one group each).
 */
const IS_WINDOWS = process.platform === 'win32';

async function extractTarGz(file: string, dir: string): Promise<void> {
  const version = await getExecOutput('tar', ['--version'], { silent: true, ignoreReturnCode: true });
  const gnu = `${version.stdout}${version.stderr}`.toUpperCase().includes('GNU TAR');
  const args = ['xz'];
  let [fileArg, dirArg] = [file, dir];
  if (gnu) {
    args.push('--warning=no-unknown-keyword');
    if (IS_WINDOWS) {
      // GNU tar on Windows reads C: as a remote host without --force-local.
      args.push('--force-local');
      [fileArg, dirArg] = [file.replace(/\\/g, '/'), dir.replace(/\\/g, '/')];
    }
  }
  await quiet('tar', [...args, '-C', dirArg, '-f', fileArg]);
}

async function extractZip(file: string, dir: string): Promise<void> {
  if (IS_WINDOWS) {
    const shell = (await io.which('pwsh', false)) || (await io.which('powershell', true));
    const quote = (p: string): string => `'${p.replace(/'/g, "''")}'`;
    await quiet(shell, [
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      `$ErrorActionPreference = 'Stop'; Expand-Archive -LiteralPath ${quote(file)} -DestinationPath ${quote(dir)} -Force`,
    ]);
    return;
  }
  const unzip = await io.which('unzip', false);
  if (!unzip) throw new Error('unzip is not installed (on Debian or Ubuntu: apt-get install unzip)');
  // -o: never prompt (a prompt would hang the run).
  await quiet(unzip, ['-o', '-q', file], dir);
}

async function quiet(tool: string, args: string[], cwd?: string): Promise<void> {
  const r = await getExecOutput(tool, args, { silent: true, ignoreReturnCode: true, cwd });
  if (r.exitCode !== 0) {
    const output = `${r.stderr}\n${r.stdout}`
      .trim()
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .slice(-10)
      .join('\n');
    throw new Error(`${path.basename(tool)} exited with code ${r.exitCode}${output === '' ? '' : `: ${output}`}`);
  }
}

const MAX_DEPTH = 6;
const MAX_ENTRIES = 20000;

/**
 * The shallowest regular file named `exe` (case-insensitively on Windows) under dir. Symlinks are
 * neither followed nor accepted. Throws, listing what the directory holds, when there is none.
 */
export async function findExecutable(dir: string, exe: string, windows: boolean, where = 'the archive'): Promise<string> {
  const same = (a: string): boolean => (windows ? a.toLowerCase() === exe.toLowerCase() : a === exe);
  const listing: string[] = [];
  let level = [''];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && listing.length < MAX_ENTRIES; depth++) {
    const next: string[] = [];
    const hits: string[] = [];
    for (const rel of level) {
      const entries = await fs.promises.readdir(path.join(dir, rel), { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const relPath = rel === '' ? e.name : `${rel}/${e.name}`;
        listing.push(e.isDirectory() ? `${relPath}/` : e.isSymbolicLink() ? `${relPath} (symlink)` : relPath);
        if (e.isDirectory()) next.push(relPath);
        else if (e.isFile() && same(e.name)) hits.push(relPath);
      }
    }
    if (hits.length > 0) return path.join(dir, ...hits[0].split('/'));
    level = next;
  }
  const shown = listing.slice(0, 40);
  const more = listing.length > shown.length ? `, and ${listing.length - shown.length} more` : '';
  throw new PluginError(`no ${exe} in ${where}; it holds: ${shown.length > 0 ? shown.join(', ') : '(nothing)'}${more}`);
}

export async function makeExecutable(file: string, windows: boolean): Promise<void> {
  if (windows) return;
  const mode = (await fs.promises.stat(file)).mode;
  await fs.promises.chmod(file, mode | 0o755);
}

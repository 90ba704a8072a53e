/** Shared pieces of the artifact tests: temp working dirs, configs, generation results, zip reading. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { recordingIO } from '../../helpers/recording-io.js';
import type { Config } from '../../../src/inputs.js';
import type { FileStatus, GenerationResult, OutputFile } from '../../../src/generate/types.js';
import type { ArtifactContext } from '../../../src/publish/artifact.js';
import { buildConfig } from '../../builders.js';

export interface Sandbox {
  dir: string;
  workspace: string;
  runnerTemp: string;
  write(rel: string, content: string | Buffer): void;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pacto-artifact-test-'));
  const workspace = path.join(dir, 'ws');
  const runnerTemp = path.join(dir, 'runner-temp');
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(runnerTemp, { recursive: true });
  return {
    dir,
    workspace,
    runnerTemp,
    write(rel, content) {
      const abs = path.join(workspace, rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A real Config from the input parser, with upload-artifact inputs overridden. */
export function makeConfig(sb: Sandbox, inputs: Record<string, string> = {}): Readonly<Config> {
  const all: Record<string, string> = { 'upload-artifact': 'true', plugins: '- openapi', ...inputs };
  return buildConfig(sb.workspace, all, { runnerTemp: sb.runnerTemp });
}

export function outputFile(p: string, status: FileStatus): OutputFile {
  return { path: p, plugin: 'openapi', contract: 'svc/pacto.yaml', status, sha256: null, direct: false };
}

export function generation(files: OutputFile[], drift: GenerationResult['drift'] = null): GenerationResult {
  return { jobs: [], files, changed: files.some((f) => f.status !== 'unchanged'), drift, errors: [] };
}

export function context(config: Readonly<Config>, gen: GenerationResult | null, env: NodeJS.ProcessEnv, reportJson = '{"report":true}\n') {
  const io = recordingIO();
  const ctx: ArtifactContext = { config, generation: gen, reportJson, env, io };
  return { ctx, io };
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Reads a zip back with the system unzip: every file entry's name and bytes. */
export function unzipAll(zip: Buffer, scratch: string): Map<string, Buffer> {
  const file = path.join(scratch, `read-${Date.now()}-${Math.random().toString(16).slice(2)}.zip`);
  fs.writeFileSync(file, zip);
  try {
    const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
      .split('\n')
      .filter((n) => n !== '' && !n.endsWith('/'));
    return new Map(names.map((n) => [n, execFileSync('unzip', ['-p', file, n], { maxBuffer: 64 * 1024 * 1024 })]));
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** zipinfo's per-entry compression method ("stor", "defN", ...), keyed by name. */
export function zipMethods(zip: Buffer, scratch: string): Map<string, string> {
  const file = path.join(scratch, `info-${Date.now()}.zip`);
  fs.writeFileSync(file, zip);
  try {
    const lines = execFileSync('unzip', ['-Z', file], { encoding: 'utf8' }).split('\n');
    const out = new Map<string, string>();
    for (const line of lines) {
      // -rw-r--r--  3.0 unx     2000 bx stor 26-Nov-22 02:26 big.txt
      const m = /^\S{10}\s+\S+\s+\S+\s+\d+\s+\S+\s+(\S+)\s+\S+\s+\S+\s+(.+)$/.exec(line);
      if (m) out.set(m[2], m[1]);
    }
    return out;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * The artifact client prints its progress with @actions/core straight to stdout; keep it out of
 * the test output (and available for assertions).
 */
export function captureStdout(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    lines.push(String(chunk));
    return true;
  });
  return { lines, restore: () => spy.mockRestore() };
}

export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
}

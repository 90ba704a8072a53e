/**
 * A plugin named without a source: PATH (like a shell, but refusing relative entries, which would
 * make the result depend on the working directory), then each plugin-dirs directory, then Pacto's
 * own plugin directory. Never downloads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import leven from 'leven';
import { PluginError, type Found, type SourceContext } from './context.js';

interface Place {
  label: string;
  dir: string;
}

export async function locate(sc: SourceContext): Promise<Found> {
  const { ctx } = sc;
  const notes: string[] = [];
  const looked: string[] = [];
  const candidates = candidateNames(sc);

  const pathDirs: string[] = [];
  for (const entry of envValue(ctx.env, 'PATH').split(path.delimiter)) {
    if (entry === '' || !path.isAbsolute(entry)) {
      notes.push(`refused relative PATH entry "${entry}"`);
      continue;
    }
    pathDirs.push(entry);
  }
  const places: Place[] = [
    ...pathDirs.map((dir) => ({ label: 'PATH', dir })),
    ...ctx.pluginDirs.map((dir) => ({ label: `plugin-dir ${dir}`, dir })),
  ];
  const config = configPluginDir(ctx.env);
  places.push({ label: `config-dir ${config}`, dir: config });

  for (const place of places) {
    for (const name of candidates.runnable) {
      const file = path.join(place.dir, name);
      const state = await executableState(file, sc.platform.windows);
      if (state === 'ok') {
        sc.log.info(`Found ${file} (${place.label})`);
        return { path: file, version: null, source: place.label, cached: false };
      }
      if (state === 'not-executable') notes.push(`skipped ${file}: not executable (chmod +x)`);
    }
    for (const name of candidates.shellOnly) {
      const file = path.join(place.dir, name);
      if ((await executableState(file, true)) === 'ok') {
        notes.push(`skipped ${file}: a ${path.extname(name)} file needs a shell, and plugins run without one (use a .exe)`);
      }
    }
  }

  if (pathDirs.length > 0) looked.push(`PATH (${pathDirs.join(path.delimiter)})`);
  else looked.push('PATH (no absolute entries)');
  for (const dir of ctx.pluginDirs) looked.push(`plugin-dir ${dir}`);
  looked.push(`${config}`);
  const near = await nearestPlugins(sc.spec.name, places, sc.platform.windows);
  const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `${n.name} (${n.file})`).join(' or ')}?` : '';
  // Three lines: what and the likely fix first, then the long list of places (PATH may be long).
  throw new PluginError(
    `${sc.exe} was not found.${hint}\nLooked in, in order: ${looked.join('; ')}` +
      (notes.length > 0 ? ` (${notes.join('; ')})` : '') +
      '.\nInstall it on PATH, add its directory to plugin-dirs, or give a source (path, url, github or npm).',
  );
}

/**
 * Plugins in the searched directories whose names are nearest to the one asked for (a typo such
 * as k8 for k8s), by edit distance: at most a third of the name's length, and at least 1.
 */
async function nearestPlugins(name: string, places: Place[], windows: boolean): Promise<{ name: string; file: string }[]> {
  const prefix = 'pacto-plugin-';
  const found = new Map<string, string>();
  for (const place of places) {
    let entries: string[];
    try {
      entries = await fs.promises.readdir(place.dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.startsWith(prefix)) continue;
      const candidate = windows ? entry.slice(prefix.length).replace(/\.(exe|com|bat|cmd)$/i, '') : entry.slice(prefix.length);
      if (candidate !== '' && candidate !== name && !found.has(candidate)) found.set(candidate, path.join(place.dir, entry));
    }
  }
  const limit = Math.max(1, Math.floor(name.length / 3));
  const scored = [...found].map(([candidate, file]) => ({
    name: candidate,
    file,
    distance: leven(name.toLowerCase(), candidate.toLowerCase()),
  }));
  const close = scored.filter((c) => c.distance <= limit);
  const best = Math.min(...close.map((c) => c.distance));
  return close
    .filter((c) => c.distance === best)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, 3)
    .map(({ name: n, file }) => ({ name: n, file }));
}

/** $XDG_CONFIG_HOME/pacto/plugins, else ~/.config/pacto/plugins, as Pacto itself looks. */
export function configPluginDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'pacto', 'plugins');
  const home = env.HOME || env.USERPROFILE || os.homedir();
  return path.join(home, '.config', 'pacto', 'plugins');
}

/** Windows runs only .exe and .com without a shell; other PATHEXT hits are named in the not-found notes. */
const RUNNABLE_EXTS = ['.exe', '.com'];

function candidateNames(sc: SourceContext): { runnable: string[]; shellOnly: string[] } {
  const base = `pacto-plugin-${sc.spec.name}`;
  if (!sc.platform.windows) return { runnable: [base], shellOnly: [] };
  const exts = (envValue(sc.ctx.env, 'PATHEXT') || '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.startsWith('.'));
  // .exe first (what release assets and Go builds are); both run whatever PATHEXT says.
  const runnable = RUNNABLE_EXTS;
  const shellOnly = [...new Set([...exts, '.cmd', '.bat'])].filter((e) => !RUNNABLE_EXTS.includes(e));
  return { runnable: runnable.map((e) => base + e), shellOnly: shellOnly.map((e) => base + e) };
}

/** Windows environment names are case-insensitive (Path, PATH). */
function envValue(env: NodeJS.ProcessEnv, name: string): string {
  if (env[name] !== undefined) return env[name] ?? '';
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? '' : (env[key] ?? '');
}

export async function executableState(file: string, windows: boolean): Promise<'ok' | 'missing' | 'not-executable'> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(file);
  } catch {
    return 'missing';
  }
  if (!st.isFile()) return 'missing';
  if (windows) return 'ok';
  try {
    await fs.promises.access(file, fs.constants.X_OK);
    return 'ok';
  } catch {
    return 'not-executable';
  }
}

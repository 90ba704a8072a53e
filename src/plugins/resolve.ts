/**
 * Locates or installs every requested plugin. All plugins resolve in parallel; logs are buffered
 * per plugin and replayed in spec order, one group each, so the log reads the same every run.
 */
import { withToolCacheEnv } from './cache.js';
import { sha256File } from '../shared/hash.js';
import { executableName, platformOf } from './platform.js';
import { PluginError, type Found, type PluginLog, type ResolveContext, type SourceContext } from './sources/context.js';
import { fromGithub } from './sources/github.js';
import { locate } from './sources/locate.js';
import { fromNpm } from './sources/npm.js';
import { fromPath } from './sources/path.js';
import { fromUrl } from './sources/url.js';
import type { PluginFailure, PluginSpec, ResolvedPlugin, ResolveResult } from './types.js';
import { errorMessage } from '../shared/errors.js';

export type { ResolveContext } from './sources/context.js';

interface LogLine {
  kind: 'info' | 'warning' | 'debug';
  message: string;
}

type Outcome = { ok: true; plugin: ResolvedPlugin } | { ok: false; failure: PluginFailure };

export async function resolvePlugins(specs: PluginSpec[], ctx: ResolveContext): Promise<ResolveResult> {
  const redact = redactor(ctx.token);
  const logs = specs.map(() => [] as LogLine[]);
  const outcomes = await withToolCacheEnv(ctx.toolCache, ctx.runnerTemp, () =>
    Promise.all(specs.map((spec, i) => resolveOne(spec, ctx, bufferLog(logs[i], redact), redact))),
  );

  const result: ResolveResult = { plugins: [], failures: [], warnings: [] };
  specs.forEach((spec, i) => {
    const outcome = outcomes[i];
    ctx.io.startGroup(
      `Plugin ${spec.name}: ${outcome.ok ? `${outcome.plugin.source}${outcome.plugin.cached ? ' (cached)' : ''}` : 'failed'}`,
    );
    const warnings: string[] = [];
    for (const line of logs[i]) {
      if (line.kind === 'warning') warnings.push(line.message);
      else if (line.kind === 'debug') ctx.io.debug(line.message);
      else ctx.io.info(line.message);
    }
    if (outcome.ok) {
      ctx.io.info(
        `${outcome.plugin.path} sha256 ${outcome.plugin.sha256}${outcome.plugin.version ? ` version ${outcome.plugin.version}` : ''}`,
      );
      result.plugins.push(outcome.plugin);
    } else {
      // The reason is the step's error annotation (report stage): printed there once, not twice.
      ctx.io.info(`plugin "${spec.name}" (${outcome.failure.source}) was not resolved: the error annotation below says why.`);
      result.failures.push(outcome.failure);
    }
    ctx.io.endGroup();
    // Annotated by the report stage, inside the one annotation budget of the step.
    for (const w of warnings) result.warnings.push({ name: spec.name, message: w });
  });
  return result;
}

async function resolveOne(spec: PluginSpec, ctx: ResolveContext, log: PluginLog, redact: (s: string) => string): Promise<Outcome> {
  const platform = platformOf(ctx.platform ?? process.platform, ctx.arch ?? process.arch);
  const sc: SourceContext = { spec, ctx, platform, exe: executableName(spec.name, platform), log };
  try {
    const found = await fromSource(sc);
    const sha256 = await sha256File(found.path);
    if (spec.sha256 !== null && spec.source.kind === 'path' && sha256 !== spec.sha256) {
      throw new PluginError(`checksum mismatch for ${found.path}: expected ${spec.sha256} (sha256), got ${sha256}`);
    }
    return {
      ok: true,
      plugin: {
        name: spec.name,
        version: found.version,
        source: redact(found.source),
        path: found.path,
        sha256,
        cached: found.cached,
        extraPath: found.extraPath ?? [],
        spec,
      },
    };
  } catch (err) {
    const what = err instanceof PluginError ? err.message : `unexpected error: ${errorMessage(err)}`;
    const source = describeSource(spec);
    return { ok: false, failure: { name: spec.name, source: redact(source), message: redact(what) } };
  }
}

function fromSource(sc: SourceContext): Promise<Found> {
  const s = sc.spec.source;
  switch (s.kind) {
    case 'locate':
      return locate(sc);
    case 'path':
      return fromPath(sc, s.path);
    case 'url':
      return fromUrl(sc, s.url, s.version);
    case 'github':
      return fromGithub(sc, s);
    case 'npm':
      return fromNpm(sc, s.spec, s.scripts);
  }
}

/** A failure as one sentence: which plugin, which source, what happened. */
export function failureText(f: PluginFailure): string {
  return `plugin "${f.name}" (${f.source}): ${f.message}`;
}

/** The source as the user gave it, for failures (the resolved form may not exist). */
export function describeSource(spec: PluginSpec): string {
  const s = spec.source;
  switch (s.kind) {
    case 'locate':
      return 'located on PATH or in a plugin directory';
    case 'path':
      return `path ${s.path}`;
    case 'url':
      return `url ${s.url}`;
    case 'github':
      return `github ${s.owner}/${s.repo}@${s.tag}`;
    case 'npm':
      return `npm ${s.spec}`;
  }
}

function bufferLog(lines: LogLine[], redact: (s: string) => string): PluginLog {
  return {
    info: (message) => void lines.push({ kind: 'info', message: redact(message) }),
    warning: (message) => void lines.push({ kind: 'warning', message: redact(message) }),
    debug: (message) => void lines.push({ kind: 'debug', message: redact(message) }),
  };
}

/** Belt and braces: no message we produce should hold the token, but never let one through. */
function redactor(token: string): (s: string) => string {
  if (token.length < 4) return (s) => s;
  return (s) => s.split(token).join('***');
}

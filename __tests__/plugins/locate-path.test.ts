import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { failureText, resolvePlugins } from '../../src/plugins/resolve.js';
import { makeSandbox, pluginScript, runPlugin, sha256, specs, writeExecutable, type Sandbox } from './sandbox.js';

let sb: Sandbox;
beforeEach(() => {
  sb = makeSandbox();
});
afterEach(() => sb.cleanup());

describe('bare names', () => {
  it('finds a plugin on PATH, in PATH order, with its sha256 and no version', async () => {
    const a = path.join(sb.root, 'a');
    const b = path.join(sb.root, 'b');
    writeExecutable(path.join(b, 'pacto-plugin-readme'), pluginScript('from b'));
    const file = writeExecutable(path.join(a, 'pacto-plugin-readme'), pluginScript('from a'));
    const r = await resolvePlugins(specs('- readme'), sb.ctx({}, { PATH: [a, b].join(':') }));
    expect(r.failures).toEqual([]);
    expect(r.plugins).toHaveLength(1);
    const p = r.plugins[0];
    expect(p).toMatchObject({ name: 'readme', version: null, source: 'PATH', path: file, cached: false, extraPath: [] });
    expect(p.sha256).toBe(sha256(fs.readFileSync(file)));
    expect(runPlugin(p.path)).toBe('from a');
    expect(sb.io.calls.filter((c) => c.kind === 'group').map((c) => c.message)).toEqual(['Plugin readme: PATH']);
  });

  it('refuses hits from relative PATH entries, like a careful shell', async () => {
    writeExecutable(path.join(sb.root, 'rel', 'pacto-plugin-readme'), pluginScript('relative'));
    const cwd = process.cwd();
    process.chdir(sb.root);
    try {
      const r = await resolvePlugins(specs('- readme'), sb.ctx({}, { PATH: ['rel', '', '/nonexistent-dir'].join(':') }));
      expect(r.plugins).toEqual([]);
      expect(failureText(r.failures[0])).toContain('refused relative PATH entry "rel"');
      expect(failureText(r.failures[0])).toContain('refused relative PATH entry ""');
    } finally {
      process.chdir(cwd);
    }
  });

  it('skips a non-executable file on PATH and falls through to plugin-dirs, then the config dir', async () => {
    const onPath = path.join(sb.root, 'bin');
    writeExecutable(path.join(onPath, 'pacto-plugin-k8s'), pluginScript('not executable'), 0o644);
    const dir1 = path.join(sb.workspace, 'plugins1');
    const dir2 = path.join(sb.workspace, 'plugins2');
    fs.mkdirSync(dir1, { recursive: true });
    const inDir2 = writeExecutable(path.join(dir2, 'pacto-plugin-k8s'), pluginScript('dir2'));
    const inConfig = writeExecutable(path.join(sb.home, '.config', 'pacto', 'plugins', 'pacto-plugin-docs'), pluginScript('config'));
    const r = await resolvePlugins(specs('- k8s\n- docs'), sb.ctx({ pluginDirs: [dir1, dir2] }, { PATH: onPath }));
    expect(r.failures).toEqual([]);
    expect(r.plugins.map((p) => [p.name, p.source, p.path])).toEqual([
      ['k8s', `plugin-dir ${dir2}`, inDir2],
      ['docs', `config-dir ${path.dirname(inConfig)}`, inConfig],
    ]);
    expect(runPlugin(r.plugins[1].path)).toBe('config');
  });

  it('uses $XDG_CONFIG_HOME/pacto/plugins when XDG_CONFIG_HOME is set', async () => {
    const xdg = path.join(sb.root, 'xdg');
    writeExecutable(path.join(sb.home, '.config', 'pacto', 'plugins', 'pacto-plugin-docs'), pluginScript('home'));
    const file = writeExecutable(path.join(xdg, 'pacto', 'plugins', 'pacto-plugin-docs'), pluginScript('xdg'));
    const r = await resolvePlugins(specs('- docs'), sb.ctx({}, { XDG_CONFIG_HOME: xdg }));
    expect(r.plugins[0].path).toBe(file);
  });

  it('fails naming every place looked, in order, and never downloads', async () => {
    const onPath = path.join(sb.root, 'bin');
    writeExecutable(path.join(onPath, 'pacto-plugin-readme'), 'x', 0o644);
    const pd = path.join(sb.workspace, 'plugins');
    const r = await resolvePlugins(specs('- readme'), sb.ctx({ pluginDirs: [pd] }, { PATH: `${onPath}:/usr/local/nothing` }));
    expect(r.plugins).toEqual([]);
    expect(r.failures).toEqual([
      {
        name: 'readme',
        source: 'located on PATH or in a plugin directory',
        message:
          `pacto-plugin-readme was not found.\nLooked in, in order: ` +
          `PATH (${onPath}:/usr/local/nothing); plugin-dir ${pd}; ${path.join(sb.home, '.config', 'pacto', 'plugins')} ` +
          `(skipped ${path.join(onPath, 'pacto-plugin-readme')}: not executable (chmod +x)).\n` +
          'Install it on PATH, add its directory to plugin-dirs, or give a source (path, url, github or npm).',
      },
    ]);
    expect(sb.io.calls.filter((c) => c.kind === 'group').map((c) => c.message)).toEqual(['Plugin readme: failed']);
  });

  it('suggests the nearest plugin names in the searched places, before the long list of places', async () => {
    const onPath = path.join(sb.root, 'bin');
    writeExecutable(path.join(onPath, 'pacto-plugin-helm'), pluginScript('helm'));
    const pd = path.join(sb.workspace, 'plugins');
    const k8s = writeExecutable(path.join(pd, 'pacto-plugin-k8s'), pluginScript('k8s'));
    writeExecutable(path.join(pd, 'pacto-plugin-readme'), pluginScript('readme'));
    const ctx = sb.ctx({ pluginDirs: [pd] }, { PATH: onPath });
    const r = await resolvePlugins(specs('- k8\n- redme\n- terraform'), ctx);
    expect(r.failures.map((f) => f.message.split('\n')[0])).toEqual([
      `pacto-plugin-k8 was not found. Did you mean k8s (${k8s})?`,
      `pacto-plugin-redme was not found. Did you mean readme (${path.join(pd, 'pacto-plugin-readme')})?`,
      'pacto-plugin-terraform was not found.',
    ]);
    // The search path is named once, in the one message.
    expect(r.failures[0].message.split(onPath).length - 1).toBe(1);
  });

  it('names every nearest plugin when several are equally near, and matches case-insensitively', async () => {
    const pd = path.join(sb.workspace, 'plugins');
    for (const n of ['k8a', 'k8b', 'k9s', 'K8']) writeExecutable(path.join(pd, `pacto-plugin-${n}`), pluginScript(n));
    const r = await resolvePlugins(specs('- k8'), sb.ctx({ pluginDirs: [pd] }, { PATH: '' }));
    expect(r.failures[0].message).toContain(`Did you mean K8 (${path.join(pd, 'pacto-plugin-K8')})?`);
    const two = await resolvePlugins(specs('- k9a'), sb.ctx({ pluginDirs: [pd] }, { PATH: '' }));
    expect(two.failures[0].message).toContain(
      `Did you mean k8a (${path.join(pd, 'pacto-plugin-k8a')}) or k9s (${path.join(pd, 'pacto-plugin-k9s')})?`,
    );
  });

  it('finds Windows executables through PATHEXT, .exe first', async () => {
    const dir = path.join(sb.root, 'win');
    writeExecutable(path.join(dir, 'pacto-plugin-readme.cmd'), 'cmd');
    const exe = writeExecutable(path.join(dir, 'pacto-plugin-readme.exe'), 'exe');
    const r = await resolvePlugins(specs('- readme'), sb.ctx({ platform: 'win32', arch: 'x64' }, { PATH: dir, PATHEXT: '.COM;.CMD;.EXE' }));
    expect(r.plugins[0].path).toBe(exe);
  });

  it('on Windows accepts only .exe and .com, and names the .cmd and .bat files it skipped', async () => {
    const dir = path.join(sb.root, 'win');
    const cmd = writeExecutable(path.join(dir, 'pacto-plugin-readme.cmd'), 'cmd');
    const bat = writeExecutable(path.join(dir, 'pacto-plugin-readme.bat'), 'bat');
    const ctx = sb.ctx({ platform: 'win32', arch: 'x64' }, { PATH: dir, PATHEXT: '.COM;.EXE;.BAT;.CMD', HOME: sb.home });
    const r = await resolvePlugins(specs('- readme'), ctx);
    expect(r.plugins).toEqual([]);
    expect(r.failures[0].message).toMatch(/^pacto-plugin-readme\.exe was not found\.\nLooked in, in order: PATH /);
    expect(r.failures[0].message).toContain(
      `(skipped ${bat}: a .bat file needs a shell, and plugins run without one (use a .exe); ` +
        `skipped ${cmd}: a .cmd file needs a shell, and plugins run without one (use a .exe))`,
    );
    const com = writeExecutable(path.join(dir, 'pacto-plugin-readme.com'), 'com');
    const again = await resolvePlugins(specs('- readme'), ctx);
    expect(again.plugins[0].path).toBe(com);
  });
});

describe('path', () => {
  it('uses an executable in the repository, relative to the working directory', async () => {
    const file = writeExecutable(path.join(sb.workspace, 'sub', 'tools', 'pacto-plugin-docs'), pluginScript('docs'));
    const wd = path.join(sb.workspace, 'sub');
    const r = await resolvePlugins(specs('- name: docs\n  path: tools/pacto-plugin-docs'), sb.ctx({ workingDirectory: wd }));
    expect(r.failures).toEqual([]);
    expect(r.plugins[0]).toMatchObject({ name: 'docs', version: null, source: 'path tools/pacto-plugin-docs', path: file, cached: false });
    expect(r.plugins[0].sha256).toBe(sha256(fs.readFileSync(file)));
    expect(runPlugin(r.plugins[0].path)).toBe('docs');
  });

  it('accepts a matching sha256 and rejects a different one with both hashes', async () => {
    const file = writeExecutable(path.join(sb.workspace, 'pacto-plugin-docs'), pluginScript('docs'));
    const actual = sha256(fs.readFileSync(file));
    const ok = await resolvePlugins(specs(`- name: docs\n  path: pacto-plugin-docs\n  sha256: ${actual.toUpperCase()}`), sb.ctx());
    expect(ok.failures).toEqual([]);
    const bad = await resolvePlugins(specs(`- name: docs\n  path: pacto-plugin-docs\n  sha256: ${'0'.repeat(64)}`), sb.ctx());
    expect(failureText(bad.failures[0])).toBe(
      `plugin "docs" (path pacto-plugin-docs): checksum mismatch for ${file}: expected ${'0'.repeat(64)} (sha256), got ${actual}`,
    );
  });

  it('says how to fix a file without its executable bit', async () => {
    writeExecutable(path.join(sb.workspace, 'tools', 'pacto-plugin-docs'), pluginScript('docs'), 0o644);
    const r = await resolvePlugins(specs('- name: docs\n  path: tools/pacto-plugin-docs'), sb.ctx());
    expect(failureText(r.failures[0])).toBe(
      'plugin "docs" (path tools/pacto-plugin-docs): tools/pacto-plugin-docs is not executable: run "chmod +x tools/pacto-plugin-docs", ' +
        'and if the file is committed without its executable bit, "git update-index --chmod=+x tools/pacto-plugin-docs" (from the repository root) and commit',
    );
  });

  it('gives the git update-index path relative to the repository root, not to working-directory', async () => {
    writeExecutable(path.join(sb.workspace, 'svc', 'tools', 'pacto-plugin-docs'), pluginScript('docs'), 0o644);
    const r = await resolvePlugins(
      specs('- name: docs\n  path: tools/pacto-plugin-docs'),
      sb.ctx({ workingDirectory: path.join(sb.workspace, 'svc') }),
    );
    expect(failureText(r.failures[0])).toBe(
      'plugin "docs" (path tools/pacto-plugin-docs): tools/pacto-plugin-docs is not executable: run "chmod +x tools/pacto-plugin-docs", ' +
        'and if the file is committed without its executable bit, "git update-index --chmod=+x svc/tools/pacto-plugin-docs" (from the repository root) and commit',
    );
  });

  it('rejects a missing file, a directory, and anything whose real path leaves the workspace', async () => {
    const outside = writeExecutable(path.join(sb.root, 'outside', 'pacto-plugin-x'), pluginScript('outside'));
    fs.symlinkSync(outside, path.join(sb.workspace, 'link'));
    fs.mkdirSync(path.join(sb.workspace, 'adir'));
    const r = await resolvePlugins(
      specs('- name: a\n  path: missing\n- name: b\n  path: adir\n- name: c\n  path: link\n- name: d\n  path: ../outside/pacto-plugin-x'),
      sb.ctx(),
    );
    expect(r.plugins).toEqual([]);
    expect(r.failures.map(failureText)).toEqual([
      `plugin "a" (path missing): missing does not exist (looked for ${path.join(sb.workspace, 'missing')})`,
      `plugin "b" (path adir): adir is not a regular file (${path.join(sb.workspace, 'adir')})`,
      `plugin "c" (path link): link resolves to ${outside}, outside the workspace ${sb.workspace}; a path plugin must live in the repository`,
      `plugin "d" (path ../outside/pacto-plugin-x): ../outside/pacto-plugin-x resolves to ${outside}, outside the workspace ${sb.workspace}; a path plugin must live in the repository`,
    ]);
  });
});

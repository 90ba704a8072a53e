/** Maps Node's platform names to the ones release assets use (Go's GOOS/GOARCH). */

export interface Platform {
  /** linux, darwin or windows; null when Node's platform has no release assets. */
  os: string | null;
  /** amd64 or arm64; null when unsupported. */
  arch: string | null;
  /** ".exe" on Windows, else "". */
  ext: string;
  windows: boolean;
  /** As Node names them, for messages. */
  nodePlatform: string;
  nodeArch: string;
}

const OS: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };

export function platformOf(nodePlatform: string, nodeArch: string): Platform {
  return {
    os: OS[nodePlatform] ?? null,
    arch: ARCH[nodeArch] ?? null,
    ext: nodePlatform === 'win32' ? '.exe' : '',
    windows: nodePlatform === 'win32',
    nodePlatform,
    nodeArch,
  };
}

export function unsupportedPlatform(p: Platform): string {
  return `unsupported platform ${p.nodePlatform}/${p.nodeArch}: plugins are downloaded for linux, darwin and windows on x64 (amd64) and arm64`;
}

export function executableName(name: string, p: Platform): string {
  return `pacto-plugin-${name}${p.ext}`;
}

/**
 * Fills {name} {version} {os} {arch} {ext} (and {tag} for release assets).
 * Throws the unsupported-platform message when the template needs an unknown os or arch.
 */
export function fillTemplate(template: string, vars: { name: string; version: string | null; tag?: string }, p: Platform): string {
  return template.replace(/\{(name|version|os|arch|ext|tag)\}/g, (_m, v: string) => {
    switch (v) {
      case 'name':
        return vars.name;
      case 'version':
        return vars.version ?? '';
      case 'tag':
        return vars.tag ?? '';
      case 'ext':
        return p.ext;
      case 'os':
        if (p.os === null) throw new Error(unsupportedPlatform(p));
        return p.os;
      default:
        if (p.arch === null) throw new Error(unsupportedPlatform(p));
        return p.arch;
    }
  });
}

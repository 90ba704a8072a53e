/**
 * Layers 2 (cross-field) and 3 (semantic) of format 1.0, in Pacto's execution order, with
 * bracketed paths. Every check runs; the caller stops before layer 3 on any layer-2 error.
 */
import { bundleFileExists, diskReader, type BundleFileReader } from '../files.js';
import { dependencyScheme, parseOciRef } from '../oci.js';
import { parseRange, parseVersion } from '../semver.js';
import type { V1Contract, V1Dependency } from './model.js';

export interface RuleFinding {
  code: string;
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

const q = (s: string): string => JSON.stringify(s);

/** The findings of the rules run so far, in the order they were found. */
class Findings {
  readonly list: RuleFinding[] = [];
  error(code: string, path: string, message: string): void {
    this.list.push({ code, path, message, severity: 'error' });
  }
  warning(code: string, path: string, message: string): void {
    this.list.push({ code, path, message, severity: 'warning' });
  }
}

/** Pacto 0.9's ValidateCrossField: one function per rule, in its order. */
export function crossFieldV1(c: V1Contract, bundleDir: string, files: BundleFileReader = diskReader): RuleFinding[] {
  const out = new Findings();
  checkServiceVersion(c, out);
  checkInterfaceNamesUnique(c, out);
  checkInterfacePorts(c, out);
  checkInterfaceContracts(c, out);
  checkHealthInterface(c, out);
  checkInterfaceFiles(c, bundleDir, files, out);
  checkConfigFiles(c, bundleDir, files, out);
  checkDependencyRefs(c, out);
  checkImageRef(c, out);
  checkScaling(c, out);
  checkJobScaling(c, out);
  checkStatePersistenceInvariants(c, out);
  return out.list;
}

function checkServiceVersion(c: V1Contract, out: Findings): void {
  const v = parseVersion(c.service.version);
  if (!v.ok) {
    out.error(
      'INVALID_SEMVER',
      'service.version',
      `service version ${q(c.service.version)} is not valid semver: ${v.error}; use MAJOR.MINOR.PATCH such as "1.2.3" (a pre-release such as "1.2.3-rc.1" is fine)`,
    );
  }
}

/** The message cites the most recent earlier declaration of the name. */
function checkInterfaceNamesUnique(c: V1Contract, out: Findings): void {
  const lastIndex = new Map<string, number>();
  (c.interfaces ?? []).forEach((itf, i) => {
    const j = lastIndex.get(itf.name);
    if (j !== undefined) {
      out.error(
        'DUPLICATE_INTERFACE_NAME',
        `interfaces[${i}].name`,
        `interface name ${q(itf.name)} is already declared at interfaces[${j}]; give each interface a unique name`,
      );
    }
    lastIndex.set(itf.name, i);
  });
}

function checkInterfacePorts(c: V1Contract, out: Findings): void {
  (c.interfaces ?? []).forEach((itf, i) => {
    if ((itf.type === 'http' || itf.type === 'grpc') && itf.port === undefined) {
      out.error(
        'PORT_REQUIRED',
        `interfaces[${i}].port`,
        `port is required for ${itf.type} interface ${q(itf.name)}; add a port (1-65535)`,
      );
    }
    if (itf.type === 'event' && itf.port !== undefined) {
      out.warning(
        'PORT_IGNORED',
        `interfaces[${i}].port`,
        `port is not applicable for event interface ${q(itf.name)}; remove the port (${itf.port})`,
      );
    }
  });
}

function checkInterfaceContracts(c: V1Contract, out: Findings): void {
  (c.interfaces ?? []).forEach((itf, i) => {
    if ((itf.type === 'grpc' || itf.type === 'event') && itf.contract === '') {
      out.error(
        'CONTRACT_REQUIRED',
        `interfaces[${i}].contract`,
        `contract is required for ${itf.type} interface ${q(itf.name)}; point it at the interface file in the bundle`,
      );
    }
  });
}

function checkHealthInterface(c: V1Contract, out: Findings): void {
  const health = c.runtime?.health;
  if (!c.runtime || !health) return;
  const interfaces = c.interfaces ?? [];
  const match = interfaces.find((itf) => itf.name === health.interface);
  if (!match) {
    const names = interfaces.filter((i) => i.type === 'http' || i.type === 'grpc').map((i) => q(i.name));
    out.error(
      'HEALTH_INTERFACE_NOT_FOUND',
      'runtime.health.interface',
      `health interface ${q(health.interface)} does not match any declared interface; ` +
        (names.length ? `use one of ${names.join(', ')}` : 'declare an http or grpc interface with that name'),
    );
  } else if (match.type === 'event') {
    out.error(
      'HEALTH_INTERFACE_INVALID',
      'runtime.health.interface',
      `health interface ${q(health.interface)} is an event interface; health checks require http or grpc`,
    );
  } else if (match.type === 'http' && health.path === '') {
    out.error(
      'HEALTH_PATH_REQUIRED',
      'runtime.health.path',
      `health check path is required when the health interface type is http; add runtime.health.path (for example "/health")`,
    );
  } else if (match.type === 'grpc' && health.path !== '') {
    out.warning(
      'HEALTH_PATH_IGNORED',
      'runtime.health.path',
      `health check path ${q(health.path)} is not used for grpc interfaces; gRPC uses the standard health protocol, so remove the path`,
    );
  }
}

function checkInterfaceFiles(c: V1Contract, bundleDir: string, files: BundleFileReader, out: Findings): void {
  (c.interfaces ?? []).forEach((itf, i) => {
    if (itf.contract !== '' && !bundleFileExists(bundleDir, itf.contract, files)) {
      out.error('FILE_NOT_FOUND', `interfaces[${i}].contract`, fileMessage('interface contract', itf.contract));
    }
  });
}

function checkConfigFiles(c: V1Contract, bundleDir: string, files: BundleFileReader, out: Findings): void {
  if (c.configuration && c.configuration.schema !== '' && !bundleFileExists(bundleDir, c.configuration.schema, files)) {
    out.error('FILE_NOT_FOUND', 'configuration.schema', fileMessage('configuration schema', c.configuration.schema));
  }
}

function checkDependencyRefs(c: V1Contract, out: Findings): void {
  (c.dependencies ?? []).forEach((dep, i) => checkDependency(dep, i, out));
}

/** A dependency whose OCI reference does not parse has its compatibility left unchecked. */
function checkDependency(dep: V1Dependency, i: number, out: Findings): void {
  const { scheme, location } = dependencyScheme(dep.ref);
  if (scheme === 'oci') {
    const r = parseOciRef(location);
    if (!r.ok) {
      out.error(
        'INVALID_OCI_REF',
        `dependencies[${i}].ref`,
        `invalid OCI reference ${q(dep.ref)}: ${r.error}; write oci://REGISTRY/REPOSITORY[:TAG][@DIGEST], e.g. oci://ghcr.io/acme/auth-pacto:1.0.0`,
      );
      return;
    }
    if (r.ref.tag !== '' && r.ref.digest === '') {
      out.warning(
        'TAG_NOT_DIGEST',
        `dependencies[${i}].ref`,
        `dependency ${q(dep.ref)} uses a tag instead of a digest; digest pinning is recommended (append @sha256:<digest>)`,
      );
    }
  }
  if (dep.compatibility === '') {
    out.error(
      'EMPTY_COMPATIBILITY',
      `dependencies[${i}].compatibility`,
      'compatibility range must not be empty; use a range such as "^1.0.0"',
    );
    return;
  }
  const range = parseRange(dep.compatibility);
  if (!range.ok) {
    out.error(
      'INVALID_COMPATIBILITY',
      `dependencies[${i}].compatibility`,
      `invalid compatibility range ${q(dep.compatibility)}: invalid semver range ${q(dep.compatibility)}: ${range.error}; use a range such as "^1.2.0", "~1.2" or ">=1.0.0, <2.0.0"`,
    );
  }
}

function checkImageRef(c: V1Contract, out: Findings): void {
  const image = c.service.image;
  if (!image) return;
  const r = parseOciRef(image.ref);
  if (!r.ok) {
    out.error(
      'INVALID_IMAGE_REF',
      'service.image.ref',
      `invalid image reference ${q(image.ref)}: ${r.error}; use a full reference with a registry, e.g. docker.io/library/nginx:1.27`,
    );
  }
}

function checkScaling(c: V1Contract, out: Findings): void {
  const scaling = c.scaling;
  if (scaling && scaling.min > scaling.max) {
    out.error(
      'SCALING_MIN_EXCEEDS_MAX',
      'scaling',
      `scaling min (${scaling.min}) must not exceed max (${scaling.max}); swap or fix the bounds`,
    );
  }
}

function checkJobScaling(c: V1Contract, out: Findings): void {
  if (c.scaling && c.runtime?.workload === 'job') {
    out.error(
      'JOB_SCALING_NOT_ALLOWED',
      'scaling',
      'scaling must not be applied to job workloads; remove scaling or use workload "service" or "scheduled"',
    );
  }
}

function checkStatePersistenceInvariants(c: V1Contract, out: Findings): void {
  const state = c.runtime?.state;
  if (state && state.type === 'stateless' && state.persistence.durability === 'persistent') {
    out.error(
      'STATELESS_PERSISTENT_CONFLICT',
      'runtime.state.persistence.durability',
      'stateless services must use ephemeral durability; persistent durability requires stateful or hybrid',
    );
  }
}

function fileMessage(what: string, ref: string): string {
  let hint = 'add the file to the bundle or fix the path (relative to the directory holding pacto.yaml)';
  if (ref.startsWith('./')) hint = `write it without "./" (${q(ref.replace(/^(\.\/)+/, ''))}): Pacto does not accept "./" paths`;
  else if (ref.startsWith('/')) hint = 'use a path relative to the bundle root, not an absolute one';
  else if (ref.split('/').includes('..')) hint = 'the file must be inside the bundle; ".." is not allowed';
  else if (ref.endsWith('/') || ref.includes('//')) hint = 'remove the empty path segment';
  return `${what} file ${q(ref)} not found in bundle; ${hint}`;
}

export function semanticV1(c: V1Contract): RuleFinding[] {
  const rt = c.runtime;
  if (rt?.lifecycle && rt.lifecycle.upgradeStrategy === 'ordered' && rt.state.type === 'stateless') {
    return [
      {
        code: 'UPGRADE_STRATEGY_STATE_MISMATCH',
        path: 'runtime.lifecycle.upgradeStrategy',
        message:
          'ordered upgrade strategy is typically used with stateful services, but state is stateless; use "rolling" or declare the state',
        severity: 'warning',
      },
    ];
  }
  return [];
}

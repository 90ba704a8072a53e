/**
 * The one table of finding codes and what each means: Pacto's validation codes (formats 1.0
 * and 2.0) and this action's own codes for unsafe plugin outputs and drift. SARIF rules, and
 * anything else that explains a code, read it from here.
 */

export interface RuleText {
  /** One line: what is wrong. */
  short: string;
  /** How to fix it. */
  help: string;
  /** The level when nothing else decides it (validation findings carry their own); error when absent. */
  level?: 'warning' | 'note';
}

const PACTO: Readonly<Record<string, RuleText>> = {
  PARSE_ERROR: {
    short: 'The contract could not be loaded.',
    help: 'Fix the YAML or the field the message names (unknown key, duplicate key, wrong kind of value).',
  },
  YAML_PARSE_ERROR: { short: 'The contract cannot be represented as JSON.', help: 'Remove values JSON has no form for (NaN, Infinity).' },
  SCHEMA_VIOLATION: {
    short: 'The contract does not match the Pacto JSON schema.',
    help: 'Change the value at the reported path to what the schema allows.',
  },
  SCHEMA_ERROR: { short: 'The schema validator failed.', help: 'Report this to the maintainers with the contract.' },
  UNSUPPORTED_PACTO_VERSION: {
    short: 'pactoVersion is not a supported version.',
    help: 'Quote the version, for example pactoVersion: "2.0".',
  },
  INVALID_SEMVER: { short: 'service.version is not valid semver.', help: 'Use a semantic version such as 1.2.3.' },
  DUPLICATE_INTERFACE_NAME: { short: 'Two interfaces have the same name.', help: 'Give each interface a unique name.' },
  DUPLICATE_CONFIGURATION_NAME: { short: 'Two configurations have the same name.', help: 'Give each configuration a unique name.' },
  DUPLICATE_POLICY_NAME: { short: 'Two policies have the same name.', help: 'Give each policy a unique name.' },
  DUPLICATE_DEPENDENCY_NAME: { short: 'Two dependencies have the same name.', help: 'Give each dependency a unique name.' },
  PORT_REQUIRED: { short: 'An http or grpc interface has no port.', help: 'Add the port the interface listens on.' },
  PORT_IGNORED: {
    short: 'An event interface has a port, which is not used.',
    help: 'Remove the port from the event interface.',
    level: 'warning',
  },
  CONTRACT_REQUIRED: {
    short: 'A grpc or event interface names no contract file.',
    help: 'Set contract to the interface description in the bundle.',
  },
  HEALTH_INTERFACE_NOT_FOUND: {
    short: 'runtime.health names an interface that is not declared.',
    help: 'Name one of the declared interfaces.',
  },
  HEALTH_INTERFACE_INVALID: {
    short: 'runtime.health names an event interface.',
    help: 'Point health checks at an http or grpc interface.',
  },
  HEALTH_PATH_REQUIRED: { short: 'An http health check has no path.', help: 'Set runtime.health.path, for example /healthz.' },
  HEALTH_PATH_IGNORED: {
    short: 'A grpc health check has a path, which is not used.',
    help: 'Remove the path: gRPC uses the standard health protocol.',
    level: 'warning',
  },
  FILE_NOT_FOUND: {
    short: 'A file the contract references is not in the bundle.',
    help: 'Add the file to the bundle or correct the path (relative to the bundle directory).',
  },
  INVALID_OCI_REF: {
    short: 'A dependency reference is not a valid OCI reference.',
    help: 'Use oci://registry/repository:tag or @sha256:digest.',
  },
  TAG_NOT_DIGEST: {
    short: 'A dependency is pinned by tag, not by digest.',
    help: 'Pin the dependency by digest (@sha256:...) so it cannot change under you.',
    level: 'warning',
  },
  EMPTY_COMPATIBILITY: { short: 'A dependency has an empty compatibility range.', help: 'Give a semver range such as ^1.2.0.' },
  INVALID_COMPATIBILITY: {
    short: 'A dependency compatibility range does not parse.',
    help: 'Give a semver range such as ^1.2.0 or >=1.0.0 <2.0.0.',
  },
  INVALID_IMAGE_REF: { short: 'service.image.ref is not a valid image reference.', help: 'Use registry/repository:tag or @sha256:digest.' },
  SCALING_MIN_EXCEEDS_MAX: { short: 'scaling.min is greater than scaling.max.', help: 'Make min at most max.' },
  JOB_SCALING_NOT_ALLOWED: { short: 'A job workload has scaling.', help: 'Remove scaling from job workloads.' },
  STATELESS_PERSISTENT_CONFLICT: {
    short: 'A stateless service declares persistent durability.',
    help: 'Use ephemeral durability, or make the service stateful or hybrid.',
  },
  UPGRADE_STRATEGY_STATE_MISMATCH: {
    short: 'An ordered upgrade strategy on a stateless service.',
    help: 'Use a rolling strategy, or declare the state the service really has.',
    level: 'warning',
  },
  CAPABILITY_REF_INVALID: {
    short: 'An extension capability ref is not a domain-qualified name.',
    help: 'Use a ref such as example.com/capability.',
  },
  DUPLICATE_CAPABILITY: { short: 'A capability is declared twice.', help: 'Declare health, metrics and each extension ref once.' },
  CAPABILITY_INTERFACE_UNKNOWN: {
    short: 'A capability binding names an interface that is not declared.',
    help: 'Name one of the declared interfaces.',
  },
  CAPABILITY_PATH_INVALID: {
    short: 'A capability binding path is not a safe URL path.',
    help: 'Use a plain absolute path such as /metrics.',
  },
  INVALID_INTERFACE_SPEC: { short: 'An interface description file does not parse.', help: 'Fix the YAML or JSON of the referenced file.' },
  INVALID_CONFIG_JSON: { short: 'A configuration schema file is not JSON.', help: 'Fix the JSON of the referenced schema.' },
  INVALID_CONFIG_SCHEMA: {
    short: 'A configuration schema is not a valid JSON Schema.',
    help: 'Fix the schema so it compiles (draft 2020-12 unless it says otherwise).',
  },
  INVALID_CONFIG_REF: {
    short: 'A configuration ref is not a valid OCI reference.',
    help: 'Use oci://registry/repository:tag or @sha256:digest.',
  },
  CONFIG_VALUES_VALIDATION_FAILED: {
    short: 'Configuration values do not match their schema.',
    help: 'Change the values, or the schema, so they agree.',
  },
  INVALID_POLICY_JSON: { short: 'A policy schema file is not JSON.', help: 'Fix the JSON of the referenced schema.' },
  INVALID_POLICY_SCHEMA: { short: 'A policy schema is not a valid JSON Schema.', help: 'Fix the schema so it compiles.' },
  INVALID_POLICY_REF: { short: 'A policy ref is not a valid OCI reference.', help: 'Use oci://registry/repository:tag or @sha256:digest.' },
  POLICY_VIOLATION: { short: 'The contract violates one of its policies.', help: 'Change the contract so the policy schema accepts it.' },
  POLICY_REF_UNRESOLVED: {
    short: 'A policy ref could not be resolved offline.',
    help: 'Inline the policy schema, or set unresolved-policy-refs: warn.',
  },
  POLICY_REF_CYCLE: { short: 'Policy refs form a cycle.', help: 'Break the cycle between the referenced policies.' },
  INVALID_READINESS_EXPIRES: { short: 'readiness.expires is not a YYYY-MM-DD date.', help: 'Write a real date as YYYY-MM-DD.' },
  INVALID_READINESS_REVISION: {
    short: 'A readiness history entry is incomplete or has a bad date.',
    help: 'Give date (YYYY-MM-DD), version, author and description.',
  },
  DUPLICATE_READINESS_ID: { short: 'Two readiness claims have the same id.', help: 'Give each claim a unique id.' },
  EMPTY_READINESS_EVIDENCE: { short: 'A readiness claim has blank evidence.', help: 'Point the evidence at a URL, document or ticket.' },
  EMPTY_READINESS_DESCRIPTION: { short: 'A readiness claim has a blank description.', help: 'Describe what the claim asserts.' },
};

/** This action's own codes: findings about generated files rather than contracts. */
const ACTION: Readonly<Record<string, RuleText>> = {
  OUTPUT_PATH_INVALID: {
    short: 'A plugin returned an output path that is not a clean relative path.',
    help: 'Fix the plugin: return relative, "/"-separated paths without empty, "." or ".." segments.',
  },
  OUTPUT_OUTSIDE_DIRECTORY: {
    short: 'A plugin output would land outside its output directory.',
    help: 'Remove the symbolic link in the working tree, or change output-dir so it stays inside the working directory.',
  },
  OUTPUT_OVERWRITES_PROTECTED: {
    short: 'A plugin output would replace a contract, a file a contract references, a manifest or a file in .git.',
    help: 'Change output-dir, or the plugin, so generated files never replace those files.',
  },
  OUTPUT_NOT_REGULAR_FILE: {
    short: 'A plugin wrote a symbolic link or special file into its output directory.',
    help: 'Fix the plugin: write regular files only.',
  },
  DRIFT_CHANGED: {
    short: 'A committed generated file differs from what the plugins generate now.',
    help: 'Run the action in generate mode (or apply pacto-drift.patch) and commit the result.',
    level: 'note',
  },
  DRIFT_NEW: {
    short: 'A file the plugins generate is not committed.',
    help: 'Run the action in generate mode (or apply pacto-drift.patch) and commit the result.',
    level: 'note',
  },
  DRIFT_STALE: {
    short: 'A committed generated file is no longer produced by its plugin.',
    help: 'Delete it (clean: true does this in generate mode) and commit the result.',
    level: 'note',
  },
};

/** Every code with its text; the order is the order rules are listed in a SARIF file. */
export const RULES: Readonly<Record<string, RuleText>> = Object.freeze({ ...PACTO, ...ACTION });

/** The text of `code`; a code this table does not know (a newer Pacto) still gets a rule. */
export function ruleText(code: string): RuleText {
  return (
    RULES[code] ?? {
      short: `Pacto validation finding ${code}.`,
      help: 'See the message for what is wrong and the Pacto documentation for the rule.',
    }
  );
}

/** Whether `code` comes from contract validation (as opposed to this action's own checks). */
export function isValidationCode(code: string): boolean {
  return !Object.hasOwn(ACTION, code);
}

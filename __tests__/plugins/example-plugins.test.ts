/** The example plugins under examples/plugins, run as real processes on recorded Pacto requests. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { decodeResponse, type PluginResponse } from '../../src/plugins/response.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML and JSON are walked freely in assertions
type Doc = Record<string, any>;

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
const README = path.join(root, 'examples/plugins/pacto-plugin-readme');
const K8S = path.join(root, 'examples/plugins/pacto-plugin-k8s');

function request(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(root, '__tests__/fixtures/requests', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

function run(plugin: string, req: unknown): { status: number | null; stdout: string; stderr: string } {
  const input = typeof req === 'string' ? req : JSON.stringify(req);
  const r = spawnSync(plugin, [], { input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function generate(plugin: string, req: unknown): PluginResponse {
  const r = run(plugin, req);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return decodeResponse(r.stdout);
}

function files(resp: PluginResponse): Record<string, string> {
  return Object.fromEntries(resp.files.map((f) => [f.path, f.content]));
}

function yamlOf(resp: PluginResponse, file: string): Doc {
  const text = files(resp)[file];
  expect(text).toBeDefined();
  return parse(text) as Doc;
}

function withContract(name: string, change: (contract: Doc) => void): Record<string, unknown> {
  const req = request(name);
  change(req.contract as Doc);
  return req;
}

describe('pacto-plugin-readme', () => {
  it('is an executable Node script', () => {
    expect(fs.readFileSync(README, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(README).mode & 0o111).toBe(0o111);
  });

  it('describes a 1.0 service: interfaces, runtime, scaling, dependencies', () => {
    const page = files(generate(README, request('v1/pkg_contract_valid_full_with_bundle_files')))['README.md'];
    expect(page).toContain('# payments-api\n');
    expect(page).toContain('Image: `ghcr.io/acme/payments-api:2.1.0` (private registry).');
    expect(page).toContain('| `grpc-api` | grpc | 9090 | internal | `interfaces/service.proto` |');
    expect(page).toContain('| `order-events` | event |  | internal | `interfaces/events.yaml` |');
    expect(page).toContain('- State: stateful (persistence local, persistent; data criticality high)');
    expect(page).toContain('- Health: checked on interface `rest-api` (http) at `/health`, first check after 15 s');
    expect(page).toContain('Scales from 2 to 10 replicas.');
    expect(page).toContain('| `ghcr.io/acme/auth-service-pacto@sha256:abc123def456` | `^2.0.0` | yes |');
    expect(page).toContain('| `tier` | `critical` |');
    expect(files(generate(README, request('v1/scaling_replicas_form')))['README.md']).toContain('Fixed at 0 replicas.');
  });

  it('describes a 2.0 service: owner object, refs, top-level state, capabilities, configurations', () => {
    const resp = generate(README, request('v2/demo_v3_payments_service_2_1_1'));
    expect(resp.message).toBe('payments-service 2.1.1: README.md');
    const page = files(resp)['README.md'];
    expect(page).toContain('owned by team payments-team, DRI james.wilson, email payments-team@acme.com (escalation)');
    expect(page).toContain('| `events` | asyncapi | internal | `interfaces/events.json` |');
    expect(page).not.toContain('| Port |');
    expect(page).toContain('- State: stateful (persistence shared, persistent; data criticality high)');
    expect(page).toContain('| postgresql | `oci://ghcr.io/trianalab/pacto/postgresql` | `^16.0.0` | yes |');
    expect(page).toContain('- `app`: `configuration/schema.json` (required)');
    expect(page).toContain('3 of 4 claims done');
    const caps = files(generate(README, request('v2/capabilities_health_metrics_extension')))['README.md'];
    expect(caps).toContain('- Health: checked on interface `api` (openapi) at `/healthz`');
    expect(caps).toContain('- Extension: `acme.io/backup`');
    expect(files(generate(README, request('v2/minimal_two_keys')))['README.md']).toContain('This service declares no interfaces.');
  });

  it('honours its options and escapes contract text that would break the page', () => {
    const req = withContract('v1/e2e_my_app_v1', (c) => {
      c.metadata = { 'a|b': 'x\ny', html: '<script>' };
      c.service.owner = 'team *bold* | pipe';
    });
    req.options = { file: 'docs/service.md', title: 'My App' };
    const page = files(generate(README, req))['docs/service.md'];
    expect(page.startsWith('# My App\n')).toBe(true);
    expect(page).toContain('owned by team \\*bold\\* \\| pipe');
    expect(page).toContain('| `a\\|b` | `x y` |');
  });

  it('is deterministic', () => {
    const req = request('v2/demo_v3_payments_service_2_1_1');
    expect(run(README, req).stdout).toBe(run(README, req).stdout);
  });

  it('fails with a message on stderr for a bad request', () => {
    const r = run(README, 'not json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pacto-plugin-readme: the request on stdin is not JSON/);
    expect(run(README, { protocolVersion: '2', contract: {} }).stderr).toMatch(/unsupported protocolVersion "2"/);
  });
});

describe('pacto-plugin-k8s', () => {
  it('is an executable Node script', () => {
    expect(fs.readFileSync(K8S, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(K8S).mode & 0o111).toBe(0o111);
  });

  it('makes a Deployment, a Service per http interface, probes and an HPA for a stateless 1.0 service', () => {
    const resp = generate(K8S, request('v1/e2e_my_app_v1'));
    expect(resp.files.map((f) => f.path)).toEqual(['deployment.yaml', 'service-api.yaml', 'hpa.yaml']);
    const dep = yamlOf(resp, 'deployment.yaml');
    expect(dep.kind).toBe('Deployment');
    expect(dep.spec.replicas).toBeUndefined();
    expect(dep.spec.strategy.type).toBe('RollingUpdate');
    const pod = dep.spec.template.spec;
    expect(pod.terminationGracePeriodSeconds).toBe(30);
    const c = pod.containers[0];
    expect(c.image).toBe('my-app:1.0.0');
    expect(c.ports).toEqual([{ name: 'api', containerPort: 8080, protocol: 'TCP' }]);
    expect(c.readinessProbe).toEqual({ httpGet: { path: '/health', port: 'api' }, initialDelaySeconds: 5, periodSeconds: 10 });
    expect(c.livenessProbe.httpGet.path).toBe('/health');
    expect(yamlOf(resp, 'service-api.yaml').spec.ports).toEqual([{ name: 'api', port: 8080, targetPort: 'api', protocol: 'TCP' }]);
    const hpa = yamlOf(resp, 'hpa.yaml');
    expect(hpa.spec).toMatchObject({ minReplicas: 1, maxReplicas: 5, scaleTargetRef: { kind: 'Deployment', name: 'my-app' } });
    expect(dep.metadata.labels['app.kubernetes.io/version']).toBe('1.0.0');
  });

  it('makes a StatefulSet with a data volume for a stateful service, Services for http and grpc, none for events', () => {
    const resp = generate(K8S, request('v1/pkg_contract_valid_full_with_bundle_files'));
    expect(resp.files.map((f) => f.path)).toEqual([
      'statefulset.yaml',
      'service-headless.yaml',
      'service-rest-api.yaml',
      'service-grpc-api.yaml',
      'hpa.yaml',
    ]);
    const sts = yamlOf(resp, 'statefulset.yaml');
    expect(sts.kind).toBe('StatefulSet');
    expect(sts.spec.podManagementPolicy).toBe('OrderedReady');
    expect(sts.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('1Gi');
    expect(sts.spec.template.spec.imagePullSecrets).toEqual([{ name: 'regcred' }]);
    expect(yamlOf(resp, 'hpa.yaml').spec.scaleTargetRef.kind).toBe('StatefulSet');

    const pg = generate(K8S, request('v1/docs_example_postgresql'));
    const pgSts = yamlOf(pg, 'statefulset.yaml');
    expect(pgSts.spec.replicas).toBe(1);
    expect(pg.files.map((f) => f.path)).not.toContain('hpa.yaml');
  });

  it('uses a gRPC probe for a grpc health interface', () => {
    const req = withContract('v1/docs_example_postgresql', (c) => {
      c.runtime.health = { interface: 'sql', initialDelaySeconds: 0 };
    });
    const probe = yamlOf(generate(K8S, req), 'statefulset.yaml').spec.template.spec.containers[0].readinessProbe;
    expect(probe).toEqual({ grpc: { port: 5432 }, initialDelaySeconds: 0, periodSeconds: 10 });
  });

  it('makes a CronJob for scheduled and a Job for job workloads, without Services', () => {
    const scheduled = withContract('v1/e2e_my_app_v1', (c) => {
      c.runtime.workload = 'scheduled';
      c.metadata.schedule = '0 2 * * *';
    });
    const cron = generate(K8S, scheduled);
    expect(cron.files.map((f) => f.path)).toEqual(['cronjob.yaml']);
    const cj = yamlOf(cron, 'cronjob.yaml');
    expect(cj.kind).toBe('CronJob');
    expect(cj.spec.schedule).toBe('0 2 * * *');
    expect(cj.spec.jobTemplate.spec.template.spec.restartPolicy).toBe('OnFailure');
    expect(cj.spec.jobTemplate.spec.template.spec.containers[0].readinessProbe).toBeUndefined();
    scheduled.options = { schedule: '*/5 * * * *' };
    expect(yamlOf(generate(K8S, scheduled), 'cronjob.yaml').spec.schedule).toBe('*/5 * * * *');

    const job = generate(
      K8S,
      withContract('v1/e2e_my_app_v1', (c) => (c.runtime.workload = 'job')),
    );
    expect(job.files.map((f) => f.path)).toEqual(['job.yaml']);
    expect(yamlOf(job, 'job.yaml').kind).toBe('Job');
  });

  it('reads 2.0 contracts: top-level state and workload, health capability, default and optional ports', () => {
    const resp = generate(K8S, request('v2/capabilities_health_metrics_extension'));
    expect(resp.files.map((f) => f.path)).toEqual(['deployment.yaml', 'service-api.yaml']);
    const c = yamlOf(resp, 'deployment.yaml').spec.template.spec.containers[0];
    expect(c.ports[0].containerPort).toBe(8080);
    expect(c.readinessProbe.httpGet).toEqual({ path: '/healthz', port: 'api' });

    const withPort = request('v2/capabilities_health_metrics_extension');
    withPort.options = { 'port.api': '3000', namespace: 'shop' };
    const svc = yamlOf(generate(K8S, withPort), 'service-api.yaml');
    expect(svc.spec.ports[0].port).toBe(3000);
    expect(svc.metadata.namespace).toBe('shop');

    const demo = generate(K8S, request('v2/demo_v3_payments_service_2_1_1'));
    expect(demo.files.map((f) => f.path)).toEqual(['statefulset.yaml', 'service-headless.yaml', 'service-http.yaml']);
    expect(yamlOf(demo, 'statefulset.yaml').spec.volumeClaimTemplates).toBeUndefined();

    const job = generate(
      K8S,
      withContract('v2/minimal_two_keys', (ct) => (ct.workload = 'job')),
    );
    expect(job.files.map((f) => f.path)).toEqual(['job.yaml']);
  });

  it('writes YAML that parses back to what it meant, quoting ambiguous strings', () => {
    const req = withContract('v1/e2e_my_app_v1', (c) => {
      c.service.version = '1.0';
      c.runtime.workload = 'scheduled';
      c.metadata.schedule = 'yes';
    });
    const text = files(generate(K8S, req))['cronjob.yaml'];
    expect(text).toContain('app.kubernetes.io/version: "1.0"');
    const doc = parse(text) as Doc;
    expect(doc.metadata.labels['app.kubernetes.io/version']).toBe('1.0');
    expect(doc.spec.schedule).toBe('yes');
  });

  it('is deterministic for both formats', () => {
    for (const name of ['v1/pkg_contract_valid_full_with_bundle_files', 'v2/demo_v3_payments_service_2_1_1']) {
      const req = request(name);
      expect(run(K8S, req).stdout).toBe(run(K8S, req).stdout);
    }
  });

  it('handles every recorded request of both formats', () => {
    for (const dir of ['v1', 'v2']) {
      for (const f of fs.readdirSync(path.join(root, '__tests__/fixtures/requests', dir))) {
        const resp = generate(K8S, request(`${dir}/${f.replace(/\.json$/, '')}`));
        expect(resp.files.length).toBeGreaterThan(0);
        for (const file of resp.files) expect(() => parse(file.content)).not.toThrow();
      }
    }
  });

  it('fails with a message on stderr for a bad request', () => {
    const r = run(K8S, '{"protocolVersion":"1"}');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('pacto-plugin-k8s: the request has no "contract" object\n');
  });
});

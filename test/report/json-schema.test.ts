import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = `${ROOT}dist/cli.js`;
const schema = JSON.parse(readFileSync(`${ROOT}schema/report.schema.json`, 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The JSON report of a real scan by the built CLI. */
function report(dir: string, ...flags: string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, [CLI, 'scan', dir, '--format', 'json', ...flags], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBeLessThan(2);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const examples = readdirSync(`${ROOT}examples`, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `examples/${e.name}`)
  .sort();

describe('the JSON report validates against schema/report.schema.json', () => {
  it.each(examples)('%s', (dir) => {
    const r = report(dir, '--fail-on', 'none');
    expect(r.schemaVersion).toBe(2);
    expect(validate(r), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('with explicit inputs, several clusters and suppressions too', () => {
    const r = report('test/fixtures/issue5/two-clusters', '--node-os', 'centos-7.9', '--kubernetes-version', '1.27.3');
    expect((r.contexts as unknown[]).length).toBeGreaterThan(1);
    expect(validate(r), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('rejects a report that breaks the contract (the schema can fail)', () => {
    const r = report('examples/kubeadm-ipvs-debian8', '--node-os', 'debian-8');
    const findings = r.findings as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    const broken = { ...r, findings: [{ ...findings[0], severity: 'critical' }] };
    expect(validate(broken)).toBe(false);
    const { schemaVersion: _dropped, ...unversioned } = r;
    expect(validate(unversioned)).toBe(false);
  });
});

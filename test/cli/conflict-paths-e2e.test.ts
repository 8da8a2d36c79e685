import { beforeAll, describe, expect, it } from 'vitest';
import { cli, requireBundle } from '../issue5/cli.js';

// Places are rebased for the reader (the CLI's text report: the directory as typed; SARIF: the repository
// root; JSON: the scanned directory), and the paths inside conflict warnings and the conflict notes on
// results must be the same paths: before, they stayed relative to the scanned directory, so a text report of
// `scan test/fixtures/volume/shared-conflict` pointed at "platform/calico/west/..." beside places reading
// "test/fixtures/volume/shared-conflict/platform/calico/west/...".
const DIR = 'test/fixtures/volume/shared-conflict';
const WEST = 'platform/calico/west/calico-node.yaml:12:18';
const SHARED = (base: string) =>
  `conflict in 2 clusters (clusters/a, clusters/b): calico.version has 2 values: 3.26.4 at ${base}platform/calico/central/calico-node.yaml:12:18, ` +
  `${base}platform/calico/east/calico-node.yaml:12:18, ${base}platform/calico/north/calico-node.yaml:12:18 (+1 more); 3.28.0 at ${base}${WEST}.`;
const NOTE = (base: string) => `(conflict: calico.version is also 3.28.0 at ${base}${WEST}; see the conflict diagnostic)`;
// --exclude and the exclude input match paths under the scanned directory, so the advice keeps those.
const ADVICE =
  'Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file (one of platform/calico/central/calico-node.yaml, platform/calico/east/calico-node.yaml, ' +
  'platform/calico/north/calico-node.yaml (+2 more); --exclude, or the exclude input, relative to the scanned directory)';

beforeAll(requireBundle);

describe('paths in conflict texts agree with the places (e2e)', () => {
  it('text report: the directory as typed, like every place', () => {
    const run = cli(['scan', DIR, '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`  warning  ${DIR}/platform/calico/central/calico-node.yaml:12  ${SHARED(`${DIR}/`)} ${ADVICE}`);
    expect(run.stdout).toContain(NOTE(`${DIR}/`));
    expect(run.stdout).not.toContain(` at ${WEST}`);
  });

  it('SARIF: relative to the repository root, like its URIs; stderr as the text report', () => {
    const run = cli(['scan', DIR, '--format', 'sarif', '--fail-on', 'none']);
    // The warnings on stderr (with --format sarif or json) read as a text report's places would.
    expect(run.stderr).toContain(`netcompat: warning: ${DIR}/platform/calico/central/calico-node.yaml:12: ${SHARED(`${DIR}/`)} ${ADVICE}`);
    const sarif = JSON.parse(run.stdout) as {
      runs: { results: { message: { text: string } }[]; invocations: { toolConfigurationNotifications: { message: { text: string } }[] }[] }[];
    };
    const texts = sarif.runs[0]!.results.map((r) => r.message.text);
    expect(texts.filter((t) => t.includes(NOTE(`${DIR}/`)))).toHaveLength(1);
    expect(texts.some((t) => t.includes(` at ${WEST}`))).toBe(false);
    const notes = sarif.runs[0]!.invocations[0]!.toolConfigurationNotifications.map((n) => n.message.text);
    expect(notes.filter((t) => t.startsWith(`${SHARED(`${DIR}/`)} ${ADVICE}, or split the clusters`))).toHaveLength(1);
  });

  it('JSON: relative to the scanned directory, as its places are', () => {
    const report = JSON.parse(cli(['scan', DIR, '--format', 'json', '--fail-on', 'none']).stdout) as {
      findings: { message: string }[];
      diagnostics: { message: string }[];
    };
    expect(report.findings.filter((f) => f.message.includes(NOTE('')))).toHaveLength(1);
    expect(report.diagnostics.map((d) => d.message)).toContain(
      `${SHARED('')} Rules are checked against each, so a finding may rest on a stale one. Resolve it: exclude the stale file (one of platform/calico/central/calico-node.yaml, platform/calico/east/calico-node.yaml, platform/calico/north/calico-node.yaml (+2 more); --exclude, or the exclude input), or split the clusters in the config file (clusters: [{name, paths}]) if these are different clusters.`,
    );
  });
});

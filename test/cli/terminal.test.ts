import { describe, expect, it } from 'vitest';
import { colourWanted } from '../../src/cli/terminal.js';
import { runCli } from './fake-io.js';

const ESC = '\u001b[';
const SCAN = ['scan', 'examples/calico-vxlan-old'];

describe('colour (issue 12)', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
  ])('%j on a terminal=%s: colour %s', (env, tty, want) => {
    expect(colourWanted(env, tty)).toBe(want);
  });

  it('FORCE_COLOR colours the text report in a CI log (no terminal); NO_COLOR and TERM=dumb keep a terminal plain', async () => {
    expect((await runCli(SCAN, { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESC}1;31mHIGH (1)`);
    expect((await runCli(SCAN, { env: {}, isTTY: true })).stdout).toContain(ESC);
    expect((await runCli(SCAN, { env: { NO_COLOR: '1' }, isTTY: true })).stdout).not.toContain(ESC);
    expect((await runCli(SCAN, { env: { TERM: 'dumb' }, isTTY: true })).stdout).not.toContain(ESC);
    // JSON never gets colour.
    expect((await runCli([...SCAN, '--format', 'json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('progress and --quiet (issue 12)', () => {
  it('a scan past the delay writes its progress to stderr, never into the report', async () => {
    const plain = await runCli(SCAN);
    const slow = await runCli(SCAN, { env: { NETCOMPAT_PROGRESS_AFTER_MS: '0' } });
    expect(slow.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const lines = slow.stderr.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^netcompat: scanning examples\/calico-vxlan-old… [\d,]+ files seen, [\d,]+ parsed$/);
    expect(lines.at(-1)).toBe('netcompat: scanned examples/calico-vxlan-old: 2 files seen, 2 parsed');
  });

  it('on a terminal the line is rewritten in place and ended once', async () => {
    const r = await runCli(SCAN, { env: { NETCOMPAT_PROGRESS_AFTER_MS: '0' }, isErrTTY: true });
    expect(r.stderr.startsWith('\rnetcompat: scanning examples/calico-vxlan-old… ')).toBe(true);
    expect(r.stderr.endsWith('\r\u001b[Knetcompat: scanned examples/calico-vxlan-old: 2 files seen, 2 parsed\n')).toBe(true);
    expect(r.stderr.match(/\n/g)).toHaveLength(1);
  });

  it('--quiet prints only the verdict line and keeps the exit code', async () => {
    const r = await runCli([...SCAN, '--quiet'], { env: { NETCOMPAT_PROGRESS_AFTER_MS: '0' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Verdict: 1 high, \d+ undetermined: fails on high\n$/);
    expect(r.stderr).toBe('');
  });
});

describe('several paths per scan (issue 12)', () => {
  it('scan a b reads both as one tree, paths still open from the current directory, nothing else is read', async () => {
    const both = await runCli(['scan', 'examples/calico-vxlan-old', 'examples/kubeadm-ipvs-debian8', '--node-os', 'centos-7.9', '--format', 'json']);
    const a = await runCli(['scan', 'examples/calico-vxlan-old', '--node-os', 'centos-7.9', '--format', 'json']);
    const b = await runCli(['scan', 'examples/kubeadm-ipvs-debian8', '--node-os', 'centos-7.9', '--format', 'json']);
    const stats = (r: { stdout: string }) => (JSON.parse(r.stdout) as { stats: { filesSeen: number } }).stats.filesSeen;
    expect(stats(both)).toBe(stats(a) + stats(b));
    const text = await runCli(['scan', 'examples/calico-vxlan-old', 'examples/kubeadm-ipvs-debian8', '--node-os', 'centos-7.9']);
    expect(text.stdout).toMatch(/^netcompat \S+: scanned examples\/calico-vxlan-old, examples\/kubeadm-ipvs-debian8: /);
    expect(text.stdout).toMatch(/^ {2}examples\/calico-vxlan-old\/calico\.yaml:19:18 {2}CAL-VXLAN-CSUM-63S/m);
    // One tree: the Calico of one directory and the kubeadm config of the other meet in one cluster.
    expect(text.stdout).toMatch(
      /^cluster: whole repository \(one cluster\); facts: .*calico\.version v3\.18\.6.*kubernetes\.version v1\.18\.20.*kubeProxy\.mode ipvs/m,
    );
  });
});

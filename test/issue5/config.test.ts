import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, copyFixture, FIX, requireBundle } from './cli.js';

beforeAll(requireBundle);

describe('a bad config file', () => {
  it('exits 2 naming the file, the line and the accepted values; nothing is scanned', () => {
    const r = cli(['scan', 'bad-config'], { cwd: FIX });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'netcompat: bad-config/.netcompat.yaml:6: /clusters/0/kube-proxy-mode must be equal to one of the allowed values (iptables, ipvs, nftables)\n',
    );
  });

  it('the same through --config, for facts and baseline too', () => {
    const cfg = join(FIX, 'bad-config/.netcompat.yaml');
    for (const command of ['scan', 'facts', 'baseline']) {
      const r = cli([command, join(FIX, 'suppressed'), '--config', cfg]);
      expect(r.code, command).toBe(2);
      expect(r.stderr, command).toMatch(
        /\.netcompat\.yaml:6: \/clusters\/0\/kube-proxy-mode must be equal to one of the allowed values \(iptables, ipvs, nftables\)\n$/,
      );
    }
  });

  it('an unknown key, an ignore without a reason, a missing file', () => {
    const dir = copyFixture('bad-config');
    writeFileSync(join(dir, '.netcompat.yaml'), 'clusters:\n  - name: prod\n    paths: ["**"]\n    nodeOS: ubuntu-22.04\n');
    const unknown = cli(['scan', dir], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^netcompat: \.netcompat\.yaml:4: unknown key "nodeOS" in \/clusters\/0; accepted keys: name, paths, node-os, /);

    writeFileSync(join(dir, '.netcompat.yaml'), '# why is required\nignore:\n  - rule: KP-IPT-PARTIAL-SYNC-RACE\n    paths: [kubeadm.yaml]\n');
    const reasonless = cli(['scan', dir], { cwd: dir });
    expect(reasonless.code).toBe(2);
    expect(reasonless.stderr).toMatch(/^netcompat: \.netcompat\.yaml:3: .*must have required property 'reason'/);

    const missing = cli(['scan', dir, '--config', 'nowhere.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml: no such file');
  });
});

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { forChannel } from '../../src/report/channel.js';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('hints speak the user channel (issue 12)', () => {
  it.each([
    ['set --node-os, e.g. rocky-8.9', 'set the node-os input, e.g. rocky-8.9'],
    ['set --node-os rocky-8.9 or --kernel-version 4.18.0-513.el8_9.x86_64', 'set node-os: rocky-8.9 or kernel-version: 4.18.0-513.el8_9.x86_64'],
    ['set --kube-proxy-mode iptables|ipvs|nftables', 'set kube-proxy-mode: iptables|ipvs|nftables'],
    ['set --node-os, or --fact host.iptablesBackend=nft|legacy', 'set the node-os input, or facts: host.iptablesBackend=nft|legacy'],
    ['pass --fact host.ipTablesModuleLoaded=true|false', 'pass facts: host.ipTablesModuleLoaded=true|false'],
    // Not inputs: a kube-proxy flag and an ethtool option stay as written.
    ['run kube-proxy with --random-fully; ethtool --offload x', 'run kube-proxy with --random-fully; ethtool --offload x'],
  ])('%s', (cli, action) => {
    expect(forChannel(cli, 'cli')).toBe(cli);
    expect(forChannel(cli, 'action')).toBe(action);
  });

  it('no hint in data/facts.yaml names a flag once turned into Action wording', () => {
    const facts = (parse(readFileSync(`${ROOT}data/facts.yaml`, 'utf8')) as { facts: { hint: string }[] }).facts;
    for (const f of facts) {
      const action = forChannel(f.hint, 'action');
      expect(action, f.hint).not.toMatch(/--(kubernetes-version|kube-proxy-mode|calico-version|node-os|kernel-version|fact)\b/);
      // The CLI wording names no Action input the old way.
      expect(f.hint).not.toMatch(/\binput \(--/);
    }
  });
});

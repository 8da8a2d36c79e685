import { describe, expect, it } from 'vitest';
import { normalizeEncapMode, normalizeIptablesBackend, normalizeProxyMode } from '../../src/extract/values.js';

describe('spellings of Calico encapsulation modes', () => {
  it.each([
    ['Always', 'Always'],
    ['always', 'Always'],
    ['true', 'Always'],
    ['Enabled', 'Always'],
    ['on', 'Always'],
    ['CrossSubnet', 'CrossSubnet'],
    ['crosssubnet', 'CrossSubnet'],
    ['cross-subnet', 'CrossSubnet'],
    [' Cross-Subnet ', 'CrossSubnet'],
    ['Never', 'Never'],
    ['false', 'Never'],
    ['Off', 'Never'],
    ['disabled', 'Never'],
    ['', 'Never'],
  ])('%j → %s', (raw, want) => expect(normalizeEncapMode(raw)).toBe(want));

  it.each(['sometimes', 'cross_subnet', 'VXLAN'])('%j is not a mode', (raw) => expect(normalizeEncapMode(raw)).toBeUndefined());
});

describe('spellings of kube-proxy modes and Felix backends', () => {
  it.each([
    ['IPVS', 'ipvs'],
    [' iptables ', 'iptables'],
    ['NFTables', 'nftables'],
    ['', 'iptables'],
  ])('mode %j → %s', (raw, want) => expect(normalizeProxyMode(raw)).toBe(want));

  it('an unknown mode is no mode', () => expect(normalizeProxyMode('ebpf')).toBeUndefined());

  it.each([
    ['auto', 'Auto'],
    ['NFT', 'NFT'],
    ['Legacy', 'Legacy'],
  ])('backend %j → %s', (raw, want) => expect(normalizeIptablesBackend(raw)).toBe(want));
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explicitFacts } from '../../src/inputs/options.js';
import { scan, type ScanOptions } from '../../src/scan.js';
import { scanOptions } from '../../src/scan-options.js';

const FIX = new URL('../fixtures/action/', import.meta.url).pathname;
const settings = { rules: [] };

describe('scanOptions: the one way both front ends build scan options', () => {
  it('reads NETCOMPAT_TODAY and NETCOMPAT_SCAN_DEADLINE_MS from the environment it is given', () => {
    const o = scanOptions({ root: '/r', explicit: [], settings, env: { NETCOMPAT_TODAY: '2026-03-01', NETCOMPAT_SCAN_DEADLINE_MS: '5000' } });
    expect(o.today).toBe('2026-03-01');
    expect(o.budget).toEqual({ deadlineMs: 5000 });
  });

  it('leaves out what was not given (empty lists, no base, no label), so both front ends pass the same shape', () => {
    const o = scanOptions({ root: '/r', within: [], explicit: [], include: [], exclude: [], settings, env: {}, placeBase: '', failIfNothingChecked: false });
    expect(o).toEqual({ root: '/r', explicit: [], rules: [] } satisfies ScanOptions);
  });

  it('refuses a NETCOMPAT_TODAY that is not a date (a usage error, before anything is scanned)', () => {
    expect(() => scanOptions({ root: '/r', explicit: [], settings, env: { NETCOMPAT_TODAY: 'tomorrow' } })).toThrow(
      /NETCOMPAT_TODAY: "tomorrow" is not a date/,
    );
  });
});

describe('placeBase: places get their base once, from scan()', () => {
  const explicit = explicitFacts({ 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04' });

  it('puts every place of the result under the base, and keeps fingerprints relative to the scan root', async () => {
    const root = join(FIX, 'one');
    const plain = await scan({ root, explicit });
    const based = await scan({ root, explicit, placeBase: 'clusters/one' });
    expect(plain.findings.length).toBeGreaterThan(0);
    expect(based.findings.map((f) => f.fingerprint)).toEqual(plain.findings.map((f) => f.fingerprint));
    for (const [i, f] of based.findings.entries()) {
      expect(f.primary?.file).toBe(`clusters/one/${plain.findings[i]!.primary!.file}`);
      for (const e of f.evidence.filter((x) => x.place)) expect(e.place!.file.startsWith('clusters/one/')).toBe(true);
    }
    for (const c of based.contexts) for (const f of c.facts.filter((x) => x.place)) expect(f.place!.file.startsWith('clusters/one/')).toBe(true);
  });

  it('names the root as the caller asks (the directories as typed), else by its absolute path', async () => {
    const root = join(FIX, 'one');
    expect((await scan({ root, explicit, rootLabel: 'one' })).root).toBe('one');
    expect((await scan({ root, explicit })).root).toBe(root);
  });
});

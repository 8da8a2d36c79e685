import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintOf, fingerprintTail, joinTail, objectTails, objectTailsOf, sortedTail, withTail } from '../../src/evaluate/fingerprint.js';

/** One fingerprint per object, as evaluation makes them. */
function perObject(ruleId: string, context: string, values: string[], files: string[], objects: readonly { key: string; files: string[] }[]): string[] {
  return objectTails(values, files, objects).map((t) => fingerprintOf(ruleId, context, t));
}

// A finding naming many Services gives each its own fingerprint, as if it were alone: the shared values and
// files are sorted once for all of them, and every fingerprint must be the one fingerprint() gives.
describe('fingerprints per object', () => {
  it('equal fingerprint() of the shared part plus each object, whatever the order and overlaps', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const word = (prefix: string) => `${prefix}${'abcXYZ-/._0129'.slice(next(8), 8 + next(6))}${next(40)}`;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: next(5) }, () => `kubeProxy.mode=${word('v')}`);
      const files = Array.from({ length: next(30) }, () => word('clusters/'));
      const objects = Array.from({ length: 1 + next(6) }, () => ({
        key: `service.externalIPsLocal=${word('default/')}`,
        // Some of an object's files are shared ones, some repeat.
        files: [...Array.from({ length: next(4) }, () => word('apps/')), ...(files.length ? [files[next(files.length)]!, files[0]!] : [])],
      }));
      const each = objects.map((o) => fingerprint('R', 'c1', [...values, o.key], [...files, ...o.files]));
      expect(perObject('R', 'c1', values, files, objects)).toEqual(each);
    }
  });

  it('is 32 hex digits, and differs with the cluster', () => {
    const [a] = perObject('R', 'c1', ['x=1'], ['f.yaml'], [{ key: 's=a', files: ['a.yaml'] }]);
    const [b] = perObject('R', 'c2', ['x=1'], ['f.yaml'], [{ key: 's=a', files: ['a.yaml'] }]);
    // printf 'R\nc1\ns=a\nx=1\n|\na.yaml\nf.yaml' | sha256sum
    expect(a).toBe('635aab1de011e082f4efe6e33306bc89');
    expect(a).not.toBe(b);
  });

  it("are the same texts when shared values and files are sorted once and a cluster's own merged in", () => {
    // evaluate-rule.ts sorts the shared values' parts once for every cluster (sortedTail) and adds each
    // cluster's own (joinTail, withTail): every tail must be the one made of all the lists at once.
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const word = (prefix: string) => `${prefix}${'abcXYZ-/._0129é'.slice(next(8), 8 + next(7))}${next(30)}`;
    for (let round = 0; round < 300; round++) {
      const list = (n: number, prefix: string) => Array.from({ length: next(n) }, () => word(prefix));
      const [sharedValues, ownValues] = [list(5, 'calico.version='), list(3, 'node.kernel=')];
      const sharedFiles = list(40, 'infra/');
      // Own files sometimes repeat a shared one or each other.
      const ownFiles = [...list(4, 'clusters/'), ...(sharedFiles.length && next(2) ? [sharedFiles[next(sharedFiles.length)]!] : [])];
      const base = sortedTail(sharedValues, sharedFiles);
      expect(joinTail(base, ownValues, ownFiles)).toBe(fingerprintTail([...sharedValues, ...ownValues], [...sharedFiles, ...ownFiles]));
      const objects = Array.from({ length: 1 + next(4) }, () => ({
        key: `service.externalIPs=${word('default/')}`,
        files: [...list(3, 'apps/'), ...ownFiles.slice(0, 1)],
      }));
      expect(objectTailsOf(withTail(base, ownValues, ownFiles), objects)).toEqual(
        objectTails([...sharedValues, ...ownValues], [...sharedFiles, ...ownFiles], objects),
      );
    }
  });
});

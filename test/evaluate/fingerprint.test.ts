import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintTail } from '../../src/evaluate/fingerprint.js';

describe('a finding fingerprint', () => {
  const base = fingerprint('KP-IPVS-CONN-REUSE', 'prod', ['kubeProxy.mode=ipvs', 'node.kernel=4.18'], ['a.yaml', 'b.yaml']);

  it('depends on each documented component: rule, cluster, values and files', () => {
    expect(fingerprint('KP-IPVS-NO-SYSCTL', 'prod', ['kubeProxy.mode=ipvs', 'node.kernel=4.18'], ['a.yaml', 'b.yaml'])).not.toBe(base);
    expect(fingerprint('KP-IPVS-CONN-REUSE', 'lab', ['kubeProxy.mode=ipvs', 'node.kernel=4.18'], ['a.yaml', 'b.yaml'])).not.toBe(base);
    expect(fingerprint('KP-IPVS-CONN-REUSE', 'prod', ['kubeProxy.mode=ipvs', 'node.kernel=5.4'], ['a.yaml', 'b.yaml'])).not.toBe(base);
    expect(fingerprint('KP-IPVS-CONN-REUSE', 'prod', ['kubeProxy.mode=ipvs', 'node.kernel=4.18'], ['a.yaml', 'c.yaml'])).not.toBe(base);
  });

  it('ignores the order of values and files and repeated files (no line numbers go in)', () => {
    expect(fingerprint('KP-IPVS-CONN-REUSE', 'prod', ['node.kernel=4.18', 'kubeProxy.mode=ipvs'], ['b.yaml', 'a.yaml', 'a.yaml'])).toBe(base);
  });

  it('is the first 16 bytes of the SHA-256 of rule, cluster, sorted values, "|" and sorted files, one a line', () => {
    // printf 'KP-IPVS-CONN-REUSE\nprod\nkubeProxy.mode=ipvs\nnode.kernel=4.18\n|\na.yaml\nb.yaml' | sha256sum: baselines
    // and SARIF alerts made by earlier releases must keep matching.
    expect(base).toBe('c4dffbf3e377a0613d395f2689fe5fd6');
  });

  it('keeps values and files apart: a value cannot pose as a file', () => {
    expect(fingerprint('R', 'c', ['x'], [])).not.toBe(fingerprint('R', 'c', [], ['x']));
  });

  it('hashes after rule and cluster the sorted values, "|" and the sorted distinct files, one a line, for none, one or several of each', () => {
    // The tail is built without copying short lists; these are the texts the fingerprints above hash.
    expect(fingerprintTail([], [])).toBe('|');
    expect(fingerprintTail(['x'], [])).toBe('x\n|');
    expect(fingerprintTail([], ['x'])).toBe('|\nx');
    expect(fingerprintTail(['b=1', 'a=2'], ['f.yaml'])).toBe('a=2\nb=1\n|\nf.yaml');
    expect(fingerprintTail(['kubeProxy.mode=ipvs'], ['b.yaml', 'a.yaml', 'b.yaml'])).toBe('kubeProxy.mode=ipvs\n|\na.yaml\nb.yaml');
    // Code-unit order, as Array.prototype.sort gives: upper case before lower case, "é" after "z".
    expect(fingerprintTail(['é=1', 'z=1', 'Z=1'], ['é.yaml', 'a.yaml', 'B.yaml'])).toBe('Z=1\nz=1\né=1\n|\nB.yaml\na.yaml\né.yaml');
  });
});

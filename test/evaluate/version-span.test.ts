import { describe, expect, it } from 'vitest';
import { satisfiesVersion } from '../../src/evaluate/versions.js';
import { spanTestPoints, versionSpan } from '../../src/model/version-span.js';

describe('a span of versions as one candidate (GKE floors, AKS hotfix builds)', () => {
  it('is written as a node-semver range a tool can read', () => {
    expect(versionSpan('1.27.3', false)).toBe('>=1.27.3');
    expect(versionSpan('1.27.9', true)).toBe('>=1.27.9 <1.28.0');
    expect(versionSpan('1.9.0', true)).toBe('>=1.9.0 <1.10.0');
  });

  it('is tested at its lowest version, the minor’s last patch and, without an upper end, past every release', () => {
    expect(spanTestPoints('>=1.27.3')).toEqual(['1.27.3', '1.27.99999', '99999.0.0']);
    expect(spanTestPoints('>=1.27.9 <1.28.0')).toEqual(['1.27.9', '1.27.99999']);
    // Only the shapes versionSpan writes are spans; anything else is a plain value.
    expect(spanTestPoints('>=1.27.9 <1.29.0')).toBeUndefined();
    expect(spanTestPoints('1.27.3')).toBeUndefined();
    expect(spanTestPoints('>=1.27')).toBeUndefined();
  });

  it.each([
    // A bug fixed in 1.27.11: a floor at or past the fix is clear, one below it undetermined, never a finding.
    ['>=1.27.11', '<1.27.11', 'false'],
    ['>=1.27.10', '<1.27.11', 'unknown'],
    ['>=1.27.10 <1.28.0', '<1.27.11', 'unknown'],
    ['>=1.27.11 <1.28.0', '<1.27.11', 'false'],
    // Affected in every later build too: a finding.
    ['>=1.27.3', '>=1.20.0', 'true'],
    ['>=1.27.3 <1.28.0', '>=1.27.0 <1.28.0', 'true'],
    // Only the floor's own later builds reach 1.28: the bounded span does not.
    ['>=1.27.3 <1.28.0', '>=1.28.0', 'false'],
    ['>=1.27.3', '>=1.28.0', 'unknown'],
    // A bug only inside the span: its ends are clear, a release between them is not.
    ['>=1.27.9 <1.28.0', '>=1.27.10 <1.27.13', 'unknown'],
    ['>=1.27.9 <1.28.0', '1.27.10 - 1.27.12', 'unknown'],
    ['>=1.27.9 <1.28.0', '1.27.11', 'unknown'],
    ['>=1.27.3', '>=1.27.20 <1.27.25', 'unknown'],
    // A later minor above a GKE floor is taken at its newest build (the point past every release).
    ['>=1.27.3', '>=1.28.0 <1.28.5', 'false'],
    // ... and the same bug outside the span stays clear, on both sides.
    ['>=1.27.9 <1.28.0', '>=1.27.0 <1.27.9', 'false'],
    ['>=1.27.9 <1.28.0', '>=1.28.0 <1.28.5', 'false'],
    ['>=1.27.13', '>=1.27.10 <1.27.13', 'false'],
    ['>=1.27.13', '<=1.27.12', 'false'],
    ['>=1.27.12', '<=1.27.12', 'unknown'],
    // A pre-release bound (the pre-releases of 1.17.0) holds no release of a span.
    ['>=1.16.9 <1.17.0', '<1.16.10 || >=1.17.0-alpha.0 <1.17.0', 'unknown'],
    ['>=1.16.10 <1.17.0', '<1.16.10 || >=1.17.0-alpha.0 <1.17.0', 'false'],
    ['>=1.27.3', '<1.16.10 || >=1.17.0-alpha.0 <1.17.0', 'false'],
    // Affected everywhere inside it: still a finding.
    ['>=1.27.9 <1.28.0', '>=1.27.0 <1.27.20 || >=1.27.20', 'true'],
  ])('%s against %s is %s', (span, range, expected) => {
    expect(satisfiesVersion(span, range)).toBe(expected);
  });
});

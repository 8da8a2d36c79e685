import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/report/plural.js';

// Counts in the progress line and the byte limits of GitHub texts: written as en-US writes them, without
// loading the locale's number data.
describe('groupDigits', () => {
  it('writes a count as toLocaleString("en-US") does, on both sides of every separator', () => {
    for (const n of [
      0, 7, 99, 999, 1000, 1001, 9999, 10000, 65535, 99999, 100000, 999999, 1000000, 1234567, 65536000, 123456789012, -1, -999, -1000, -1234567,
    ]) {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { tigeraOperatorImage } from '../../src/extract/tigera-operator-image.js';
import { brief, extractFixture } from './helpers.js';

describe('tigera-operator-image', () => {
  it('reads the operator version from tigera/operator images and mirrors, nothing else', () => {
    const facts = extractFixture(tigeraOperatorImage, 'operator.yaml');
    expect(facts.map(brief)).toEqual([
      { name: 'calico.operatorVersion', value: '1.32.3', line: 11, column: 18 },
      { name: 'calico.operatorVersion', value: '1.34.5', line: 16, column: 18 },
    ]);
    expect(facts[0]?.raw).toBe('quay.io/tigera/operator:v1.32.3');
  });
});

import { describe, expect, it } from 'vitest';
import { aksCalico } from '../../src/knowledge/managed-calico.js';

describe('data/managed-calico.yaml', () => {
  it('AKS: Calico per Kubernetes minor from 1.30; 1.29 and older are not known (UNVERIFIED)', () => {
    expect(aksCalico('1.29')).toBeUndefined();
    expect(aksCalico('1.30')).toMatchObject({ operator: 'v1.30.7', calico: '3.26.3' });
    expect(aksCalico('1.31')).toMatchObject({ operator: 'v1.30.11', calico: '3.26.5' });
    expect(aksCalico('1.32')).toMatchObject({ calico: '3.28.2' });
    expect(aksCalico('1.36')).toMatchObject({ calico: '3.31.2' });
    expect(aksCalico('1.37')).toBeUndefined();
    expect(aksCalico(undefined)).toBeUndefined();
  });
});

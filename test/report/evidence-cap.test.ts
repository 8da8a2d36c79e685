import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/fact.js';
import { capEvidence } from '../../src/report/evidence-cap.js';
import { evidenceLines } from '../../src/report/evidence.js';

const mode = (file: string, value = 'ipvs'): Fact => ({
  name: 'kubeProxy.mode',
  value,
  origin: 'repository',
  source: 'test',
  place: { file, line: 3, column: 7 },
});

describe('evidence cap', () => {
  const evidence = [...['a', 'b', 'c', 'd', 'e'].map((f) => mode(`${f}.yaml`)), mode('x.yaml', 'iptables')];

  it('keeps the first places of each value and counts the rest', () => {
    const { shown, more } = capEvidence(evidence, 3);
    expect(shown.map((f) => f.place?.file)).toEqual(['a.yaml', 'b.yaml', 'c.yaml', 'x.yaml']);
    expect(more).toEqual(['kubeProxy.mode = ipvs: 2 more places']);
  });

  it('keeps everything under the cap', () => {
    expect(capEvidence(evidence.slice(0, 2))).toEqual({ shown: evidence.slice(0, 2), more: [] });
  });

  it('annotation details say how many places were left out', () => {
    const lines = evidenceLines(evidence);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('… kubeProxy.mode = ipvs: 2 more places');
  });
});

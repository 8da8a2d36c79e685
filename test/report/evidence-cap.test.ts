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

  it('counts the values left out in the order they were first met, across fact names', () => {
    const kernel = (file: string, value: string): Fact => ({ ...mode(file, value), name: 'node.kernel' });
    const mixed = [mode('a.yaml'), kernel('k1.yaml', '4.18'), mode('b.yaml', 'iptables'), ...['c', 'd', 'e'].map((f) => kernel(`${f}.yaml`, '4.18'))];
    mixed.push(...['f', 'g', 'h', 'i'].map((f) => mode(`${f}.yaml`, 'iptables')), ...['j', 'k', 'l'].map((f) => mode(`${f}.yaml`)));
    const { shown, more } = capEvidence(mixed, 2);
    expect(shown.map((f) => `${f.value}@${f.place?.file}`)).toEqual([
      'ipvs@a.yaml',
      '4.18@k1.yaml',
      'iptables@b.yaml',
      '4.18@c.yaml',
      'iptables@f.yaml',
      'ipvs@j.yaml',
    ]);
    expect(more).toEqual(['kubeProxy.mode = ipvs: 2 more places', 'node.kernel = 4.18: 2 more places', 'kubeProxy.mode = iptables: 3 more places']);
  });

  it('keeps everything under the cap', () => {
    expect(capEvidence(evidence.slice(0, 2))).toEqual({ shown: evidence.slice(0, 2), more: [] });
  });

  it('keeps the first ten values of a fact and counts the others with their places', () => {
    const service = (n: number, file = `apps/s${n}.yaml`): Fact => ({ ...mode(file, `default/s${n}`), name: 'service.externalIPs' });
    const many = [mode('a.yaml'), ...Array.from({ length: 12 }, (_, i) => service(i + 1)), service(12, 'apps/again.yaml'), service(1, 'apps/twice.yaml')];
    const { shown, more } = capEvidence(many, 3);
    expect(shown.map((f) => f.value)).toEqual(['ipvs', ...Array.from({ length: 10 }, (_, i) => `default/s${i + 1}`), 'default/s1']);
    expect(more).toEqual(['service.externalIPs: 2 more values (3 places)']);
    expect(capEvidence(many, 3, 12).more).toEqual([]);
  });

  it('annotation details say how many places were left out', () => {
    const lines = evidenceLines(evidence);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('… kubeProxy.mode = ipvs: 2 more places');
  });
});

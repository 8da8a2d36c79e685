import { describe, expect, it } from 'vitest';
import { calicoForOperator, calicoFromChartVersion, isCalicoChart, operatorCalicoTable } from '../../src/knowledge/operator-calico.js';

describe('data/operator-calico.yaml', () => {
  const table = operatorCalicoTable();

  it('covers every Calico minor from 3.20 to the newest, each row with references', () => {
    const minors = new Set(table.operators.map((r) => Number(r.calico.split('.')[1])));
    for (let m = 20; m <= 32; m++) expect(minors.has(m), `Calico 3.${m}`).toBe(true);
    for (const r of table.operators) expect(r.references.length, r.operator).toBeGreaterThan(0);
  });

  it('pins patches only inside their own lines', () => {
    for (const r of table.operators) {
      for (const [op, calico] of Object.entries(r.patches ?? {})) {
        expect(op.startsWith(`${r.operator}.`), op).toBe(true);
        expect(calico.startsWith(`${r.calico}.`), `${op} -> ${calico}`).toBe(true);
      }
    }
  });

  it('maps the versions the corpus pins: v1.42.x = Calico v3.32.x, v1.32.x = Calico v3.27.x', () => {
    expect(calicoForOperator('1.42.3')).toMatchObject({ calico: '3.32.1', exact: true, verified: true });
    expect(calicoForOperator('v1.32.3')).toMatchObject({ calico: '3.27.0', exact: true });
    expect(calicoForOperator('1.32.9')).toMatchObject({ calico: '3.27', exact: false });
    expect(calicoForOperator('1.42')).toMatchObject({ calico: '3.32', exact: false });
    expect(calicoForOperator('1.20.4')).toMatchObject({ calico: '3.20.2', verified: false });
    expect([calicoForOperator('1.99.0'), calicoForOperator('latest'), calicoForOperator('3.27.0')]).toEqual([undefined, undefined, undefined]);
  });

  it('reads chart versions by chart: tigera-operator as is, rke2-calico with a package revision, rke2-canal with a build stamp', () => {
    expect(calicoFromChartVersion('tigera-operator', 'v3.27.3')).toEqual({ calico: '3.27.3' });
    expect(calicoFromChartVersion('projectcalico/tigera-operator', '3.28.0')).toEqual({ calico: '3.28.0' });
    expect(calicoFromChartVersion('rke2-calico', 'v3.32.100')).toEqual({
      calico: '3.32.1',
      note: 'rke2-calico chart v3.32.100 = Calico 3.32.1, package revision 00',
    });
    expect(calicoFromChartVersion('rke2-calico', 'v3.27.300')?.calico).toBe('3.27.3');
    expect(calicoFromChartVersion('rke2-canal', 'v3.32.1-build2026072200')?.calico).toBe('3.32.1');
    // Placeholders and foreign schemes are not Calico versions.
    expect(
      [
        ['tigera-operator', 'v0.0'],
        ['tigera-operator', '2.8.1'],
        ['rke2-calico', 'v3.32.1'],
        ['rke2-calico-crd', 'v3.32.100'],
        ['cilium', '1.16.3'],
      ].map(([c, v]) => calicoFromChartVersion(c!, v!)),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([isCalicoChart('tigera-operator'), isCalicoChart('rke2-calico-crd'), isCalicoChart('ingress-nginx')]).toEqual([true, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { blankTemplates } from '../../src/extract/helm-template-blank.js';
import { helmChartProxy } from '../../src/extract/helm-chart-proxy.js';
import { extractA, pin, textAt } from './sources-a-fixture.js';

describe('helm-chart-proxy', () => {
  it('reads the chart version and the Go-templated valuesTemplate in place; a value template is unresolved', () => {
    const facts = extractA(helmChartProxy, 'helm-chart-proxy/calico.yaml');
    expect(facts.map(pin)).toEqual([
      { name: 'calico.version', value: '3.29.3', at: '11:12' },
      { name: 'calico.ipipMode', value: 'Never', at: '18:26' },
      { name: 'calico.vxlanMode', value: 'Always', at: '18:26' },
      { name: 'calico.dataplane', value: '{{ .Cluster.metadata.labels.dataplane }}', at: '15:25', unresolved: true },
      { name: 'calico.version', value: '3.28.2', at: '26:12' },
    ]);
    expect(textAt(facts[1]?.place)).toBe('VXLAN{{end}}');
    expect(facts[4]?.note).toBe('default of ${CALICO_VERSION:-v3.28.2}');
  });

  it('blanks templates without moving any character', () => {
    const src = 'a: {{ .X }}\nb:{{range .Y}}\n- c: d{{end}}\n';
    const b = blankTemplates(src);
    expect(b.text).toBe('a: ${T0___}\nb:            \n- c: d       \n');
    expect(b.text.length).toBe(src.length);
    expect(b.restore('${T0___}')).toBe('{{ .X }}');
  });
});

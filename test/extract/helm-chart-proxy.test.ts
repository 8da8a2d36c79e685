import { describe, expect, it } from 'vitest';
import { blankTemplates } from '../../src/extract/helm-template-blank.js';
import { helmChartProxy } from '../../src/extract/helm-chart-proxy.js';
import { testExtractor } from './tester.js';

testExtractor(
  helmChartProxy,
  [
    {
      title: 'reads the chart version and the Go-templated valuesTemplate in place; a value template is unresolved',
      fixture: 'helm-chart-proxy/calico.yaml',
      facts: [
        { name: 'calico.version', value: '3.29.3', line: 11, column: 12 },
        { name: 'calico.ipipMode', value: 'Never', line: 18, column: 26 },
        { name: 'calico.vxlanMode', value: 'Always', line: 18, column: 26 },
        { name: 'calico.dataplane', value: '{{ .Cluster.metadata.labels.dataplane }}', line: 15, column: 25, unresolved: true },
        { name: 'calico.version', value: '3.28.2', line: 26, column: 12 },
      ],
      textAt: { 1: 'VXLAN{{end}}' },
      notes: { 4: 'default of ${CALICO_VERSION:-v3.28.2}' },
    },
  ],
  { root: 'sources-a' },
);

describe('helm-chart-proxy templates', () => {
  it('blanks templates without moving any character', () => {
    const src = 'a: {{ .X }}\nb:{{range .Y}}\n- c: d{{end}}\n';
    const b = blankTemplates(src);
    expect(b.text).toBe('a: ${T0___}\nb:            \n- c: d       \n');
    expect(b.text.length).toBe(src.length);
    expect(b.restore('${T0___}')).toBe('{{ .X }}');
  });
});

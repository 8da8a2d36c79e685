import { describe, expect, it } from 'vitest';
import { kubeProxyConfiguration } from '../../src/extract/kube-proxy-configuration.js';
import { kubeadmClusterConfiguration } from '../../src/extract/kubeadm-cluster-configuration.js';
import type { Fact } from '../../src/model/fact.js';
import { parseFile } from '../../src/parse/parse-file.js';
import { fixture } from './helpers.js';

function modes(name: string, text = fixture(name)): { facts: Fact[]; skipped?: string } {
  const parsed = parseFile(name, text);
  return { facts: parsed.docs.flatMap((d) => kubeProxyConfiguration.extract(d)), skipped: parsed.skipped?.reason };
}

function at(f: Fact | undefined): [string | undefined, number | undefined, number | undefined] {
  return [f?.value, f?.place?.line, f?.place?.column];
}

describe('parseFile', () => {
  it('reads every document of a multi-document file, skipping empty and comment-only ones', () => {
    const parsed = parseFile('multi-doc.yaml', fixture('multi-doc.yaml'));
    expect(parsed.skipped).toBeUndefined();
    expect(parsed.docs.map((d) => d.index)).toEqual([0, 1, 2, 3]);
    expect(modes('multi-doc.yaml').facts.map(at)).toEqual([
      ['ipvs', 7, 7],
      ['iptables', 12, 7],
    ]);
  });

  it('reads JSON with tab indentation, with positions', () => {
    expect(modes('kube-proxy.json').facts.map(at)).toEqual([['nftables', 4, 10]]);
  });

  it('keeps lines and columns with CRLF line endings', () => {
    const crlf = fixture('multi-doc.yaml').replace(/\n/g, '\r\n');
    expect(crlf).toContain('\r\nmode: ipvs\r\n');
    expect(modes('multi-doc.yaml', crlf).facts.map(at)).toEqual([
      ['ipvs', 7, 7],
      ['iptables', 12, 7],
    ]);
  });

  it('does not count a UTF-8 byte-order mark as a column', () => {
    const withBom = `\uFEFF${fixture('bom-source.yaml')}`;
    const facts = modes('bom-source.yaml', withBom).facts;
    expect(facts.map(at)).toEqual([['iptables', 1, 7]]);
  });

  it('reads a file without a trailing newline up to its last character', () => {
    const facts = modes('no-trailing-newline.yaml').facts;
    expect(facts.map(at)).toEqual([['ipvs', 3, 7]]);
    expect(facts[0]?.place).toMatchObject({ endLine: 3, endColumn: 11 });
  });

  it('tolerates trailing tabs', () => {
    const { facts, skipped } = modes('trailing-tabs.yaml');
    expect(skipped).toBeUndefined();
    expect(facts.map(at)).toEqual([['ipvs', 3, 7]]);
  });

  it('drops an alias bomb without expanding it', () => {
    const parsed = parseFile('alias-bomb.yaml', fixture('alias-bomb.yaml'));
    expect(parsed.docs).toEqual([]);
    expect(parsed.skipped).toMatchObject({ path: 'alias-bomb.yaml', reason: 'alias-limit' });
    expect(parsed.skipped?.detail).toMatch(/past 100000 nodes \(document at line 2\)/);
  });

  it('keeps ordinary anchors and aliases', () => {
    const parsed = parseFile('anchors.yaml', fixture('anchors.yaml'));
    expect(parsed.skipped).toBeUndefined();
    expect(parsed.docs).toHaveLength(1);
  });

  it("reports broken YAML with the first error's line", () => {
    const parsed = parseFile('broken.yaml', fixture('broken.yaml'));
    expect(parsed.docs).toEqual([]);
    expect(parsed.skipped).toMatchObject({ reason: 'yaml-error' });
    expect(parsed.skipped?.detail).toMatch(/^BAD_INDENT at line 4, column 1/);
  });

  it('keeps the documents a template did not break, and says which it lost', () => {
    const parsed = parseFile('helm-partial.yaml', fixture('helm-partial.yaml'));
    expect(parsed.skipped).toMatchObject({ reason: 'template' });
    expect(parsed.skipped?.quiet).toBeUndefined();
    expect(parsed.skipped?.detail).toMatch(/^document 2 of 3 \(the others were read\): template syntax .* \(line 11, column 1\)/);
    expect(parsed.docs.map((d) => d.index)).toEqual([0, 2]);
    // The mode inside {{ if }} may not render; a template expression is a placeholder; a commented-out
    // document ({{/* ... */}}) says nothing.
    const facts = parsed.docs.flatMap((d) => kubeProxyConfiguration.extract(d));
    expect(facts.map((f) => [...at(f), !!f.unresolved])).toEqual([
      ['ipvs', 4, 7, true],
      ['{{ .Values.mode }}', 20, 7, true],
    ]);
    expect(facts[0]?.note).toBe('inside a template condition');
  });

  it('reads a document that only template control lines break, with those lines set aside', () => {
    const parsed = parseFile('partial.yaml.tpl', fixture('partial.yaml.tpl'));
    expect(parsed.skipped).toEqual({
      path: 'partial.yaml.tpl',
      reason: 'template',
      detail: 'read with template control lines set aside (lines 6, 8, 10, 14); values inside template conditions are unresolved',
      quiet: true,
    });
    const facts = parsed.docs.flatMap((d) => [...kubeadmClusterConfiguration.extract(d), ...kubeProxyConfiguration.extract(d)]);
    expect(facts.map((f) => [f.name, ...at(f), !!f.unresolved])).toEqual([
      ['cluster.definition', '', 1, 7, false],
      ['installer.name', 'kubeadm', 1, 7, false],
      ['kubernetes.version', '1.21.0', 3, 20, false],
      ['apiserver.admissionPlugins', 'NodeRestriction', 5, 3, false],
      ['kubeProxy.mode', 'ipvs', 13, 7, true],
    ]);
  });

  it('a whole Helm template reads as unresolved values', () => {
    const parsed = parseFile('helm-template.yaml', fixture('helm-template.yaml'));
    expect(parsed.skipped).toMatchObject({ reason: 'template', quiet: true });
    expect(modes('helm-template.yaml').facts.map((f) => [...at(f), !!f.unresolved])).toEqual([['{{ .Values.kubeProxy.mode | quote }}', 4, 7, true]]);
  });

  it('skips ytt templates, whose values are conditional', () => {
    const parsed = parseFile('ytt-overlay.yaml', fixture('ytt-overlay.yaml'));
    expect(parsed.docs).toEqual([]);
    expect(parsed.skipped).toMatchObject({ reason: 'template' });
    expect(parsed.skipped?.detail).toMatch(/^ytt template/);
  });

  it('reads a Jinja *.yaml.j2 like a template: values under {% if %} and {{ }} values are unresolved, at their places', () => {
    const parsed = parseFile('jinja-proxy.yaml.j2', fixture('jinja-proxy.yaml.j2'));
    expect(parsed.skipped).toMatchObject({ reason: 'template', quiet: true, detail: expect.stringContaining('(lines 3, 5)') });
    expect(modes('jinja-proxy.yaml.j2').facts.map((f) => [...at(f), !!f.unresolved])).toEqual([
      ['ipvs', 4, 7, true],
      ['{{ kube_proxy_mode }}', 10, 7, true],
    ]);
  });

  it('skips a Jinja file whose delimiters are YAML comments (makejinja), so no branch reads as applying; the same text in a .yaml is plain YAML', () => {
    const parsed = parseFile('patch.yaml.j2', fixture('makejinja-patch.yaml.j2'));
    expect(parsed.docs).toEqual([]);
    expect(parsed.skipped).toMatchObject({ reason: 'template', detail: expect.stringMatching(/^Jinja template with comment-like delimiters \(makejinja/) });
    expect(parseFile('patch.yaml', fixture('makejinja-patch.yaml.j2')).skipped).toBeUndefined();
    expect(parseFile('v.yaml.j2', 'image: "kube-proxy:#{ version }#"\n').skipped?.reason).toBe('template');
    expect(parseFile('v.yaml.j2', 'image: kube-proxy # a comment with #{ only\n').skipped).toBeUndefined();
  });

  it('reads empty and comment-only text as no documents, without a problem', () => {
    expect(parseFile('e.yaml', '')).toEqual({ docs: [] });
    expect(parseFile('c.yaml', '# nothing\n')).toEqual({ docs: [] });
  });
});

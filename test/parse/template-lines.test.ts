import { describe, expect, it } from 'vitest';
import { setAsideTemplateLines } from '../../src/parse/template-lines.js';
import { fixture } from './helpers.js';

describe('setAsideTemplateLines', () => {
  it('blanks Terraform directives, keeping every offset, and marks the lines inside them', () => {
    const text = fixture('partial.yaml.tpl');
    const aside = setAsideTemplateLines(text);
    expect(aside?.text.length).toBe(text.length);
    expect(aside?.text.split('\n')[5]).toBe(' '.repeat('%{ for san in sans ~}'.length));
    expect(aside?.blanked).toEqual([6, 8, 10, 14]);
    expect([...(aside?.conditional ?? [])]).toEqual([7, 11, 12, 13]);
    expect(aside?.unknown.size).toBe(0);
  });

  it('blanks Helm control lines and multi-line comments; a whole-line expression is unknown', () => {
    const aside = setAsideTemplateLines(fixture('helm-partial.yaml'));
    expect(aside?.blanked).toEqual([3, 5, 7, 13, 14, 15, 16, 17]);
    expect([...(aside?.conditional ?? [])]).toEqual([4, 6]);
    expect([...(aside?.unknown ?? [])]).toEqual([11]);
  });

  it('keeps CRLF line ends and leaves inline expressions in place', () => {
    const aside = setAsideTemplateLines('a: 1\r\n{% if x %}\r\nb: "{{ y }}"\r\n{% endif %}\r\n');
    expect(aside?.text).toBe('a: 1\r\n          \r\nb: "{{ y }}"\r\n           \r\n');
    expect([...(aside?.conditional ?? [])]).toEqual([3]);
  });

  it('has nothing to set aside in plain YAML', () => {
    expect(setAsideTemplateLines('kind: KubeProxyConfiguration\nmode: "${MODE}"\n')).toBeUndefined();
  });
});

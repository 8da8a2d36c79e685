import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../src/report/annotations.js';
import { JOB_SUMMARY_MAX_BYTES, summaryMarkdown } from '../../src/report/summary-markdown.js';
import { result } from './sample-result.js';

/** The small things of issue 12, each shown on the rendered summary. */
describe('summary small things (issue 12)', () => {
  const md = summaryMarkdown(result(), { failOn: 'high', limit: JOB_SUMMARY_MAX_BYTES });

  it('a cluster line inside <summary> has entities, never markdown backslashes', () => {
    expect(md).toContain('<summary>repository: whole repository (one cluster) (5 facts)</summary>');
    // Markdown is not read inside HTML, so a backslash there would show literally.
    for (const m of md.matchAll(/<(summary|code)>(.*?)<\/\1>/g)) expect(m[2], m[0]).not.toContain('\\');
  });

  it('counts quiet skips by what they are: an empty file is no Helm template', () => {
    expect(md).toContain('Skipped quietly: 1 empty file, 1 Helm chart template (the chart values are read instead).');
    expect(md).not.toContain('2 Helm chart template');
  });

  it('hints name the Action input, not the CLI flag', () => {
    expect(md).toContain('set the node-os input, e.g. rocky-8.9');
    expect(md).not.toContain('--node-os');
    const u = annotationsOf(result()).find((a) => a.kind === 'undetermined')!;
    expect(u.message).toContain('set the node-os input, e.g. rocky-8.9');
    expect(u.message).not.toContain('--node-os');
  });
});

describe('security rules (issue 12)', () => {
  it('a finding of a security rule is marked on its line', () => {
    const r = result();
    r.rules = r.rules.map((x) => (x.id === 'KP-TEST-ALPHA' ? { ...x, security: true } : x));
    const md = summaryMarkdown(r, { failOn: 'high', limit: JOB_SUMMARY_MAX_BYTES });
    expect(md).toContain('<summary>🔴 <b>high</b> 🔒 <b>security</b> <code>KP\u2011TEST\u2011ALPHA</code>');
    expect(md).not.toMatch(/🔒[^\n]*CAL\u2011TEST\u2011BETA/);
  });
});

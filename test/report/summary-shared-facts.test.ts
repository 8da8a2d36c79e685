import { describe, expect, it } from 'vitest';
import { JOB_SUMMARY_MAX_BYTES, summaryMarkdown } from '../../src/report/summary-markdown.js';
import { CALICO, K8S, MODE, OS, result } from './sample-result.js';

// Facts from files no cluster owns are one table in the job summary, not a copy in every cluster's table,
// so a repository of many clusters shows every cluster's own facts within GitHub's limit (issue 11).
describe('facts shared by every cluster in the job summary', () => {
  const contexts = ['c1', 'c2', 'c3'].map((name) => ({ name, formedBy: `directory clusters/${name}/`, facts: [K8S, MODE, CALICO, OS] }));

  it('are one table before the clusters, which list only their own', () => {
    const md = summaryMarkdown(result({ contexts, sharedFacts: [CALICO, OS] }), { failOn: 'high', limit: JOB_SUMMARY_MAX_BYTES });
    expect(md).toContain('<details><summary>Shared by all 3 clusters: files no cluster owns (2 facts)</summary>');
    expect(md).toContain('<details><summary>c2: directory clusters/c2/ (2 facts of its own and the 2 shared)</summary>');
    const facts = md.slice(md.indexOf('### Facts per cluster'));
    expect(facts.match(/<code>calico\.version<\/code>/g)).toHaveLength(1);
    expect(facts.match(/<code>kubeProxy\.mode<\/code>/g)).toHaveLength(3);
    expect(facts.indexOf('Shared by all')).toBeLessThan(facts.indexOf('<summary>c1:'));
  });

  it('without shared facts each cluster lists all of its facts, as before', () => {
    const md = summaryMarkdown(result({ contexts }), { failOn: 'high', limit: JOB_SUMMARY_MAX_BYTES });
    expect(md).not.toContain('Shared by all');
    expect(md).toContain('<details><summary>c2: directory clusters/c2/ (4 facts)</summary>');
  });
});

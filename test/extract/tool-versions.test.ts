import { describe, expect, it } from 'vitest';
import { toolVersionFacts } from '../../src/extract/tool-versions.js';

const show = (text: string) => toolVersionFacts(text).map((f) => `${f.value} @${f.line}:${f.column}+${f.length} ${f.key}${f.raw ? ` (${f.raw})` : ''}`);

describe("asdf's .tool-versions", () => {
  it('the kubeone line is the KubeOne release, placed at the version; other tools name nothing', () => {
    expect(show('terraform 1.6.6\nkubeone 1.7.3\nkubectl 1.27.8\nkind 0.20.0\n')).toEqual(['1.7.3 @2:9+5 kubeone']);
    expect(show('kubeone   v1.8.2   # pinned for the upgrade\n')).toEqual(['1.8.2 @1:11+6 kubeone (v1.8.2)']);
  });

  it('the first version is the one used; system, ref: and path: name no release; comments are not lines', () => {
    expect(show('kubeone 1.8.2 1.7.3\n')).toEqual(['1.8.2 @1:9+5 kubeone']);
    expect(show('kubeone system\nkubeone ref:main\nkubeone path:/opt/kubeone\n# kubeone 1.7.3\n')).toEqual([]);
    expect(show('kubeone\n')).toEqual([]);
  });
});

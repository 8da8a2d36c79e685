import { describe, expect, it } from 'vitest';
import { toolVersions } from '../../src/extract/tool-versions.js';
import { covered, extractInstaller, show } from './helpers.js';

describe('tool-versions', () => {
  it("asdf's kubeone line names the KubeOne release, its first version, placed at it; terraform, kubectl and kind name nothing", () => {
    const facts = extractInstaller(toolVersions, 'tool-versions/.tool-versions');
    expect(facts.map(show)).toEqual(['installer.release=1.8.2 @3:11 "v1.8.2" key=kubeone']);
    expect(facts.map(covered)).toEqual(['v1.8.2']);
  });
});

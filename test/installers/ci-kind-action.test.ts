import { describe, expect, it } from 'vitest';
import { ciKindAction } from '../../src/extract/ci-kind-action.js';
import { extractInstaller, show } from './helpers.js';

const read = (path: string) => extractInstaller(ciKindAction, `ci-kind-action/${path}`).map(show);

describe('ci-kind-action', () => {
  it('a kind action step names kind, with.version its release, the node image input the Kubernetes version (a matrix value stays unresolved)', () => {
    expect(read('.github/workflows/e2e.yaml')).toEqual([
      'installer.name=kind @11:15 "helm/kind-action@v1.10.0" key=kind',
      'installer.release=0.23.0 @13:20 "v0.23.0" key=kind',
      'kubernetes.version=1.30.0 @14:23 "kindest/node:v1.30.0" key=kind',
      'installer.name=kind @16:15 "helm/kind-action@v1" key=kind',
      'kubernetes.version=kindest/node:${{ matrix.k8s }} @18:23 "kindest/node:${{ matrix.k8s }}" (unresolved) key=kind',
      'installer.name=kind @19:15 "engineerd/setup-kind@v0.5.0" key=kind',
      // Written quoted: the raw text keeps its quotes.
      'installer.release=0.11.1 @21:20 "\\"v0.11.1\\"" key=kind',
      'kubernetes.version=1.21.1 @22:18 "kindest/node:v1.21.1" key=kind',
    ]);
  });

  it("the node image with a config input is every node's image of that config (the action runs kind create cluster --image --config)", () => {
    const facts = extractInstaller(ciKindAction, 'ci-kind-action/.github/workflows/e2e.yaml').filter((f) => f.name === 'kubernetes.version');
    expect(facts.map((f) => f.overrides)).toEqual([{ by: 'helm/kind-action@v1.10.0 node_image', targets: ['hack/kind.yaml'] }, undefined, undefined]);
  });
});

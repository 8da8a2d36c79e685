/**
 * Issue 15 item 9: one kustomize base with many overlays. The JSON report used to grow with the square
 * of the overlays (1,000 overlays: 1.8 GiB, RangeError). Built here in a temporary folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { scan } from '../../src/scan.js';

const BASE = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: calico-node
  namespace: kube-system
spec:
  template:
    spec:
      containers:
        - name: calico-node
          image: docker.io/calico/node:v3.20.0
`;

function fanOut(n: number, nested: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'netcompat-fanout-'));
  mkdirSync(join(root, 'base'));
  writeFileSync(join(root, 'base/calico.yaml'), BASE);
  writeFileSync(join(root, 'base/kustomization.yaml'), 'resources:\n  - calico.yaml\n');
  for (let i = 0; i < n; i++) {
    // Nested: the overlays sit inside the base folder, so each one's target holds the others too.
    const dir = nested ? join(root, 'base/overlays', `o${i}`) : join(root, `o${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'kustomization.yaml'),
      `resources:\n  - ${nested ? '../..' : '../base'}\nimages:\n  - name: docker.io/calico/node\n    newTag: v3.${20 + (i % 8)}.${i % 5}\n`,
    );
  }
  return root;
}

describe('kustomize fan-out', () => {
  it.each([[false], [true]])('1,000 overlays of one base (nested: %s): the scan and the JSON report stay small', async (nested) => {
    const root = fanOut(1000, nested);
    const result = await scan({ root });
    const json = renderJson(result, { failOn: 'high' });
    // Linear in the overlays: a few KiB each at most.
    expect(json.length).toBeLessThan(1000 * 8 * 1024);
    expect(result.stats.filesSeen).toBe(1002);
  });
});

/**
 * Issue 15 item 4: symbolic links to folders outside the workspace are never followed, whatever the
 * include patterns look like, and include patterns that lead outside are refused when given.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { runCli } from '../cli/fake-io.js';

const OUTSIDE_VALUE = 'v1.11.99-outside-secret';
const KP = (tag: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
spec:
  template:
    spec:
      containers:
        - name: kube-proxy
          image: registry.k8s.io/kube-proxy:${tag}
`;

function layout(): string {
  const base = mkdtempSync(join(tmpdir(), 'netcompat-hostile-discover-'));
  const ws = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(join(ws, 'clusters/a'), { recursive: true });
  mkdirSync(join(outside, 'deep'), { recursive: true });
  writeFileSync(join(ws, 'clusters/a/kube-proxy.yaml'), KP('v1.27.3'));
  writeFileSync(join(outside, 'kube-proxy.yaml'), KP(OUTSIDE_VALUE));
  writeFileSync(join(outside, 'deep/kube-proxy.yaml'), KP(OUTSIDE_VALUE));
  symlinkSync(outside, join(ws, 'clusters/linked'));
  symlinkSync(outside, join(ws, 'linked-top'));
  return ws;
}

describe('discovery never leaves the workspace', () => {
  it.each([[undefined], [['clusters/**/*.yaml']], [['*/**/*.yaml']], [['clusters/linked/*.yaml']], [['**/*.yaml', 'linked-top/**']]])(
    'include %j: files behind a linked folder are not scanned',
    async (include) => {
      const ws = layout();
      const result = await scan({ root: ws, ...(include ? { include } : {}) });
      const text = JSON.stringify(result);
      expect(text).not.toContain(OUTSIDE_VALUE);
      expect(result.contexts.flatMap((c) => c.facts).some((f) => f.place?.file.includes('linked'))).toBe(false);
    },
  );

  it('include patterns that lead outside are usage errors (exit 2) before any walk', async () => {
    const ws = layout();
    for (const inc of ['../../x/*.yaml', '/etc/*', '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}']) {
      const r = await runCli(['scan', '.', '--include', inc], { cwd: ws });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--include: .* is not accepted/);
    }
  });

  it('a scan that finds no file is an error (exit 2) unless --allow-empty says it is fine', async () => {
    const ws = layout();
    const r = await runCli(['scan', '.', '--include', 'nothing/**/*.yaml'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no file to scan in "\." matching --include; .* --allow-empty/);
    const ok = await runCli(['scan', '.', '--include', 'nothing/**/*.yaml', '--allow-empty'], { cwd: ws });
    expect(ok.code).toBe(0);
  });
});

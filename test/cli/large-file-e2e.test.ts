import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './fake-io.js';

/**
 * A file larger than the reader's first 1 MiB buffer and than one decoding piece (256 KiB), read by the
 * built CLI both ways src/discover/growable-buffer.ts holds it: in WebAssembly memory, and (with
 * `--jitless`, which turns WebAssembly off) in a Buffer. The facts after the first MiB keep their lines.
 */
const CLI = join(REPO, 'dist/cli.js');
const EXAMPLE = readFileSync(join(REPO, 'examples/capi-rocky8-ipvs/cluster.yaml'), 'utf8');
/** 30,000 comment lines of 50 bytes each (1.4 MB), some with two-byte characters, before the example. */
const PADDING = Array.from(
  { length: 30_000 },
  (_, i) => `# padding line ${String(i).padStart(6, '0')} ${i % 7 === 0 ? 'caf\u00e9 ' : 'cafe'}${'-'.repeat(21)}\n`,
).join('');
let dir: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  dir = mkdtempSync(join(tmpdir(), 'netcompat-large-'));
  writeFileSync(join(dir, 'cluster.yaml'), PADDING + EXAMPLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(nodeFlags: string[]): { status: number | null; json: string; stderr: string } {
  const r = spawnSync(process.execPath, [...nodeFlags, CLI, 'scan', dir, '--format', 'json', '--fail-on', 'none'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, json: r.stdout, stderr: r.stderr };
}

describe('a 1.4 MB file, read in WebAssembly memory and without it', () => {
  it('gives the same report both ways, with the facts past the first MiB at their lines', () => {
    expect(Buffer.byteLength(PADDING)).toBeGreaterThan(1_400_000);
    const wasm = scan([]);
    const jitless = scan(['--jitless']);
    expect(wasm.status).toBe(0);
    expect(jitless.status).toBe(0);
    expect(jitless.json).toBe(wasm.json);
    const report = JSON.parse(wasm.json) as { findings: { ruleId: string; evidence: { fact: string; place?: { file: string; line: number } }[] }[] };
    expect(report.findings.map((f) => f.ruleId)).toEqual(['KP-IPVS-CONN-REUSE']);
    // The kube-proxy mode, inside the embedded KubeProxyConfiguration (line 37 of the example).
    const modeLine = EXAMPLE.split('\n').indexOf('          mode: ipvs') + 1;
    expect(modeLine).toBe(37);
    const places = report.findings[0]!.evidence.flatMap((e) => (e.place ? [`${e.place.file}:${e.place.line}`] : []));
    expect(places).toEqual([`cluster.yaml:${30_000 + modeLine}`]);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './fake-io.js';

/**
 * Reports and baselines are the same on every runner: nothing is ordered by the locale's collation. Under
 * Lithuanian collation `y` sorts between `i` and `k`; code-unit order puts it last.
 */
const CLI = join(REPO, 'dist/cli.js');
let root: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
  root = mkdtempSync(join(tmpdir(), 'netcompat-locale-'));
  for (const dir of ['y', 'k', 'i']) {
    mkdirSync(join(root, dir));
    // A kube-proxy config with an unterminated quote: listed as skipped, by path.
    writeFileSync(join(root, dir, 'broken.yaml'), 'kind: KubeProxyConfiguration\nmode: "ipvs\n');
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function scan(locale: string): string {
  const env = { ...process.env, LC_ALL: locale, LANG: locale };
  const r = spawnSync(process.execPath, [CLI, 'scan', root, '--format', 'json', '--fail-on', 'none', '--allow-empty'], { encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('dist/cli.js under different locales', () => {
  it('orders the report by code unit, whatever LANG and LC_ALL say', () => {
    const lithuanian = scan('lt_LT.UTF-8');
    expect(scan('C.UTF-8')).toBe(lithuanian);
    expect(scan('en_US.UTF-8')).toBe(lithuanian);
    const skipped = (JSON.parse(lithuanian) as { skipped: { path: string }[] }).skipped.map((s) => s.path);
    expect(skipped).toEqual(['i/broken.yaml', 'k/broken.yaml', 'y/broken.yaml']);
  });
});

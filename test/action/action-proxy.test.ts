import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { requireActionBundle, runAction } from '../helpers/run-action.js';

/**
 * The API client's two HTTP paths (src/action/octokit.ts), in real `node dist/index.js` processes: through
 * the proxy the proxy variables name (the npm package undici's fetch, as @actions/github sets it up), and
 * without one (Node's own HTTP client, src/action/node-fetch.ts); the other e2e tests use the second.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const CLEAN = {
  workspace: join(ROOT, 'test/fixtures/action/clean'),
  inputs: { 'kube-proxy-mode': 'iptables', 'node-os': 'ubuntu-22.04', 'github-token': 'ghs_proxyTestToken0123456789' },
};
/** Not a loopback name (those always bypass the proxy), and one no resolver knows: only the proxy reaches it. */
const API_HOST = 'api.github.invalid';

/** A CONNECT proxy that sends every tunnel to the fake GitHub, recording the targets it was asked for. */
class TunnelProxy {
  url = '';
  targets: string[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  async start(to: () => number): Promise<this> {
    this.server = createServer((_req, res) => {
      res.writeHead(405);
      res.end();
    });
    this.server.on('connect', (req, client: Socket, head: Buffer) => {
      this.targets.push(req.url ?? '');
      this.sockets.add(client);
      const upstream = connect(to(), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      this.sockets.add(upstream);
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on('error', close);
      client.on('error', close);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server?.close(r));
  }
}

/** NODE_OPTIONS for a run that writes, at exit, the CommonJS files it loaded (dist/undici.cjs is one). */
function loadedFiles(): { env: Record<string, string>; read: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'netcompat-proxy-'));
  const preload = join(dir, 'loaded.cjs');
  const out = join(dir, 'loaded.txt');
  writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, Object.keys(require.cache).join('\\n')));\n`);
  return {
    env: { NODE_OPTIONS: `--require ${preload}` },
    read: () =>
      readFileSync(out, 'utf8')
        .split('\n')
        .map((f) => f.replace(/^.*\/dist\//, 'dist/')),
  };
}

beforeAll(requireActionBundle);

describe('the Action behind a proxy', () => {
  let gh!: FakeGitHub;
  useFakeGitHub((started) => (gh = started));
  let proxy!: TunnelProxy;
  beforeEach(async () => {
    proxy = await new TunnelProxy().start(() => Number(new URL(gh.url).port));
  });
  afterEach(async () => proxy.stop());

  it('with HTTP_PROXY set, the check run goes through the proxy to the API host', async () => {
    const port = new URL(gh.url).port;
    const loaded = loadedFiles();
    const r = await runAction({ ...CLEAN, env: { ...loaded.env, GITHUB_API_URL: `http://${API_HOST}:${port}`, HTTP_PROXY: proxy.url, NO_PROXY: '' } });
    expect(r.code).toBe(0);
    expect(loaded.read()).toContain('dist/undici.cjs');
    expect(proxy.targets).toEqual([`${API_HOST}:${port}`]);
    expect(gh.requests.map((q) => q.operationId)).toEqual(['checks/create']);
    expect(gh.requests[0]?.authorization).toBe('token ghs_proxyTestToken0123456789');
    expect(r.outputs['check-run-url']).toBe('https://github.test/octo/clusters/runs/1000');
  });

  it("NO_PROXY naming the API host: straight to the API through Node's HTTP client, the proxy sees nothing", async () => {
    const loaded = loadedFiles();
    const r = await runAction({ ...CLEAN, env: { ...loaded.env, GITHUB_API_URL: gh.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    expect(r.code).toBe(0);
    // undici (0.8 MB) is not even loaded: Node's own HTTP client carried the request.
    expect(loaded.read()).not.toContain('dist/undici.cjs');
    expect(loaded.read()).toContain('dist/semver.cjs');
    expect(proxy.targets).toEqual([]);
    expect(gh.requests.map((q) => q.operationId)).toEqual(['checks/create']);
    expect(r.outputs['check-run-url']).toBe('https://github.test/octo/clusters/runs/1000');
  });
});

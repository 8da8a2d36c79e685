import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from '../../src/action/node-fetch.js';

/** What the server saw of one request. */
interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  port: number;
}

/** Two loopback servers (two origins); routes answer by path. */
function server(seen: Seen[], routes: Record<string, (res: ServerResponse, other: string) => void>, other: () => string): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const port = (req.socket.localPort ?? 0) as number;
      seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, port });
      const route = routes[(req.url ?? '').split('?')[0] as string];
      if (route) route(res, other());
      else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"message":"Not Found"}');
      }
    });
  });
}

const redirect = (status: number, to: string) => (res: ServerResponse) => {
  res.writeHead(status, { location: to });
  res.end();
};

let a: Server;
let b: Server;
let A = '';
let B = '';
const seen: Seen[] = [];

beforeAll(async () => {
  const routes: Record<string, (res: ServerResponse, other: string) => void> = {
    '/json': (res) => {
      res.writeHead(201, 'Created', [
        ['Content-Type', 'application/json; charset=utf-8'],
        ['X-RateLimit-Remaining', '4999'],
        ['Vary', 'Accept'],
        ['Vary', 'Authorization'],
      ]);
      res.end('{"id":7,"name":"é"}');
    },
    '/301': redirect(301, '/json'),
    '/302': redirect(302, '/json'),
    '/303': redirect(303, '/json'),
    '/307': redirect(307, '/json'),
    '/308': redirect(308, '/json'),
    '/away': (res, other) => redirect(307, `${other}/json`)(res),
    '/loop': redirect(302, '/loop'),
    '/ftp': redirect(302, 'ftp://example.test/x'),
    '/bytes': (res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from([0, 1, 2, 255]));
    },
    '/hang': () => {
      // Never answers: the signal must end it.
    },
  };
  a = server(seen, routes, () => B);
  b = server(seen, routes, () => A);
  await new Promise<void>((r) => a.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => b.listen(0, '127.0.0.1', r));
  A = `http://127.0.0.1:${(a.address() as AddressInfo).port}`;
  B = `http://127.0.0.1:${(b.address() as AddressInfo).port}`;
});

afterAll(async () => {
  a.closeAllConnections();
  b.closeAllConnections();
  await new Promise((r) => a.close(r));
  await new Promise((r) => b.close(r));
});

const last = (n = 1) => seen.slice(-n);

describe('nodeFetch: the fetch Octokit gets without a proxy (src/action/node-fetch.ts)', () => {
  it('sends method, headers and body with its length; answers status, status text, url, headers in name order, text and json', async () => {
    const r = await nodeFetch(`${A}/json`, { method: 'post', body: '{"name":"é"}', headers: { 'Content-Type': 'application/json', authorization: 'token t' } });
    const [req] = last();
    expect(req?.method).toBe('POST');
    expect(req?.body).toBe('{"name":"é"}');
    expect(req?.headers['content-length']).toBe('13');
    expect(req?.headers.authorization).toBe('token t');
    expect(r.status).toBe(201);
    expect(r.statusText).toBe('Created');
    expect(r.ok).toBe(true);
    expect(r.redirected).toBe(false);
    expect(r.url).toBe(`${A}/json`);
    expect(r.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(r.headers.get('vary')).toBe('Accept, Authorization');
    expect(r.headers.get('missing')).toBeNull();
    const names = [...r.headers].map(([k]) => k);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('x-ratelimit-remaining');
    expect(await r.text()).toBe('{"id":7,"name":"é"}');
    expect(await r.json()).toEqual({ id: 7, name: 'é' });
  });

  it('a 404 is an answer, not a failure; arrayBuffer gives the bytes', async () => {
    const r = await nodeFetch(`${A}/nothing`);
    expect(r.status).toBe(404);
    expect(r.ok).toBe(false);
    expect(await r.text()).toBe('{"message":"Not Found"}');
    const bytes = await nodeFetch(`${A}/bytes`);
    expect([...new Uint8Array(await bytes.arrayBuffer())]).toEqual([0, 1, 2, 255]);
  });

  it('301 and 302 turn a POST into a GET without its body; 303 too; 307 and 308 repeat the POST with its body', async () => {
    for (const code of [301, 302, 303]) {
      const r = await nodeFetch(`${A}/${code}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: 'token t' } });
      const [first, second] = last(2);
      expect(first?.method).toBe('POST');
      expect(second?.method).toBe('GET');
      expect(second?.body).toBe('');
      expect(second?.headers['content-type']).toBeUndefined();
      expect(second?.headers.authorization).toBe('token t');
      expect(r.status).toBe(201);
      expect(r.redirected).toBe(true);
      expect(r.url).toBe(`${A}/json`);
    }
    for (const code of [307, 308]) {
      await nodeFetch(`${A}/${code}`, { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
      const [, second] = last(2);
      expect(second?.method).toBe('POST');
      expect(second?.body).toBe('{"a":1}');
      expect(second?.headers['content-type']).toBe('application/json');
    }
  });

  it('a redirect to another origin drops authorization; the same origin keeps it', async () => {
    const r = await nodeFetch(`${A}/away`, { headers: { authorization: 'token t', accept: 'application/vnd.github+json' } });
    const [first, second] = last(2);
    expect(first?.headers.authorization).toBe('token t');
    expect(second?.port).toBe(Number(new URL(B).port));
    expect(second?.headers.authorization).toBeUndefined();
    expect(second?.headers.accept).toBe('application/vnd.github+json');
    expect(r.url).toBe(`${B}/json`);
  });

  it('redirect manual returns the 3xx; error, a loop past 20 and a non-HTTP target fail as fetch fails', async () => {
    const manual = await nodeFetch(`${A}/302`, { redirect: 'manual' });
    expect(manual.status).toBe(302);
    expect(manual.headers.get('location')).toBe('/json');
    await expect(nodeFetch(`${A}/302`, { redirect: 'error' })).rejects.toThrow(new TypeError('fetch failed'));
    const before = seen.length;
    const loop = await nodeFetch(`${A}/loop`).catch((e: unknown) => e);
    expect(loop).toBeInstanceOf(TypeError);
    expect(((loop as TypeError).cause as Error).message).toBe('redirect count exceeded');
    expect(seen.length - before).toBe(21);
    const ftp = await nodeFetch(`${A}/ftp`).catch((e: unknown) => e);
    expect(((ftp as TypeError).cause as Error).message).toBe('URL scheme must be a HTTP(S) scheme');
  });

  it('a refused connection is TypeError "fetch failed" with the socket error as its cause', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const e = await nodeFetch(`http://127.0.0.1:${port}/x`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TypeError);
    expect((e as TypeError).message).toBe('fetch failed');
    expect(((e as TypeError).cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('an aborted signal rejects with its reason, before sending or while waiting', async () => {
    const early = new AbortController();
    early.abort(new Error('deadline'));
    const before = seen.length;
    await expect(nodeFetch(`${A}/json`, { signal: early.signal })).rejects.toThrow('deadline');
    expect(seen.length).toBe(before);
    const late = new AbortController();
    const pending = nodeFetch(`${A}/hang`, { signal: late.signal });
    setTimeout(() => late.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), 50);
    const e = await pending.catch((x: unknown) => x);
    expect((e as DOMException).name).toBe('TimeoutError');
  });
});

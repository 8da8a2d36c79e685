import * as http from 'node:http';
import * as https from 'node:https';

/**
 * The fetch that Octokit is given when no proxy applies to the API URL: the part of `fetch` that
 * @octokit/request uses (method, string body, headers, signal, redirects; status, url, headers, text,
 * arrayBuffer), over Node's own `http` / `https`. The fetch @actions/github hands Octokit is the npm package
 * undici's: compiling its 0.8 MB and running its fetch (with a WebAssembly HTTP parser) took about 225 million
 * of the 645 million instructions a run with a token spent (Node 20 and 24; docs/performance.md,
 * Start-up). Through a proxy the Action still uses that fetch (src/action/octokit.ts), loaded only then.
 *
 * Kept as fetch does it, so Octokit and the retry logic see the same: a network failure is a `TypeError`
 * "fetch failed" whose `cause` is the socket's error; an aborted request rejects with the signal's reason;
 * redirects are followed (at most 20; 301/302 turn POST into GET and 303 anything but HEAD, dropping the
 * body and its headers; a redirect to another origin drops `authorization`), unless `redirect` says
 * `manual` (the 3xx is returned) or `error`.
 */
export interface FetchInit {
  method?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
  redirect?: 'follow' | 'manual' | 'error';
}

/** The Headers methods Octokit reads: `get` and iteration, names in lower case, in name order. */
export class ResponseHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: readonly string[]) {
    const pairs = new Map<string, string[]>();
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = (raw[i] as string).toLowerCase();
      const list = pairs.get(name) ?? [];
      list.push(raw[i + 1] as string);
      pairs.set(name, list);
    }
    for (const name of [...pairs.keys()].sort()) this.map.set(name, (pairs.get(name) as string[]).join(', '));
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

export interface NodeFetchResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  redirected: boolean;
  headers: ResponseHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MAX_REDIRECTS = 20;
/** Headers that describe a request body: dropped with the body when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

export async function nodeFetch(input: string | URL, init: FetchInit = {}): Promise<NodeFetchResponse> {
  let url = new URL(String(input));
  let method = (init.method ?? 'GET').toUpperCase();
  let body = init.body;
  let headers: Record<string, string> = { ...init.headers };
  for (let redirects = 0; ; redirects++) {
    const answer = await once(url, method, headers, body, init.signal ?? undefined);
    const location = answer.headers.get('location');
    if (![301, 302, 303, 307, 308].includes(answer.status) || location === null || init.redirect === 'manual') {
      return response(answer, url, redirects > 0);
    }
    if (init.redirect === 'error') throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
    if (redirects >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw new TypeError('fetch failed', { cause: new Error('URL scheme must be a HTTP(S) scheme') });
    if (((answer.status === 301 || answer.status === 302) && method === 'POST') || (answer.status === 303 && method !== 'GET' && method !== 'HEAD')) {
      method = 'GET';
      body = undefined;
      headers = withoutHeaders(headers, BODY_HEADERS);
    }
    if (next.origin !== url.origin) headers = withoutHeaders(headers, ['authorization', 'proxy-authorization', 'cookie']);
    url = next;
  }
}

function withoutHeaders(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}

interface Answer {
  status: number;
  statusText: string;
  headers: ResponseHeaders;
  body: Buffer;
}

function response(a: Answer, url: URL, redirected: boolean): NodeFetchResponse {
  const text = async (): Promise<string> => a.body.toString('utf8');
  return {
    status: a.status,
    statusText: a.statusText,
    ok: a.status >= 200 && a.status <= 299,
    url: url.href,
    redirected,
    headers: a.headers,
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () => a.body.buffer.slice(a.body.byteOffset, a.body.byteOffset + a.body.byteLength) as ArrayBuffer,
  };
}

/** One request, its whole answer read (API answers are small), or the fetch-style rejection. */
function once(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const send: Record<string, string> = { ...headers };
    if (body !== undefined && !Object.keys(send).some((k) => k.toLowerCase() === 'content-length')) send['content-length'] = String(Buffer.byteLength(body));
    const request = (url.protocol === 'https:' ? https : http).request(url, { method, headers: send });
    let settled = false;
    const done = (f: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      f();
    };
    const onAbort = (): void => {
      request.destroy();
      done(() => reject(signal?.reason));
    };
    signal?.addEventListener('abort', onAbort);
    request.on('error', (e) => done(() => reject(new TypeError('fetch failed', { cause: e }))));
    request.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) => done(() => reject(new TypeError('fetch failed', { cause: e }))));
      res.on('end', () =>
        done(() =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: new ResponseHeaders(res.rawHeaders),
            body: Buffer.concat(chunks),
          }),
        ),
      );
    });
    request.end(body);
  });
}

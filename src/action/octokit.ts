import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { getProxyUrl } from '@actions/http-client/lib/proxy';
import { throttling } from '@octokit/plugin-throttling';
import { nodeFetch } from './node-fetch.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

type Env = Record<string, string | undefined>;

/** Retries on 5xx and waits out rate limits, at most this many times per request. */
const MAX_RETRIES = 3;

/** Every API call of one run shares this deadline: a hanging or throttling server cannot hold the step. */
export interface ApiDeadline {
  signal: AbortSignal;
  /** Epoch milliseconds. */
  endsAt: number;
}

export function apiDeadline(ms: number): ApiDeadline {
  return { signal: AbortSignal.timeout(ms), endsAt: Date.now() + ms };
}

/**
 * Test-only knobs: `NETCOMPAT_RETRY_BASE_MS` replaces the one-second retry unit so tests that answer 502
 * or 429 finish quickly; `NETCOMPAT_API_DEADLINE_MS` shortens the API deadline. Nothing in a workflow sets them.
 */
export function envMs(env: Env, name: string, fallback: number): number {
  const v = env[name];
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/**
 * 5xx and 429 answers are worth another try (429 after its `retry-after`, in seconds); an aborted request
 * (the deadline) never is, though Octokit reports it as a 500. Returns the wait in retry units, or undefined.
 */
function retryWait(e: unknown, signal: AbortSignal, attempt: number): number | undefined {
  if (signal.aborted) return undefined;
  const err = e as { status?: unknown; name?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } };
  if (err?.name === 'AbortError' || /\babort/i.test(String(err?.message ?? ''))) return undefined;
  const backoff = (attempt + 1) ** 2;
  if (err?.status === 429) {
    const after = Number(err.response?.headers?.['retry-after']);
    return Number.isFinite(after) && after > 0 ? Math.max(after, backoff) : backoff;
  }
  return typeof err?.status === 'number' && err.status >= 500 && err.status <= 599 ? backoff : undefined;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/**
 * The fetch for the API: @actions/github's (the npm package undici's, with the proxy @actions/http-client
 * finds for the URL in the proxy variables) when a proxy applies to it, else Node's own HTTP client
 * (src/action/node-fetch.ts says why). undici is loaded only in the first case (scripts/bundle.mjs).
 */
function apiFetch(baseUrl: string): unknown {
  return getProxyUrl(new URL(baseUrl)) ? defaults.request?.fetch : nodeFetch;
}

/**
 * An Octokit for `GITHUB_API_URL` (read by @actions/github; GitHub Enterprise Server works unchanged)
 * with rate-limit handling (@octokit/plugin-throttling) and retries on 5xx. Every wait, for a rate limit
 * or a retry, must end before the shared deadline, or the request fails at once; aborted requests are
 * not retried.
 */
export function makeClient(token: string, deadline: ApiDeadline, env: Env = process.env): GitHubClient {
  const unit = envMs(env, 'NETCOMPAT_RETRY_BASE_MS', 1000);
  const fits = (waitMs: number) => !deadline.signal.aborted && Date.now() + waitMs < deadline.endsAt;
  // retryAfter is in seconds; the plugin multiplies by retryAfterBaseValue (unit) before waiting.
  const again = (retryAfter: number, _opts: unknown, _o: unknown, count: number) => count < MAX_RETRIES && fits(retryAfter * unit);
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  const client = getOctokit(
    token,
    {
      log: quiet,
      request: { ...defaults.request, fetch: apiFetch(defaults.baseUrl ?? 'https://api.github.com'), signal: deadline.signal },
      throttle: { retryAfterBaseValue: unit, onRateLimit: again, onSecondaryRateLimit: again },
    },
    throttling,
  );
  client.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (e) {
        const units = retryWait(e, deadline.signal, attempt);
        if (attempt >= MAX_RETRIES || units === undefined || !fits(units * unit)) throw e;
        const wait = units * unit;
        await sleep(wait, deadline.signal);
        if (deadline.signal.aborted) throw e;
      }
    }
  });
  return client;
}

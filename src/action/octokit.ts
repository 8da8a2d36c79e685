import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

type Env = Record<string, string | undefined>;

/** Retries on 5xx and 429 and waits out rate limits, at most this many times per request. */
const MAX_RETRIES = 3;

/**
 * Test-only knob: `NETCOMPAT_RETRY_BASE_MS` replaces the plugins' one-second retry unit so tests that
 * answer 502 or 429 finish quickly. Nothing in a workflow sets it.
 */
function retryUnit(env: Env): number {
  const n = Number(env.NETCOMPAT_RETRY_BASE_MS);
  return Number.isFinite(n) && n >= 0 && env.NETCOMPAT_RETRY_BASE_MS !== undefined && env.NETCOMPAT_RETRY_BASE_MS !== '' ? n : 1000;
}

/**
 * An Octokit for `GITHUB_API_URL` (read by @actions/github; GitHub Enterprise Server works unchanged)
 * with retries (@octokit/plugin-retry: 5xx, 429) and rate-limit handling (@octokit/plugin-throttling).
 * The whole API phase shares one deadline so a hanging server cannot hold the step.
 */
export function makeClient(token: string, signal: AbortSignal, env: Env = process.env): GitHubClient {
  const unit = retryUnit(env);
  const again = (_after: number, _opts: unknown, _o: unknown, count: number) => count < MAX_RETRIES;
  const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  return getOctokit(
    token,
    {
      log: quiet,
      request: { ...defaults.request, signal },
      retry: { retries: MAX_RETRIES, retryAfterBaseValue: unit },
      throttle: { retryAfterBaseValue: unit, onRateLimit: again, onSecondaryRateLimit: again },
    },
    retry,
    throttling,
  );
}

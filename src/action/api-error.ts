import { plainLine } from '../report/safe-text.js';
import { scrubSecrets } from './secrets.js';

/** The HTTP status of an Octokit RequestError, if any. */
export function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** 403 "Resource not accessible by integration": a read-only token (fork PR, missing permission). */
export function isForbidden(e: unknown): boolean {
  return statusOf(e) === 403;
}

/**
 * A one-line description for the log: status and GitHub's message, nothing from the request (whose
 * headers carry the token).
 */
export function describeApiError(e: unknown): string {
  const status = statusOf(e);
  // Scrubbed before anything else: GitHub's message may echo the token, and escaping would hide it from a later scrub.
  const message = plainLine(scrubSecrets(String((e as Error)?.message ?? e))).slice(0, 300);
  return status ? `HTTP ${status}: ${message}` : message;
}

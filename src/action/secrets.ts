import * as core from '@actions/core';
import { escapeHtml, escapeMarkdown } from '../report/safe-text.js';

/**
 * The token and the forms it takes on the wire (the Basic-auth header git and some proxies use), masked
 * by the runner (`core.setSecret`) and blanked by `scrubSecrets` in everything the Action writes: the
 * log, the job summary, the check run and the PR comment. Escaped forms are kept too, so text that was
 * escaped before it was scrubbed is still caught; callers scrub first all the same.
 */
const secrets = new Set<string>();

export function registerToken(token: string): void {
  if (token.length < 4) return;
  const forms = [
    token,
    Buffer.from(`x-access-token:${token}`).toString('base64'),
    Buffer.from(token).toString('base64'),
    Buffer.from(`${token}:`).toString('base64'),
  ];
  for (const form of forms) {
    core.setSecret(form);
    secrets.add(form);
    secrets.add(escapeMarkdown(form));
    secrets.add(escapeHtml(form));
  }
}

export function scrubSecrets(s: string): string {
  let out = s;
  // Longest first: an escaped form contains the plain form's pieces.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) if (out.includes(secret)) out = out.split(secret).join('***');
  return out;
}

/** For tests only. */
export function clearSecrets(): void {
  secrets.clear();
}

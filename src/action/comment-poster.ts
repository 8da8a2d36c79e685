import { allClearBody, commentBody, commentMarker, type CommentOptions } from '../report/comment.js';
import type { ScanResult } from '../model/finding.js';
import { activeFindings } from '../policy/verdict.js';
import { describeApiError, isForbidden } from './api-error.js';
import type { GitHubClient } from './octokit.js';
import { scrubSecrets } from './secrets.js';

/** The login GITHUB_TOKEN comments as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who "we" are: the Actions bot, plus the token's own user when the token can say (a personal or
 * fine-grained token; an installation token such as GITHUB_TOKEN gets 403 here and writes as a bot).
 */
async function ownIdentities(client: GitHubClient): Promise<Set<string>> {
  const out = new Set([ACTIONS_BOT]);
  try {
    const me = await client.request('GET /user');
    const login = (me.data as { login?: unknown }).login;
    if (typeof login === 'string' && login) out.add(login);
  } catch {
    // Not a user token: the bot is the only identity.
  }
  return out;
}

export type CommentOutcome =
  { action: 'created' | 'updated' | 'cleared' | 'none'; id?: number; url?: string } | { action: 'skipped'; forbidden: boolean; problem: string };

/** The comment's web address from an API answer, when it has one. */
function htmlUrl(data: unknown): { url?: string } {
  const url = (data as { html_url?: unknown } | undefined)?.html_url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? { url } : {};
}

/**
 * One comment per PR and check name, found again by its hidden marker: created when findings appear,
 * updated in place on every run, replaced by a short "all clear" when the findings are gone. Never
 * creates a comment just to say nothing was found.
 */
export async function upsertComment(
  client: GitHubClient,
  owner: string,
  repo: string,
  issue: number,
  result: ScanResult,
  opts: CommentOptions,
): Promise<CommentOutcome> {
  const marker = commentMarker(opts.checkName);
  try {
    const comments = (await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issue,
      per_page: 100,
    })) as Array<{ id: number; body?: string | null; user?: { login?: string } | null }>;
    // Anyone can write a comment holding the marker: only ours (this token's identity, or the Actions
    // bot that GITHUB_TOKEN writes as) is ever edited, and only when the marker opens it.
    const marked = comments.filter((c) => c.body?.startsWith(marker));
    // The token's own login is asked for only when someone other than the bot wrote a marked comment.
    const authors = marked.some((c) => c.user?.login !== ACTIONS_BOT) ? await ownIdentities(client) : new Set([ACTIONS_BOT]);
    const mine = marked.find((c) => authors.has(c.user?.login ?? ''));
    if (activeFindings(result).length === 0) {
      if (!mine) return { action: 'none' };
      const res = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: mine.id,
        body: allClearBody(opts),
      });
      return { action: 'cleared', id: mine.id, ...htmlUrl(res.data) };
    }
    const body = scrubSecrets(commentBody(result, opts));
    if (mine) {
      const res = await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: mine.id, body });
      return { action: 'updated', id: mine.id, ...htmlUrl(res.data) };
    }
    const res = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue, body });
    return { action: 'created', id: (res.data as { id: number }).id, ...htmlUrl(res.data) };
  } catch (e) {
    return { action: 'skipped', forbidden: isForbidden(e), problem: describeApiError(e) };
  }
}

import { commentMarker } from '../report/comment.js';
import { upsertComment } from './comment-poster.js';
import type { GitHubClient } from './octokit.js';
import type { RunContext } from './run.js';

export interface CommentChannelResult {
  /** Lines for the job summary. */
  notes: string[];
  /** The comment's address, when one was written. */
  url?: string;
}

/** The opt-in PR comment; a 403 skips it with a notice, other failures with a warning. */
export async function publishComment(ctx: RunContext, client: GitHubClient | undefined, checkUrl: string | undefined): Promise<CommentChannelResult> {
  const { inputs, runner, result, log } = ctx;
  if (!client) {
    log.annotate('notice', 'comment: true needs a github-token; no PR comment was posted');
    return { notes: ['PR comment: skipped (no `github-token`).'] };
  }
  if (!runner.pull || !runner.owner || !runner.repo) {
    log.info('comment: true applies to pull_request and pull_request_target events only; no comment posted');
    return { notes: [] };
  }
  const detailsUrl = checkUrl && /^https?:\/\//.test(checkUrl) ? checkUrl : runner.runUrl;
  const outcome = await upsertComment(client, runner.owner, runner.repo, runner.pull.number, result, {
    checkName: inputs.checkName,
    failOn: inputs.failOn,
    sha: ctx.headSha,
    ...(detailsUrl ? { detailsUrl: encodeURI(detailsUrl) } : {}),
    ...(ctx.link ? { link: ctx.link } : {}),
  });
  if (outcome.action === 'skipped') {
    if (outcome.forbidden) {
      log.annotate(
        'notice',
        `PR comment skipped: the token cannot write comments (${outcome.problem}). Pull requests from forks get a read-only token; otherwise grant \`permissions: pull-requests: write\`.`,
      );
    } else log.annotate('warning', `could not post the PR comment (${outcome.problem})`);
    return { notes: ['PR comment: skipped (see the log).'] };
  }
  if (outcome.action === 'none') {
    log.info('PR comment: not posted (no findings, and no earlier comment of ours to clear)');
    return { notes: [] };
  }
  const where = outcome.url ?? (outcome.id ? `id ${outcome.id}` : 'no address returned');
  log.info(`PR comment ${outcome.action}: ${where}; marker ${commentMarker(inputs.checkName)}`);
  return {
    notes: [`PR comment: ${outcome.action}${outcome.url ? ` ([link](${encodeURI(outcome.url)}))` : ''}.`],
    ...(outcome.url ? { url: outcome.url } : {}),
  };
}

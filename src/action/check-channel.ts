import type { Annotation } from '../report/annotations.js';
import { checkText, checkTitle } from '../report/check-run.js';
import { escapeMarkdown } from '../report/markdown.js';
import { CHECK_OUTPUT_MAX_BYTES, summaryMarkdown } from '../report/summary-markdown.js';
import { conclusionOf } from '../policy/verdict.js';
import { postCheckRun } from './check-run-poster.js';
import { checkAnnotation, type CheckAnnotation, type CheckRunPlan } from './check-run-requests.js';
import type { GitHubClient } from './octokit.js';
import { scrubSecrets } from './secrets.js';
import type { RunContext } from './run.js';

export interface CheckChannelResult {
  /** Annotations the check run does not carry: they go out as workflow commands. */
  pending: Annotation[];
  url?: string;
  /** Lines for the job summary. */
  notes: string[];
}

/** Builds and posts the check run; on 403 or any failure the annotations stay pending for the fallback. */
export async function publishCheckRun(ctx: RunContext, client: GitHubClient, annotations: readonly Annotation[]): Promise<CheckChannelResult> {
  const { inputs, runner, log } = ctx;
  if (!runner.owner || !runner.repo || !ctx.headSha) {
    log.annotate('warning', 'no check run: GITHUB_REPOSITORY or GITHUB_SHA is not set; annotations follow as workflow commands');
    return { pending: [...annotations], notes: ['Annotations: no repository or commit in the environment, so they are workflow annotations.'] };
  }
  // Results whose facts all came from inputs have no repository file; the workflow file holds those inputs.
  const pairs = annotations.map((a) => [a, checkAnnotation(a, runner.workflowPath)] as const);
  const carried = pairs.filter((p): p is readonly [Annotation, CheckAnnotation] => p[1] !== undefined);
  const plan = checkRunPlan(
    ctx,
    carried.map((p) => p[1]),
  );
  const outcome = await postCheckRun(client, runner.owner, runner.repo, plan);
  const pending = pairs.filter(([, c]) => !c || !outcome.delivered.has(c)).map(([a]) => a);
  const notes: string[] = [];
  if (!outcome.created) {
    const why = outcome.forbidden
      ? 'The token cannot write checks: pull requests from forks get a read-only token; otherwise grant `permissions: checks: write`.'
      : 'GitHub did not accept the request after retries.';
    log.annotate(
      'warning',
      `could not create the check run (${outcome.problem}). ${why} Annotations follow as workflow commands; the job summary has the full report.`,
    );
    notes.push(`> [!NOTE]\n> No check run: ${escapeMarkdown(outcome.problem ?? '')}. ${why}`);
    return { pending, notes };
  }
  if (outcome.problem) {
    log.annotate('warning', outcome.problem);
    notes.push(`> [!WARNING]\n> ${escapeMarkdown(outcome.problem)}.`);
  }
  const shown = outcome.delivered.size;
  const link =
    outcome.url && /^https?:\/\//.test(outcome.url)
      ? `[${escapeMarkdown(inputs.checkName)}](${encodeURI(outcome.url)})`
      : `"${escapeMarkdown(inputs.checkName)}"`;
  notes.push(`Annotations: ${shown} on the check run ${link}.`);
  // "Posted" only when every batch got in; otherwise the warning above says what is missing.
  if (!outcome.problem) log.info(`check run "${inputs.checkName}" posted on ${ctx.headSha} with ${shown} annotations: ${outcome.url ?? 'no address returned'}`);
  else
    log.info(
      `check run "${inputs.checkName}" created on ${ctx.headSha} with ${shown} of ${plan.annotations.length} annotations: ${outcome.url ?? 'no address returned'}`,
    );
  return { pending, ...(outcome.url ? { url: outcome.url } : {}), notes };
}

/** The run as netcompat wants it posted: conclusion, title, summary and per-finding texts, the annotations it carries. */
function checkRunPlan(ctx: RunContext, annotations: CheckAnnotation[]): CheckRunPlan {
  const { inputs, result } = ctx;
  return {
    name: inputs.checkName,
    headSha: ctx.headSha,
    conclusion: conclusionOf(result, inputs.failOn),
    output: {
      title: checkTitle(result, inputs.failOn),
      summary: scrubSecrets(
        summaryMarkdown(result, {
          failOn: inputs.failOn,
          limit: CHECK_OUTPUT_MAX_BYTES,
          notes: [ctx.policyNote, ctx.headNote, ctx.scopeNote].filter((n): n is string => n !== undefined),
          ...(ctx.link ? { link: ctx.link } : {}),
          elsewhere: "the workflow run's job summary and the SARIF file",
        }),
      ),
      text: scrubSecrets(checkText(result, ctx.link)),
    },
    annotations,
    startedAt: ctx.startedAt.toISOString(),
    completedAt: new Date().toISOString(),
  };
}

import { checkRunRequests, closingUpdate, type CheckAnnotation, type CheckRunPlan } from './check-run-requests.js';
import { plural } from '../report/plural.js';
import { describeApiError, isForbidden } from './api-error.js';
import type { GitHubClient } from './octokit.js';

export interface CheckRunOutcome {
  /** Created at all (later batches may still have failed). */
  created: boolean;
  url?: string;
  /** Annotations GitHub accepted; the rest go to workflow commands, so none is lost or doubled. */
  delivered: Set<CheckAnnotation>;
  /** What went wrong, for the log and the summary (for a failed create: GitHub's status and message). */
  problem?: string;
  forbidden?: boolean;
}

/**
 * Posts the check run: created completed, with its conclusion and the first 50 annotations, then one
 * update per further 50. A failed update stops the batches and notes the gap in the run's summary.
 */
export async function postCheckRun(client: GitHubClient, owner: string, repo: string, plan: CheckRunPlan): Promise<CheckRunOutcome> {
  const req = checkRunRequests(plan);
  const delivered = new Set<CheckAnnotation>();
  let id: number;
  let url: string | undefined;
  try {
    const { data } = await client.rest.checks.create({ owner, repo, ...req.create });
    id = data.id;
    url = data.html_url ?? undefined;
    for (const a of req.carried[0] ?? []) delivered.add(a);
  } catch (e) {
    return { created: false, delivered, problem: describeApiError(e), forbidden: isForbidden(e) };
  }
  for (const [i, body] of req.updates.entries()) {
    try {
      await client.rest.checks.update({ owner, repo, check_run_id: id, ...body });
      for (const a of req.carried[i + 1] ?? []) delivered.add(a);
    } catch (e) {
      const missing = plan.annotations.length - delivered.size;
      const problem = `could not add ${plural(missing, 'annotation')} to the check run (${describeApiError(e)}); they are in the workflow log instead`;
      try {
        await client.rest.checks.update({
          owner,
          repo,
          check_run_id: id,
          ...closingUpdate(plan, `> [!WARNING]\n> ${missing} annotations could not be posted here; they are in the workflow run's log.`),
        });
      } catch {
        // The run is complete already; only the note about the missing annotations is lost.
      }
      return { created: true, ...(url ? { url } : {}), delivered, problem };
    }
  }
  return { created: true, ...(url ? { url } : {}), delivered };
}

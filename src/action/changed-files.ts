import { gitChangedFiles, underPrefix } from '../inputs/changed-files.js';
import { escapeMarkdown } from '../report/markdown.js';
import { plural } from '../report/plural.js';
import { describeApiError } from './api-error.js';
import type { ActionInputs } from './inputs.js';
import type { ActionLog } from './log.js';
import type { GitHubClient } from './octokit.js';
import type { RunnerEnv } from './runner-env.js';

/** GET /pulls/{n}/files lists at most 3,000 files; a list that long may be cut, so git is asked instead. */
export const PR_FILES_MAX = 3000;

export interface ChangedFiles {
  /** Relative to the scanned directory; undefined when only-changed could not be applied. */
  files?: ReadonlySet<string>;
  /** A line for the job summary (markdown written here, never repository text). */
  note: string;
  /** Every file of the pull request, workspace-relative, when the API listed them. */
  all?: string[];
}

/** Every file of the pull request, paginated (100 a page), workspace-relative. */
export async function listPullFiles(client: GitHubClient, owner: string, repo: string, pull: number): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
  return files.map((f) => f.filename);
}

/**
 * `only-changed: true`: the pull request's files from the API, else `git diff` against the base commit of
 * the event payload (needs the history: `fetch-depth: 0`), else a notice and every finding counts. Facts
 * still come from the whole repository; this only decides which findings count.
 */
export async function changedFilesForRun(inputs: ActionInputs, runner: RunnerEnv, client: GitHubClient | undefined, log: ActionLog): Promise<ChangedFiles> {
  const notApplied = (why: string): ChangedFiles => {
    log.annotate('notice', `only-changed could not be applied: ${why}. All findings count.`, { title: 'netcompat: only-changed not applied' });
    return { note: `> [!NOTE]\n> \`only-changed\` could not be applied: ${escapeMarkdown(why)}. All findings count.` };
  };
  const pull = runner.pull;
  if (!pull) return notApplied(`this is a ${runner.eventName || 'non-pull-request'} event, not a pull request`);
  const why: string[] = [];
  if (!client) why.push('no github-token for the pull request files API');
  else if (!runner.owner || !runner.repo) why.push('GITHUB_REPOSITORY is not set');
  else {
    try {
      const all = await listPullFiles(client, runner.owner, runner.repo, pull.number);
      if (all.length < PR_FILES_MAX) {
        const files = underPrefix(all, inputs.rootPrefix);
        log.info(`only-changed: ${all.length} file(s) changed in pull request #${pull.number} (pull request files API)`);
        return {
          files: new Set(files),
          all,
          note: `Only findings with evidence in the ${plural(all.length, 'file')} this pull request changes count (\`only-changed\`).`,
        };
      }
      why.push(`the pull request files API lists at most ${PR_FILES_MAX} files`);
    } catch (e) {
      why.push(`the pull request files API failed (${describeApiError(e)})`);
    }
  }
  if (!pull.baseSha) return notApplied([...why, 'and the event payload has no base commit for git diff'].join('; '));
  try {
    const files = await gitChangedFiles(inputs.root, pull.baseSha);
    log.info(`only-changed: ${files.length} file(s) changed since ${pull.baseSha.slice(0, 12)} (git diff; ${why.join('; ')})`);
    return {
      files: new Set(files),
      note: `Only findings with evidence in the ${plural(files.length, 'file')} changed since the base commit count (\`only-changed\`, from \`git diff\`).`,
    };
  } catch (e) {
    return notApplied([...why, `git diff against the base commit failed (${(e as Error).message}); check out with fetch-depth: 0 for it`].join('; '));
  }
}

import { readFileSync } from 'node:fs';

type Env = Record<string, string | undefined>;

/** What the Action needs from the runner's environment and event payload. */
export interface RunnerEnv {
  eventName: string;
  /** GITHUB_SHA: for pull_request events, the synthetic merge commit. */
  sha: string;
  owner?: string;
  repo?: string;
  serverUrl: string;
  /** The workflow run's page, for links from the PR comment. */
  runUrl?: string;
  /** `.github/workflows/x.yml`: where explicit inputs were written. */
  workflowPath?: string;
  /** baseSha: `pull_request.base.sha`, for `git diff` when the PR files API cannot be used. */
  pull?: { number: number; headSha?: string; baseSha?: string };
}

interface PullPayload {
  pull_request?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } };
}

/** Reads the event payload; a missing or broken file is an empty payload, not a crash. */
function readPayload(path: string | undefined): PullPayload {
  if (!path) return {};
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return v && typeof v === 'object' ? (v as PullPayload) : {};
  } catch {
    return {};
  }
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readRunnerEnv(env: Env = process.env): RunnerEnv {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const out: RunnerEnv = { eventName: env.GITHUB_EVENT_NAME ?? '', sha: env.GITHUB_SHA ?? '', serverUrl };
  if (owner && repo) {
    out.owner = owner;
    out.repo = repo;
    if (env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)) out.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
    // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/ci.yml@refs/heads/main".
    const wf = env.GITHUB_WORKFLOW_REF?.match(/^([^/]+)\/([^/]+)\/(\.github\/workflows\/[^@]+)@/);
    if (wf && wf[1] === owner && wf[2] === repo && wf[3]) out.workflowPath = wf[3];
  }
  if (PR_EVENTS.has(out.eventName)) {
    const pr = readPayload(env.GITHUB_EVENT_PATH).pull_request;
    if (pr && typeof pr.number === 'number') {
      const sha = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40}$/i.test(v) ? v : undefined);
      const head = sha(pr.head?.sha);
      const base = sha(pr.base?.sha);
      out.pull = { number: pr.number, ...(head ? { headSha: head } : {}), ...(base ? { baseSha: base } : {}) };
    }
  }
  return out;
}

/**
 * The commit the PR shows: `pull_request.head.sha` for pull_request(_target) events, else GITHUB_SHA.
 * `checkedOut` is what the scan actually read; when it differs, line numbers may be off.
 */
export function checkTarget(runner: RunnerEnv, checkedOut: string | undefined): { headSha: string; checkedOut: string; mismatch: boolean } {
  const headSha = runner.pull?.headSha ?? runner.sha;
  const scanned = checkedOut ?? runner.sha;
  return { headSha, checkedOut: scanned, mismatch: Boolean(headSha && scanned && headSha.toLowerCase() !== scanned.toLowerCase()) };
}

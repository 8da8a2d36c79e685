import { realpathSync } from 'node:fs';
import * as core from '@actions/core';
import { UsageError } from '../inputs/usage-error.js';
import type { ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { loadRunSettings, type RunSettings } from '../inputs/run-settings.js';
import { annotationsOf, diagnosticAnnotations, selectWorkflowAnnotations, WORKFLOW_LEVEL, workflowProps, type Annotation } from '../report/annotations.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { plural } from '../report/plural.js';
import { JOB_SUMMARY_MAX_BYTES, summaryMarkdown } from '../report/summary-markdown.js';
import { writeJsonReport } from '../report/json.js';
import { writeSafelySync } from '../inputs/safe-write.js';
import { countResults, failingFindings, verdictTitle, verdictWord } from '../policy/verdict.js';
import { scan, type ScanOptions } from '../scan.js';
import { ScanAbortedError } from '../scan-budget.js';
import { scanOptions } from '../scan-options.js';
import type { FailOn } from '../model/gate.js';
import { describeApiError } from './api-error.js';
import { changedPolicyFiles, loadBasePolicy, policyChangeNote, policyPatterns } from './base-policy.js';
import { changedFilesForRun, listPullFiles } from './changed-files.js';
import { publishCheckRun } from './check-channel.js';
import { abortedCheckRun } from './check-run-requests.js';
import { publishComment } from './comment-channel.js';
import { readGitHead } from './git-head.js';
import { confineInputPaths, readInputs, type ActionInputs, type OutputName } from './inputs.js';
import { blobLinker } from './links.js';
import { ActionLog } from './log.js';
import type { GitHubClient } from './octokit.js';
import { checkTarget, readRunnerEnv, type RunnerEnv } from './runner-env.js';
import { writeSarif } from './sarif-output.js';
import { appendJobSummary } from './job-summary.js';
import { setStepOutput } from './step-output.js';
import { registerToken, scrubSecrets } from './secrets.js';

type Env = Record<string, string | undefined>;

/** Every API call of one run together; a server that hangs cannot hold the step longer. */
const API_DEADLINE_MS = 5 * 60 * 1000;

/** Everything one run shares between its channels. */
export interface RunContext {
  inputs: ActionInputs;
  runner: RunnerEnv;
  result: ScanResult;
  log: ActionLog;
  link: ((p: Place) => string) | undefined;
  headSha: string;
  /** Markdown netcompat writes itself (never repository text), shown at the top of the summaries. */
  headNote?: string;
  /** What `only-changed` did (markdown netcompat writes), for both summaries. */
  scopeNote?: string;
  /** The pull request changes netcompat's own config, rules or baseline: shown first in both summaries. */
  policyNote?: string;
  startedAt: Date;
}

/**
 * The Action: inputs → scan → SARIF, check run (or workflow annotations), PR comment, job summary,
 * outputs, verdict. Only the findings decide the verdict; what could not be posted is said and skipped.
 * `beforeScan` runs once everything the run loads before its scan is loaded (dist/index.js sets the heap
 * flags there, src/index.ts says why); tests running it in-process leave it out.
 */
export async function run(env: Env = process.env, hooks: { beforeScan?: () => void } = {}): Promise<void> {
  const startedAt = new Date();
  const given = await readSettings(env);
  if (!given) return;
  const { inputs, settings, options } = given;
  const log = new ActionLog([inputs.token]);
  const runner = readRunnerEnv(env);
  const target = checkTarget(runner, readGitHead(inputs.repository));
  const client = inputs.token ? await apiClient(inputs.token, env) : undefined;
  const scope = inputs.onlyChanged ? await changedFilesForRun(inputs, runner, client, log) : undefined;
  const policyNote = await policyChanges(inputs, settings, runner, client, scope?.all, log);
  hooks.beforeScan?.();
  const result = await scanForRun(inputs, { ...options, ...(scope?.files ? { changedFiles: scope.files } : {}) }, { runner, client, log });
  if (!result) return;
  log.info(`${verdictTitle(result, inputs.failOn)}; files seen: ${result.stats.filesSeen}, skipped: ${result.skipped.length}`);

  const ctx: RunContext = {
    inputs,
    runner,
    result,
    log,
    link: blobLinker(runner, target.checkedOut),
    headSha: target.headSha,
    ...(target.mismatch ? { headNote: headMismatchNote(target.checkedOut, target.headSha) } : {}),
    ...(scope ? { scopeNote: scope.note } : {}),
    ...(policyNote ? { policyNote } : {}),
    startedAt,
  };
  const notes: string[] = [ctx.policyNote, ctx.headNote, ctx.scopeNote].filter((n): n is string => n !== undefined);
  const files = writeReportFiles(ctx, notes);
  const posted = await publishResults(ctx, client, notes);
  const md = summaryMarkdown(result, { failOn: inputs.failOn, limit: JOB_SUMMARY_MAX_BYTES, notes, ...(ctx.link ? { link: ctx.link } : {}) });
  try {
    appendJobSummary(scrubSecrets(md));
  } catch (e) {
    log.info(`could not write the job summary: ${(e as Error).message}`);
  }
  setOutputs(result, inputs.failOn, { 'sarif-file': files.sarif, 'json-file': files.json, 'check-run-url': posted.checkUrl, 'comment-url': posted.commentUrl });
  conclude(log, result, inputs.failOn);
}

/**
 * The API client, with the run's deadline. Octokit and its HTTP stack (about 1 MB of the bundle) are
 * imported only when a token is given: a run without one never compiles them (README.md, "Design notes").
 */
async function apiClient(token: string, env: Env): Promise<GitHubClient> {
  const { apiDeadline, envMs, makeClient } = await import('./octokit.js');
  return makeClient(token, apiDeadline(envMs(env, 'NETCOMPAT_API_DEADLINE_MS', API_DEADLINE_MS)), env);
}

/**
 * Inputs and settings, checked before anything is scanned or posted: a bad input, config file or
 * baseline fails the step with `verdict: error` (undefined is returned then).
 */
async function readSettings(env: Env): Promise<{ inputs: ActionInputs; settings: RunSettings; options: ScanOptions } | undefined> {
  try {
    const inputs = readInputs(env);
    // Masked before anything could print it.
    registerToken(inputs.token);
    confineInputPaths(inputs);
    const settings = await runSettings(inputs, env);
    inputs.failOn = settings.failOn;
    // Places relative to the repository: annotations, links and SARIF want them so.
    const options = scanOptions({
      root: inputs.root,
      ...(inputs.within ? { within: inputs.within } : {}),
      explicit: inputs.explicit,
      ...(inputs.include ? { include: inputs.include } : {}),
      ...(inputs.exclude ? { exclude: inputs.exclude } : {}),
      settings,
      env,
      failIfNothingChecked: inputs.failIfNothingChecked,
      placeBase: inputs.rootPrefix,
    });
    return { inputs, settings, options };
  } catch (e) {
    if (e instanceof UsageError) {
      // A usage error is not a verdict on the repository: `verdict` says `error`, the message names the input.
      setStepOutput('verdict', 'error');
      core.setFailed(`${e.message} (bad input: nothing was scanned)`);
      return undefined;
    }
    throw e;
  }
}

/** The config file, rules and baseline: from the checked-out head, or with `policy-source: base` from the base commit. */
async function runSettings(inputs: ActionInputs, env: Env): Promise<RunSettings> {
  const files =
    inputs.policySource === 'base'
      ? await baseFiles(inputs, env)
      : { root: inputs.root, workspace: inputs.workspace, config: inputs.configFile, baseline: inputs.baselineFile };
  return await loadRunSettings({
    root: files.root,
    workspace: files.workspace,
    ...(files.config ? { configPath: files.config } : {}),
    ...(files.baseline ? { baselinePath: files.baseline } : {}),
    ...(inputs.failOnGiven ? { failOn: inputs.failOn } : {}),
  });
}

/** The policy files as the pull request's base commit has them, checked out into a folder of their own. */
async function baseFiles(inputs: ActionInputs, env: Env): Promise<{ root: string; workspace: string; config?: string; baseline?: string }> {
  const base = await loadBasePolicy({
    workspace: inputs.workspace,
    rootPrefix: inputs.rootPrefix,
    ...(inputs.configFile ? { configFile: inputs.configFile } : {}),
    ...(inputs.baselineFile ? { baselineFile: inputs.baselineFile } : {}),
    baseSha: readRunnerEnv(env).pull?.baseSha,
    ...(env.RUNNER_TEMP ? { temp: env.RUNNER_TEMP } : {}),
  });
  core.info(`netcompat: policy-source base: ${base.taken.length ? base.taken.join(', ') : 'no config, rule or baseline file'} from the base commit`);
  return {
    root: base.root,
    workspace: base.root,
    ...(base.configPath ? { config: base.configPath } : {}),
    ...(base.baselinePath ? { baseline: base.baselinePath } : {}),
  };
}

/** The scan. An aborted scan, or one that read nothing without `allow-empty`, fails the step: undefined is returned. */
async function scanForRun(
  inputs: ActionInputs,
  options: ScanOptions,
  api: { runner: RunnerEnv; client: GitHubClient | undefined; log: ActionLog },
): Promise<ScanResult | undefined> {
  let result: ScanResult;
  try {
    result = await scan(options);
  } catch (e) {
    if (!(e instanceof ScanAbortedError)) throw e;
    await reportAborted(inputs, api.runner, api.client, api.log, e.message, readGitHead(inputs.repository));
    core.setFailed(`netcompat: ${e.message}`);
    return undefined;
  }
  // Fail closed: a scan that read nothing (a wrong `path`, an `include` matching no file) is no pass.
  if (result.stats.filesSeen === 0 && !inputs.allowEmpty) {
    core.setFailed(
      `netcompat: no file to scan under ${JSON.stringify(inputs.rootPrefix || '.')}${inputs.include ? ' matching include' : ''}; check path and include, or set allow-empty: true if an empty scan is expected`,
    );
    return undefined;
  }
  return result;
}

function headMismatchNote(checkedOut: string, headSha: string): string {
  return (
    `> [!WARNING]\n> The scan read commit ${code(checkedOut.slice(0, 12))}, not the pull request head ${code(headSha.slice(0, 12))}: ` +
    'line numbers may be off in files the base branch also changed. Check out `github.event.pull_request.head.sha` to match.'
  );
}

/** The SARIF file and the JSON report, when asked for; a file that cannot be written is a warning and a note. */
function writeReportFiles(ctx: RunContext, notes: string[]): { sarif: string; json: string } {
  const { inputs, result, log } = ctx;
  const attempt = (what: string, write: () => string | undefined): string => {
    try {
      return write() ?? '';
    } catch (e) {
      const why = scrubSecrets((e as Error).message);
      log.annotate('warning', `could not write the ${what}: ${why}`);
      notes.push(`> [!WARNING]\n> The ${what} could not be written: ${escapeMarkdown(why)}`);
      return '';
    }
  };
  const sarif = attempt('SARIF file', () => {
    if (!inputs.sarifFile) return undefined;
    const omitted = writeSarif(result, inputs.sarifFile, inputs.workspace, { rootDir: inputs.repository, undetermined: inputs.sarifUndetermined });
    log.info(`SARIF written to ${inputs.sarifFile}${omitted ? `; ${omitted} result(s) rest only on inputs and are listed as notifications, not results` : ''}`);
    return inputs.sarifFile;
  });
  const json = attempt('JSON report', () => {
    if (!inputs.jsonFile) return undefined;
    // Inside the workspace, never through a symbolic link, atomically (as the SARIF file).
    writeSafelySync(inputs.jsonFile, (sink) => writeJsonReport(result, { failOn: inputs.failOn }, sink), realpathSync(inputs.workspace));
    log.info(`JSON report written to ${inputs.jsonFile}`);
    return inputs.jsonFile;
  });
  return { sarif, json };
}

/**
 * Annotations (most severe first, capped by `max-annotations` so a huge repository does not spend minutes
 * on them) on the check run, or as workflow commands; then the pull-request comment.
 */
async function publishResults(ctx: RunContext, client: GitHubClient | undefined, notes: string[]): Promise<{ checkUrl?: string; commentUrl?: string }> {
  const { inputs, result, log } = ctx;
  const every = withDiagnostics(annotationsOf(result), diagnosticAnnotations(result));
  const annotations = every.slice(0, inputs.maxAnnotations);
  const capNote = annotationCapNote(every.length, annotations.length, inputs.maxAnnotations);
  if (capNote) {
    notes.push(capNote);
    log.info(capNote.replace(/`/g, ''));
  }
  let pending: Annotation[] = annotations;
  let checkUrl: string | undefined;
  if (!inputs.checkRun) {
    if (annotations.length) notes.push('Annotations: `check-run` is false, so they are workflow annotations.');
  } else if (!client) {
    if (annotations.length) notes.push('Annotations: no `github-token`, so they are workflow annotations.');
  } else {
    const posted = await publishCheckRun(ctx, client, annotations);
    pending = posted.pending;
    checkUrl = posted.url;
    notes.push(...posted.notes);
  }
  let commentUrl: string | undefined;
  if (inputs.comment) {
    const c = await publishComment(ctx, client, checkUrl);
    notes.push(...c.notes);
    commentUrl = c.url;
  }
  notes.push(...emitWorkflowAnnotations(log, pending, failingFindings(result, inputs.failOn) > 0 || result.nothingChecked?.fails === true));
  return { ...(checkUrl ? { checkUrl } : {}), ...(commentUrl ? { commentUrl } : {}) };
}

/** The step's outputs: the verdict, the counts, and where the files and posts went ('' for none). */
function setOutputs(result: ScanResult, failOn: FailOn, where: Partial<Record<'sarif-file' | 'json-file' | 'check-run-url' | 'comment-url', string>>): void {
  const c = countResults(result);
  const outputs: Record<OutputName, string> = {
    verdict: verdictWord(result, failOn),
    findings: String(c.findings),
    high: String(c.high),
    medium: String(c.medium),
    low: String(c.low),
    undetermined: String(c.undetermined),
    'sarif-file': where['sarif-file'] ?? '',
    'json-file': where['json-file'] ?? '',
    'check-run-url': where['check-run-url'] ?? '',
    'comment-url': where['comment-url'] ?? '',
  };
  for (const [k, v] of Object.entries(outputs)) setStepOutput(k, v);
}

/** The verdict: the step fails on findings at or above fail-on, or on "nothing checked" when that fails. */
function conclude(log: ActionLog, result: ScanResult, failOn: FailOn): void {
  const title = verdictTitle(result, failOn);
  const failing = failingFindings(result, failOn);
  if (failing > 0) log.fail(`${plural(failing, 'finding')} at or above fail-on ${failOn}: ${title}`);
  else if (result.nothingChecked?.fails) log.fail(`${title}`);
  else if (result.nothingChecked) log.info(`not a pass: ${title}`);
  else log.info(`passed: ${title}`);
}

/** What `max-annotations` left out, for the summary; undefined when nothing was. */
export function annotationCapNote(total: number, posted: number, max: number): string | undefined {
  if (total === posted) return undefined;
  if (max === 0) return `Annotations: off (\`max-annotations: 0\`); all ${plural(total, 'result')} are in this summary.`;
  return `Annotations: the ${posted} most severe of ${total} posted; ${total - posted} more left out by \`max-annotations: ${max}\` (all are in this summary).`;
}

/**
 * On a pull request, whether it changes the config file, an extra rule file or the baseline: the files
 * come from the pull request files API (already listed for only-changed, or listed here).
 */
async function policyChanges(
  inputs: ActionInputs,
  settings: RunSettings,
  runner: RunnerEnv,
  client: GitHubClient | undefined,
  listed: string[] | undefined,
  log: ActionLog,
): Promise<string | undefined> {
  if (!runner.pull) return undefined;
  let changed = listed;
  // only-changed already asked the API: once is enough, whatever it answered.
  if (!changed && !inputs.onlyChanged && client && runner.owner && runner.repo) {
    try {
      changed = await listPullFiles(client, runner.owner, runner.repo, runner.pull.number);
    } catch (e) {
      log.info(`could not list the pull request's files to check for policy changes (${describeApiError(e)})`);
    }
  }
  if (!changed) return undefined;
  const patterns = policyPatterns({
    workspace: inputs.workspace,
    rootPrefix: inputs.rootPrefix,
    ...(inputs.configFile ? { configFile: inputs.configFile } : {}),
    ...(inputs.baselineFile ? { baselineFile: inputs.baselineFile } : {}),
    rules: settings.config?.rules ?? [],
    ...(settings.config?.baseline ? { baseline: settings.config.baseline } : {}),
  });
  const files = changedPolicyFiles(changed, patterns);
  if (files.length === 0) return undefined;
  log.annotate('warning', `this pull request changes netcompat's policy files: ${files.join(', ')}`, { title: 'netcompat: policy changed' });
  return policyChangeNote(files, inputs.policySource);
}

/**
 * A scan that ran out of time or budget decided nothing: a neutral check run says so (when one can be
 * posted), the summary too, and the step fails.
 */
async function reportAborted(
  inputs: ActionInputs,
  runner: RunnerEnv,
  client: GitHubClient | undefined,
  log: ActionLog,
  message: string,
  checkedOut: string | undefined,
): Promise<void> {
  const headSha = runner.pull?.headSha ?? checkedOut ?? runner.sha;
  if (client && inputs.checkRun && runner.owner && runner.repo && headSha) {
    try {
      await client.rest.checks.create({
        owner: runner.owner,
        repo: runner.repo,
        ...abortedCheckRun(inputs.checkName, headSha, escapeMarkdown(scrubSecrets(message)), new Date().toISOString()),
      });
    } catch (e) {
      log.info(`could not post the neutral check run (${describeApiError(e)})`);
    }
  }
  try {
    appendJobSummary(`## ⚠️ netcompat: scan aborted\n\n${escapeMarkdown(scrubSecrets(message))}\n`);
  } catch {
    // The failure message below says it all.
  }
}

/** Settings problems after the findings and before the undetermined rules. */
function withDiagnostics(results: Annotation[], diagnostics: Annotation[]): Annotation[] {
  const at = results.findIndex((a) => a.kind === 'undetermined');
  const cut = at < 0 ? results.length : at;
  return [...results.slice(0, cut), ...diagnostics, ...results.slice(cut)];
}

/**
 * The annotations no check run carries, as workflow commands: most severe first, within GitHub's 10 per
 * level per step (the failure message takes one error slot), then one notice counting the rest.
 */
function emitWorkflowAnnotations(log: ActionLog, pending: readonly Annotation[], willFail: boolean): string[] {
  if (pending.length === 0) return [];
  const used = { ...log.used, error: log.used.error + (willFail ? 1 : 0) };
  const sel = selectWorkflowAnnotations(pending, used);
  for (const a of sel.emit) log.annotate(WORKFLOW_LEVEL[a.level], a.message, workflowProps(a));
  const more = sel.omitted.length;
  if (more > 0) {
    log.annotate(
      'notice',
      `${more} more result${more === 1 ? ' is' : 's are'} listed in the job summary (GitHub shows at most 10 annotations per level per step).`,
      {
        title: 'netcompat: more in the job summary',
      },
    );
  }
  return [`Workflow annotations: ${sel.emit.length} shown${more ? `; ${more} more only in this summary (GitHub shows at most 10 per level per step)` : ''}.`];
}

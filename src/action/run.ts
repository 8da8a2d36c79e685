import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../inputs/usage-error.js';
import type { ScanResult } from '../model/finding.js';
import type { Place } from '../model/place.js';
import { loadRunSettings, type RunSettings } from '../inputs/run-settings.js';
import { todayFrom } from '../inputs/today.js';
import { annotationsOf, diagnosticAnnotations, selectWorkflowAnnotations, WORKFLOW_LEVEL, workflowProps, type Annotation } from '../report/annotations.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { plural } from '../report/plural.js';
import { JOB_SUMMARY_MAX_BYTES, summaryMarkdown } from '../report/summary-markdown.js';
import { renderJson } from '../report/json.js';
import { countResults, failingFindings, verdictTitle, verdictWord } from '../report/verdict.js';
import { scan } from '../scan.js';
import { changedFilesForRun } from './changed-files.js';
import { publishCheckRun } from './check-channel.js';
import { publishComment } from './comment-channel.js';
import { readGitHead } from './git-head.js';
import { readInputs, type ActionInputs, type OutputName } from './inputs.js';
import { blobLinker } from './links.js';
import { ActionLog } from './log.js';
import { makeClient } from './octokit.js';
import { rebaseResult } from '../report/rebase.js';
import { checkTarget, readRunnerEnv, type RunnerEnv } from './runner-env.js';
import { writeSarif } from './sarif-output.js';

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
  startedAt: Date;
}

/**
 * The Action: inputs → scan → SARIF, check run (or workflow annotations), PR comment, job summary,
 * outputs, verdict. Only the findings decide the verdict; what could not be posted is said and skipped.
 */
export async function run(env: Env = process.env): Promise<void> {
  const startedAt = new Date();
  let inputs: ActionInputs;
  let settings: RunSettings;
  let today: string | undefined;
  try {
    inputs = readInputs(env);
    // A bad config file or baseline fails the step before anything is scanned or posted.
    settings = loadRunSettings({
      root: inputs.root,
      ...(inputs.configFile ? { configPath: inputs.configFile } : {}),
      ...(inputs.baselineFile ? { baselinePath: inputs.baselineFile } : {}),
      ...(inputs.failOnGiven ? { failOn: inputs.failOn } : {}),
    });
    today = todayFrom(env);
  } catch (e) {
    if (e instanceof UsageError) {
      // A usage error is not a verdict on the repository: `verdict` says `error`, the message names the input.
      core.setOutput('verdict', 'error');
      return core.setFailed(`${e.message} (bad input: nothing was scanned)`);
    }
    throw e;
  }
  inputs.failOn = settings.failOn;
  const log = new ActionLog([inputs.token]);
  const runner = readRunnerEnv(env);
  const target = checkTarget(runner, readGitHead(inputs.repository));
  const client = inputs.token ? makeClient(inputs.token, AbortSignal.timeout(API_DEADLINE_MS), env) : undefined;
  const scope = inputs.onlyChanged ? await changedFilesForRun(inputs, runner, client, log) : undefined;
  const raw = await scan({
    root: inputs.root,
    explicit: inputs.explicit,
    ...(inputs.include ? { include: inputs.include } : {}),
    ...(inputs.exclude ? { exclude: inputs.exclude } : {}),
    rules: settings.rules,
    ...(settings.config ? { config: settings.config } : {}),
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    ...(scope?.files ? { changedFiles: scope.files } : {}),
    ...(today ? { today } : {}),
  });
  const result = rebaseResult(raw, inputs.rootPrefix);
  const title = verdictTitle(result, inputs.failOn);
  log.info(`${title}; files seen: ${result.stats.filesSeen}, skipped: ${result.skipped.length}`);

  const ctx: RunContext = {
    inputs,
    runner,
    result,
    log,
    link: blobLinker(runner, target.checkedOut),
    headSha: target.headSha,
    ...(target.mismatch
      ? {
          headNote:
            `> [!WARNING]\n> The scan read commit ${code(target.checkedOut.slice(0, 12))}, not the pull request head ${code(target.headSha.slice(0, 12))}: ` +
            'line numbers may be off in files the base branch also changed. Check out `github.event.pull_request.head.sha` to match.',
        }
      : {}),
    ...(scope ? { scopeNote: scope.note } : {}),
    startedAt,
  };
  const notes: string[] = [ctx.headNote, ctx.scopeNote].filter((n): n is string => n !== undefined);

  let sarifPath = '';
  if (inputs.sarifFile) {
    try {
      const omitted = await writeSarif(result, inputs.sarifFile, { rootDir: inputs.repository, undetermined: inputs.sarifUndetermined });
      sarifPath = inputs.sarifFile;
      log.info(`SARIF written to ${sarifPath}${omitted ? `; ${omitted} result(s) rest only on inputs and are listed as notifications, not results` : ''}`);
    } catch (e) {
      log.annotate('warning', `could not write the SARIF file: ${(e as Error).message}`);
      notes.push(`> [!WARNING]\n> The SARIF file could not be written: ${escapeMarkdown((e as Error).message)}`);
    }
  }

  let jsonPath = '';
  if (inputs.jsonFile) {
    try {
      await mkdir(dirname(inputs.jsonFile), { recursive: true });
      await writeFile(inputs.jsonFile, renderJson(result, { failOn: inputs.failOn }), 'utf8');
      jsonPath = inputs.jsonFile;
      log.info(`JSON report written to ${jsonPath}`);
    } catch (e) {
      log.annotate('warning', `could not write the JSON report: ${(e as Error).message}`);
      notes.push(`> [!WARNING]\n> The JSON report could not be written: ${escapeMarkdown((e as Error).message)}`);
    }
  }

  // Most severe first; `max-annotations` caps what is posted so a huge repository does not spend minutes on it.
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

  const failing = failingFindings(result, inputs.failOn);
  notes.push(...emitWorkflowAnnotations(log, pending, failing > 0));

  const md = summaryMarkdown(result, { failOn: inputs.failOn, limit: JOB_SUMMARY_MAX_BYTES, notes, ...(ctx.link ? { link: ctx.link } : {}) });
  try {
    await core.summary.addRaw(md).write();
  } catch (e) {
    log.info(`could not write the job summary: ${(e as Error).message}`);
  }

  const c = countResults(result);
  const outputs: Record<OutputName, string> = {
    verdict: verdictWord(result, inputs.failOn),
    findings: String(c.findings),
    high: String(c.high),
    medium: String(c.medium),
    low: String(c.low),
    undetermined: String(c.undetermined),
    'sarif-file': sarifPath,
    'json-file': jsonPath,
    'check-run-url': checkUrl ?? '',
    'comment-url': commentUrl ?? '',
  };
  for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);

  if (failing > 0) log.fail(`${plural(failing, 'finding')} at or above fail-on ${inputs.failOn}: ${title}`);
  else log.info(`passed: ${title}`);
}

/** What `max-annotations` left out, for the summary; undefined when nothing was. */
export function annotationCapNote(total: number, posted: number, max: number): string | undefined {
  if (total === posted) return undefined;
  if (max === 0) return `Annotations: off (\`max-annotations: 0\`); all ${plural(total, 'result')} are in this summary.`;
  return `Annotations: the ${posted} most severe of ${total} posted; ${total - posted} more left out by \`max-annotations: ${max}\` (all are in this summary).`;
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
    log.annotate('notice', `${more} more result${more === 1 ? ' is' : 's are'} listed in the job summary (GitHub shows at most 10 annotations per level per step).`, {
      title: 'netcompat: more in the job summary',
    });
  }
  return [`Workflow annotations: ${sel.emit.length} shown${more ? `; ${more} more only in this summary (GitHub shows at most 10 per level per step)` : ''}.`];
}

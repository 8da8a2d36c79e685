import * as core from '@actions/core';
import type { WorkflowAnnotationProps, WorkflowLevel } from '../report/annotations.js';
import { scrubSecrets } from './secrets.js';
import { annotationText, oneLine, plainLines } from '../report/safe-text.js';

/**
 * The Action's only way to write to the log. It counts workflow-command annotations per level (GitHub
 * keeps 10 per level per step, so the fallback needs to know how many slots are left), keeps every
 * plain log line on one line (a repository value with a newline and `::error::` must not become a
 * command) and blanks the token wherever it might appear.
 */
export class ActionLog {
  readonly used: Record<WorkflowLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly secrets: string[];

  constructor(secrets: readonly string[] = []) {
    this.secrets = secrets.filter((s) => s.length >= 4);
  }

  /** Blanks the token and breaks the legacy `##[command]` syntax with a zero-width space. */
  scrub(s: string): string {
    let out = scrubSecrets(s);
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out.replaceAll('##[', '#\u200b#[');
  }

  info(message: string): void {
    core.info(`netcompat: ${oneLine(this.scrub(message))}`);
  }

  annotate(level: WorkflowLevel, message: string, props?: WorkflowAnnotationProps): void {
    this.used[level]++;
    // @actions/core escapes %, CR, LF in the message and also : and , in properties.
    // It passes ESC, bidi and other controls through: they are taken out here.
    const text = plainLines(this.scrub(message));
    const p = props
      ? { ...props, title: annotationText(this.scrub(props.title)), ...(props.file !== undefined ? { file: annotationText(props.file) } : {}) }
      : {};
    if (level === 'error') core.error(text, p);
    else if (level === 'warning') core.warning(text, p);
    else core.notice(text, p);
  }

  /** Fails the step (exit code 1); counts as one error annotation. */
  fail(message: string): void {
    this.used.error++;
    core.setFailed(plainLines(this.scrub(message)));
  }
}

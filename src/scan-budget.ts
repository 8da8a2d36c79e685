import { UsageError } from './inputs/usage-error.js';

/**
 * Bounds on one scan as a whole, so a hostile repository ends in a clear error rather than the job's
 * timeout: a deadline, and caps on the bytes read and the YAML documents parsed. Exceeding one is a
 * ScanAbortedError: the CLI exits 2, the Action fails the step with a neutral check run.
 */
export const DEFAULT_SCAN_DEADLINE_MS = 10 * 60 * 1000;
export const MAX_SCAN_BYTES = 1024 * 1024 * 1024;
export const MAX_SCAN_DOCUMENTS = 500_000;

export class ScanAbortedError extends UsageError {
  override name = 'ScanAbortedError';
}

export interface BudgetLimits {
  deadlineMs?: number;
  maxBytes?: number;
  maxDocuments?: number;
}

export class ScanBudget {
  private readonly endsAt: number;
  private bytes = 0;
  private docs = 0;
  private readonly maxBytes: number;
  private readonly maxDocs: number;
  private readonly deadlineMs: number;

  constructor(limits: BudgetLimits = {}) {
    this.deadlineMs = limits.deadlineMs ?? DEFAULT_SCAN_DEADLINE_MS;
    this.endsAt = Date.now() + this.deadlineMs;
    this.maxBytes = limits.maxBytes ?? MAX_SCAN_BYTES;
    this.maxDocs = limits.maxDocuments ?? MAX_SCAN_DOCUMENTS;
  }

  /** The first limit crossed; once set, the file loop stops and `throwIfOver` ends the scan with it. */
  failure: ScanAbortedError | undefined;

  /** True (and the failure recorded) once the deadline has passed; `stage` says where the scan was. */
  over(stage: string): boolean {
    if (!this.failure && Date.now() > this.endsAt) {
      this.failure = new ScanAbortedError(
        `scan aborted: the scan did not finish within ${Math.round(this.deadlineMs / 1000)} s (${stage}); nothing was decided. Narrow path or include, or exclude generated trees`,
      );
    }
    return this.failure !== undefined;
  }

  /** Counts bytes read; true once over the cap. */
  addBytes(n: number): boolean {
    this.bytes += n;
    if (!this.failure && this.bytes > this.maxBytes)
      this.failure = new ScanAbortedError(`scan aborted: more than ${this.maxBytes} bytes to read; nothing was decided. Narrow path or include`);
    return this.failure !== undefined;
  }

  /** Counts documents parsed; true once over the cap. */
  addDocuments(n: number): boolean {
    this.docs += n;
    if (!this.failure && this.docs > this.maxDocs)
      this.failure = new ScanAbortedError(`scan aborted: more than ${this.maxDocs} YAML documents; nothing was decided. Narrow path or include`);
    return this.failure !== undefined;
  }

  /** Between stages: throws the recorded failure, or a deadline passed by now. */
  throwIfOver(stage: string): void {
    this.over(stage);
    if (this.failure) throw this.failure;
  }
}

/** The deadline from the environment (`NETCOMPAT_SCAN_DEADLINE_MS`, for tests and slow runners), else the default. */
export function deadlineFromEnv(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const v = env.NETCOMPAT_SCAN_DEADLINE_MS;
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

import type { Settings } from './inputs/load-settings.js';
import { todayFrom } from './inputs/today.js';
import type { Fact } from './model/fact.js';
import type { ScanOptions } from './scan.js';
import { fileWorkerFromEnv } from './extract/file-phase.js';
import { deadlineFromEnv } from './scan-budget.js';

type Env = Readonly<Record<string, string | undefined>>;

/** What both front ends know once their flags or inputs are checked: where to read, what was given, which settings. */
export interface ScanRequest {
  /** Absolute scan root. */
  root: string;
  /** Several directories: each relative to root, read as one tree. */
  within?: readonly string[];
  explicit: Fact[];
  include?: readonly string[];
  exclude?: readonly string[];
  /** The config file, rules and baseline, loaded (src/inputs/run-settings.ts). */
  settings: Settings;
  changedFiles?: ReadonlySet<string>;
  /** `NETCOMPAT_TODAY`, `NETCOMPAT_SCAN_DEADLINE_MS` and `NETCOMPAT_FILE_WORKER_DIRS` are read from here. */
  env: Env;
  failIfNothingChecked?: boolean;
  /** Where the result's places are relative to ('' or absent: the scan root). */
  placeBase?: string;
  rootLabel?: string;
}

/** The one way the CLI and the Action turn their settings into scan options. Throws UsageError (NETCOMPAT_TODAY). */
export function scanOptions(req: ScanRequest): ScanOptions {
  const today = todayFrom(req.env);
  const deadlineMs = deadlineFromEnv(req.env);
  const fileWorker = fileWorkerFromEnv(req.env);
  const { settings } = req;
  return {
    root: req.root,
    ...(req.within?.length ? { within: [...req.within] } : {}),
    explicit: req.explicit,
    ...(req.include?.length ? { include: [...req.include] } : {}),
    ...(req.exclude?.length ? { exclude: [...req.exclude] } : {}),
    rules: settings.rules,
    ...(settings.config ? { config: settings.config } : {}),
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    ...(req.changedFiles ? { changedFiles: req.changedFiles } : {}),
    ...(today ? { today } : {}),
    ...(deadlineMs !== undefined ? { budget: { deadlineMs } } : {}),
    ...(fileWorker !== undefined ? { fileWorker } : {}),
    ...(req.failIfNothingChecked ? { failIfNothingChecked: true } : {}),
    ...(req.placeBase ? { placeBase: req.placeBase } : {}),
    ...(req.rootLabel !== undefined ? { rootLabel: req.rootLabel } : {}),
  };
}

import { relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from './config-file.js';
import { loadSettings, type Settings } from './load-settings.js';
import type { FailOn } from '../model/gate.js';

export interface RunSettingsRequest {
  /** Absolute scanned directory. */
  root: string;
  /** Absolute paths; baseline false: read none (the `baseline` command is writing it). */
  configPath?: string;
  baselinePath?: string | false;
  /** The flag or input, when the user gave one: it wins over the config file's `fail-on`. */
  failOn?: FailOn;
  /** Confines the explicit config and baseline paths (the Action: the workspace). */
  workspace?: string;
}

export interface RunSettings extends Settings {
  failOn: FailOn;
}

/**
 * `loadSettings` for an entry point: the config file is then named relative to the scanned directory, as
 * every other place in the reports is (an expired ignore entry, a suppression's "by"), and `fail-on` is
 * resolved: flag or input, else the config file, else high.
 */
export async function loadRunSettings(req: RunSettingsRequest): Promise<RunSettings> {
  const settings = await loadSettings({
    root: req.root,
    ...(req.configPath ? { configPath: req.configPath } : {}),
    ...(req.baselinePath !== undefined ? { baselinePath: req.baselinePath } : {}),
    ...(req.workspace ? { workspace: req.workspace } : {}),
  });
  if (settings.config) {
    const abs = req.configPath ?? resolve(req.root, CONFIG_FILE);
    settings.config.file = relative(req.root, abs).split(sep).join('/') || CONFIG_FILE;
  }
  return { ...settings, failOn: req.failOn ?? settings.config?.failOn ?? 'high' };
}

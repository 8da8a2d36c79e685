import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { discover } from '../discover/discover.js';
import { existsNoFollow, readConfinedFile, realDirectory, type Boundary } from './confined.js';
import { KnowledgeError } from '../knowledge/knowledge-error.js';
import { builtInRules } from '../knowledge/rules.js';
import type { Rule } from '../model/rule.js';
import { parseBaseline, type Baseline } from '../policy/baseline.js';
import type { Config } from './config.js';
import { CONFIG_FILE } from './config-file.js';
import { UsageError } from './usage-error.js';
import { byCode } from '../model/code-order.js';

export interface SettingsRequest {
  /** The scanned directory. */
  root: string;
  /** `--config` / input `config`; otherwise `<root>/.netcompat.yaml` when it exists. */
  configPath?: string;
  /** `--baseline` / input `baseline`; otherwise the config's `baseline`; false: none (`netcompat baseline` writes it). */
  baselinePath?: string | false;
  /**
   * Where the explicit configPath and baselinePath must be (the Action: the workspace). Paths the
   * repository names (the default config, the config's rules and baseline) are always confined: to the
   * scanned directory and to the config file's folder.
   */
  workspace?: string;
}

export interface Settings {
  config?: Config;
  rules: Rule[];
  baseline?: Baseline;
}

/** A rules or baseline entry of the config: relative, no `..`, so no glob ever walks outside. */
function relativeEntry(configFile: string, key: string, value: string): void {
  if (isAbsolute(value) || value.startsWith('~') || value.split(/[\\/]/).includes('..')) {
    throw new UsageError(
      `${configFile}: ${key} entry ${JSON.stringify(value)} must be a relative path inside the config file's folder (no leading / and no ..)`,
    );
  }
}

/** Extra rule files: a few small YAML files, never a tree of thousands. */
const MAX_RULE_FILES = 200;
const MAX_RULE_BYTES = 256 * 1024;

const MAGIC = /[*?[\]{}!+@()]/;

/**
 * The files a config `rules:` glob names, sorted, found by the scan's own walker (symbolic links are not
 * followed) from the glob's literal leading folders; a pattern leading outside the config's folder is an error.
 */
function ruleFiles(base: string, pattern: string): string[] {
  // Absolute and `..` entries were refused already (relativeEntry).
  const p = pattern.replace(/^(\.\/)+/, '');
  const parts = p.split('/');
  let fixed = 0;
  while (fixed < parts.length - 1 && !MAGIC.test(parts[fixed]!)) fixed++;
  const start = join(base, ...parts.slice(0, fixed));
  if (!existsSync(start)) return [];
  const out: string[] = [];
  for (const item of discover({ root: start, include: [parts.slice(fixed).join('/')] })) {
    if ('file' in item) out.push(item.file.abs);
  }
  return out.sort();
}

/**
 * Reads the config file, the extra rule files it names (data only, validated against the rule schema),
 * severity overrides and the baseline. Every problem is a UsageError naming the file and value. The config
 * and rule parsers (the `yaml` package and the schema validators) are imported only when there is such a
 * file: a scan without one starts without compiling them (README.md, "Design notes").
 */
export async function loadSettings(req: SettingsRequest): Promise<Settings> {
  const root = resolve(req.root);
  const rootBoundary: Boundary = { real: realDirectory(root, 'scanned directory'), label: 'the scanned directory' };
  const workspace: Boundary | undefined = req.workspace ? { real: realDirectory(req.workspace, 'workspace'), label: 'the workspace' } : undefined;
  const configAbs = req.configPath ? resolve(req.configPath) : resolve(root, CONFIG_FILE);
  // The default config is repository content: confined to the scanned directory.
  const configBoundary = req.configPath ? workspace : rootBoundary;
  let config: Config | undefined;
  if (req.configPath || existsNoFollow(configAbs)) {
    const shown = relative(process.cwd(), configAbs) || configAbs;
    const text = readConfinedFile(configAbs, 'config file', shown, configBoundary);
    config = (await import('./settings-parsers.js')).parseConfig(text, shown);
  }
  // What the config names stays in its folder (whose real path is itself inside the boundary above).
  const configDir: Boundary = { real: config ? realDirectory(dirname(configAbs), 'config folder') : rootBoundary.real, label: "the config file's folder" };
  const rules = config ? await configRules(config, dirname(configAbs), configDir) : builtInRules();
  const settings: Settings = { rules };
  if (config) settings.config = config;
  const baseline = readBaseline(req, config, configAbs, configDir, workspace);
  if (baseline) settings.baseline = baseline;
  return settings;
}

/** The extra rule files the config names, read from its folder (data only, validated against the rule schema). */
async function extraRules(config: Config, base: string, configDir: Boundary): Promise<Rule[]> {
  const extra: Rule[] = [];
  for (const pattern of config.rules) relativeEntry(config.file, 'rules', pattern);
  if (config.baseline !== undefined) relativeEntry(config.file, 'baseline', config.baseline);
  for (const pattern of config.rules) {
    const { parseRule } = await import('./settings-parsers.js');
    const files = ruleFiles(base, pattern);
    if (files.length === 0) throw new UsageError(`${config.file}: rules entry ${JSON.stringify(pattern)} matches no file`);
    if (files.length > MAX_RULE_FILES) throw new UsageError(`${config.file}: rules entry ${JSON.stringify(pattern)} matches more than ${MAX_RULE_FILES} files`);
    for (const file of files) {
      const shown = relative(process.cwd(), file) || file;
      try {
        extra.push(parseRule(readConfinedFile(file, 'rule file', shown, configDir, MAX_RULE_BYTES), shown));
      } catch (e) {
        throw e instanceof KnowledgeError ? new UsageError(e.message) : e;
      }
    }
  }
  return extra;
}

/** Built-in and extra rules in id order, with the config's severities; every rule id the config names must exist. */
async function configRules(config: Config, base: string, configDir: Boundary): Promise<Rule[]> {
  let rules = builtInRules();
  const extra = await extraRules(config, base, configDir);
  const ids = new Set(rules.map((r) => r.id));
  for (const r of extra) {
    if (ids.has(r.id)) throw new UsageError(`rule ${r.id} is defined twice (built-in rules and ${config.file} rules); give the extra rule its own id`);
    ids.add(r.id);
  }
  rules = [...rules, ...extra].sort((a, b) => byCode(a.id, b.id));
  for (const [id, severity] of Object.entries(config.severity)) {
    if (!ids.has(id)) throw new UsageError(`${config.file}: severity names rule ${JSON.stringify(id)}, which does not exist; see \`netcompat rules\``);
    rules = rules.map((r) => (r.id === id ? { ...r, severity } : r));
  }
  for (const g of config.ignore) {
    if (!ids.has(g.rule))
      throw new UsageError(`${config.file}:${g.line}: ignore names rule ${JSON.stringify(g.rule)}, which does not exist; see \`netcompat rules\``);
  }
  return rules;
}

/** The baseline: the flag or input (confined to the workspace), else the config's (confined to its folder). */
function readBaseline(
  req: SettingsRequest,
  config: Config | undefined,
  configAbs: string,
  configDir: Boundary,
  workspace: Boundary | undefined,
): Baseline | undefined {
  const fromConfig = req.baselinePath === undefined && config?.baseline !== undefined;
  const baselinePath =
    req.baselinePath === false ? undefined : (req.baselinePath ?? (config?.baseline ? resolve(dirname(configAbs), config.baseline) : undefined));
  if (!baselinePath) return undefined;
  const text = readConfinedFile(resolve(baselinePath), 'baseline file', baselinePath, fromConfig ? configDir : workspace);
  try {
    return parseBaseline(text, baselinePath);
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
}

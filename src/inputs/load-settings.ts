import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { discover } from '../discover/discover.js';
import { KnowledgeError } from '../knowledge/validate.js';
import { builtInRules, parseRule } from '../knowledge/rules.js';
import type { Rule } from '../model/rule.js';
import { parseBaseline, type Baseline } from '../policy/baseline.js';
import { CONFIG_FILE, parseConfig, type Config } from './config.js';
import { UsageError } from './usage-error.js';

export interface SettingsRequest {
  /** The scanned directory. */
  root: string;
  /** `--config` / input `config`; otherwise `<root>/.netcompat.yaml` when it exists. */
  configPath?: string;
  /** `--baseline` / input `baseline`; otherwise the config's `baseline`; false: none (`netcompat baseline` writes it). */
  baselinePath?: string | false;
}

export interface Settings {
  config?: Config;
  rules: Rule[];
  baseline?: Baseline;
}

function readOrFail(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${what} ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** A path the config names must stay inside the scanned directory: repository content never points outside. */
function inside(root: string, path: string, what: string): string {
  const abs = resolve(root, path);
  const rel = relative(resolve(root), abs);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) throw new UsageError(`${what} ${JSON.stringify(path)} is outside the scanned directory`);
  return abs;
}

const MAGIC = /[*?[\]{}!+@()]/;

/**
 * The files a config `rules:` glob names, sorted, found by the scan's own walker (symbolic links are not
 * followed) from the glob's literal leading folders; a pattern leading outside the config's folder is an error.
 */
function ruleFiles(base: string, pattern: string): string[] {
  let p = pattern.replace(/^(\.\/)+/, '');
  if (isAbsolute(p) || p.split('/').includes('..')) p = relative(base, inside(base, p, 'rule file')).split(sep).join('/');
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
 * severity overrides and the baseline. Every problem is a UsageError naming the file and value.
 */
export function loadSettings(req: SettingsRequest): Settings {
  const root = resolve(req.root);
  const configAbs = req.configPath ? resolve(req.configPath) : resolve(root, CONFIG_FILE);
  let config: Config | undefined;
  if (req.configPath || existsSync(configAbs)) {
    const shown = relative(process.cwd(), configAbs) || configAbs;
    config = parseConfig(readOrFail(configAbs, 'config file'), shown);
  }
  let rules = builtInRules();
  if (config) {
    const base = dirname(configAbs);
    const extra: Rule[] = [];
    for (const pattern of config.rules) {
      const files = ruleFiles(base, pattern);
      if (files.length === 0) throw new UsageError(`${config.file}: rules entry ${JSON.stringify(pattern)} matches no file`);
      for (const file of files) {
        const shown = relative(process.cwd(), file) || file;
        try {
          extra.push(parseRule(readOrFail(inside(base, file, 'rule file'), 'rule file'), shown));
        } catch (e) {
          throw e instanceof KnowledgeError ? new UsageError(e.message) : e;
        }
      }
    }
    const ids = new Set(rules.map((r) => r.id));
    for (const r of extra) {
      if (ids.has(r.id)) throw new UsageError(`rule ${r.id} is defined twice (built-in rules and ${config.file} rules); give the extra rule its own id`);
      ids.add(r.id);
    }
    rules = [...rules, ...extra].sort((a, b) => a.id.localeCompare(b.id));
    for (const [id, severity] of Object.entries(config.severity)) {
      if (!ids.has(id)) throw new UsageError(`${config.file}: severity names rule ${JSON.stringify(id)}, which does not exist; see \`netcompat rules\``);
      rules = rules.map((r) => (r.id === id ? { ...r, severity } : r));
    }
    for (const g of config.ignore) {
      if (!ids.has(g.rule)) throw new UsageError(`${config.file}:${g.line}: ignore names rule ${JSON.stringify(g.rule)}, which does not exist; see \`netcompat rules\``);
    }
  }
  const settings: Settings = { rules };
  if (config) settings.config = config;
  const baselinePath = req.baselinePath === false ? undefined : req.baselinePath ?? (config?.baseline ? resolve(dirname(configAbs), config.baseline) : undefined);
  if (baselinePath) {
    try {
      settings.baseline = parseBaseline(readOrFail(resolve(baselinePath), 'baseline file'), baselinePath);
    } catch (e) {
      throw e instanceof UsageError ? e : new UsageError((e as Error).message);
    }
  }
  return settings;
}

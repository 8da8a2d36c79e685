import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { existsNoFollow, isInside, realDirectory } from '../inputs/confined.js';
import { checkGlobs } from '../inputs/globs.js';
import type { Fact } from '../model/fact.js';
import { explicitFacts, parseFailOn, PROXY_MODES } from '../inputs/options.js';
import { posixRelative, repositoryRoot } from '../inputs/repository-root.js';
import { badValue, UsageError } from '../inputs/usage-error.js';
import { FAIL_ON, type FailOn } from '../model/gate.js';
import { commonDir } from '../inputs/common-dir.js';

function globInput(name: 'include' | 'exclude', values: string[] | undefined): string[] | undefined {
  if (values) checkGlobs(name, values);
  return values;
}

/**
 * Every input of action.yml, with its default as written there. A test keeps this list and action.yml
 * equal (names, defaults, documented enums), so the two cannot drift apart.
 */
export const INPUTS = [
  { name: 'path', default: '.', multiline: true },
  { name: 'node-os' },
  { name: 'kernel-version' },
  { name: 'kubernetes-version' },
  { name: 'kube-proxy-mode', accepted: PROXY_MODES },
  { name: 'calico-version' },
  { name: 'facts', multiline: true },
  // No default here: unset means the config file's `fail-on`, else high.
  { name: 'fail-on', accepted: FAIL_ON },
  { name: 'fail-if-nothing-checked', default: 'false', accepted: ['true', 'false'] },
  { name: 'include', multiline: true },
  { name: 'exclude', multiline: true },
  { name: 'config' },
  { name: 'baseline' },
  { name: 'only-changed', default: 'false', accepted: ['true', 'false'] },
  { name: 'sarif-file' },
  { name: 'sarif-undetermined', default: 'false', accepted: ['true', 'false'] },
  { name: 'json-file' },
  { name: 'github-token', default: '${{ github.token }}' },
  { name: 'check-name', default: 'netcompat' },
  { name: 'check-run', default: 'true', accepted: ['true', 'false'] },
  { name: 'comment', default: 'false', accepted: ['true', 'false'] },
  { name: 'max-annotations', default: '50' },
  { name: 'allow-empty', default: 'false', accepted: ['true', 'false'] },
  { name: 'policy-source', default: 'head', accepted: ['head', 'base'] },
] as const satisfies ReadonlyArray<{ name: string; default?: string; multiline?: boolean; accepted?: readonly string[] }>;

export type InputName = (typeof INPUTS)[number]['name'];

export const OUTPUTS = ['verdict', 'findings', 'high', 'medium', 'low', 'undetermined', 'sarif-file', 'json-file', 'check-run-url', 'comment-url'] as const;
export type OutputName = (typeof OUTPUTS)[number];

export interface ActionInputs {
  workspace: string;
  /** Absolute scan root: the `path` directory, or the deepest directory holding all of them. */
  root: string;
  /** Several `path` lines: each relative to root, scanned as one tree. */
  within?: string[];
  /**
   * The repository root: the nearest directory from the scan root up to the workspace holding `.git`,
   * else the workspace. Places, annotations, links and SARIF URIs are relative to it.
   */
  repository: string;
  /** Scan root relative to the repository root (POSIX, '' for the root itself): prefixes every place. */
  rootPrefix: string;
  explicit: Fact[];
  /** The input, else high; run() puts the config file's `fail-on` here when the input is unset. */
  failOn: FailOn;
  failOnGiven: boolean;
  /** "Nothing checked" fails the step instead of a neutral check run. */
  failIfNothingChecked: boolean;
  include?: string[];
  exclude?: string[];
  /** Absolute path of the SARIF file to write. */
  sarifFile?: string;
  /** Undetermined rules as SARIF results (kind open, level none). */
  sarifUndetermined: boolean;
  /** Absolute path of the JSON report to write. */
  jsonFile?: string;
  /** Annotations posted at most (most severe first); 0 posts none. */
  maxAnnotations: number;
  /** Absolute paths inside the workspace; without `config`, `<path>/.netcompat.yaml` is read when present. */
  configFile?: string;
  baselineFile?: string;
  onlyChanged: boolean;
  /** Empty when no token was given: then nothing is posted through the API. */
  token: string;
  checkName: string;
  checkRun: boolean;
  comment: boolean;
  /** A scan that saw no file passes only with this set. */
  allowEmpty: boolean;
  /** `base`: config, rules and baseline come from the pull request's base commit, not from its head. */
  policySource: 'head' | 'base';
}

type Env = Record<string, string | undefined>;

/** The runner's naming: `INPUT_` + upper-cased name, spaces as `_`, dashes kept (`INPUT_FAIL-ON`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function raw(env: Env, name: InputName): string {
  const spec = INPUTS.find((i) => i.name === name);
  const v = (env[inputEnvName(name)] ?? '').trim();
  if (v !== '') return v;
  // A default holding an expression is the runner's to fill in; here absent means absent.
  const d = spec && 'default' in spec ? spec.default : '';
  return d.includes('${{') ? '' : d;
}

function lines(env: Env, name: InputName): string[] | undefined {
  const out = raw(env, name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return out.length ? out : undefined;
}

/** YAML 1.2 core booleans only, as `core.getBooleanInput`, but with the value in the message. */
function bool(env: Env, name: InputName): boolean {
  const v = raw(env, name);
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw badValue(name, v, ['true', 'false']);
}

/** A whole number from 0 up, as written in decimal. */
function count(env: Env, name: InputName): number {
  const v = raw(env, name);
  if (!/^\d{1,6}$/.test(v)) throw badValue(name, v, 'a whole number from 0 (0 turns them off)');
  return Number(v);
}

function insideWorkspace(workspace: string, name: InputName, value: string): string {
  const abs = resolve(workspace, value);
  const rel = relative(workspace, abs);
  if (rel.startsWith('..') || isAbsolute(rel)) throw badValue(name, value, 'a path inside the workspace');
  return abs;
}

/**
 * The path inputs checked on disk, once symbolic links are resolved (the checked-out tree is the pull
 * request's: a link may point anywhere): `path` an existing directory, `config` and `baseline` inside
 * the workspace, `sarif-file`'s nearest existing folder inside it. Throws UsageError.
 */
export function confineInputPaths(inputs: ActionInputs): void {
  const realWorkspace = realDirectory(inputs.workspace, 'workspace');
  const check = (name: InputName, abs: string, kind: 'file' | 'directory' | 'output'): void => {
    const shown = relative(inputs.workspace, abs) || '.';
    // An output need not exist yet: its nearest existing ancestor is what must be inside.
    let probe = abs;
    if (kind === 'output') while (!existsNoFollow(probe) && dirname(probe) !== probe) probe = dirname(probe);
    let real: string;
    try {
      real = realpathSync(probe);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `${name}: ${JSON.stringify(shown)} ${code === 'ENOENT' ? 'does not exist in the workspace' : `cannot be resolved (${code ?? 'error'})`}`,
      );
    }
    if (!isInside(realWorkspace, real)) throw badValue(name, shown, 'a path inside the workspace (it resolves outside through a symbolic link)');
    if (kind === 'directory' && !statSync(real).isDirectory()) throw badValue(name, shown, 'a directory inside the workspace');
  };
  check('path', inputs.root, 'directory');
  if (inputs.sarifFile) check('sarif-file', inputs.sarifFile, 'output');
  if (inputs.jsonFile) check('json-file', inputs.jsonFile, 'output');
  if (inputs.policySource === 'head') {
    if (inputs.configFile) check('config', inputs.configFile, 'file');
    if (inputs.baselineFile) check('baseline', inputs.baselineFile, 'file');
  }
}

/**
 * Parses every input strictly. Throws UsageError naming the input, the bad value and what is accepted;
 * the Action turns it into a failed step.
 */
export function readInputs(env: Env = process.env): ActionInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  // One path, or one per line: several are one tree under their common ancestor.
  const paths = (lines(env, 'path') ?? ['.']).map((p) => insideWorkspace(workspace, 'path', p));
  const root = commonDir(paths);
  const within = paths.length > 1 ? paths.map((p) => posixRelative(root, p)) : undefined;
  const failOnRaw = raw(env, 'fail-on');
  const failOn = parseFailOn(failOnRaw);
  const explicit = explicitFacts({
    'kubernetes-version': raw(env, 'kubernetes-version'),
    'kube-proxy-mode': raw(env, 'kube-proxy-mode'),
    'calico-version': raw(env, 'calico-version'),
    'node-os': raw(env, 'node-os'),
    'kernel-version': raw(env, 'kernel-version'),
    facts: lines(env, 'facts') ?? [],
  });
  const sarif = raw(env, 'sarif-file');
  const json = raw(env, 'json-file');
  const repository = repositoryRoot(root, workspace);
  const config = raw(env, 'config');
  const baseline = raw(env, 'baseline');
  const include = globInput('include', lines(env, 'include'));
  const exclude = globInput('exclude', lines(env, 'exclude'));
  const policySource = raw(env, 'policy-source') || 'head';
  if (policySource !== 'head' && policySource !== 'base') throw badValue('policy-source', policySource, ['head', 'base']);
  return {
    workspace,
    root,
    ...(within ? { within } : {}),
    repository,
    rootPrefix: posixRelative(repository, root),
    explicit,
    failOn,
    failOnGiven: failOnRaw !== '',
    failIfNothingChecked: bool(env, 'fail-if-nothing-checked'),
    ...(include ? { include } : {}),
    ...(exclude ? { exclude } : {}),
    ...(sarif ? { sarifFile: insideWorkspace(workspace, 'sarif-file', sarif) } : {}),
    sarifUndetermined: bool(env, 'sarif-undetermined'),
    ...(json ? { jsonFile: insideWorkspace(workspace, 'json-file', json) } : {}),
    maxAnnotations: count(env, 'max-annotations'),
    ...(config ? { configFile: insideWorkspace(workspace, 'config', config) } : {}),
    ...(baseline ? { baselineFile: insideWorkspace(workspace, 'baseline', baseline) } : {}),
    onlyChanged: bool(env, 'only-changed'),
    token: raw(env, 'github-token'),
    checkName: raw(env, 'check-name') || 'netcompat',
    checkRun: bool(env, 'check-run'),
    comment: bool(env, 'comment'),
    allowEmpty: bool(env, 'allow-empty'),
    policySource,
  };
}

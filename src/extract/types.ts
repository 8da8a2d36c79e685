import type { Place } from '../model/place.js';
import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';
import type { ModuleScope } from './hcl/module.js';

/**
 * An extractor reads one document (or one file's text) and returns facts. It is pure: no I/O, no state
 * between calls. `triggers` are plain substrings (and `kinds` kind values); a file that contains none of them is never parsed for
 * this extractor (the cheap pre-parse skip that keeps large monorepos fast). `paths`, when given, further
 * restricts the files by their repository-relative path.
 */
interface ExtractorBase {
  id: string;
  description: string;
  triggers: readonly string[];
  /**
   * Kind names that trigger the extractor only where written as the value of a `kind` key (see
   * kind-anchor.ts), not wherever the word occurs: for extractors that read nothing but that kind.
   */
  kinds?: readonly string[];
  paths?: RegExp;
  /**
   * Files the extractor reads whatever text they hold, triggers or not (Ansible inventory variables: a config
   * Ansible renders may name any of them). Kept to a few folders: each such file is parsed.
   */
  alwaysPaths?: RegExp;
}

/** Reads parsed YAML documents (the default shape). */
export interface YamlExtractor extends ExtractorBase {
  input?: 'yaml';
  extract(doc: YamlDoc): Fact[];
}

/** A file read as text, never executed: shell scripts, INI inventories, Makefiles, `.gitmodules`. */
export interface TextFile {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
}

/**
 * Reads a file's text line by line (no YAML parse). `paths` is required: text extractors declare the
 * file shapes they read, and run on those files whatever their extension.
 */
export interface TextExtractor extends ExtractorBase {
  input: 'text';
  paths: RegExp;
  /** `helpers` reads other repository files the text names (a script's `source common.sh`). */
  extract(file: TextFile, helpers?: TextHelpers): Fact[];
}

/** What a text extractor may ask of the pass that runs it. */
export interface TextHelpers {
  /** A repository file's text by its repository-relative POSIX path, read only inside the scanned root; else why not. */
  readText(path: string): { text: string } | { reason: string };
  /**
   * How a note names another repository file (`set in common.sh`): under the front end's place base, as the
   * report's places will read (ScanOptions.placeBase); the path itself when absent.
   */
  showPath?(path: string): string;
}

/** What an HCL extractor may ask of the pass that runs it: YAML carried in Terraform, read by the YAML extractors. */
export interface HclHelpers {
  /** Facts of the YAML extractors over documents whose places are already in the `.tf` file. */
  yamlFacts(docs: readonly YamlDoc[]): Fact[];
  /**
   * Whether `yamlFacts` would run any extractor on documents of this text (one of their triggers is in it):
   * YAML that none would read is not parsed.
   */
  yamlWanted(text: string): boolean;
  /**
   * The documents of a YAML text (places in the text itself, `file` the first path it was parsed for):
   * the same text is parsed once per scan (a values or manifest heredoc copied into many stacks). The
   * documents are shared: read them, never change them.
   */
  parseYaml(path: string, text: string): readonly YamlDoc[];
  /**
   * The text of a repository file that Terraform reads with `file()` / `templatefile()` (repository-relative
   * POSIX path), read only inside the scanned root; else why not. `by` is where the `.tf` file names it
   * (so the file's facts can follow that block's cluster).
   */
  readText(path: string, by: Place): { text: string } | { reason: string };
}

/**
 * Reads one Terraform / OpenTofu module directory (every `.tf`/`.tofu` file and its `.tfvars`), parsed
 * with positions. It runs when one of the directory's files contains a trigger; references to
 * variables, locals and `.tfvars` values are resolved through the scope (src/extract/hcl/module.ts).
 */
export interface HclExtractor extends ExtractorBase {
  input: 'hcl';
  paths: RegExp;
  /**
   * The top-level blocks it reads, as `type` or `type.first-label` patterns (`module`, `resource.aws_eks_`):
   * a label pattern matches labels that start with it. Other blocks are parsed but not converted.
   */
  blocks: readonly string[];
  extract(scope: ModuleScope, helpers: HclHelpers): Fact[];
}

export type Extractor = YamlExtractor | TextExtractor | HclExtractor;

export const isTextExtractor = (e: Extractor): e is TextExtractor => e.input === 'text';
export const isHclExtractor = (e: Extractor): e is HclExtractor => e.input === 'hcl';

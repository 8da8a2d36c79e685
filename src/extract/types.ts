import type { Fact } from '../model/fact.js';
import type { YamlDoc } from '../parse/yaml-doc.js';

/**
 * An extractor reads one document and returns facts. It is pure: no I/O, no state between calls.
 * `triggers` are plain substrings; a file that contains none of them is never parsed for this extractor
 * (the cheap pre-parse skip that keeps large monorepos fast). `paths`, when given, further restricts the
 * files by their repository-relative path.
 */
export interface Extractor {
  id: string;
  description: string;
  triggers: readonly string[];
  paths?: RegExp;
  extract(doc: YamlDoc): Fact[];
}

import { knowledgeData, knowledgePaths } from 'virtual:netcompat-knowledge';
import type { Rule } from '../model/rule.js';

let builtIn: Rule[] | undefined;

/**
 * The built-in rules (rules/*.yaml), sorted by id: parsed and validated (schema and regular expressions)
 * when the bundle was built, so a run only reads JSON. Any number of rule files, no code to change.
 */
export function builtInRules(): Rule[] {
  if (!builtIn) {
    builtIn = knowledgePaths
      .filter((path) => path.startsWith('rules/'))
      .map((path) => knowledgeData(path) as Rule)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // code units: ids are [A-Z0-9-], the same order a collator gives
  }
  return builtIn;
}

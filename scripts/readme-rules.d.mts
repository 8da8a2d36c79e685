// Types for the plain-ESM README generator, so tests can import it under strict TypeScript.
export interface RuleFile {
  file: string;
  rule: { id: string; [key: string]: unknown };
}
export function loadRules(root: string): RuleFile[];
export function loadLabels(root: string): Map<string, string>;
export function renderCondition(c: unknown, labels: Map<string, string>, parent?: string): string;
export function referenceLabel(url: string): string;
export function renderRulesTable(root: string): string;
export function renderActionTables(root: string): string;
export function replaceRegion(text: string, name: string, body: string): string;
export function renderReadme(root: string, text: string): string;

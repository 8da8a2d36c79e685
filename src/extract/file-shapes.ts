import type { SkippedFile } from '../model/source.js';
import type { TextExtractor } from './types.js';

// The file shapes the extractors read, declared in one place (the registry lists the extractors; this says
// which files reach each kind). Text extractors declare their own `paths`; HCL files are `HCL_FILE`
// (hcl/collect.ts). The scan asks these, and knows no file shape itself.

/** Files parsed as YAML whatever else reads them (a Kubespray `group_vars/all.yml` also feeds text extractors). */
export const YAML_FILES = /\.(ya?ml|json|tpl|template)$/;

/** Helm chart templates are not YAML until rendered: counted, not reported as errors, and never parsed. */
const CHART_TEMPLATE = /(^|\/)templates\//;

/**
 * Whether the YAML extractors read this file: a YAML-named file always; a file of another name (an
 * extension-less Ansible `group_vars/all`) unless a text extractor claims it (an INI inventory, a script
 * is text only).
 */
export function readAsYaml(path: string, textExtractors: readonly TextExtractor[]): boolean {
  return YAML_FILES.test(path) || !textExtractors.some((e) => e.paths.test(path));
}

/** A Helm chart template holding template code: skipped quietly, with the reason. */
export function chartTemplate(path: string, text: string): SkippedFile | undefined {
  if (!CHART_TEMPLATE.test(path) || !text.includes('{{')) return undefined;
  return { path, reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true };
}

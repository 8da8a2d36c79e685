import type { SkippedFile } from '../model/source.js';
import type { TextExtractor } from './types.js';

// The file shapes the extractors read, declared in one place (the registry lists the extractors; this says
// which files reach each kind). Text extractors declare their own `paths`; HCL files are `HCL_FILE`
// (hcl/collect.ts). The scan asks these, and knows no file shape itself.

/**
 * Files parsed as YAML whatever else reads them (a Kubespray `group_vars/all.yml` also feeds text extractors).
 * A Jinja `*.yaml.j2` is read like a `.tpl`: `{{ }}` values are unresolved, control lines set aside (parse/).
 */
export const YAML_FILES = /\.(ya?ml(\.j2)?|json|tpl|template)$/;

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

/** A Jinja template (`*.yaml.j2`). */
const JINJA = /\.j2$/;

/**
 * A Helm chart template, or an Ansible role's Jinja template (`roles/x/templates/*.yaml.j2`), holding
 * template code: skipped quietly, with the reason. Either is rendered from variables read elsewhere.
 */
export function chartTemplate(path: string, text: string): SkippedFile | undefined {
  if (!CHART_TEMPLATE.test(path)) return undefined;
  if (JINJA.test(path)) {
    if (!text.includes('{{') && !text.includes('{%')) return undefined;
    return {
      path,
      reason: 'template',
      detail: "Jinja template in a templates/ folder (an Ansible role's); the variables it is rendered from are read instead",
      quiet: true,
    };
  }
  if (!text.includes('{{')) return undefined;
  return { path, reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true };
}

import type { SkippedFile } from '../model/source.js';
import type { TextExtractor } from './types.js';

// The file shapes the extractors read, declared in one place (the registry lists the extractors; this says
// which files reach each kind). Text extractors declare their own `paths`; HCL files are `HCL_FILE`
// (hcl/collect.ts). The scan asks these, and knows no file shape itself.

/**
 * Files parsed as YAML whatever else reads them (a Kubespray `group_vars/all.yml` also feeds text extractors).
 * A Jinja `*.yaml.j2` is read like a `.tpl`: `{{ }}` values are unresolved, control lines set aside (parse/).
 */
export const YAML_FILES = /\.(ya?ml(\.(j2|tftpl))?|json|tpl|template)$/;

/** Helm chart templates are not YAML until rendered: counted, not reported as errors, and never parsed. */
const CHART_TEMPLATE = /(^|\/)templates\//;

/**
 * The folders a file in a `templates/` folder would be the chart of: the parent of each `templates`
 * segment (`charts/x/templates/a/b.yaml` → `charts/x`; '' for the root), nearest first.
 */
export function chartRootsOf(path: string): string[] {
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = parts.length - 2; i >= 0; i--) if (parts[i] === 'templates') out.push(parts.slice(0, i).join('/'));
  return out;
}

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
 * A `templates/` folder is a chart's only beside a `Chart.yaml` (`isChart(folder)`, the folder holding
 * `templates/`): other files there (Cluster API `templates/cluster-template-*.yaml`, whose `{{ }}` is
 * cloud-init's) are read as YAML like any other, their `{{ }}` values unresolved, and skipped with the
 * parser's reason when they do not parse.
 */
export function chartTemplate(path: string, text: string, isChart: (folder: string) => boolean): SkippedFile | undefined {
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
  if (!text.includes('{{') || !chartRootsOf(path).some(isChart)) return undefined;
  return { path, reason: 'template', detail: 'Helm chart template; the chart values are read instead', quiet: true };
}

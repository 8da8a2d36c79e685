import { FORMATS, PROXY_MODES } from '../inputs/options.js';
import { FAIL_ON } from '../model/gate.js';

export const MAIN_HELP = `netcompat: find known kube-proxy, Calico and kernel networking bugs in Kubernetes cluster configs

Usage:
  netcompat scan [DIR] [options]   scan a repository of cluster configs (default DIR: .)
  netcompat baseline [DIR] [options]
                                   print the fingerprints of today's findings (for --baseline)
  netcompat facts [DIR] [options]  every fact netcompat reads, per cluster, with where it came from
  netcompat rules [--format text|json]
                                   list the rules
  netcompat explain RULE-ID        show one rule in full: symptom, conditions, fix, references
  netcompat --help | --version

Run \`netcompat scan --help\` for the scan options.

Exit codes: 0 nothing reaches --fail-on, 1 a finding reaches it, 2 usage or configuration error,
3 internal error. Undetermined rules never fail the build.
`;

const INPUT_OPTIONS = `Cluster facts (they win over the repository and the config file, in every cluster):
  --kubernetes-version V   cluster version, e.g. 1.28.7 or v1.28.7
  --kube-proxy-mode M      ${PROXY_MODES.join(' | ')}
  --calico-version V       e.g. 3.26.4
  --node-os OS             the nodes' OS, e.g. centos-7.9, rocky-8.9, ubuntu-22.04, debian-12
  --kernel-version K       the nodes' kernel, e.g. 3.10.0-1160.el7.x86_64, 5.15.0-1051-aws
  --fact NAME=VALUE        any other fact, e.g. host.ipTablesModuleLoaded=true (repeatable)

Files:
  --include GLOB           scan only files matching GLOB (repeatable; default: YAML, JSON, inventories, Terraform)
  --exclude GLOB           skip files matching GLOB (repeatable)
  --allow-empty            (scan) pass when no file is found to scan; otherwise that is an error (exit 2)
  --config FILE            the config file (default: DIR/.netcompat.yaml when it exists): clusters,
                           ignore entries, severity overrides, fail-on, extra rule files`;

export const SCAN_HELP = `Usage: netcompat scan [DIR] [options]

Scans DIR (default: the current directory) for cluster configuration: kubeadm, kube-proxy and Calico
manifests, Services. Values given here win over what the repository says. Several DIRs (\`scan a b c\`) are
one tree: facts and clusters are formed across them, and only they are read.

${INPUT_OPTIONS}

Gating:
  --baseline FILE          count only findings not in FILE (made by \`netcompat baseline\`)
  --only-changed           count only findings with evidence in a changed file; facts still come
                           from the whole repository. The changed files come from one of:
  --base REF                 git diff --name-only REF...HEAD, run in DIR (e.g. origin/main)
  --changed-files FILE       a list, one path per line, relative to DIR

Output:
  --fail-on LEVEL          ${FAIL_ON.join(' | ')} (default: the config file's fail-on, else high):
                           exit 1 when a finding is at or above it
  --fail-if-nothing-checked
                           exit 1 when nothing was checked (no kube-proxy or Calico facts, every
                           rule not applicable); without it the verdict says "Nothing checked" and
                           the exit code is 0
  --format FORMAT          ${FORMATS.join(' | ')} (default: text)
  -o, --output FILE        write the report to FILE instead of stdout
  -q, --quiet              print only the verdict line (and no progress); --output still writes the report
  --sarif-undetermined     with --format sarif, include undetermined rules as results of kind
                           "open", level "none" (default: left out; code scanning keeps every
                           result as an alert)
  -h, --help               show this help

Paths: the text report shows them relative to the current directory (path:line:col); SARIF relative to
the repository root (the nearest directory above DIR holding .git, else DIR), declared in
originalUriBaseIds; JSON relative to DIR.

Suppressed findings (config \`ignore\` entries, \`# netcompat-ignore RULE-ID: reason\` comments) are listed
as such and never fail the build.

Exit codes: 0 nothing reaches --fail-on, 1 a finding reaches it (or nothing was checked, with
--fail-if-nothing-checked), 2 usage or configuration error, 3 internal error. Undetermined rules
(facts missing) are reported but never fail the build.
Colour is used on a terminal unless NO_COLOR is set or TERM=dumb; FORCE_COLOR=1 turns it on anywhere (CI
logs render it), FORCE_COLOR=0 off. A scan that takes more than a second prints one progress line to stderr.
`;

export const BASELINE_HELP = `Usage: netcompat baseline [DIR] [options] > .netcompat-baseline.json

Scans DIR like \`netcompat scan\` and prints the fingerprints of its findings as JSON (suppressed ones
are left out). Give the file to \`scan --baseline FILE\` (or the Action's \`baseline\` input, or the config
file's \`baseline\`) and only findings not in it count. Fingerprints do not contain line numbers, so
edits that move lines keep them; a changed version makes a new one.

${INPUT_OPTIONS}

Output:
  -o, --output FILE        write the baseline to FILE instead of stdout
  -h, --help               show this help
`;

export const FACTS_HELP = `Usage: netcompat facts [DIR] [options]

Shows what netcompat sees in DIR: how the clusters were formed and, for each cluster, every fact with
its value, origin (repository, explicit, default, derived), place, and for a derived fact the facts it
came from. Facts replaced by a flag, a config value or a kustomize overlay are listed as overridden.

${INPUT_OPTIONS}

Output:
  --format FORMAT          text | json (default: text)
  -o, --output FILE        write to FILE instead of stdout
  -h, --help               show this help
`;

export const RULES_HELP = `Usage: netcompat rules [--format text|json] [--config FILE]

Lists every built-in rule: id, severity, component and title. With --config, also the rules the config
file adds (its \`rules:\` files) and its severity overrides.
`;

export const EXPLAIN_HELP = `Usage: netcompat explain RULE-ID [--config FILE]

Shows a rule in full: the symptom, when it fires (and what cancels it), the fix, references, notes,
where the original source page was wrong, and how to give the facts it needs. With --config, rules the
config file adds can be explained too.
`;

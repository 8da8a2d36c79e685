#!/usr/bin/env node
"use strict";
var __netcompatUrl = require("node:url").pathToFileURL(__filename).href;
var import_chunk_600CC460 = require("./chunk-600CC460.js");
var import_chunk_600CC4602 = require("./chunk-600CC460.js");
var import_chunk_600CC4603 = require("./chunk-600CC460.js");
var import_chunk_600CC4604 = require("./chunk-600CC460.js");
var import_chunk_600CC4605 = require("./chunk-600CC460.js");
var import_node_fs2 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var import_node_path6 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
var import_node_module = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_module)(), 1);
var { parseArgs } = (0, import_node_module.createRequire)(__netcompatUrl)("node:util");
function parseCommandArgs(command, args, options) {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values, positionals };
  } catch (e) {
    const err = e;
    const help = ` Run \`netcompat ${command} --help\` for the options.`;
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const flag = /'([^']+)'/.exec(err.message)?.[1] ?? "";
      const known = Object.keys(options).map((o) => `--${o}`);
      throw new import_chunk_600CC4603.UsageError(`${command}: unknown option ${JSON.stringify(flag)}.${didYouMean(flag.replace(/=.*/, ""), known)}${help}`);
    }
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new import_chunk_600CC4603.UsageError(`${command}: ${err.message.split("\n")[0]}.${help}`);
    throw new import_chunk_600CC4603.UsageError(`${command}: ${err.message}${help}`);
  }
}
function didYouMean(word, candidates) {
  const c = (0, import_chunk_600CC4603.closest)(word, candidates);
  return c ? ` Did you mean ${c}?` : "";
}
function stringValue(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function listValue(values, name) {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : typeof v === "string" ? [v] : [];
}
var TEXT_OR_JSON = ["text", "json"];
function textOrJson(values) {
  const given = stringValue(values, "format");
  const format = (given ?? "text").trim().toLowerCase();
  if (format !== "text" && format !== "json") throw (0, import_chunk_600CC4603.badValue)("format", given ?? "", TEXT_OR_JSON);
  return format;
}
var EXIT = {
  /** Nothing reaches --fail-on (undetermined rules never count). */
  ok: 0,
  /** A finding reaches --fail-on. */
  failed: 1,
  /** A bad flag, value, directory or configuration. */
  usage: 2,
  /** A bug in netcompat itself. */
  internal: 3
};
var import_node_path2 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
var MAIN_HELP = `netcompat: find known kube-proxy, Calico and kernel networking bugs in Kubernetes cluster configs

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
var INPUT_OPTIONS = `Cluster facts (they win over the repository and the config file, in every cluster):
  --kubernetes-version V   cluster version, e.g. 1.28.7 or v1.28.7
  --kube-proxy-mode M      ${import_chunk_600CC4603.PROXY_MODES.join(" | ")}
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
var SCAN_HELP = `Usage: netcompat scan [DIR] [options]

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
  --fail-on LEVEL          ${import_chunk_600CC4603.FAIL_ON.join(" | ")} (default: the config file's fail-on, else high):
                           exit 1 when a finding is at or above it
  --fail-if-nothing-checked
                           exit 1 when nothing was checked (no kube-proxy or Calico facts, every
                           rule not applicable); without it the verdict says "Nothing checked" and
                           the exit code is 0
  --format FORMAT          ${import_chunk_600CC4603.FORMATS.join(" | ")} (default: text)
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
var BASELINE_HELP = `Usage: netcompat baseline [DIR] [options] > .netcompat-baseline.json

Scans DIR like \`netcompat scan\` and prints the fingerprints of its findings as JSON (suppressed ones
are left out). Give the file to \`scan --baseline FILE\` (or the Action's \`baseline\` input, or the config
file's \`baseline\`) and only findings not in it count. Fingerprints do not contain line numbers, so
edits that move lines keep them; a changed version makes a new one.

${INPUT_OPTIONS}

Output:
  -o, --output FILE        write the baseline to FILE instead of stdout
  -h, --help               show this help
`;
var FACTS_HELP = `Usage: netcompat facts [DIR] [options]

Shows what netcompat sees in DIR: how the clusters were formed and, for each cluster, every fact with
its value, origin (repository, explicit, default, derived), place, and for a derived fact the facts it
came from. Facts replaced by a flag, a config value or a kustomize overlay are listed as overridden.

${INPUT_OPTIONS}

Output:
  --format FORMAT          text | json (default: text)
  -o, --output FILE        write to FILE instead of stdout
  -h, --help               show this help
`;
var RULES_HELP = `Usage: netcompat rules [--format text|json] [--config FILE]

Lists every built-in rule: id, severity, component and title. With --config, also the rules the config
file adds (its \`rules:\` files) and its severity overrides.
`;
var EXPLAIN_HELP = `Usage: netcompat explain RULE-ID [--config FILE]

Shows a rule in full: the symptom, when it fires (and what cancels it), the fix, references, notes,
where the original source page was wrong, and how to give the facts it needs. With --config, rules the
config file adds can be explained too.
`;
var import_node_fs = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var import_node_path = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
var SCAN_INPUT_OPTIONS = {
  "kubernetes-version": { type: "string" },
  "kube-proxy-mode": { type: "string" },
  "calico-version": { type: "string" },
  "node-os": { type: "string" },
  "kernel-version": { type: "string" },
  fact: { type: "string", multiple: true },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  config: { type: "string" },
  baseline: { type: "string" },
  "only-changed": { type: "boolean" },
  base: { type: "string" },
  "changed-files": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var GATING_OPTIONS = /* @__PURE__ */ new Set(["baseline", "only-changed", "base", "changed-files"]);
var READ_OPTIONS = Object.fromEntries(Object.entries(SCAN_INPUT_OPTIONS).filter(([k]) => !GATING_OPTIONS.has(k)));
function checkDirectory(command, abs, shown) {
  let st;
  try {
    st = (0, import_node_fs.statSync)(abs);
  } catch {
    st = void 0;
  }
  if (!st) throw new import_chunk_600CC4603.UsageError(`${command}: directory ${JSON.stringify(shown)} does not exist`);
  if (!st.isDirectory()) throw new import_chunk_600CC4603.UsageError(`${command}: ${JSON.stringify(shown)} is not a directory; give the directory that holds the cluster configs`);
}
async function changedFiles(values, root, io2) {
  const base = stringValue(values, "base");
  const list = stringValue(values, "changed-files");
  if (!values["only-changed"]) {
    if (base !== void 0 || list !== void 0) throw new import_chunk_600CC4603.UsageError(`--${base !== void 0 ? "base" : "changed-files"} only applies with --only-changed`);
    return void 0;
  }
  if (base !== void 0 && list !== void 0) throw new import_chunk_600CC4603.UsageError("--only-changed: give either --base REF or --changed-files FILE, not both");
  if (list !== void 0) {
    let text;
    try {
      text = (0, import_node_fs.readFileSync)((0, import_node_path.resolve)(io2.cwd, list), "utf8");
    } catch (e) {
      const code = e.code;
      throw new import_chunk_600CC4603.UsageError(`changed-files: cannot read ${JSON.stringify(list)}: ${code === "ENOENT" ? "no such file" : e.message}`);
    }
    return new Set((0, import_chunk_600CC460.parseChangedList)(text));
  }
  if (base === void 0) throw new import_chunk_600CC4603.UsageError("--only-changed needs --base REF (changed files from git) or --changed-files FILE (one path per line)");
  try {
    return new Set(await (0, import_chunk_600CC460.gitChangedFiles)(root, base));
  } catch (e) {
    if (!(e instanceof import_chunk_600CC460.GitDiffError)) throw e;
    throw new import_chunk_600CC4603.UsageError(
      `--only-changed: cannot list the files changed since ${JSON.stringify(base)}: ${e.message}. Is DIR a git checkout with that ref fetched? Or give --changed-files FILE`
    );
  }
}
function shownDir(cwd, root) {
  const rel = (0, import_node_path.relative)(cwd, root);
  if (rel === "") return ".";
  return rel.startsWith("..") || (0, import_node_path.isAbsolute)(rel) ? root : rel;
}
async function prepareScan(command, values, positionals, io2, opts = {}) {
  const failOnFlag = stringValue(values, "fail-on");
  const flagFailOn = failOnFlag === void 0 ? void 0 : (0, import_chunk_600CC4603.parseFailOn)(failOnFlag);
  const explicit = (0, import_chunk_600CC4603.explicitFacts)({
    "kubernetes-version": stringValue(values, "kubernetes-version"),
    "kube-proxy-mode": stringValue(values, "kube-proxy-mode"),
    "calico-version": stringValue(values, "calico-version"),
    "node-os": stringValue(values, "node-os"),
    "kernel-version": stringValue(values, "kernel-version"),
    facts: listValue(values, "fact")
  });
  const dirs = positionals.length ? positionals : ["."];
  const roots = dirs.map((d) => (0, import_node_path.resolve)(io2.cwd, d));
  for (const [i, d] of dirs.entries()) checkDirectory(command, roots[i], d);
  const root = (0, import_chunk_600CC460.commonDir)(roots);
  const dir = dirs.length === 1 ? dirs[0] : shownDir(io2.cwd, root);
  const within = dirs.length === 1 ? [] : roots.map((r) => (0, import_chunk_600CC460.posixRelative)(root, r));
  const config = stringValue(values, "config");
  const baseline = stringValue(values, "baseline");
  const settings = await (0, import_chunk_600CC460.loadRunSettings)({
    root,
    ...config !== void 0 ? { configPath: (0, import_node_path.resolve)(io2.cwd, config) } : {},
    ...opts.readBaseline === false ? { baselinePath: false } : baseline !== void 0 ? { baselinePath: (0, import_node_path.resolve)(io2.cwd, baseline) } : {},
    ...flagFailOn ? { failOn: flagFailOn } : {}
  });
  const changed = await changedFiles(values, root, io2);
  const include = listValue(values, "include");
  const exclude = listValue(values, "exclude");
  (0, import_chunk_600CC4603.checkGlobs)("--include", include);
  (0, import_chunk_600CC4603.checkGlobs)("--exclude", exclude);
  const options = (0, import_chunk_600CC460.scanOptions)({
    root,
    within,
    explicit,
    include,
    exclude,
    settings,
    ...changed ? { changedFiles: changed } : {},
    env: io2.env,
    failIfNothingChecked: opts.failIfNothingChecked === true,
    placeBase: placeBase(opts.places ?? "root", root, dir),
    // Reports show the directories as the user typed them, not this machine's absolute path.
    rootLabel: dirs.join(", ")
  });
  return { dir, label: dirs.join(", "), options, failOn: settings.failOn };
}
function placeBase(frame, root, dir) {
  if (frame === "repository") return (0, import_chunk_600CC460.posixRelative)((0, import_chunk_600CC460.repositoryRoot)(root), root);
  if (frame === "root") return "";
  const p = import_node_path.posix.normalize(dir.split(import_node_path.sep).join("/")).replace(/\/+$/, "");
  return p === "." ? "" : p;
}
async function writeOutput(abs, text, shown) {
  try {
    await (0, import_chunk_600CC460.writeFileSafely)(abs, text);
  } catch (e) {
    throw new import_chunk_600CC4603.UsageError(`output: cannot write ${JSON.stringify(shown)}: ${e.message}`);
  }
}
function streamOutput(abs, shown, produce) {
  try {
    (0, import_chunk_600CC460.writeSafelySync)(abs, produce);
  } catch (e) {
    throw new import_chunk_600CC4603.UsageError(`output: cannot write ${JSON.stringify(shown)}: ${e.message}`);
  }
}
var OPTIONS = {
  ...READ_OPTIONS,
  output: { type: "string", short: "o" }
};
async function baselineCommand(args, io2) {
  const { values, positionals } = parseCommandArgs("baseline", args, OPTIONS);
  if (values.help) {
    io2.stdout(BASELINE_HELP);
    return EXIT.ok;
  }
  const { options } = await prepareScan("baseline", values, positionals, io2, { readBaseline: false });
  const result = await (0, import_chunk_600CC460.scan)(options);
  const baseline = (0, import_chunk_600CC460.makeBaseline)(result.findings);
  const text = (0, import_chunk_600CC460.stableStringify)(baseline);
  const output = stringValue(values, "output");
  if (output) {
    await writeOutput((0, import_node_path2.resolve)(io2.cwd, output), text, output);
    io2.stderr(`netcompat: wrote ${baseline.findings.length} finding fingerprint(s) to ${(0, import_chunk_600CC460.oneLine)(output)}
`);
  } else io2.stdout(text);
  return EXIT.ok;
}
function leafText(c) {
  if (c.version !== void 0) return `${c.fact} in ${c.version}${c.unverified ? ` (undetermined for ${c.unverified.version}: UNVERIFIED)` : ""}`;
  if (c.kernel !== void 0) return `${c.fact} in ${c.kernel} (compared as major.minor)`;
  if (c.in !== void 0) return c.in.length === 1 ? `${c.fact} is ${c.in[0]}` : `${c.fact} is one of ${c.in.join(", ")}`;
  if (c.kernelBuild !== void 0) return `${c.fact} build in ${c.kernelBuild} (major.minor.patch-build; unknown without the build)`;
  if (c.kernelFlavor !== void 0) return `${c.fact} built by ${c.kernelFlavor.join(" or ")} (from its build tag)`;
  if (c.matches !== void 0) return `${c.fact} matches /${c.matches}/`;
  if (c.present !== void 0) return c.present ? `${c.fact} is set` : `${c.fact} is not set`;
  return `${c.fact} (no test)`;
}
function conditionLines(c, indent = "") {
  if ("fact" in c) return [`${indent}${leafText(c)}`];
  if ("not" in c) {
    const inner = conditionLines(c.not, `${indent}  `);
    return inner.length === 1 ? [`${indent}not: ${inner[0].trim()}`] : [`${indent}not:`, ...inner];
  }
  const [word, parts] = "all" in c ? ["all of:", c.all] : ["any of:", c.any];
  if (parts.length === 1) return conditionLines(parts[0], indent);
  const items = parts.flatMap((p) => {
    const lines = conditionLines(p, `${indent}    `);
    lines[0] = `${indent}  - ${lines[0].slice(indent.length + 4)}`;
    return lines;
  });
  return [`${indent}${word}`, ...items];
}
var import_node_path3 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
async function ruleSet(values, io2) {
  const config = stringValue(values, "config");
  if (config === void 0) return (0, import_chunk_600CC460.builtInRules)();
  return (await (0, import_chunk_600CC460.loadRunSettings)({ root: io2.cwd, configPath: (0, import_node_path3.resolve)(io2.cwd, config), baselinePath: false })).rules;
}
var OPTIONS2 = { config: { type: "string" }, help: { type: "boolean", short: "h" } };
var WIDTH = 100;
function wrap(text, indent, width = WIDTH) {
  const lines = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}
var bullets = (items) => items.flatMap((t) => wrap(t, "    ").map((l, i) => i === 0 ? `  - ${l.trimStart()}` : l));
function explainRule(rule) {
  const facts = (0, import_chunk_600CC460.ruleFacts)(rule).names;
  const out = [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}, component ${rule.component}`,
    ...rule.security ? [`security issue${rule.cve?.length ? `: ${rule.cve.join(", ")}` : ""}`] : [],
    "",
    "Symptom",
    ...wrap(rule.symptom, "  "),
    "",
    "Fires when",
    ...conditionLines(rule.when, "  ")
  ];
  if (rule.unless?.length) {
    out.push(
      "",
      "Unless any of these holds (a fact the repository does not give counts as false here)",
      ...rule.unless.flatMap((c) => conditionLines(c, "    ").map((l, i) => i === 0 ? `  - ${l.slice(4)}` : l))
    );
  }
  out.push("", "Fix", ...wrap(rule.fix, "  "), "", "References", ...rule.references.map((r) => `  - ${r}`));
  if (rule.helpUri) out.push(`  more: ${rule.helpUri}`);
  if (rule.notes?.length) out.push("", "Notes", ...bullets(rule.notes));
  if (rule.seedErrors?.length) out.push("", "Where the original page was wrong", ...bullets(rule.seedErrors));
  out.push(
    "",
    "Facts it reads, and how to give them",
    ...facts.flatMap((f) => wrap(`${f} (${(0, import_chunk_600CC460.factInfo)(f).label}): ${(0, import_chunk_600CC460.factInfo)(f).hint}`, "    ").map((l, i) => i === 0 ? `  ${l.trimStart()}` : l))
  );
  return `${out.join("\n")}
`;
}
async function explainCommand(args, io2) {
  const { values, positionals } = parseCommandArgs("explain", args, OPTIONS2);
  if (values.help) {
    io2.stdout(EXPLAIN_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new import_chunk_600CC4603.UsageError("explain: give a rule id, e.g. `netcompat explain KP-IPVS-CONN-REUSE`; `netcompat rules` lists them");
  const rules = await ruleSet(values, io2);
  const ids = rules.map((r) => r.id);
  const chosen = positionals.map((p) => {
    const rule = rules.find((r) => r.id.toLowerCase() === p.trim().toLowerCase());
    if (!rule) throw new import_chunk_600CC4603.UsageError(`explain: unknown rule ${JSON.stringify(p)}.${didYouMean(p, ids)} Known rules: ${ids.join(", ")}`);
    return rule;
  });
  io2.stdout(chosen.map(explainRule).join("\n"));
  return EXIT.ok;
}
var import_node_path4 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
function factLines2(f, indent, opts) {
  const origin = (x) => x.origin === "repository" ? `repository, ${(0, import_chunk_600CC460.factOrigin)(x, opts)}  [${(0, import_chunk_600CC460.oneLine)(x.source)}]` : (0, import_chunk_600CC460.factOrigin)(x, opts);
  return (0, import_chunk_600CC460.factLines)(f, indent, opts, origin);
}
function winner(ctx, lost) {
  return (0, import_chunk_600CC460.clusterFacts)(ctx).find((f) => f.name === lost.name && (!f.key || !lost.key || f.key === lost.key));
}
function contextLines(ctx, opts) {
  const facts = (0, import_chunk_600CC460.clusterFacts)(ctx);
  const out = [`CLUSTER ${(0, import_chunk_600CC460.oneLine)(ctx.name)}: ${(0, import_chunk_600CC460.oneLine)(ctx.formedBy)} (${(0, import_chunk_600CC460.plural)(facts.length, "fact")})`];
  if (facts.length === 0) out.push("  (none)");
  for (const f of facts) out.push(...factLines2(f, "  ", opts));
  const overridden = ctx.overridden ?? [];
  if (overridden.length > 0) {
    out.push(`  overridden, not evaluated (${overridden.length}):`);
    for (const f of overridden) {
      const [first, ...rest] = factLines2(f, "    ", opts);
      const w = winner(ctx, f);
      out.push(`${first}${w ? `  \u2192 replaced by ${(0, import_chunk_600CC460.factValue)(w)} (${(0, import_chunk_600CC460.factOrigin)(w, opts)})` : ""}`, ...rest);
    }
  }
  return out;
}
function renderFactsText(result, opts = {}) {
  const head = `netcompat ${result.tool.version}: facts of ${(0, import_chunk_600CC460.oneLine)(result.root)}: ${(0, import_chunk_600CC460.formationLine)(result.contexts)}`;
  const out = [head];
  for (const ctx of result.contexts) out.push("", ...contextLines(ctx, opts));
  return `${(0, import_chunk_600CC460.neutraliseCommands)(out.join("\n"))}
`;
}
function writeFactsJson(result, sink) {
  (0, import_chunk_600CC460.writeJson)(
    {
      tool: result.tool,
      root: result.root,
      formedBy: (0, import_chunk_600CC460.formationLine)(result.contexts),
      contexts: result.contexts.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: (0, import_chunk_600CC460.clusterFacts)(c), overridden: c.overridden ?? [] }))
    },
    sink,
    { stableKeys: true }
  );
}
var OPTIONS3 = {
  ...READ_OPTIONS,
  format: { type: "string" },
  output: { type: "string", short: "o" }
};
async function factsCommand(args, io2) {
  const { values, positionals } = parseCommandArgs("facts", args, OPTIONS3);
  if (values.help) {
    io2.stdout(FACTS_HELP);
    return EXIT.ok;
  }
  const format = textOrJson(values);
  const { dir, options } = await prepareScan("facts", values, positionals, io2, { readBaseline: false });
  const result = await (0, import_chunk_600CC460.scan)({ ...options, rootLabel: dir });
  const output = stringValue(values, "output");
  if (format === "json") {
    if (output) streamOutput((0, import_node_path4.resolve)(io2.cwd, output), output, (sink) => writeFactsJson(result, sink));
    else writeFactsJson(result, io2.stdoutPieces ?? io2.stdout);
  } else if (output) await writeOutput((0, import_node_path4.resolve)(io2.cwd, output), renderFactsText(result), output);
  else io2.stdout(renderFactsText(result));
  if (output) io2.stdout(`netcompat: wrote the facts to ${(0, import_chunk_600CC460.oneLine)(output)}
`);
  return EXIT.ok;
}
var OPTIONS4 = { format: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } };
function rulesTable(rules) {
  const rows = [["ID", "SEVERITY", "COMPONENT", "TITLE"], ...rules.map((r) => [r.id, r.severity, r.component, r.title])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) => row.map((cell, i) => i < 3 ? cell.padEnd(widths[i]) : cell).join("  "));
  return `${lines.join("\n")}

${rules.length} rules; \`netcompat explain RULE-ID\` shows one in full.
`;
}
async function rulesCommand(args, io2) {
  const { values, positionals } = parseCommandArgs("rules", args, OPTIONS4);
  if (values.help) {
    io2.stdout(RULES_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new import_chunk_600CC4603.UsageError(`rules: takes no arguments, got ${JSON.stringify(positionals[0])}; to see one rule, run \`netcompat explain ${positionals[0]}\``);
  const format = textOrJson(values);
  const rules = await ruleSet(values, io2);
  io2.stdout(format === "json" ? (0, import_chunk_600CC460.stableStringify)(rules) : rulesTable(rules));
  return EXIT.ok;
}
var import_node_path5 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
var wrap2 = (code) => (text) => `\x1B[${code}m${text}\x1B[0m`;
var SEVERITY_CODE = { high: "1;31", medium: "1;33", low: "1;36" };
function colours(on) {
  if (!on) return { severity: (_s, t) => t, bold: (t) => t, dim: (t) => t };
  return { severity: (s, t) => wrap2(SEVERITY_CODE[s])(t), bold: wrap2("1"), dim: wrap2("2") };
}
function securityMark(f) {
  if (!f.security) return void 0;
  return f.cve?.length ? `security: ${f.cve.join(", ")}` : "security";
}
var where = (p) => p ? (0, import_chunk_600CC460.oneLine)((0, import_chunk_600CC4602.formatPlace)(p)) : "(explicit inputs)";
function writeTextReport(result, opts, sink) {
  const c = colours(!!opts.color);
  const many = result.contexts.length > 1;
  const out = new TextLines(sink);
  out.push(header(result));
  const active = (0, import_chunk_600CC460.activeFindings)(result);
  for (const sev of import_chunk_600CC4603.SEVERITIES) {
    const list = (0, import_chunk_600CC460.sortFindings)(active.filter((f) => f.severity === sev));
    if (list.length === 0) continue;
    out.push("", c.severity(sev, `${sev.toUpperCase()} (${list.length})`));
    for (const f of list) out.push(...findingLines(f, many, opts, c));
  }
  if (result.undetermined.length > 0) {
    out.push("", c.bold(`UNDETERMINED (${result.undetermined.length}): not enough facts to decide; these never fail the build`));
    for (const u of (0, import_chunk_600CC460.sortFindings)(result.undetermined)) out.push(...undeterminedLines(u, result, many, opts, c));
  }
  out.push(
    ...notApplicableLines(result),
    ...uncheckedLines(result),
    ...hiddenLines(result),
    ...excludedLines(result),
    ...skippedLines(result),
    ...diagnosticLines(result)
  );
  out.push("", c.bold(`Verdict: ${(0, import_chunk_600CC460.verdictTitle)(result, opts.failOn)}`));
  out.end();
}
var CHUNK = 64 * 1024;
var TextLines = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  lines = [];
  size = 0;
  first = true;
  push(...lines) {
    for (const line of lines) {
      const safe = (0, import_chunk_600CC460.neutraliseCommands)(line);
      this.lines.push(safe);
      this.size += safe.length + 1;
    }
    if (this.size >= CHUNK) this.flush();
  }
  end() {
    this.flush();
    this.sink("\n");
  }
  flush() {
    if (this.lines.length === 0) return;
    this.sink(`${this.first ? "" : "\n"}${this.lines.join("\n")}`);
    this.first = false;
    this.lines = [];
    this.size = 0;
  }
};
function header(r) {
  const s = r.stats;
  const head = `netcompat ${r.tool.version}: scanned ${(0, import_chunk_600CC460.oneLine)(r.root)}: ${(0, import_chunk_600CC460.plural)(s.filesSeen, "file")} seen, ${s.filesParsed} parsed, ${(0, import_chunk_600CC460.plural)(s.facts, "fact")}, ${(0, import_chunk_600CC460.plural)(r.rules.length, "rule")}`;
  if (!(0, import_chunk_600CC460.hasClusters)(r.contexts)) {
    const only = r.contexts[0];
    return only ? `${head}
cluster: ${(0, import_chunk_600CC460.oneLine)(only.formedBy)}; facts: ${(0, import_chunk_600CC460.oneLine)((0, import_chunk_600CC460.factsBrief)((0, import_chunk_600CC460.clusterFacts)(only)))}` : head;
  }
  return [
    head,
    // Each cluster has a line of its own below: the first line names a few, so it stays one screen line.
    `clusters: ${r.contexts.slice(0, import_chunk_600CC460.CLUSTERS_NAMED).map((x) => `${(0, import_chunk_600CC460.oneLine)(x.name)} (${(0, import_chunk_600CC460.oneLine)(x.formedBy)})`).join(", ")}${r.contexts.length > import_chunk_600CC460.CLUSTERS_NAMED ? ` (+${r.contexts.length - import_chunk_600CC460.CLUSTERS_NAMED} more, each below)` : ""}`,
    `  formed: ${(0, import_chunk_600CC460.oneLine)((0, import_chunk_600CC460.formationLine)(r.contexts))}`,
    ...clusterBriefs(r)
  ].join("\n");
}
function clusterBriefs(r) {
  const shared = new Set(r.sharedFacts);
  const lines = r.contexts.map((x) => `  ${(0, import_chunk_600CC460.oneLine)(x.name)}: ${(0, import_chunk_600CC460.factsBrief)(shared.size ? x.facts.filter((f) => !shared.has(f)) : x.facts)}`);
  return shared.size ? [`  shared by all ${r.contexts.length} clusters (files no cluster owns): ${(0, import_chunk_600CC460.factsBrief)([...shared])}`, ...lines] : lines;
}
function evidenceText(evidence, opts) {
  const { shown, more } = (0, import_chunk_600CC460.capEvidence)(evidence);
  return [...shown.flatMap((e) => (0, import_chunk_600CC460.factLines)(e, "      ", opts)), ...more.map((m) => `      \u2026 ${(0, import_chunk_600CC460.oneLine)(m)} (all in --format json)`)];
}
function findingLines(f, many, opts, c) {
  const lines = [
    `  ${where(f.primary)}  ${c.bold(f.ruleId)}  ${(0, import_chunk_600CC460.oneLine)(f.title)}${securityMark(f) ? `  [${securityMark(f)}]` : ""}`,
    `    ${(0, import_chunk_600CC460.oneLine)(f.message)}`,
    `    fix: ${(0, import_chunk_600CC460.oneLine)(f.fix)}`,
    "    evidence:",
    ...evidenceText(f.evidence, opts)
  ];
  if (many) lines.push(`    cluster: ${(0, import_chunk_600CC460.oneLine)((0, import_chunk_600CC460.clusterList)(f))}`);
  return lines;
}
function unresolvedFacts(result, context, name) {
  const ctx = result.contexts.find((x) => x.name === context);
  return (ctx ? (0, import_chunk_600CC460.clusterFacts)(ctx) : []).filter((f) => f.name === name && f.unresolved);
}
function undeterminedLines(u, result, many, opts, c) {
  const place = u.primary ? where(u.primary) : "(no file)";
  const lines = [`  ${place}  ${c.bold(u.ruleId)}  ${(0, import_chunk_600CC460.oneLine)(u.title)}  ${c.dim(`[${u.severity} if it applies]`)}`];
  for (const m of u.missing) {
    lines.push(`    needs ${m.fact}: ${(0, import_chunk_600CC460.oneLine)(m.hint)}`);
    const found = unresolvedFacts(result, u.context, m.fact);
    if (found.length > 0) lines.push(...found.flatMap((f) => (0, import_chunk_600CC460.factLines)(f, "      ", opts)));
    else for (const p of m.unresolvedAt ?? []) lines.push(`      unresolved at ${(0, import_chunk_600CC460.oneLine)((0, import_chunk_600CC4602.formatPlace)(p))}`);
  }
  if (u.evidence.length > 0) lines.push("    known:", ...evidenceText(u.evidence, opts));
  if (many) lines.push(`    cluster: ${(0, import_chunk_600CC460.oneLine)((0, import_chunk_600CC460.clusterList)(u))}`);
  return lines;
}
function notApplicableLines(r) {
  if (r.notApplicable.length === 0) return [];
  const byReason = /* @__PURE__ */ new Map();
  for (const n of r.notApplicable) byReason.set(n.reason, (byReason.get(n.reason) ?? 0) + 1);
  const parts = [...byReason].sort((a, b) => b[1] - a[1] || (0, import_chunk_600CC4602.byCode)(a[0], b[0])).map(([reason, n]) => `${(0, import_chunk_600CC460.oneLine)(reason)}: ${n}`);
  return ["", `NOT APPLICABLE: ${(0, import_chunk_600CC460.plural)(r.notApplicable.length, "rule check")} (${parts.join("; ")})`];
}
function hiddenLines(r) {
  const suppressed = (0, import_chunk_600CC460.sortFindings)((0, import_chunk_600CC460.suppressedFindings)(r));
  const { baseline, unchanged } = (0, import_chunk_600CC460.filteredCounts)(r);
  const out = [];
  if (suppressed.length > 0) {
    out.push("", `SUPPRESSED (${suppressed.length}): not counted`);
    for (const f of suppressed) out.push(`  ${where(f.primary)}  ${f.ruleId}  ${(0, import_chunk_600CC460.oneLine)(f.suppressed.reason)} (${(0, import_chunk_600CC460.oneLine)(f.suppressed.by)})`);
  }
  const hidden = [baseline && `${baseline} already in the baseline`, unchanged && `${unchanged} with no evidence in the changed files`].filter(Boolean);
  if (hidden.length > 0) out.push("", `HIDDEN: ${hidden.join(", ")}`);
  return out;
}
function uncheckedLines(r) {
  const clusters = r.nothingChecked?.clusters ?? (r.contexts.length > 1 ? (0, import_chunk_600CC460.uncheckedClusters)(r) : []);
  const candidates = r.candidates ?? [];
  const out = [];
  if (r.nothingChecked) out.push("", `NOTHING CHECKED: ${(0, import_chunk_600CC460.oneLine)(r.nothingChecked.reason)}`);
  else if (clusters.length > 0) out.push("", `NOTHING CHECKED in ${(0, import_chunk_600CC460.plural)(clusters.length, "cluster")}:`);
  if (!r.nothingChecked || r.contexts.length > 1) for (const c of clusters) out.push(`  ${(0, import_chunk_600CC460.oneLine)(c.name)}: ${(0, import_chunk_600CC460.oneLine)(c.reason)}`);
  if (r.nothingChecked && candidates.length > 0) {
    out.push("  candidates (never used for a finding; pin the ones that are right):", ...candidates.map((c) => `    ${(0, import_chunk_600CC460.oneLine)(c.message)}`));
  }
  return out;
}
function excludedLines(r) {
  const list = r.excluded ?? [];
  if (list.length === 0) return [];
  return [
    "",
    `LEFT OUT (${list.length}): installer templates, test fixtures and other files read but not taken as clusters`,
    ...list.flatMap((e) => [`  ${(0, import_chunk_600CC460.oneLine)(e.path)}  ${(0, import_chunk_600CC460.oneLine)(e.reason)}: ${(0, import_chunk_600CC460.plural)(e.facts, "fact")} not used`, `    ${(0, import_chunk_600CC460.oneLine)(e.include)}`])
  ];
}
function skippedLines(r) {
  if (r.skipped.length === 0) return [];
  const loud = r.skipped.filter((s) => !s.quiet);
  const quiet = r.skipped.filter((s) => s.quiet);
  const counts = /* @__PURE__ */ new Map();
  for (const s of quiet) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const quietText = quiet.length ? `${quiet.length} skipped quietly (${[...counts].sort((a, b) => (0, import_chunk_600CC4602.byCode)(a[0], b[0])).map(([k, n]) => `${k} ${n}`).join(", ")})` : "";
  const head = loud.length ? `SKIPPED: ${(0, import_chunk_600CC460.plural)(loud.length, "file")}${quietText ? `, and ${quietText}` : ""}` : `SKIPPED: ${quietText}`;
  return ["", head, ...loud.map((s) => `  ${(0, import_chunk_600CC460.oneLine)(s.path)}  ${s.reason}: ${(0, import_chunk_600CC460.oneLine)(s.detail)}`)];
}
function diagnosticLines(r) {
  const list = r.diagnostics ?? [];
  if (list.length === 0) return [];
  const more = list.some((d) => !/netcompat-ignore|ignore entry/.test(d.message)) ? ", conflicting values and engine limits" : "";
  return [
    "",
    `SETTINGS (${list.length}): problems with ignore entries and directives${more}`,
    ...list.map((d) => `  ${d.level}  ${d.place ? `${(0, import_chunk_600CC460.oneLine)(`${d.place.file}:${d.place.line}`)}  ` : ""}${(0, import_chunk_600CC460.oneLine)(d.message)}`)
  ];
}
function colourWanted(env, isTTY) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY;
}
var PROGRESS_AFTER_MS = 1e3;
var REDRAW_MS = 250;
var Progress = class {
  constructor(io2, what, counts, now = Date.now) {
    this.io = io2;
    this.what = what;
    this.counts = counts;
    this.now = now;
    this.tty = io2.isErrTTY === true && io2.env.TERM !== "dumb";
    const after = Number(io2.env.NETCOMPAT_PROGRESS_AFTER_MS ?? PROGRESS_AFTER_MS);
    this.after = Number.isFinite(after) && after >= 0 ? after : PROGRESS_AFTER_MS;
  }
  io;
  what;
  counts;
  now;
  start = Date.now();
  after;
  tty;
  shown = false;
  drawn = 0;
  line() {
    const c = this.counts();
    return `netcompat: scanning ${this.what}\u2026 ${(0, import_chunk_600CC460.groupDigits)(c.filesSeen)} files seen, ${(0, import_chunk_600CC460.groupDigits)(c.filesParsed)} parsed`;
  }
  /** After each file: the first line once the delay has passed, then (on a terminal) redraws. */
  tick() {
    const t = this.now();
    if (!this.shown) {
      if (t - this.start < this.after) return;
      this.shown = true;
      this.drawn = t;
      this.io.stderr(this.tty ? `\r${this.line()}` : `${this.line()}
`);
      return;
    }
    if (this.tty && t - this.drawn >= REDRAW_MS) {
      this.drawn = t;
      this.io.stderr(`\r\x1B[K${this.line()}`);
    }
  }
  /** When a line was shown, ends it with the final counts. */
  done() {
    if (!this.shown) return;
    const c = this.counts();
    const final = `netcompat: scanned ${this.what}: ${(0, import_chunk_600CC460.groupDigits)(c.filesSeen)} files seen, ${(0, import_chunk_600CC460.groupDigits)(c.filesParsed)} parsed`;
    this.io.stderr(this.tty ? `\r\x1B[K${final}
` : `${final}
`);
  }
};
var OPTIONS5 = {
  ...SCAN_INPUT_OPTIONS,
  "fail-on": { type: "string" },
  "fail-if-nothing-checked": { type: "boolean" },
  format: { type: "string" },
  output: { type: "string", short: "o" },
  "sarif-undetermined": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "allow-empty": { type: "boolean" }
};
var PLACES = { sarif: "repository", json: "root", text: "typed" };
function stream(format, result, o, sink) {
  if (format === "json") return (0, import_chunk_600CC460.writeJsonReport)(result, { failOn: o.failOn }, sink);
  (0, import_chunk_600CC460.writeSarifReport)(result, sink, { rootDir: (0, import_chunk_600CC460.repositoryRoot)(o.root), undetermined: o.sarifUndetermined });
}
async function emit(format, result, o, io2, output) {
  if (format === "text") {
    const text = (sink) => writeTextReport(result, { failOn: o.failOn, color: o.color }, sink);
    if (output) streamOutput((0, import_node_path5.resolve)(io2.cwd, output), output, text);
    else text(io2.stdoutPieces ?? io2.stdout);
  } else if (output) {
    streamOutput((0, import_node_path5.resolve)(io2.cwd, output), output, (sink) => stream(format, result, o, sink));
  } else {
    stream(format, result, o, io2.stdoutPieces ?? io2.stdout);
  }
}
function diagnosticsToStderr(result, io2) {
  for (const d of result.diagnostics ?? []) {
    const at = d.place ? `${d.place.file}:${d.place.line}: ` : "";
    io2.stderr(`netcompat: ${d.level}: ${(0, import_chunk_600CC460.oneLine)(at + d.message)}
`);
  }
}
async function scanCommand(args, io2) {
  const { values, positionals } = parseCommandArgs("scan", args, OPTIONS5);
  if (values.help) {
    io2.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  const format = (0, import_chunk_600CC4603.parseFormat)(stringValue(values, "format"));
  const { label, options, failOn } = await prepareScan("scan", values, positionals, io2, {
    places: PLACES[format],
    failIfNothingChecked: values["fail-if-nothing-checked"] === true
  });
  const sarifUndetermined = values["sarif-undetermined"] === true;
  if (sarifUndetermined && format !== "sarif") throw new import_chunk_600CC4603.UsageError(`--sarif-undetermined only applies with --format sarif (got --format ${format})`);
  const quiet = values.quiet === true;
  const stats = { filesSeen: 0, filesRead: 0, filesParsed: 0, facts: 0 };
  const progress = quiet ? void 0 : new Progress(io2, (0, import_chunk_600CC460.oneLine)(label), () => stats);
  let result;
  try {
    result = await (0, import_chunk_600CC460.scan)({ ...options, stats, ...progress ? { onFile: () => progress.tick() } : {} });
  } finally {
    progress?.done();
  }
  if (result.stats.filesSeen === 0 && values["allow-empty"] !== true) {
    throw new import_chunk_600CC4603.UsageError(
      `scan: no file to scan in ${JSON.stringify(label)}${options.include ? " matching --include" : ""}; check DIR and --include, or pass --allow-empty if an empty scan is expected`
    );
  }
  const output = stringValue(values, "output");
  const color = format === "text" && !output && colourWanted(io2.env, io2.isTTY);
  const o = { failOn, color, root: options.root, sarifUndetermined };
  if (quiet) {
    if (output) await emit(format, result, { ...o, color: false }, io2, output);
    io2.stdout(`${colours(colourWanted(io2.env, io2.isTTY)).bold(`Verdict: ${(0, import_chunk_600CC460.verdictTitle)(result, failOn)}`)}
`);
    return (0, import_chunk_600CC460.fails)(result, failOn) ? EXIT.failed : EXIT.ok;
  }
  await emit(format, result, o, io2, output);
  if (output) io2.stdout(`netcompat: wrote the ${format} report to ${(0, import_chunk_600CC460.oneLine)(output)}; ${(0, import_chunk_600CC460.verdictTitle)(result, failOn)}
`);
  if (format !== "text" || output) diagnosticsToStderr(result, io2);
  const omitted = format === "sarif" ? (0, import_chunk_600CC460.sarifOmitted)(result, { undetermined: sarifUndetermined }) : [];
  if (omitted.length > 0) {
    io2.stderr(
      `netcompat: ${omitted.length} result(s) rest only on explicit inputs and have no file to point at; SARIF lists them under invocations[0].toolExecutionNotifications, not results: ${omitted.map((x) => x.ruleId).join(", ")}
`
    );
  }
  return (0, import_chunk_600CC460.fails)(result, failOn) ? EXIT.failed : EXIT.ok;
}
var COMMANDS = {
  scan: scanCommand,
  baseline: baselineCommand,
  facts: factsCommand,
  rules: rulesCommand,
  explain: explainCommand
};
function unknownCommand(word, io2) {
  if (word.startsWith("-"))
    return new import_chunk_600CC4603.UsageError(
      `unknown option ${JSON.stringify(word)} before a command; options go after it, e.g. \`netcompat scan DIR ${word} ...\`. Run \`netcompat --help\`.`
    );
  const isDir = (0, import_node_fs2.existsSync)((0, import_node_path6.resolve)(io2.cwd, word));
  const hint = isDir ? ` To scan that directory, run \`netcompat scan ${word}\`.` : didYouMean(word, Object.keys(COMMANDS));
  return new import_chunk_600CC4603.UsageError(`unknown command ${JSON.stringify(word)}.${hint} Commands: ${Object.keys(COMMANDS).join(", ")}; run \`netcompat --help\`.`);
}
async function run(argv, io2) {
  try {
    const [first, ...rest] = argv;
    if (first === void 0) {
      io2.stderr(MAIN_HELP);
      return EXIT.usage;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      io2.stdout(MAIN_HELP);
      return EXIT.ok;
    }
    if (first === "--version" || first === "-V") {
      io2.stdout(`${import_chunk_600CC460.VERSION}
`);
      return EXIT.ok;
    }
    const command = COMMANDS[first];
    if (!command) throw unknownCommand(first, io2);
    return await command(rest, io2);
  } catch (e) {
    if (e instanceof import_chunk_600CC4603.UsageError || e instanceof import_chunk_600CC4603.KnowledgeError) {
      io2.stderr(`netcompat: ${e.message}
`);
      return EXIT.usage;
    }
    io2.stderr(`netcompat: internal error, please report it: ${e?.stack ?? String(e)}
`);
    return EXIT.internal;
  }
}
var import_node_fs3 = (0, import_chunk_600CC4605.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var pause = new Int32Array(new SharedArrayBuffer(4));
function fdWriter(fd) {
  let closed = false;
  const attempt = (write) => {
    for (; ; ) {
      try {
        return write();
      } catch (e) {
        const code = e.code;
        if (code === "EPIPE") {
          closed = true;
          return void 0;
        }
        if (code !== "EAGAIN") throw e;
        Atomics.wait(pause, 0, 0, 2);
      }
    }
  };
  return (chunk) => {
    if (closed) return;
    const first = attempt(() => (0, import_node_fs3.writeSync)(fd, chunk));
    if (first === void 0 || first === Buffer.byteLength(chunk, "utf8")) return;
    const bytes = Buffer.from(chunk, "utf8");
    for (let done = first; done < bytes.length && !closed; ) {
      const n = attempt(() => (0, import_node_fs3.writeSync)(fd, bytes, done, bytes.length - done));
      if (n === void 0) return;
      done += n;
    }
  };
}
function processIo() {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdoutPieces: fdWriter(1),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    isErrTTY: process.stderr.isTTY === true
  };
}
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
var io = processIo();
(0, import_chunk_600CC460.sizeHeapForScan)();
void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});

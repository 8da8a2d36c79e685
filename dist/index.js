"use strict";
var __netcompatUrl = require("node:url").pathToFileURL(__filename).href;
var import_chunk_600CC460 = require("./chunk-600CC460.js");
var import_chunk_600CC4602 = require("./chunk-600CC460.js");
var import_chunk_600CC4603 = require("./chunk-600CC460.js");
var import_chunk_600CC4604 = require("./chunk-600CC460.js");
var import_chunk_600CC4605 = require("./chunk-600CC460.js");
var import_chunk_600CC4606 = require("./chunk-600CC460.js");
var require_crypto = (0, import_chunk_600CC4606.__commonJS)({
  "builtin:crypto"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= (0, import_chunk_600CC4606.__require)("crypto");
    var lazy = new Proxy({}, { get: (_, name) => load()[name], has: (_, name) => name in load() });
    module2.exports = Object.create(lazy, { __esModule: { value: true } });
  }
});
var require_node_os = (0, import_chunk_600CC4606.__commonJS)({
  "builtin:node:os"(exports2, module2) {
    module2.exports = Object.create((0, import_chunk_600CC4606.__require)("node:os"), { __esModule: { value: true } });
  }
});
var os = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4605.require_os)(), 1);
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var crypto = (0, import_chunk_600CC4606.__toESM)(require_crypto(), 1);
var fs = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4605.require_fs)(), 1);
var os2 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4605.require_os)(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}
var os3 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4605.require_os)(), 1);
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}
var import_node_fs8 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var INPUT_FLAGS = /* @__PURE__ */ new Set(["kubernetes-version", "kube-proxy-mode", "calico-version", "node-os", "kernel-version", "fact"]);
var FLAG = /(?<![\w-])--([a-z]+(?:-[a-z]+)*)(?: ([^\s,;)]*[0-9.=|][^\s,;)]*))?/g;
function forChannel(text2, channel) {
  if (channel === "cli") return text2;
  return text2.replace(FLAG, (whole, name, value) => {
    if (!INPUT_FLAGS.has(name)) return whole;
    const input = name === "fact" ? "facts" : name;
    return value !== void 0 ? `${input}: ${value}` : `the ${input} input`;
  });
}
var ACTION_WORDS = { inputName: (input) => `input ${input}` };
function evidenceLines(facts) {
  const { shown, more } = (0, import_chunk_600CC460.capEvidence)(facts);
  return [...shown.flatMap((f) => (0, import_chunk_600CC460.factLines)(f, "", ACTION_WORDS)), ...more.map((m) => `\u2026 ${m}`)];
}
function encodePath(path) {
  return path.split("/").map((seg) => encodeURIComponent(seg).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function utf8Bytes(s) {
  return Buffer.byteLength(s, "utf8");
}
function truncateBytes(s, max, ellipsis = "\u2026") {
  if (utf8Bytes(s) <= max) return s;
  const room = max - utf8Bytes(ellipsis);
  if (room <= 0) return "";
  let out = "";
  let used = 0;
  for (const ch of s) {
    const b = utf8Bytes(ch);
    if (used + b > room) break;
    out += ch;
    used += b;
  }
  return out + ellipsis;
}
function truncateChars(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}
var MAX_TITLE_CHARS = 255;
var MAX_DETAILS_BYTES = 64 * 1024 - 1;
var LEVEL = { high: "failure", medium: "warning", low: "notice" };
function findingAnnotation(f, many) {
  const details = [...evidenceLines(f.evidence), "", "References:", ...f.references.map((r) => `- ${r}`)];
  return {
    key: `finding:${f.fingerprint}`,
    kind: "finding",
    level: LEVEL[f.severity],
    severity: f.severity,
    ...f.primary ? { place: f.primary } : {},
    title: truncateChars(`${f.ruleId} ${f.title}`, MAX_TITLE_CHARS),
    message: truncateBytes(`${f.message}${many ? ` (${(0, import_chunk_600CC460.clusterLabel)(f)})` : ""}
Fix: ${f.fix}`, MAX_DETAILS_BYTES),
    rawDetails: truncateBytes(details.join("\n"), MAX_DETAILS_BYTES)
  };
}
function undeterminedAnnotation(u, many) {
  const place = u.primary ?? u.missing.flatMap((m) => m.unresolvedAt ?? [])[0];
  const details = [...evidenceLines(u.evidence), ...u.missing.map((m) => `missing ${m.fact}: ${forChannel(m.hint, "action")}`)];
  return {
    key: `undetermined:${u.fingerprint}`,
    kind: "undetermined",
    level: "notice",
    severity: u.severity,
    ...place ? { place } : {},
    title: truncateChars(`${u.ruleId} ${u.title}`, MAX_TITLE_CHARS),
    // The engine's message already names the missing facts and how to give them.
    message: truncateBytes(
      `Undetermined (${u.severity} if it applies; never fails the build)${many ? ` in ${(0, import_chunk_600CC460.clusterLabel)(u)}` : ""}: ${forChannel(u.message, "action")}`,
      MAX_DETAILS_BYTES
    ),
    rawDetails: truncateBytes(details.join("\n"), MAX_DETAILS_BYTES)
  };
}
function annotationsOf(result) {
  const many = (0, import_chunk_600CC460.namesClusters)(result);
  const byPlace = (a, b) => (0, import_chunk_600CC4602.byCode)(a.place?.file ?? "\uFFFF", b.place?.file ?? "\uFFFF") || (a.place?.line ?? 0) - (b.place?.line ?? 0) || (0, import_chunk_600CC4602.byCode)(a.title, b.title);
  const bySeverity = (a, b) => (0, import_chunk_600CC4603.severityRank)(a.severity) - (0, import_chunk_600CC4603.severityRank)(b.severity) || byPlace(a, b);
  const findings = (0, import_chunk_600CC460.activeFindings)(result).map((f) => findingAnnotation(f, many)).sort(bySeverity);
  const undetermined = result.undetermined.map((u) => undeterminedAnnotation(u, many)).sort(bySeverity);
  const seen = /* @__PURE__ */ new Set();
  return [...findings, ...undetermined].filter((a) => seen.has(a.key) ? false : (seen.add(a.key), true));
}
function diagnosticAnnotations(result) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const d of result.diagnostics ?? []) {
    const key = `diagnostic:${d.place ? (0, import_chunk_600CC4602.formatPlace)(d.place) : ""}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      key,
      kind: "diagnostic",
      level: d.level === "warning" ? "warning" : "notice",
      severity: "medium",
      ...d.place ? { place: d.place } : {},
      title: "netcompat settings",
      message: truncateBytes(d.message, MAX_DETAILS_BYTES),
      rawDetails: ""
    });
  }
  return out;
}
function workflowProps(a) {
  const p = a.place;
  if (!p) return { title: a.title };
  const endLine = p.endLine ?? p.line;
  const props = { title: a.title, file: p.file, startLine: p.line, endLine };
  if (endLine === p.line) {
    props.startColumn = p.column;
    props.endColumn = p.endColumn ?? p.column;
  }
  return props;
}
var WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;
var WORKFLOW_LEVEL = { failure: "error", warning: "warning", notice: "notice" };
function selectWorkflowAnnotations(anns, used = {}, perLevel = WORKFLOW_ANNOTATIONS_PER_LEVEL) {
  const cap = (l) => Math.max(0, perLevel - (used[l] ?? 0));
  const byLevel = (l) => anns.filter((a) => WORKFLOW_LEVEL[a.level] === l);
  const overflow = ["error", "warning"].some((l) => byLevel(l).length > cap(l)) || byLevel("notice").length > cap("notice");
  const caps = { error: cap("error"), warning: cap("warning"), notice: Math.max(0, cap("notice") - (overflow ? 1 : 0)) };
  const taken = { error: 0, warning: 0, notice: 0 };
  const emit = [];
  const omitted = [];
  for (const a of anns) {
    const l = WORKFLOW_LEVEL[a.level];
    if (taken[l] < caps[l]) {
      taken[l]++;
      emit.push(a);
    } else omitted.push(a);
  }
  return { emit, omitted };
}
var NOTE_RESERVE = 1e3;
function fitSections(sections, limit, note) {
  const budget = limit - NOTE_RESERVE;
  let out = "";
  let used = 0;
  let cut = false;
  let briefed = 0;
  const omitted = [];
  for (const s of sections) {
    const tail = s.tail ?? "";
    if (cut) {
      if (s.unit && s.items.length) omitted.push(s.unit(s.items.length));
      continue;
    }
    const fixed = utf8Bytes(s.head) + utf8Bytes(tail);
    if (s.items.length === 0) {
      if (used + fixed > budget) {
        cut = true;
        continue;
      }
      out += s.head + tail;
      used += fixed;
      continue;
    }
    let part = "";
    let partBytes = 0;
    let n = 0;
    for (const item of s.items) {
      const useBrief = item.brief !== void 0 && used + fixed + partBytes > budget / 2;
      const text3 = useBrief ? item.brief : item.full;
      const b = utf8Bytes(text3);
      if (used + fixed + partBytes + b > budget) {
        cut = true;
        break;
      }
      part += text3;
      partBytes += b;
      n++;
      if (useBrief) briefed++;
    }
    if (n > 0) {
      out += s.head + part + tail;
      used += fixed + partBytes;
    }
    if (n < s.items.length && s.unit) omitted.push(s.unit(s.items.length - n));
  }
  const text2 = omitted.length ? out + note(omitted) : out;
  return { text: text2, omitted, briefed };
}
function text(s) {
  return (0, import_chunk_600CC460.escapeHtml)(s).replace(/@/g, "@\u200B");
}
function ruleIdCode(id) {
  return `<code>${text(id).replace(/-/g, "\u2011")}</code>`;
}
var SEVERITY_ICON = { high: "\u{1F534}", medium: "\u{1F7E0}", low: "\u{1F7E1}" };
var UNDETERMINED_ICON = "\u2754";
function placeHtml(p, link) {
  if (!p) return "inputs only";
  const shown = text(truncateChars((0, import_chunk_600CC4602.formatPlace)(p), 160));
  const url = link?.(p);
  return url ? `<a href="${(0, import_chunk_600CC460.escapeHtml)(url)}">${shown}</a>` : shown;
}
function whereHtml(x, link) {
  if (x.primary) return placeHtml(x.primary, link);
  const inputs = /* @__PURE__ */ new Set();
  for (const { fact: f } of (0, import_chunk_600CC4603.factTree)(x.evidence)) {
    if (f.source.startsWith("input:")) inputs.add(f.source.slice("input:".length));
    if (f.source.startsWith("config:")) inputs.add(`config file ${f.source.slice("config:".length)}`);
  }
  return inputs.size ? `inputs: ${[...inputs].sort().map((i) => `<code>${text(i)}</code>`).join(", ")}` : "no place";
}
var SHORT_LABEL = {
  "service.externalIPsLocal": "Service",
  "service.loadBalancerSourceRanges": "Service",
  "host.ipTablesModuleLoaded": "ip_tables loaded",
  "host.nodeIpInterfaceMayChange": "node IP may move"
};
var VALUES_SHOWN = 2;
var FACTS_SHOWN = 3;
var FEW_WORDS_CHARS = 70;
function fewWords(evidence) {
  const byName = /* @__PURE__ */ new Map();
  for (const f of evidence) {
    const list = byName.get(f.name) ?? [];
    const v = (0, import_chunk_600CC460.factValue)(f);
    if (!list.includes(v)) list.push(v);
    byName.set(f.name, list);
  }
  const parts = [...byName].slice(0, FACTS_SHOWN).map(([name, values]) => {
    const label = SHORT_LABEL[name] ?? (0, import_chunk_600CC460.factInfo)(name).label;
    const more = values.length > VALUES_SHOWN ? ` (+${values.length - VALUES_SHOWN})` : "";
    return `${label} ${values.slice(0, VALUES_SHOWN).join(", ")}${more}`;
  });
  return truncateChars(parts.join(" \xB7 "), FEW_WORDS_CHARS);
}
function clustersOf(x) {
  const many = x.clusters;
  return Array.isArray(many) && many.every((c) => typeof c === "string") && many.length > 0 ? many : [x.context];
}
function clusterWords(names, shown = 3) {
  if (names.length <= shown) return names.join(", ");
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}
function referenceLabel(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const parts = u.pathname.split("/").filter(Boolean);
  if (u.hostname === "github.com" && parts.length >= 4) {
    const [, repo, kind, id] = parts;
    if (kind === "pull" || kind === "issues") return `${repo}#${id}`;
    if (kind === "commit") return `${repo}@${id.slice(0, 7)}`;
    return `${repo}: ${parts[parts.length - 1]}`;
  }
  return u.hostname + (parts.length ? `: ${parts[parts.length - 1]}` : "");
}
function comparePlacesOrNone(a, b) {
  if (a && b) return (0, import_chunk_600CC4602.comparePlaces)(a, b);
  return a ? -1 : b ? 1 : 0;
}
var VERDICT_ICON = { failure: "\u274C", neutral: "\u26A0\uFE0F", success: "\u2705" };
var OPEN_CLUSTER_ROWS = 12;
var FACTS_PER_CLUSTER = 200;
var CELL_BYTES = 2e3;
var md = (s) => (0, import_chunk_600CC460.escapeMarkdown)(truncateBytes(s, CELL_BYTES));
function viewOrder(list) {
  return [...list].sort(
    (a, b) => (0, import_chunk_600CC4603.severityRank)(a.severity) - (0, import_chunk_600CC4603.severityRank)(b.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (0, import_chunk_600CC460.naturalCompare)(a.context, b.context) || comparePlacesOrNone(a.primary, b.primary)
  );
}
function refsLine(refs) {
  if (refs.length === 0) return "";
  const links = refs.map(
    (r) => /^https?:\/\//.test(r) ? `[${(0, import_chunk_600CC460.escapeMarkdown)(referenceLabel(r))}](${encodeURI(r).replace(/[()]/g, (c) => encodePath(c))})` : (0, import_chunk_600CC460.escapeMarkdown)(r)
  );
  return `**References:** ${links.join(", ")}

`;
}
function evidenceList(facts) {
  const lines2 = evidenceLines(facts).map((l) => {
    const depth = l.length - l.trimStart().length;
    return `${" ".repeat(depth)}- ${md(l.trimStart())}`;
  });
  return lines2.length ? `**Evidence**

${lines2.join("\n")}

` : "";
}
function findingLine(f, many, link, security = false) {
  const cluster = many ? ` \xB7 <i>${text(clusterWords(clustersOf(f)))}</i>` : "";
  return `${SEVERITY_ICON[f.severity]} <b>${f.severity}</b>${security ? " \u{1F512} <b>security</b>" : ""} ${ruleIdCode(f.ruleId)} ${text(f.title)}${cluster} \xB7 ${text(fewWords(f.evidence))} \xB7 ${whereHtml(f, link)}`;
}
function findingItem(f, many, link, security = false) {
  const line = findingLine(f, many, link, security);
  const clusters = clustersOf(f);
  const body = `${md(f.message)}.

` + (many ? `**${clusters.length > 1 ? "Clusters" : "Cluster"}:** ${clusters.map(import_chunk_600CC460.code).join(", ")}

` : "") + `**Fix:** ${md(f.fix)}

` + evidenceList(f.evidence) + refsLine(f.references) + `Rule ${(0, import_chunk_600CC460.code)(f.ruleId)}.

`;
  return { full: `<details><summary>${line}</summary>

${body}</details>

`, brief: `- ${line}
` };
}
function undeterminedItem(u, many, link) {
  const needs = u.missing.map((m) => m.fact).join(", ");
  const cluster = many ? ` \xB7 <i>${text(clusterWords(clustersOf(u)))}</i>` : "";
  const line = `${UNDETERMINED_ICON} ${u.severity} if it applies ${ruleIdCode(u.ruleId)} ${text(u.title)}${cluster} \xB7 needs ${text(needs)} \xB7 ${placeHtml(u.primary, link)}`;
  const deciders = u.missing.map((m) => {
    const at = (m.unresolvedAt ?? []).slice(0, 5).map((p) => link?.(p) ? `[${md(`${p.file}:${p.line}`)}](${link(p)})` : md(`${p.file}:${p.line}`));
    return `- ${(0, import_chunk_600CC460.code)(m.fact)}: ${md(forChannel(m.hint, "action"))}${at.length ? ` (templated at ${at.join(", ")})` : ""}`;
  }).join("\n");
  const known = u.evidence.length ? `**Known:** ${u.evidence.map((f) => `${(0, import_chunk_600CC460.code)(f.name)} ${md((0, import_chunk_600CC460.showValue)(f))}`).join(", ")}

` : "";
  const body = `**Would be decided by**

${deciders}

${known}`;
  return { full: `<details><summary>${line}</summary>

${body}</details>

`, brief: `- ${line}
` };
}
function ruleCounts(findings, undetermined) {
  const by = /* @__PURE__ */ new Map();
  const get = (x) => {
    const c = by.get(x.ruleId) ?? { id: x.ruleId, title: x.title, severity: x.severity, findings: 0, undetermined: 0, clusters: /* @__PURE__ */ new Set() };
    by.set(x.ruleId, c);
    return c;
  };
  for (const f of findings) {
    const c = get(f);
    c.findings++;
    for (const n of clustersOf(f)) c.clusters.add(n);
  }
  for (const u of undetermined) get(u).undetermined++;
  return [...by.values()].sort(
    (a, b) => Number(b.findings > 0) - Number(a.findings > 0) || (0, import_chunk_600CC4603.severityRank)(a.severity) - (0, import_chunk_600CC4603.severityRank)(b.severity) || b.findings - a.findings || b.undetermined - a.undetermined || (a.id < b.id ? -1 : 1)
  );
}
function ruleTable(findings, undetermined, many) {
  const rows = ruleCounts(findings, undetermined);
  const found = rows.filter((r) => r.findings > 0);
  const open = rows.filter((r) => r.undetermined > 0);
  let out = "";
  if (found.length > 0) {
    const lines2 = found.map(
      (r) => `| ${SEVERITY_ICON[r.severity]}&nbsp;${r.severity} | ${ruleIdCode(r.id)} | ${r.findings} |${many ? ` ${r.clusters.size} |` : ""} ${text(r.title)} |`
    );
    const allClusters = new Set(findings.flatMap(clustersOf));
    const total = `| | **Total** | **${findings.length}** |${many ? ` **${allClusters.size}** |` : ""} |`;
    out += `| Severity | Rule | Findings |${many ? " Clusters |" : ""} Title |
|---|---|---:|${many ? "---:|" : ""}---|
${lines2.join("\n")}
${total}

`;
  }
  if (open.length > 0) {
    const list = open.map((r) => `${ruleIdCode(r.id)} \xD7${r.undetermined} (${r.severity} if it applies)`).join(", ");
    out += `${UNDETERMINED_ICON} **${undetermined.length} undetermined** (never failing): ${list}.

`;
  }
  return out;
}
function clusterTable(contexts, findings, undetermined) {
  const names = contexts.map((c) => c.name).sort(import_chunk_600CC460.naturalCompare);
  const counts = new Map(names.map((n) => [n, { ...(0, import_chunk_600CC460.countBySeverity)([]), undetermined: 0 }]));
  for (const f of findings) {
    for (const n of clustersOf(f)) {
      const row = counts.get(n);
      if (row) row[f.severity]++;
    }
  }
  for (const u of undetermined) {
    for (const n of clustersOf(u)) {
      const row = counts.get(n);
      if (row) row.undetermined++;
    }
  }
  const head = `| Cluster | ${import_chunk_600CC4603.SEVERITIES.map((s) => `${SEVERITY_ICON[s]}&nbsp;${s}`).join(" | ")} | ${UNDETERMINED_ICON}&nbsp;undetermined |
|---|${import_chunk_600CC4603.SEVERITIES.map(() => "---:|").join("")}---:|
`;
  const rows = names.map((n) => {
    const c = counts.get(n);
    return `| ${(0, import_chunk_600CC460.code)(n)} | ${import_chunk_600CC4603.SEVERITIES.map((s) => c[s]).join(" | ")} | ${c.undetermined} |
`;
  });
  const table = head + rows.join("");
  if (names.length <= OPEN_CLUSTER_ROWS) return `${table}
`;
  const hit = names.filter((n) => import_chunk_600CC4603.SEVERITIES.some((s) => counts.get(n)[s] > 0)).length;
  return `<details><summary>Counts by cluster: ${hit} of ${names.length} clusters have findings</summary>

${table}
</details>

`;
}
function factRow(f, link) {
  const from = f.place ? link?.(f.place) ? `[${md(`${f.place.file}:${f.place.line}:${f.place.column}`)}](${link(f.place)})` : md(`${f.place.file}:${f.place.line}:${f.place.column}`) : md((0, import_chunk_600CC460.factOrigin)(f, ACTION_WORDS));
  const sources = (0, import_chunk_600CC4603.factTree)(f.derivedFrom ?? []).map(
    ({ fact: d }) => `${(0, import_chunk_600CC460.code)(d.name)} ${md(d.place ? `${d.place.file}:${d.place.line}` : (0, import_chunk_600CC460.factOrigin)(d, ACTION_WORDS))}`
  );
  const via = sources.length ? ` \u2190 ${sources.join(", ")}` : "";
  return `| ${(0, import_chunk_600CC460.code)(f.name)} | ${md((0, import_chunk_600CC460.showValue)(f))} | ${f.origin} | ${from}${via} |
`;
}
function factsItem(summary, facts, link) {
  const shown = facts.slice(0, FACTS_PER_CLUSTER);
  const more = facts.length - shown.length;
  const rows = shown.map((f) => factRow(f, link)).join("");
  const tail = more > 0 ? `
${more} more facts: run \`netcompat facts\` to see them all.
` : "";
  return { full: `<details><summary>${summary}</summary>

| Fact | Value | Origin | From |
|---|---|---|---|
${rows}${tail}
</details>

` };
}
function clusterFacts(ctx, shared, link) {
  const own = shared.size ? ctx.facts.filter((f) => !shared.has(f)) : ctx.facts;
  const count2 = shared.size ? `${(0, import_chunk_600CC460.plural)(own.length, "fact")} of its own and the ${shared.size} shared` : (0, import_chunk_600CC460.plural)(ctx.facts.length, "fact");
  return factsItem(`${text(ctx.name)}: ${text(ctx.formedBy)} (${count2})`, own, link);
}
function sharedFactsItems(result, link) {
  const shared = result.sharedFacts ?? [];
  if (shared.length === 0) return [];
  return [factsItem(`Shared by all ${result.contexts.length} clusters: files no cluster owns (${(0, import_chunk_600CC460.plural)(shared.length, "fact")})`, shared, link)];
}
var QUIET_WORDS = {
  template: (n) => `${(0, import_chunk_600CC460.plural)(n, "Helm chart template")} (the chart values are read instead)`,
  empty: (n) => (0, import_chunk_600CC460.plural)(n, "empty file"),
  symlink: (n) => `${(0, import_chunk_600CC460.plural)(n, "symbolic link")} inside the repository (their targets are scanned)`
};
function quietSkips(skipped) {
  const counts = /* @__PURE__ */ new Map();
  for (const k of skipped) if (k.quiet) counts.set(k.reason, (counts.get(k.reason) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([reason, n]) => (QUIET_WORDS[reason] ?? ((m) => `${m} ${reason}`))(n));
  return `Skipped quietly: ${parts.join(", ")}`;
}
var units = {
  findings: (n) => (0, import_chunk_600CC460.plural)(n, "finding"),
  undetermined: (n) => (0, import_chunk_600CC460.plural)(n, "undetermined rule"),
  suppressed: (n) => (0, import_chunk_600CC460.plural)(n, "suppressed finding"),
  diagnostics: (n) => (0, import_chunk_600CC460.plural)(n, "settings problem"),
  clusters: (n) => `the facts of ${(0, import_chunk_600CC460.plural)(n, "cluster")}`,
  skipped: (n) => (0, import_chunk_600CC460.plural)(n, "skipped file")
};
function prView(result, opts) {
  const view = {
    result,
    opts,
    many: (0, import_chunk_600CC460.hasClusters)(result.contexts),
    findings: viewOrder((0, import_chunk_600CC460.activeFindings)(result)),
    undetermined: viewOrder(result.undetermined)
  };
  const sections = [
    ...verdictSections(view),
    // Notes (where annotations went, a PR-head warning) after the counts, which a reviewer reads first.
    ...(opts.notes ?? []).map((n) => ({ head: `${n}

`, items: [] })),
    ...problemSections(view),
    ...resultSections(view),
    ...opts.kind !== "comment" ? detailSections(view) : []
  ];
  if (opts.kind === "comment" && opts.detailsUrl)
    sections.push({ head: `Facts per cluster, skipped files and everything else: the [full report](${opts.detailsUrl}).
`, items: [] });
  const limit = (0, import_chunk_600CC460.groupDigits)(opts.limit);
  const fitted = fitSections(
    sections,
    opts.limit,
    (omitted) => `
> [!NOTE]
> \u2702\uFE0F Cut to fit GitHub's limit of ${limit} characters: ${omitted.join(", ")} not shown here. The counts above cover everything; all results are in ${opts.elsewhere}.
`
  );
  return fitted.text;
}
function verdictSections({ result, opts, many, findings, undetermined }) {
  const conclusion = (0, import_chunk_600CC460.conclusionOf)(result, opts.failOn);
  const icon = opts.kind === "comment" && conclusion === "success" ? "\u2705" : VERDICT_ICON[conclusion];
  const s = result.stats;
  const clustersWord = result.contexts.length > 1 ? ` in ${(0, import_chunk_600CC460.plural)(result.contexts.length, "cluster")}` : "";
  const scanned = opts.kind === "comment" ? `Checked ${opts.sha ? (0, import_chunk_600CC460.code)(opts.sha.slice(0, 12)) : "this commit"}${clustersWord}; fail-on: ${(0, import_chunk_600CC460.code)(opts.failOn)}.` : `Scanned ${(0, import_chunk_600CC460.plural)(s.filesSeen, "file")} (${s.filesParsed} parsed)${clustersWord}, found ${(0, import_chunk_600CC460.plural)(s.facts, "fact")}, checked ${(0, import_chunk_600CC460.plural)(result.rules.length, "rule")}; fail-on: ${(0, import_chunk_600CC460.code)(opts.failOn)}.`;
  const sections = [
    {
      head: `${opts.prefix ?? ""}## ${icon} ${(0, import_chunk_600CC460.escapeMarkdown)(opts.name ?? "netcompat")}: ${(0, import_chunk_600CC460.escapeMarkdown)((0, import_chunk_600CC460.verdictTitle)(result, opts.failOn))}

${scanned}

`,
      items: []
    },
    { head: ruleTable(findings, undetermined, many), items: [] }
  ];
  if (many)
    sections.push({
      head: `${clusterTable(result.contexts, findings, undetermined)}Clusters: ${(0, import_chunk_600CC460.escapeMarkdown)((0, import_chunk_600CC460.formationLine)(result.contexts))}.

`,
      items: []
    });
  return sections;
}
function problemSections({ result, opts }) {
  const sections = [];
  if (result.nothingChecked) {
    const candidates = result.candidates ?? [];
    sections.push({
      head: `### \u26A0\uFE0F Nothing checked

${md(result.nothingChecked.reason)}. This is not a pass: give the facts as inputs, or name the files in the config file.

` + (candidates.length ? "Version-looking values in files netcompat does not recognise (never used for a finding):\n\n" : ""),
      items: candidates.map((k) => ({ full: `- ${placeHtml(k.place, opts.link)}: ${md(k.message)}
` })),
      tail: "\n"
    });
  }
  const diagnostics = result.diagnostics ?? [];
  if (diagnostics.length > 0) {
    sections.push({
      head: `### \u26A0\uFE0F Settings problems (${diagnostics.length})

Ignore entries and directives that do not work as written, values that conflict within one cluster, and engine limits; fix them in the repository.

`,
      items: diagnostics.map((d) => ({ full: `- ${d.level}: ${md(d.message)}${d.place ? ` (${placeHtml(d.place, opts.link)})` : ""}
` })),
      tail: "\n",
      unit: units.diagnostics
    });
  }
  return sections;
}
function resultSections({ result, opts, many, findings, undetermined }) {
  const sections = [];
  const securityRules = new Set(result.rules.filter((r) => r.security === true || (r.cve?.length ?? 0) > 0).map((r) => r.id));
  if (findings.length > 0) {
    sections.push({
      head: `### Findings (${findings.length})

Most severe first; open a line for the evidence, the fix and the references.

`,
      items: findings.map((f) => findingItem(f, many, opts.link, securityRules.has(f.ruleId))),
      tail: "\n",
      unit: units.findings
    });
  }
  if (undetermined.length > 0) {
    sections.push({
      head: `### Undetermined (${undetermined.length})

These rules may apply; they never fail the build. Give the missing facts to decide them.

`,
      items: undetermined.map((u) => undeterminedItem(u, many, opts.link)),
      tail: "\n",
      unit: units.undetermined
    });
  }
  const suppressed = viewOrder((0, import_chunk_600CC460.suppressedFindings)(result));
  if (suppressed.length > 0) {
    sections.push({
      head: `### Suppressed (${suppressed.length}), not counted

`,
      items: suppressed.map((f) => ({
        full: `- ${ruleIdCode(f.ruleId)} ${placeHtml(f.primary, opts.link)}: ${md(f.suppressed?.reason ?? "")} (${md(f.suppressed?.by ?? "")})
`
      })),
      tail: "\n",
      unit: units.suppressed
    });
  }
  const { baseline, unchanged } = (0, import_chunk_600CC460.filteredCounts)(result);
  if (baseline + unchanged > 0) {
    const parts = [baseline ? `${baseline} in the baseline` : "", unchanged ? `${unchanged} with no evidence in the changed files` : ""].filter(Boolean);
    sections.push({ head: `Not shown and not counted: ${parts.join(", ")}.

`, items: [] });
  }
  return sections;
}
function detailSections({ result, opts }) {
  const sections = [];
  const excluded = result.excluded ?? [];
  if (excluded.length > 0) {
    sections.push({
      head: `### Left out (${excluded.length}): installer templates, test fixtures and other files read but not taken as clusters

`,
      items: excluded.map((e) => ({ full: `- ${(0, import_chunk_600CC460.code)(truncateBytes(e.path, 300))} ${md(e.reason)} (${(0, import_chunk_600CC460.plural)(e.facts, "fact")}); ${md(e.include)}
` })),
      tail: "\n"
    });
  }
  const listed = result.skipped.filter((k) => !k.quiet);
  if (listed.length > 0) {
    sections.push({
      head: `### Skipped files (${listed.length})

`,
      items: listed.map((k) => ({ full: `- ${(0, import_chunk_600CC460.code)(truncateBytes(k.path, 300))} ${k.reason}: ${md(k.detail)}
` })),
      tail: "\n",
      unit: units.skipped
    });
  }
  if (listed.length < result.skipped.length) sections.push({ head: `${quietSkips(result.skipped)}.

`, items: [] });
  if (result.contexts.length > 0) {
    const shared = new Set(result.sharedFacts);
    const head = `### Facts per cluster

${(0, import_chunk_600CC460.escapeMarkdown)((0, import_chunk_600CC460.formationLine)(result.contexts))}.

`;
    const sharedItems = sharedFactsItems(result, opts.link);
    if (sharedItems.length) sections.push({ head, items: sharedItems, unit: () => "the facts shared by every cluster" });
    sections.push({
      head: sharedItems.length ? "" : head,
      items: [...result.contexts].sort((a, b) => (0, import_chunk_600CC460.naturalCompare)(a.name, b.name)).map((ctx) => clusterFacts(ctx, shared, opts.link)),
      unit: units.clusters
    });
  }
  return sections;
}
var CHECK_OUTPUT_MAX_BYTES = 65535;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
function summaryMarkdown(result, opts) {
  return prView(result, {
    kind: opts.kind ?? "summary",
    failOn: opts.failOn,
    limit: opts.limit,
    ...opts.notes ? { notes: opts.notes } : {},
    ...opts.link ? { link: opts.link } : {},
    elsewhere: opts.elsewhere ?? "the SARIF file and the JSON report (`json-file`)"
  });
}
var secrets = /* @__PURE__ */ new Set();
function registerToken(token) {
  if (token.length < 4) return;
  const forms = [
    token,
    Buffer.from(`x-access-token:${token}`).toString("base64"),
    Buffer.from(token).toString("base64"),
    Buffer.from(`${token}:`).toString("base64")
  ];
  for (const form of forms) {
    setSecret(form);
    secrets.add(form);
    secrets.add((0, import_chunk_600CC460.escapeMarkdown)(form));
    secrets.add((0, import_chunk_600CC460.escapeHtml)(form));
  }
}
function scrubSecrets(s) {
  let out = s;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) if (out.includes(secret)) out = out.split(secret).join("***");
  return out;
}
function statusOf(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
function isForbidden(e) {
  return statusOf(e) === 403;
}
function describeApiError(e) {
  const status = statusOf(e);
  const message = (0, import_chunk_600CC460.plainLine)(scrubSecrets(String(e?.message ?? e))).slice(0, 300);
  return status ? `HTTP ${status}: ${message}` : message;
}
var import_node_module = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4602.require_node_module)(), 1);
var import_node_fs = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var import_node_os = (0, import_chunk_600CC4606.__toESM)(require_node_os(), 1);
var import_node_path = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
var import_minimatch = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4602.require_minimatch)(), 1);
var MAX_TREE_BYTES = 256 * 1024 * 1024;
var MAX_RULE_FILES = 200;
function git(cwd, args, maxBuffer) {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
  return new Promise((resolve3, reject) => {
    const { execFile } = (0, import_node_module.createRequire)(__netcompatUrl)("node:child_process");
    execFile("git", ["--no-pager", "-c", "core.fsmonitor=false", ...args], { cwd, maxBuffer, env, encoding: "buffer" }, (err, stdout) => {
      if (err) reject(err);
      else resolve3(stdout);
    });
  });
}
var validSha = (s) => /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(s);
var rel = (workspace, abs) => (0, import_node_path.relative)(workspace, abs).split(/[\\/]/).filter(Boolean).join("/");
async function loadBasePolicy(opts) {
  const { sha, tree } = await baseTree(opts.workspace, opts.baseSha);
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)(opts.temp ?? (0, import_node_os.tmpdir)(), "netcompat-base-policy-"));
  const taken = [];
  const copy = copier(opts.workspace, sha, dir, taken);
  const root = (0, import_node_path.join)(dir, ...opts.rootPrefix.split("/").filter(Boolean));
  (0, import_node_fs.mkdirSync)(root, { recursive: true });
  const configRel = opts.configFile ? rel(opts.workspace, opts.configFile) : import_node_path.posix.join(opts.rootPrefix || ".", import_chunk_600CC4603.CONFIG_FILE).replace(/^\.\//, "");
  const out = { root, taken };
  if (tree.has(configRel)) {
    const configPath = await copyConfig(opts.workspace, sha, tree, configRel, copy, !opts.baselineFile);
    if (opts.configFile) out.configPath = configPath;
  }
  if (opts.baselineFile) {
    const b = rel(opts.workspace, opts.baselineFile);
    if (tree.has(b)) out.baselinePath = await copy(b);
  }
  return out;
}
async function baseTree(workspace, baseSha) {
  const sha = baseSha ?? "";
  if (!validSha(sha)) throw new import_chunk_600CC4603.UsageError("policy-source: base applies to pull_request events only (the event payload names no base commit)");
  try {
    await git(workspace, ["cat-file", "-e", `${sha}^{commit}`], 1024);
  } catch {
    throw new import_chunk_600CC4603.UsageError(`policy-source: base needs the base commit ${sha.slice(0, 12)} in the checkout; check out with fetch-depth: 0`);
  }
  const listed = await git(workspace, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha], MAX_TREE_BYTES);
  return { sha, tree: new Set(listed.toString("utf8").split("\0").filter(Boolean)) };
}
function copier(workspace, sha, dir, taken) {
  return async (path) => {
    const blob = await git(workspace, ["cat-file", "blob", `${sha}:${path}`], import_chunk_600CC460.MAX_SETTINGS_BYTES + 1);
    if (blob.length > import_chunk_600CC460.MAX_SETTINGS_BYTES) throw new import_chunk_600CC4603.UsageError(`policy-source: base: ${path} is over the ${import_chunk_600CC460.MAX_SETTINGS_BYTES}-byte limit`);
    const out = (0, import_node_path.join)(dir, ...path.split("/"));
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(out), { recursive: true });
    (0, import_node_fs.writeFileSync)(out, blob);
    taken.push(path);
    return out;
  };
}
async function copyConfig(workspace, sha, tree, configRel, copy, takeBaseline) {
  const configPath = await copy(configRel);
  const text2 = (await git(workspace, ["cat-file", "blob", `${sha}:${configRel}`], import_chunk_600CC460.MAX_SETTINGS_BYTES + 1)).toString("utf8");
  const config = (await Promise.resolve().then(() => require("./chunk-S4JBPLBD.js"))).parseConfig(text2, configRel);
  const configDir = import_node_path.posix.dirname(configRel) === "." ? "" : import_node_path.posix.dirname(configRel);
  const underDir = [...tree].filter((p) => !configDir || p.startsWith(`${configDir}/`)).map((p) => configDir ? p.slice(configDir.length + 1) : p);
  let count2 = 0;
  for (const pattern of config.rules) {
    if (pattern.startsWith("/") || pattern.split("/").includes("..")) continue;
    for (const p of underDir) {
      if (!(0, import_minimatch.minimatch)(p, pattern, { dot: true })) continue;
      if (++count2 > MAX_RULE_FILES) throw new import_chunk_600CC4603.UsageError(`policy-source: base: ${configRel} rules match more than ${MAX_RULE_FILES} files`);
      await copy(configDir ? `${configDir}/${p}` : p);
    }
  }
  if (takeBaseline && config.baseline && !config.baseline.startsWith("/") && !config.baseline.split("/").includes("..")) {
    const b = import_node_path.posix.normalize(configDir ? `${configDir}/${config.baseline}` : config.baseline);
    if (tree.has(b)) await copy(b);
  }
  return configPath;
}
function policyPatterns(opts) {
  const configRel = opts.configFile ? rel(opts.workspace, opts.configFile) : import_node_path.posix.join(opts.rootPrefix || ".", import_chunk_600CC4603.CONFIG_FILE).replace(/^\.\//, "");
  const configDir = import_node_path.posix.dirname(configRel) === "." ? "" : import_node_path.posix.dirname(configRel);
  const inDir = (p) => configDir ? `${configDir}/${p}` : p;
  const out = [configRel, ...opts.rules.map(inDir)];
  if (opts.baselineFile) out.push(rel(opts.workspace, opts.baselineFile));
  else if (opts.baseline) out.push(import_node_path.posix.normalize(inDir(opts.baseline)));
  return out;
}
function changedPolicyFiles(changed, patterns) {
  return changed.filter((f) => patterns.some((p) => f === p || (0, import_minimatch.minimatch)(f, p, { dot: true })));
}
function policyChangeNote(files, source) {
  const list = files.slice(0, 10).map((f) => `<code>${(0, import_chunk_600CC460.escapeMarkdown)(f)}</code>`).join(", ") + (files.length > 10 ? `, and ${files.length - 10} more` : "");
  const how = source === "base" ? "The gate ran with the base branch version of these files (`policy-source: base`): the changes take effect once merged." : "The gate ran with the version in this pull request, so the change can lower its own gate: review it, or set `policy-source: base`.";
  return `> [!CAUTION]
> **This pull request changes netcompat's policy**: ${list}. ${how}`;
}
var PR_FILES_MAX = 3e3;
async function listPullFiles(client, owner, repo, pull) {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
  return files.map((f) => f.filename);
}
async function changedFilesForRun(inputs, runner, client, log) {
  const notApplied = (why2) => {
    log.annotate("notice", `only-changed could not be applied: ${why2}. All findings count.`, { title: "netcompat: only-changed not applied" });
    return { note: `> [!NOTE]
> \`only-changed\` could not be applied: ${(0, import_chunk_600CC460.escapeMarkdown)(why2)}. All findings count.` };
  };
  const pull = runner.pull;
  if (!pull) return notApplied(`this is a ${runner.eventName || "non-pull-request"} event, not a pull request`);
  const why = [];
  if (!client) why.push("no github-token for the pull request files API");
  else if (!runner.owner || !runner.repo) why.push("GITHUB_REPOSITORY is not set");
  else {
    try {
      const all = await listPullFiles(client, runner.owner, runner.repo, pull.number);
      if (all.length < PR_FILES_MAX) {
        const files = (0, import_chunk_600CC460.underPrefix)(all, inputs.rootPrefix);
        log.info(`only-changed: ${all.length} file(s) changed in pull request #${pull.number} (pull request files API)`);
        return {
          files: new Set(files),
          all,
          note: `Only findings with evidence in the ${(0, import_chunk_600CC460.plural)(all.length, "file")} this pull request changes count (\`only-changed\`).`
        };
      }
      why.push(`the pull request files API lists at most ${PR_FILES_MAX} files`);
    } catch (e) {
      why.push(`the pull request files API failed (${describeApiError(e)})`);
    }
  }
  if (!pull.baseSha) return notApplied([...why, "and the event payload has no base commit for git diff"].join("; "));
  try {
    const files = await (0, import_chunk_600CC460.gitChangedFiles)(inputs.root, pull.baseSha);
    log.info(`only-changed: ${files.length} file(s) changed since ${pull.baseSha.slice(0, 12)} (git diff; ${why.join("; ")})`);
    return {
      files: new Set(files),
      note: `Only findings with evidence in the ${(0, import_chunk_600CC460.plural)(files.length, "file")} changed since the base commit count (\`only-changed\`, from \`git diff\`).`
    };
  } catch (e) {
    return notApplied([...why, `git diff against the base commit failed (${e.message}); check out with fetch-depth: 0 for it`].join("; "));
  }
}
function assemble(blocks, limit, note) {
  const reserve = utf8Bytes(note(Number.MAX_SAFE_INTEGER));
  let out = "";
  let used = 0;
  let omitted = 0;
  let cut = false;
  for (const b of blocks) {
    const count2 = Math.max(1, b.rows.length);
    if (cut) {
      omitted += count2;
      continue;
    }
    const tail = b.tail ?? "";
    const fixed = utf8Bytes(b.head) + utf8Bytes(tail);
    if (used + fixed + reserve > limit) {
      cut = true;
      omitted += count2;
      continue;
    }
    let part = b.head;
    let partBytes = utf8Bytes(b.head);
    let added = 0;
    for (const row of b.rows) {
      const rb = utf8Bytes(row);
      if (used + partBytes + rb + utf8Bytes(tail) + reserve > limit) {
        cut = true;
        break;
      }
      part += row;
      partBytes += rb;
      added++;
    }
    omitted += b.rows.length - added;
    if (b.rows.length > 0 && added === 0) continue;
    out += part + tail;
    used += partBytes + utf8Bytes(tail);
  }
  return cut ? out + note(omitted) : out;
}
var MAX_OUTPUT_TITLE_CHARS = 255;
function checkTitle(result, failOn) {
  return truncateChars((0, import_chunk_600CC460.verdictTitle)(result, failOn), MAX_OUTPUT_TITLE_CHARS);
}
function placeLink(p, link) {
  if (!p) return "inputs";
  const shown = (0, import_chunk_600CC460.escapeMarkdown)((0, import_chunk_600CC4602.formatPlace)(p));
  const url = link?.(p);
  return url ? `[${shown}](${url})` : shown;
}
function findingSection(f, link) {
  const chain = evidenceLines(f.evidence).map((l) => {
    const depth = l.length - l.trimStart().length;
    return `${" ".repeat(depth)}- ${(0, import_chunk_600CC460.escapeMarkdown)(l.trimStart())}`;
  });
  const refs = f.references.map((r) => `- <${encodeURI(r).replace(/[<>]/g, "")}>`);
  return [
    `### ${(0, import_chunk_600CC460.escapeMarkdown)(f.ruleId)}: ${(0, import_chunk_600CC460.escapeMarkdown)(f.title)} (${f.severity})`,
    "",
    `${(0, import_chunk_600CC460.escapeMarkdown)(f.message)}. At ${placeLink(f.primary, link)}.`,
    "",
    "**Evidence**",
    "",
    ...chain,
    "",
    `**Fix:** ${(0, import_chunk_600CC460.escapeMarkdown)(f.fix)}`,
    "",
    ...refs.length ? ["**References**", "", ...refs, ""] : [],
    ""
  ].join("\n");
}
function checkText(result, link, limit = CHECK_OUTPUT_MAX_BYTES) {
  const findings = viewOrder((0, import_chunk_600CC460.activeFindings)(result));
  if (findings.length === 0) return "No findings.\n";
  const block = { head: "", rows: findings.map((f) => findingSection(f, link)) };
  return assemble(
    [block],
    limit,
    (n) => `
> [!NOTE]
> \u2702\uFE0F Cut to fit GitHub's limit of ${(0, import_chunk_600CC460.groupDigits)(limit)} bytes: ${(0, import_chunk_600CC460.plural)(n, "more finding")} not shown. See the job summary and the SARIF file.
`
  );
}
var ANNOTATIONS_PER_REQUEST = 50;
function checkAnnotation(a, fallbackPath) {
  const p = a.place;
  if (!p && !fallbackPath) return void 0;
  const line = p?.line ?? 1;
  const endLine = p ? p.endLine ?? p.line : 1;
  const out = {
    path: p?.file ?? fallbackPath,
    start_line: line,
    end_line: endLine,
    annotation_level: a.level,
    // Shown as text by GitHub: no controls, no bidi reordering.
    title: (0, import_chunk_600CC460.plainLine)(a.title),
    message: (0, import_chunk_600CC460.plainLines)(p ? a.message : `${a.message}
(No file in the repository: the values came from the workflow's inputs.)`),
    raw_details: (0, import_chunk_600CC460.plainLines)(a.rawDetails)
  };
  if (p && endLine === line) {
    out.start_column = p.column;
    out.end_column = p.endColumn ?? p.column;
  }
  return out;
}
function batches(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function checkRunRequests(plan) {
  const slices = batches(plan.annotations, ANNOTATIONS_PER_REQUEST);
  if (slices.length === 0) slices.push([]);
  const output = (annotations) => ({ ...plan.output, annotations });
  const first = slices[0];
  const create = {
    name: plan.name,
    head_sha: plan.headSha,
    started_at: plan.startedAt,
    status: "completed",
    conclusion: plan.conclusion,
    completed_at: plan.completedAt,
    output: output(first)
  };
  const updates = slices.slice(1).map((anns) => ({ output: output(anns) }));
  return { create, updates, carried: slices };
}
function closingUpdate(plan, note) {
  return {
    status: "completed",
    conclusion: plan.conclusion,
    completed_at: plan.completedAt,
    output: { title: plan.output.title, summary: prependNote(note, plan.output.summary), annotations: [] }
  };
}
function abortedCheckRun(name, headSha, summary, completedAt) {
  return { name, head_sha: headSha, status: "completed", conclusion: "neutral", completed_at: completedAt, output: { title: "Scan aborted", summary } };
}
function prependNote(note, summary, limit = CHECK_OUTPUT_MAX_BYTES) {
  const head = `${note}

`;
  const closer = "\n</details>\n";
  let out = head;
  for (const line of summary.split("\n")) {
    if (utf8Bytes(out) + utf8Bytes(line) + 1 + utf8Bytes(closer) > limit) break;
    out += `${line}
`;
  }
  const open = (out.match(/<details>/g) ?? []).length - (out.match(/<\/details>/g) ?? []).length;
  return open > 0 ? out + closer : out;
}
async function postCheckRun(client, owner, repo, plan) {
  const req = checkRunRequests(plan);
  const delivered = /* @__PURE__ */ new Set();
  let id;
  let url;
  try {
    const { data } = await client.rest.checks.create({ owner, repo, ...req.create });
    id = data.id;
    url = data.html_url ?? void 0;
    for (const a of req.carried[0] ?? []) delivered.add(a);
  } catch (e) {
    return { created: false, delivered, problem: describeApiError(e), forbidden: isForbidden(e) };
  }
  for (const [i, body] of req.updates.entries()) {
    try {
      await client.rest.checks.update({ owner, repo, check_run_id: id, ...body });
      for (const a of req.carried[i + 1] ?? []) delivered.add(a);
    } catch (e) {
      const missing = plan.annotations.length - delivered.size;
      const problem = `could not add ${(0, import_chunk_600CC460.plural)(missing, "annotation")} to the check run (${describeApiError(e)}); they are in the workflow log instead`;
      try {
        await client.rest.checks.update({
          owner,
          repo,
          check_run_id: id,
          ...closingUpdate(plan, `> [!WARNING]
> ${missing} annotations could not be posted here; they are in the workflow run's log.`)
        });
      } catch {
      }
      return { created: true, ...url ? { url } : {}, delivered, problem };
    }
  }
  return { created: true, ...url ? { url } : {}, delivered };
}
async function publishCheckRun(ctx, client, annotations) {
  const { inputs, runner, log } = ctx;
  if (!runner.owner || !runner.repo || !ctx.headSha) {
    log.annotate("warning", "no check run: GITHUB_REPOSITORY or GITHUB_SHA is not set; annotations follow as workflow commands");
    return { pending: [...annotations], notes: ["Annotations: no repository or commit in the environment, so they are workflow annotations."] };
  }
  const pairs = annotations.map((a) => [a, checkAnnotation(a, runner.workflowPath)]);
  const carried = pairs.filter((p) => p[1] !== void 0);
  const plan = checkRunPlan(
    ctx,
    carried.map((p) => p[1])
  );
  const outcome = await postCheckRun(client, runner.owner, runner.repo, plan);
  const pending = pairs.filter(([, c]) => !c || !outcome.delivered.has(c)).map(([a]) => a);
  const notes = [];
  if (!outcome.created) {
    const why = outcome.forbidden ? "The token cannot write checks: pull requests from forks get a read-only token; otherwise grant `permissions: checks: write`." : "GitHub did not accept the request after retries.";
    log.annotate(
      "warning",
      `could not create the check run (${outcome.problem}). ${why} Annotations follow as workflow commands; the job summary has the full report.`
    );
    notes.push(`> [!NOTE]
> No check run: ${(0, import_chunk_600CC460.escapeMarkdown)(outcome.problem ?? "")}. ${why}`);
    return { pending, notes };
  }
  if (outcome.problem) {
    log.annotate("warning", outcome.problem);
    notes.push(`> [!WARNING]
> ${(0, import_chunk_600CC460.escapeMarkdown)(outcome.problem)}.`);
  }
  const shown = outcome.delivered.size;
  const link = outcome.url && /^https?:\/\//.test(outcome.url) ? `[${(0, import_chunk_600CC460.escapeMarkdown)(inputs.checkName)}](${encodeURI(outcome.url)})` : `"${(0, import_chunk_600CC460.escapeMarkdown)(inputs.checkName)}"`;
  notes.push(`Annotations: ${shown} on the check run ${link}.`);
  if (!outcome.problem) log.info(`check run "${inputs.checkName}" posted on ${ctx.headSha} with ${shown} annotations: ${outcome.url ?? "no address returned"}`);
  else
    log.info(
      `check run "${inputs.checkName}" created on ${ctx.headSha} with ${shown} of ${plan.annotations.length} annotations: ${outcome.url ?? "no address returned"}`
    );
  return { pending, ...outcome.url ? { url: outcome.url } : {}, notes };
}
function checkRunPlan(ctx, annotations) {
  const { inputs, result } = ctx;
  return {
    name: inputs.checkName,
    headSha: ctx.headSha,
    conclusion: (0, import_chunk_600CC460.conclusionOf)(result, inputs.failOn),
    output: {
      title: checkTitle(result, inputs.failOn),
      summary: scrubSecrets(
        summaryMarkdown(result, {
          failOn: inputs.failOn,
          limit: CHECK_OUTPUT_MAX_BYTES,
          notes: [ctx.policyNote, ctx.headNote, ctx.scopeNote].filter((n) => n !== void 0),
          ...ctx.link ? { link: ctx.link } : {},
          elsewhere: "the workflow run's job summary and the SARIF file"
        })
      ),
      text: scrubSecrets(checkText(result, ctx.link))
    },
    annotations,
    startedAt: ctx.startedAt.toISOString(),
    completedAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}
var COMMENT_MAX_BYTES = 65536;
function commentMarker(checkName) {
  return `<!-- netcompat:comment:${encodeURIComponent(checkName)} -->`;
}
function commentBody(result, opts) {
  const more = opts.detailsUrl ? `the [full report](${opts.detailsUrl}), the job summary and the SARIF file` : "the job summary and the SARIF file";
  return prView(result, {
    kind: "comment",
    failOn: opts.failOn,
    limit: COMMENT_MAX_BYTES,
    name: opts.checkName,
    prefix: `${commentMarker(opts.checkName)}
`,
    sha: opts.sha,
    ...opts.link ? { link: opts.link } : {},
    ...opts.detailsUrl ? { detailsUrl: opts.detailsUrl } : {},
    elsewhere: more
  });
}
function allClearBody(opts) {
  return `${commentMarker(opts.checkName)}
### \u2705 ${(0, import_chunk_600CC460.escapeMarkdown)(opts.checkName)}: all clear

No findings any more as of ${(0, import_chunk_600CC460.code)(opts.sha.slice(0, 12))}.
`;
}
var ACTIONS_BOT = "github-actions[bot]";
async function ownIdentities(client) {
  const out = /* @__PURE__ */ new Set([ACTIONS_BOT]);
  try {
    const me = await client.request("GET /user");
    const login = me.data.login;
    if (typeof login === "string" && login) out.add(login);
  } catch {
  }
  return out;
}
function htmlUrl(data) {
  const url = data?.html_url;
  return typeof url === "string" && /^https?:\/\//.test(url) ? { url } : {};
}
async function upsertComment(client, owner, repo, issue2, result, opts) {
  const marker = commentMarker(opts.checkName);
  try {
    const comments = await client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: issue2,
      per_page: 100
    });
    const marked = comments.filter((c) => c.body?.startsWith(marker));
    const authors = marked.some((c) => c.user?.login !== ACTIONS_BOT) ? await ownIdentities(client) : /* @__PURE__ */ new Set([ACTIONS_BOT]);
    const mine = marked.find((c) => authors.has(c.user?.login ?? ""));
    if ((0, import_chunk_600CC460.activeFindings)(result).length === 0) {
      if (!mine) return { action: "none" };
      const res2 = await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: mine.id,
        body: allClearBody(opts)
      });
      return { action: "cleared", id: mine.id, ...htmlUrl(res2.data) };
    }
    const body = scrubSecrets(commentBody(result, opts));
    if (mine) {
      const res2 = await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { owner, repo, comment_id: mine.id, body });
      return { action: "updated", id: mine.id, ...htmlUrl(res2.data) };
    }
    const res = await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issue2, body });
    return { action: "created", id: res.data.id, ...htmlUrl(res.data) };
  } catch (e) {
    return { action: "skipped", forbidden: isForbidden(e), problem: describeApiError(e) };
  }
}
async function publishComment(ctx, client, checkUrl) {
  const { inputs, runner, result, log } = ctx;
  if (!client) {
    log.annotate("notice", "comment: true needs a github-token; no PR comment was posted");
    return { notes: ["PR comment: skipped (no `github-token`)."] };
  }
  if (!runner.pull || !runner.owner || !runner.repo) {
    log.info("comment: true applies to pull_request and pull_request_target events only; no comment posted");
    return { notes: [] };
  }
  const detailsUrl = checkUrl && /^https?:\/\//.test(checkUrl) ? checkUrl : runner.runUrl;
  const outcome = await upsertComment(client, runner.owner, runner.repo, runner.pull.number, result, {
    checkName: inputs.checkName,
    failOn: inputs.failOn,
    sha: ctx.headSha,
    ...detailsUrl ? { detailsUrl: encodeURI(detailsUrl) } : {},
    ...ctx.link ? { link: ctx.link } : {}
  });
  if (outcome.action === "skipped") {
    if (outcome.forbidden) {
      log.annotate(
        "notice",
        `PR comment skipped: the token cannot write comments (${outcome.problem}). Pull requests from forks get a read-only token; otherwise grant \`permissions: pull-requests: write\`.`
      );
    } else log.annotate("warning", `could not post the PR comment (${outcome.problem})`);
    return { notes: ["PR comment: skipped (see the log)."] };
  }
  if (outcome.action === "none") {
    log.info("PR comment: not posted (no findings, and no earlier comment of ours to clear)");
    return { notes: [] };
  }
  const where = outcome.url ?? (outcome.id ? `id ${outcome.id}` : "no address returned");
  log.info(`PR comment ${outcome.action}: ${where}; marker ${commentMarker(inputs.checkName)}`);
  return {
    notes: [`PR comment: ${outcome.action}${outcome.url ? ` ([link](${encodeURI(outcome.url)}))` : ""}.`],
    ...outcome.url ? { url: outcome.url } : {}
  };
}
var import_node_fs2 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var import_node_path2 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
var SHA = /^[0-9a-f]{40}$/i;
function read(path) {
  try {
    return (0, import_node_fs2.readFileSync)(path, "utf8").trim();
  } catch {
    return void 0;
  }
}
function readGitHead(workspace) {
  let gitDir = (0, import_node_path2.resolve)(workspace, ".git");
  try {
    if ((0, import_node_fs2.statSync)(gitDir).isFile()) {
      const m = read(gitDir)?.match(/^gitdir:\s*(.+)$/m);
      if (!m?.[1]) return void 0;
      gitDir = (0, import_node_path2.resolve)(workspace, m[1].trim());
    }
  } catch {
    return void 0;
  }
  const head = read((0, import_node_path2.resolve)(gitDir, "HEAD"));
  if (!head) return void 0;
  if (SHA.test(head)) return head.toLowerCase();
  const ref = head.match(/^ref:\s*(refs\/[^\s]+)$/)?.[1];
  if (!ref || ref.includes("..")) return void 0;
  const common = read((0, import_node_path2.resolve)(gitDir, "commondir"));
  const dirs = [gitDir, ...common ? [(0, import_node_path2.resolve)(gitDir, common)] : []];
  for (const d of dirs) {
    const loose = read((0, import_node_path2.resolve)(d, ref));
    if (loose && SHA.test(loose)) return loose.toLowerCase();
    const packed = read((0, import_node_path2.resolve)(d, "packed-refs"))?.split("\n").find((l) => l.endsWith(` ${ref}`));
    const sha = packed?.split(" ")[0];
    if (sha && SHA.test(sha)) return sha.toLowerCase();
  }
  return void 0;
}
var import_node_fs3 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var import_node_path3 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4602.require_node_path)(), 1);
function globInput(name, values) {
  if (values) (0, import_chunk_600CC4603.checkGlobs)(name, values);
  return values;
}
var INPUTS = [
  { name: "path", default: ".", multiline: true },
  { name: "node-os" },
  { name: "kernel-version" },
  { name: "kubernetes-version" },
  { name: "kube-proxy-mode", accepted: import_chunk_600CC4603.PROXY_MODES },
  { name: "calico-version" },
  { name: "facts", multiline: true },
  // No default here: unset means the config file's `fail-on`, else high.
  { name: "fail-on", accepted: import_chunk_600CC4603.FAIL_ON },
  { name: "fail-if-nothing-checked", default: "false", accepted: ["true", "false"] },
  { name: "include", multiline: true },
  { name: "exclude", multiline: true },
  { name: "config" },
  { name: "baseline" },
  { name: "only-changed", default: "false", accepted: ["true", "false"] },
  { name: "sarif-file" },
  { name: "sarif-undetermined", default: "false", accepted: ["true", "false"] },
  { name: "json-file" },
  { name: "github-token", default: "${{ github.token }}" },
  { name: "check-name", default: "netcompat" },
  { name: "check-run", default: "true", accepted: ["true", "false"] },
  { name: "comment", default: "false", accepted: ["true", "false"] },
  { name: "max-annotations", default: "50" },
  { name: "allow-empty", default: "false", accepted: ["true", "false"] },
  { name: "policy-source", default: "head", accepted: ["head", "base"] }
];
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function raw(env, name) {
  const spec = INPUTS.find((i) => i.name === name);
  const v = (env[inputEnvName(name)] ?? "").trim();
  if (v !== "") return v;
  const d = spec && "default" in spec ? spec.default : "";
  return d.includes("${{") ? "" : d;
}
function lines(env, name) {
  const out = raw(env, name).split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  return out.length ? out : void 0;
}
function bool(env, name) {
  const v = raw(env, name);
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw (0, import_chunk_600CC4603.badValue)(name, v, ["true", "false"]);
}
function count(env, name) {
  const v = raw(env, name);
  if (!/^\d{1,6}$/.test(v)) throw (0, import_chunk_600CC4603.badValue)(name, v, "a whole number from 0 (0 turns them off)");
  return Number(v);
}
function insideWorkspace(workspace, name, value) {
  const abs = (0, import_node_path3.resolve)(workspace, value);
  const rel2 = (0, import_node_path3.relative)(workspace, abs);
  if (rel2.startsWith("..") || (0, import_node_path3.isAbsolute)(rel2)) throw (0, import_chunk_600CC4603.badValue)(name, value, "a path inside the workspace");
  return abs;
}
function confineInputPaths(inputs) {
  const realWorkspace = (0, import_chunk_600CC460.realDirectory)(inputs.workspace, "workspace");
  const check = (name, abs, kind) => {
    const shown = (0, import_node_path3.relative)(inputs.workspace, abs) || ".";
    let probe = abs;
    if (kind === "output") while (!(0, import_chunk_600CC460.existsNoFollow)(probe) && (0, import_node_path3.dirname)(probe) !== probe) probe = (0, import_node_path3.dirname)(probe);
    let real;
    try {
      real = (0, import_node_fs3.realpathSync)(probe);
    } catch (e) {
      const code2 = e.code;
      throw new import_chunk_600CC4603.UsageError(
        `${name}: ${JSON.stringify(shown)} ${code2 === "ENOENT" ? "does not exist in the workspace" : `cannot be resolved (${code2 ?? "error"})`}`
      );
    }
    if (!(0, import_chunk_600CC460.isInside)(realWorkspace, real)) throw (0, import_chunk_600CC4603.badValue)(name, shown, "a path inside the workspace (it resolves outside through a symbolic link)");
    if (kind === "directory" && !(0, import_node_fs3.statSync)(real).isDirectory()) throw (0, import_chunk_600CC4603.badValue)(name, shown, "a directory inside the workspace");
  };
  check("path", inputs.root, "directory");
  if (inputs.sarifFile) check("sarif-file", inputs.sarifFile, "output");
  if (inputs.jsonFile) check("json-file", inputs.jsonFile, "output");
  if (inputs.policySource === "head") {
    if (inputs.configFile) check("config", inputs.configFile, "file");
    if (inputs.baselineFile) check("baseline", inputs.baselineFile, "file");
  }
}
function readInputs(env = process.env) {
  const workspace = (0, import_node_path3.resolve)(env.GITHUB_WORKSPACE || process.cwd());
  const paths = (lines(env, "path") ?? ["."]).map((p) => insideWorkspace(workspace, "path", p));
  const root = (0, import_chunk_600CC460.commonDir)(paths);
  const within = paths.length > 1 ? paths.map((p) => (0, import_chunk_600CC460.posixRelative)(root, p)) : void 0;
  const failOnRaw = raw(env, "fail-on");
  const failOn = (0, import_chunk_600CC4603.parseFailOn)(failOnRaw);
  const explicit = (0, import_chunk_600CC4603.explicitFacts)({
    "kubernetes-version": raw(env, "kubernetes-version"),
    "kube-proxy-mode": raw(env, "kube-proxy-mode"),
    "calico-version": raw(env, "calico-version"),
    "node-os": raw(env, "node-os"),
    "kernel-version": raw(env, "kernel-version"),
    facts: lines(env, "facts") ?? []
  });
  const sarif = raw(env, "sarif-file");
  const json = raw(env, "json-file");
  const repository = (0, import_chunk_600CC460.repositoryRoot)(root, workspace);
  const config = raw(env, "config");
  const baseline = raw(env, "baseline");
  const include = globInput("include", lines(env, "include"));
  const exclude = globInput("exclude", lines(env, "exclude"));
  const policySource = raw(env, "policy-source") || "head";
  if (policySource !== "head" && policySource !== "base") throw (0, import_chunk_600CC4603.badValue)("policy-source", policySource, ["head", "base"]);
  return {
    workspace,
    root,
    ...within ? { within } : {},
    repository,
    rootPrefix: (0, import_chunk_600CC460.posixRelative)(repository, root),
    explicit,
    failOn,
    failOnGiven: failOnRaw !== "",
    failIfNothingChecked: bool(env, "fail-if-nothing-checked"),
    ...include ? { include } : {},
    ...exclude ? { exclude } : {},
    ...sarif ? { sarifFile: insideWorkspace(workspace, "sarif-file", sarif) } : {},
    sarifUndetermined: bool(env, "sarif-undetermined"),
    ...json ? { jsonFile: insideWorkspace(workspace, "json-file", json) } : {},
    maxAnnotations: count(env, "max-annotations"),
    ...config ? { configFile: insideWorkspace(workspace, "config", config) } : {},
    ...baseline ? { baselineFile: insideWorkspace(workspace, "baseline", baseline) } : {},
    onlyChanged: bool(env, "only-changed"),
    token: raw(env, "github-token"),
    checkName: raw(env, "check-name") || "netcompat",
    checkRun: bool(env, "check-run"),
    comment: bool(env, "comment"),
    allowEmpty: bool(env, "allow-empty"),
    policySource
  };
}
function blobLinker(runner, sha) {
  if (!runner.owner || !runner.repo || !/^[0-9a-f]{40}$/i.test(sha)) return void 0;
  const base = `${runner.serverUrl}/${encodeURIComponent(runner.owner)}/${encodeURIComponent(runner.repo)}/blob/${sha}/`;
  return (p) => {
    const end = p.endLine && p.endLine !== p.line ? `-L${p.endLine}` : "";
    return `${base}${encodePath(p.file)}#L${p.line}${end}`;
  };
}
var ActionLog = class {
  used = { error: 0, warning: 0, notice: 0 };
  secrets;
  constructor(secrets2 = []) {
    this.secrets = secrets2.filter((s) => s.length >= 4);
  }
  /** Blanks the token and breaks the legacy `##[command]` syntax with a zero-width space. */
  scrub(s) {
    let out = scrubSecrets(s);
    for (const secret of this.secrets) out = out.split(secret).join("***");
    return out.replaceAll("##[", "#\u200B#[");
  }
  info(message) {
    info(`netcompat: ${(0, import_chunk_600CC460.oneLine)(this.scrub(message))}`);
  }
  annotate(level, message, props) {
    this.used[level]++;
    const text2 = (0, import_chunk_600CC460.plainLines)(this.scrub(message));
    const p = props ? { ...props, title: (0, import_chunk_600CC460.annotationText)(this.scrub(props.title)), ...props.file !== void 0 ? { file: (0, import_chunk_600CC460.annotationText)(props.file) } : {} } : {};
    if (level === "error") error(text2, p);
    else if (level === "warning") warning(text2, p);
    else notice(text2, p);
  }
  /** Fails the step (exit code 1); counts as one error annotation. */
  fail(message) {
    this.used.error++;
    setFailed((0, import_chunk_600CC460.plainLines)(this.scrub(message)));
  }
};
var import_node_fs4 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
function readPayload(path) {
  if (!path) return {};
  try {
    const v = JSON.parse((0, import_node_fs4.readFileSync)(path, "utf8"));
    return v && typeof v === "object" ? v : {};
  } catch {
    return {};
  }
}
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function readRunnerEnv(env = process.env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const out = { eventName: env.GITHUB_EVENT_NAME ?? "", sha: env.GITHUB_SHA ?? "", serverUrl };
  if (owner && repo) {
    out.owner = owner;
    out.repo = repo;
    if (env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)) out.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
    const wf = env.GITHUB_WORKFLOW_REF?.match(/^([^/]+)\/([^/]+)\/(\.github\/workflows\/[^@]+)@/);
    if (wf && wf[1] === owner && wf[2] === repo && wf[3]) out.workflowPath = wf[3];
  }
  if (PR_EVENTS.has(out.eventName)) {
    const pr = readPayload(env.GITHUB_EVENT_PATH).pull_request;
    if (pr && typeof pr.number === "number") {
      const sha = (v) => typeof v === "string" && /^[0-9a-f]{40}$/i.test(v) ? v : void 0;
      const head = sha(pr.head?.sha);
      const base = sha(pr.base?.sha);
      out.pull = { number: pr.number, ...head ? { headSha: head } : {}, ...base ? { baseSha: base } : {} };
    }
  }
  return out;
}
function checkTarget(runner, checkedOut) {
  const headSha = runner.pull?.headSha ?? runner.sha;
  const scanned = checkedOut ?? runner.sha;
  return { headSha, checkedOut: scanned, mismatch: Boolean(headSha && scanned && headSha.toLowerCase() !== scanned.toLowerCase()) };
}
var import_node_fs5 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
function writeSarif(result, file, workspace, opts = {}) {
  (0, import_chunk_600CC460.writeSafelySync)(file, (sink) => (0, import_chunk_600CC460.writeSarifReport)(result, sink, opts), (0, import_node_fs5.realpathSync)(workspace));
  return (0, import_chunk_600CC460.sarifOmitted)(result, opts).length;
}
var import_node_fs6 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
function appendJobSummary(markdown, env = process.env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
  }
  try {
    (0, import_node_fs6.accessSync)(file, import_node_fs6.constants.R_OK | import_node_fs6.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  (0, import_node_fs6.appendFileSync)(file, markdown, { encoding: "utf8" });
}
var import_node_fs7 = (0, import_chunk_600CC4606.__toESM)((0, import_chunk_600CC4604.require_node_fs)(), 1);
var import_node_os2 = (0, import_chunk_600CC4606.__toESM)(require_node_os(), 1);
function setStepOutput(name, value, env = process.env) {
  const file = env.GITHUB_OUTPUT || "";
  if (!file) {
    setOutput(name, value);
    return;
  }
  if (!(0, import_node_fs7.existsSync)(file)) throw new Error(`Missing file at path: ${file}`);
  (0, import_node_fs7.appendFileSync)(file, `${keyValueMessage(name, value)}${import_node_os2.EOL}`, { encoding: "utf8" });
}
function keyValueMessage(name, value, random = Math.random) {
  let delimiter = `ghadelimiter_${uuidV4(random)}`;
  while (name.includes(delimiter) || value.includes(delimiter)) delimiter += `_${uuidV4(random)}`;
  return `${name}<<${delimiter}${import_node_os2.EOL}${value}${import_node_os2.EOL}${delimiter}`;
}
function uuidV4(random) {
  const hex = (n) => {
    let s = "";
    for (let i = 0; i < n; i++) s += Math.floor(random() * 16).toString(16);
    return s;
  };
  const variant = (8 + Math.floor(random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
var API_DEADLINE_MS = 5 * 60 * 1e3;
async function run(env = process.env, hooks = {}) {
  const startedAt = /* @__PURE__ */ new Date();
  const given = await readSettings(env);
  if (!given) return;
  const { inputs, settings, options } = given;
  const log = new ActionLog([inputs.token]);
  const runner = readRunnerEnv(env);
  const target = checkTarget(runner, readGitHead(inputs.repository));
  const client = inputs.token ? await apiClient(inputs.token, env) : void 0;
  const scope = inputs.onlyChanged ? await changedFilesForRun(inputs, runner, client, log) : void 0;
  const policyNote = await policyChanges(inputs, settings, runner, client, scope?.all, log);
  hooks.beforeScan?.();
  const result = await scanForRun(inputs, { ...options, ...scope?.files ? { changedFiles: scope.files } : {} }, { runner, client, log });
  if (!result) return;
  log.info(`${(0, import_chunk_600CC460.verdictTitle)(result, inputs.failOn)}; files seen: ${result.stats.filesSeen}, skipped: ${result.skipped.length}`);
  const ctx = {
    inputs,
    runner,
    result,
    log,
    link: blobLinker(runner, target.checkedOut),
    headSha: target.headSha,
    ...target.mismatch ? { headNote: headMismatchNote(target.checkedOut, target.headSha) } : {},
    ...scope ? { scopeNote: scope.note } : {},
    ...policyNote ? { policyNote } : {},
    startedAt
  };
  const notes = [ctx.policyNote, ctx.headNote, ctx.scopeNote].filter((n) => n !== void 0);
  const files = writeReportFiles(ctx, notes);
  const posted = await publishResults(ctx, client, notes);
  const md2 = summaryMarkdown(result, { failOn: inputs.failOn, limit: JOB_SUMMARY_MAX_BYTES, notes, ...ctx.link ? { link: ctx.link } : {} });
  try {
    appendJobSummary(scrubSecrets(md2));
  } catch (e) {
    log.info(`could not write the job summary: ${e.message}`);
  }
  setOutputs(result, inputs.failOn, { "sarif-file": files.sarif, "json-file": files.json, "check-run-url": posted.checkUrl, "comment-url": posted.commentUrl });
  conclude(log, result, inputs.failOn);
}
async function apiClient(token, env) {
  const { apiDeadline, envMs, makeClient } = await Promise.resolve().then(() => require("./chunk-7IXCBHIC.js"));
  return makeClient(token, apiDeadline(envMs(env, "NETCOMPAT_API_DEADLINE_MS", API_DEADLINE_MS)), env);
}
async function readSettings(env) {
  try {
    const inputs = readInputs(env);
    registerToken(inputs.token);
    confineInputPaths(inputs);
    const settings = await runSettings(inputs, env);
    inputs.failOn = settings.failOn;
    const options = (0, import_chunk_600CC460.scanOptions)({
      root: inputs.root,
      ...inputs.within ? { within: inputs.within } : {},
      explicit: inputs.explicit,
      ...inputs.include ? { include: inputs.include } : {},
      ...inputs.exclude ? { exclude: inputs.exclude } : {},
      settings,
      env,
      failIfNothingChecked: inputs.failIfNothingChecked,
      placeBase: inputs.rootPrefix
    });
    return { inputs, settings, options };
  } catch (e) {
    if (e instanceof import_chunk_600CC4603.UsageError) {
      setStepOutput("verdict", "error");
      setFailed(`${e.message} (bad input: nothing was scanned)`);
      return void 0;
    }
    throw e;
  }
}
async function runSettings(inputs, env) {
  const files = inputs.policySource === "base" ? await baseFiles(inputs, env) : { root: inputs.root, workspace: inputs.workspace, config: inputs.configFile, baseline: inputs.baselineFile };
  return await (0, import_chunk_600CC460.loadRunSettings)({
    root: files.root,
    workspace: files.workspace,
    ...files.config ? { configPath: files.config } : {},
    ...files.baseline ? { baselinePath: files.baseline } : {},
    ...inputs.failOnGiven ? { failOn: inputs.failOn } : {}
  });
}
async function baseFiles(inputs, env) {
  const base = await loadBasePolicy({
    workspace: inputs.workspace,
    rootPrefix: inputs.rootPrefix,
    ...inputs.configFile ? { configFile: inputs.configFile } : {},
    ...inputs.baselineFile ? { baselineFile: inputs.baselineFile } : {},
    baseSha: readRunnerEnv(env).pull?.baseSha,
    ...env.RUNNER_TEMP ? { temp: env.RUNNER_TEMP } : {}
  });
  info(`netcompat: policy-source base: ${base.taken.length ? base.taken.join(", ") : "no config, rule or baseline file"} from the base commit`);
  return {
    root: base.root,
    workspace: base.root,
    ...base.configPath ? { config: base.configPath } : {},
    ...base.baselinePath ? { baseline: base.baselinePath } : {}
  };
}
async function scanForRun(inputs, options, api) {
  let result;
  try {
    result = await (0, import_chunk_600CC460.scan)(options);
  } catch (e) {
    if (!(e instanceof import_chunk_600CC460.ScanAbortedError)) throw e;
    await reportAborted(inputs, api.runner, api.client, api.log, e.message, readGitHead(inputs.repository));
    setFailed(`netcompat: ${e.message}`);
    return void 0;
  }
  if (result.stats.filesSeen === 0 && !inputs.allowEmpty) {
    setFailed(
      `netcompat: no file to scan under ${JSON.stringify(inputs.rootPrefix || ".")}${inputs.include ? " matching include" : ""}; check path and include, or set allow-empty: true if an empty scan is expected`
    );
    return void 0;
  }
  return result;
}
function headMismatchNote(checkedOut, headSha) {
  return `> [!WARNING]
> The scan read commit ${(0, import_chunk_600CC460.code)(checkedOut.slice(0, 12))}, not the pull request head ${(0, import_chunk_600CC460.code)(headSha.slice(0, 12))}: line numbers may be off in files the base branch also changed. Check out \`github.event.pull_request.head.sha\` to match.`;
}
function writeReportFiles(ctx, notes) {
  const { inputs, result, log } = ctx;
  const attempt = (what, write) => {
    try {
      return write() ?? "";
    } catch (e) {
      const why = scrubSecrets(e.message);
      log.annotate("warning", `could not write the ${what}: ${why}`);
      notes.push(`> [!WARNING]
> The ${what} could not be written: ${(0, import_chunk_600CC460.escapeMarkdown)(why)}`);
      return "";
    }
  };
  const sarif = attempt("SARIF file", () => {
    if (!inputs.sarifFile) return void 0;
    const omitted = writeSarif(result, inputs.sarifFile, inputs.workspace, { rootDir: inputs.repository, undetermined: inputs.sarifUndetermined });
    log.info(`SARIF written to ${inputs.sarifFile}${omitted ? `; ${omitted} result(s) rest only on inputs and are listed as notifications, not results` : ""}`);
    return inputs.sarifFile;
  });
  const json = attempt("JSON report", () => {
    if (!inputs.jsonFile) return void 0;
    (0, import_chunk_600CC460.writeSafelySync)(inputs.jsonFile, (sink) => (0, import_chunk_600CC460.writeJsonReport)(result, { failOn: inputs.failOn }, sink), (0, import_node_fs8.realpathSync)(inputs.workspace));
    log.info(`JSON report written to ${inputs.jsonFile}`);
    return inputs.jsonFile;
  });
  return { sarif, json };
}
async function publishResults(ctx, client, notes) {
  const { inputs, result, log } = ctx;
  const every = withDiagnostics(annotationsOf(result), diagnosticAnnotations(result));
  const annotations = every.slice(0, inputs.maxAnnotations);
  const capNote = annotationCapNote(every.length, annotations.length, inputs.maxAnnotations);
  if (capNote) {
    notes.push(capNote);
    log.info(capNote.replace(/`/g, ""));
  }
  let pending = annotations;
  let checkUrl;
  if (!inputs.checkRun) {
    if (annotations.length) notes.push("Annotations: `check-run` is false, so they are workflow annotations.");
  } else if (!client) {
    if (annotations.length) notes.push("Annotations: no `github-token`, so they are workflow annotations.");
  } else {
    const posted = await publishCheckRun(ctx, client, annotations);
    pending = posted.pending;
    checkUrl = posted.url;
    notes.push(...posted.notes);
  }
  let commentUrl;
  if (inputs.comment) {
    const c = await publishComment(ctx, client, checkUrl);
    notes.push(...c.notes);
    commentUrl = c.url;
  }
  notes.push(...emitWorkflowAnnotations(log, pending, (0, import_chunk_600CC460.failingFindings)(result, inputs.failOn) > 0 || result.nothingChecked?.fails === true));
  return { ...checkUrl ? { checkUrl } : {}, ...commentUrl ? { commentUrl } : {} };
}
function setOutputs(result, failOn, where) {
  const c = (0, import_chunk_600CC460.countResults)(result);
  const outputs = {
    verdict: (0, import_chunk_600CC460.verdictWord)(result, failOn),
    findings: String(c.findings),
    high: String(c.high),
    medium: String(c.medium),
    low: String(c.low),
    undetermined: String(c.undetermined),
    "sarif-file": where["sarif-file"] ?? "",
    "json-file": where["json-file"] ?? "",
    "check-run-url": where["check-run-url"] ?? "",
    "comment-url": where["comment-url"] ?? ""
  };
  for (const [k, v] of Object.entries(outputs)) setStepOutput(k, v);
}
function conclude(log, result, failOn) {
  const title = (0, import_chunk_600CC460.verdictTitle)(result, failOn);
  const failing = (0, import_chunk_600CC460.failingFindings)(result, failOn);
  if (failing > 0) log.fail(`${(0, import_chunk_600CC460.plural)(failing, "finding")} at or above fail-on ${failOn}: ${title}`);
  else if (result.nothingChecked?.fails) log.fail(`${title}`);
  else if (result.nothingChecked) log.info(`not a pass: ${title}`);
  else log.info(`passed: ${title}`);
}
function annotationCapNote(total, posted, max) {
  if (total === posted) return void 0;
  if (max === 0) return `Annotations: off (\`max-annotations: 0\`); all ${(0, import_chunk_600CC460.plural)(total, "result")} are in this summary.`;
  return `Annotations: the ${posted} most severe of ${total} posted; ${total - posted} more left out by \`max-annotations: ${max}\` (all are in this summary).`;
}
async function policyChanges(inputs, settings, runner, client, listed, log) {
  if (!runner.pull) return void 0;
  let changed = listed;
  if (!changed && !inputs.onlyChanged && client && runner.owner && runner.repo) {
    try {
      changed = await listPullFiles(client, runner.owner, runner.repo, runner.pull.number);
    } catch (e) {
      log.info(`could not list the pull request's files to check for policy changes (${describeApiError(e)})`);
    }
  }
  if (!changed) return void 0;
  const patterns = policyPatterns({
    workspace: inputs.workspace,
    rootPrefix: inputs.rootPrefix,
    ...inputs.configFile ? { configFile: inputs.configFile } : {},
    ...inputs.baselineFile ? { baselineFile: inputs.baselineFile } : {},
    rules: settings.config?.rules ?? [],
    ...settings.config?.baseline ? { baseline: settings.config.baseline } : {}
  });
  const files = changedPolicyFiles(changed, patterns);
  if (files.length === 0) return void 0;
  log.annotate("warning", `this pull request changes netcompat's policy files: ${files.join(", ")}`, { title: "netcompat: policy changed" });
  return policyChangeNote(files, inputs.policySource);
}
async function reportAborted(inputs, runner, client, log, message, checkedOut) {
  const headSha = runner.pull?.headSha ?? checkedOut ?? runner.sha;
  if (client && inputs.checkRun && runner.owner && runner.repo && headSha) {
    try {
      await client.rest.checks.create({
        owner: runner.owner,
        repo: runner.repo,
        ...abortedCheckRun(inputs.checkName, headSha, (0, import_chunk_600CC460.escapeMarkdown)(scrubSecrets(message)), (/* @__PURE__ */ new Date()).toISOString())
      });
    } catch (e) {
      log.info(`could not post the neutral check run (${describeApiError(e)})`);
    }
  }
  try {
    appendJobSummary(`## \u26A0\uFE0F netcompat: scan aborted

${(0, import_chunk_600CC460.escapeMarkdown)(scrubSecrets(message))}
`);
  } catch {
  }
}
function withDiagnostics(results, diagnostics) {
  const at = results.findIndex((a) => a.kind === "undetermined");
  const cut = at < 0 ? results.length : at;
  return [...results.slice(0, cut), ...diagnostics, ...results.slice(cut)];
}
function emitWorkflowAnnotations(log, pending, willFail) {
  if (pending.length === 0) return [];
  const used = { ...log.used, error: log.used.error + (willFail ? 1 : 0) };
  const sel = selectWorkflowAnnotations(pending, used);
  for (const a of sel.emit) log.annotate(WORKFLOW_LEVEL[a.level], a.message, workflowProps(a));
  const more = sel.omitted.length;
  if (more > 0) {
    log.annotate(
      "notice",
      `${more} more result${more === 1 ? " is" : "s are"} listed in the job summary (GitHub shows at most 10 annotations per level per step).`,
      {
        title: "netcompat: more in the job summary"
      }
    );
  }
  return [`Workflow annotations: ${sel.emit.length} shown${more ? `; ${more} more only in this summary (GitHub shows at most 10 per level per step)` : ""}.`];
}
void process.stdout;
void process.stderr;
void run(process.env, { beforeScan: import_chunk_600CC460.sizeHeapForScan }).catch((e) => {
  setStepOutput("verdict", "error");
  setFailed(`netcompat crashed: ${e?.stack ?? String(e)}`);
});

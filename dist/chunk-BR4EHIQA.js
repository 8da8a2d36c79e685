import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  MAX_BRACE_EXPANSIONS,
  MAX_GLOB_LENGTH,
  UsageError,
  braceExpansions,
  explicitFacts
} from "./chunk-SDO3I7WG.js";
import {
  aliasTargets,
  expandedSize
} from "./chunk-WKNFH36X.js";
import "./chunk-TF6WCAAU.js";
import {
  schemaText,
  validators
} from "./chunk-L4M272S2.js";
import "./chunk-NUPEN4KF.js";
import {
  require_dist
} from "./chunk-PO4NGEA6.js";
import "./chunk-GACXXU2Q.js";
import {
  __toESM
} from "./chunk-YCZA2FVD.js";

// src/inputs/config.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_CONFIG_NODES = 2e4;
function configData(doc, lc, file) {
  const targets = aliasTargets(doc);
  if (targets.size > 0) {
    const first = [...targets.keys()][0];
    const line = lc.linePos(first.range?.[0] ?? 0).line;
    if (targets.size > 1e3 || expandedSize(doc, MAX_CONFIG_NODES) > MAX_CONFIG_NODES) {
      throw new UsageError(`${file}:${line}: aliases would expand past ${MAX_CONFIG_NODES} nodes; write the values out`);
    }
    const unresolved = [...targets.entries()].find(([, target]) => target === void 0);
    if (unresolved) {
      const at = lc.linePos(unresolved[0].range?.[0] ?? 0).line;
      throw new UsageError(`${file}:${at}: alias without an anchor before it`);
    }
    try {
      return doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch {
      throw new UsageError(`${file}:${line}: aliases are used too often (more than 100 expansions); write the values out`);
    }
  }
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new UsageError(`${file}:${lineCounter.linePos(err.pos[0]).line}: not valid YAML: ${err.message.split("\n")[0]}`);
  const data = configData(doc, lineCounter, file);
  const at = { file, line: (path) => lineOf(doc, lineCounter, path) };
  validateConfig(data, at);
  const clusters = configClusters(data, at);
  const cfg = {
    file,
    clusters,
    ignore: ignoreEntries(
      data,
      clusters.map((c) => c.name),
      at
    ),
    severity: data.severity ?? {},
    rules: data.rules ?? []
  };
  if (data["fail-on"] !== void 0) cfg.failOn = data["fail-on"];
  if (typeof data.baseline === "string") cfg.baseline = data.baseline;
  return cfg;
}
function validateConfig(data, at) {
  const validate = validators()["config.schema.json"];
  if (validate(data)) return;
  const e = validate.errors[0];
  const allowed = e.params.allowedValues;
  const extra = e.params.additionalProperty;
  const path = e.instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const line = at.line(extra ? [...path, extra] : path);
  const what = extra ? `unknown key "${extra}"${e.instancePath ? ` in ${e.instancePath}` : ""}; accepted keys: ${acceptedKeys(e.instancePath)}` : `${e.instancePath || "/"} ${e.message}${allowed ? ` (${allowed.join(", ")})` : ""}`;
  throw new UsageError(`${at.file}:${line}: ${what}`);
}
function checkGlob(glob, path, at) {
  if (glob.length > MAX_GLOB_LENGTH || braceExpansions(glob) > MAX_BRACE_EXPANSIONS) {
    const shown = JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}\u2026` : glob);
    throw new UsageError(
      `${at.file}:${at.line(path)}: path ${shown} is too complex; expected a glob of at most ${MAX_GLOB_LENGTH} characters whose {a,b} sets expand to at most ${MAX_BRACE_EXPANSIONS} patterns`
    );
  }
}
function configClusters(data, at) {
  const clusters = (data.clusters ?? []).map((c, i) => {
    c.paths.forEach((p, j) => checkGlob(p, ["clusters", i, "paths", j], at));
    try {
      const explicit = explicitFacts(c).map((f) => ({ ...f, source: f.source.replace(/^input:/, "config:") }));
      return { name: c.name, paths: c.paths, explicit };
    } catch (e) {
      throw new UsageError(`${at.file}:${at.line(["clusters", i])}: cluster "${c.name}": ${e.message}`);
    }
  });
  const seen = /* @__PURE__ */ new Set();
  const dup = clusters.map((c) => c.name).find((n) => seen.size === seen.add(n).size);
  if (dup) throw new UsageError(`${at.file}: cluster name "${dup}" is used twice`);
  return clusters;
}
function ignoreEntries(data, names, at) {
  return (data.ignore ?? []).map((g, i) => {
    if (g.cluster !== void 0 && names.length > 0 && !names.includes(g.cluster)) {
      throw new UsageError(
        `${at.file}:${at.line(["ignore", i, "cluster"])}: ignore names cluster "${g.cluster}"; defined clusters: ${names.join(", ") || "none"}`
      );
    }
    (g.paths ?? []).forEach((p, j) => checkGlob(p, ["ignore", i, "paths", j], at));
    if (g.expires !== void 0 && !isCalendarDate(g.expires)) {
      throw new UsageError(`${at.file}:${at.line(["ignore", i, "expires"])}: expires "${g.expires}" is not a date; expected YYYY-MM-DD, e.g. 2027-03-31`);
    }
    return { ...g, line: at.line(["ignore", i]) };
  });
}
function isCalendarDate(s) {
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function lineOf(doc, lc, path) {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if ((0, import_yaml.isNode)(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return 1;
}
function acceptedKeys(instancePath) {
  const schema = JSON.parse(schemaText("config.schema.json"));
  const top = instancePath.split("/")[1];
  const props = top ? schema.properties[top]?.items?.properties : schema.properties;
  return Object.keys(props ?? {}).join(", ");
}
export {
  CONFIG_FILE,
  parseConfig
};

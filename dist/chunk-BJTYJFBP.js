import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  knowledgeData,
  lookupOs,
  require_node_fs
} from "./chunk-7MM6CS2K.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YCZA2FVD.js";

// builtin:node:path
var require_node_path = __commonJS({
  "builtin:node:path"(exports, module) {
    module.exports = Object.create(__require("node:path"), { __esModule: { value: true } });
  }
});

// lazy-package:minimatch
var require_minimatch = __commonJS({
  "lazy-package:minimatch"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("./minimatch.cjs");
    module.exports = {
      get "GLOBSTAR"() {
        return load()["GLOBSTAR"];
      },
      get "Minimatch"() {
        return load()["Minimatch"];
      },
      get "braceExpand"() {
        return load()["braceExpand"];
      },
      get "defaults"() {
        return load()["defaults"];
      },
      get "escape"() {
        return load()["escape"];
      },
      get "filter"() {
        return load()["filter"];
      },
      get "match"() {
        return load()["match"];
      },
      get "minimatch"() {
        return load()["minimatch"];
      },
      get "sep"() {
        return load()["sep"];
      },
      get "unescape"() {
        return load()["unescape"];
      }
    };
  }
});

// builtin:node:module
var require_node_module = __commonJS({
  "builtin:node:module"(exports, module) {
    module.exports = Object.create(__require("node:module"), { __esModule: { value: true } });
  }
});

// builtin:node:url
var require_node_url = __commonJS({
  "builtin:node:url"(exports, module) {
    module.exports = Object.create(__require("node:url"), { __esModule: { value: true } });
  }
});

// builtin:node:v8
var require_node_v8 = __commonJS({
  "builtin:node:v8"(exports, module) {
    module.exports = Object.create(__require("node:v8"), { __esModule: { value: true } });
  }
});

// lazy-package:semver
var require_semver = __commonJS({
  "lazy-package:semver"(exports, module) {
    var loaded;
    var load = () => loaded ??= __require("./semver.cjs");
    module.exports = {
      get "Comparator"() {
        return load()["Comparator"];
      },
      get "RELEASE_TYPES"() {
        return load()["RELEASE_TYPES"];
      },
      get "Range"() {
        return load()["Range"];
      },
      get "SEMVER_SPEC_VERSION"() {
        return load()["SEMVER_SPEC_VERSION"];
      },
      get "SemVer"() {
        return load()["SemVer"];
      },
      get "clean"() {
        return load()["clean"];
      },
      get "cmp"() {
        return load()["cmp"];
      },
      get "coerce"() {
        return load()["coerce"];
      },
      get "compare"() {
        return load()["compare"];
      },
      get "compareBuild"() {
        return load()["compareBuild"];
      },
      get "compareIdentifiers"() {
        return load()["compareIdentifiers"];
      },
      get "compareLoose"() {
        return load()["compareLoose"];
      },
      get "diff"() {
        return load()["diff"];
      },
      get "eq"() {
        return load()["eq"];
      },
      get "gt"() {
        return load()["gt"];
      },
      get "gte"() {
        return load()["gte"];
      },
      get "gtr"() {
        return load()["gtr"];
      },
      get "inc"() {
        return load()["inc"];
      },
      get "intersects"() {
        return load()["intersects"];
      },
      get "lt"() {
        return load()["lt"];
      },
      get "lte"() {
        return load()["lte"];
      },
      get "ltr"() {
        return load()["ltr"];
      },
      get "major"() {
        return load()["major"];
      },
      get "maxSatisfying"() {
        return load()["maxSatisfying"];
      },
      get "minSatisfying"() {
        return load()["minSatisfying"];
      },
      get "minVersion"() {
        return load()["minVersion"];
      },
      get "minor"() {
        return load()["minor"];
      },
      get "neq"() {
        return load()["neq"];
      },
      get "outside"() {
        return load()["outside"];
      },
      get "parse"() {
        return load()["parse"];
      },
      get "patch"() {
        return load()["patch"];
      },
      get "prerelease"() {
        return load()["prerelease"];
      },
      get "rcompare"() {
        return load()["rcompare"];
      },
      get "rcompareIdentifiers"() {
        return load()["rcompareIdentifiers"];
      },
      get "re"() {
        return load()["re"];
      },
      get "rsort"() {
        return load()["rsort"];
      },
      get "satisfies"() {
        return load()["satisfies"];
      },
      get "simplifyRange"() {
        return load()["simplifyRange"];
      },
      get "sort"() {
        return load()["sort"];
      },
      get "src"() {
        return load()["src"];
      },
      get "subset"() {
        return load()["subset"];
      },
      get "toComparators"() {
        return load()["toComparators"];
      },
      get "tokens"() {
        return load()["tokens"];
      },
      get "truncate"() {
        return load()["truncate"];
      },
      get "valid"() {
        return load()["valid"];
      },
      get "validRange"() {
        return load()["validRange"];
      }
    };
  }
});

// src/model/place-base.ts
var import_node_path = __toESM(require_node_path(), 1);

// src/model/place.ts
function formatPlace(p) {
  return `${p.file}:${p.line}:${p.column}`;
}
function comparePlaces(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

// src/model/place-base.ts
function basedPath(prefix, path) {
  return prefix ? import_node_path.posix.normalize(`${prefix}/${path}`) : path;
}
function basedPlaceText(prefix) {
  return prefix ? (p) => `${basedPath(prefix, p.file)}:${p.line}:${p.column}` : formatPlace;
}
function basedPathText(prefix) {
  return prefix ? (path) => basedPath(prefix, path) : (path) => path;
}
function withPlaceBase(result, prefix) {
  if (!prefix) return result;
  const path = (p) => basedPath(prefix, p);
  const place = (p) => ({ ...p, file: path(p.file) });
  const copies = /* @__PURE__ */ new Map();
  const fact = (f) => {
    let copy = copies.get(f);
    if (!copy) {
      copy = { ...f, ...f.place ? { place: place(f.place) } : {}, ...f.derivedFrom ? { derivedFrom: f.derivedFrom.map(fact) } : {} };
      copies.set(f, copy);
    }
    return copy;
  };
  const lists = /* @__PURE__ */ new Map();
  const sharedList = (list) => {
    let copy = lists.get(list);
    if (!copy) lists.set(list, copy = list.map(fact));
    return copy;
  };
  return {
    ...result,
    contexts: result.contexts.map((c) => ({
      ...c,
      facts: c.facts.map(fact),
      ...c.shared ? { shared: { facts: sharedList(c.shared.facts), runs: c.shared.runs } } : {},
      ...c.overridden ? { overridden: c.overridden.map(fact) } : {}
    })),
    ...result.sharedFacts ? { sharedFacts: sharedList(result.sharedFacts) } : {},
    findings: result.findings.map((f) => ({
      ...f,
      ...f.primary ? { primary: place(f.primary) } : {},
      evidence: f.evidence.map(fact),
      // `by` is "file:line" of the ignore entry or directive.
      ...f.suppressed ? { suppressed: { ...f.suppressed, by: path(f.suppressed.by) } } : {}
    })),
    undetermined: result.undetermined.map((u) => ({
      ...u,
      ...u.primary ? { primary: place(u.primary) } : {},
      evidence: u.evidence.map(fact),
      missing: u.missing.map((m) => ({ ...m, ...m.unresolvedAt ? { unresolvedAt: m.unresolvedAt.map(place) } : {} }))
    })),
    skipped: result.skipped.map((s) => ({ ...s, path: path(s.path) })),
    ...result.candidates ? { candidates: result.candidates.map((c) => ({ ...c, place: place(c.place) })) } : {},
    ...result.diagnostics ? {
      diagnostics: result.diagnostics.map((d) => ({
        ...d,
        ...d.place ? { place: place(d.place) } : {},
        ...d.conflict ? { conflict: { ...d.conflict, values: d.conflict.values.map((v) => ({ ...v, places: v.places.map(place) })) } } : {}
      }))
    } : {}
  };
}

// src/model/code-order.ts
function byCode(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/discover/discover.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// src/discover/patterns.ts
var import_node_path2 = __toESM(require_node_path(), 1);
var import_minimatch = __toESM(require_minimatch(), 1);
var MM = { dot: true };
var BASENAME_ONLY = /^\*\*\/([^/]+)$/;
var PRUNE_NAME = /^\*\*\/([^/*?[\]{}!+@()]+)\/\*\*$/;
var STARS_ONLY = /^[^*?[\]{}!+@()\\]*(\*[^*?[\]{}!+@()\\]*)*$/;
function starsToRegExp(glob) {
  return glob.split("*").map((part) => part.replace(/[.^$|+?()[\]{}\\/]/g, "\\$&")).join("[^/]*");
}
function anyOf(patterns) {
  return (path) => patterns.some((m) => m.match(path));
}
function insideRoot(root, pattern) {
  let p = pattern.replace(/^(\.\/)+/, "");
  if ((0, import_node_path2.isAbsolute)(p) || p.split("/").includes("..")) {
    const rel = (0, import_node_path2.relative)(root, (0, import_node_path2.resolve)(root, p));
    if (rel === "" || rel.startsWith("..") || (0, import_node_path2.isAbsolute)(rel)) return void 0;
    p = rel.split(import_node_path2.sep).join("/");
  }
  return p;
}
function compileInclude(patterns, root) {
  const names = [];
  const baseGlobs = [];
  const paths = [];
  for (const raw of patterns) {
    const p = insideRoot(root, raw);
    if (p === void 0) continue;
    const base = BASENAME_ONLY.exec(p)?.[1];
    if (base !== void 0 && STARS_ONLY.test(base)) names.push(starsToRegExp(base));
    else if (base !== void 0) baseGlobs.push(new import_minimatch.Minimatch(base, MM));
    else paths.push(new import_minimatch.Minimatch(p, MM));
  }
  const name = names.length ? new RegExp(`^(?:${names.join("|")})$`) : void 0;
  const baseGlob = anyOf(baseGlobs);
  const path = anyOf(paths);
  return (rel, base) => name !== void 0 && name.test(base) || baseGlobs.length > 0 && baseGlob(base) || paths.length > 0 && path(rel);
}
function compileExclude(patterns) {
  const pruneNames = /* @__PURE__ */ new Set();
  const pruneDirs = [];
  const files = [];
  const exact = /* @__PURE__ */ new Set();
  for (const raw of patterns) {
    const p = raw.replace(/^(\.\/)+/, "");
    const byName = PRUNE_NAME.exec(p);
    if (byName) {
      pruneNames.add(byName[1]);
      continue;
    }
    if (LITERAL_PATH.test(p)) {
      exact.add(p);
      continue;
    }
    if (p.endsWith("/**")) pruneDirs.push(new import_minimatch.Minimatch(p.slice(0, -3), MM));
    files.push(new import_minimatch.Minimatch(p, MM));
  }
  const dir = anyOf(pruneDirs);
  const file = anyOf(files);
  return {
    dir: (rel, base) => pruneNames.has(base) || pruneDirs.length > 0 && dir(rel),
    file: (rel) => exact.has(rel) || files.length > 0 && file(rel)
  };
}
var LITERAL_PATH = /^(?!\.{1,2}(?:\/|$))[\w.-]+(?:\/(?!\.{1,2}(?:\/|$))[\w.-]+)*$/;

// src/discover/discover.ts
var DEFAULT_INCLUDE = [
  "**/*.yaml",
  "**/*.yml",
  "**/*.json",
  "**/*.yaml.j2",
  "**/*.yml.j2",
  "**/*.yaml.tftpl",
  "**/*.yml.tftpl",
  "**/*.tpl",
  "**/*.template",
  "**/hosts",
  "**/hosts.*",
  "**/inventory",
  "**/*.ini",
  "**/*.sh",
  "**/*.bash",
  "**/*.sh.tftpl",
  "**/*.bash.tftpl",
  "**/*.mk",
  "**/Makefile",
  "**/GNUmakefile",
  "**/Vagrantfile",
  "**/Jenkinsfile",
  "**/.env",
  "**/*.env",
  "**/.gitmodules",
  "**/ezdown",
  "**/*.service",
  "**/*.service.j2",
  "**/*.tf",
  "**/*.tofu",
  "**/*.tfvars"
];
var DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/.terraform/**", ".netcompat.yaml", ".netcompat-baseline.json"];
var DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
function wantedDir(within, path) {
  return within.length === 0 || within.some((w) => w === "" || path === w || path.startsWith(`${w}/`) || w.startsWith(`${path}/`));
}
function wantedFile(within, path) {
  return within.length === 0 || within.some((w) => w === "" || path === w || path.startsWith(`${w}/`));
}
function sortedEntries(abs) {
  let list;
  try {
    list = (0, import_node_fs.readdirSync)(abs, { withFileTypes: true });
  } catch {
    return [];
  }
  if (list.length > 1) list.sort(byFullPath);
  return list;
}
function byFullPath(a, b) {
  const x = a.name;
  const y = b.name;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i);
    if (d !== 0) return d;
  }
  const cx = x.length > n ? x.charCodeAt(n) : a.isDirectory() ? 47 : -1;
  const cy = y.length > n ? y.charCodeAt(n) : b.isDirectory() ? 47 : -1;
  return cx - cy;
}
var BACKUP_SEGMENT = /(\.(?:bak|orig|swp|swo)|~|-backup)$/i;
function backupSegment(path) {
  return path.split("/").find((s) => BACKUP_SEGMENT.test(s));
}
function* discover(opts) {
  yield* new Walker(opts).subtree("");
}
var PLAN_LISTINGS = 128;
var Walker = class {
  root;
  include;
  exclude;
  within;
  realRoot;
  constructor(opts) {
    this.root = (0, import_node_path3.resolve)(opts.root);
    this.include = compileInclude(opts.include ?? DEFAULT_INCLUDE, this.root);
    this.exclude = compileExclude([...opts.exclude ?? [], ...DEFAULT_EXCLUDE]);
    this.within = opts.within ?? [];
  }
  /** Everything under `rel` ('' for the root), which the caller has already found wanted and not excluded. */
  *subtree(rel) {
    for (const item of this.walk(rel)) if (!("task" in item)) yield item;
  }
  /** The walk from `rel`; with `split`, the folders left once it has listed `split.afterDirs` become tasks. */
  *walk(rel, split) {
    const { root, within, exclude } = this;
    const stack = [{ rel, entries: sortedEntries(rel === "" ? root : `${root}/${rel}`), next: 0, backup: backupSegment(rel) !== void 0 }];
    let listed = 1;
    let tasks = -1;
    let opened;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const entry = top.entries[top.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const name = entry.name;
      const path = top.rel === "" ? name : `${top.rel}/${name}`;
      const backup = top.backup || BACKUP_SEGMENT.test(name);
      if (entry.isDirectory()) {
        if (!wantedDir(within, path) || exclude.dir(path, name)) continue;
        if (opened) {
          const entries = opened.get(path);
          if (entries) stack.push({ rel: path, entries, next: 0, backup });
          else yield { task: tasks++ };
          continue;
        }
        stack.push({ rel: path, entries: sortedEntries(`${root}/${path}`), next: 0, backup });
        if (split && ++listed >= split.afterDirs) {
          const plan = this.plan(stack);
          if (split.start(plan.tasks)) {
            tasks = 0;
            opened = plan.opened;
          }
          split = void 0;
        }
        continue;
      }
      const file = this.file(entry, path, backup);
      if (file) yield file;
    }
  }
  /**
   * The folders the walk has yet to enter, in the order it would, cut into tasks: the shallowest are listed
   * (breadth first, a bounded number) until there are enough tasks for two threads to share the work
   * evenly; the walk enters those itself and hands out the folders below them.
   */
  plan(stack) {
    const firsts = [];
    for (let d = stack.length - 1; d >= 0; d--) {
      const { rel, entries, next } = stack[d];
      for (let k = next; k < entries.length; k++) {
        const child = this.wantedChild(rel, entries[k]);
        if (child !== void 0) firsts.push(child);
      }
    }
    const depth = (p) => p.split("/").length;
    const queue = [...firsts].sort((a, b) => depth(a) - depth(b));
    const opened = /* @__PURE__ */ new Map();
    for (let q = 0; q < queue.length && opened.size < PLAN_LISTINGS; q++) {
      const dir = queue[q];
      const entries = sortedEntries(`${this.root}/${dir}`);
      opened.set(dir, entries);
      for (const e of entries) {
        const child = this.wantedChild(dir, e);
        if (child !== void 0) queue.push(child);
      }
    }
    const tasks = [];
    const emit = (dir) => {
      const entries = opened.get(dir);
      if (!entries) return void tasks.push(dir);
      for (const e of entries) {
        const child = this.wantedChild(dir, e);
        if (child !== void 0) emit(child);
      }
    };
    for (const dir of firsts) emit(dir);
    return { tasks, opened };
  }
  /** The path of a folder entry the walk would enter, else undefined. */
  wantedChild(rel, entry) {
    if (!entry.isDirectory()) return void 0;
    const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
    return wantedDir(this.within, path) && !this.exclude.dir(path, entry.name) ? path : void 0;
  }
  file(entry, path, inBackup) {
    const isLink = entry.isSymbolicLink();
    if (!(isLink || entry.isFile()) || !wantedFile(this.within, path) || !this.include(path, entry.name) || this.exclude.file(path)) return void 0;
    const abs = `${this.root}/${path}`;
    const backup = inBackup ? backupSegment(path) : void 0;
    if (backup) {
      return {
        skipped: {
          path,
          reason: "backup",
          detail: `${backup} is a backup or editor copy: not read, so it cannot double the findings of what it copies (rename it to scan it)`
        }
      };
    }
    if (isLink) {
      this.realRoot ??= (0, import_node_fs.realpathSync)(this.root);
      return { skipped: symlinkSkip(path, abs, this.realRoot) };
    }
    return { file: { path, abs } };
  }
};
function symlinkSkip(path, abs, realRoot) {
  let target;
  try {
    target = (0, import_node_fs.realpathSync)(abs);
  } catch {
    target = void 0;
  }
  const inside = target !== void 0 && (target === realRoot || target.startsWith(realRoot + import_node_path3.sep));
  return inside ? { path, reason: "symlink", detail: "symbolic link inside the workspace; its target is scanned on its own", quiet: true } : { path, reason: "symlink-outside", detail: "symbolic link to a path outside the workspace: not followed" };
}

// src/knowledge/operator-calico.ts
var table;
function operatorCalicoTable() {
  if (!table) {
    const data = knowledgeData("data/operator-calico.yaml");
    table = data;
  }
  return table;
}
function triple(v) {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), m[3] === void 0 ? void 0 : Number(m[3])] : void 0;
}
function calicoForOperator(operatorVersion) {
  const t = triple(operatorVersion);
  if (!t) return void 0;
  const [major, minor, patch] = t;
  const row = operatorCalicoTable().operators.find((r) => r.operator === `${major}.${minor}`);
  if (!row) return void 0;
  const exact = patch === void 0 ? void 0 : row.patches?.[`${major}.${minor}.${patch}`];
  return { calico: exact ?? row.calico, exact: exact !== void 0, verified: row.verified, references: row.references };
}
function chartRow(chart) {
  const name = chart.trim().toLowerCase().split("/").pop() ?? "";
  return operatorCalicoTable().charts.find((r) => r.names.includes(name));
}
function isCalicoChart(chart) {
  const row = chartRow(chart);
  return row !== void 0 && row.installs !== "crds";
}
function calicoFromChartVersion(chart, version) {
  const row = chartRow(chart);
  if (!row || row.installs === "crds") return void 0;
  const s = version.trim();
  if (row.encoding === "calico") {
    const m2 = /^v?(3\.\d+\.\d+)$/.exec(s);
    return m2?.[1] ? { calico: m2[1] } : void 0;
  }
  if (row.encoding === "patch-revision") {
    const m2 = /^v?(3)\.(\d+)\.(\d*)(\d\d)$/.exec(s);
    if (!m2) return void 0;
    const calico = `${m2[1]}.${m2[2]}.${m2[3] === "" ? "0" : Number(m2[3])}`;
    return { calico, note: `${row.names[0]} chart ${s} = Calico ${calico}, package revision ${m2[4]}` };
  }
  const m = /^v?(3\.\d+\.\d+)-build\d+$/.exec(s);
  return m?.[1] ? { calico: m[1], note: `${row.names[0]} chart ${s} = Calico ${m[1]}` } : void 0;
}
function isCalicoChartVersion(chart, version) {
  return calicoFromChartVersion(chart, version) !== void 0;
}

// src/knowledge/os-image-patterns.ts
var compiled;
function compiledPatterns() {
  if (!compiled) {
    const data = knowledgeData("data/os-image-patterns.yaml") ?? { patterns: [] };
    compiled = data.patterns.map((pattern) => ({ pattern, re: new RegExp(pattern.match, "i") }));
  }
  return compiled;
}
function kubernetesMinor(version) {
  const m = version === void 0 ? null : /^v?(1\.\d+)(?:$|[.\-+])/.exec(version.trim());
  return m?.[1];
}
function fill(template, m, k8s) {
  if (template.includes("{k8s}") && k8s === void 0) return void 0;
  return template.replace(/\{k8s\}/g, k8s ?? "").replace(/\{\.\$(\d)\}/g, (_, n) => m[Number(n)] ? `.${m[Number(n)]}` : "").replace(/\{-\$(\d)\}/g, (_, n) => m[Number(n)] ? `-${m[Number(n)]}` : "").replace(/\$(\d)/g, (_, n) => m[Number(n)] ?? "").toLowerCase();
}
function hasRelease(spec) {
  return /-\d/.test(spec);
}
function describe(input, spec, unresolved, note) {
  const target = unresolved ? `${spec} (release unknown)` : lookupOs(spec)?.label ?? spec;
  return `${input} \u2192 ${target}${note ? `; ${note}` : ""}`;
}
function matchOsImage(input, kind, ctx = {}) {
  const key = `${kind}\0${ctx.k8sMinor ?? ""}\0${input}`;
  if (matched.has(key)) {
    const m2 = matched.get(key);
    return m2 && { ...m2 };
  }
  const m = matchOnce(input, kind, ctx);
  if (matched.size < MEMO_LIMIT) matched.set(key, m);
  return m && { ...m };
}
var MEMO_LIMIT = 4096;
var matched = /* @__PURE__ */ new Map();
var ignored = /* @__PURE__ */ new Map();
function matchOnce(input, kind, ctx) {
  const s = input.trim();
  if (!s || s.length > 512) return void 0;
  for (const { pattern, re } of compiledPatterns()) {
    if (!pattern.kinds.includes(kind)) continue;
    const m = re.exec(s);
    if (!m) continue;
    if (pattern.ignore || pattern.os === void 0) return void 0;
    let spec = fill(pattern.os, m, ctx.k8sMinor);
    let note = pattern.note;
    if (spec === void 0 && pattern.fallback) {
      spec = pattern.fallback;
      note = `Kubernetes version unknown, assuming ${pattern.fallback}${note ? `; ${note}` : ""}`;
    } else if (spec === void 0) {
      spec = pattern.os.replace(/-?\{k8s\}.*$/, "");
      note = `depends on the Kubernetes version, which is unknown here${note ? `; ${note}` : ""}`;
    }
    const unresolved = !hasRelease(spec);
    return { spec, unresolved, patternId: pattern.id, note: describe(s, spec, unresolved, note) };
  }
  return void 0;
}
function isIgnoredOsImage(input, kind) {
  const key = `${kind}\0${input}`;
  let answer = ignored.get(key);
  if (answer === void 0) {
    answer = false;
    const s = input.trim();
    for (const { pattern, re } of compiledPatterns()) {
      if (pattern.kinds.includes(kind) && re.test(s)) {
        answer = pattern.ignore === true;
        break;
      }
    }
    if (ignored.size < MEMO_LIMIT) ignored.set(key, answer);
  }
  return answer;
}
function isDroppedOsImage(input, kinds) {
  const [first, ...rest] = kinds;
  return first !== void 0 && isIgnoredOsImage(input, first) && rest.every((k) => !matchOsImage(input, k));
}

export {
  require_node_path,
  require_node_module,
  byCode,
  formatPlace,
  comparePlaces,
  basedPlaceText,
  basedPathText,
  withPlaceBase,
  calicoForOperator,
  isCalicoChart,
  calicoFromChartVersion,
  isCalicoChartVersion,
  kubernetesMinor,
  matchOsImage,
  isIgnoredOsImage,
  isDroppedOsImage,
  require_semver,
  require_minimatch,
  DEFAULT_MAX_BYTES,
  discover,
  Walker,
  require_node_url,
  require_node_v8
};

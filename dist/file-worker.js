"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var require_node_worker_threads = __commonJS({
  "builtin:node:worker_threads"(exports2, module2) {
    module2.exports = Object.create(__require("node:worker_threads"), { __esModule: { value: true } });
  }
});
var require_node_v8 = __commonJS({
  "builtin:node:v8"(exports2, module2) {
    module2.exports = Object.create(__require("node:v8"), { __esModule: { value: true } });
  }
});
var require_node_fs = __commonJS({
  "builtin:node:fs"(exports2, module2) {
    module2.exports = Object.create(__require("node:fs"), { __esModule: { value: true } });
  }
});
var require_node_path = __commonJS({
  "builtin:node:path"(exports2, module2) {
    module2.exports = Object.create(__require("node:path"), { __esModule: { value: true } });
  }
});
var require_minimatch = __commonJS({
  "lazy-package:minimatch"(exports2, module2) {
    var loaded;
    var load = () => loaded ??= __require("./minimatch.cjs");
    module2.exports = {
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
var require_node_buffer = __commonJS({
  "builtin:node:buffer"(exports2, module2) {
    module2.exports = Object.create(__require("node:buffer"), { __esModule: { value: true } });
  }
});
var import_node_worker_threads2 = __toESM(require_node_worker_threads(), 1);
var import_node_v8 = __toESM(require_node_v8(), 1);
var HEAP_FLAGS = [
  { flag: "--semi-space-growth-factor=1", v8: [11, 13] },
  { flag: "--heap-growing-percent=10", v8: [11, 13] },
  // V8 13.6 (Node 24) keeps the pages a collection frees in a pool (3 to 21 MiB at 100,000 files) and grows
  // the old generation by at least 8 MiB at a time; in memory-saver mode it empties the pool at each full
  // collection and grows by 2 MiB. Node 20's V8 11.3 has no such flag (and no pool).
  { flag: "--memory-saver-mode", v8: [13, 13] },
  // V8 13's mid-tier optimizing compiler (Maglev; off in V8 11.3) keeps its own code and metadata for each
  // function it compiles: without it functions go from the baseline tier to TurboFan, as on Node 20.
  { flag: "--no-maglev", v8: [13, 13] },
  // Tier-up for a run of about a second: by default V8 hands each function that turns hot to TurboFan on a
  // background thread, and in a scan most of those compiles finish too late to pay back (at 20,000 files the
  // compiler threads took 0.6 s of CPU on Node 20 and 0.3 s on Node 24, about a third and a fifth of the
  // process). 16 times the default budget (V8 11: bytes of bytecode run; V8 13 without Maglev: calls) still
  // optimises what runs long; the process's CPU fell by about a quarter on Node 20 and a seventh on Node 24,
  // and the peak by a few MiB (docs/performance.md). It replaces the 8x budget Terraform scans got alone.
  { flag: "--interrupt-budget=1081344", v8: [11, 11] },
  { flag: "--invocation-count-for-turbofan=48000", v8: [13, 13] }
];
function heapFlagsFor(v8Major) {
  const flags = HEAP_FLAGS.filter((f) => v8Major >= f.v8[0] && v8Major <= f.v8[1]).map((f) => f.flag);
  return flags.length > 0 ? flags.join(" ") : void 0;
}
var FLAGS = heapFlagsFor(Number(process.versions.v8.split(".")[0]));
var kept = false;
function keepHeapSmall() {
  if (!FLAGS) return;
  (0, import_node_v8.setFlagsFromString)(FLAGS);
  kept = true;
}
var UNCLAIMED = 0;
var WORKER = 2;
var FILE_WORKER = "netcompat-file-worker";
var UP = 0;
var FRONT = 1;
var POSTED = 2;
var SHARED_CHUNK = 32;
var CLAIM_PAGE = 2048;
var SIZE = 0;
var BYTES = 1;
var UNREAD = 2;
var SKIPPED = 3;
var READ_HERE = 4;
var SENT_BYTES = 32 * 1024;
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var import_node_path = __toESM(require_node_path(), 1);
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
  if ((0, import_node_path.isAbsolute)(p) || p.split("/").includes("..")) {
    const rel = (0, import_node_path.relative)(root, (0, import_node_path.resolve)(root, p));
    if (rel === "" || rel.startsWith("..") || (0, import_node_path.isAbsolute)(rel)) return void 0;
    p = rel.split(import_node_path.sep).join("/");
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
var DEFAULT_INCLUDE = [
  "**/*.yaml",
  "**/*.yml",
  "**/*.json",
  "**/*.yaml.j2",
  "**/*.yml.j2",
  "**/kubeadm*.j2",
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
  "**/downloads*.txt",
  "**/.env",
  "**/*.env",
  "**/.gitmodules",
  "**/.tool-versions",
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
var COPY_SEGMENT = /(\.(?:bak|orig|swp|swo)|~)$/i;
var BACKUP_SUFFIX = /-backup$/i;
function isBackupName(name, hasSibling) {
  if (COPY_SEGMENT.test(name)) return true;
  const stem = name.replace(BACKUP_SUFFIX, "");
  return stem !== name && stem !== "" && hasSibling(stem);
}
function backupSegment(path, exists) {
  const parts = path.split("/");
  return parts.find((s, i) => isBackupName(s, (stem) => !exists || exists([...parts.slice(0, i), stem].join("/"))));
}
var DIR = 1;
var FILE = 2;
var LINK = 4;
var SentEntry = class {
  constructor(name, kind) {
    this.name = name;
    this.kind = kind;
  }
  name;
  kind;
  isDirectory() {
    return this.kind === DIR;
  }
  isFile() {
    return this.kind === FILE;
  }
  isSymbolicLink() {
    return this.kind === LINK;
  }
};
var Walker = class {
  root;
  include;
  exclude;
  within;
  realRoot;
  /** Whether a root-relative path exists (a `-backup` copy's original). */
  exists = (path) => (0, import_node_fs.existsSync)(`${this.root}/${path}`);
  constructor(opts) {
    this.root = (0, import_node_path2.resolve)(opts.root);
    this.include = compileInclude(opts.include ?? DEFAULT_INCLUDE, this.root);
    this.exclude = compileExclude([...opts.exclude ?? [], ...DEFAULT_EXCLUDE]);
    this.within = opts.within ?? [];
  }
  /** The file at a root-relative path, as the walk gives it. */
  sourceFile(path) {
    return { path, abs: `${this.root}/${path}` };
  }
  /** Everything under `rel` ('' for the root), which the caller has already found wanted and not excluded. */
  *subtree(rel) {
    yield* this.walk(rel);
  }
  /**
   * The walk from `rel`; with `split`, once it has listed `split.afterDirs` folders, what is left may be
   * handed to another thread (`handOff`).
   */
  *walk(rel, split) {
    const root = this.root;
    yield* this.run(
      [{ rel, entries: sortedEntries(rel === "" ? root : `${root}/${rel}`), next: 0, backup: backupSegment(rel, this.exists) !== void 0 }],
      split
    );
  }
  /** The rest of a walk another thread handed off, from where it stopped (in the same order). */
  *resume(rest2) {
    const stack = rest2.map(({ rel, backup, names, kinds }) => ({ rel, backup, next: 0, entries: names.map((n, k) => new SentEntry(n, kinds[k])) }));
    yield* this.run(stack);
  }
  *run(stack, split) {
    const { root, within, exclude } = this;
    let listed = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const entry = top.entries[top.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const name = entry.name;
      const path = top.rel === "" ? name : `${top.rel}/${name}`;
      const backup = top.backup || isBackupName(name, (stem) => top.entries.some((e) => e.name === stem));
      if (entry.isDirectory()) {
        if (!wantedDir(within, path) || exclude.dir(path, name)) continue;
        stack.push({ rel: path, entries: sortedEntries(`${root}/${path}`), next: 0, backup });
        if (split && ++listed >= split.afterDirs) {
          const taken = split.handOff(() => rest(stack));
          if (taken) return;
          if (taken === false) split = void 0;
        }
        continue;
      }
      const file = this.file(entry, path, backup);
      if (file) yield file;
    }
  }
  file(entry, path, inBackup) {
    const isLink = entry.isSymbolicLink();
    if (!(isLink || entry.isFile()) || !wantedFile(this.within, path) || !this.include(path, entry.name) || this.exclude.file(path)) return void 0;
    const abs = `${this.root}/${path}`;
    const backup = inBackup ? backupSegment(path, this.exists) : void 0;
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
function rest(stack) {
  return stack.map(({ rel, backup, entries, next }) => {
    const left = entries.slice(next);
    return { rel, backup, names: left.map((e) => e.name), kinds: left.map((e) => e.isDirectory() ? DIR : e.isFile() ? FILE : e.isSymbolicLink() ? LINK : 0) };
  });
}
function symlinkSkip(path, abs, realRoot) {
  let target;
  try {
    target = (0, import_node_fs.realpathSync)(abs);
  } catch {
    target = void 0;
  }
  const inside = target !== void 0 && (target === realRoot || target.startsWith(realRoot + import_node_path2.sep));
  return inside ? { path, reason: "symlink", detail: "symbolic link inside the workspace; its target is scanned on its own", quiet: true } : { path, reason: "symlink-outside", detail: "symbolic link to a path outside the workspace: not followed" };
}
var import_node_buffer = __toESM(require_node_buffer(), 1);
var import_node_fs3 = __toESM(require_node_fs(), 1);
var PAGE = 65536;
var Memory = globalThis.WebAssembly?.Memory;
var GrowableBuffer = class {
  memory;
  /** The whole buffer (a multiple of 64 KiB with WebAssembly); replaced when it grows. */
  bytes;
  /** `memory`: WebAssembly.Memory where the runtime has it (a test passes null for the other way). */
  constructor(initial, memory = Memory ?? null) {
    this.memory = memory ? new memory({ initial: Math.ceil(initial / PAGE) }) : void 0;
    this.bytes = this.memory ? Buffer.from(this.memory.buffer) : Buffer.allocUnsafe(initial);
  }
  /** At least `size` bytes, keeping what the buffer holds; a size it cannot reach throws a RangeError. */
  grow(size) {
    if (size <= this.bytes.length) return;
    if (this.memory) {
      this.memory.grow(Math.ceil(size / PAGE) - this.bytes.length / PAGE);
      this.bytes = Buffer.from(this.memory.buffer);
      return;
    }
    const bigger = Buffer.allocUnsafe(size);
    this.bytes.copy(bigger);
    this.bytes = bigger;
  }
};
var import_node_fs2 = __toESM(require_node_fs(), 1);
var O_NOATIME = import_node_fs2.constants.O_NOATIME ?? 0;
var ReadOpener = class {
  constructor(open = import_node_fs2.openSync, noatime = O_NOATIME) {
    this.open = open;
    this.flags = import_node_fs2.constants.O_RDONLY | noatime;
  }
  open;
  flags;
  /** A file descriptor for reading `path`; throws what opening it throws (ENOENT, EACCES, ...). */
  fd(path) {
    if (this.flags !== import_node_fs2.constants.O_RDONLY) {
      try {
        return this.open(path, this.flags);
      } catch (e) {
        if (e.code !== "EPERM") throw e;
        this.flags = import_node_fs2.constants.O_RDONLY;
      }
    }
    return this.open(path, this.flags);
  }
};
var FIRST_BUFFER = 1 << 20;
var BINARY_PROBE = 8192;
var FileReader = class {
  /** `first`: the buffer's first size (it grows to the cap for a larger file). */
  constructor(maxBytes = DEFAULT_MAX_BYTES, opener = new ReadOpener(), first = FIRST_BUFFER) {
    this.maxBytes = maxBytes;
    this.opener = opener;
    this.buf = new GrowableBuffer(first);
  }
  maxBytes;
  opener;
  buf;
  read(f) {
    let fd;
    try {
      fd = this.opener.fd(f.abs);
    } catch (e) {
      return { skipped: { path: f.path, reason: "unreadable", detail: e.message } };
    }
    try {
      return this.readOpen(f, fd);
    } catch (e) {
      return { skipped: { path: f.path, reason: "unreadable", detail: e.message } };
    } finally {
      (0, import_node_fs3.closeSync)(fd);
    }
  }
  readOpen(f, fd) {
    let total = 0;
    let buf = this.buf.bytes;
    for (; ; ) {
      if (total === buf.length) {
        const size = (0, import_node_fs3.fstatSync)(fd).size;
        if (size > this.maxBytes) return this.tooLarge(f, size);
        this.buf.grow(Math.min(Math.max(buf.length * 2, size + 1), this.maxBytes + 1));
        buf = this.buf.bytes;
      }
      const want = buf.length - total;
      const n = (0, import_node_fs3.readSync)(fd, buf, total, want, null);
      total += n;
      if (total > this.maxBytes) return this.tooLarge(f, Math.max(total, (0, import_node_fs3.fstatSync)(fd).size));
      if (n < want) break;
    }
    if (total === 0) return { skipped: { path: f.path, reason: "empty", detail: "empty file", quiet: true } };
    const bytes = buf.subarray(0, total);
    if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { skipped: { path: f.path, reason: "binary", detail: "contains NUL bytes" } };
    if (!(0, import_node_buffer.isUtf8)(bytes)) return { skipped: { path: f.path, reason: "not-utf8", detail: "not valid UTF-8 text" } };
    return { bytes };
  }
  tooLarge(f, size) {
    return { skipped: { path: f.path, reason: "too-large", detail: `${size} bytes is over the ${this.maxBytes}-byte limit` } };
  }
};
var utf8 = new TextDecoder("utf-8");
var utf8Inner = new TextDecoder("utf-8", { ignoreBOM: true });
var PIECE = 256 * 1024;
var COMPONENT_KEYS = [
  {
    keys: ["kubernetes", "kubernetesversion", "kubeversion", "k8s", "k8sversion", "k8sver", "kubever", "clusterversion"],
    fact: "kubernetes.version",
    what: "the Kubernetes version",
    pin: "set kubernetes-version"
  },
  { keys: ["calico", "calicoversion", "calicover", "calicotag"], fact: "calico.version", what: "the Calico version", pin: "set calico-version" },
  {
    keys: ["kubeproxy", "kubeproxyversion", "kubeproxytag"],
    fact: "kubeProxy.version",
    what: "the kube-proxy version",
    pin: "set fact kubeProxy.version=VERSION (or kubernetes-version)"
  },
  { keys: ["kernel", "kernelversion", "kernelrelease"], fact: "node.kernel", what: "the nodes' kernel", pin: "set kernel-version" }
];
var COMPONENT_KEY_SOURCE = `^\\s*(?:-\\s+)?["']?(?:${COMPONENT_KEYS.flatMap((c) => c.keys.map((k) => [...k].join("[-_.]*"))).join("|")})[-_.]*["']?\\s*:`;
var COMPONENT_KEY_LINE = new RegExp(COMPONENT_KEY_SOURCE, "im");
var COMPONENT_KEY_AT = new RegExp(COMPONENT_KEY_SOURCE, "imy");
var CANDIDATE_BYTES = [
  "calico",
  "kube_version",
  "kubeVersion",
  "kube-version",
  "k8s_ver",
  "k8sVer",
  "k8s:",
  "kubernetes:",
  "kubernetes_version",
  "kubernetesVersion",
  "kernel",
  "kube_proxy",
  "kubeProxy"
];
var KIND_BEFORE = /kind\\?["']?[ \t]*:[ \t\r\n]*(?:[!&][^ \t\r\n]*[ \t\r\n]+)*\\?["']?$/;
var KIND_WINDOW = 96;
function writtenAsKind(before) {
  return KIND_BEFORE.test(before);
}
function endsKind(next) {
  return next === void 0 || !(next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95 || next === 45 || next === 46);
}
var IGNORE_MARKER = "netcompat-ignore";
var HASH_BITS = 16;
var GOLDEN = 2654435761 | 0;
var Prefilter = class {
  constructor(extractors) {
    this.extractors = extractors;
    const always = extractors.flatMap((e) => e.alwaysPaths ? [`(?:${e.alwaysPaths.source})`] : []);
    this.always = always.length ? new RegExp(always.join("|")) : void 0;
    const byWord = /* @__PURE__ */ new Map();
    const needle = (word, kind) => {
      const key = `${kind ? "k" : "t"}:${word}`;
      let id = this.ids.get(key);
      if (id === void 0) {
        id = this.needles.length;
        this.needles.push(key);
        this.ids.set(key, id);
        let w = byWord.get(word);
        if (!w) {
          w = { bytes: Buffer.from(word, "latin1"), plain: -1, kind: -1 };
          byWord.set(word, w);
          this.words.push(w);
        }
        if (kind) w.kind = id;
        else w.plain = id;
      }
      return id;
    };
    for (const e of extractors) {
      this.byExtractor.set(e, [...e.triggers.map((t) => needle(t, false)), ...(e.kinds ?? []).map((k) => needle(k, true))]);
    }
    this.ignore = needle(IGNORE_MARKER, false);
    const before = this.needles.length;
    this.hints = CANDIDATE_BYTES.map((w) => needle(w, false));
    this.hintOnly = new Uint8Array(this.needles.length);
    for (let id = before; id < this.needles.length; id++) this.hintOnly[id] = 1;
    for (const w of this.words) {
      if (w.bytes.length < 4) {
        this.short.push(w);
        continue;
      }
      const b = w.bytes;
      const h = hash(b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24);
      let slot = this.table[h];
      if (slot === 0) {
        slot = this.buckets.length;
        this.buckets.push([]);
        this.table[h] = slot;
      }
      this.buckets[slot].push(w);
    }
    this.hits.seen = new Uint8Array(this.needles.length);
  }
  extractors;
  needles = [];
  ids = /* @__PURE__ */ new Map();
  words = [];
  table = new Uint16Array(1 << HASH_BITS);
  buckets = [[]];
  /** Words shorter than the hash key, found with indexOf instead. */
  short = [];
  /** Needle ids per extractor (triggers and kinds). */
  byExtractor = /* @__PURE__ */ new Map();
  ignore;
  /** Needle ids of the version-suggestion hints (candidates.ts), and which needles are nothing else. */
  hints;
  hintOnly;
  hits = { count: 0, needle: new Int32Array(256), at: new Int32Array(256), seen: new Uint8Array(0) };
  /** Paths some extractor reads whatever the text holds (`Needles.alwaysPaths`), as one expression; none for most scans. */
  always;
  /** Finds every trigger in `bytes` (one pass); the result is reused by the next call. */
  scan(bytes) {
    const hits = this.hits;
    hits.count = 0;
    hits.seen.fill(0);
    const n = bytes.length;
    const table = this.table;
    if (n >= 4) {
      let v = bytes[0] << 8 | bytes[1] << 16 | bytes[2] << 24;
      const last = n - 4;
      for (let i = 0; i <= last; i++) {
        v = v >>> 8 | bytes[i + 3] << 24;
        const slot = table[hash(v)];
        if (slot !== 0) this.verify(bytes, i, this.buckets[slot]);
      }
    }
    for (const w of this.short) {
      for (let at = bytes.indexOf(w.bytes); at !== -1; at = bytes.indexOf(w.bytes, at + 1)) this.record(bytes, w, at);
    }
    return hits;
  }
  verify(bytes, i, bucket) {
    for (const w of bucket) {
      const b = w.bytes;
      if (i + b.length > bytes.length) continue;
      let j = 0;
      while (j < b.length && bytes[i + j] === b[j]) j++;
      if (j === b.length) this.record(bytes, w, i);
    }
  }
  record(bytes, w, at) {
    if (w.plain >= 0) this.push(w.plain, at);
    if (w.kind >= 0 && endsKind(bytes[at + w.bytes.length]) && writtenAsKind(bytes.toString("latin1", Math.max(0, at - KIND_WINDOW), at)))
      this.push(w.kind, at);
  }
  push(id, at) {
    const h = this.hits;
    if (h.count === h.needle.length) {
      const needle = new Int32Array(h.count * 2);
      const pos = new Int32Array(h.count * 2);
      needle.set(h.needle);
      pos.set(h.at);
      h.needle = needle;
      h.at = pos;
    }
    h.needle[h.count] = id;
    h.at[h.count] = at;
    h.count++;
    h.seen[id] = 1;
  }
  /** Whether a trigger, a kind or the ignore marker occurred (a version-suggestion hint alone does not count). */
  relevant(hits) {
    for (let k = 0; k < hits.count; k++) if (this.hintOnly[hits.needle[k]] === 0) return true;
    return false;
  }
  /** Whether the file may hold a version suggestion (`mayHoldCandidates`, from this pass). */
  hinted(hits) {
    return this.hints.some((id) => hits.seen[id] === 1);
  }
  /** Whether some extractor reads this file whatever it holds (`alwaysPaths`). */
  alwaysFor(path) {
    return this.always !== void 0 && this.always.test(path);
  }
  /** Extractors whose path filter accepts the file and one of whose triggers occurred (or which read it always), in registry order. */
  triggered(path, hits) {
    const out = [];
    const always = this.alwaysFor(path);
    if (hits.count === 0 && !always) return out;
    for (const e of this.extractors) {
      if (e.paths && !e.paths.test(path)) continue;
      if (always && e.alwaysPaths?.test(path) || hits.count > 0 && this.byExtractor.get(e).some((id) => hits.seen[id] === 1)) out.push(e);
    }
    return out;
  }
  /** Byte offsets where a trigger of one of `extractors` occurred, ascending. */
  offsetsOf(extractors, hits) {
    const wanted = /* @__PURE__ */ new Set();
    for (const e of extractors) for (const id of this.byExtractor.get(e) ?? []) wanted.add(id);
    const out = [];
    for (let k = 0; k < hits.count; k++) if (wanted.has(hits.needle[k])) out.push(hits.at[k]);
    return out.sort((a, b) => a - b);
  }
};
function hash(v) {
  return Math.imul(v, GOLDEN) >>> 32 - HASH_BITS;
}
var AHEAD = 8;
var NEAR = 2;
var LEAD = 64;
var WORKER_READ = 256 * 1024;
var STOP_EVERY = 4;
var ResultWriter = class {
  /** `bytes`: the reader's one buffer for the bytes of a part, copied out when sent. */
  constructor(chunk, bytes) {
    this.chunk = chunk;
    this.bytes = bytes;
  }
  chunk;
  bytes;
  codes = [];
  sizes = [];
  skips = [];
  used = 0;
  from = 0;
  add(code, size = 0, skip, data) {
    this.codes.push(code);
    this.sizes.push(size);
    if (skip) this.skips.push(skip);
    if (data) {
      this.bytes.set(data, this.used);
      this.used += data.length;
    }
  }
  /** Room for a file's bytes (at most SENT_BYTES) without growing the buffer. */
  room(n) {
    return this.used + n <= this.bytes.length;
  }
  /** Sends what is held; `rest`: the last part of a chunk the worker stops reading early. */
  flush(rest2) {
    if (this.codes.length === 0 && !rest2) return;
    const bytes = this.bytes.slice(0, this.used);
    const part = {
      chunk: this.chunk,
      from: this.from,
      codes: Uint8Array.from(this.codes),
      sizes: Int32Array.from(this.sizes),
      bytes,
      skips: this.skips,
      ...rest2 ? { rest: true } : {}
    };
    import_node_worker_threads.parentPort.postMessage(part, [bytes.buffer]);
    this.from += this.codes.length;
    this.codes = [];
    this.sizes = [];
    this.skips = [];
    this.used = 0;
  }
};
var ChunkReader = class {
  constructor(maxBytes, search) {
    this.search = search;
    this.reader = new FileReader(Math.min(maxBytes ?? DEFAULT_MAX_BYTES, WORKER_READ), void 0, WORKER_READ);
    this.prefilter = new Prefilter(search.needles);
  }
  search;
  reader;
  prefilter;
  /** Allocated once: a buffer per chunk would pile up in this thread's malloc arena until collected. */
  held = new Uint8Array(2 * SENT_BYTES);
  /** Reads a chunk, or its first part when `stop()` turns true (checked every few files). */
  read({ chunk, entries }, stop) {
    const out = new ResultWriter(chunk, this.held);
    for (let k = 0; k < entries.length; k++) {
      if (k % STOP_EVERY === STOP_EVERY - 1 && stop()) return out.flush(true);
      const found = entries[k];
      if ("skipped" in found) {
        out.add(SKIPPED);
        continue;
      }
      const path = found.file.path;
      const read = this.reader.read(found.file);
      if ("skipped" in read) {
        if (read.skipped.reason === "too-large") out.add(READ_HERE);
        else out.add(UNREAD, 0, read.skipped);
        continue;
      }
      const bytes = read.bytes;
      const prefilter = this.prefilter;
      const hits = prefilter.scan(bytes);
      if (!(prefilter.relevant(hits) || this.search.always.test(path) || this.search.suggestions.test(path) && prefilter.hinted(hits))) {
        out.add(SIZE, bytes.length);
      } else if (bytes.length > SENT_BYTES) out.add(READ_HERE);
      else {
        if (!out.room(bytes.length)) out.flush();
        out.add(BYTES, bytes.length, void 0, bytes);
      }
    }
    out.flush();
  }
};
function runShared(input2) {
  const state = new Int32Array(input2.state);
  const port = import_node_worker_threads.parentPort;
  Atomics.store(state, UP, 1);
  while (Atomics.load(state, POSTED) === 0) Atomics.wait(state, POSTED, 0, 50);
  if (Atomics.load(state, POSTED) !== 1) return;
  const start = (0, import_node_worker_threads.receiveMessageOnPort)(port).message;
  let reader = start.words ? new ChunkReader(input2.walk.maxBytes, start.words) : void 0;
  const walk = new Walker(input2.walk).resume(start.rest);
  const open = [];
  const pages = [];
  let chunks = 0;
  let walking = true;
  const readNewest = (ahead) => {
    if (!reader) {
      const words = (0, import_node_worker_threads.receiveMessageOnPort)(port)?.message;
      if (!words) return false;
      reader = new ChunkReader(input2.walk.maxBytes, words);
    }
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top.chunk <= Atomics.load(state, FRONT) + ahead) return false;
      open.pop();
      const page = pages[Math.floor(top.chunk / CLAIM_PAGE)];
      if (Atomics.compareExchange(page, top.chunk % CLAIM_PAGE, UNCLAIMED, WORKER) !== UNCLAIMED) return false;
      reader.read(top, () => walking && Atomics.load(state, FRONT) >= chunks - NEAR);
      return true;
    }
    return false;
  };
  for (; ; ) {
    if (readNewest(walking ? AHEAD : 0)) continue;
    if (!walking) break;
    if (chunks - Atomics.load(state, FRONT) > LEAD) {
      Atomics.wait(state, FRONT, Atomics.load(state, FRONT), 5);
      continue;
    }
    const entries = [];
    for (let next = walk.next(); ; next = walk.next()) {
      if (next.done) {
        walking = false;
        break;
      }
      entries.push(next.value);
      if (entries.length === SHARED_CHUNK) break;
    }
    if (entries.length > 0) {
      const chunk = chunks++;
      const listing = {
        chunk,
        paths: entries.map((e) => "skipped" in e ? e.skipped.path : e.file.path).join("\0"),
        codes: Uint8Array.from(entries, (e) => "skipped" in e ? SKIPPED : 0),
        skips: entries.flatMap((e) => "skipped" in e ? [e.skipped] : [])
      };
      if (chunk % CLAIM_PAGE === 0) {
        const page = new SharedArrayBuffer(4 * CLAIM_PAGE);
        pages.push(new Int32Array(page));
        listing.claims = page;
      }
      port.postMessage(listing);
      const front = Atomics.load(state, FRONT);
      while (open.length > 0 && open[0].chunk <= front) open.shift();
      open.push({ chunk, entries });
    }
    if (!walking) port.postMessage({ chunk: chunks, paths: "", codes: new Uint8Array(0), skips: [], end: chunks });
  }
}
function run(input2) {
  if (input2.heapFlags) keepHeapSmall();
  runShared(input2);
}
var input = import_node_worker_threads2.workerData;
if (!import_node_worker_threads2.isMainThread && import_node_worker_threads2.parentPort && input?.role === FILE_WORKER) run(input);

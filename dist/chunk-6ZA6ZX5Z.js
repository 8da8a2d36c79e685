"use strict";
var __netcompatUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_6ZA6ZX5Z_exports = {};
__export(chunk_6ZA6ZX5Z_exports, {
  RepositoryReader: () => RepositoryReader,
  extractorsOf: () => extractorsOf,
  phaseSetup: () => phaseSetup
});
module.exports = Object.defineProperty(chunk_6ZA6ZX5Z_exports, "__esModule", { value: true });
var import_chunk_600CC460 = require("./chunk-600CC460.js");
var import_chunk_FXEUWMEN = require("./chunk-FXEUWMEN.js");
var import_chunk_600CC4602 = require("./chunk-600CC460.js");
var import_chunk_600CC4603 = require("./chunk-600CC460.js");
var require_node_buffer = (0, import_chunk_600CC4603.__commonJS)({
  "builtin:node:buffer"(exports2, module2) {
    module2.exports = Object.create((0, import_chunk_600CC4603.__require)("node:buffer"), { __esModule: { value: true } });
  }
});
var import_node_buffer = (0, import_chunk_600CC4603.__toESM)(require_node_buffer(), 1);
var import_node_fs2 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC4602.require_node_fs)(), 1);
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
var import_node_fs = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC4602.require_node_fs)(), 1);
var O_NOATIME = import_node_fs.constants.O_NOATIME ?? 0;
var ReadOpener = class {
  constructor(open = import_node_fs.openSync, noatime = O_NOATIME) {
    this.open = open;
    this.flags = import_node_fs.constants.O_RDONLY | noatime;
  }
  open;
  flags;
  /** A file descriptor for reading `path`; throws what opening it throws (ENOENT, EACCES, ...). */
  fd(path) {
    if (this.flags !== import_node_fs.constants.O_RDONLY) {
      try {
        return this.open(path, this.flags);
      } catch (e) {
        if (e.code !== "EPERM") throw e;
        this.flags = import_node_fs.constants.O_RDONLY;
      }
    }
    return this.open(path, this.flags);
  }
};
var FIRST_BUFFER = 1 << 20;
var BINARY_PROBE = 8192;
var FileReader = class {
  /** `first`: the buffer's first size (it grows to the cap for a larger file). */
  constructor(maxBytes = import_chunk_600CC460.DEFAULT_MAX_BYTES, opener = new ReadOpener(), first = FIRST_BUFFER) {
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
      (0, import_node_fs2.closeSync)(fd);
    }
  }
  readOpen(f, fd) {
    let total = 0;
    let buf = this.buf.bytes;
    for (; ; ) {
      if (total === buf.length) {
        const size = (0, import_node_fs2.fstatSync)(fd).size;
        if (size > this.maxBytes) return this.tooLarge(f, size);
        this.buf.grow(Math.min(Math.max(buf.length * 2, size + 1), this.maxBytes + 1));
        buf = this.buf.bytes;
      }
      const want = buf.length - total;
      const n = (0, import_node_fs2.readSync)(fd, buf, total, want, null);
      total += n;
      if (total > this.maxBytes) return this.tooLarge(f, Math.max(total, (0, import_node_fs2.fstatSync)(fd).size));
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
function decodeText(bytes) {
  if (bytes.length <= PIECE) return utf8.decode(bytes);
  let text = "";
  for (let start = 0; start < bytes.length; ) {
    let end = Math.min(start + PIECE, bytes.length);
    while (end < bytes.length && (bytes[end] & 192) === 128) end--;
    text += (start === 0 ? utf8 : utf8Inner).decode(bytes.subarray(start, end));
    start = end;
  }
  return text;
}
var import_node_fs3 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC4602.require_node_fs)(), 1);
var import_node_path = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
function entryExists(root, path) {
  const rel = import_node_path.posix.normalize(path);
  if (import_node_path.posix.isAbsolute(rel) || rel === ".." || rel.startsWith("../") || rel === ".") return false;
  const st = (0, import_node_fs3.lstatSync)(`${(0, import_node_path.resolve)(root)}/${rel}`, { throwIfNoEntry: false });
  return st !== void 0 && (st.isFile() || st.isSymbolicLink());
}
var import_node_fs4 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC4602.require_node_fs)(), 1);
var import_node_path2 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
function readWithin(root, path, reader) {
  const rel = import_node_path2.posix.normalize(path);
  if (import_node_path2.posix.isAbsolute(rel) || rel === ".." || rel.startsWith("../") || rel === ".") return { reason: `${path} is outside the scanned directory` };
  const base = (0, import_node_path2.resolve)(root);
  const abs = `${base}/${rel}`;
  try {
    if ((0, import_node_fs4.realpathSync)(abs) !== `${(0, import_node_fs4.realpathSync)(base)}/${rel}`) return { reason: `${rel} goes through a symbolic link` };
    if (!(0, import_node_fs4.lstatSync)(abs).isFile()) return { reason: `${rel} is not a regular file` };
  } catch (e) {
    return { reason: e.code === "ENOENT" ? `${rel} does not exist` : `${rel} cannot be read` };
  }
  const read = reader.read({ path: rel, abs });
  return "skipped" in read ? { reason: `${rel}: ${read.skipped.detail}` } : { text: decodeText(read.bytes) };
}
var WORD = /[A-Za-z0-9_]/;
var RULE_CHARS = /[A-Z0-9, \t-]/;
var MARK = "netcompat-ignore";
function findDirectives(file, text) {
  if (!text.includes(MARK)) return [];
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.includes(MARK)) return;
    const d = directiveIn(line);
    if (!d) return;
    const directive = { file, line: i + 1, column: d.column, rules: d.rules };
    if (d.reason) directive.reason = d.reason;
    out.push(directive);
  });
  return out;
}
function directiveIn(line) {
  for (let hash2 = line.indexOf("#"); hash2 >= 0; hash2 = line.indexOf("#", hash2 + 1)) {
    let j = hash2 + 1;
    while (j < line.length && /\s/.test(line[j])) j++;
    if (!line.startsWith(MARK, j)) continue;
    j += MARK.length;
    if (j < line.length && WORD.test(line[j])) continue;
    const listStart = j;
    while (j < line.length && RULE_CHARS.test(line[j])) j++;
    const list = line.slice(listStart, j);
    let reason;
    if (j < line.length) {
      if (line[j] !== ":") continue;
      reason = line.slice(j + 1).trim() || void 0;
    }
    const rules = list.split(/[\s,]+/).filter(Boolean);
    return reason ? { column: hash2 + 1, rules, reason } : { column: hash2 + 1, rules };
  }
  return void 0;
}
var import_yaml3 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var BLOCK_LINE = /^[ \t]*#%/m;
function hasCommentDelimiters(text) {
  if (BLOCK_LINE.test(text)) return true;
  const open = text.indexOf("#{");
  return open >= 0 && text.indexOf("}#", open + 2) >= 0;
}
var DASH = 45;
var DOT = 46;
var NL = 10;
function endsMarker(next) {
  return next === void 0 || next === 32 || next === 9 || next === 13 || next === NL;
}
function segmentStarts(bytes) {
  const starts = [];
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const n = bytes.length;
  for (let at = bom; at < n; ) {
    const c = bytes[at];
    if ((c === DASH || c === DOT) && bytes[at + 1] === c && bytes[at + 2] === c && endsMarker(bytes[at + 3])) {
      if (c === DOT) return void 0;
      starts.push(at);
    }
    const nl = bytes.indexOf(NL, at);
    if (nl === -1) break;
    at = nl + 1;
  }
  return starts.length > 0 ? starts : void 0;
}
function segmentsHolding(starts, offsets) {
  const keep = Array.from({ length: starts.length + 1 }, (_, k) => k === 0);
  let s = 0;
  for (const at of offsets) {
    while (s < starts.length && starts[s] <= at) s++;
    keep[s] = true;
  }
  return keep;
}
var MARKER = /(?:^|\n)(---)(?=[ \t\r\n]|$)/g;
function blankSegments(text, keep) {
  const starts = [];
  for (const m of text.matchAll(MARKER)) starts.push(m.index + m[0].length - 3);
  if (starts.length + 1 !== keep.length) return text;
  const parts = [text.slice(0, starts[0])];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = k + 1 < starts.length ? starts[k + 1] : text.length;
    if (keep[k + 1]) parts.push(text.slice(from, to));
    else parts.push("---", blank(text.slice(from + 3, to)));
  }
  return parts.join("");
}
function blank(s) {
  return s.split("\n").map((line) => " ".repeat(line.length)).join("\n");
}
var isLineTerminator = (c) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";
function lineEnd(text, from) {
  for (let i = from; i < text.length; i++) if (isLineTerminator(text[i])) return i;
  return text.length;
}
function findSpans(text, kinds) {
  const out = [];
  const nextClose = kinds.map(() => -2);
  let curLineStart = -1;
  let curLineEnd = -1;
  let i = 0;
  while (i < text.length) {
    let matched = -1;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k];
      if (!text.startsWith(kind.open, i)) continue;
      const from = i + kind.open.length;
      let c = nextClose[k];
      if (c !== -1 && c < from) {
        c = text.indexOf(kind.close, from);
        nextClose[k] = c;
      }
      if (c === -1) continue;
      if (kind.line) {
        if (i >= curLineEnd || i < curLineStart) {
          curLineStart = i;
          curLineEnd = lineEnd(text, i);
        }
        if (c + kind.close.length > curLineEnd) continue;
      }
      matched = c + kind.close.length;
      break;
    }
    if (matched >= 0) {
      out.push([i, matched]);
      i = matched;
    } else {
      i++;
    }
  }
  return out;
}
function replaceSpans(text, kinds, fn) {
  const spans = findSpans(text, kinds);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + fn(text.slice(s, e));
    at = e;
  }
  return out + text.slice(at);
}
var TEMPLATE_EXPRESSIONS = [
  { open: "{{", close: "}}", line: true },
  { open: "{%", close: "%}", line: true }
];
var TEMPLATE_TOKENS = [...TEMPLATE_EXPRESSIONS, { open: "%{", close: "}", line: true }, { open: "{#", close: "#}", line: true }];
function maskTemplateBlanks(text, blank2) {
  if (!text.includes("{{") && !text.includes("{%")) return text;
  return replaceSpans(text, TEMPLATE_EXPRESSIONS, (m) => m.replace(/\s/g, blank2));
}
function stripDelimiters(token, open, close, markers) {
  let s = token.startsWith(open) ? token.slice(open.length) : token;
  s = s.endsWith(close) ? s.slice(0, s.length - close.length) : s;
  if (s.length > 0 && markers.includes(s[0])) s = s.slice(1);
  if (s.length > 0 && markers.includes(s[s.length - 1])) s = s.slice(0, -1);
  return s.trim();
}
function hasTemplateMark(text) {
  if (text.includes("{{") || text.includes("{%")) return true;
  if (text.startsWith("%{")) return true;
  for (let i = text.indexOf("%{"); i > 0; i = text.indexOf("%{", i + 1)) if (isLineTerminator(text[i - 1])) return true;
  let close = -1;
  for (let i = text.indexOf("${"); i >= 0; i = text.indexOf("${", i + 1)) {
    if (close < i + 2) close = text.indexOf("}", i + 2);
    if (close < 0) return false;
    let j = close + 1;
    while (j < text.length && !isLineTerminator(text[j]) && /\s/.test(text[j])) j++;
    if (j === text.length || isLineTerminator(text[j])) return true;
    i = close;
  }
  return false;
}
function countDocumentStarts(text, max) {
  let n = 0;
  for (let i = text.indexOf("---"); i >= 0 && n < max; i = text.indexOf("---", i + 3)) {
    if (i > 0 && text[i - 1] !== "\n") continue;
    const next = text[i + 3];
    if (next === void 0 || next === " " || next === "	" || next === "\n" || next === "\r") n++;
  }
  return n;
}
function flowDepthOver(text, max) {
  let depth = 0;
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inComment) {
      if (c === "\n") inComment = false;
      continue;
    }
    if (c === "#" && (i === 0 || text[i - 1] === " " || text[i - 1] === "	" || text[i - 1] === "\n")) inComment = true;
    else if (c === "[" || c === "{") {
      if (++depth > max) return true;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return false;
}
function classify(token) {
  if (token.startsWith("{#")) return "quiet";
  if (token.startsWith("%{")) {
    const inner2 = stripDelimiters(token, "%{", "}", "~");
    if (/^(if|for)\b/.test(inner2)) return "open";
    if (/^else\b/.test(inner2)) return "middle";
    if (/^end(if|for)\b/.test(inner2)) return "close";
    return "output";
  }
  if (token.startsWith("{%")) {
    const inner2 = stripDelimiters(token, "{%", "%}", "-+");
    if (inner2.startsWith("set") && /\s/.test(inner2[3] ?? "") && inner2.indexOf("=") >= 5) return "quiet";
    if (/^(if|for|macro|block|call|filter|set)\b/.test(inner2)) return "open";
    if (/^(elif|else)\b/.test(inner2)) return "middle";
    if (/^end\w*\b/.test(inner2)) return "close";
    return "output";
  }
  const inner = stripDelimiters(token, "{{", "}}", "-");
  if (inner.startsWith("/*") && inner.endsWith("*/") && inner.length >= 4) return "quiet";
  if (/^\$[\w]*\s*:?=/.test(inner)) return "quiet";
  if (/^(if|range|with|define|block)\b/.test(inner)) return "open";
  if (/^else\b/.test(inner)) return "middle";
  if (/^end\b/.test(inner)) return "close";
  return "output";
}
function setAsideTemplateLines(text) {
  const lines = text.split("\n");
  const blanked = [];
  const conditional = /* @__PURE__ */ new Set();
  const unknown = /* @__PURE__ */ new Set();
  let depth = 0;
  let commentEnd;
  let inline = false;
  const lineSpans = /* @__PURE__ */ new Map();
  const blank2 = (i) => {
    lines[i] = (lines[i] ?? "").replace(/[^\r]/g, " ");
    blanked.push(i + 1);
    lineSpans.delete(i);
  };
  lines.forEach((line, i) => {
    if (commentEnd) {
      if (commentEnd.test(line)) commentEnd = void 0;
      blank2(i);
      return;
    }
    const opensComment = /^\s*\{\{-?\s*\/\*(?![\s\S]*\*\/)/.test(line) ? /\*\/\s*-?\}\}/ : /^\s*\{#(?![\s\S]*#\})/.test(line) ? /#\}/ : void 0;
    if (opensComment) {
      commentEnd = opensComment;
      blank2(i);
      return;
    }
    const spans = findSpans(line, TEMPLATE_TOKENS);
    const tokens2 = spans.map(([s, e]) => line.slice(s, e));
    if (spans.length > 0) lineSpans.set(i, spans);
    if (tokens2.length === 0 || outside(line, spans).trim() !== "") {
      if (depth > 0) conditional.add(i + 1);
      inline ||= tokens2.length > 0;
      return;
    }
    const kinds = tokens2.map(classify);
    if (kinds.includes("output")) {
      unknown.add(i + 1);
      return;
    }
    for (const k of kinds) {
      if (k === "open") depth++;
      else if (k === "close") depth = Math.max(0, depth - 1);
    }
    blank2(i);
  });
  if (blanked.length === 0 && unknown.size === 0 && !inline) return void 0;
  return { text: lines.join("\n"), blanked, conditional, unknown, spans: lineSpans };
}
function outside(line, spans) {
  let out = "";
  let at = 0;
  for (const [s, e] of spans) {
    out += line.slice(at, s);
    at = e;
  }
  return out + line.slice(at);
}
function templateNote(conditional, beside) {
  return (line) => {
    if (conditional.has(line)) return "inside a template condition";
    const u = beside?.get(line);
    return u === void 0 ? void 0 : `template output at line ${u} may add or replace values here`;
  };
}
var import_yaml = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var MARKS = ["\uE000", "\uE001"];
var MARKED = /[\uE000\uE001]/;
var indentOf = (line) => line.length - line.trimStart().length;
function templateYaml(aside) {
  const lines = aside.text.split("\n");
  const content = (i) => {
    const t = (lines[i] ?? "").trim();
    return t !== "" && !t.startsWith("#") && !aside.unknown.has(i + 1);
  };
  const unscoped = /* @__PURE__ */ new Set();
  const scopes = [];
  const unknown = [...aside.unknown].sort((a, b) => a - b);
  const parents = nearestLessIndented(lines, unknown, content, -1);
  const ends = nearestLessIndented(lines, unknown, content, 1);
  unknown.forEach((u, k) => {
    const from = parents[k];
    if (from < 0 || /^(---|\.\.\.)(\s|$)/.test(lines[from])) unscoped.add(u);
    else scopes.push({ from, to: ends[k] < 0 ? lines.length - 1 : ends[k] - 1, u });
  });
  const rendered = scopes.map((s) => s.u);
  const beside = besideLines(scopes, lines.length);
  for (const u of rendered) lines[u - 1] = (lines[u - 1] ?? "").replace(/[^\r]/g, " ");
  const text = lines.join("\n");
  const masks = [];
  let parseText = "";
  let at = 0;
  let offset = 0;
  const blankedNow = new Set(rendered);
  lines.forEach((line, i) => {
    for (const [s, e] of blankedNow.has(i + 1) ? [] : aside.spans.get(i) ?? []) {
      if (!line.startsWith("{{", s) && !line.startsWith("{%", s)) continue;
      parseText += text.slice(at, offset + s) + MARKS[masks.length % 2].repeat(e - s);
      masks.push([offset + s, offset + e]);
      at = offset + e;
    }
    offset += line.length + 1;
  });
  parseText += text.slice(at);
  return { text, parseText, masks, beside, unscoped, rendered };
}
function nearestLessIndented(lines, at, content, dir) {
  const out = new Array(at.length).fill(-1);
  const stack = [];
  const order = dir === -1 ? at.map((_, k) => k) : at.map((_, k) => at.length - 1 - k);
  let next = 0;
  for (let step = 0; step < lines.length && next < order.length; step++) {
    const i = dir === -1 ? step : lines.length - 1 - step;
    const k = order[next];
    if (at[k] - 1 === i) {
      const indent2 = indentOf(lines[i] ?? "");
      let lo = 0;
      let hi = stack.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (stack[mid].indent < indent2) lo = mid + 1;
        else hi = mid;
      }
      out[k] = lo > 0 ? stack[lo - 1].line : -1;
      next++;
      continue;
    }
    if (!content(i)) continue;
    const indent = indentOf(lines[i]);
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    stack.push({ indent, line: i });
  }
  return out;
}
function besideLines(scopes, count) {
  const beside = /* @__PURE__ */ new Map();
  const sorted = [...scopes].sort((a, b) => a.from - b.from || a.u - b.u);
  let best;
  let k = 0;
  for (let l = 0; l < count; l++) {
    while (k < sorted.length && sorted[k].from === l) {
      const s = sorted[k++];
      if (!best || s.to > best.to) best = s;
    }
    if (best && best.to >= l) beside.set(l + 1, best.u);
    else if (k >= sorted.length) break;
  }
  return beside;
}
function restoreValues(doc, t) {
  if (t.masks.length === 0) return;
  (0, import_yaml.visit)(doc, {
    Scalar(_, node) {
      if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string" || !MARKED.test(node.value) || !node.range) return;
      const inside2 = masksWithin(t.masks, node.range[0], node.range[1]);
      let k = 0;
      const value = node.value.replace(/\uE000+|\uE001+/g, () => {
        const m = inside2[k++];
        return m ? t.text.slice(m[0], m[1]) : "{{ }}";
      });
      node.value = value;
      if (typeof node.source === "string") node.source = value;
    }
  });
}
function masksWithin(masks, from, to) {
  let lo = 0;
  let hi = masks.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (masks[mid][0] < from) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let i = lo; i < masks.length && masks[i][0] < to; i++) out.push(masks[i]);
  return out;
}
function lineCounterMapper(lc) {
  return (offset) => {
    const { line, col } = lc.linePos(offset);
    return { line, column: col };
  };
}
function placeOf(d, node) {
  const range = node?.range;
  if (!range) return { file: d.file, line: d.embeddedIn?.line ?? 1, column: d.embeddedIn?.column ?? 1 };
  const start = d.map(range[0]);
  const end = d.map(Math.max(range[0], range[1]));
  return { file: d.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
var import_yaml2 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var OUTSIDE = /[^\x20-\x7e\n]/;
var NOT_PLAIN_START = /^[\s?:,[\]{}#&*!|>'"%@`]/;
function plainDocuments(text) {
  if (text.length === 0 || OUTSIDE.test(text)) return void 0;
  const docs = [];
  let doc;
  let stack = [];
  let pending;
  let blanks = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const newline = (indent) => nl < 0 ? [] : [{ type: "newline", offset: end, indent, source: "\n" }];
    if (line.startsWith("---") || line.startsWith("...")) {
      if (line !== "---" || doc && !doc.value || pending?.blank) return void 0;
      if (doc && blanks.length > 0) doc.end = blanks;
      blanks = [];
      doc = { type: "document", offset: pos, start: [{ type: "doc-start", offset: pos, indent: 0, source: "---" }, ...newline(0)] };
      docs.push(doc);
      stack = [];
      pending = void 0;
      pos = end + 1;
      continue;
    }
    if (!doc?.value && (line.length === 0 || line.charCodeAt(0) === 35)) {
      if (line.length > 0 && line.charCodeAt(line.length - 1) === 32) return void 0;
      const lead2 = line.length > 0 ? [{ type: "comment", offset: pos, indent: 0, source: line }] : [];
      if (nl >= 0) lead2.push({ type: "newline", offset: end, indent: 0, source: "\n" });
      (doc ? doc.start : docs).push(...lead2);
      pos = end + 1;
      continue;
    }
    if (line.includes("#")) return void 0;
    if (line.length === 0) {
      const blank2 = { type: "newline", offset: pos, indent: 0, source: "\n" };
      if (pending) {
        pending.item.sep.push(blank2);
        pending.blank = true;
      } else blanks.push(blank2);
      pos = end + 1;
      continue;
    }
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    if (n === line.length || line.charCodeAt(line.length - 1) === 32) return void 0;
    if (!doc) {
      doc = { type: "document", offset: pos, start: [] };
      docs.push(doc);
    }
    const seq = line.charCodeAt(n) === 45 && (n + 1 === line.length || line.charCodeAt(n + 1) === 32);
    const at = seq ? n + 2 : n;
    if (seq && (at >= line.length || line.charCodeAt(at) === 32 || line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === 32))) {
      return void 0;
    }
    const content = readContent(line, at);
    if (!content || !seq && content.key === void 0) return void 0;
    const lead = n > 0 ? { type: "space", offset: pos, indent: 0, source: line.slice(0, n) } : void 0;
    let start = lead ? [...blanks, lead] : blanks;
    blanks = [];
    if (!doc.value) {
      if (n !== 0) return void 0;
      const root = collection(seq, pos, 0);
      doc.value = root.node;
      stack = [root];
    } else if (pending) {
      const p = pending;
      pending = void 0;
      if (lead) p.item.sep.push(lead);
      start = p.blank && n === p.indent && !seq ? p.item.sep.splice(2) : [];
      if (n > p.indent || n === p.indent && seq) {
        const open = collection(seq, pos + n, n);
        p.item.value = open.node;
        stack.push(open);
      }
    }
    while (stack.length > 0 && stack[stack.length - 1].indent > n) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.indent !== n) return void 0;
    if (top.node.type === "block-seq" && !seq) {
      stack.pop();
      top = stack[stack.length - 1];
      if (!top || top.indent !== n) return void 0;
    }
    if (top.node.type === "block-seq" !== seq) return void 0;
    if (top.node.type === "block-seq") {
      const dash = { type: "seq-item-ind", offset: pos + n, indent: n, source: "-" };
      const space = { type: "space", offset: pos + n + 1, indent: n + 1, source: " " };
      const item = { start: [...start, dash, space] };
      top.node.items.push(item);
      if (content.key === void 0) {
        const v = content.value;
        if (v.type === "block-scalar") return void 0;
        item.value = valueToken(v, pos, at, newline(at));
      } else {
        const inner = { type: "block-map", offset: pos + at, indent: at, items: [] };
        item.value = inner;
        stack.push({ node: inner, indent: at });
        pending = pair(inner, [], content, pos, at, newline(at));
      }
    } else {
      pending = pair(top.node, start, content, pos, at, newline(at));
    }
    pos = end + 1;
    if (content.value?.type === "block-scalar") {
      const block = blockLines(text, pos, at);
      if (!block) return void 0;
      const map = stack[stack.length - 1].node;
      map.items[map.items.length - 1].value.source = text.slice(pos, block);
      pos = block;
    }
  }
  if (!doc?.value) return void 0;
  if (blanks.length > 0) doc.end = blanks;
  return docs;
}
function collection(seq, offset, indent) {
  return { node: seq ? { type: "block-seq", offset, indent, items: [] } : { type: "block-map", offset, indent, items: [] }, indent };
}
function pair(map, start, content, pos, at, newline) {
  const key2 = { type: "scalar", offset: pos + at, indent: at, source: content.key };
  const colon = at + content.key.length;
  const sep = [{ type: "map-value-ind", offset: pos + colon, indent: at, source: ":" }];
  if (content.value) {
    sep.push({ type: "space", offset: pos + colon + 1, indent: at, source: " " });
    const v = content.value;
    const value = v.type === "block-scalar" ? (
      // A block scalar takes its collection's indent; its content is filled in by the caller.
      {
        type: "block-scalar",
        offset: pos + v.at,
        indent: map.indent,
        props: [{ type: "block-scalar-header", offset: pos + v.at, indent: at, source: v.text }, ...newline],
        source: ""
      }
    ) : valueToken(v, pos, at, newline);
    map.items.push({ start, key: key2, sep, value });
    return void 0;
  }
  sep.push(...newline);
  const item = { start, key: key2, sep };
  map.items.push(item);
  return { item, indent: map.indent };
}
function blockLines(text, from, keyAt) {
  let pos = from;
  let indent = -1;
  while (pos < text.length) {
    let n = 0;
    while (text.charCodeAt(pos + n) === 32) n++;
    const c = text.charCodeAt(pos + n);
    if (Number.isNaN(c) || c === 10 || c === 35) return void 0;
    if (indent < 0) {
      if (n <= keyAt) return void 0;
      indent = n;
    } else if (n < indent) {
      return n <= keyAt ? pos : void 0;
    }
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    if (text.charCodeAt(end - 1) === 32 || text.slice(pos, end).includes("#")) return void 0;
    pos = nl < 0 ? text.length : nl + 1;
  }
  return indent < 0 ? void 0 : pos;
}
function valueToken(value, pos, indent, newline) {
  const offset = pos + value.at;
  if (value.type === "flow") return flowToken(value.text, offset, indent, newline);
  const s = { type: value.type, offset, indent, source: value.text };
  if (newline.length > 0) s.end = newline;
  return s;
}
var PLACEHOLDER = /^\{\{( ?)[\w.]+\1\}\}$/;
function flowToken(text, offset, indent, newline) {
  const map = text.charCodeAt(0) === 123;
  const open = (at) => ({ type: map ? "flow-map-start" : "flow-seq-start", offset: at, indent, source: map ? "{" : "[" });
  const close = (at) => ({ type: map ? "flow-map-end" : "flow-seq-end", offset: at, indent, source: map ? "}" : "]" });
  const last = offset + text.length - 1;
  if (text.length === 2) return { type: "flow-collection", offset, indent, start: open(offset), items: [], end: [close(last), ...newline] };
  const spaced = text.charCodeAt(2) === 32 ? 1 : 0;
  const name = text.slice(2 + spaced, text.length - 2 - spaced);
  const space = (at) => spaced ? [{ type: "space", offset: at, indent, source: " " }] : [];
  const key2 = { type: "scalar", offset: offset + 2 + spaced, indent, source: name };
  const inner = {
    type: "flow-collection",
    offset: offset + 1,
    indent,
    start: open(offset + 1),
    items: [{ start: space(offset + 2), key: key2, sep: space(offset + 2 + spaced + name.length) }],
    end: [close(last - 1)]
  };
  return { type: "flow-collection", offset, indent, start: open(offset), items: [{ start: [], key: inner, sep: [] }], end: [close(last), ...newline] };
}
function readContent(line, at) {
  const colon = keyEnd(line, at);
  if (colon < 0) {
    const value2 = readValue(line, at);
    return value2 ? { value: value2 } : void 0;
  }
  const key2 = line.slice(at, colon);
  if (!plainText(key2) || key2.endsWith(" ")) return void 0;
  if (colon + 1 === line.length) return { key: key2 };
  if (line.charCodeAt(colon + 2) === 32) return void 0;
  const value = readValue(line, colon + 2);
  return value ? { key: key2, value } : void 0;
}
function keyEnd(line, at) {
  const q = line.charCodeAt(at);
  if (q === 34 || q === 39) return -1;
  for (let i = line.indexOf(":", at); i >= 0; i = line.indexOf(":", i + 1)) {
    if (i + 1 === line.length || line.charCodeAt(i + 1) === 32) return i;
  }
  return -1;
}
var BLOCK_HEADERS = /* @__PURE__ */ new Set(["|", "|-", ">", ">-"]);
function readValue(line, at) {
  const text = line.slice(at);
  if (BLOCK_HEADERS.has(text)) return { at, text, type: "block-scalar" };
  if (text === "[]" || text === "{}" || PLACEHOLDER.test(text)) return { at, text, type: "flow" };
  const q = text.charCodeAt(0);
  if (q === 34) return closedQuote(text, '"') ? { at, text, type: "double-quoted-scalar" } : void 0;
  if (q === 39) return closedQuote(text, "'") ? { at, text, type: "single-quoted-scalar" } : void 0;
  return plainText(text) ? { at, text, type: "scalar" } : void 0;
}
function plainText(text) {
  if (text.length === 0) return false;
  if (NOT_PLAIN_START.test(text)) return false;
  if (text.charCodeAt(0) === 45 && (text.length === 1 || text.charCodeAt(1) === 32)) return false;
  return !text.includes(": ") && !text.endsWith(":");
}
function closedQuote(text, quote) {
  if (text.length < 2 || !text.endsWith(quote)) return false;
  let i = 1;
  while (i < text.length) {
    const c = text[i];
    if (quote === '"' && c === "\\") {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") {
        i += 2;
        continue;
      }
      return i === text.length - 1;
    }
    i++;
  }
  return false;
}
var PARSE_OPTIONS = {
  // Aliases are never expanded by the walkers; this caps any toJS() a caller might make.
  maxAliasCount: 100,
  uniqueKeys: false,
  prettyErrors: false,
  strict: false
};
function parseYamlStream(text, lineCounter) {
  const options = { ...PARSE_OPTIONS, lineCounter };
  const plain = plainDocuments(text);
  if (!plain) return (0, import_yaml2.parseAllDocuments)(text, options);
  lineCounter.addNewLine(0);
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) lineCounter.addNewLine(nl + 1);
  return Array.from(new import_yaml2.Composer(options).compose(plain));
}
var YTT_CONTROL = /^[ \t]*#@[ \t]*(if|elif|else|for|def)\b|^[ \t]*#@overlay\//m;
var MAX_DOCUMENTS_PER_FILE = 1e4;
var MAX_FLOW_DEPTH = 1e3;
function parseFile(path, input, opts = {}) {
  const whole = input.startsWith("\uFEFF") ? input.slice(1) : input;
  if (YTT_CONTROL.test(whole)) {
    return { docs: [], skipped: { path, reason: "template", detail: "ytt template (#@ annotations): its values are conditional; render it with ytt" } };
  }
  if (path.endsWith(".j2") && hasCommentDelimiters(whole)) {
    return {
      docs: [],
      skipped: {
        path,
        reason: "template",
        detail: "Jinja template with comment-like delimiters (makejinja #% %#, #{ }#): YAML would read every branch as applying; render it"
      }
    };
  }
  const text = opts.keep ? blankSegments(whole, opts.keep) : whole;
  const starts = countDocumentStarts(text, MAX_DOCUMENTS_PER_FILE + 1);
  if (starts > MAX_DOCUMENTS_PER_FILE) {
    return { docs: [], skipped: { path, reason: "too-large", detail: `more than ${MAX_DOCUMENTS_PER_FILE} YAML documents in one file; not read` } };
  }
  if (flowDepthOver(text, MAX_FLOW_DEPTH)) {
    return { docs: [], skipped: { path, reason: "too-large", detail: `flow collections ([ ], { }) nested more than ${MAX_FLOW_DEPTH} deep; not read` } };
  }
  const stream = parseStream(text);
  if ("failed" in stream) return { docs: [], skipped: { path, reason: "yaml-error", detail: `parser failed: ${stream.failed}` } };
  const first = splitLikeKubectl(text, stream);
  const facts = textFacts(whole);
  const problems = first.docs.map((doc) => problemOf(path, facts, doc, first.lc));
  if (problems.every((p) => p === void 0)) return { docs: first.docs.map((doc, index) => yamlDoc(path, index, doc, text, first.lc)) };
  const aside = problems.some((p) => p?.reason === "template") ? setAsideTemplateLines(text) : void 0;
  const tpl = aside ? templateYaml(aside) : void 0;
  const reparsed = tpl ? parseStream(tpl.parseText) : void 0;
  const second = reparsed && "docs" in reparsed && reparsed.docs.length === first.docs.length ? reparsed : void 0;
  const conditional = aside && tpl ? templateNote(aside.conditional, tpl.beside) : void 0;
  const asideFacts = tpl ? textFacts(tpl.text) : void 0;
  const docs = [];
  const lost = [];
  let skipped;
  first.docs.forEach((doc, index) => {
    const problem = problems[index];
    if (!problem) {
      docs.push(yamlDoc(path, index, doc, text, first.lc, conditional));
      return;
    }
    const retry = second?.docs[index];
    if (tpl && second && retry && !problemOf(path, asideFacts, retry, second.lc) && !holdsUnknownLine(retry, second.lc, tpl.unscoped)) {
      restoreValues(retry, tpl);
      docs.push(yamlDoc(path, index, retry, tpl.text, second.lc, conditional));
      return;
    }
    lost.push(index + 1);
    skipped ??= problem;
  });
  if (skipped && first.docs.length > 1) {
    const which = lost.length === first.docs.length ? "every document" : `document${lost.length > 1 ? "s" : ""} ${lost.join(", ")} of ${first.docs.length} (the others were read)`;
    skipped = { ...skipped, detail: `${which}: ${skipped.detail}` };
  }
  if (!skipped && aside && tpl) skipped = { path, reason: "template", detail: readAsTemplate(aside.blanked, tpl), quiet: true };
  return skipped ? { docs, skipped } : { docs };
}
var SEPARATOR = /^---[ \t]*(?:#.*)?$/;
var MAX_SPLIT_DOCS = 500;
function splitLikeKubectl(text, whole) {
  if (!whole.docs.some((d) => d.errors.length > 0)) return whole;
  const lines = text.split("\n");
  const starts = [0];
  lines.forEach((l, i) => {
    if (SEPARATOR.test(l.replace(/\r$/, ""))) starts.push(i + 1);
  });
  const chunks = starts.map((from, k) => ({ from, to: (starts[k + 1] ?? lines.length + 1) - 1 })).filter((c) => lines.slice(c.from, c.to).some((l) => l.trim() && !l.trim().startsWith("#")));
  if (chunks.length <= whole.docs.length || chunks.length > MAX_SPLIT_DOCS) return whole;
  const docs = [];
  let lc;
  for (const c of chunks) {
    const blanked = lines.map((l, i) => i >= c.from && i < c.to ? l : l.replace(/[^\r]/g, " ")).join("\n");
    const one = parseStream(blanked);
    if ("failed" in one) continue;
    lc ??= one.lc;
    const doc = one.docs.find((d) => d.contents !== null || d.errors.length > 0);
    if (doc) docs.push(doc);
  }
  return lc ? { docs, lc } : whole;
}
function parseStream(text) {
  const lc = new import_yaml3.LineCounter();
  try {
    const parsed = parseYamlStream(text, lc);
    return { docs: Array.isArray(parsed) ? parsed : [], lc };
  } catch (e) {
    return { failed: e.message };
  }
}
var lineList = (lines) => `line${lines.length > 1 ? "s" : ""} ${lines.slice(0, 8).join(", ")}${lines.length > 8 ? ", \u2026" : ""}`;
function readAsTemplate(blanked, tpl) {
  const parts = [];
  const unresolved = [];
  if (blanked.length > 0) {
    parts.push(`template control lines set aside (${lineList(blanked)})`);
    unresolved.push("values inside template conditions");
  }
  if (tpl.rendered.length > 0) {
    parts.push(`template output of unknown shape set aside (${lineList(tpl.rendered)})`);
    unresolved.push("values beside that output");
  }
  if (parts.length === 0) return "read as a template: its {{ }} values are placeholders, unresolved";
  return `read with ${parts.join(", ")}; ${unresolved.join(", ")} are unresolved`;
}
function yamlDoc(file, index, doc, text, lc, conditional) {
  const d = { file, index, doc, text, map: lineCounterMapper(lc) };
  if (conditional) d.conditional = conditional;
  return d;
}
function holdsUnknownLine(doc, lc, unknown) {
  const from = lc.linePos(doc.range[0]).line;
  const to = lc.linePos(doc.range[2]).line;
  if (to - from < unknown.size) {
    for (let line = from; line <= to; line++) if (unknown.has(line)) return true;
    return false;
  }
  for (const line of unknown) if (line >= from && line <= to) return true;
  return false;
}
function textFacts(text) {
  let templated;
  return {
    templated: () => templated ??= hasTemplateMark(text),
    mayAlias: text.includes("&") && text.includes("*")
  };
}
function problemOf(path, text, doc, lc) {
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lc.linePos(error.pos[0]);
    const templated = text.templated();
    return {
      path,
      reason: templated ? "template" : "yaml-error",
      detail: templated ? `template syntax makes it invalid YAML (line ${line}, column ${col}); render it, or give the values as inputs` : `${error.code} at line ${line}, column ${col}: ${error.message.split("\n")[0]}`
    };
  }
  if (text.mayAlias && (0, import_chunk_FXEUWMEN.expandedSize)(doc) > import_chunk_FXEUWMEN.MAX_EXPANDED_NODES) {
    const { line } = lc.linePos(doc.range[0]);
    return { path, reason: "alias-limit", detail: `aliases would expand past ${import_chunk_FXEUWMEN.MAX_EXPANDED_NODES} nodes (document at line ${line}); not read` };
  }
  return void 0;
}
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
function hasOtherLineEnd(text) {
  if (text.includes("\u2028") || text.includes("\u2029")) return true;
  for (let r = text.indexOf("\r"); r !== -1; r = text.indexOf("\r", r + 1)) if (text.charCodeAt(r + 1) !== 10) return true;
  return false;
}
function holdsComponentKeyLine(text) {
  if (hasOtherLineEnd(text)) return COMPONENT_KEY_LINE.test(text);
  for (let at = 0; at !== -1 && at < text.length; ) {
    COMPONENT_KEY_AT.lastIndex = at;
    if (COMPONENT_KEY_AT.test(text)) return true;
    const nl = text.indexOf("\n", at);
    at = nl === -1 ? -1 : nl + 1;
  }
  return false;
}
var VERSION_KEYS = /* @__PURE__ */ new Set(["version", "tag", "ver", "release"]);
var LINE = /^(\s*)(?:-\s+)?["']?([A-Za-z][\w.-]*)["']?\s*:\s*(.*)$/;
var VERSION = /^["']?(v?\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]+)?)["']?\s*(?:#.*)?$/;
function norm(key2) {
  return key2.toLowerCase().replace(/[-_.]/g, "");
}
function componentOf(key2) {
  const k = norm(key2);
  return COMPONENT_KEYS.find((c) => c.keys.includes(k));
}
function findCandidates(file, text, show = (p) => p) {
  const out = [];
  if (!holdsComponentKeyLine(text)) return out;
  const parents = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    const key2 = m[2];
    const rest = m[3];
    while (parents.length && parents[parents.length - 1].indent >= indent) parents.pop();
    const parent = parents[parents.length - 1];
    const v = VERSION.exec(rest.trim());
    if (!v) {
      if (rest.trim() === "" || rest.trim().startsWith("#")) parents.push({ indent, key: key2 });
      continue;
    }
    const direct = componentOf(key2);
    const viaParent = !direct && VERSION_KEYS.has(key2.toLowerCase()) && parent ? componentOf(parent.key) : void 0;
    const c = direct ?? viaParent;
    if (!c) continue;
    const shown = direct ? key2 : `${parent.key}.${key2}`;
    const value = v[1];
    const column = line.indexOf(rest.trim()) + 1;
    out.push({
      place: { file, line: i + 1, column },
      key: shown,
      value,
      fact: c.fact,
      message: `${show(file)}:${i + 1} says ${shown}: ${value}; if that is ${c.what}, ${c.pin}`
    });
  }
  return out;
}
var CANDIDATE_HINT = /kube|k8s|calico|kernel/i;
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
function mayHoldCandidatesText(text) {
  return CANDIDATE_HINT.test(text);
}
var import_yaml10 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_yaml4 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function deref(d, node) {
  if ((0, import_yaml4.isAlias)(node)) {
    if (!d) return void 0;
    const target = node.resolve(d.doc);
    return (0, import_yaml4.isAlias)(target) ? void 0 : target ?? void 0;
  }
  return node ?? void 0;
}
function get(d, node, ...path) {
  let cur = deref(d, node);
  for (const key2 of path) {
    if (typeof key2 === "number") {
      if (!(0, import_yaml4.isSeq)(cur)) return void 0;
      cur = deref(d, cur.items[key2]);
    } else {
      if (!(0, import_yaml4.isMap)(cur)) return void 0;
      const pair2 = cur.items.find((p) => keyString(p) === key2);
      cur = deref(d, pair2?.value);
    }
    if (cur === void 0) return void 0;
  }
  return cur;
}
function pairOf(node, key2) {
  return (0, import_yaml4.isMap)(node) ? node.items.find((p) => keyString(p) === key2) : void 0;
}
function keyNode(node, key2) {
  const k = pairOf(node, key2)?.key;
  return (0, import_yaml4.isNode)(k) ? k : void 0;
}
function keyString(p) {
  const k = p.key;
  if ((0, import_yaml4.isScalar)(k)) return k.value === null ? void 0 : String(k.value);
  return typeof k === "string" ? k : void 0;
}
function str(d, node) {
  const n = deref(d, node);
  if ((0, import_yaml4.isMap)(n) && n.flow && n.range) {
    const text = d.text.slice(n.range[0], n.range[1]);
    return text.startsWith("{{") ? text : void 0;
  }
  if (!(0, import_yaml4.isScalar)(n) || n.value === null || n.value === void 0) return void 0;
  return typeof n.value === "object" ? void 0 : String(n.value);
}
function entries(d, node) {
  const n = deref(d, node);
  if (!(0, import_yaml4.isMap)(n)) return [];
  const out = [];
  for (const p of n.items) {
    const k = keyString(p);
    if (k !== void 0) out.push([k, deref(d, p.value), p]);
  }
  return out;
}
function items(d, node) {
  const n = deref(d, node);
  if (!(0, import_yaml4.isSeq)(n)) return [];
  return n.items.map((i) => deref(d, i)).filter((i) => i !== void 0);
}
function kindOf(d, node = d.doc.contents) {
  return { kind: str(d, get(d, node, "kind")), apiVersion: str(d, get(d, node, "apiVersion")) };
}
function visitMaps(d, fn, root = d.doc.contents, maxDepth = 64) {
  const walk = (node, path) => {
    if (path.length > maxDepth || (0, import_yaml4.isAlias)(node)) return;
    if ((0, import_yaml4.isMap)(node)) {
      fn(node, path);
      for (const p of node.items) {
        const k = keyString(p);
        if (k !== void 0) walk(p.value, [...path, k]);
      }
    } else if ((0, import_yaml4.isSeq)(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(root, []);
}
var import_yaml5 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function parseEmbedded(outer, node) {
  if (!(0, import_yaml5.isScalar)(node) || typeof node.value !== "string" || !node.range) return [];
  const text = node.value;
  if (!/[:-]/.test(text)) return [];
  const lc = new import_yaml5.LineCounter();
  let docs;
  try {
    docs = parseYamlStream(text, lc);
  } catch {
    return [];
  }
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return [];
  const usable = docs.filter((d) => d.contents && !(0, import_yaml5.isScalar)(d.contents));
  if (usable.length === 0) return [];
  const at = placeOf(outer, node);
  const map = node.type === import_yaml5.Scalar.BLOCK_LITERAL ? literalMapper(outer, node.range[0], lc) : () => ({ line: at.line, column: at.column });
  return usable.map((doc) => ({
    file: outer.file,
    index: outer.index,
    doc,
    text,
    map: map ?? (() => ({ line: at.line, column: at.column })),
    embeddedIn: { file: at.file, line: at.line, column: at.column },
    ...outer.conditional ? { conditional: outer.conditional } : {}
  }));
}
function literalMapper(outer, start, inner) {
  const src = outer.text;
  const headerEnd = src.indexOf("\n", start);
  if (headerEnd < 0) return void 0;
  const lineStarts = [];
  let pos = headerEnd + 1;
  let indent = -1;
  while (pos <= src.length) {
    const end = src.indexOf("\n", pos);
    const line = src.slice(pos, end < 0 ? src.length : end);
    const lead = line.length - line.trimStart().length;
    if (line.trim() !== "") {
      if (indent < 0) indent = lead;
      else if (lead < indent) break;
    }
    lineStarts.push(pos);
    if (end < 0) break;
    pos = end + 1;
  }
  if (indent < 0) return void 0;
  const ind = indent;
  return (offset) => {
    const { line, col } = inner.linePos(offset);
    const outerStart = lineStarts[line - 1];
    if (outerStart === void 0) return outer.map(start);
    return outer.map(outerStart + ind + col - 1);
  };
}
var import_node_path3 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
var FOLDER_PREFIX = /^(?:\$\{\{[^}]*\}\}|\$\([^)]*\)|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*)\//;
function namedFiles(file, written) {
  const text = written.replace(/^["']|["']$/g, "");
  if (text === "-") return [file];
  const rest = text.replace(FOLDER_PREFIX, "");
  if (rest.startsWith("/") || rest === "" || rest.includes("$")) return [];
  const out = /* @__PURE__ */ new Set();
  for (const p of [import_node_path3.posix.normalize(rest), import_node_path3.posix.normalize(import_node_path3.posix.join(import_node_path3.posix.dirname(file), rest))]) {
    if (p !== ".." && !p.startsWith("../") && p !== ".") out.add(p);
  }
  return [...out];
}
function textFactAt(w, name, value, opts = {}) {
  const written = w.expansion?.raw ?? w.text;
  const from = w.expansion?.from;
  const uses = w.expansion ? `${w.expansion.uses.join(", ")}${from ? "" : " in the same file"}` : void 0;
  const note = [opts.note, uses].filter(Boolean).join("; ");
  return {
    name,
    value,
    line: w.line,
    column: w.column,
    length: written.length,
    ...written !== value ? { raw: written } : {},
    ...strip({ ...opts, ...note ? { note } : {} }),
    ...from ? { from } : {}
  };
}
function textFactFromWord(w, name, normalize, opts = {}) {
  const dflt = (0, import_chunk_600CC4602.envDefault)(w.text);
  if (dflt === void 0 && (0, import_chunk_600CC4602.isPlaceholder)(w.text)) return { ...textFactAt(w, name, w.text, opts), unresolved: true };
  const value = normalize(dflt ?? w.text);
  if (value === void 0) return void 0;
  const note = dflt === void 0 ? opts.note : [opts.note, `default of ${w.text}`].filter(Boolean).join("; ");
  return textFactAt(w, name, value, { ...opts, ...note ? { note } : {} });
}
function strip(opts) {
  const out = {};
  if (opts.note) out.note = opts.note;
  if (opts.origin && opts.origin !== "repository") out.origin = opts.origin;
  if (opts.key) out.key = opts.key;
  return out;
}
function toFacts(source, file, hits, map, show = (p) => p) {
  return hits.map((h) => {
    const at = map ? map(h.line, h.column) : { line: h.line, column: h.column };
    const end = map ? map(h.line, h.column + h.length) : { line: h.line, column: h.column + h.length };
    const place = { file, line: at.line, column: at.column, endLine: end.line, endColumn: end.column };
    const f = { name: h.name, value: h.value, origin: h.origin ?? "repository", place, source };
    if (h.raw !== void 0 && h.raw !== h.value) f.raw = h.raw;
    if (h.unresolved) f.unresolved = true;
    if (h.candidates) f.candidates = h.candidates;
    if (h.note) f.note = h.note;
    if (h.key) f.key = h.key;
    if (h.decode) f.decode = h.decode;
    if (h.overrides) {
      const targets = h.overrides.paths.flatMap((p) => namedFiles(file, p));
      if (targets.length > 0) f.overrides = { by: h.overrides.by, targets };
    }
    if (h.from) {
      f.derivedFrom = h.from.map((u) => ({
        name: h.name,
        value: h.value,
        origin: "repository",
        place: { file: u.file, line: u.line, column: u.column, endLine: u.line, endColumn: u.column + u.value.length },
        source,
        note: u.via ? `${u.name}=${u.value}, ${u.via}` : `${u.name}=${u.value}, set in ${show(u.file)}, which ${show(file)} sources`
      }));
    }
    return f;
  });
}
function insideTemplateCondition(f, conditional) {
  const why = f.place ? conditional?.(f.place.line) : void 0;
  if (!why) return f;
  return { ...f, unresolved: true, note: [f.note, why].filter(Boolean).join("; ") };
}
function factAt(source, d, node, name, value, opts = {}) {
  const f = { name, value, origin: opts.origin ?? "repository", place: placeOf(d, node), source };
  if (opts.raw !== void 0 && opts.raw !== value) f.raw = opts.raw;
  if (opts.note) f.note = opts.note;
  if (d.renderedBy) f.renderedBy = d.renderedBy;
  return insideTemplateCondition(f, d.conditional);
}
function factFromRaw(source, d, node, name, raw, normalize, opts = {}) {
  if (raw.length > import_chunk_600CC4602.MAX_VALUE_LENGTH) {
    return { ...factAt(source, d, node, name, `${raw.slice(0, 64)}\u2026`, { ...opts, note: `value of ${raw.length} characters; not read` }), unresolved: true };
  }
  const dflt = (0, import_chunk_600CC4602.envDefault)(raw);
  if (dflt !== void 0) {
    const v2 = normalize(dflt);
    return v2 === void 0 ? void 0 : factAt(source, d, node, name, v2, { ...opts, raw, note: `default of ${raw}` });
  }
  if ((0, import_chunk_600CC4602.isPlaceholder)(raw)) {
    return { ...factAt(source, d, node, name, raw, { ...opts }), unresolved: true };
  }
  const v = normalize(raw);
  return v === void 0 ? void 0 : factAt(source, d, node, name, v, { ...opts, raw });
}
function factFromNode(source, d, node, name, normalize, opts = {}) {
  const raw = str(d, node);
  return raw === void 0 ? void 0 : factFromRaw(source, d, node, name, raw, normalize, opts);
}
function osImageFact(source, d, node, raw, kind, ctx = {}) {
  const text = raw.trim();
  if (!text) return void 0;
  const dflt = (0, import_chunk_600CC4602.envDefault)(text);
  const name = dflt ?? text;
  if (dflt === void 0 && (0, import_chunk_600CC4602.isPlaceholder)(text)) {
    return { ...factAt(source, d, node, "node.os", text, { note: `${text}: the OS image is a placeholder` }), unresolved: true };
  }
  if ((0, import_chunk_600CC460.isDroppedOsImage)(name, kind === "image" ? ["image", "base-os", "os-release"] : [kind])) return void 0;
  const f = factAt(source, d, node, "node.os", name, { raw: text });
  return { ...f, decode: { as: "os-image", kind, ...ctx.k8sMinor !== void 0 ? { k8sMinor: ctx.k8sMinor } : {} } };
}
var ROLE_FILE = /^(?:(.*)\/)?roles\/[^/]+\/(?:tasks|handlers|templates|files)\/[^/]+$/;
function clusterDefinitionFact(source, d, node, kind, root) {
  const role = ROLE_FILE.exec(d.file);
  const dir = root ?? (role ? role[1] ?? "" : d.file.includes("/") ? d.file.slice(0, d.file.lastIndexOf("/")) : "");
  return { ...factAt(source, d, node, "cluster.definition", dir, { note: kind }), unresolved: false };
}
function normalizeNameList(raw) {
  const parts = raw.replace(/^["']|["']$/g, "").split(",").map((p) => p.trim().replace(/\s*=\s*/, "=")).filter((p) => p !== "");
  return parts.length ? parts.join(",") : void 0;
}
function nameListFact(source, d, node, name, raw, opts = {}) {
  return factFromRaw(source, d, node, name, raw, normalizeNameList, opts);
}
function featureGatesFromNode(source, d, node, opts = {}) {
  if (!node) return void 0;
  const raw = str(d, node);
  if (raw !== void 0) return nameListFact(source, d, node, "kubeProxy.featureGates", raw, opts);
  const pairs = entries(d, node);
  if (pairs.length > 0) {
    const written = pairs.map(([k, v]) => `${k}=${str(d, v) ?? ""}`);
    const f = factAt(source, d, node, "kubeProxy.featureGates", written.join(","), opts);
    return written.some((w) => (0, import_chunk_600CC4602.isPlaceholder)(w)) ? { ...f, unresolved: true } : f;
  }
  return listFact(source, d, node, "kubeProxy.featureGates", opts);
}
function listFact(source, d, node, name, opts = {}) {
  const list = items(d, node);
  if (list.length === 0) return void 0;
  const written = list.map((n) => str(d, n)?.trim() ?? "").filter((s) => s !== "");
  if (written.length === 0) return void 0;
  const f = factAt(source, d, node, name, normalizeNameList(written.join(",")) ?? "", opts);
  return written.some((w) => (0, import_chunk_600CC4602.isPlaceholder)(w)) ? { ...f, unresolved: true } : f;
}
function flagValue(words2, flag) {
  let found;
  const prefix = `--${flag}=`;
  words2.forEach((w, i) => {
    if (w.text.startsWith(prefix)) found = { value: w.text.slice(prefix.length), word: w };
    else if (w.text === `--${flag}` && words2[i + 1]) found = { value: words2[i + 1].text, word: words2[i + 1] };
  });
  return found;
}
var TEMPLATE_SPAN = [...TEMPLATE_EXPRESSIONS, { open: "${", close: "}", line: false }, { open: "$(", close: ")", line: false }];
var MAX_IMAGE_REF_LENGTH = 1024;
function parseImage(ref) {
  const s = ref.trim();
  if (s.length > MAX_IMAGE_REF_LENGTH) return void 0;
  const masked = replaceSpans(s, TEMPLATE_SPAN, (m) => "T".repeat(m.length));
  if (!s || /\s/.test(masked)) return void 0;
  let end = s.length;
  let digest;
  const at = masked.indexOf("@");
  if (at >= 0) {
    digest = s.slice(at + 1);
    end = at;
  }
  let tag;
  const colon = masked.lastIndexOf(":", end - 1);
  if (colon > masked.lastIndexOf("/", end - 1)) {
    tag = s.slice(colon + 1, end);
    end = colon;
  }
  const repository = s.slice(0, end);
  const cuts = [];
  for (let i = 0; i < end; i++) if (masked[i] === "/") cuts.push(i);
  const parts = [];
  let from = 0;
  for (const c of [...cuts, end]) {
    parts.push(s.slice(from, c));
    from = c + 1;
  }
  const name = parts[parts.length - 1] ?? "";
  if (!name) return void 0;
  const first = parts[0] ?? "";
  const hasHost = parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  const path = (hasHost ? parts.slice(1) : parts).join("/");
  return { prefix: parts.slice(0, -1).join("/"), name, path, repository, tag: tag || void 0, digest: digest || void 0 };
}
function isKubeProxyImage(img) {
  return /^kube-proxy(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(img.name);
}
function isCalicoPath(img, name) {
  return img.name === name && /(^|\/)calico$/.test(img.prefix);
}
function isCalicoNodeImage(img) {
  return isCalicoPath(img, "node") || /^(mirrored-)?calico-node$/.test(img.name);
}
function isCalicoKubeControllersImage(img) {
  return isCalicoPath(img, "kube-controllers") || /^(mirrored-)?calico-kube-controllers$/.test(img.name);
}
function isTigeraOperatorImage(img) {
  return img.name === "operator" && /(^|\/)tigera$/.test(img.prefix) || /^(mirrored-)?(calico|tigera)-operator$/.test(img.name);
}
function installerNameFact(source, d, node, installer, note) {
  return factAt(source, d, node, "installer.name", installer, { note });
}
function installerReleaseFact(source, d, node, installer, note) {
  const f = factFromNode(source, d, node, "installer.release", import_chunk_600CC4602.normalizeVersion, { note });
  return f ? { ...f, key: installer } : void 0;
}
function cniFact(source, d, node, note) {
  return factFromNode(source, d, node, "cluster.cni", (s) => s.trim().toLowerCase() || void 0, { note });
}
var import_yaml6 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function objectsOf(d) {
  const root = d.doc.contents;
  if (!root) return [];
  const { kind } = kindOf(d, root);
  const nodes = kind !== void 0 && /List$/.test(kind) ? items(d, get(d, root, "items")) : [root];
  return nodes.map((node) => ({
    node,
    ...kindOf(d, node),
    name: str(d, get(d, node, "metadata", "name")),
    namespace: str(d, get(d, node, "metadata", "namespace"))
  }));
}
function objectsOfKind(d, kind, api) {
  return objectsOf(d).filter((o) => o.kind === kind && accepts(api, o.apiVersion));
}
function isKind(d, kind, api) {
  const o = kindOf(d, d.doc.contents);
  return o.kind === kind && accepts(api, o.apiVersion);
}
function accepts(api, apiVersion) {
  if (typeof api === "function") return api(apiVersion);
  return api.endsWith("/") ? !!apiVersion?.startsWith(api) : apiVersion === api;
}
function namespacedName(o) {
  return `${o.namespace ?? "default"}/${o.name ?? "(unnamed)"}`;
}
function isPlainMapping(d) {
  const root = d.doc.contents;
  return (0, import_yaml6.isMap)(root) && get(d, root, "kind") === void 0 && get(d, root, "apiVersion") === void 0;
}
function isCalicoApi(apiVersion) {
  return apiVersion === "crd.projectcalico.org/v1" || apiVersion === "projectcalico.org/v3";
}
var ID = "kind-cluster";
function isKindApi(api) {
  return api === "kind.x-k8s.io/v1alpha4" || api === "kind.sigs.k8s.io/v1alpha3";
}
function proxyModeFacts(d, node, patchSetsMode) {
  const raw = str(d, node);
  if (raw === void 0 || patchSetsMode) return [];
  if (raw.trim().toLowerCase() === "none") {
    return [factAt(ID, d, node, "kubeProxy.disabled", "true", { raw, note: "kind networking.kubeProxyMode: none: kube-proxy is not deployed" })];
  }
  const f = factFromRaw(ID, d, node, "kubeProxy.mode", raw, (s) => s.trim() === "" ? void 0 : (0, import_chunk_600CC4602.normalizeProxyMode)(s), {
    note: "kind networking.kubeProxyMode"
  });
  return f ? [f] : [];
}
function nodeVersionFacts(d, nodes) {
  const withImage = nodes.filter((n) => str(d, get(d, n, "image")) !== void 0);
  if (withImage.length === 0) return [];
  const out = [];
  for (const n of nodes) {
    const node = get(d, n, "image");
    const raw = str(d, node);
    if (raw === void 0) {
      out.push({
        ...factAt(ID, d, get(d, n, "role") ?? n, "kubernetes.version", "kind default node image", {
          note: "a kind node without an image runs the kind release's default node image, beside nodes that name theirs"
        }),
        unresolved: true
      });
      continue;
    }
    const read = nodeImageVersion(raw);
    if (read !== void 0) {
      out.push(factAt(ID, d, node, "kubernetes.version", read.version, { raw, note: `kind node image ${raw.trim()}` }));
      continue;
    }
    out.push({
      ...factAt(ID, d, node, "kubernetes.version", raw.trim(), { note: `kind node image ${raw.trim()} names no Kubernetes version` }),
      unresolved: true
    });
  }
  return out;
}
function patchFacts(d, root) {
  const facts = [];
  let setsMode = false;
  for (const patch of kindPatchDocs(d, root)) {
    const { kind, apiVersion } = kindOf(patch);
    if (kind !== "KubeProxyConfiguration") continue;
    const modeNode = get(patch, patch.doc.contents, "mode");
    const raw = str(patch, modeNode);
    if (raw !== void 0 && raw.trim() !== "") setsMode = true;
    if (apiVersion !== void 0) continue;
    if (raw !== void 0 && raw.trim() !== "") {
      const f = factFromRaw(ID, patch, modeNode, "kubeProxy.mode", raw, import_chunk_600CC4602.normalizeProxyMode, { note: "kind kubeadmConfigPatches KubeProxyConfiguration mode" });
      if (f) facts.push(f);
    }
    const gates = featureGatesFromNode(ID, patch, get(patch, patch.doc.contents, "featureGates"), {
      note: "kind kubeadmConfigPatches KubeProxyConfiguration featureGates"
    });
    if (gates) facts.push(gates);
  }
  return { setsMode, facts };
}
function kindPatchDocs(d, root) {
  const lists = [get(d, root, "kubeadmConfigPatches"), ...items(d, get(d, root, "nodes")).map((n) => get(d, n, "kubeadmConfigPatches"))];
  return lists.flatMap((list) => items(d, list).flatMap((p) => parseEmbedded(d, p)));
}
var kindCluster = {
  id: ID,
  description: "kind Cluster (kind.x-k8s.io/v1alpha4, kind.sigs.k8s.io/v1alpha3): networking.kubeProxyMode (none: kube-proxy disabled), disableDefaultCNI, nodes[].image (kindest/node:<Kubernetes version>), featureGates (kind gives them to kube-proxy too), KubeProxyConfiguration patches without apiVersion",
  triggers: ["kind.x-k8s.io/", "kind.sigs.k8s.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "Cluster", isKindApi)) {
      const kind = get(d, o.node, "kind");
      facts.push(clusterDefinitionFact(ID, d, kind, import_chunk_600CC460.KIND_DEFINITION), installerNameFact(ID, d, kind, "kind", import_chunk_600CC460.KIND_DEFINITION));
      const networking = get(d, o.node, "networking");
      const cni = get(d, networking, "disableDefaultCNI");
      if (str(d, cni)?.trim().toLowerCase() === "true") {
        facts.push(factAt(ID, d, cni, "cluster.cni", "none", { note: "kind networking.disableDefaultCNI: kind installs no CNI (kindnet otherwise)" }));
      }
      const patches = patchFacts(d, o.node);
      facts.push(...proxyModeFacts(d, get(d, networking, "kubeProxyMode"), patches.setsMode), ...patches.facts);
      facts.push(...nodeVersionFacts(d, items(d, get(d, o.node, "nodes"))));
      const gates = featureGatesFromNode(ID, d, get(d, o.node, "featureGates"), { note: "kind featureGates (kind sets them for kube-proxy too)" });
      if (gates) facts.push(gates);
    }
    return facts;
  }
};
function nodeImageVersion(raw) {
  if ((0, import_chunk_600CC4602.isPlaceholder)(raw)) return void 0;
  const tag = parseImage(raw.trim())?.tag;
  const version = tag === void 0 ? void 0 : (0, import_chunk_600CC4602.normalizeVersion)(tag);
  return tag !== void 0 && version !== void 0 ? { tag, version } : void 0;
}
var import_yaml8 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_yaml7 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var MAX_DEPTH = 12;
function moduleArgs(node, modules, depth = 0, out = []) {
  if (depth > MAX_DEPTH) return out;
  if ((0, import_yaml7.isSeq)(node)) for (const item of node.items) moduleArgs(item, modules, depth + 1, out);
  if (!(0, import_yaml7.isMap)(node)) return out;
  for (const pair2 of node.items) {
    if (!(0, import_yaml7.isPair)(pair2)) continue;
    const key2 = (0, import_yaml7.isScalar)(pair2.key) ? pair2.key.value : void 0;
    if (typeof key2 === "string" && modules.has(key2) && (0, import_yaml7.isMap)(pair2.value)) out.push(pair2.value);
    else moduleArgs(pair2.value, modules, depth + 1, out);
  }
  return out;
}
function fileVars(d) {
  const out = /* @__PURE__ */ new Map();
  visitMaps(d, (map) => {
    for (const [k, v] of entries(d, map)) {
      if (k !== "vars" || !(0, import_yaml7.isMap)(v)) continue;
      for (const [name, node] of entries(d, v)) {
        const text = str(d, node)?.trim();
        if (!node || text === void 0 || text.includes("{{")) continue;
        const seen = out.get(name);
        out.set(name, seen === void 0 || seen !== null && str(d, seen)?.trim() === text ? seen ?? node : null);
      }
    }
  });
  return out;
}
var WRITERS = new Set(["copy", "blockinfile"].flatMap((m) => [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`]));
var TEXT_KEYS = ["content", "block"];
function ansibleTaskDocs(d) {
  const root = d.doc.contents;
  if (!(0, import_yaml8.isSeq)(root) || !(d.text.includes("copy") || d.text.includes("blockinfile"))) return [];
  return moduleArgs(root, WRITERS).flatMap(
    (args) => TEXT_KEYS.flatMap((key2) => parseEmbedded(d, get(d, args, key2)).map((e) => ({ ...e, renderedBy: "ansible" })))
  );
}
var import_yaml9 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var KIND_BEFORE = /kind\\?["']?[ \t]*:[ \t\r\n]*(?:[!&][^ \t\r\n]*[ \t\r\n]+)*\\?["']?$/;
var KIND_WINDOW = 96;
function writtenAsKind(before) {
  return KIND_BEFORE.test(before);
}
function endsKind(next) {
  return next === void 0 || !(next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122 || next === 95 || next === 45 || next === 46);
}
function hasKind(text, word) {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const next = at + word.length < text.length ? text.charCodeAt(at + word.length) : void 0;
    if (endsKind(next) && writtenAsKind(text.slice(Math.max(0, at - KIND_WINDOW), at))) return true;
  }
  return false;
}
var CONFIG_KINDS = /* @__PURE__ */ new Map([
  ["ClusterConfiguration", "kubeadm.k8s.io/"],
  ["InitConfiguration", "kubeadm.k8s.io/"],
  ["JoinConfiguration", "kubeadm.k8s.io/"],
  ["KubeProxyConfiguration", "kubeproxy.config.k8s.io/"],
  ["KubeletConfiguration", "kubelet.config.k8s.io/"]
]);
function isConfigMap(d, node) {
  if (!(0, import_yaml9.isMap)(node)) return false;
  const { kind, apiVersion } = kindOf(d, node);
  const group = kind === void 0 ? void 0 : CONFIG_KINDS.get(kind);
  return group !== void 0 && apiVersion?.startsWith(group) === true;
}
function withRoot(d, root) {
  const doc = Object.assign(Object.create(Object.getPrototypeOf(d.doc)), d.doc, { contents: root });
  return { ...d, doc, renderedBy: "ansible" };
}
function ansibleVarDocs(d) {
  const root = d.doc.contents;
  if (!(0, import_yaml9.isMap)(root) || kindOf(d, root).kind !== void 0 || !d.text.includes("Configuration")) return [];
  if (![...CONFIG_KINDS.keys()].some((k) => hasKind(d.text, k))) return [];
  const out = [];
  visitMaps(d, (map) => {
    if (map !== root && isConfigMap(d, map)) return;
    for (const pair2 of map.items) {
      const value = pair2.value;
      if (!value) continue;
      if (isConfigMap(d, value)) out.push(withRoot(d, value));
      else if ((0, import_yaml9.isScalar)(value) && typeof value.value === "string" && [...CONFIG_KINDS.keys()].some((k) => hasKind(value.value, k))) {
        for (const inner of parseEmbedded(d, value)) {
          const top = inner.doc.contents;
          if ((0, import_yaml9.isMap)(top) && isConfigMap(inner, top)) out.push({ ...inner, renderedBy: "ansible" });
        }
      }
    }
  });
  return out;
}
var KUBEADM_CONFIG_KINDS = /* @__PURE__ */ new Set(["KubeadmControlPlane", "KubeadmControlPlaneTemplate", "KubeadmConfig", "KubeadmConfigTemplate"]);
var FILES_PATHS = [
  ["spec", "kubeadmConfigSpec", "files"],
  ["spec", "template", "spec", "kubeadmConfigSpec", "files"],
  ["spec", "files"],
  ["spec", "template", "spec", "files"]
];
function embeddedDocs(d) {
  const root = d.doc.contents;
  const { kind, apiVersion } = kindOf(d, root);
  if (kind === "ConfigMap" && apiVersion === "v1") {
    return entries(d, get(d, root, "data")).flatMap(([, value]) => parseEmbedded(d, value));
  }
  if (kind !== void 0 && KUBEADM_CONFIG_KINDS.has(kind) && apiVersion?.includes("cluster.x-k8s.io/")) {
    const out = [];
    for (const path of FILES_PATHS) {
      for (const file of items(d, get(d, root, ...path))) {
        if (str(d, get(d, file, "encoding")) !== void 0) continue;
        out.push(...parseEmbedded(d, get(d, file, "content")));
      }
    }
    return out;
  }
  if (kind === "Cluster" && isKindApi(apiVersion)) return kindPatchDocs(d, root);
  return (0, import_yaml10.isMap)(root) ? ansibleVarDocs(d) : ansibleTaskDocs(d);
}
var isTextExtractor = (e) => e.input === "text";
var isHclExtractor = (e) => e.input === "hcl";
function triggeredExtractors(extractors, path, text) {
  return extractors.filter(
    (e) => (!e.paths || e.paths.test(path)) && (e.triggers.some((t) => text.includes(t)) || (e.kinds ?? []).some((k) => hasKind(text, k)))
  );
}
function splitByInput(extractors) {
  const yaml = [];
  const text = [];
  for (const e of extractors) {
    if (isTextExtractor(e)) text.push(e);
    else if (!isHclExtractor(e)) yaml.push(e);
  }
  return { yaml, text };
}
function extractText(extractors, path, text, onError, helpers) {
  const facts = [];
  for (const e of extractors) {
    try {
      facts.push(...e.extract({ path, text }, helpers));
    } catch (err) {
      onError(e.id, err);
    }
  }
  return facts;
}
function extractDocs(extractors, docs, onError, depth = 0) {
  const facts = [];
  const yaml = splitByInput(extractors).yaml;
  for (const d of docs) {
    if (!d.doc.contents) continue;
    const own = [];
    for (const e of yaml) {
      try {
        own.push(...e.extract(d));
      } catch (err) {
        onError(e.id, err);
      }
    }
    const seen = /* @__PURE__ */ new Set();
    for (const f of own) {
      const key2 = factKey(f);
      if (seen.has(key2)) continue;
      seen.add(key2);
      facts.push(f);
    }
    if (depth < MAX_EMBEDDED_DEPTH) {
      let inner = [];
      try {
        inner = embeddedDocs(d);
      } catch (err) {
        onError("embedded-docs", err);
      }
      for (const f of extractDocs(extractors, inner, onError, depth + 1)) {
        if (!seen.has(factKey(f))) facts.push(f);
      }
    }
  }
  return facts;
}
var MAX_EMBEDDED_DEPTH = 2;
function factKey(f) {
  return `${f.name}\0${f.value}\0${f.place ? (0, import_chunk_600CC460.formatPlace)(f.place) : ""}`;
}
var YAML_FILES = /\.(ya?ml(\.(j2|tftpl))?|json|tpl|template)$/;
var CHART_TEMPLATE = /(^|\/)templates\//;
function chartRootsOf(path) {
  const parts = path.split("/");
  const out = [];
  for (let i = parts.length - 2; i >= 0; i--) if (parts[i] === "templates") out.push(parts.slice(0, i).join("/"));
  return out;
}
function readAsYaml(path, textExtractors) {
  return YAML_FILES.test(path) || !textExtractors.some((e) => e.paths.test(path));
}
var WRITTEN_CONFIG = ["ClusterConfiguration", "KubeProxyConfiguration"];
var ROLE_TEMPLATE = /^(.*?(?:^|\/)roles\/[^/]+(?:\/[^/]+)*?)\/templates\//;
var PACKAGED = [
  ...["defaults/main.yml", "defaults/main.yaml", "defaults/main/main.yml", "defaults/main/main.yaml"],
  ...["vars/main.yml", "vars/main.yaml", "vars/main/main.yml", "vars/main/main.yaml"],
  ...["meta/main.yml", "meta/main.yaml"]
];
function roleKeepsValues(path, exists, packaged = PACKAGED) {
  const role = ROLE_TEMPLATE.exec(path)?.[1];
  if (role === void 0 || !exists) return true;
  return packaged.some((f) => exists(`${role}/${f}`));
}
var INSTALLER_ROLE = PACKAGED.filter((f) => !f.startsWith("defaults/"));
function calicoManifest(text) {
  return hasKind(text, "DaemonSet") && /\bcalico-node\b/.test(text) && !/\bimage:[^\n]*flannel/.test(text);
}
var JINJA = /\.j2$/;
function ansibleTemplate(path) {
  return JINJA.test(path) && ROLE_TEMPLATE.test(path);
}
function chartTemplate(path, text, isChart, exists) {
  if (!CHART_TEMPLATE.test(path)) return void 0;
  if (JINJA.test(path)) {
    if (!text.includes("{{") && !text.includes("{%")) return void 0;
    if (WRITTEN_CONFIG.some((k) => hasKind(text, k)) && !roleKeepsValues(path, exists)) return void 0;
    if (calicoManifest(text) && !roleKeepsValues(path, exists, INSTALLER_ROLE)) return void 0;
    return {
      path,
      reason: "template",
      detail: "Jinja template in a templates/ folder (an Ansible role's); the variables it is rendered from are read instead",
      quiet: true
    };
  }
  if (!text.includes("{{") || !chartRootsOf(path).some(isChart)) return void 0;
  return { path, reason: "template", detail: "Helm chart template; the chart values are read instead", quiet: true };
}
var IDENT_START = /[A-Za-z_]/;
var IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
var IN_STRING = /["\\$%\n]/g;
var PLAIN_STRING = '"(?:[^"\\\\$%\\n]|\\\\[^\\n]|\\$(?![{$])|\\$\\{[A-Za-z0-9_.-]*\\}|%(?![{%]))*"';
var PLAIN_IN_BRACKETS = new RegExp(`(?:[^"{}()[\\]#/<]+|${PLAIN_STRING})+`, "y");
var PLAIN_IN_EXPRESSION = new RegExp(`(?:[^"{}()[\\]#/<\\n]+|${PLAIN_STRING})+`, "y");
function outline(text) {
  const s = new Scanner(text);
  try {
    return s.items();
  } catch (e) {
    if (e instanceof Unclear) return void 0;
    throw e;
  }
}
var Unclear = class extends Error {
};
function isBlank(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var Scanner = class {
  constructor(t) {
    this.t = t;
  }
  t;
  i = 0;
  items() {
    const out = [];
    for (; ; ) {
      this.space(true);
      if (this.i >= this.t.length) return out;
      const start = this.i;
      const name = this.ident();
      this.space(false);
      if (this.t[this.i] === "=" && this.t[this.i + 1] !== "=") {
        this.i++;
        this.expression();
        out.push({ kind: "attribute", name, start, end: this.trimEnd(start) });
        continue;
      }
      const labels = [];
      for (; ; ) {
        this.space(false);
        const c = this.t[this.i];
        if (c === "{") break;
        if (c === '"') {
          const from = this.i + 1;
          this.string();
          labels.push(this.t.slice(from, this.i - 1));
        } else if (c !== void 0 && IDENT_START.test(c)) labels.push(this.ident());
        else throw new Unclear();
      }
      this.i++;
      this.until("}");
      out.push({ kind: "block", type: name, labels, start, end: this.i });
    }
  }
  /** Moves to the next character `re` finds; false at the end of the text. */
  jump(re) {
    re.lastIndex = this.i;
    const m = re.exec(this.t);
    this.i = m ? m.index : this.t.length;
    return m !== null;
  }
  /**
   * Moves past what the sticky `plain` reads; false at the end of the text. `plain` reads every character
   * its stop set does not hold, so where it stops is such a character (or a quote opening a string with a
   * template): the search for the next one that `jump` would make finds it there, and is left out (one
   * regular-expression call per step instead of two, about a third of the outline's instructions).
   */
  skipPlain(plain) {
    plain.lastIndex = this.i;
    if (plain.test(this.t)) this.i = plain.lastIndex;
    return this.i < this.t.length;
  }
  /** The end of an attribute's expression, before the newline and any trailing blanks or comment. */
  trimEnd(start) {
    let e = this.i;
    while (e > start && isBlank(this.t.charCodeAt(e - 1))) e--;
    return e;
  }
  ident() {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.t);
    if (!m) throw new Unclear();
    this.i = IDENT.lastIndex;
    return m[0];
  }
  /** Blanks and comments; across newlines only when `lines`. */
  space(lines) {
    const t = this.t;
    while (this.i < t.length) {
      const c = t[this.i];
      if (c === " " || c === "	" || c === "\r" || lines && c === "\n") this.i++;
      else if (c === "#" || c === "/" && t[this.i + 1] === "/") {
        if (!lines) return;
        this.lineComment();
      } else if (c === "/" && t[this.i + 1] === "*") this.blockComment();
      else return;
    }
  }
  lineComment() {
    const nl = this.t.indexOf("\n", this.i);
    this.i = nl < 0 ? this.t.length : nl;
  }
  blockComment() {
    const end = this.t.indexOf("*/", this.i + 2);
    if (end < 0) throw new Unclear();
    this.i = end + 2;
  }
  /** An attribute's expression: up to a newline outside brackets (the newline is not consumed). */
  expression() {
    const t = this.t;
    while (this.skipPlain(PLAIN_IN_EXPRESSION)) {
      const c = t[this.i];
      if (c === "\n") return;
      if (c === "#" || c === "/" && t[this.i + 1] === "/") return this.lineComment();
      if (c === "}" || c === ")" || c === "]") throw new Unclear();
      this.token();
    }
  }
  /** Everything up to the closing bracket `close` (consumed). */
  until(close) {
    const t = this.t;
    while (this.skipPlain(PLAIN_IN_BRACKETS)) {
      const c = t[this.i];
      if (c === close) {
        this.i++;
        return;
      }
      if (c === "}" || c === ")" || c === "]") throw new Unclear();
      if (c === "#" || c === "/" && t[this.i + 1] === "/") this.lineComment();
      else this.token();
    }
    throw new Unclear();
  }
  /** One step: a string, heredoc, comment or bracketed group skipped whole, else one character. */
  token() {
    const t = this.t;
    const c = t[this.i];
    if (c === '"') return this.string();
    if (c === "{" || c === "(" || c === "[") {
      this.i++;
      return this.until(c === "{" ? "}" : c === "(" ? ")" : "]");
    }
    if (c === "/" && t[this.i + 1] === "*") return this.blockComment();
    if (c === "<" && t[this.i + 1] === "<" && this.heredoc()) return;
    this.i++;
  }
  /** A quoted template: escapes, `$${` / `%%{` literals, and `${...}` / `%{...}` with their own expressions. */
  string() {
    const t = this.t;
    this.i++;
    while (this.jump(IN_STRING)) {
      const c = t[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\n") throw new Unclear();
      if (c === "\\") this.i += 2;
      else if ((c === "$" || c === "%") && t[this.i + 1] === c) this.i += 2;
      else if ((c === "$" || c === "%") && t[this.i + 1] === "{") {
        this.i += 2;
        this.until("}");
      } else this.i++;
    }
    throw new Unclear();
  }
  /** `<<EOT` / `<<-EOT` up to the line holding only the marker; false when `<<` does not open one. */
  heredoc() {
    const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(this.t.slice(this.i, this.i + 200));
    if (!m) return false;
    const marker = m[1];
    let line = this.i + m[0].length;
    while (line < this.t.length) {
      const nl = this.t.indexOf("\n", line);
      const end = nl < 0 ? this.t.length : nl;
      if (this.t.slice(line, end).trim() === marker) {
        this.i = end;
        return true;
      }
      line = end + 1;
    }
    throw new Unclear();
  }
};
var ESCAPES = { n: "\n", t: "	", r: "\r", '"': '"', "\\": "\\" };
function unicodeEscape(t, at) {
  const digits = t[at + 1] === "u" ? 4 : t[at + 1] === "U" ? 8 : 0;
  if (digits === 0) return void 0;
  const hex = t.slice(at + 2, at + 2 + digits);
  if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) return void 0;
  const code = parseInt(hex, 16);
  return code > 1114111 ? void 0 : { char: String.fromCodePoint(code), length: 2 + digits };
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  lineStart(line) {
    return this.starts[line - 1] ?? 0;
  }
  /** The line the last answer was on: readers ask in text order, mostly for the same or the next line. */
  last = 0;
  at(offset) {
    const i = this.index(offset);
    return { line: i + 1, column: offset - this.starts[i] + 1 };
  }
  /** The place from `start` to `end` in `file`: what `at` gives for both, made as one object. */
  place(file, start, end) {
    const s = this.index(start);
    const e = this.index(end);
    const starts = this.starts;
    return { file, line: s + 1, column: start - starts[s] + 1, endLine: e + 1, endColumn: end - starts[e] + 1 };
  }
  /** The 0-based line of an offset: the last line start at or before it. */
  index(offset) {
    const starts = this.starts;
    const last = this.last;
    if (starts[last] <= offset) {
      if (last + 1 >= starts.length || offset < starts[last + 1]) return last;
      if (last + 2 >= starts.length || offset < starts[last + 2]) return this.last = last + 1;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.last = lo;
  }
};
var PLAIN_STRING2 = /^"([^"\\$%\n]*)"$/;
var PLAIN_NUMBER = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
var PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
var KEYWORDS = /* @__PURE__ */ new Set(["true", "false", "null", "for", "in", "if", "else", "endif", "endfor"]);
function plainExpr(text, place) {
  const c = text.charCodeAt(0);
  if (c === 34) {
    const m = PLAIN_STRING2.exec(text);
    return m ? { kind: "string", value: m[1], place } : void 0;
  }
  if (c >= 48 && c <= 57) return PLAIN_NUMBER.test(text) ? { kind: "number", raw: text, place } : void 0;
  if (text === "true" || text === "false") return { kind: "bool", value: text === "true", place };
  if (text === "null") return { kind: "null", place };
  if (!PLAIN_NAME.test(text)) return void 0;
  const [root, ...steps] = text.split(".");
  if (KEYWORDS.has(root)) return void 0;
  return { kind: "traversal", root, steps, text, place };
}
function heredocExpr(text, lines, openEnd, closeStart, indented, interpolated, place) {
  const from = text.indexOf("\n", openEnd) + 1;
  const closeLine = lines.at(closeStart).line;
  const to = lines.lineStart(closeLine);
  const raw = from > 0 && to > from ? text.slice(from, to) : "";
  const rawLines = raw.split("\n");
  if (rawLines[rawLines.length - 1] === "") rawLines.pop();
  const lineStarts = [];
  let pos = from;
  for (const l of rawLines) {
    lineStarts.push(pos);
    pos += l.length + 1;
  }
  const strip2 = indented ? Math.min(...rawLines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length), Infinity) : 0;
  const cut = Number.isFinite(strip2) ? strip2 : 0;
  const content = rawLines.map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length))).join("\n") + (rawLines.length ? "\n" : "");
  return { kind: "heredoc", content, lineStarts, strip: cut, interpolated, place };
}
var import_node_fs5 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC4602.require_node_fs)(), 1);
var import_node_module = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_module)(), 1);
var import_node_v8 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_v8)(), 1);
var import_node_path4 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
var import_node_url = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_url)(), 1);
var RUNTIME_WASM = "web-tree-sitter.wasm";
var GRAMMAR_WASM = "tree-sitter-terraform.wasm";
function wasmPaths() {
  const here = (0, import_node_path4.dirname)((0, import_node_url.fileURLToPath)(__netcompatUrl));
  const bundled = (0, import_node_path4.join)(here, "hcl");
  if ((0, import_node_fs5.existsSync)((0, import_node_path4.join)(bundled, RUNTIME_WASM))) return { runtime: (0, import_node_path4.join)(bundled, RUNTIME_WASM), grammar: (0, import_node_path4.join)(bundled, GRAMMAR_WASM) };
  const req = (0, import_node_module.createRequire)(__netcompatUrl);
  return {
    runtime: req.resolve(`web-tree-sitter/${RUNTIME_WASM}`),
    grammar: (0, import_node_path4.join)((0, import_node_path4.dirname)(req.resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json")), GRAMMAR_WASM)
  };
}
function keepBaselineWasm() {
  const major = Number(process.versions.v8.split(".")[0]);
  if (major >= 11 && major <= 13) (0, import_node_v8.setFlagsFromString)("--liftoff-only");
}
var wasm = globalThis.WebAssembly;
var compiling;
var loading;
function prepareHclParser() {
  if (compiling) return;
  keepBaselineWasm();
  try {
    const paths = wasmPaths();
    const runtime = wasm.compile((0, import_node_fs5.readFileSync)(paths.runtime));
    const grammar = wasm.compile((0, import_node_fs5.readFileSync)(paths.grammar));
    compiling = Promise.all([runtime, grammar]).then(([r, g]) => ({ runtime: r, grammar: g }));
  } catch (e) {
    compiling = Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  compiling.catch(() => void 0);
}
function hclParser() {
  loading ??= (async () => {
    prepareHclParser();
    const { runtime, grammar } = await compiling;
    const { Parser, Language } = await Promise.resolve().then(() => require("./chunk-2IE62FN2.js"));
    await Parser.init({
      instantiateWasm(imports, done) {
        done(new wasm.Instance(runtime, imports), runtime);
        return {};
      }
    });
    const parser = new Parser();
    parser.setLanguage(Language.loadSync(grammar));
    return parser;
  })();
  return loading;
}
function readPlainItems(path, text, lines, keep, wanted) {
  const r = new PlainReader(path, text, lines);
  const body = { attributes: [], blocks: [] };
  try {
    for (const span of keep) {
      r.i = span.start;
      const name = r.ident();
      r.blanks();
      if (r.at("=")) {
        r.i++;
        r.blanks();
        const expr = r.expr(0);
        r.blanks();
        if (r.i !== span.end) return void 0;
        body.attributes.push({ name, expr, place: r.place(span.start, span.start + name.length) });
      } else {
        const b = r.block(span.start, name, 0);
        if (r.i !== span.end) return void 0;
        if (!wanted(b.type, b.labels)) b.body = { attributes: [], blocks: [] };
        body.blocks.push(b);
      }
    }
  } catch (e) {
    if (e instanceof NotPlain || e instanceof RangeError) return void 0;
    throw e;
  }
  return body;
}
var NotPlain = class extends Error {
};
var IDENT2 = /[A-Za-z_][A-Za-z0-9_-]*/y;
var STRING = /"([^"\\$%\n]*)"/y;
var TOKEN = /[^ \t\r\n,}\]]+/y;
var HEREDOC_START = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
var MAX_DEPTH2 = 32;
var PlainReader = class {
  constructor(path, t, lines) {
    this.path = path;
    this.t = t;
    this.lines = lines;
  }
  path;
  t;
  lines;
  i = 0;
  place(start, end) {
    return this.lines.place(this.path, start, end);
  }
  at(c) {
    return this.t[this.i] === c;
  }
  sticky(re) {
    re.lastIndex = this.i;
    const m = re.exec(this.t);
    if (!m) return void 0;
    this.i = re.lastIndex;
    return m;
  }
  ident() {
    const m = this.sticky(IDENT2);
    if (!m || KEYWORDS.has(m[0])) throw new NotPlain();
    return m[0];
  }
  // The loops over characters read the text and the offset into locals and compare character codes: this
  // code runs a few hundred times a scan, in V8's first tiers, where each property read and one-character
  // string costs a call (docs/performance.md).
  /** Spaces and tabs. */
  blanks() {
    const t = this.t;
    let i = this.i;
    for (let c = t.charCodeAt(i); c === 32 || c === 9; c = t.charCodeAt(++i)) ;
    this.i = i;
  }
  /** Blanks and line ends (inside a body or brackets). */
  space() {
    const t = this.t;
    let i = this.i;
    for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 13 || c === 10; c = t.charCodeAt(++i)) ;
    this.i = i;
  }
  /** The rest of a line after an attribute or a closing brace: blanks, then the line end (consumed). */
  lineEnd() {
    this.blanks();
    if (this.t[this.i] === "\r") this.i++;
    if (this.t[this.i] !== "\n") throw new NotPlain();
    this.i++;
  }
  /** A block from its labels on, the type already read (at `start`); ends after the closing brace. */
  block(start, type, depth) {
    if (depth > MAX_DEPTH2) throw new NotPlain();
    const labels = [];
    for (; ; ) {
      this.blanks();
      const c = this.t[this.i];
      if (c === "{") break;
      if (c === '"') {
        const m = this.sticky(STRING);
        if (!m || /^\s|\s$/.test(m[1])) throw new NotPlain();
        labels.push(m[1]);
      } else labels.push(this.ident());
      if (this.t[this.i] !== " " && this.t[this.i] !== "	") {
        this.blanks();
        if (!this.at("{")) throw new NotPlain();
      }
    }
    this.i++;
    this.lineEnd();
    const body = { attributes: [], blocks: [] };
    for (; ; ) {
      this.space();
      const from = this.i;
      if (this.at("}")) {
        this.i++;
        break;
      }
      const name = this.ident();
      this.blanks();
      if (this.at("=")) {
        this.i++;
        this.blanks();
        const expr = this.expr(depth + 1);
        body.attributes.push({ name, expr, place: this.place(from, from + name.length) });
        this.lineEnd();
      } else {
        body.blocks.push(this.block(from, name, depth + 1));
        this.lineEnd();
      }
    }
    return { type, labels, body, place: this.place(start, start + type.length), extent: this.place(start, this.i) };
  }
  expr(depth) {
    if (depth > MAX_DEPTH2) throw new NotPlain();
    const start = this.i;
    const c = this.t[this.i];
    if (c === "{") return this.object(start, depth);
    if (c === "[") return this.tuple(start, depth);
    if (c === "<") return this.heredoc(start);
    if (c === '"') {
      const m2 = this.sticky(STRING);
      if (!m2) throw new NotPlain();
      return { kind: "string", value: m2[1], place: this.place(start, this.i) };
    }
    const m = this.sticky(TOKEN);
    if (!m) throw new NotPlain();
    const e = plainExpr(m[0], this.place(start, this.i));
    if (!e) throw new NotPlain();
    return e;
  }
  /** `{ k = v, ... }` or one entry a line; keys are names or plain strings. */
  object(start, depth) {
    this.i++;
    const entries2 = [];
    for (; ; ) {
      this.space();
      if (this.at("}")) break;
      const from = this.i;
      let key2;
      if (this.at('"')) {
        const m = this.sticky(STRING);
        if (!m) throw new NotPlain();
        key2 = m[1];
      } else key2 = this.ident();
      const keyPlace = this.place(from, this.i);
      this.blanks();
      if (!this.at("=") || this.t[this.i + 1] === "=") throw new NotPlain();
      this.i++;
      this.blanks();
      entries2.push({ key: key2, keyPlace, value: this.expr(depth + 1) });
      this.blanks();
      if (this.at(",")) this.i++;
      else if (this.at("}")) break;
      else this.lineEnd();
    }
    this.i++;
    return { kind: "object", entries: entries2, place: this.place(start, this.i) };
  }
  /** `[a, b]`, across lines or not, a trailing comma allowed. */
  tuple(start, depth) {
    this.i++;
    const items2 = [];
    for (; ; ) {
      this.space();
      if (this.at("]")) break;
      items2.push(this.expr(depth + 1));
      this.space();
      if (this.at(",")) this.i++;
      else if (!this.at("]")) throw new NotPlain();
    }
    this.i++;
    return { kind: "tuple", items: items2, place: this.place(start, this.i) };
  }
  /**
   * `<<-EOT` ... `EOT`: the closing marker alone on its line. `<<` (not indented) and a content line that only
   * starts with the marker, `${` or `%{` anywhere in it: left to the parser.
   */
  heredoc(start) {
    const m = this.sticky(HEREDOC_START);
    if (!m || m[1] !== "-") throw new NotPlain();
    const marker = m[2];
    const openEnd = start + 3 + marker.length;
    for (let line = this.i; line < this.t.length; ) {
      const nl = this.t.indexOf("\n", line);
      const end = nl < 0 ? this.t.length : nl;
      const content = this.t.slice(line, end);
      const trimmed2 = content.trimStart();
      if (trimmed2 === marker || trimmed2 === `${marker}\r`) {
        const closeStart = end - trimmed2.length;
        this.i = closeStart + marker.length;
        return heredocExpr(this.t, this.lines, openEnd, closeStart, true, false, this.place(start, this.i));
      }
      if (trimmed2.startsWith(marker) || content.includes("${") || content.includes("%{")) throw new NotPlain();
      line = end + 1;
    }
    throw new NotPlain();
  }
};
function joinSpans(text, keep) {
  const starts = [];
  let len = 0;
  for (const k of keep) {
    starts.push(len);
    len += k.end - k.start + 1;
  }
  const joined = keep.map((k) => text.slice(k.start, k.end)).join("\n");
  const offset = (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return (keep[lo]?.start ?? 0) + at - (starts[lo] ?? 0);
  };
  return { text: joined, offset };
}
async function parseHcl(path, input, wanted = () => true, keep, opts = {}) {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  if (keep && keep.length === 0) return { file: { path, text, body: { attributes: [], blocks: [] } } };
  if (keep && (opts.plainItems ?? opts.shortcuts ?? true)) {
    const body = readPlainItems(path, text, new LineIndex(text), keep, wanted);
    if (body) return { file: { path, text, body } };
  }
  let parser;
  try {
    parser = await hclParser();
  } catch (e) {
    return { skipped: { path, reason: "hcl-error", detail: `HCL parser unavailable: ${e.message}` } };
  }
  const part = keep ? joinSpans(text, keep) : { text, offset: (at) => at };
  const tree = parser.parse(part.text);
  if (!tree) return { skipped: { path, reason: "hcl-error", detail: "HCL parser returned no tree" } };
  try {
    const lines = new LineIndex(text);
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstError(root);
      const at = lines.at(part.offset(bad?.startIndex ?? 0));
      const what = bad?.isMissing ? `missing ${JSON.stringify(bad.type)}` : "syntax error";
      return { skipped: { path, reason: "hcl-error", detail: `not valid HCL: ${what} at line ${at.line}, column ${at.column}` } };
    }
    const conv = new Converter(path, text, lines, part.offset, opts.shortcuts ?? true);
    const bodyNode = new N(root, part.text).named.find((n) => n.type === "body");
    return { file: { path, text, body: bodyNode ? conv.body(bodyNode, wanted) : { attributes: [], blocks: [] } } };
  } catch (e) {
    const why = e instanceof RangeError ? "expressions nest too deeply to read" : e.message;
    return { skipped: { path, reason: "hcl-error", detail: `HCL file could not be read: ${why}` } };
  } finally {
    tree.delete();
  }
}
function firstError(n) {
  if (n.isError || n.isMissing) return n;
  for (const c of n.children) {
    if (c && (c.hasError || c.isMissing)) {
      const found = firstError(c);
      if (found) return found;
    }
  }
  return void 0;
}
var N = class _N {
  constructor(node, src) {
    this.node = node;
    this.src = src;
    this.type = node.type;
    this.start = node.startIndex;
  }
  node;
  src;
  type;
  start;
  endAt;
  kids;
  /** Read on first use: wrapper nodes (`expression`, `body`, `object_elem`) are only walked through. */
  get end() {
    this.endAt ??= this.node.endIndex;
    return this.endAt;
  }
  /** Named children without comments (comments may stand between any two tokens). */
  get named() {
    if (!this.kids) {
      this.kids = [];
      for (const c of this.node.namedChildren) {
        if (!c) continue;
        const n = new _N(c, this.src);
        if (n.type !== "comment") this.kids.push(n);
      }
    }
    return this.kids;
  }
  get text() {
    return this.src.slice(this.start, this.end);
  }
};
function unescape(s) {
  return s.replace(/\\(["\\nrt])|\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (all, c) => {
    if (c !== void 0) return ESCAPES[c];
    return unicodeEscape(all, 0)?.char ?? all;
  }).replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
var Converter = class {
  constructor(path, text, lines, offset, shortcuts) {
    this.path = path;
    this.text = text;
    this.lines = lines;
    this.offset = offset;
    this.shortcuts = shortcuts;
  }
  path;
  text;
  lines;
  offset;
  shortcuts;
  place(n) {
    return this.lines.place(this.path, this.offset(n.start), this.offset(n.end));
  }
  /** A body; `wanted` filters its blocks (given for the file's top level only: nested blocks are always read). */
  body(n, wanted) {
    const out = { attributes: [], blocks: [] };
    for (const c of n.named) {
      if (c.type === "attribute") {
        const [id, ex] = c.named;
        if (id && ex) out.attributes.push({ name: id.text, expr: this.expr(ex), place: this.place(id) });
      } else if (c.type === "block") {
        out.blocks.push(this.block(c, wanted));
      }
    }
    return out;
  }
  block(n, wanted) {
    const parts = n.named;
    const type = parts[0]?.text ?? "";
    const labels = [];
    let bodyNode;
    for (const p of parts.slice(1)) {
      if (p.type === "string_lit") labels.push(unescape(p.named.find((x) => x.type === "template_literal")?.text ?? ""));
      else if (p.type === "identifier") labels.push(p.text);
      else if (p.type === "body") bodyNode = p;
    }
    const body = bodyNode && (!wanted || wanted(type, labels)) ? this.body(bodyNode) : { attributes: [], blocks: [] };
    return { type, labels, body, place: this.place(parts[0] ?? n), extent: this.place(n) };
  }
  /** An `expression` node (or a term inside one). */
  expr(n) {
    const place = this.place(n);
    if (this.shortcuts && n.type === "expression") {
      const plain = plainExpr(n.text, place);
      if (plain) return plain;
    }
    const kids = n.type === "expression" ? n.named : [n];
    const first = kids[0];
    if (!first) return { kind: "other", text: n.text, place };
    if (kids.length === 1) {
      switch (first.type) {
        case "expression":
          return this.expr(first);
        case "literal_value":
          return this.literal(first, place);
        case "template_expr":
          return this.template(first.named[0] ?? first, place);
        case "collection_value":
          return this.collection(first.named[0] ?? first, place);
        case "function_call": {
          const [id, args] = first.named;
          const list = args && args.type === "function_arguments" ? args.named.filter((a) => a.type === "expression").map((a) => this.expr(a)) : [];
          return { kind: "call", name: id?.text ?? "", args: list, text: n.text, place };
        }
      }
    }
    if (first.type === "variable_expr") return this.traversal(first, kids.slice(1), n, place);
    return { kind: "other", text: n.text, place };
  }
  literal(n, place) {
    const lit = n.named[0];
    if (!lit) return { kind: "other", text: n.text, place };
    if (lit.type === "numeric_lit") return { kind: "number", raw: lit.text, place };
    if (lit.type === "bool_lit") return { kind: "bool", value: lit.text === "true", place };
    if (lit.type === "null_lit") return { kind: "null", place };
    const body = lit.named.find((x) => x.type === "template_literal");
    return { kind: "string", value: unescape(body?.text ?? ""), place };
  }
  template(n, place) {
    if (n.type === "heredoc_template") return this.heredoc(n, place);
    const parts = [];
    for (const c of n.named) {
      if (c.type === "template_literal") parts.push(unescape(c.text));
      else if (c.type === "template_interpolation") {
        const inner = c.named.find((x) => x.type === "expression");
        parts.push(inner ? this.expr(inner) : { kind: "other", text: c.text, place: this.place(c) });
      } else if (c.type === "template_directive") parts.push({ kind: "other", text: c.text, place: this.place(c) });
    }
    if (parts.every((p) => typeof p === "string")) return { kind: "string", value: parts.join(""), place };
    return { kind: "template", parts, text: n.text, place };
  }
  heredoc(n, place) {
    const kids = n.named;
    const start = kids.find((k) => k.type === "heredoc_start");
    const ids = kids.filter((k) => k.type === "heredoc_identifier");
    const open = ids[0];
    const close = ids[ids.length - 1];
    if (!open || !close || open === close) return { kind: "other", text: n.text, place };
    const indented = start?.text === "<<-";
    const interpolated = kids.some((k) => k.type === "template_interpolation" || k.type === "template_directive");
    return heredocExpr(this.text, this.lines, this.offset(open.end), this.offset(close.start), indented, interpolated, place);
  }
  collection(n, place) {
    if (n.type === "tuple")
      return {
        kind: "tuple",
        items: n.named.filter((c) => c.type === "expression").map((c) => this.expr(c)),
        place
      };
    const entries2 = [];
    for (const el of n.named.filter((c) => c.type === "object_elem")) {
      const [k, v] = el.named;
      if (!k || !v) continue;
      entries2.push({ key: this.keyOf(k), keyPlace: this.place(k), value: this.expr(v) });
    }
    return { kind: "object", entries: entries2, place };
  }
  /** An object key written as a bare word or a literal string; computed keys (`(var.k)`) have none. */
  keyOf(k) {
    const e = this.expr(k);
    if (e.kind === "string") return e.value;
    if (e.kind === "traversal" && e.steps.length === 0 && !k.text.trim().startsWith("(")) return e.root;
    return void 0;
  }
  traversal(root, rest, whole, place) {
    const steps = [];
    for (const r of rest) {
      if (r.type === "get_attr") {
        steps.push(r.named[0]?.text ?? "");
        continue;
      }
      if (r.type === "index") {
        const idx = r.named[0];
        if (idx?.type === "legacy_index") {
          steps.push(Number(idx.text.replace(/^\./, "")));
          continue;
        }
        const inner = idx ? idx.named.find((x) => x.type === "expression") : void 0;
        const e = inner ? this.expr(inner) : void 0;
        if (e?.kind === "string") steps.push(e.value);
        else if (e?.kind === "number" && /^\d+$/.test(e.raw)) steps.push(Number(e.raw));
        else return { kind: "other", text: whole.text, place };
        continue;
      }
      return { kind: "other", text: whole.text, place };
    }
    return { kind: "traversal", root: root.named[0]?.text ?? root.text, steps, text: whole.text, place };
  }
};
var LABELS = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, locals: 0, terraform: 0 };
var JsonSyntaxError = class extends Error {
  constructor(at) {
    super("JSON syntax error");
    this.at = at;
  }
  at;
};
var JsonReader = class {
  constructor(t) {
    this.t = t;
  }
  t;
  i = 0;
  depth = 0;
  document() {
    const v = this.value();
    this.ws();
    if (this.i !== this.t.length) throw new JsonSyntaxError(this.i);
    return v;
  }
  ws() {
    while (this.i < this.t.length && " 	\r\n".includes(this.t[this.i])) this.i++;
  }
  value() {
    this.ws();
    const at = this.i;
    const c = this.t[this.i];
    if (c === '"') {
      const value = this.string();
      return { t: "string", value, at, end: this.i };
    }
    if (c === "{" || c === "[") {
      if (++this.depth > 200) throw new RangeError("nesting too deep");
      const v = c === "{" ? this.object(at) : this.array(at);
      this.depth--;
      return v;
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.t.slice(at, at + 64));
    if (!m) throw new JsonSyntaxError(at);
    this.i += m[0].length;
    if (m[0] === "true" || m[0] === "false") return { t: "bool", value: m[0] === "true", at, end: this.i };
    if (m[0] === "null") return { t: "null", at, end: this.i };
    return { t: "number", raw: m[0], at, end: this.i };
  }
  string() {
    const start = this.i;
    this.i++;
    for (; ; ) {
      const c = this.t[this.i];
      if (c === void 0 || c === "\n") throw new JsonSyntaxError(this.i);
      if (c === "\\") this.i += 2;
      else if (c === '"') break;
      else this.i++;
    }
    this.i++;
    try {
      return JSON.parse(this.t.slice(start, this.i));
    } catch {
      throw new JsonSyntaxError(start);
    }
  }
  object(at) {
    this.i++;
    const props = [];
    this.ws();
    if (this.t[this.i] === "}") {
      this.i++;
      return { t: "object", props, at, end: this.i };
    }
    for (; ; ) {
      this.ws();
      const keyAt = this.i;
      if (this.t[this.i] !== '"') throw new JsonSyntaxError(this.i);
      const key2 = this.string();
      const keyEnd2 = this.i;
      this.ws();
      if (this.t[this.i] !== ":") throw new JsonSyntaxError(this.i);
      this.i++;
      props.push({ key: key2, keyAt, keyEnd: keyEnd2, value: this.value() });
      this.ws();
      const c = this.t[this.i++];
      if (c === "}") return { t: "object", props, at, end: this.i };
      if (c !== ",") throw new JsonSyntaxError(this.i - 1);
    }
  }
  array(at) {
    this.i++;
    const items2 = [];
    this.ws();
    if (this.t[this.i] === "]") {
      this.i++;
      return { t: "array", items: items2, at, end: this.i };
    }
    for (; ; ) {
      items2.push(this.value());
      this.ws();
      const c = this.t[this.i++];
      if (c === "]") return { t: "array", items: items2, at, end: this.i };
      if (c !== ",") throw new JsonSyntaxError(this.i - 1);
    }
  }
};
async function parseHclJson(path, input) {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const lines = new LineIndex(text);
  let root;
  try {
    root = new JsonReader(text).document();
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const at = lines.at(e.at);
      return { skipped: { path, reason: "hcl-error", detail: `not valid JSON: syntax error at line ${at.line}, column ${at.column}` } };
    }
    const why = e instanceof RangeError ? "nesting too deep to read" : e.message;
    return { skipped: { path, reason: "hcl-error", detail: `JSON file could not be read: ${why}` } };
  }
  if (root.t !== "object") {
    const at = lines.at(root.at);
    return { skipped: { path, reason: "hcl-error", detail: `not Terraform JSON: the document is not an object (line ${at.line}, column ${at.column})` } };
  }
  const conv = new JsonConverter(path, lines);
  const body = /\.tfvars\.json$/.test(path) ? await conv.body(root) : await conv.config(root);
  return { file: { path, text, body } };
}
var JsonConverter = class {
  constructor(path, lines) {
    this.path = path;
    this.lines = lines;
  }
  path;
  lines;
  place(at, end) {
    return this.lines.place(this.path, at, end);
  }
  /** A configuration file's top level: blocks by type, their labels as nested keys. */
  async config(root) {
    const out = { attributes: [], blocks: [] };
    for (const p of root.props) {
      const labels = LABELS[p.key];
      if (labels === void 0) continue;
      const walk = async (v, got, place) => {
        if (got.length < labels) {
          if (v.t === "object") for (const q of v.props) await walk(q.value, [...got, q.key], this.place(q.keyAt, q.keyEnd));
          return;
        }
        for (const b of v.t === "array" ? v.items : [v]) if (b.t === "object") out.blocks.push(await this.block(p.key, got, b, place));
      };
      await walk(p.value, [], this.place(p.keyAt, p.keyEnd));
    }
    return out;
  }
  async block(type, labels, v, place) {
    return { type, labels, body: await this.body(v), place, extent: this.place(v.at, v.end) };
  }
  /** A body: every property an attribute; object-valued ones (and lists of objects) nested blocks too. */
  async body(v) {
    const out = { attributes: [], blocks: [] };
    for (const p of v.props) {
      if (p.key === "//") continue;
      const place = this.place(p.keyAt, p.keyEnd);
      out.attributes.push({ name: p.key, expr: await this.expr(p.value), place });
      const nested = p.value.t === "object" ? [p.value] : p.value.t === "array" && p.value.items.every((x) => x.t === "object") ? p.value.items : [];
      for (const n of nested) if (n.t === "object") out.blocks.push(await this.block(p.key, [], n, place));
    }
    return out;
  }
  async expr(v) {
    const place = this.place(v.at, v.end);
    switch (v.t) {
      case "string":
        return /[$%]\{/.test(v.value) ? this.template(v.value, place) : { kind: "string", value: v.value, place };
      case "number":
        return { kind: "number", raw: v.raw, place };
      case "bool":
        return { kind: "bool", value: v.value, place };
      case "null":
        return { kind: "null", place };
      case "array":
        return { kind: "tuple", items: await Promise.all(v.items.map((x) => this.expr(x))), place };
      case "object":
        return {
          kind: "object",
          entries: await Promise.all(v.props.map(async (p) => ({ key: p.key, keyPlace: this.place(p.keyAt, p.keyEnd), value: await this.expr(p.value) }))),
          place
        };
    }
  }
  /** A string with `${...}`: the HCL parser reads it as the quoted template it is; every part gets the string's place. */
  async template(value, place) {
    const quoted = value.replace(/[\\"\n\r\t]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "	" ? "\\t" : `\\${c}`);
    const r = await parseHcl(this.path, `v = "${quoted}"
`);
    const e = "file" in r ? r.file.body.attributes[0]?.expr : void 0;
    return e ? placed(e, place, value) : { kind: "other", text: value, place };
  }
};
function placed(e, place, text) {
  switch (e.kind) {
    case "template":
      return { ...e, parts: e.parts.map((p) => typeof p === "string" ? p : placed(p, place, text)), text, place };
    case "object":
      return { ...e, entries: e.entries.map((x) => ({ ...x, keyPlace: place, value: placed(x.value, place, text) })), place };
    case "tuple":
      return { ...e, items: e.items.map((x) => placed(x, place, text)), place };
    case "call":
      return { ...e, args: e.args.map((x) => placed(x, place, text)), place };
    default:
      return { ...e, place };
  }
}
function assignClusters(module2, facts, readBy = /* @__PURE__ */ new Map()) {
  const blocks = module2.files.flatMap((f) => f.body.blocks);
  const definitions = facts.filter((f) => f.name === "cluster.definition" && f.place);
  const clusters = /* @__PURE__ */ new Map();
  for (const d of definitions) {
    const b = blocks.find((x) => samePlace(x.place, d.place));
    const a = b ? address(b) : void 0;
    if (a && b) clusters.set(a, b);
  }
  if (clusters.size < 2) return;
  const keyOf = /* @__PURE__ */ new Map();
  for (const b of blocks) keyOf.set(b, ownerOf(b, blocks, clusters));
  const blockAt = (p) => blocks.find((x) => x.extent && inside(p, x.extent));
  for (const f of facts) {
    if (!f.place) continue;
    const b = blockAt(f.place);
    const keys = b ? [keyOf.get(b)] : (readBy.get(f.place.file) ?? []).map((p) => {
      const x = blockAt(p);
      return x ? keyOf.get(x) : void 0;
    });
    const key2 = only(new Set(keys.filter((k) => k !== void 0)));
    if (key2 && keys.every((k) => k === key2)) f.cluster = key2;
  }
}
var PROVIDER_OF = { helm_release: "helm", kubernetes_manifest: "kubernetes", kubectl_manifest: "kubectl" };
function ownerOf(b, blocks, clusters) {
  const own = address(b);
  if (own && clusters.has(own)) return own;
  const provider = b.type === "resource" ? PROVIDER_OF[b.labels[0] ?? ""] : void 0;
  if (provider === void 0) return only(named(b.body, clusters));
  const chosen = b.body.attributes.find((a) => a.name === "provider")?.expr;
  const alias = chosen?.kind === "traversal" && chosen.root === provider && typeof chosen.steps[0] === "string" ? chosen.steps[0] : void 0;
  if (chosen && alias === void 0) return void 0;
  const p = blocks.find((x) => x.type === "provider" && x.labels[0] === provider && aliasOf(x) === alias);
  return p ? only(named(p.body, clusters)) : void 0;
}
function aliasOf(p) {
  const a = p.body.attributes.find((x) => x.name === "alias")?.expr;
  return a?.kind === "string" ? a.value : void 0;
}
function address(b) {
  if (b.type === "module" && b.labels[0]) return `module.${b.labels[0]}`;
  if (b.type === "resource" && b.labels[0] && b.labels[1]) return `${b.labels[0]}.${b.labels[1]}`;
  return void 0;
}
function named(body, clusters) {
  const out = /* @__PURE__ */ new Set();
  const visit2 = (e) => {
    if (e.kind === "traversal" && typeof e.steps[0] === "string") {
      const a = `${e.root}.${e.steps[0]}`;
      if (clusters.has(a)) out.add(a);
    } else if (e.kind === "template") e.parts.forEach((p) => typeof p !== "string" && visit2(p));
    else if (e.kind === "call") e.args.forEach(visit2);
    else if (e.kind === "tuple") e.items.forEach(visit2);
    else if (e.kind === "object") e.entries.forEach((x) => visit2(x.value));
    else if (e.kind === "other") {
      for (const a of clusters.keys()) if (mentions(e.text, a)) out.add(a);
    }
  };
  const walk = (b) => {
    for (const a of b.attributes) if (a.name !== "depends_on") visit2(a.expr);
    for (const c of b.blocks) walk(c.body);
  };
  walk(body);
  return out;
}
function mentions(text, address2) {
  const word = (c) => c !== void 0 && /[\w-]/.test(c);
  for (let i = text.indexOf(address2); i >= 0; i = text.indexOf(address2, i + 1)) {
    if (!word(text[i - 1]) && text[i - 1] !== "." && !word(text[i + address2.length])) return true;
  }
  return false;
}
function only(s) {
  return s.size === 1 ? [...s][0] : void 0;
}
function samePlace(a, b) {
  return a.file === b.file && a.line === b.line && a.column === b.column;
}
function inside(p, e) {
  if (p.file !== e.file) return false;
  const after = p.line > e.line || p.line === e.line && p.column >= e.column;
  const endLine = e.endLine ?? e.line;
  const endColumn = e.endColumn ?? e.column;
  const before = p.line < endLine || p.line === endLine && p.column <= endColumn;
  return after && before;
}
var MAX_DEPTH3 = 16;
var isVarFile = (path) => /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)(\.json)?$/.test(path);
function blocksOf(m, type) {
  return m.files.flatMap((f) => f.body.blocks.filter((b) => b.type === type));
}
function attr(b, name) {
  return b.body.attributes.find((a) => a.name === name);
}
function childBlocks(b, type) {
  return b.body.blocks.filter((c) => c.type === type);
}
var ModuleScope = class {
  /** `show`: how reasons and steps name files and folders (under the front end's place base, as places read). */
  constructor(module2, show = (p) => p, calls = []) {
    this.module = module2;
    this.show = show;
    this.calls = calls;
    for (const b of blocksOf(module2, "variable")) if (b.labels[0]) this.variables.set(b.labels[0], b);
    for (const b of blocksOf(module2, "locals")) for (const a of b.body.attributes) this.locals.set(a.name, a);
    const ordered = [...module2.varFiles].sort((a, b) => rank(a.path) - rank(b.path) || (0, import_chunk_600CC460.byCode)(a.path, b.path));
    for (const f of ordered) for (const a of f.body.attributes) this.assigned.set(a.name, { attr: a, file: f.path });
  }
  module;
  show;
  calls;
  variables = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  assigned = /* @__PURE__ */ new Map();
  resolve(expr, via = [], depth = 0) {
    if (depth > MAX_DEPTH3) return { known: false, text: exprText(expr), reason: "references nest too deeply (or refer to themselves)", via };
    switch (expr.kind) {
      case "string":
      case "number":
      case "bool":
      case "null":
      case "object":
      case "tuple":
        return { known: true, expr, via };
      case "heredoc":
        return expr.interpolated ? { known: false, text: exprText(expr), reason: "a heredoc with interpolations", via } : { known: true, expr, via };
      case "template":
        return this.template(expr, via, depth);
      case "traversal":
        return this.traversal(expr, via, depth);
      case "call":
        return { known: false, text: expr.text, reason: `${expr.name}(\u2026) is a function call, not evaluated`, via };
      default:
        return { known: false, text: expr.text, reason: "an expression, not evaluated", via };
    }
  }
  template(expr, via, depth) {
    let out = "";
    const hops2 = [...via];
    for (const p of expr.parts) {
      if (typeof p === "string") {
        out += p;
        continue;
      }
      const r = this.resolve(p, [], depth + 1);
      hops2.push(...r.via);
      const s = r.known ? scalarText(r.expr) : void 0;
      if (s === void 0) return { known: false, text: expr.text, reason: r.known ? `${exprText(p)} is not a string` : r.reason, via: hops2 };
      out += s;
    }
    return { known: true, expr: { kind: "string", value: out, place: expr.place }, via: hops2 };
  }
  traversal(expr, via, depth) {
    const [first, ...rest] = expr.steps;
    let start;
    if (expr.root === "var" && typeof first === "string") {
      start = this.variable(first, via, depth);
    } else if (expr.root === "local" && typeof first === "string") {
      const a = this.locals.get(first);
      start = a ? this.resolve(a.expr, [...via, { what: `local.${first}`, place: a.expr.place }], depth + 1) : { known: false, text: expr.text, reason: `local.${first} is not defined in ${this.dirName()}`, via };
    } else if (expr.root === "path" && first === "module" && rest.length === 0) {
      return { known: true, expr: { kind: "string", value: ".", place: expr.place }, via };
    } else {
      const what = expr.root === "module" ? "a module output" : expr.root === "data" ? "a data source" : `${expr.root}.\u2026`;
      return { known: false, text: expr.text, reason: `${expr.text} reads ${what}, known only after apply`, via };
    }
    if (!start.known) return start.text === expr.text ? start : { ...start, text: expr.text };
    return this.walk(start, rest, expr.text, depth);
  }
  variable(name, via, depth) {
    return this.calls.length === 0 ? this.own(name, via, depth) : this.passed(name, via, depth);
  }
  /**
   * A variable of a module the repository calls: each call's argument (resolved where the call is), or the
   * module's own value where a call does not pass it. Calls that disagree leave it unknown, naming them.
   */
  passed(name, via, depth) {
    const values = this.calls.map((c) => {
      const label = c.block ? `module.${c.block.labels[0] ?? ""}` : "a module call";
      if (!c.block) return { known: false, text: `var.${name}`, reason: `${this.show(c.file)} calls ${this.dirName()} but could not be read`, via };
      const a = attr(c.block, name);
      if (!a) return this.own(name, via, depth);
      return c.scope.resolve(a.expr, [...via, { what: `var.${name} from ${label} in ${this.show(c.file)}`, place: a.expr.place }], depth + 1);
    });
    const first = values[0];
    if (values.length === 1) return first;
    const keys = values.map(
      (v) => v.known ? scalarText(v.expr) ?? `${exprText(v.expr)} at ${v.expr.place.file}:${v.expr.place.line}:${v.expr.place.column}` : void 0
    );
    if (keys.every((k) => k !== void 0 && k === keys[0])) return first;
    const shown = this.calls.map((c, i) => {
      const v = values[i];
      return `${this.show(c.file)}: ${v.known ? scalarText(v.expr) ?? exprText(v.expr) : "unknown"}`;
    }).join(", ");
    return { known: false, text: `var.${name}`, reason: `the ${this.calls.length} calls of ${this.dirName()} pass different values (${shown})`, via };
  }
  own(name, via, depth) {
    const set = this.assigned.get(name);
    if (set) return this.resolve(set.attr.expr, [...via, { what: `var.${name} in ${this.show(set.file)}`, place: set.attr.expr.place }], depth + 1);
    const decl = this.variables.get(name);
    const dflt = decl ? attr(decl, "default") : void 0;
    if (dflt) return this.resolve(dflt.expr, [...via, { what: `default of var.${name}`, place: dflt.expr.place }], depth + 1);
    const why = decl ? `var.${name} has no default and no value in a .tfvars file of ${this.dirName()}` : `var.${name} is not declared in ${this.dirName()}`;
    return { known: false, text: `var.${name}`, reason: why, via };
  }
  /** Follows `.key` and `[index]` steps into resolved objects and tuples. */
  walk(start, steps, text, depth) {
    let cur = start;
    for (const s of steps) {
      if (!cur.known) return cur;
      const e = cur.expr;
      let next;
      if (e.kind === "object") next = [...e.entries].reverse().find((x) => x.key === String(s))?.value;
      else if (e.kind === "tuple" && typeof s === "number") next = e.items[s];
      if (!next) return { known: false, text, reason: `${text}: no ${JSON.stringify(s)} in the value`, via: cur.via };
      cur = this.resolve(next, cur.via, depth + 1);
    }
    return cur;
  }
  /** An attribute of a block, resolved; undefined when the block does not set it. */
  attribute(b, name) {
    const a = attr(b, name);
    return a ? { attr: a, r: this.resolve(a.expr) } : void 0;
  }
  /** Entry `key` of a resolved object, resolved in turn. */
  entry(obj, key2) {
    if (!obj?.known || obj.expr.kind !== "object") return void 0;
    const e = [...obj.expr.entries].reverse().find((x) => x.key === key2);
    return e ? { keyPlace: e.keyPlace, valuePlace: e.value.place, r: this.resolve(e.value, obj.via) } : void 0;
  }
  /** Every keyed entry of a resolved object, resolved. */
  entries(obj) {
    if (!obj?.known || obj.expr.kind !== "object") return [];
    return obj.expr.entries.filter((e) => e.key !== void 0).map((e) => ({ key: e.key, keyPlace: e.keyPlace, valuePlace: e.value.place, r: this.resolve(e.value, obj.via) }));
  }
  /**
   * The repository path of a file a module names with a relative path (`values.yaml`, `${path.module}/x`):
   * relative to the module directory, which is Terraform's working directory for a root module. Undefined
   * for an absolute path or one that leaves the repository.
   */
  fileIn(rel) {
    if (rel.startsWith("/") || /^[A-Za-z]:[\\/]/.test(rel) || rel.startsWith("~")) return void 0;
    const parts = this.module.dir === "" ? [] : this.module.dir.split("/");
    for (const p of rel.split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") {
        if (parts.length === 0) return void 0;
        parts.pop();
      } else parts.push(p);
    }
    return parts.length ? parts.join("/") : void 0;
  }
  dirName() {
    const shown = this.show(this.module.dir).replace(/\/$/, "");
    return shown === "" || shown === "." ? "the repository root" : `${shown}/`;
  }
};
function rank(path) {
  return /(^|\/)terraform\.tfvars$/.test(path) ? 0 : /(^|\/)terraform\.tfvars\.json$/.test(path) ? 1 : 2;
}
function scalarText(e) {
  if (e.kind === "string") return e.value;
  if (e.kind === "number") return e.raw;
  if (e.kind === "bool") return String(e.value);
  return void 0;
}
function exprText(e) {
  if ("text" in e) return e.text;
  if (e.kind === "string") return JSON.stringify(e.value);
  if (e.kind === "number") return e.raw;
  if (e.kind === "bool") return String(e.value);
  if (e.kind === "null") return "null";
  if (e.kind === "heredoc") return "<<heredoc>>";
  return e.kind === "object" ? "{\u2026}" : "[\u2026]";
}
function hops(source, name, value, via) {
  return via.map((h) => ({ name, value, origin: "repository", place: h.place, source, note: h.what }));
}
function hclFact(source, name, at, r, normalize, opts = {}) {
  if (!r.known) {
    return {
      name,
      value: r.text,
      unresolved: true,
      origin: opts.origin ?? "repository",
      place: at,
      source,
      note: [opts.note, r.reason].filter(Boolean).join("; ")
    };
  }
  const raw = scalarText(r.expr);
  if (raw === void 0) return void 0;
  const value = normalize(raw);
  if (value === void 0) return void 0;
  const f = { name, value, origin: opts.origin ?? "repository", place: at, source };
  if (raw !== value) f.raw = raw;
  const via = r.via.map((h) => h.what).join(" \u2192 ");
  const note = [opts.note, via ? `from ${via}` : void 0].filter(Boolean).join("; ");
  if (note) f.note = note;
  if (r.via.length) f.derivedFrom = hops(source, name, value, r.via);
  return f;
}
function hclOsFact(source, at, r, kind, ctx = {}, note) {
  if (!r.known) return hclFact(source, "node.os", at, r, (s) => s, { note });
  const raw = scalarText(r.expr)?.trim();
  if (!raw || (0, import_chunk_600CC460.isDroppedOsImage)(raw, [kind])) return void 0;
  const derivedFrom = r.via.length ? hops(source, "node.os", raw, r.via) : void 0;
  const base = { name: "node.os", origin: "repository", place: at, source, ...derivedFrom ? { derivedFrom } : {} };
  const decode = {
    as: "os-image",
    kind,
    ...ctx.k8sMinor !== void 0 ? { k8sMinor: ctx.k8sMinor } : {},
    ...note ? { before: note } : {},
    form: "hcl"
  };
  return { ...base, value: raw, decode };
}
function defaultFact(source, name, value, at, note) {
  return { name, value, origin: "default", place: at, source, note };
}
var TF_CONFIG = /\.(tf|tofu)(\.json)?$/;
function moduleSource(registry, repository, submodule = "", flags = "") {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const git = `(?:git::)?(?:https:\\/\\/|ssh:\\/\\/git@|git@)?github\\.com[/:]${esc(repository)}(?:\\.git)?`;
  return new RegExp(`^(?:(?:[\\w.-]+\\/)?${esc(registry)}|${git})${submodule}(?:\\?.*)?$`, flags);
}
function clusterDefinition(source, scope, b, kind) {
  return {
    name: "cluster.definition",
    value: scope.module.dir,
    origin: "repository",
    place: b.place,
    source,
    note: `${kind} ${b.labels.map((l) => JSON.stringify(l)).join(" ")}`
  };
}
function installerFact(source, b, name, note) {
  return { name: "installer.name", value: name, origin: "repository", place: b.place, source, note };
}
function attrFact(source, scope, b, name, fact, normalize, note) {
  const a = scope.attribute(b, name);
  return a ? hclFact(source, fact, a.attr.expr.place, a.r, normalize, { note }) : void 0;
}
function addonProxyMode(source, scope, value, via = []) {
  const r = scope.resolve(value, via);
  if (r.known && r.expr.kind === "string") {
    let parsed;
    try {
      parsed = JSON.parse(r.expr.value);
    } catch {
      return void 0;
    }
    const mode = typeof parsed === "object" && parsed !== null ? parsed.mode : void 0;
    if (typeof mode !== "string") return void 0;
    const v = (0, import_chunk_600CC4602.normalizeProxyMode)(mode);
    return v ? { name: "kubeProxy.mode", value: v, raw: mode, origin: "repository", place: value.place, source, note: "kube-proxy add-on configuration_values" } : void 0;
  }
  const call = r.known ? void 0 : value.kind === "call" ? value : void 0;
  if (call && (call.name === "jsonencode" || call.name === "yamlencode") && call.args[0]) {
    const obj = scope.resolve(call.args[0]);
    const m = scope.entry(obj, "mode");
    if (!m) return void 0;
    return hclFact(source, "kubeProxy.mode", m.valuePlace, m.r, import_chunk_600CC4602.normalizeProxyMode, { note: "kube-proxy add-on configuration_values" });
  }
  return void 0;
}
function known(r) {
  return r?.known ? scalarText(r.expr)?.trim() : void 0;
}
var HCL_FILE = /\.(tf|tofu|tfvars)(\.json)?$/;
var VAR_FILE_SYNTAX = /\.tfvars(\.json)?$/;
var LOCAL_CALL = /\bsource\s*=\s*"\.\.?(?:\/|")/;
var LOCAL_SOURCE = /\bsource\s*=\s*"(\.\.?(?:\/[^"$%]*)?)"/;
var CALL_DEPTH = 4;
var EMBEDDED_YAML = "embedded.yaml";
function embeddedYamlExtractors(extractors) {
  return extractors.filter((e) => !e.paths || e.paths.test(EMBEDDED_YAML));
}
var YAML_TEXTS_KEPT = 4 << 20;
var DEFINES_VALUES = /^[ \t]*(variable|locals)\b|"(variable|locals)"\s*:/m;
var definesValues = (text) => (text.includes("variable") || text.includes("locals")) && DEFINES_VALUES.test(text);
var HclCollector = class {
  constructor(extractors, yamlExtractors, readFile = () => ({ reason: "files named by file() are not read here" }), showPath = (p) => p) {
    this.extractors = extractors;
    this.yamlExtractors = yamlExtractors;
    this.readFile = readFile;
    this.showPath = showPath;
    this.anyTrigger = anyOf(extractors.flatMap((e) => e.triggers));
    this.yamlWords = [...new Set(embeddedYamlExtractors(yamlExtractors).flatMap((e) => [...e.triggers, ...e.kinds ?? []]))];
  }
  extractors;
  yamlExtractors;
  readFile;
  showPath;
  dirs = /* @__PURE__ */ new Map();
  /** Any extractor's trigger: one regular-expression pass rules out most files (docs/performance.md). */
  anyTrigger;
  /**
   * Every trigger and kind word of the YAML extractors that read YAML inside Terraform: a text holding
   * none gives `yamlFacts` nothing to run (a kind counts only as the value of `kind:`, so this is a superset).
   */
  yamlWords;
  /** YAML texts parsed so far in this scan (heredocs), and how many characters they hold (bounded). */
  yamlTexts = /* @__PURE__ */ new Map();
  yamlChars = 0;
  yamlTriggeredOf = /* @__PURE__ */ new Map();
  /** Terraform texts outlined so far in this scan, and how many characters they hold (bounded as the YAML). */
  outlined = /* @__PURE__ */ new Map();
  outlinedChars = 0;
  /**
   * A file's outline, found once per text: the local-call pass and the span selection (for the file's own
   * directory and as a caller) read the same file, and a monorepo's stacks often hold the same file
   * (a `variables.tf` copied into every stack: 10 texts for 400 stacks in the Terraform benchmark).
   */
  outlineOf = (f) => {
    if (this.outlined.has(f.text)) return this.outlined.get(f.text);
    const o = outline(f.text);
    if (this.outlinedChars + f.text.length <= YAML_TEXTS_KEPT) {
      this.outlined.set(f.text, o);
      this.outlinedChars += f.text.length;
    }
    return o;
  };
  /**
   * A YAML text's documents, parsed once per scan: the same values or manifest heredoc copied into a hundred
   * stacks is one parse (the YAML parser's first runs are its slowest). At most 4 MiB of text is kept.
   */
  parsedYaml(path, text) {
    const known2 = this.yamlTexts.get(text);
    if (known2) return known2;
    const docs = parseFile(path, text).docs;
    if (this.yamlChars + text.length <= YAML_TEXTS_KEPT) {
      this.yamlTexts.set(text, docs);
      this.yamlChars += text.length;
    }
    return docs;
  }
  /**
   * The YAML extractors whose triggers a text of YAML inside Terraform holds, found once per text: the same
   * values or manifest heredoc in a hundred stacks is one search through every extractor's words. Kept while
   * its text is one `parsedYaml` keeps (the same texts, so no further bound is needed).
   */
  yamlTriggered(text) {
    const known2 = this.yamlTriggeredOf.get(text);
    if (known2) return known2;
    const found = triggeredExtractors(this.yamlExtractors, EMBEDDED_YAML, text);
    if (this.yamlTexts.has(text)) this.yamlTriggeredOf.set(text, found);
    return found;
  }
  add(path, text) {
    const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    let d = this.dirs.get(dir);
    if (!d) {
      d = { files: [], triggered: /* @__PURE__ */ new Set(), calls: false };
      this.dirs.set(dir, d);
    }
    let triggers = false;
    if (this.anyTrigger.test(text))
      for (const e of this.extractors) {
        if (e.paths.test(path) && e.triggers.some((t) => text.includes(t))) {
          d.triggered.add(e);
          triggers = true;
        }
      }
    const calls = !VAR_FILE_SYNTAX.test(path) && (text.includes('"./') || text.includes('"../')) && LOCAL_CALL.test(text);
    if (calls) d.calls = true;
    if (VAR_FILE_SYNTAX.test(path) ? isVarFile(path) : triggers || calls || definesValues(text))
      d.files.push({ path, text: text.startsWith("\uFEFF") ? text.slice(1) : text });
  }
  /**
   * Which directories call which by a local path, from the outline of the calling files (`source` must be a
   * literal): target directory \u2192 the calling directories, one entry per call. Only targets with a trigger count.
   */
  localCalls() {
    const out = /* @__PURE__ */ new Map();
    for (const [dir, d] of this.dirs) {
      if (!d.calls) continue;
      for (const f of d.files) {
        if (VAR_FILE_SYNTAX.test(f.path) || !LOCAL_CALL.test(f.text)) continue;
        for (const it of this.outlineOf(f) ?? []) {
          if (it.kind !== "block" || it.type !== "module") continue;
          const source = LOCAL_SOURCE.exec(f.text.slice(it.start, it.end))?.[1];
          const target = source === void 0 ? void 0 : joinDir(dir, source);
          if (target === void 0 || target === dir || !this.dirs.get(target)?.triggered.size) continue;
          out.set(target, [...out.get(target) ?? [], dir]);
        }
      }
    }
    return out;
  }
  /**
   * The calls of `dir` in the repository, each with the scope of its caller (itself resolved through its callers).
   * A caller's scope is kept by depth: one made nearer the limit sees fewer of its own callers, so reusing it
   * for a shallower call would make a value depend on the order directories are read in. Its files are parsed once.
   */
  async callsOf(dir, ctx, depth = 0) {
    const callers = ctx.callers.get(dir);
    if (!callers || depth >= CALL_DEPTH) return [];
    const out = [];
    for (const caller of [...new Set(callers)]) {
      const key2 = `${depth}/${caller}`;
      let scope = ctx.scopes.get(key2);
      if (!scope) {
        let parsed = ctx.parsed.get(caller);
        if (!parsed) ctx.parsed.set(caller, parsed = await parseFiles(ctx.files.get(caller) ?? [], CALLER_BLOCKS, ['"./', '"../'], this.outlineOf));
        scope = new ModuleScope({ dir: caller, files: parsed.files, varFiles: parsed.varFiles }, this.showPath, await this.callsOf(caller, ctx, depth + 1));
        ctx.scopes.set(key2, scope);
      }
      const calling = blocksOf(scope.module, "module").filter((b) => {
        const source = known(scope.attribute(b, "source")?.r);
        return source !== void 0 && /^\.\.?(\/|$)/.test(source) && joinDir(caller, source) === dir;
      });
      for (const b of calling) out.push({ scope, block: b, file: b.place.file });
      if (calling.length === 0) out.push({ scope, block: void 0, file: caller === "" ? "." : caller });
    }
    return out;
  }
  async extract(onError, skip) {
    const facts = [];
    let parsed = 0;
    const callers = this.localCalls();
    const callerFiles = new Map([...new Set([...callers.values()].flat())].map((dir) => [dir, [...this.dirs.get(dir).files]]));
    const ctx = { callers, files: callerFiles, scopes: /* @__PURE__ */ new Map(), parsed: /* @__PURE__ */ new Map() };
    for (const dir of [...this.dirs.keys()].sort()) {
      const d = this.dirs.get(dir);
      if (d.triggered.size === 0) continue;
      const files = [];
      const varFiles = [];
      const wanted = blockFilter([...d.triggered]);
      const sorted = d.files.sort((a, b) => (0, import_chunk_600CC460.byCode)(a.path, b.path));
      const spans = neededSpans(
        sorted,
        wanted,
        [...d.triggered].flatMap((e) => e.triggers),
        this.outlineOf
      );
      for (const [i, f] of sorted.entries()) {
        const r = f.path.endsWith(".json") ? await parseHclJson(f.path, f.text) : await parseHcl(f.path, f.text, wanted, spans[i]);
        if ("skipped" in r) {
          skip(r.skipped);
          continue;
        }
        parsed++;
        (VAR_FILE_SYNTAX.test(f.path) ? varFiles : files).push(r.file);
      }
      const scope = new ModuleScope({ dir, files, varFiles }, this.showPath, await this.callsOf(dir, ctx));
      const readBy = /* @__PURE__ */ new Map();
      const where = files[0]?.path ?? dir;
      const helpers = {
        yamlWanted: (text) => this.yamlWords.some((w) => text.includes(w)),
        parseYaml: (path, text) => this.parsedYaml(path, text),
        yamlFacts: (docs) => extractDocs(
          docs.flatMap((doc) => this.yamlTriggered(doc.text)).filter((e, i, all) => all.indexOf(e) === i),
          docs,
          (id, err) => onError(docs[0]?.file ?? where, id, err)
        ),
        readText: (path, by) => {
          readBy.set(path, [...readBy.get(path) ?? [], by]);
          return this.readFile(path);
        }
      };
      const own = [];
      for (const e of [...d.triggered].sort((a, b) => (0, import_chunk_600CC460.byCode)(a.id, b.id))) {
        try {
          own.push(...e.extract(scope, helpers));
        } catch (err) {
          onError(where, e.id, err);
        }
      }
      assignClusters(scope.module, own, readBy);
      facts.push(...own);
      this.dirs.delete(dir);
    }
    this.yamlTexts.clear();
    this.yamlTriggeredOf.clear();
    this.outlined.clear();
    return { facts, parsed };
  }
};
function anyOf(words2) {
  return words2.length === 0 ? /(?!)/ : new RegExp(words2.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"));
}
function blockFilter(extractors) {
  const patterns = ["variable", "locals", ...extractors.flatMap((e) => e.blocks)].map((p) => {
    const dot = p.indexOf(".");
    return dot < 0 ? { type: p, label: void 0 } : { type: p.slice(0, dot), label: p.slice(dot + 1) };
  });
  return (type, labels) => patterns.some((p) => p.type === type && (p.label === void 0 || (labels[0] ?? "").startsWith(p.label)));
}
var VAR_REF = /\bvar\.([A-Za-z_][\w-]*)/g;
var LOCAL_REF = /\blocal\.[A-Za-z_]/;
function neededSpans(files, wanted, triggers, outlineOf) {
  const outlines = files.map(outlineOf);
  const keep = outlines.map((o) => new Uint8Array(o?.length ?? 0));
  const varFiles = files.map((f) => isVarFile(f.path));
  const vars = /* @__PURE__ */ new Set();
  let locals = false;
  const note = (text) => {
    for (const m of text.matchAll(VAR_REF)) vars.add(m[1]);
    if (LOCAL_REF.test(text)) locals = true;
  };
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    const o = outlines[i];
    if (!o) note(f.text);
    else if (!varFiles[i])
      for (let j = 0; j < o.length; j++) {
        const it = o[j];
        if (it.kind === "block" && it.type !== "variable" && it.type !== "locals" && wanted(it.type, it.labels) && (it.type !== "module" || triggers.some((t) => f.text.slice(it.start, it.end).includes(t))))
          keep[i][j] = 1;
      }
  }
  for (let i = 0; i < files.length; i++) {
    const o = outlines[i];
    if (o) {
      for (let j = 0; j < o.length; j++) if (keep[i][j]) note(files[i].text.slice(o[j].start, o[j].end));
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < files.length; i++) {
      const o = outlines[i];
      if (!o) continue;
      const varFile = varFiles[i];
      const k = keep[i];
      for (let j = 0; j < o.length; j++) {
        if (k[j]) continue;
        const it = o[j];
        const needed = varFile ? it.kind === "attribute" && vars.has(it.name) : it.kind === "block" && (it.type === "variable" && vars.has(it.labels[0] ?? "") || it.type === "locals" && locals);
        if (!needed) continue;
        k[j] = 1;
        note(files[i].text.slice(it.start, it.end));
        grew = true;
      }
    }
  }
  return outlines.map((o, i) => o ? o.filter((_, j) => keep[i][j] === 1).map(({ start, end }) => ({ start, end })) : void 0);
}
var CALLER_BLOCKS = (type) => type === "module" || type === "variable" || type === "locals";
async function parseFiles(files, wanted, triggers, outlineOf) {
  const sorted = [...files].sort((a, b) => (0, import_chunk_600CC460.byCode)(a.path, b.path));
  const spans = neededSpans(sorted, wanted, triggers, outlineOf);
  const out = [];
  const varFiles = [];
  for (const [i, f] of sorted.entries()) {
    const r = f.path.endsWith(".json") ? await parseHclJson(f.path, f.text) : await parseHcl(f.path, f.text, wanted, spans[i]);
    if ("skipped" in r) continue;
    (VAR_FILE_SYNTAX.test(f.path) ? varFiles : out).push(r.file);
  }
  return { files: out, varFiles };
}
function joinDir(dir, source) {
  const parts = dir === "" ? [] : dir.split("/");
  for (const p of source.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(p);
  }
  return parts.join("/");
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
      const key2 = `${kind ? "k" : "t"}:${word}`;
      let id = this.ids.get(key2);
      if (id === void 0) {
        id = this.needles.length;
        this.needles.push(key2);
        this.ids.set(key2, id);
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
var ID2 = "aks-engine-api-model";
var aksEngineApiModel = {
  id: ID2,
  description: "aks-engine API model: orchestratorVersion, kubeProxyMode, networkPolicy calico (policy only: no encapsulation), pool distros \u2192 node OS",
  triggers: ["orchestratorProfile"],
  extract(d) {
    const root = d.doc.contents;
    const props = get(d, root, "properties");
    const orchestrator = get(d, props, "orchestratorProfile");
    if (!orchestrator) return [];
    const facts = [clusterDefinitionFact(ID2, d, orchestrator, "aks-engine API model")];
    for (const key2 of ["orchestratorVersion", "orchestratorRelease"]) {
      const f = factFromNode(ID2, d, get(d, orchestrator, key2), "kubernetes.version", import_chunk_600CC4602.normalizeVersion);
      if (f) {
        facts.push(f);
        break;
      }
    }
    const k8s = get(d, orchestrator, "kubernetesConfig");
    const modeFact = factFromNode(ID2, d, get(d, k8s, "kubeProxyMode"), "kubeProxy.mode", (s) => s.trim() ? (0, import_chunk_600CC4602.normalizeProxyMode)(s) : void 0);
    if (modeFact) facts.push(modeFact);
    const policyNode = get(d, k8s, "networkPolicy");
    if (str(d, policyNode)?.toLowerCase() === "calico") {
      const plugin = str(d, get(d, k8s, "networkPlugin")) ?? "azure";
      const note = `aks-engine networkPolicy calico with networkPlugin ${plugin}: Calico enforces policy only, no IPIP or VXLAN`;
      facts.push(factAt(ID2, d, policyNode, "calico.ipipMode", "Never", { note }), factAt(ID2, d, policyNode, "calico.vxlanMode", "Never", { note }));
    }
    const pools = [get(d, props, "masterProfile"), ...items(d, get(d, props, "agentPoolProfiles"))];
    for (const pool of pools) {
      const distroNode = get(d, pool, "distro");
      const distro = str(d, distroNode);
      if (distro === void 0) continue;
      const m = /ubuntu-(\d\d)\.(\d\d)/i.exec(distro);
      facts.push(
        m ? factAt(ID2, d, distroNode, "node.os", `ubuntu-${m[1]}.${m[2]}`, { raw: distro, note: `aks-engine distro ${distro} \u2192 Ubuntu ${m[1]}.${m[2]}` }) : {
          ...factAt(ID2, d, distroNode, "node.os", distro, { note: `aks-engine distro ${distro}: the release is not given, so the kernel is unknown` }),
          unresolved: true
        }
      );
    }
    return facts;
  }
};
var import_yaml11 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID3 = import_chunk_600CC460.KUBESPRAY_DEFINITION.source;
var trimmed = (s) => s.trim() || void 0;
var bpfDataplane = (s) => /^(true|yes|on)$/i.test(s.trim()) ? "BPF" : /^(false|no|off)$/i.test(s.trim()) ? "Iptables" : void 0;
var ipipSwitch = (s) => /^(true|yes|on)$/i.test(s.trim()) ? "Always" : /^(false|no|off)$/i.test(s.trim()) ? "Never" : void 0;
var tagVersion = (s) => (0, import_chunk_600CC4602.normalizeVersion)(s.replace(/@sha256:[0-9a-f]+\s*$/i, ""));
var KUBESPRAY_VARS = [
  { key: "kube_version", fact: "kubernetes.version", normalize: import_chunk_600CC4602.normalizeVersion },
  { key: "kube_proxy_mode", fact: "kubeProxy.mode", normalize: import_chunk_600CC4602.normalizeProxyMode },
  { key: "calico_version", fact: "calico.version", normalize: import_chunk_600CC4602.normalizeVersion, calico: true, unless: "calico_node_image_tag" },
  { key: "calico_node_image_tag", fact: "calico.version", normalize: tagVersion, calico: true, literalOnly: true },
  { key: "calico_policy_image_tag", fact: "calico.kubeControllersVersion", normalize: tagVersion, calico: true, literalOnly: true },
  { key: "calico_ipip_mode", fact: "calico.ipipMode", normalize: import_chunk_600CC4602.normalizeEncapMode, calico: true },
  // The names before v2.13.0 (`calico_ipip_mode` followed them up to v2.18.2; v2.19.0 refuses them).
  { key: "ipip_mode", fact: "calico.ipipMode", normalize: import_chunk_600CC4602.normalizeEncapMode, calico: true, unlessSet: ["calico_ipip_mode"] },
  { key: "ipip", fact: "calico.ipipMode", normalize: ipipSwitch, calico: true, unlessSet: ["calico_ipip_mode", "ipip_mode"] },
  { key: "calico_vxlan_mode", fact: "calico.vxlanMode", normalize: import_chunk_600CC4602.normalizeEncapMode, calico: true },
  { key: "calico_iptables_backend", fact: "calico.iptablesBackend", normalize: import_chunk_600CC4602.normalizeIptablesBackend, calico: true },
  { key: "calico_feature_detect_override", fact: "calico.featureDetectOverride", normalize: trimmed, calico: true },
  { key: "calico_bpf_enabled", fact: "calico.dataplane", normalize: bpfDataplane, calico: true }
];
var REPLACEMENTS = [
  {
    key: "cilium_kube_proxy_replacement",
    plugin: "cilium",
    on: /^(strict|true|yes)$/i,
    note: "Kubespray cilium_kube_proxy_replacement: Cilium replaces kube-proxy, which Kubespray removes"
  },
  {
    key: "kube_router_run_service_proxy",
    plugin: "kube-router",
    on: /^(true|yes)$/i,
    note: "Kubespray kube_router_run_service_proxy: kube-router replaces kube-proxy, which Kubespray removes"
  }
];
var LIST_VARS = ["kube_proxy_feature_gates", "kube_feature_gates", "kube_apiserver_enable_admission_plugins"];
var LEGACY_NAMES = /* @__PURE__ */ new Set(["ipip", "ipip_mode"]);
var LEGACY_PLACES = /(^|\/)group_vars\/(k8s_cluster|k8s-cluster|kube_control_plane|kube-master|kube_node|kube-node|calico_rr|all)(\/|\.ya?ml$)/;
var KUBESPRAY_TRIGGERS = [
  ...KUBESPRAY_VARS.filter((v) => !LEGACY_NAMES.has(v.key)).map((v) => v.key),
  "kube_network_plugin",
  "kube_proxy_remove",
  ...REPLACEMENTS.map((r) => r.key),
  ...LIST_VARS
];
var SHARED_NAMES = /* @__PURE__ */ new Set(["kube_version", "kube_proxy_mode", "calico_version"]);
var KUBESPRAY_GROUP_VARS = /(^|\/)group_vars\/(k8s_cluster|k8s-cluster|kube_control_plane|kube-master|kube_node|kube-node|calico_rr)(\/|\.ya?ml$)/;
var KUBESPRAY_ONLY_NAMES = /* @__PURE__ */ new Set([
  "kube_network_plugin_multus",
  "kube_network_node_prefix",
  "kube_proxy_strict_arp",
  "kube_proxy_nodeport_addresses",
  "kube_encrypt_secret_data",
  "kube_script_dir",
  "kube_token_dir",
  "container_manager",
  "dns_mode",
  "resolvconf_mode",
  "enable_nodelocaldns",
  "deploy_netchecker"
]);
function showsKubespray(d, names) {
  if (d.embeddedIn !== void 0 || KUBESPRAY_GROUP_VARS.test(d.file)) return true;
  return names.some((k) => KUBESPRAY_ONLY_NAMES.has(k) || KUBESPRAY_TRIGGERS.includes(k) && !SHARED_NAMES.has(k));
}
function literal(d, node) {
  const raw = str(d, node)?.trim();
  return raw !== void 0 && raw !== "" && !(0, import_chunk_600CC4602.isPlaceholder)(raw);
}
function listVarFact(d, node, name, key2, origin) {
  const raw = str(d, node);
  if (raw !== void 0) return nameListFact(ID3, d, node, name, raw, { origin, note: `Kubespray ${key2}` });
  return listFact(ID3, d, node, name, { origin, note: `Kubespray ${key2}` });
}
function listFacts(d, vars, origin) {
  const facts = [];
  const gatesKey = vars.has("kube_proxy_feature_gates") ? "kube_proxy_feature_gates" : "kube_feature_gates";
  const gates = listVarFact(d, vars.get(gatesKey), "kubeProxy.featureGates", gatesKey, origin);
  if (gates) facts.push(gates);
  const plugins = listVarFact(
    d,
    vars.get("kube_apiserver_enable_admission_plugins"),
    "apiserver.admissionPlugins",
    "kube_apiserver_enable_admission_plugins",
    origin
  );
  if (plugins) facts.push(plugins);
  return facts;
}
var ROLE_DEFAULTS = /(^|\/)roles\/(?:[^/]+\/)+(?:defaults|vars)\//;
function isVarsDocument(d) {
  if (!isPlainMapping(d)) return false;
  const groupVars = LEGACY_PLACES.test(d.file);
  return entries(d, d.doc.contents).some(([k]) => KUBESPRAY_TRIGGERS.includes(k) || groupVars && LEGACY_NAMES.has(k));
}
var kubesprayGroupVars = {
  id: ID3,
  description: "Kubespray inventory variables (group_vars, host_vars, role defaults, kubean vars ConfigMaps): kube_version, kube_proxy_mode, kube_proxy_remove, calico_version (a literal calico_node_image_tag wins), calico_policy_image_tag (kube-controllers), calico_ipip_mode, calico_vxlan_mode, calico_iptables_backend, calico_feature_detect_override, calico_bpf_enabled, the old ipip_mode and ipip switch (under Kubespray groups); Calico ones only when kube_network_plugin may be calico; kube_proxy_feature_gates (else kube_feature_gates), kube_apiserver_enable_admission_plugins (kubeadm's NodeRestriction when a cluster inventory leaves it out)",
  // The old names only as keys (see ansible-variables.ts: the bare word is in every Calico CRD bundle).
  triggers: [...KUBESPRAY_TRIGGERS, "ipip:", "ipip :", 'ipip":', "ipip':", "ipip_mode"],
  extract(d) {
    if (!isVarsDocument(d)) return [];
    const root = d.doc.contents;
    const origin = ROLE_DEFAULTS.test(d.file) ? "default" : "repository";
    const vars = new Map(entries(d, root).map(([k, v]) => [k, v]));
    const kubespray = showsKubespray(d, [...vars.keys()]);
    const pluginNode = vars.get("kube_network_plugin");
    const plugin = str(d, pluginNode)?.trim();
    const calicoPossible = plugin === void 0 || (0, import_chunk_600CC4602.isPlaceholder)(plugin) || plugin.toLowerCase() === "calico";
    const facts = [];
    for (const v of KUBESPRAY_VARS) {
      if (v.calico && !calicoPossible) continue;
      if (v.literalOnly && !literal(d, vars.get(v.key))) continue;
      if (v.unless && literal(d, vars.get(v.unless))) continue;
      if (v.unlessSet?.some((k) => vars.has(k))) continue;
      const f = factFromNode(ID3, d, vars.get(v.key), v.fact, v.normalize, { origin, note: `${kubespray ? "Kubespray" : "variable"} ${v.key}` });
      if (f) facts.push(f);
    }
    for (const r of REPLACEMENTS) {
      const node = vars.get(r.key);
      if (r.on.test(str(d, node)?.trim() ?? "") && (plugin === void 0 || (0, import_chunk_600CC4602.isPlaceholder)(plugin) || plugin.toLowerCase() === r.plugin)) {
        facts.push(factAt(ID3, d, node, "kubeProxy.disabled", "true", { origin, note: r.note }));
      }
    }
    facts.push(...listFacts(d, vars, origin));
    const removeNode = vars.get("kube_proxy_remove");
    if (/^(true|yes)$/i.test(str(d, removeNode)?.trim() ?? "")) {
      facts.push(factAt(ID3, d, removeNode, "kubeProxy.disabled", "true", { origin, note: "Kubespray kube_proxy_remove: kube-proxy is removed" }));
    }
    if (origin === "repository") {
      facts.push(...inventoryDefaults(d, vars, plugin, pluginNode));
      facts.push(inventoryDefinition(d, pluginNode ?? vars.get("kube_version") ?? root ?? void 0, kubespray));
      if (kubespray) facts.push(...installerFacts(d, pluginNode ?? vars.get("kube_version") ?? root ?? void 0, pluginNode));
    }
    return facts;
  }
};
function installerFacts(d, node, pluginNode) {
  const kubean = d.embeddedIn !== void 0;
  const facts = [
    installerNameFact(ID3, d, node, kubean ? "kubean" : "kubespray", kubean ? "kubean vars ConfigMap (Kubespray variables)" : "Kubespray inventory variables")
  ];
  const cni = cniFact(ID3, d, pluginNode, "Kubespray kube_network_plugin");
  return cni ? [...facts, cni] : facts;
}
function inventoryDefinition(d, node, kubespray) {
  if (d.embeddedIn) return clusterDefinitionFact(ID3, d, node, "kubean vars ConfigMap");
  const at = d.file.search(import_chunk_600CC460.INVENTORY_VARS);
  const kind = kubespray ? import_chunk_600CC460.KUBESPRAY_DEFINITION.inventory : import_chunk_600CC460.KUBESPRAY_DEFINITION.variables;
  return clusterDefinitionFact(ID3, d, node, kind, at < 0 ? void 0 : d.file.slice(0, at));
}
function inventoryDefaults(d, vars, plugin, pluginNode) {
  if (plugin === void 0 || (0, import_chunk_600CC4602.isPlaceholder)(plugin)) return [];
  const facts = [];
  const at = vars.get("kube_proxy_mode") ? void 0 : pluginNode;
  if (at && !vars.has("kube_proxy_remove")) {
    facts.push(factAt(ID3, d, at, "kubeProxy.mode", "ipvs", { origin: "default", note: "Kubespray default kube_proxy_mode (ipvs): not set here" }));
  }
  if (!vars.has("kube_apiserver_enable_admission_plugins")) {
    facts.push(
      factAt(ID3, d, pluginNode, "apiserver.admissionPlugins", "NodeRestriction", {
        origin: "default",
        note: "Kubespray kube_apiserver_enable_admission_plugins not set: kubeadm's default (NodeRestriction)"
      })
    );
  }
  if (plugin.toLowerCase() === "calico" && !vars.has("calico_bpf_enabled")) {
    facts.push(
      factAt(ID3, d, pluginNode, "calico.dataplane", "Iptables", {
        origin: "default",
        note: "Kubespray kube_network_plugin: calico, in its default iptables dataplane"
      })
    );
  }
  return facts;
}
var ID4 = "ansible-variables";
var ROLE_DEFAULTS2 = /(^|\/)roles\/([^/]+\/)+defaults\//;
var INVENTORY_VARS_FILE = /(^|\/)(group_vars|host_vars)\/(?:[^/]+\/)?[^/]+\.ya?ml$/;
var YAML_INVENTORY_FILE = /(^|\/)(?:hosts|inventory)[^/]*\.ya?ml$/;
var GROUP_KEYS = ["hosts", "children", "vars"];
var MAX_GROUP_DEPTH = 16;
function inventoryGroupVars(d) {
  const out = [];
  const isGroup = (n) => (0, import_yaml11.isMap)(n) && GROUP_KEYS.some((k) => get(d, n, k) !== void 0);
  const walk = (group, depth) => {
    if (depth > MAX_GROUP_DEPTH || !isGroup(group)) return;
    for (const [key2, value] of entries(d, get(d, group, "vars"))) if (value) out.push([key2, value]);
    for (const [, child] of entries(d, get(d, group, "children"))) walk(child, depth + 1);
  };
  for (const [, group] of entries(d, d.doc.contents)) walk(group, 0);
  return out;
}
var ansibleVariables = {
  id: ID4,
  description: "Ansible variables of inventory variables files (group_vars, host_vars), YAML inventories (group vars:) and Kubespray role defaults, as written, for resolving {{ var }} references within a cluster",
  // `ipip` only as a key (plain, quoted, or before a spaced colon): the bare word is in every Calico CRD
  // bundle (`ipipMode`), and a 2 MB bundle parsed for nothing costs more than the rest of a scan.
  triggers: [...KUBESPRAY_TRIGGERS, "ipip:", "ipip :", 'ipip":', "ipip':", "ipip_mode"],
  alwaysPaths: new RegExp(`${INVENTORY_VARS_FILE.source}|${YAML_INVENTORY_FILE.source}`),
  extract(d) {
    if (YAML_INVENTORY_FILE.test(d.file) && isPlainMapping(d)) {
      const groupVars = inventoryGroupVars(d);
      if (groupVars.length > 0) return variableFacts(d, groupVars, "repository");
    }
    const inventory = INVENTORY_VARS_FILE.test(d.file) && isPlainMapping(d);
    if (!inventory && !isVarsDocument(d) && !entries(d, d.doc.contents).some(([k]) => k === "ipip" || k === "ipip_mode")) return [];
    const origin = ROLE_DEFAULTS2.test(d.file) ? "default" : "repository";
    return variableFacts(
      d,
      entries(d, d.doc.contents).flatMap(([k, v]) => v ? [[k, v]] : []),
      origin
    );
  }
};
function variableFacts(d, vars, origin) {
  const facts = [];
  for (const [key2, value] of vars) {
    const raw = str(d, value);
    if (raw === void 0) continue;
    facts.push({ ...factAt(ID4, d, value, "ansible.variable", raw, { origin }), key: key2 });
  }
  return facts;
}
var ID5 = "calico-ip-pool";
var MODES = [
  ["ipipMode", "calico.ipipMode"],
  ["vxlanMode", "calico.vxlanMode"]
];
var calicoIpPool = {
  id: ID5,
  description: "Calico IPPool resources: ipipMode and vxlanMode (Never when a declared pool leaves them out)",
  triggers: [],
  kinds: ["IPPool"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "IPPool", isCalicoApi)) {
      const spec = get(d, o.node, "spec");
      if (str(d, get(d, spec, "disabled")) === "true") continue;
      const pool = `IPPool ${o.name ?? "(unnamed)"}`;
      for (const [key2, fact] of MODES) {
        const node = get(d, spec, key2);
        const raw = str(d, node);
        if (raw === void 0) {
          facts.push(factAt(ID5, d, get(d, o.node, "kind"), fact, "Never", { origin: "default", note: `${pool} does not set ${key2}: Never` }));
          continue;
        }
        const f = factFromRaw(ID5, d, node, fact, raw, import_chunk_600CC4602.normalizeEncapMode, { note: pool });
        if (f) facts.push(f);
      }
    }
    return facts;
  }
};
var import_yaml12 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var LISTS = ["containers", "initContainers", "ephemeralContainers"];
var cache = /* @__PURE__ */ new WeakMap();
function containersOf(d) {
  let found = cache.get(d);
  if (!found) {
    found = findContainers(d);
    cache.set(d, found);
  }
  return found;
}
function findContainers(d) {
  if (kindOf(d).kind === "CustomResourceDefinition") return [];
  const out = [];
  visitMaps(d, (map) => {
    for (const list of LISTS) {
      for (const item of items(d, get(d, map, list))) {
        if (!(0, import_yaml12.isMap)(item)) continue;
        const imageNode = get(d, item, "image");
        const imageRaw = str(d, imageNode);
        out.push({
          node: item,
          list,
          name: str(d, get(d, item, "name"))?.trim(),
          imageNode,
          imageRaw,
          image: imageRaw === void 0 ? void 0 : parseImage(imageRaw),
          podSpec: map
        });
      }
    }
  });
  return out.sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0));
}
function envOf(d, c) {
  const out = [];
  for (const item of items(d, get(d, c.node, "env"))) {
    const nameNode = get(d, item, "name");
    const name = str(d, nameNode)?.trim();
    if (!name) continue;
    const valueNode = get(d, item, "value");
    const valueFromNode = get(d, item, "valueFrom") ? keyNode(item, "valueFrom") : void 0;
    out.push({ name, nameNode, valueNode, value: str(d, valueNode), valueFromNode });
  }
  return out;
}
function commandLineOf(d, c) {
  const out = [];
  for (const key2 of ["command", "args"]) {
    for (const item of items(d, get(d, c.node, key2))) {
      const text = str(d, item);
      if (text !== void 0) out.push({ node: item, text });
    }
  }
  return out;
}
function imageVersionFact(source, d, node, name, img, raw) {
  if (!img.tag) return void 0;
  const f = factFromRaw(source, d, node, name, img.tag, import_chunk_600CC4602.normalizeVersion);
  if (!f) return void 0;
  return { ...f, raw, key: img.path };
}
function kubeProxyImageFacts(source, d, node, img, raw) {
  const facts = [];
  const repo = factFromRaw(source, d, node, "kubeProxy.image", img.repository, (s) => s);
  if (repo) facts.push({ ...repo, key: img.path, ...raw === repo.value ? {} : { raw } });
  const version = imageVersionFact(source, d, node, "kubeProxy.version", img, raw);
  if (version) facts.push(version);
  return facts;
}
var ID6 = "calico-kube-controllers";
var calicoKubeControllers = {
  id: ID6,
  description: "calico-kube-controllers container images: their version",
  triggers: ["kube-controllers"],
  extract(d) {
    const facts = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === void 0 || !isCalicoKubeControllersImage(c.image)) continue;
      const f = imageVersionFact(ID6, d, c.imageNode, "calico.kubeControllersVersion", c.image, c.imageRaw);
      if (f) facts.push(f);
    }
    return facts;
  }
};
var ID7 = "calico-node";
var ENV = /* @__PURE__ */ new Map([
  ["CALICO_IPV4POOL_IPIP", { fact: "calico.ipipMode", normalize: import_chunk_600CC4602.normalizeEncapMode }],
  ["CALICO_IPV4POOL_VXLAN", { fact: "calico.vxlanMode", normalize: import_chunk_600CC4602.normalizeEncapMode }],
  ["FELIX_IPTABLESBACKEND", { fact: "calico.iptablesBackend", normalize: import_chunk_600CC4602.normalizeIptablesBackend }],
  ["FELIX_FEATUREDETECTOVERRIDE", { fact: "calico.featureDetectOverride", normalize: (s) => s.trim() || void 0 }],
  ["FELIX_NFTABLESMODE", { fact: "calico.nftablesMode", normalize: import_chunk_600CC4602.normalizeNftablesMode }],
  // Only "true" says something: false leaves the dataplane to other settings (iptables or nftables).
  ["FELIX_BPFENABLED", { fact: "calico.dataplane", normalize: (s) => s.trim().toLowerCase() === "true" ? "BPF" : void 0 }]
]);
function envFact(d, e) {
  const spec = ENV.get(e.name);
  if (!spec) return void 0;
  if (e.value !== void 0) {
    const f = factFromRaw(ID7, d, e.valueNode, spec.fact, e.value, spec.normalize);
    return f && { ...f, note: f.note ?? `${e.name} on calico-node` };
  }
  if (e.valueFromNode) {
    return { ...factAt(ID7, d, e.valueFromNode, spec.fact, `valueFrom ${e.name}`, { note: `${e.name} comes from valueFrom` }), unresolved: true };
  }
  return void 0;
}
function isCalicoNode(c) {
  if (c.imageRaw !== void 0 && !templatedImage(c)) return !!c.image && isCalicoNodeImage(c.image);
  return c.name === "calico-node";
}
function templatedImage(c) {
  return !!c.image && !c.image.prefix && !c.image.tag && !c.image.digest && (0, import_chunk_600CC4602.isPlaceholder)(c.image.name);
}
function templatedVersion(d, c) {
  const f = factAt(ID7, d, c.imageNode, "calico.version", c.imageRaw ?? "", { note: "the calico-node image is a template value" });
  return { ...f, unresolved: true };
}
function dataplaneFacts(d, env) {
  const nft = env.find((e) => e.name === "FELIX_NFTABLESMODE");
  if (nft?.value !== void 0 && nft.value.trim().toLowerCase() === "enabled") {
    return [
      factAt(ID7, d, nft.valueNode, "calico.dataplane", "Nftables", {
        raw: `FELIX_NFTABLESMODE=${nft.value}`,
        note: "FELIX_NFTABLESMODE Enabled on calico-node"
      })
    ];
  }
  return [];
}
var calicoNode = {
  id: ID7,
  description: "calico-node containers (calico/node from any registry or mirror): Calico version, and their pool, backend and dataplane env",
  triggers: ["calico/node", "calico-node"],
  extract(d) {
    const facts = [];
    for (const c of containersOf(d)) {
      if (!isCalicoNode(c)) continue;
      if (templatedImage(c)) facts.push(templatedVersion(d, c));
      else if (c.image && c.imageRaw !== void 0) {
        const version = imageVersionFact(ID7, d, c.imageNode, "calico.version", c.image, c.imageRaw);
        if (version) facts.push(version);
      }
      const env = envOf(d, c);
      for (const e of env) {
        const f = envFact(d, e);
        if (f) facts.push(f);
      }
      facts.push(...dataplaneFacts(d, env));
    }
    return facts;
  }
};
var ID8 = "felix-configuration";
var felixConfiguration = {
  id: ID8,
  description: "Calico FelixConfiguration resources: iptablesBackend, featureDetectOverride, nftablesMode, bpfEnabled",
  triggers: [],
  kinds: ["FelixConfiguration"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "FelixConfiguration", isCalicoApi)) {
      const spec = get(d, o.node, "spec");
      const scope = o.name === void 0 || o.name === "default" ? {} : { note: `FelixConfiguration ${o.name} (one node only)` };
      const b = factFromNode(ID8, d, get(d, spec, "iptablesBackend"), "calico.iptablesBackend", import_chunk_600CC4602.normalizeIptablesBackend, scope);
      if (b) facts.push(b);
      const overrideNode = get(d, spec, "featureDetectOverride");
      const override = str(d, overrideNode)?.trim();
      const o2 = override ? factFromRaw(ID8, d, overrideNode, "calico.featureDetectOverride", override, (s) => s, scope) : void 0;
      if (o2) facts.push(o2);
      const n = factFromNode(ID8, d, get(d, spec, "nftablesMode"), "calico.nftablesMode", import_chunk_600CC4602.normalizeNftablesMode, scope);
      if (n) facts.push(n);
      if (n?.value === "Enabled" && !n.unresolved)
        facts.push({ ...n, name: "calico.dataplane", value: "Nftables", note: "FelixConfiguration nftablesMode Enabled" });
      const bpfNode = get(d, spec, "bpfEnabled");
      if (str(d, bpfNode)?.toLowerCase() === "true") facts.push(factAt(ID8, d, bpfNode, "calico.dataplane", "BPF", { raw: "bpfEnabled: true", ...scope }));
    }
    return facts;
  }
};
var ID9 = "kube-proxy-configuration";
function isKubeProxyConfiguration(d, node = d.doc.contents) {
  const { kind, apiVersion } = kindOf(d, node);
  return kind === "KubeProxyConfiguration" && !!apiVersion?.startsWith("kubeproxy.config.k8s.io/");
}
function proxyConfigurationFacts(source, d, root) {
  const gates = featureGatesFromNode(source, d, get(d, root, "featureGates"), { note: "KubeProxyConfiguration featureGates" });
  return gates ? [...modeFacts(source, d, root), gates] : modeFacts(source, d, root);
}
function modeFacts(source, d, root) {
  const modeNode = get(d, root, "mode");
  const raw = str(d, modeNode);
  if (raw === void 0 || raw.trim() === "") {
    const at = raw === void 0 ? get(d, root, "kind") : modeNode;
    const why = raw === void 0 ? "mode is not set" : 'mode is ""';
    return [factAt(source, d, at, "kubeProxy.mode", "iptables", { origin: "default", raw, note: `${why}: kube-proxy uses its default, iptables on Linux` })];
  }
  const f = factFromRaw(source, d, modeNode, "kubeProxy.mode", raw, import_chunk_600CC4602.normalizeProxyMode);
  return f ? [f] : [];
}
var kubeProxyConfiguration = {
  id: ID9,
  description: "KubeProxyConfiguration documents (kubeproxy.config.k8s.io), standalone or in ConfigMap data (kubeadm config.conf, read by the embedded pass, places in the outer file): mode, or the default when unset; featureGates",
  triggers: [],
  kinds: ["KubeProxyConfiguration"],
  extract(d) {
    if (!isKubeProxyConfiguration(d)) return [];
    return proxyConfigurationFacts(ID9, d, d.doc.contents);
  }
};
var ID10 = "kube-proxy-flags";
function tokens(d, c) {
  return commandLineOf(d, c).flatMap(
    ({ node, text }) => wordsOf(text).filter((t) => t !== "").map((t) => ({ text: t.replace(/^["']|["']$/g, ""), node }))
  );
}
function wordsOf(text) {
  if (!text.includes("{{") && !text.includes("{%")) return text.split(/\s+/);
  const masked = maskTemplateBlanks(text, "_");
  const out = [];
  let from = 0;
  for (const m of masked.matchAll(/\s+/g)) {
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}
function isKubeProxyContainer(c, words2) {
  if (c.image && (isKubeProxyImage(c.image) || c.image.name === "hyperkube")) return true;
  if (c.imageRaw === void 0 && c.name === "kube-proxy") return true;
  return words2.some((w) => /(^|\/)(kube-proxy|hyperkube)$/.test(w.text));
}
function proxyMode(words2) {
  let found;
  words2.forEach((w, i) => {
    const m = /^--proxy-mode=(.*)$/.exec(w.text);
    if (m) found = { text: m[1] ?? "", node: w.node };
    else if (w.text === "--proxy-mode" && words2[i + 1]) found = words2[i + 1];
  });
  return found;
}
function runsWithDefaults(d, c, words2) {
  if (!c.image || !isKubeProxyImage(c.image)) return false;
  if (str(d, get(d, c.podSpec, "nodeSelector", "kubernetes.io/os")) === "windows") return false;
  return !words2.some(
    (w) => /^--(config|proxy-mode)\b/.test(w.text) || /^(-c|sh|bash|\S*\.(sh|ps1))$/.test(w.text.replace(/^.*\//, "")) || /\{\{|\{%|\$\{/.test(w.text)
  );
}
function runsKubeProxy(words2) {
  return words2.some((w) => /(^|\/)kube-proxy$/.test(w.text) || w.text === "proxy");
}
var SKIP_CHECK = "KUBE_PROXY_NFTABLES_SKIP_KERNEL_VERSION_CHECK";
function gateAndEnvFacts(d, c, words2) {
  const facts = [];
  const gates = flagValue(words2, "feature-gates");
  const g = gates && nameListFact(ID10, d, gates.word.node, "kubeProxy.featureGates", gates.value, { note: "kube-proxy --feature-gates" });
  if (g) facts.push(g);
  const skip = envOf(d, c).find((e) => e.name === SKIP_CHECK);
  if (skip?.value !== void 0 && skip.value.trim() !== "") {
    const f = factFromRaw(ID10, d, skip.valueNode, "kubeProxy.nftablesSkipKernelCheck", skip.value, () => "true", { note: `${SKIP_CHECK} is set` });
    if (f) facts.push(f);
  } else if (skip?.valueFromNode) {
    facts.push({
      ...factAt(ID10, d, skip.valueFromNode, "kubeProxy.nftablesSkipKernelCheck", `valueFrom ${SKIP_CHECK}`, { note: `${SKIP_CHECK} comes from valueFrom` }),
      unresolved: true
    });
  }
  return facts;
}
var kubeProxyFlags = {
  id: ID10,
  description: "kube-proxy command line: --proxy-mode (either form), or the default mode when kube-proxy runs without flags that set one; --feature-gates; KUBE_PROXY_NFTABLES_SKIP_KERNEL_VERSION_CHECK in its env",
  triggers: ["kube-proxy", "--proxy-mode"],
  extract(d) {
    const facts = [];
    for (const c of containersOf(d)) {
      const words2 = tokens(d, c);
      if (!isKubeProxyContainer(c, words2)) continue;
      if (c.image && isKubeProxyImage(c.image) || runsKubeProxy(words2)) facts.push(...gateAndEnvFacts(d, c, words2));
      const mode = proxyMode(words2);
      if (mode) {
        const f = factFromRaw(ID10, d, mode.node, "kubeProxy.mode", mode.text, import_chunk_600CC4602.normalizeProxyMode);
        if (f) facts.push(f);
      } else if (runsWithDefaults(d, c, words2)) {
        facts.push(
          factAt(ID10, d, c.imageNode, "kubeProxy.mode", "iptables", {
            origin: "default",
            note: "kube-proxy runs without --proxy-mode or --config: its default mode, iptables on Linux"
          })
        );
      }
    }
    return facts;
  }
};
var ID11 = "kube-proxy-image";
var isHyperkube = (img) => /^hyperkube(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(img.name);
function runsKubeProxy2(d, c) {
  return commandLineOf(d, c).flatMap((w) => w.text.split(/\s+/)).some((t) => /(^|\/)kube-proxy$/.test(t) || t === "proxy");
}
var kubeProxyImage = {
  id: ID11,
  description: "kube-proxy container images in any Pod template, and hyperkube images running kube-proxy: the version from the tag and the image repository",
  triggers: ["kube-proxy", "hyperkube"],
  extract(d) {
    const facts = [];
    for (const c of containersOf(d)) {
      if (!c.image || c.imageRaw === void 0) continue;
      if (!isKubeProxyImage(c.image) && !(isHyperkube(c.image) && runsKubeProxy2(d, c))) continue;
      facts.push(...kubeProxyImageFacts(ID11, d, c.imageNode, c.image, c.imageRaw));
    }
    return facts;
  }
};
var ID12 = "kube-apiserver-flags";
function words(d, c) {
  return commandLineOf(d, c).flatMap(({ node, text }) => {
    const parts = /\s--?[A-Za-z]/.test(text.trim()) ? text.split(/\s+/) : [text];
    return parts.map((t) => ({ text: t.trim().replace(/^["']|["']$/g, ""), node })).filter((w) => w.text !== "");
  });
}
function isApiServer(c, w) {
  if (c.image && /^kube-apiserver(-(amd64|arm64|arm|ppc64le|s390x))?$/.test(c.image.name)) return true;
  return w.some((x) => /(^|\/)kube-apiserver$/.test(x.text) || x.text === "apiserver");
}
function opaque(w) {
  return w.some((x) => /^(-c|sh|bash)$/.test(x.text.replace(/^.*\//, "")) || /\{\{|\{%|\$\{/.test(x.text) || /^--config\b/.test(x.text));
}
var kubeApiserverFlags = {
  id: ID12,
  description: "kube-apiserver containers (static pod manifests): --enable-admission-plugins, or the default plugins when the plain command line has none",
  triggers: ["kube-apiserver"],
  extract(d) {
    const facts = [];
    for (const c of containersOf(d)) {
      const w = words(d, c);
      if (!isApiServer(c, w)) continue;
      const flag = flagValue(w, "enable-admission-plugins");
      if (flag) {
        const f = nameListFact(ID12, d, flag.word.node, "apiserver.admissionPlugins", flag.value, { note: "kube-apiserver --enable-admission-plugins" });
        if (f) facts.push(f);
      } else if (w.length > 0 && !opaque(w)) {
        facts.push(
          factAt(ID12, d, c.imageNode ?? w[0].node, "apiserver.admissionPlugins", "defaults only", {
            origin: "default",
            note: "kube-apiserver without --enable-admission-plugins: only its default plugins, which do not include DenyServiceExternalIPs"
          })
        );
      }
    }
    return facts;
  }
};
var ID13 = "kubeadm-cluster-configuration";
function fileConfiguresKubeProxy(d) {
  return d.text.split("\n").some((line) => line.includes("KubeProxyConfiguration") && !/^\s*#/.test(line));
}
function admissionPlugins(d, root) {
  const args = get(d, root, "apiServer", "extraArgs");
  let valueNode = get(d, args, "enable-admission-plugins");
  for (const item of items(d, args)) {
    if (str(d, get(d, item, "name"))?.trim() === "enable-admission-plugins") valueNode = get(d, item, "value");
  }
  const raw = str(d, valueNode);
  const f = raw === void 0 ? void 0 : nameListFact(ID13, d, valueNode, "apiserver.admissionPlugins", raw, { note: "kubeadm apiServer.extraArgs enable-admission-plugins" });
  if (f) return f;
  const at = args ?? get(d, root, "apiServer") ?? get(d, root, "kind");
  return factAt(ID13, d, at, "apiserver.admissionPlugins", "NodeRestriction", {
    origin: "default",
    note: "kubeadm's default --enable-admission-plugins (NodeRestriction): apiServer.extraArgs does not set it"
  });
}
var kubeadmClusterConfiguration = {
  id: ID13,
  description: "kubeadm ClusterConfiguration: kubernetesVersion (kube-proxy runs the cluster version unless an image says otherwise); proxy.disabled; kubeadm's default kube-proxy mode when the file has no KubeProxyConfiguration; apiServer.extraArgs enable-admission-plugins (or kubeadm's default, NodeRestriction)",
  triggers: [],
  kinds: ["ClusterConfiguration"],
  extract(d) {
    if (!isKind(d, "ClusterConfiguration", "kubeadm.k8s.io/")) return [];
    const kindNode = get(d, d.doc.contents, "kind");
    const facts = [
      clusterDefinitionFact(ID13, d, kindNode, "kubeadm ClusterConfiguration"),
      installerNameFact(ID13, d, kindNode, "kubeadm", "kubeadm ClusterConfiguration")
    ];
    const version = factFromNode(ID13, d, get(d, d.doc.contents, "kubernetesVersion"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion);
    if (version) facts.push(version);
    const disabledNode = get(d, d.doc.contents, "proxy", "disabled");
    if (str(d, disabledNode) === "true") {
      facts.push(factAt(ID13, d, disabledNode, "kubeProxy.disabled", "true", { note: "kubeadm proxy.disabled: kube-proxy is not deployed" }));
    } else if (!fileConfiguresKubeProxy(d)) {
      facts.push(
        factAt(ID13, d, get(d, d.doc.contents, "kind"), "kubeProxy.mode", "iptables", {
          origin: "default",
          note: "kubeadm ClusterConfiguration without a KubeProxyConfiguration: kube-proxy runs in its default mode, iptables on Linux"
        })
      );
    }
    facts.push(admissionPlugins(d, d.doc.contents));
    return facts;
  }
};
function externalIpsServices(d) {
  const out = [];
  for (const o of objectsOfKind(d, "Service", "v1")) {
    const spec = get(d, o.node, "spec");
    const ips = items(d, get(d, spec, "externalIPs")).map((n) => str(d, n)).filter((ip) => !!ip);
    if (ips.length > 0) out.push({ object: o, spec, ips });
  }
  return out;
}
var ID14 = "service-external-ips";
var serviceExternalIps = {
  id: ID14,
  description: "Services that set spec.externalIPs (any traffic policy)",
  triggers: ["externalIPs"],
  extract(d) {
    return externalIpsServices(d).map(
      ({ object, spec, ips }) => factAt(ID14, d, keyNode(spec, "externalIPs"), "service.externalIPs", namespacedName(object), { note: `externalIPs ${ips.join(", ")}` })
    );
  }
};
var ID15 = "service-external-ips-local";
var serviceExternalIpsLocal = {
  id: ID15,
  description: "Services that combine externalIPs with externalTrafficPolicy: Local",
  triggers: ["externalIPs"],
  extract(d) {
    const facts = [];
    for (const { object, spec, ips } of externalIpsServices(d)) {
      const policyNode = get(d, spec, "externalTrafficPolicy");
      if (str(d, policyNode) !== "Local") continue;
      const ipsLine = placeOf(d, keyNode(spec, "externalIPs")).line;
      facts.push(
        factAt(ID15, d, policyNode, "service.externalIPsLocal", namespacedName(object), {
          note: `externalTrafficPolicy Local with externalIPs ${ips.join(", ")} (line ${ipsLine})`
        })
      );
    }
    return facts;
  }
};
var ID16 = "service-load-balancer-source-ranges";
var serviceLoadBalancerSourceRanges = {
  id: ID16,
  description: "Services of type LoadBalancer with a non-empty loadBalancerSourceRanges",
  triggers: ["loadBalancerSourceRanges"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "Service", "v1")) {
      const spec = get(d, o.node, "spec");
      if (str(d, get(d, spec, "type")) !== "LoadBalancer") continue;
      const ranges = items(d, get(d, spec, "loadBalancerSourceRanges")).map((n) => str(d, n)).filter((r) => !!r);
      if (ranges.length === 0) continue;
      facts.push(
        factAt(ID16, d, keyNode(spec, "loadBalancerSourceRanges"), "service.loadBalancerSourceRanges", namespacedName(o), {
          note: `loadBalancerSourceRanges ${ranges.join(", ")}`
        })
      );
    }
    return facts;
  }
};
var ID17 = "tigera-operator-image";
var INIT_VERSION = "TIGERA_OPERATOR_INIT_IMAGE_VERSION";
function isOperatorDeployment(d) {
  return objectsOf(d).some((o) => o.kind === "Deployment" && (o.name === "tigera-operator" || o.namespace === "tigera-operator"));
}
var tigeraOperatorImage = {
  id: ID17,
  description: `The tigera/operator image in any container, and the tigera-operator Deployment under a mirrored or renamed image (its container's tag, else ${INIT_VERSION}): the operator version, which names the Calico release it installs`,
  triggers: ["tigera/operator", "tigera-operator", "calico-operator", INIT_VERSION],
  extract(d) {
    const facts = [];
    const deployment = isOperatorDeployment(d);
    for (const c of containersOf(d)) {
      const known2 = c.image !== void 0 && isTigeraOperatorImage(c.image);
      const env = envOf(d, c).find((e) => e.name === INIT_VERSION);
      const mirrored = !known2 && deployment && (c.name === "tigera-operator" || env !== void 0);
      let found;
      if (c.image && c.imageRaw !== void 0 && (known2 || mirrored)) {
        found = imageVersionFact(ID17, d, c.imageNode, "calico.operatorVersion", c.image, c.imageRaw);
        if (found && mirrored) found = { ...found, note: `the tigera-operator Deployment's image ${c.imageRaw} (a mirror or renamed image)` };
      }
      if (!found && env?.valueNode && (known2 || mirrored || deployment)) {
        found = factFromNode(ID17, d, env.valueNode, "calico.operatorVersion", import_chunk_600CC4602.normalizeVersion, { note: `${INIT_VERSION} of the tigera-operator container` });
      }
      if (found) facts.push(found);
    }
    return facts;
  }
};
var RANGE = /^[~^<>=*]|\.[x*](\.|$)|\s|\|\|/i;
function chartVersionFact(source, d, node, chart, raw) {
  const dflt = (0, import_chunk_600CC4602.envDefault)(raw);
  if (dflt === void 0 && (0, import_chunk_600CC4602.isPlaceholder)(raw)) return { ...factAt(source, d, node, "calico.version", raw), unresolved: true };
  const text = (dflt ?? raw).trim();
  if ((0, import_chunk_600CC460.isCalicoChartVersion)(chart, text)) {
    const f = factAt(source, d, node, "calico.version", text, { raw });
    return { ...f, decode: { as: "calico-chart", chart, ...dflt === void 0 ? {} : { before: `default of ${raw}` } } };
  }
  if (RANGE.test(text)) {
    return {
      ...factAt(source, d, node, "calico.version", raw, { note: `${chart} chart version range: the installed release is not fixed` }),
      unresolved: true
    };
  }
  return void 0;
}
function chartName(ref) {
  return ref.trim().replace(/\/+$/, "").split("/").pop()?.split(":")[0] ?? "";
}
function calicoChartFact(source, d, chart, versionNode2) {
  const version = str(d, versionNode2);
  if (chart === void 0 || version === void 0 || !(0, import_chunk_600CC460.isCalicoChart)(chartName(chart))) return void 0;
  return chartVersionFact(source, d, versionNode2, chartName(chart), version);
}
var ENCAPSULATION = {
  ipip: ["Always", "Never"],
  ipipcrosssubnet: ["CrossSubnet", "Never"],
  vxlan: ["Never", "Always"],
  vxlancrosssubnet: ["Never", "CrossSubnet"],
  none: ["Never", "Never"]
};
var DATAPLANES = { iptables: "Iptables", bpf: "BPF", nftables: "Nftables", vpp: "VPP" };
function normalizeDataplane(raw) {
  return DATAPLANES[raw.trim().toLowerCase()];
}
function encapsulationFacts(source, d, node, raw) {
  const mode = (i) => (s) => ENCAPSULATION[s.trim().toLowerCase()]?.[i];
  return [factFromRaw(source, d, node, "calico.ipipMode", raw, mode(0)), factFromRaw(source, d, node, "calico.vxlanMode", raw, mode(1))].filter(
    (f) => f !== void 0
  );
}
function calicoNetworkFacts(source, d, calicoNetwork) {
  if (!calicoNetwork) return [];
  const facts = [];
  for (const pool of items(d, get(d, calicoNetwork, "ipPools"))) {
    const node = get(d, pool, "encapsulation");
    const raw = str(d, node);
    if (raw !== void 0) facts.push(...encapsulationFacts(source, d, node, raw));
  }
  const f = factFromNode(source, d, get(d, calicoNetwork, "linuxDataplane"), "calico.dataplane", normalizeDataplane);
  if (f) facts.push(f);
  return facts;
}
var import_yaml15 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_yaml13 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function isCalicoCtlImage(img) {
  return img.name === "ctl" && /(^|\/)calico$/.test(img.prefix) || /^(mirrored-)?calico-?ctl$/.test(img.name);
}
var KINDS = [
  [isKubeProxyImage, "kubeProxy.version"],
  [isCalicoNodeImage, "calico.version"],
  [isCalicoKubeControllersImage, "calico.kubeControllersVersion"],
  [isTigeraOperatorImage, "calico.operatorVersion"],
  [isCalicoCtlImage, "calico.version"]
];
function versionFactName(img) {
  return KINDS.find(([test]) => test(img))?.[1];
}
function scalarText2(d, node) {
  if ((0, import_yaml13.isScalar)(node) && typeof node.value === "number" && node.range) return d.text.slice(node.range[0], node.range[1]).trim();
  return str(d, node)?.trim() || void 0;
}
function withRegistry(registry, repo) {
  if (!registry) return repo;
  const first = repo.split("/")[0] ?? "";
  const hasHost = repo.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  return hasHost ? repo : `${registry.replace(/\/+$/, "")}/${repo}`;
}
function readImageMap(d, map) {
  const repoNode = get(d, map, "repository") ?? get(d, map, "image");
  const base = scalarText2(d, repoNode);
  if (!base) return void 0;
  const tagNode = get(d, map, "tag") ?? get(d, map, "version");
  const tag = scalarText2(d, tagNode);
  const digest = scalarText2(d, get(d, map, "digest"));
  const repo = withRegistry(scalarText2(d, get(d, map, "registry")), base);
  const own = parseImage(repo);
  if (!own) return void 0;
  const name = tag ? own.repository : repo.split("@")[0] ?? repo;
  const raw = `${name}${tag ? `:${tag}` : ""}${digest && !name.includes("@") ? `@${digest}` : ""}`;
  const ref = parseImage(raw);
  return ref ? { ref, raw, versionNode: tag ? tagNode : repoNode, repoNode } : void 0;
}
function imageMapFacts(source, d, root) {
  const facts = [];
  if (root === void 0 || root === null) return facts;
  visitMaps(
    d,
    (map) => {
      const m = readImageMap(d, map);
      if (!m) return;
      const name = versionFactName(m.ref);
      if (!name) return;
      const version = imageVersionFact(source, d, m.versionNode, name, m.ref, m.raw);
      if (version) facts.push(version);
      if (name === "kubeProxy.version") {
        const repo = factFromRaw(source, d, m.repoNode, "kubeProxy.image", m.ref.repository, (s) => s, { raw: m.raw });
        if (repo) facts.push({ ...repo, key: m.ref.path });
      }
    },
    root
  );
  return facts;
}
var import_yaml14 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var GO_TEMPLATE = [{ open: "{{", close: "}}", line: false }];
var ACTION = /^\{\{-?\s*(range|if|else|end|with|define|block|template|break|continue|\/\*)/;
var MARK2 = /\$\{T(\d+)_*\}/g;
function blankTemplates(text) {
  const originals = [];
  const out = replaceSpans(text, GO_TEMPLATE, (m) => {
    const id = String(originals.length);
    if (ACTION.test(m) || m.includes("\n") || m.length < 4 + id.length) return m.replace(/[^\n]/g, " ");
    originals.push(m);
    return `\${T${id}${"_".repeat(m.length - 4 - id.length)}}`;
  });
  return { text: out, restore: (s) => s.replace(MARK2, (mark, i) => originals[Number(i)] ?? mark) };
}
function blankedScalar(node) {
  if (!(0, import_yaml14.isScalar)(node) || typeof node.value !== "string" || !node.value.includes("{{")) return { node, restore: (s) => s };
  const b = blankTemplates(node.value);
  const copy = new import_yaml14.Scalar(b.text);
  copy.range = node.range;
  copy.type = node.type;
  return { node: copy, restore: b.restore };
}
function chartValuesFacts(source, d, root) {
  if ((0, import_yaml15.isScalar)(root)) {
    const { node, restore } = blankedScalar(root);
    const facts = parseEmbedded(d, node).flatMap((inner) => chartValuesFacts(source, inner, inner.doc.contents));
    return facts.map((f) => f.unresolved ? { ...f, value: restore(f.value), ...f.raw === void 0 ? {} : { raw: restore(f.raw) } } : f);
  }
  return [...imageMapFacts(source, d, root), ...calicoNetworkFacts(source, d, get(d, root, "installation", "calicoNetwork"))];
}
var ID18 = "argocd-application";
function parameterFacts(d, helm) {
  const facts = [];
  for (const p of items(d, get(d, helm, "parameters"))) {
    const name = str(d, get(d, p, "name"))?.trim();
    const node = get(d, p, "value");
    const value = str(d, node);
    if (!name || value === void 0) continue;
    if (name === "installation.calicoNetwork.linuxDataplane") facts.push(factFromRaw(ID18, d, node, "calico.dataplane", value, normalizeDataplane));
    else if (/^installation\.calicoNetwork\.ipPools\[\d+\]\.encapsulation$/.test(name)) facts.push(...encapsulationFacts(ID18, d, node, value));
    else if (name === "tigeraOperator.version") facts.push(factFromRaw(ID18, d, node, "calico.operatorVersion", value, import_chunk_600CC4602.normalizeVersion));
    else if (name === "calicoctl.tag") facts.push(factFromRaw(ID18, d, node, "calico.version", value, import_chunk_600CC4602.normalizeVersion));
  }
  return facts.filter((f) => f !== void 0);
}
function sourceFacts(d, source) {
  const facts = [];
  const chart = str(d, get(d, source, "chart"));
  if (chart !== void 0 && (0, import_chunk_600CC460.isCalicoChart)(chartName(chart))) {
    const node = get(d, source, "targetRevision");
    const f = chartVersionFact(ID18, d, node, chartName(chart), str(d, node) ?? "*");
    if (f) facts.push(f);
  }
  const helm = get(d, source, "helm");
  const values = [...chartValuesFacts(ID18, d, get(d, helm, "values")), ...chartValuesFacts(ID18, d, get(d, helm, "valuesObject"))];
  const params = parameterFacts(d, helm);
  const set = new Set(params.map((p) => p.name));
  return [...facts, ...values.filter((f) => !set.has(f.name)), ...params];
}
var argocdApplication = {
  id: ID18,
  description: "Argo CD Application / ApplicationSet: spec.source(s) chart and targetRevision of tigera-operator (= Calico version), helm.values (a YAML string), helm.valuesObject, helm.parameters",
  triggers: ["argoproj.io"],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith("argoproj.io/")) return [];
    const spec = kind === "Application" ? get(d, d.doc.contents, "spec") : kind === "ApplicationSet" ? get(d, d.doc.contents, "spec", "template", "spec") : void 0;
    if (!spec) return [];
    const sources = [get(d, spec, "source"), ...items(d, get(d, spec, "sources"))].filter((s) => s !== void 0);
    return sources.flatMap((s) => sourceFacts(d, s));
  }
};
var ID19 = "carvel-images-lock";
var carvelImagesLock = {
  id: ID19,
  description: "Carvel imgpkg ImagesLock: digest-pinned images whose kbld.carvel.dev/id annotation keeps the tag (calico/node:v3.22.1)",
  triggers: [],
  kinds: ["ImagesLock"],
  extract(d) {
    if (!isKind(d, "ImagesLock", "imgpkg.carvel.dev/")) return [];
    const facts = [];
    for (const entry of items(d, get(d, d.doc.contents, "images"))) {
      const idNode = get(d, entry, "annotations", "kbld.carvel.dev/id");
      const id = str(d, idNode)?.trim();
      const img = id === void 0 ? void 0 : parseImage(id);
      const name = img && versionFactName(img);
      if (!img || !name || id === void 0) continue;
      const f = imageVersionFact(ID19, d, idNode, name, img, id);
      const pinned = str(d, get(d, entry, "image"))?.trim();
      if (f) facts.push(pinned ? { ...f, note: `tag kept by kbld; the image is pinned as ${pinned}` } : f);
    }
    return facts;
  }
};
var import_yaml17 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_yaml16 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function scalarTextMapper(d, node) {
  const at = placeOf(d, node);
  const fallback = () => ({ line: at.line, column: at.column });
  if (!(0, import_yaml16.isScalar)(node) || typeof node.value !== "string" || !node.range) return fallback;
  const value = node.value;
  const start = node.range[0];
  if (node.type === import_yaml16.Scalar.BLOCK_LITERAL) return literalMapper2(d, start, node.range[1]) ?? fallback;
  if (value.includes("\n")) return fallback;
  const quoted = node.type === import_yaml16.Scalar.QUOTE_DOUBLE || node.type === import_yaml16.Scalar.QUOTE_SINGLE ? 1 : 0;
  if (d.text.slice(start + quoted, start + quoted + value.length) !== value) return fallback;
  return (_line, column) => d.map(start + quoted + column - 1);
}
function literalMapper2(d, start, end) {
  const src = d.text;
  const headerEnd = src.indexOf("\n", start);
  if (headerEnd < 0) return void 0;
  const lineStarts = [];
  let indent = -1;
  let pos = headerEnd + 1;
  while (pos <= src.length) {
    const next = src.indexOf("\n", pos);
    const lineEnd2 = next < 0 ? src.length : next;
    const line = src.slice(pos, lineEnd2);
    const lead = line.length - line.trimStart().length;
    if (line.trim() !== "" && indent < 0) indent = lead;
    lineStarts.push(pos);
    if (next < 0 || next >= end) break;
    pos = next + 1;
  }
  if (indent < 0) return void 0;
  const ind = indent;
  return (line, column) => {
    const ls = lineStarts[line - 1];
    return ls === void 0 ? d.map(start) : d.map(ls + ind + column - 1);
  };
}
var import_semver = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_semver)(), 1);
var rows;
function calicoManifestTable() {
  if (!rows) {
    const data = (0, import_chunk_600CC4602.knowledgeData)("data/calico-manifests.yaml");
    rows = data.manifests;
  }
  return rows;
}
function calicoManifestDefaults(file, calico) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(calico);
  if (!m) return void 0;
  const exact = m[3] !== void 0;
  const probe = exact ? `${m[1]}.${m[2]}.${m[3]}` : `${m[1]}.${m[2]}.0`;
  const row = calicoManifestTable().find(
    (r) => r.files.includes(file) && import_semver.default.satisfies(probe, r.calico) && (exact || import_semver.default.satisfies(`${m[1]}.${m[2]}.99`, r.calico))
  );
  return row ? { ipipMode: row.ipipMode, vxlanMode: row.vxlanMode, ...row.note ? { note: row.note } : {}, references: row.references } : void 0;
}
var SEPARATORS = /* @__PURE__ */ new Set(["|", "||", "&&", ";", "&", "then", "do", "{", "}"]);
var LEADING = /* @__PURE__ */ new Set(['"', "'", "(", "`", "["]);
var TRAILING = /* @__PURE__ */ new Set(['"', "'", ")", ";", ",", "`", "]", "\\"]);
function clean(raw, line, column) {
  let start = 0;
  let end = raw.length;
  while (start < end && LEADING.has(raw[start] ?? "")) start++;
  while (end > start && TRAILING.has(raw[end - 1] ?? "")) end--;
  if (start >= end) return void 0;
  return { text: raw.slice(start, end), line, column: column + start };
}
function shellCommands(text) {
  const commands2 = [];
  let current = [];
  const flush = () => {
    if (current.length > 0) commands2.push(current);
    current = [];
  };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    let continued = false;
    let pos = 0;
    while (pos < line.length) {
      while (pos < line.length && (line[pos] === " " || line[pos] === "	" || line[pos] === "\r")) pos++;
      if (pos >= line.length) break;
      const start = pos;
      while (pos < line.length && line[pos] !== " " && line[pos] !== "	" && line[pos] !== "\r") pos++;
      const raw = line.slice(start, pos);
      if (raw.startsWith("#")) break;
      if (raw === "\\" && line.slice(pos).trim() === "") {
        continued = true;
        break;
      }
      if (SEPARATORS.has(raw)) {
        flush();
        continue;
      }
      const word = clean(raw, i + 1, start + 1);
      if (word) current.push(word);
      if (raw.endsWith(";") || raw.endsWith("&&")) flush();
      else if (raw.endsWith("\\") && line.slice(pos).trim() === "") continued = true;
    }
    if (!continued) flush();
  }
  flush();
  return commands2;
}
function commandName(w) {
  const text = w.text.startsWith("Exec") ? w.text.slice(w.text.indexOf("=") + 1) : w.text;
  const base = text.slice(text.lastIndexOf("/") + 1);
  return base.startsWith("@") || base.startsWith("-") ? base.slice(1) : base;
}
function flagValues(words2, flag) {
  const out = [];
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i];
    if (w.text === flag) {
      const next = words2[i + 1];
      if (next && !next.text.startsWith("--")) out.push(next);
    } else if (w.text.startsWith(`${flag}=`)) {
      const value = wordAfter(w, flag.length + 1);
      if (value) out.push(value);
    }
  }
  return out;
}
function wordAfter(w, at) {
  let start = at;
  while (start < w.text.length && LEADING.has(w.text[start] ?? "")) start++;
  return start < w.text.length ? wordPart(w, start, w.text.length) : void 0;
}
function wordPart(w, start, end) {
  const text = w.text.slice(start, end);
  const x = w.expansion;
  if (!x) return { text, line: w.line, column: w.column + start };
  const before = w.text.slice(0, start);
  const after = w.text.slice(end);
  const tail = w.text.slice(start);
  if (x.raw.endsWith(tail)) return { text, line: w.line, column: w.column + x.raw.length - tail.length };
  if (!x.raw.startsWith(before) || !x.raw.endsWith(after) || x.raw.length - after.length < start) return { text, line: w.line, column: w.column, expansion: x };
  const raw = x.raw.slice(start, x.raw.length - after.length);
  return raw === text ? { text, line: w.line, column: w.column + start } : { text, line: w.line, column: w.column + start, expansion: { ...x, raw } };
}
var PREFIXES = /* @__PURE__ */ new Set(["sudo", "env", "exec", "time", "nohup", "command", "eval", "run", "RUN"]);
var OPENERS = /* @__PURE__ */ new Set(["inline:", "-c"]);
function isAssignment(text) {
  const eq = text.indexOf("=");
  if (eq <= 0 || text.startsWith("Exec")) return false;
  for (let i = 0; i < eq; i++) {
    const c = text.charCodeAt(i);
    const ok = c === 95 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || i > 0 && c >= 48 && c <= 57;
    if (!ok) return false;
  }
  return true;
}
function commandIndexes(words2) {
  const starts = [];
  const skipFrom = (i) => {
    let j = i;
    while (j < words2.length) {
      const t = words2[j].text;
      if (PREFIXES.has(t) || isAssignment(t) || j > i && t.startsWith("-") && PREFIXES.has(words2[j - 1].text)) j++;
      else break;
    }
    return j;
  };
  starts.push(skipFrom(0));
  for (let i = 0; i < words2.length - 1; i++) if (OPENERS.has(words2[i].text)) starts.push(skipFrom(i + 1));
  return starts.filter((i) => i < words2.length);
}
function programAt(words2, name) {
  return commandIndexes(words2).find((i) => commandName(words2[i]) === name) ?? -1;
}
var KIND_TRIGGERS = ["create cluster", "kind.sigs.k8s.io/dl/", "kubernetes-sigs/kind/releases/download/", "sigs.k8s.io/kind@"];
function isKindProgram(w) {
  const name = commandName(w);
  return name === "kind" || /^\$[({]?KIND(_[A-Z]+)?[)}]?$/i.test(name);
}
function createFacts(words2) {
  const k = commandIndexes(words2).find((i) => isKindProgram(words2[i]) && words2[i + 1]?.text === "create" && words2[i + 2]?.text === "cluster");
  if (k === void 0) return [];
  const out = [textFactAt(words2[k], "installer.name", "kind", { key: "kind", note: "kind create cluster" })];
  const configs = flagValues(words2, "--config").map((c) => c.text);
  for (const v of flagValues(words2, "--image")) {
    const f = imageVersion(v);
    out.push(configs.length === 1 ? { ...f, overrides: { by: "kind create cluster --image", paths: configs } } : f);
  }
  return out;
}
function imageVersion(v) {
  const note = `kind create cluster --image ${v.text} (every node's image)`;
  const read = nodeImageVersion(v.text);
  if (read !== void 0) {
    const at = v.text.lastIndexOf(`:${read.tag}`) + 1;
    return textFactAt(wordPart(v, at, at + read.tag.length), "kubernetes.version", read.version, { key: "kind", note });
  }
  return { ...textFactAt(v, "kubernetes.version", v.text, { key: "kind", note: `${note}: no Kubernetes version read from it` }), unresolved: true };
}
var RELEASE_AT = [
  /kind\.sigs\.k8s\.io\/dl\/([^/\s"']+)\//,
  /github\.com\/kubernetes-sigs\/kind\/releases\/download\/([^/\s"']+)\//,
  /sigs\.k8s\.io\/kind@([^\s"']+)/
];
function releaseFacts(w) {
  for (const re of RELEASE_AT) {
    const m = re.exec(w.text);
    if (!m?.[1]) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const part = wordPart(w, start, start + m[1].length);
    const name = textFactAt(w, "installer.name", "kind", { key: "kind", note: `the kind binary fetched from ${w.text}` });
    const version = (0, import_chunk_600CC4602.isPlaceholder)(m[1]) ? void 0 : (0, import_chunk_600CC4602.normalizeVersion)(m[1]);
    if (version === void 0) {
      return [
        name,
        { ...textFactAt(part, "installer.release", m[1], { key: "kind", note: `kind ${m[1]}: the release it named when fetched` }), unresolved: true }
      ];
    }
    return [name, textFactAt(part, "installer.release", version, { key: "kind", note: `the kind binary fetched from ${w.text}` })];
  }
  return [];
}
function kindFacts(words2) {
  return [...createFacts(words2), ...words2.flatMap(releaseFacts)];
}
var K3SUP_TRIGGERS = ["k3sup"];
function flagWord(words2, from, flag) {
  for (let i = from; i < words2.length; i++) {
    const w = words2[i];
    if (w.text === flag && words2[i + 1]) return { key: w, value: words2[i + 1] };
    if (w.text.startsWith(`${flag}=`)) {
      const value = wordAfter(w, flag.length + 1);
      if (value) return { key: wordPart(w, 0, flag.length), value };
    }
  }
  return void 0;
}
function innerWords(w) {
  const out = [];
  for (const m of w.text.matchAll(/\S+/g)) out.push(wordPart(w, m.index, m.index + m[0].length));
  return out;
}
function k3supFacts(words2, k3s) {
  const at = programAt(words2, "k3sup");
  const verb = words2[at + 1]?.text;
  if (at < 0 || !(verb === "install" || verb === "join")) return [];
  const out = [textFactAt(words2[at], "installer.name", "k3s", { note: `k3sup ${verb} installs k3s` })];
  const version = flagWord(words2, at + 2, "--k3s-version");
  const channel = flagWord(words2, at + 2, "--k3s-channel");
  if (version) out.push(...k3s.release(version.key, version.value, "--k3s-version").filter((f) => f.name !== "installer.name"));
  else if (channel) out.push(...k3s.channel(channel.key, channel.value, "--k3s-channel").filter((f) => f.name !== "installer.name"));
  const extra = flagWord(words2, at + 2, "--k3s-extra-args");
  if (extra) out.push(...k3s.flags(innerWords(extra.value)));
  return out;
}
var KUBEONE_TRIGGERS = ["kubermatic/kubeone/releases/download/", "KUBEONE_VERSION"];
var RELEASE_URL = /github\.com\/kubermatic\/kubeone\/releases\/download\/([^/\s"']+)\//;
var BEFORE_ASSIGNMENT = /^(export|declare|local|readonly|env|sudo|-[a-zA-Z]+|[A-Za-z_][A-Za-z0-9_]*=.*)$/;
function kubeoneFacts(words2) {
  const out = [];
  words2.forEach((w, i) => {
    const m = RELEASE_URL.exec(w.text);
    if (m?.[1]) {
      const start = m.index + m[0].indexOf(m[1]);
      const f2 = textFactFromWord(wordPart(w, start, start + m[1].length), "installer.release", import_chunk_600CC4602.normalizeVersion, {
        key: "kubeone",
        note: `the KubeOne release fetched from ${w.text}`
      });
      if (f2) out.push(f2);
      return;
    }
    if (!w.text.startsWith("KUBEONE_VERSION=") || !words2.slice(0, i).every((b) => BEFORE_ASSIGNMENT.test(b.text))) return;
    const value = wordAfter(w, "KUBEONE_VERSION=".length);
    if (!value || (0, import_chunk_600CC4602.isPlaceholder)(value.text)) return;
    const f = textFactFromWord(value, "installer.release", import_chunk_600CC4602.normalizeVersion, { key: "kubeone", note: "KUBEONE_VERSION (the release get.kubeone.io installs)" });
    if (f) out.push(f);
  });
  return out;
}
var REPO = /(?:^|[/:@])kubernetes-(?:sigs|incubator)\/kubespray/.source;
var KUBESPRAY_REPO = new RegExp(`${REPO}(?:\\.git)?\\/?$`);
var KUBESPRAY_SOURCE = new RegExp(`${REPO}(?:\\.git)?\\/?(?:,.*)?$|^kubernetes_sigs\\.kubespray$`);
var KUBESPRAY_ARCHIVE = new RegExp(`${REPO}\\/archive\\/(?:refs\\/(?:tags|heads)\\/)?([^/?#]+?)\\.(zip|tar\\.gz|tgz)(?:[?#].*)?$`);
var ID20 = "kubespray-requirements";
function releaseOf(ref, where = "requirements.yml version") {
  const branch = /^release-(\d+\.\d+)$/.exec(ref);
  if (branch?.[1]) return { value: branch[1], note: `${where} ${ref} (a ${branch[1]} release or a later commit of that branch)` };
  const v = (0, import_chunk_600CC4602.normalizeVersion)(ref);
  return v && /^\d+\.\d+\.\d+$/.test(v) ? { value: v, note: `${where} ${ref}` } : void 0;
}
function noReleaseWhy(ref) {
  if (ref === void 0) return "no version: the default branch at install time";
  return (0, import_chunk_600CC4602.isPlaceholder)(ref) ? `version ${ref} is a placeholder` : `version ${ref} is a branch or commit, not a release`;
}
function releaseFact(id, d, versionNode2, sourceNode, where) {
  const ref = str(d, versionNode2)?.trim();
  const release = ref === void 0 ? void 0 : releaseOf(ref, where);
  if (release) return { ...factAt(id, d, versionNode2, "installer.release", release.value, { raw: ref, note: release.note }), key: "kubespray" };
  return {
    ...factAt(id, d, versionNode2 ?? sourceNode, "installer.release", ref ?? str(d, sourceNode) ?? "", { note: noReleaseWhy(ref) }),
    key: "kubespray",
    unresolved: true
  };
}
function entryFacts(d, entry) {
  const sourceNode = [get(d, entry, "src"), get(d, entry, "name"), get(d, entry, "source")].find((n) => KUBESPRAY_SOURCE.test(str(d, n)?.trim() ?? ""));
  if (!sourceNode) return [];
  return [
    factAt(ID20, d, sourceNode, "installer.name", "kubespray", { note: "Kubespray in requirements.yml" }),
    releaseFact(ID20, d, get(d, entry, "version"), sourceNode)
  ];
}
var kubesprayRequirements = {
  id: ID20,
  description: "Ansible requirements.yml: Kubespray as a collection or role, its version (tag, or release-2.NN branch) as the Kubespray release",
  paths: /(^|\/)requirements[^/]*\.ya?ml$/,
  triggers: ["kubespray"],
  extract(d) {
    const root = d.doc.contents;
    const lists = [root, get(d, root, "collections"), get(d, root, "roles")];
    return lists.flatMap((l) => items(d, l)).flatMap((e) => entryFacts(d, e));
  }
};
function gitSubcommand(words2, at) {
  let i = at + 1;
  while (i < words2.length && words2[i].text.startsWith("-")) i += words2[i].text === "-C" || words2[i].text === "-c" ? 2 : 1;
  return i;
}
function branchOf(words2, from) {
  for (let i = from; i < words2.length; i++) {
    const t = words2[i].text;
    if (t === "-b" || t === "--branch") return words2[i + 1];
    if (t.startsWith("--branch=")) return wordPart(words2[i], "--branch=".length, t.length);
  }
  return void 0;
}
function firstOperand(words2, from) {
  for (let i = from; i < words2.length; i++) {
    const t = words2[i].text;
    if (t === "--") continue;
    if (t.startsWith("-")) return void 0;
    return words2[i];
  }
  return void 0;
}
function releaseFacts2(ref, how) {
  const release = releaseOf(ref.text, how);
  if (release) return [textFactAt(ref, "installer.release", release.value, { key: "kubespray", note: release.note })];
  return [
    {
      ...textFactAt(ref, "installer.release", ref.text, { key: "kubespray", note: `${how} ${ref.text} is a branch or commit, not a release` }),
      unresolved: true
    }
  ];
}
function cloneOf(words2) {
  for (const i of commandIndexes(words2)) {
    if (commandName(words2[i]) !== "git") continue;
    const sub = gitSubcommand(words2, i);
    if (words2[sub]?.text !== "clone") continue;
    const url = words2.slice(sub + 1).find((w) => KUBESPRAY_REPO.test(w.text));
    if (!url) continue;
    const branch = branchOf(words2, sub + 1);
    return branch ? { url, branch } : { url };
  }
  return void 0;
}
function checkoutOf(words2) {
  for (const i of commandIndexes(words2)) {
    if (commandName(words2[i]) !== "git") continue;
    const sub = gitSubcommand(words2, i);
    const name = words2[sub]?.text;
    if (name === "checkout") return firstOperand(words2, sub + 1);
    if (name === "switch" && words2[sub + 1]?.text === "--detach") return firstOperand(words2, sub + 2);
  }
  return void 0;
}
function kubesprayCheckoutFacts(commands2) {
  const out = [];
  for (let c = 0; c < commands2.length; c++) {
    const words2 = commands2[c];
    for (const w of words2) {
      const m = KUBESPRAY_ARCHIVE.exec(w.text);
      if (!m?.[1]) continue;
      const refStart = w.text.length - m[0].length + m[0].lastIndexOf(`${m[1]}.${m[2]}`);
      out.push(textFactAt(w, "installer.name", "kubespray", { note: "the Kubespray source archive" }));
      out.push(...releaseFacts2(wordPart(w, refStart, refStart + m[1].length), "the source archive ref"));
    }
    const clone = cloneOf(words2);
    if (!clone) continue;
    out.push(textFactAt(clone.url, "installer.name", "kubespray", { note: "Kubespray cloned by a script" }));
    if (clone.branch) {
      out.push(...releaseFacts2(clone.branch, "the clone branch"));
      continue;
    }
    const ref = commands2.slice(c + 1).map(checkoutOf).find((r) => r !== void 0);
    if (ref) out.push(...releaseFacts2(ref, "the checkout after the clone"));
  }
  return out;
}
var MANAGERS = /* @__PURE__ */ new Set(["apt-get", "apt", "yum", "dnf", "zypper", "microdnf"]);
function kubeadmPinMinor(version) {
  return /^["']?v?(\d+\.\d+)(?=[.*-]|$)/.exec(version)?.[1];
}
function kubeadmPinNote(version, minor) {
  return `the kubeadm package ${version}: kubeadm init without a version deploys the newest ${minor} patch (stable-${minor})`;
}
function pinFacts(words2, from) {
  const out = [];
  for (const w of words2.slice(from)) {
    if (!/^kubeadm[=-]/.test(w.text)) continue;
    const rest = w.text.slice("kubeadm=".length);
    const minor = kubeadmPinMinor(rest);
    if (!minor) continue;
    const quote = /^["']/.test(rest) ? rest[0] : "";
    const at = "kubeadm=".length + quote.length;
    const end = quote && w.text.endsWith(quote) ? w.text.length - 1 : w.text.length;
    const version = wordPart(w, at, end);
    out.push(textFactAt(version, "kubernetes.version", minor, { origin: "default", note: kubeadmPinNote(version.text, minor) }));
  }
  return out;
}
var PKGS_REPO = /pkgs\.k8s\.io\/core:\/stable:\/v(\d+\.\d+)(?=\/|$)/;
function repoFacts(words2) {
  const out = [];
  for (const w of words2) {
    const m = PKGS_REPO.exec(w.text);
    if (!m?.[1]) continue;
    const at = m.index + m[0].length - m[1].length - 1;
    const version = wordPart(w, at, at + m[1].length + 1);
    out.push(
      textFactAt(version, "kubernetes.version", m[1], {
        origin: "default",
        note: `the pkgs.k8s.io repository of Kubernetes ${m[1]}: its kubeadm deploys the newest ${m[1]} patch (stable-${m[1]}) when init names no version`
      })
    );
  }
  return out;
}
function kubeadmPackageFacts(words2) {
  const repo = repoFacts(words2);
  if (repo.length > 0) return repo;
  for (const i of commandIndexes(words2)) {
    if (!MANAGERS.has(commandName(words2[i]))) continue;
    const install = words2.findIndex((w, j) => j > i && w.text === "install");
    if (install > i) return pinFacts(words2, install + 1);
  }
  return [];
}
var import_node_path5 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
function selfDefault(name, value) {
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=])([^}$`]*)\}$/.exec(value);
  if (!m || m[1] !== name || !m[3]) return void 0;
  return { value: m[3], offset: 2 + name.length + m[2].length };
}
var DECLARERS = /* @__PURE__ */ new Set(["export", "readonly", "local", "declare", "typeset"]);
var MAKE_OPERATORS = /* @__PURE__ */ new Set(["=", ":=", "?=", "::="]);
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var LITERAL = /^[A-Za-z0-9_.+:/@%-]+$/;
function literalVariables(table) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, a] of table) if (a) out.set(name, a);
  return out;
}
function variableTable(commands2) {
  const seen = /* @__PURE__ */ new Map();
  const pending = [];
  const record = (name, value, line, column, dflt) => {
    const literal2 = value !== void 0 && value.length <= 256 && LITERAL.test(value) ? value : void 0;
    const before = seen.get(name);
    if (literal2 === void 0 || before === null || before && before.value !== literal2) seen.set(name, null);
    else if (!before) seen.set(name, { value: literal2, line, column, ...dflt ? { dflt } : {} });
  };
  for (const words2 of commands2) {
    let i = 0;
    while (i < words2.length && DECLARERS.has(words2[i].text)) i++;
    const op = words2[i + 1]?.text;
    if (op !== void 0 && MAKE_OPERATORS.has(op) && NAME.test(words2[i].text)) {
      const v = words2.length === i + 3 ? words2[i + 2] : void 0;
      record(words2[i].text, v?.text, words2[i].line, v?.column ?? words2[i].column);
      continue;
    }
    let leading = true;
    for (; i < words2.length; i++) {
      const w = words2[i];
      const eq = w.text.indexOf("=");
      if (eq <= 0 || !NAME.test(w.text.slice(0, eq))) {
        leading = false;
        continue;
      }
      const raw = w.text.slice(eq + 1);
      const quoted = /^["']/.test(raw);
      const value = quoted ? raw.slice(1) : raw;
      const name = w.text.slice(0, eq);
      const own = selfDefault(name, quoted ? value.replace(/["']$/, "") : value);
      const at = w.column + eq + 1 + (quoted ? 1 : 0);
      if (leading && own) record(name, own.value, w.line, at + own.offset, `the default of ${value.replace(/["']$/, "")}`);
      else if (leading) record(name, value, w.line, at);
      else if (seen.has(name) && seen.get(name)?.value !== value) seen.set(name, null);
      else if (!seen.has(name)) pending.push({ name, value });
    }
  }
  for (const p of pending) if (seen.has(p.name) && seen.get(p.name)?.value !== p.value) seen.set(p.name, null);
  return seen;
}
function globSource(glob) {
  if (glob.length > 32 || /[[\]\\{}]/.test(glob)) return void 0;
  return glob.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^$()|]/g, "\\$&")).join("");
}
function trim(value, op, glob) {
  const src = globSource(glob);
  if (src === void 0) return void 0;
  const re = new RegExp(`^(?:${src})$`);
  const n = value.length;
  switch (op) {
    case "%":
      for (let i = n; i >= 0; i--) if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
    case "%%":
      for (let i = 0; i <= n; i++) if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
    case "#":
      for (let i = 0; i <= n; i++) if (re.test(value.slice(0, i))) return value.slice(i);
      return value;
    case "##":
      for (let i = n; i >= 0; i--) if (re.test(value.slice(0, i))) return value.slice(i);
      return value;
    default:
      return void 0;
  }
}
function reference(ref, vars, used) {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(%%|%|##|#|:-|-)([^}]*))?\}|\(([A-Za-z_][A-Za-z0-9_]*)\)?|([A-Za-z_][A-Za-z0-9_]*))$/.exec(ref);
  if (!m) return void 0;
  const name = m[1] ?? m[4] ?? m[5];
  const a = vars.get(name);
  if (!a) return void 0;
  used.add(name);
  const op = m[2];
  if (op === void 0 || op === ":-" || op === "-") return a.value;
  return trim(a.value, op, m[3] ?? "");
}
var REFERENCE = /\$(?:\{[^}]*\}|\([A-Za-z_][A-Za-z0-9_]*(?:\)|$)|[A-Za-z_][A-Za-z0-9_]*)/g;
function expandWord(w, vars, show = (p) => p) {
  if (vars.size === 0 || !w.text.includes("$") || w.text.length > 1024) return w;
  const used = /* @__PURE__ */ new Set();
  let failed = false;
  const text = w.text.replace(REFERENCE, (ref) => {
    const v = reference(ref, vars, used);
    if (v === void 0) failed = true;
    return v ?? ref;
  });
  if (failed || used.size === 0) return w;
  const uses = [...used].map((n) => {
    const a = vars.get(n);
    return `${n}=${a.value} (${a.dflt ? `${a.dflt}, ` : ""}${a.file ? `${show(a.file)}:${a.line}` : `line ${a.line}`})`;
  });
  const from = [...used].flatMap((n) => {
    const a = vars.get(n);
    return a.file ? [{ name: n, value: a.value, file: a.file, line: a.line, column: a.column, ...a.via ? { via: a.via } : {} }] : [];
  });
  return { ...w, text, expansion: { raw: w.text, uses, ...from.length ? { from } : {} } };
}
var MAX_DEPTH4 = 4;
var MAX_FILES = 16;
var LITERAL_PATH = /^[\w./@+-]+$/;
var DIRNAME_FORM = /^\$\(dirname\s+"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\}|BASH_SOURCE)"?\)\/([\w./@+-]+)$/;
function sourcedPath(words2) {
  for (const i of commandIndexes(words2)) {
    const name = commandName(words2[i]);
    if (words2[i].text !== name || name !== "source" && name !== ".") continue;
    const args = words2.slice(i + 1);
    const first = args[0]?.text;
    if (first === void 0) return void 0;
    if (args.length === 1 && LITERAL_PATH.test(first)) return first;
    return DIRNAME_FORM.exec(args.map((w) => w.text).join(" "))?.[1];
  }
  return void 0;
}
function resolveSourced(script, written, read) {
  const dir = import_node_path5.posix.dirname(script);
  if (written.startsWith("/vagrant/")) {
    for (let d = dir; ; d = import_node_path5.posix.dirname(d)) {
      const base = d === "." ? "" : `${d}/`;
      if ("text" in read(`${base}Vagrantfile`)) return import_node_path5.posix.normalize(`${base}${written.slice("/vagrant/".length)}`);
      if (d === "." || d === "/" || d === "") return void 0;
    }
  }
  if (written.startsWith("/")) return void 0;
  const p = import_node_path5.posix.normalize(import_node_path5.posix.join(dir, written));
  return p.startsWith("../") || p === ".." ? void 0 : p;
}
function sourcedVariables(script, commands2, read) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set([script]);
  const visit2 = (path, cmds, depth) => {
    for (const words2 of cmds) {
      const written = sourcedPath(words2);
      if (written === void 0 || depth >= MAX_DEPTH4 || seen.size >= MAX_FILES) continue;
      const target = resolveSourced(path, written, read);
      if (target === void 0 || seen.has(target)) continue;
      seen.add(target);
      const got = read(target);
      if (!("text" in got)) continue;
      const inner = shellCommands(got.text);
      for (const [name, a] of variableTable(inner)) merge(out, name, a ? { ...a, file: target } : null);
      visit2(target, inner, depth + 1);
    }
  };
  visit2(script, commands2, 0);
  return out;
}
function merge(into, name, a) {
  const before = into.get(name);
  if (before === void 0) into.set(name, a);
  else if (before !== null && (a === null || a.value !== before.value)) into.set(name, null);
}
function withSourced(own, sourced) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, a] of own) if (a && (!sourced.has(name) || sourced.get(name)?.value === a.value)) out.set(name, a);
  for (const [name, a] of sourced) if (a && !own.has(name)) out.set(name, a);
  return out;
}
function shellTextFacts(text, script, env) {
  const commands2 = shellCommands(text);
  const sourced = script ? sourcedVariables(script.path, commands2, script.read) : void 0;
  const table = variableTable(commands2);
  const own = sourced && sourced.size > 0 ? withSourced(table, sourced) : literalVariables(table);
  const vars = env && env.size > 0 ? withEnvironment(own, env, table, sourced) : own;
  const expanded = vars.size === 0 ? commands2 : commands2.map((words2) => words2.map((w) => expandWord(w, vars, script?.show)));
  return [...expanded.flatMap((words2) => commandFacts(words2)), ...kubesprayCheckoutFacts(expanded)];
}
var TEMPLATE_BLANK = "\xA0";
function templatedShellTextFacts(text) {
  const unmask = (s) => s.replaceAll(TEMPLATE_BLANK, " ");
  return shellTextFacts(maskTemplateBlanks(text, TEMPLATE_BLANK)).map((f) => ({
    ...f,
    value: unmask(f.value),
    ...f.raw === void 0 ? {} : { raw: unmask(f.raw) },
    ...f.note === void 0 ? {} : { note: unmask(f.note) }
  }));
}
function withEnvironment(own, env, table, sourced) {
  const out = new Map(own);
  for (const [name, a] of env) if (!table.has(name) && !sourced?.has(name)) out.set(name, a);
  return out;
}
var SHELL_TRIGGERS = [
  "kubeadm",
  "/manifests/",
  "tigera-operator",
  "INSTALL_K3S_",
  "INSTALL_RKE2_",
  "get.k3s.io",
  "get.rke2.io",
  "kube-proxy-arg",
  "disable-kube-proxy",
  "kubespray/kubespray:",
  "kubernetes-sigs/kubespray",
  "pkgs.k8s.io/core",
  "/bin/linux/",
  "kubernetes-node-linux",
  "kubernetes-incubator/kubespray",
  "spray-job:",
  "microk8s",
  "talosctl",
  ...KIND_TRIGGERS,
  ...KUBEONE_TRIGGERS,
  ...K3SUP_TRIGGERS
];
function commandFacts(words2) {
  const out = [];
  for (const w of words2) {
    out.push(...assignmentFacts(w), ...urlFacts(w), ...imageFacts(w));
  }
  out.push(
    ...kubeadmFacts(words2),
    ...kubeadmPackageFacts(words2),
    ...k3sFlagFacts(words2),
    ...helmFacts(words2),
    ...snapFacts(words2),
    ...talosctlFacts(words2),
    ...kindFacts(words2),
    ...kubeoneFacts(words2),
    ...k3supFacts(words2, K3S)
  );
  return out;
}
var K3S = {
  release: (keyWord, value, key2) => releaseFacts3("k3s", "k3s", keyWord, value, key2),
  channel: (keyWord, value, key2) => channelFacts("k3s", "k3s", keyWord, value, key2),
  flags: (words2) => k3sFlagFacts(words2)
};
var DISTROS = [
  { installer: "k3s", prefix: "INSTALL_K3S_", host: "get.k3s.io", label: "k3s" },
  { installer: "rke2", prefix: "INSTALL_RKE2_", host: "get.rke2.io", label: "RKE2" }
];
function installVariableFacts(distro, kind, keyWord, value, key2) {
  return kind === "VERSION" ? releaseFacts3(distro.installer, distro.label, keyWord, value, key2) : channelFacts(distro.installer, distro.label, keyWord, value, key2);
}
function assignmentFacts(w) {
  for (const d of DISTROS) {
    for (const kind of ["VERSION", "CHANNEL"]) {
      const key2 = `${d.prefix}${kind}`;
      const at = w.text.indexOf(`${key2}=`);
      if (at < 0 || at > 0 && /[A-Za-z0-9_]/.test(w.text[at - 1] ?? "")) continue;
      const value = wordAfter(w, at + key2.length + 1);
      if (!value) continue;
      const keyWord = wordPart(w, at, at + key2.length);
      return installVariableFacts(d, kind, keyWord, value, key2);
    }
  }
  return [];
}
function releaseFacts3(installer, label, keyWord, value, key2) {
  const name = textFactAt(keyWord, "installer.name", installer, { note: `${label} (${key2})` });
  const release = textFactFromWord(value, "installer.release", import_chunk_600CC4602.normalizeVersion, { key: installer, note: key2 });
  if (!release) return [name];
  const k8s = textFactFromWord(value, "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: `${label} ${value.text} is that Kubernetes release` });
  return k8s ? [name, release, k8s] : [name, release];
}
function channelFacts(installer, label, keyWord, value, key2) {
  const out = [
    textFactAt(keyWord, "installer.name", installer, { note: `${label} (${key2})` }),
    {
      ...textFactAt(value, "installer.release", value.text, { key: installer, note: `${label} channel ${value.text}: the release it served at install time` }),
      unresolved: true
    }
  ];
  const minor = /^v?(\d+\.\d+)$/.exec(value.text);
  if (minor?.[1])
    out.push(textFactAt(value, "kubernetes.version", minor[1], { note: `${label} channel ${value.text}: a Kubernetes ${minor[1]} patch release` }));
  return out;
}
var WITH_KUBE_CONTROLLERS = /* @__PURE__ */ new Set([
  "calico.yaml",
  "calico-typha.yaml",
  "calico-etcd.yaml",
  "calico-vxlan.yaml",
  "calico-policy-only.yaml",
  "calico-bpf.yaml"
]);
var CALICO_MANIFESTS = /* @__PURE__ */ new Set([...WITH_KUBE_CONTROLLERS, "canal.yaml", "tigera-operator.yaml", "custom-resources.yaml"]);
var VERSION_SEGMENT = /^v?\d+\.\d+(\.\d+)?$/;
function urlFacts(w) {
  const t = w.text;
  if (!t.includes("://")) return [];
  for (const d of DISTROS) {
    if (t.includes(`://${d.host}`)) return [textFactAt(w, "installer.name", d.installer, { note: `the ${d.label} install script (${d.host})` })];
  }
  const binary = kubeProxyBinaryFacts(w);
  if (binary.length > 0) return binary;
  const at = t.indexOf("/manifests/");
  if (at < 0) return [];
  let end = t.length;
  for (const c of ["?", "#"]) {
    const i = t.indexOf(c, at);
    if (i >= 0 && i < end) end = i;
  }
  const file = t.slice(at + "/manifests/".length, end);
  const prefix = t.slice(0, at);
  if (!CALICO_MANIFESTS.has(file) || !(/calico|tigera/i.test(prefix) || file.startsWith("calico") || file === "tigera-operator.yaml")) return [];
  const segStart = prefix.lastIndexOf("/") + 1;
  const seg = prefix.slice(segStart);
  const url = t.slice(0, end);
  if (!VERSION_SEGMENT.test(seg)) {
    return [
      {
        ...textFactAt(w, "calico.version", url, { note: `Calico ${file} from an unversioned URL: the release published when it was applied` }),
        unresolved: true
      }
    ];
  }
  const version = seg.replace(/^v/, "");
  const segWord = wordPart(w, segStart, at);
  const fileWord = wordPart(w, at + "/manifests/".length, end);
  const note = `Calico ${file} applied from ${url}`;
  const out = [textFactAt(segWord, "calico.version", version, { note })];
  if (WITH_KUBE_CONTROLLERS.has(file)) out.push(textFactAt(segWord, "calico.kubeControllersVersion", version, { note }));
  const defaults = calicoManifestDefaults(file, version);
  if (defaults) {
    const why = `${file} of Calico ${seg} sets the pool's IPIP ${defaults.ipipMode}, VXLAN ${defaults.vxlanMode}${defaults.note ? ` (${defaults.note})` : ""}`;
    out.push(
      textFactAt(fileWord, "calico.ipipMode", defaults.ipipMode, { origin: "default", note: why }),
      textFactAt(fileWord, "calico.vxlanMode", defaults.vxlanMode, { origin: "default", note: why })
    );
  }
  return out;
}
var KUBE_PROXY_BINARY = /:\/\/(?:dl\.k8s\.io(?:\/release)?|storage\.googleapis\.com\/kubernetes-release\/release)\/(v\d+\.\d+\.\d+)\/(?:bin\/linux\/[a-z0-9]+\/kube-proxy|kubernetes-node-linux-[a-z0-9]+\.tar\.gz)(?:[?#]|$)/;
function kubeProxyBinaryFacts(w) {
  const m = KUBE_PROXY_BINARY.exec(w.text);
  if (!m?.[1]) return [];
  const start = w.text.indexOf(`/${m[1]}/`, m.index) + 1;
  const url = w.text.slice(w.text.indexOf("http") >= 0 ? w.text.indexOf("http") : 0).replace(/[?#].*$/, "");
  const f = textFactFromWord(wordPart(w, start, start + m[1].length), "kubeProxy.version", import_chunk_600CC4602.normalizeVersion, {
    note: `the kube-proxy release downloaded from ${url}`
  });
  return f ? [f] : [];
}
function imageFacts(w) {
  const t = w.text;
  const kubespray = t.indexOf("kubespray/kubespray:");
  const kubean = t.indexOf("spray-job:");
  if (kubespray < 0 && kubean < 0) return [];
  const eq = t.lastIndexOf("=", kubespray >= 0 ? kubespray : kubean);
  const ref = wordAfter(w, eq + 1);
  const img = ref ? parseImage(ref.text) : void 0;
  if (!ref || !img?.tag) return [];
  const tagAt = ref.text.lastIndexOf(`:${img.tag}`) + 1;
  const tagWord = wordPart(ref, tagAt, tagAt + img.tag.length);
  if (img.path.endsWith("kubespray/kubespray")) {
    const release = textFactFromWord(tagWord, "installer.release", import_chunk_600CC4602.normalizeVersion, { key: "kubespray", note: `the image tag ${ref.text}` });
    return [textFactAt(ref, "installer.name", "kubespray", { note: "the Kubespray container image" }), ...release ? [release] : []];
  }
  if (img.name === "spray-job") return sprayJobFacts(ref, tagWord);
  return [];
}
function sprayJobFacts(ref, tag) {
  const branch = /^(\d+\.\d+)-[0-9a-f]{7,40}$/.exec(tag.text);
  if (branch?.[1]) {
    return [
      textFactAt(ref, "installer.name", "kubespray", { note: "kubean spray-job image built from a Kubespray release branch" }),
      textFactAt(tag, "installer.release", branch[1], {
        key: "kubespray",
        note: `the spray-job image tag ${tag.text} (a build of release-${branch[1]} at commit ${tag.text.slice(branch[1].length + 1)})`
      })
    ];
  }
  const release = textFactFromWord(tag, "installer.release", import_chunk_600CC4602.normalizeVersion, { key: "kubean", note: `the spray-job image tag ${ref.text}` });
  return [textFactAt(ref, "installer.name", "kubean", { note: "the kubean spray-job image" }), ...release ? [release] : []];
}
function kubeadmFacts(words2) {
  const k = programAt(words2, "kubeadm");
  if (k < 0 || words2[k + 1]?.text !== "init") return [];
  const out = [textFactAt(words2[k], "installer.name", "kubeadm", { note: "kubeadm init in a script" })];
  for (const v of flagValues(words2, "--kubernetes-version")) {
    const f = textFactFromWord(v, "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "kubeadm init --kubernetes-version" });
    if (f) out.push(f);
  }
  for (const v of flagValues(words2, "--skip-phases")) {
    if (v.text.split(",").includes("addon/kube-proxy")) {
      out.push(textFactAt(v, "kubeProxy.disabled", "true", { note: "kubeadm init --skip-phases addon/kube-proxy: kube-proxy is not deployed" }));
    }
  }
  return out;
}
function k3sFlagFacts(words2) {
  const out = [];
  for (const d of DISTROS) {
    const i = programAt(words2, d.installer);
    if (i >= 0 && (words2[i + 1]?.text === "server" || words2[i + 1]?.text === "agent")) {
      out.push(textFactAt(words2[i], "installer.name", d.installer, { note: `${d.installer} ${words2[i + 1].text}` }));
    }
  }
  for (const w of words2) {
    if (w.text === "--disable-kube-proxy" || w.text === "--disable-kube-proxy=true") {
      out.push(textFactAt(w, "kubeProxy.disabled", "true", { note: "k3s/RKE2 --disable-kube-proxy: kube-proxy is not started" }));
    }
  }
  for (const v of flagValues(words2, "--kube-proxy-arg")) {
    const arg = v.text.startsWith("--") ? wordAfter(v, 2) : v;
    if (!arg?.text.startsWith("proxy-mode=")) continue;
    const mode = wordAfter(arg, "proxy-mode=".length);
    const f = mode && textFactFromWord(mode, "kubeProxy.mode", import_chunk_600CC4602.normalizeProxyMode, { note: "k3s/RKE2 --kube-proxy-arg proxy-mode" });
    if (f) out.push(f);
  }
  return out;
}
function helmFacts(words2) {
  const h = programAt(words2, "helm");
  const verb = words2[h + 1]?.text;
  if (h < 0 || !(verb === "install" || verb === "upgrade" || verb === "template")) return [];
  const chart = words2.slice(h + 2).find((w) => w.text.endsWith("/tigera-operator") && !w.text.startsWith("--"));
  const repoChart = words2.slice(h + 2).some((w) => w.text === "tigera-operator") && flagValues(words2, "--repo").some((r) => /calico|tigera/.test(r.text));
  if (!chart && !repoChart) return [];
  const versions = flagValues(words2, "--version");
  const at = chart ?? words2[h];
  if (versions.length === 0) {
    return [
      {
        ...textFactAt(at, "calico.version", at.text, { note: `helm ${verb} of the tigera-operator chart without --version: the newest chart at install time` }),
        unresolved: true
      }
    ];
  }
  return versions.flatMap((v) => {
    const f = textFactFromWord(v, "calico.version", import_chunk_600CC4602.normalizeVersion, { note: `helm ${verb} of the tigera-operator chart: its version is the Calico release` });
    return f ? [f] : [];
  });
}
function snapFacts(words2) {
  const s = programAt(words2, "snap");
  if (s < 0 || words2[s + 1]?.text !== "install" || !words2.slice(s + 2).some((w) => w.text === "microk8s")) return [];
  const at = words2.slice(s + 2).find((w) => w.text === "microk8s");
  const out = [textFactAt(at, "installer.name", "microk8s", { note: "snap install microk8s" })];
  for (const c of flagValues(words2, "--channel")) {
    const track = c.text.split("/")[0] ?? "";
    const trackWord = { text: track, line: c.line, column: c.column };
    if (/^\d+\.\d+$/.test(track)) {
      out.push(
        textFactAt(trackWord, "installer.release", track, { key: "microk8s", note: `MicroK8s channel ${c.text}` }),
        textFactAt(trackWord, "kubernetes.version", track, { note: `MicroK8s channel ${c.text}: a Kubernetes ${track} patch release` })
      );
    } else {
      out.push({
        ...textFactAt(c, "installer.release", c.text, { key: "microk8s", note: `MicroK8s channel ${c.text}: the release it served at install time` }),
        unresolved: true
      });
    }
  }
  return out;
}
function talosctlFacts(words2) {
  const t = programAt(words2, "talosctl");
  if (t < 0 || words2[t + 1]?.text !== "gen" || words2[t + 2]?.text !== "config") return [];
  const out = [textFactAt(words2[t], "installer.name", "talos", { note: "talosctl gen config" })];
  for (const v of flagValues(words2, "--kubernetes-version")) {
    const f = textFactFromWord(v, "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "talosctl gen config --kubernetes-version" });
    if (f) out.push(f);
  }
  for (const v of flagValues(words2, "--talos-version")) {
    const f = textFactFromWord(v, "installer.release", import_chunk_600CC4602.normalizeVersion, { key: "talos", note: "talosctl gen config --talos-version" });
    if (f) out.push(f);
  }
  return out;
}
function assignmentWordFacts(key2, value) {
  if ((0, import_chunk_600CC4602.isPlaceholder)(key2.text)) return [];
  const assignment = { text: `${key2.text}=${value.text}`, line: value.line, column: value.column - key2.text.length - 1 };
  if (key2.text === "KUBEONE_VERSION") return kubeoneFacts([assignment]);
  return assignmentFacts(assignment).map((f) => f.name === "installer.name" ? { ...f, line: key2.line, column: key2.column, length: key2.text.length } : f);
}
var ID21 = "ci-run-steps";
var CI_FILE_PATH = /(^|\/)(\.github\/workflows\/[^/]+|\.gitlab-ci[^/]*|\.gitlab\/ci\/[^/]+|azure-pipelines[^/]*|\.circleci\/config|bitbucket-pipelines|\.drone|\.woodpecker(\/[^/]+)?)\.ya?ml$/;
var SHELL_KEYS = /* @__PURE__ */ new Set(["run", "script", "before_script", "after_script", "commands", "bash", "inline"]);
var ENV_KEYS = /* @__PURE__ */ new Set(["env", "variables", "environment"]);
function scalarFacts(d, node) {
  const text = str(d, node);
  if (text === void 0 || !SHELL_TRIGGERS.some((t) => text.includes(t))) return [];
  return toFacts(ID21, d.file, shellTextFacts(text), scalarTextMapper(d, node));
}
function envFacts(d, node) {
  const out = [];
  for (const [key2, value, pair2] of entries(d, node)) {
    const text = value === void 0 ? void 0 : str(d, value);
    if (text === void 0 || !(0, import_yaml17.isScalar)(pair2.key) || !value) continue;
    const k = placeOf(d, pair2.key);
    const v = placeOf(d, value);
    const hits = assignmentWordFacts(
      { text: key2, line: k.line, column: k.column },
      { text: text.trim(), line: v.line, column: v.column + quoteShift(d, value) }
    );
    out.push(...toFacts(ID21, d.file, hits));
  }
  return out;
}
function quoteShift(d, node) {
  const c = node.range ? d.text[node.range[0]] : void 0;
  return c === '"' || c === "'" ? 1 : 0;
}
function imageFacts2(d, node) {
  const text = node === void 0 ? void 0 : str(d, node);
  if (!node || text === void 0 || !(text.includes("kubespray/kubespray:") || text.includes("spray-job:"))) return [];
  const at = placeOf(d, node);
  const hits = commandFacts([{ text: text.trim(), line: at.line, column: at.column + quoteShift(d, node) }]);
  return toFacts(ID21, d.file, hits);
}
var ciRunSteps = {
  id: ID21,
  description: "CI workflow steps read as shell (GitHub run:, GitLab script:, env:/variables:, job image:): kubeadm init, Calico manifest URLs, helm install of tigera-operator, INSTALL_K3S_VERSION, the Kubespray and kubean images",
  paths: CI_FILE_PATH,
  triggers: SHELL_TRIGGERS,
  extract(d) {
    const facts = [];
    visitMaps(d, (map) => {
      for (const [key2, value] of entries(d, map)) {
        if (!value) continue;
        if (SHELL_KEYS.has(key2)) {
          const list = items(d, value);
          for (const n of list.length > 0 ? list : [value]) facts.push(...scalarFacts(d, n));
        } else if (ENV_KEYS.has(key2)) {
          facts.push(...envFacts(d, value));
        } else if (key2 === "image" || key2 === "name" || key2 === "uses") {
          facts.push(...imageFacts2(d, value));
        }
      }
    });
    return facts;
  }
};
var import_yaml18 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID22 = "cloud-init";
var COMMAND_KEYS = ["runcmd", "bootcmd"];
function isCloudConfig(d) {
  if (d.index === 0 && /^\s*#cloud-config\b/.test(d.text)) return true;
  return entries(d, d.doc.contents).some(([key2]) => COMMAND_KEYS.includes(key2));
}
function scalarFacts2(d, node) {
  const text = str(d, node);
  if (text === void 0 || !SHELL_TRIGGERS.some((t) => text.includes(t))) return [];
  return toFacts(ID22, d.file, shellTextFacts(text), scalarTextMapper(d, node)).map((f) => insideTemplateCondition(f, d.conditional));
}
var SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|dash)$/;
var PLAIN_WORD = /^[\w@%+=:,./-]+$/;
function execFormFacts(d, node) {
  const words2 = items(d, node);
  const texts = words2.map((w) => str(d, w));
  if (texts.length === 0 || texts.some((t) => t === void 0)) return [];
  const dashC = texts.indexOf("-c");
  if (SHELL.test(texts[0]) && dashC > 0 && dashC + 1 < words2.length) return scalarFacts2(d, words2[dashC + 1]);
  let line = "";
  const spans = [];
  texts.forEach((t, i) => {
    if (i > 0) line += " ";
    const quoted = PLAIN_WORD.test(t) ? t : `'${t.replace(/'/g, `'\\''`)}'`;
    spans.push({ start: line.length, inner: quoted === t ? 0 : 1, node: words2[i] });
    line += quoted;
  });
  if (!SHELL_TRIGGERS.some((t) => line.includes(t))) return [];
  const map = (_l, column) => {
    const s = [...spans].reverse().find((x) => x.start <= column - 1) ?? spans[0];
    return scalarTextMapper(d, s.node)(1, Math.max(1, column - s.start - s.inner));
  };
  return toFacts(ID22, d.file, shellTextFacts(line), map).map((f) => insideTemplateCondition(f, d.conditional));
}
var cloudInit = {
  id: ID22,
  description: "cloud-init user data (#cloud-config runcmd / bootcmd strings and word lists, write_files content) read as shell: kubeadm init, Calico manifest URLs, helm install of tigera-operator, the k3s and RKE2 install variables",
  triggers: SHELL_TRIGGERS,
  extract(d) {
    if (!isCloudConfig(d)) return [];
    const facts = [];
    for (const key2 of COMMAND_KEYS) {
      for (const n of items(d, get(d, d.doc.contents, key2))) facts.push(...(0, import_yaml18.isSeq)(n) ? execFormFacts(d, n) : scalarFacts2(d, n));
    }
    for (const file of items(d, get(d, d.doc.contents, "write_files"))) {
      if (str(d, get(d, file, "encoding")) !== void 0) continue;
      const content = get(d, file, "content");
      if (content) facts.push(...scalarFacts2(d, content));
    }
    return facts;
  }
};
var ID23 = "install-script";
var INSTALL_SCRIPT_PATH = /(\.(sh|bash)(\.(tpl|tftpl))?|\.(mk|env)|(^|\/)(Makefile|GNUmakefile|Vagrantfile|Jenkinsfile|\.env|downloads[^/]*\.txt))$/;
var installScript = {
  id: ID23,
  description: "Install scripts, Makefiles, Vagrantfiles and .env files read as text: kubeadm init --kubernetes-version, Calico manifests and tigera-operator.yaml from a versioned URL, helm install of the tigera-operator chart, INSTALL_K3S_VERSION / INSTALL_RKE2_VERSION and k3s/RKE2 flags, the Kubespray and kubean images, snap install microk8s, talosctl gen config",
  input: "text",
  paths: INSTALL_SCRIPT_PATH,
  triggers: SHELL_TRIGGERS,
  extract: (file, helpers) => {
    const aside = TEMPLATE.test(file.path) ? setAsideTemplateLines(file.text) : void 0;
    const facts = toFacts(
      ID23,
      file.path,
      shellTextFacts(
        aside?.text ?? file.text,
        helpers ? { path: file.path, read: helpers.readText, ...helpers.showPath ? { show: helpers.showPath } : {} } : void 0
      ),
      void 0,
      helpers?.showPath
    );
    return aside ? facts.map((f) => insideTemplateCondition(f, templateNote(aside.conditional))) : facts;
  }
};
var TEMPLATE = /\.(tpl|tftpl)$/;
var ID24 = "kubeasz-ezdown";
var SETTINGS = [
  { key: "KUBEASZ_VER", facts: ["installer.release"], note: "ezdown KUBEASZ_VER" },
  { key: "K8S_BIN_VER", facts: ["kubernetes.version"], note: "ezdown K8S_BIN_VER: the Kubernetes binaries kubeasz installs (config.yml K8S_VER)" },
  {
    key: "calicoVer",
    facts: ["calico.version", "calico.kubeControllersVersion"],
    note: "ezdown calicoVer: the Calico images kubeasz installs (config.yml calico_ver)"
  }
];
function ezdownFacts(text) {
  const out = [];
  const lines = text.split("\n");
  let named3 = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    for (const s of SETTINGS) {
      if (!line.startsWith(`${s.key}=`)) continue;
      let start = s.key.length + 1;
      let end = line.length;
      const hash2 = line.indexOf(" #", start);
      if (hash2 >= 0) end = hash2;
      let raw = line.slice(start, end).trimEnd();
      if (raw.startsWith('"') || raw.startsWith("'")) {
        const q = raw[0];
        const close = raw.indexOf(q, 1);
        raw = raw.slice(1, close < 0 ? raw.length : close);
        start += 1;
      }
      if (!raw) continue;
      const word = { text: raw, line: i + 1, column: start + 1 };
      if (!named3) {
        out.push(textFactAt({ text: s.key, line: i + 1, column: 1 }, "installer.name", "kubeasz", { note: "kubeasz ezdown" }));
        named3 = true;
      }
      for (const name of s.facts) {
        const f = textFactFromWord(word, name, import_chunk_600CC4602.normalizeVersion, { note: s.note, ...name === "installer.release" ? { key: "kubeasz" } : {} });
        if (f) out.push(f);
      }
    }
  }
  return out;
}
var kubeaszEzdown = {
  id: ID24,
  description: "kubeasz ezdown (shell, read as text): KUBEASZ_VER, K8S_BIN_VER (Kubernetes), calicoVer (Calico)",
  input: "text",
  paths: /(^|\/)ezdown$/,
  triggers: ["K8S_BIN_VER", "calicoVer", "KUBEASZ_VER"],
  extract: (file) => toFacts(ID24, file.path, ezdownFacts(file.text))
};
var ID25 = "systemd-unit";
var SYSTEMD_UNIT_PATH = /\.service(\.j2)?$/;
var systemdUnit = {
  id: ID25,
  description: "systemd unit files and templates: k3s/RKE2 ExecStart flags (--disable-kube-proxy, --kube-proxy-arg proxy-mode=\u2026)",
  input: "text",
  paths: SYSTEMD_UNIT_PATH,
  triggers: ["k3s", "rke2", "kube-proxy-arg", "disable-kube-proxy"],
  extract: (file) => toFacts(ID25, file.path, shellTextFacts(file.text))
};
var ID26 = "vagrant-box";
var BOX_LITERAL = /\bvm\.box\s*=\s*(["'])([^"'\n]{1,200})\1/;
var BOX_NAME = /\bvm\.box\s*=\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*(?:\[[^\]\n]{0,80}\]\s*)?(?:#.*)?$/;
var STRING2 = /(["'])([^"'\n]{1,200})\1/g;
function assignedLiterals(lines, name) {
  const out = [];
  const escaped = name.replace(/\$/g, "\\$");
  const re = new RegExp(`^\\s*${escaped}\\s*=\\s*(\\[[^\\]\\n]*\\]|(["'])[^"'\\n]*\\2)\\s*(?:#.*)?$`);
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]);
    if (!m) continue;
    const start = lines[i].indexOf(m[1]);
    for (const s of m[1].matchAll(STRING2)) out.push({ box: s[2], line: i + 1, column: start + s.index + 2 });
  }
  return out;
}
function boxes(text) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 2e3 || !line.includes("vm.box") || line.trimStart().startsWith("#")) continue;
    const lit = BOX_LITERAL.exec(line);
    if (lit) {
      out.push({ box: lit[2], line: i + 1, column: lit.index + lit[0].indexOf(lit[1]) + 2 });
      continue;
    }
    const name = BOX_NAME.exec(line);
    if (name) out.push(...assignedLiterals(lines, name[1]));
  }
  return out;
}
function vagrantBoxFact(box, at, note) {
  if ((0, import_chunk_600CC460.isDroppedOsImage)(box, ["vagrant-box"])) return void 0;
  return {
    name: "node.os",
    value: box,
    ...at,
    ...note ? { note } : {},
    decode: { as: "os-image", kind: "vagrant-box", form: "vagrant" }
  };
}
var boxFact = (b) => vagrantBoxFact(b.box, { line: b.line, column: b.column, length: b.box.length });
var vagrantBox = {
  id: ID26,
  description: "Vagrantfiles read as text: each machine's literal config.vm.box (ubuntu/jammy64, bento/ubuntu-24.04, centos/7) as the node OS",
  input: "text",
  paths: /(^|\/)Vagrantfile$/,
  triggers: ["vm.box"],
  extract: (file) => {
    const seen = /* @__PURE__ */ new Set();
    const facts = boxes(file.text).filter((b) => !seen.has(b.box) && seen.add(b.box)).map(boxFact).filter((f) => f !== void 0);
    return toFacts(ID26, file.path, facts);
  }
};
var import_node_path6 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
var import_yaml19 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID27 = "vagrant-provision";
var LOAD = /^\s*([A-Za-z_]\w*)\s*=\s*YAML\.(?:safe_)?load(?:_file)?\b(.*)$/;
var YAML_PATH = /(["'])([^"'\n]{1,200}\.ya?ml)\1/g;
var PROVISION = /\.vm\.provision\s*\(?\s*(?:"shell"|'shell'|:shell)/g;
var PATH = /\bpath\s*(?::|=>|=)\s*(["'])([^"'\n]{1,300})\1/;
var ENV_OPEN = /\benv\s*(?::|=>|=)\s*\{/;
var ENV_ENTRY = /(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*=>\s*([^,\n}]{1,300})/g;
var LOOKUP = /^([A-Za-z_]\w*)((?:\[\s*(["'])[^"'\]\n]{1,100}\3\s*\])+)$/;
var SUBSCRIPT = /\[\s*(["'])([^"'\]\n]{1,100})\1\s*\]/g;
var BOX = /\bvm\.box\s*=\s*([A-Za-z_]\w*(?:\[\s*["'][^"'\]\n]{1,100}["']\s*\])+)\s*(?:#.*)?$/;
var VALUE = /^[A-Za-z0-9_.+:/@%*~-]{1,256}$/;
function lineOf(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function relative(written, text) {
  const m = written ? /^#\{([A-Za-z_]\w*)\}\/(.+)$/.exec(written) : void 0;
  if (!m?.[1] || !m[2]) return written;
  const own = new RegExp(`^\\s*${m[1]}\\s*=.*(__FILE__|__dir__)`, "m");
  return own.test(text) ? m[2] : void 0;
}
function loadSettings(file, text, helpers) {
  const out = /* @__PURE__ */ new Map();
  const dir = import_node_path6.posix.dirname(file);
  for (const line of text.split("\n")) {
    const m = LOAD.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const written = relative([...m[2].matchAll(YAML_PATH)].at(-1)?.[2], text);
    if (!written || written.startsWith("/") || written.includes("#{")) continue;
    const path = import_node_path6.posix.normalize(import_node_path6.posix.join(dir, written));
    if (path.startsWith("../")) continue;
    const got = helpers.readText(path);
    if (!("text" in got)) continue;
    const doc = parseFile(path, got.text).docs[0];
    if (doc) out.set(m[1], { doc });
  }
  return out;
}
function lookup(expr, settings) {
  const m = LOOKUP.exec(expr.trim());
  const s = m?.[1] ? settings.get(m[1]) : void 0;
  if (!m?.[2] || !s) return void 0;
  const keys = [...m[2].matchAll(SUBSCRIPT)].map((k) => k[2]);
  const node = get(s.doc, s.doc.doc.contents, ...keys);
  if (!(0, import_yaml19.isScalar)(node) || node.value === null || typeof node.value === "object") return void 0;
  const value = String(node.value).trim();
  return VALUE.test(value) ? { value, node, doc: s.doc } : void 0;
}
function braced(text, open) {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 2e4; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i);
  }
  return void 0;
}
function provisioners(file, text, settings) {
  const out = [];
  const starts = [...text.matchAll(PROVISION)].map((m) => m.index);
  starts.forEach((start, i) => {
    const next = text.indexOf(".vm.", start + 5);
    const end = Math.min(starts[i + 1] ?? text.length, next < 0 ? text.length : next);
    const chunk = text.slice(start, end);
    const path = PATH.exec(chunk)?.[2];
    const open = ENV_OPEN.exec(chunk);
    if (!path || !open || path.startsWith("/") || path.includes("#{")) return;
    const envText = braced(chunk, open.index + open[0].length - 1);
    if (envText === void 0) return;
    const envAt = start + open.index + open[0].length;
    const env = /* @__PURE__ */ new Map();
    for (const e of envText.matchAll(ENV_ENTRY)) {
      const name = e[2];
      const expr = e[3].trim();
      const lit = /^(["'])([^"'#\n]*)\1$/.exec(expr);
      if (lit && VALUE.test(lit[2])) {
        const at = lineOf(text, envAt + e.index + e[0].indexOf(expr) + 1);
        env.set(name, { value: lit[2], ...at, file, via: `passed by ${file}'s shell provisioner (env)` });
        continue;
      }
      const found = lookup(expr, settings);
      if (!found) continue;
      const p = placeOf(found.doc, found.node);
      env.set(name, {
        value: found.value,
        line: p.line,
        column: p.column,
        file: found.doc.file,
        via: `set in ${found.doc.file}, passed by ${file}'s shell provisioner (env)`
      });
    }
    const script = import_node_path6.posix.normalize(import_node_path6.posix.join(import_node_path6.posix.dirname(file), path));
    if (env.size > 0 && !script.startsWith("../")) out.push({ script, env });
  });
  return out;
}
var key = (f) => [f.name, f.value, f.line, f.column, f.unresolved ? "u" : ""].join("\0");
function scriptFacts(p, helpers, plainOf) {
  const got = helpers.readText(p.script);
  if (!("text" in got)) return [];
  const script = { path: p.script, read: helpers.readText, ...helpers.showPath ? { show: helpers.showPath } : {} };
  let plain = plainOf.get(p.script);
  if (!plain) plainOf.set(p.script, plain = new Set(shellTextFacts(got.text, script).map(key)));
  const added = shellTextFacts(got.text, script, p.env).filter((f) => !plain.has(key(f)));
  return toFacts(ID27, p.script, added, void 0, helpers.showPath);
}
function boxFacts(text, settings) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const line of text.split("\n")) {
    if (!line.includes("vm.box") || line.trimStart().startsWith("#")) continue;
    const m = BOX.exec(line);
    const found = m?.[1] ? lookup(m[1], settings) : void 0;
    if (!found || seen.has(found.value)) continue;
    const p = placeOf(found.doc, found.node);
    const hit = vagrantBoxFact(
      found.value,
      { line: p.line, column: p.column, length: (p.endColumn ?? p.column) - p.column },
      `the Vagrantfile's box, ${m[1]}`
    );
    if (!hit) continue;
    seen.add(found.value);
    out.push(...toFacts(ID27, found.doc.file, [hit]));
  }
  return out;
}
var vagrantProvision = {
  id: ID27,
  description: "Vagrantfiles that load a YAML settings file: the box named there (node OS), and the facts of each shell provisioner script read with the env variables the Vagrantfile passes it (CALICO_VERSION, KUBERNETES_VERSION from settings.yaml)",
  input: "text",
  paths: /(^|\/)Vagrantfile$/,
  triggers: ["provision"],
  extract: (file, helpers) => {
    if (!helpers) return [];
    const settings = loadSettings(file.path, file.text, helpers);
    const boxes2 = boxFacts(file.text, settings);
    const plainOf = /* @__PURE__ */ new Map();
    return [...boxes2, ...provisioners(file.path, file.text, settings).flatMap((p) => scriptFacts(p, helpers, plainOf))];
  }
};
var ID28 = "flux-chart-source";
var fluxChartSource = {
  id: ID28,
  description: "Flux chart sources a HelmRelease chartRef points at: OCIRepository (url \u2026/tigera-operator, ref.tag or ref.semver) and HelmChart (chart, version)",
  triggers: ["source.toolkit.fluxcd.io"],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith("source.toolkit.fluxcd.io/")) return [];
    const spec = get(d, d.doc.contents, "spec");
    let chart;
    let versionNode2;
    if (kind === "OCIRepository") {
      chart = str(d, get(d, spec, "url"));
      versionNode2 = get(d, spec, "ref", "tag") ?? get(d, spec, "ref", "semver");
    } else if (kind === "HelmChart") {
      chart = str(d, get(d, spec, "chart"));
      versionNode2 = get(d, spec, "version");
    }
    const f = calicoChartFact(ID28, d, chart, versionNode2);
    return f ? [f] : [];
  }
};
var ID29 = "flux-helm-release";
var fluxHelmRelease = {
  id: ID29,
  description: "Flux HelmRelease: the tigera-operator chart version (= Calico version) and spec.values (encapsulation, dataplane, images)",
  triggers: ["helm.toolkit.fluxcd.io"],
  extract(d) {
    if (!isKind(d, "HelmRelease", "helm.toolkit.fluxcd.io/")) return [];
    const spec = get(d, d.doc.contents, "spec");
    const facts = [];
    const chartNode = get(d, spec, "chart", "spec", "chart");
    const chart = str(d, chartNode);
    if (chart !== void 0 && (0, import_chunk_600CC460.isCalicoChart)(chartName(chart))) {
      const versionNode2 = get(d, spec, "chart", "spec", "version");
      const version = str(d, versionNode2);
      if (version !== void 0) {
        const f = chartVersionFact(ID29, d, versionNode2, chartName(chart), version);
        if (f) facts.push(f);
      } else {
        facts.push({ ...factAt(ID29, d, chartNode, "calico.version", "*", { note: "no chart version: Flux installs the newest release" }), unresolved: true });
      }
    }
    return [...facts, ...chartValuesFacts(ID29, d, get(d, spec, "values"))];
  }
};
var ID30 = "helm-cattle-chart";
function packagedChartFacts(d, values) {
  const nameNode = get(d, d.doc.contents, "metadata", "name");
  const name = str(d, nameNode)?.trim();
  if (!nameNode || name !== "rke2-calico" && name !== "rke2-canal") return [];
  const cni = name.slice("rke2-".length);
  const facts = [
    installerNameFact(ID30, d, nameNode, "rke2", `HelmChartConfig ${name}`),
    factAt(ID30, d, nameNode, "cluster.cni", cni, { note: `HelmChartConfig ${name}: RKE2 runs ${cni}` })
  ];
  if (name === "rke2-canal") return facts;
  for (const inner of parseEmbedded(d, values)) {
    const f = factFromNode(
      ID30,
      inner,
      get(inner, inner.doc.contents, "felixConfiguration", "featureDetectOverride"),
      "calico.featureDetectOverride",
      (s) => s.trim() || void 0,
      {
        note: "rke2-calico felixConfiguration.featureDetectOverride"
      }
    );
    if (f) facts.push(f);
  }
  return facts;
}
var helmCattleChart = {
  id: ID30,
  description: "k3s/RKE2 HelmChart and HelmChartConfig (helm.cattle.io): Calico chart version and valuesContent (e.g. rke2-calico installation.calicoNetwork, felixConfiguration.featureDetectOverride); rke2-calico / rke2-canal name RKE2 and its CNI",
  triggers: ["helm.cattle.io"],
  extract(d) {
    const { kind, apiVersion } = kindOf(d);
    if (!apiVersion?.startsWith("helm.cattle.io/") || kind !== "HelmChart" && kind !== "HelmChartConfig") return [];
    const spec = get(d, d.doc.contents, "spec");
    const values = get(d, spec, "valuesContent");
    const f = kind === "HelmChart" ? calicoChartFact(ID30, d, str(d, get(d, spec, "chart")), get(d, spec, "version")) : void 0;
    return [...f ? [f] : [], ...chartValuesFacts(ID30, d, values), ...kind === "HelmChartConfig" ? packagedChartFacts(d, values) : []];
  }
};
var ID31 = "helm-chart-proxy";
var helmChartProxy = {
  id: ID31,
  description: "Cluster API add-on HelmChartProxy (addons.cluster.x-k8s.io): tigera-operator chart version and valuesTemplate (Go templates blanked)",
  triggers: [],
  kinds: ["HelmChartProxy"],
  extract(d) {
    if (!isKind(d, "HelmChartProxy", "addons.cluster.x-k8s.io/")) return [];
    const spec = get(d, d.doc.contents, "spec");
    const f = calicoChartFact(ID31, d, str(d, get(d, spec, "chartName")), get(d, spec, "version"));
    return [...f ? [f] : [], ...chartValuesFacts(ID31, d, get(d, spec, "valuesTemplate"))];
  }
};
var ID32 = "helm-chart-yaml";
var helmChartYaml = {
  id: ID32,
  description: "Helm Chart.yaml: the tigera-operator (or rke2-calico) chart's version or appVersion, and dependencies on it",
  triggers: ["tigera-operator", "rke2-calico", "rke2-canal"],
  paths: /(^|\/)Chart\.ya?ml$/,
  extract(d) {
    const root = d.doc.contents;
    const facts = [];
    const name = str(d, get(d, root, "name"))?.trim();
    if (name && (0, import_chunk_600CC460.isCalicoChart)(name)) {
      for (const key2 of ["version", "appVersion"]) {
        const node = get(d, root, key2);
        const raw = str(d, node);
        const f = raw === void 0 ? void 0 : chartVersionFact(ID32, d, node, name, raw);
        if (f) {
          facts.push(f);
          break;
        }
        if (key2 === "appVersion" && raw !== void 0 && /^v?1\.\d+\.\d+$/.test(raw.trim())) {
          facts.push(
            factAt(ID32, d, node, "calico.operatorVersion", raw.trim().replace(/^v/, ""), { raw, note: "chart appVersion (the tigera/operator release)" })
          );
        }
      }
    }
    for (const dep of items(d, get(d, root, "dependencies"))) {
      const depName = str(d, get(d, dep, "name"))?.trim();
      const node = get(d, dep, "version");
      const raw = str(d, node);
      if (!depName || raw === void 0 || !(0, import_chunk_600CC460.isCalicoChart)(depName)) continue;
      const f = chartVersionFact(ID32, d, node, depName, raw);
      if (f) facts.push(f);
    }
    return facts;
  }
};
var import_yaml20 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID33 = "helm-values";
var helmValues = {
  id: ID33,
  description: "Helm values files (values*.yaml): image maps for kube-proxy, calico-node, kube-controllers, calicoctl and the tigera operator; the tigera-operator chart's installation.calicoNetwork",
  triggers: ["kube-proxy", "calico", "tigera"],
  paths: /(^|\/)values[^/]*\.ya?ml$/i,
  extract(d) {
    const root = d.doc.contents;
    if (!(0, import_yaml20.isMap)(root) || kindOf(d).kind !== void 0) return [];
    return chartValuesFacts(ID33, d, root);
  }
};
var import_node_path7 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
var import_yaml21 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var KUSTOMIZATION_PATH = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
function isKustomization(d) {
  if (!(0, import_yaml21.isMap)(d.doc.contents)) return false;
  const { kind } = kindOf(d);
  return kind === void 0 || kind === "Kustomization" || kind === "Component";
}
function resolveEntry(kustomizationFile, entry) {
  const e = entry.trim();
  if (!e || /^[a-z][a-z0-9+.-]*:\/\//i.test(e) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(e) || e.startsWith("git@")) return void 0;
  const dir = import_node_path7.posix.dirname(kustomizationFile);
  const p = import_node_path7.posix.normalize(import_node_path7.posix.join(dir === "." ? "" : dir, e));
  if (p === ".." || p.startsWith("../") || import_node_path7.posix.isAbsolute(p)) return void 0;
  if (p === ".") return "";
  return /\.(ya?ml|json)$/i.test(p) ? p : `${p.replace(/\/+$/, "")}/`;
}
function entryList(d, ...keys) {
  const out = [];
  for (const key2 of keys) {
    for (const item of items(d, get(d, d.doc.contents, key2))) {
      const s = str(d, item);
      if (s !== void 0 && !s.includes("\n")) out.push(s);
    }
  }
  return out;
}
function patchPaths(d) {
  const out = entryList(d, "patchesStrategicMerge");
  for (const key2 of ["patches", "patchesJson6902"]) {
    for (const item of items(d, get(d, d.doc.contents, key2))) {
      const p = str(d, get(d, item, "path")) ?? (key2 === "patches" ? str(d, item) : void 0);
      if (p !== void 0 && !p.includes("\n")) out.push(p);
    }
  }
  return out;
}
function resolveAll(file, entries2) {
  return [...new Set(entries2.map((e) => resolveEntry(file, e)).filter((p) => p !== void 0))];
}
var ID34 = "kustomize-helm-charts";
var kustomizeHelmCharts = {
  id: ID34,
  description: "kustomization helmCharts: the tigera-operator chart version (= Calico version) and its valuesInline",
  triggers: ["calico", "kube-proxy", "tigera"],
  paths: KUSTOMIZATION_PATH,
  extract(d) {
    if (!isKustomization(d)) return [];
    const facts = [];
    for (const chart of items(d, get(d, d.doc.contents, "helmCharts"))) {
      const name = str(d, get(d, chart, "name"))?.trim();
      if (!name) continue;
      const versionNode2 = get(d, chart, "version");
      const version = str(d, versionNode2);
      if ((0, import_chunk_600CC460.isCalicoChart)(name) && version !== void 0) {
        const f = chartVersionFact(ID34, d, versionNode2, name, version);
        if (f) facts.push(f);
      }
      facts.push(...chartValuesFacts(ID34, d, get(d, chart, "valuesInline")));
    }
    return facts;
  }
};
var ID35 = "kustomize-images";
function kindOfImage(...refs) {
  for (const r of refs) {
    const img = r === void 0 ? void 0 : parseImage(r);
    const name = img && versionFactName(img);
    if (img && name) return { name, img };
  }
  return void 0;
}
function entryFacts2(d, entry, overrides) {
  const nameNode = get(d, entry, "name");
  const name = str(d, nameNode)?.trim();
  const newNameNode = get(d, entry, "newName");
  const newName = str(d, newNameNode)?.trim();
  const kind = kindOfImage(name, newName);
  if (!name || !kind) return [];
  const tagNode = get(d, entry, "newTag");
  const newTag = scalarText2(d, tagNode);
  const digestNode = get(d, entry, "digest");
  const digest = str(d, digestNode)?.trim();
  const repo = newName ?? name;
  const common = { key: kind.img.path, overrides };
  const facts = [];
  if (digest) {
    const f = factAt(ID35, d, digestNode, kind.name, digest, { raw: `${repo}@${digest}`, note: "kustomize images: pinned by digest, which names no version" });
    facts.push({ ...f, unresolved: true, ...common });
  } else if (newTag) {
    const f = factFromRaw(ID35, d, tagNode, kind.name, newTag, import_chunk_600CC4602.normalizeVersion);
    if (f) facts.push({ ...f, raw: `${repo}:${newTag}`, ...common });
  }
  if (newName && kind.name === "kubeProxy.version") {
    const f = factFromRaw(ID35, d, newNameNode, "kubeProxy.image", newName, (s) => s);
    if (f) facts.push({ ...f, ...common });
  }
  return facts;
}
var kustomizeImages = {
  id: ID35,
  description: "kustomization images: (name, newName, newTag, digest) replacing kube-proxy, calico-node, kube-controllers or tigera operator images of the resources",
  triggers: ["calico", "kube-proxy", "tigera"],
  paths: KUSTOMIZATION_PATH,
  extract(d) {
    if (!isKustomization(d)) return [];
    const entries2 = items(d, get(d, d.doc.contents, "images"));
    if (entries2.length === 0) return [];
    const targets = [...resolveAll(d.file, [...entryList(d, "resources", "bases", "components"), ...patchPaths(d)]), d.file];
    const overrides = { by: "kustomize images", targets };
    return entries2.flatMap((e) => entryFacts2(d, e, overrides));
  }
};
var import_node_path8 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_600CC460.require_node_path)(), 1);
var import_yaml22 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID36 = "kustomize-layers";
var kustomizeLayers = {
  id: ID36,
  description: 'kustomization patches over resources: the patched values replace the base values (e.g. CALICO_IPV4POOL_IPIP "Off" over Always)',
  triggers: ["patches"],
  paths: KUSTOMIZATION_PATH,
  extract(d) {
    if (!isKustomization(d)) return [];
    const patches = resolveAll(d.file, patchPaths(d));
    const targets = resolveAll(d.file, entryList(d, "resources", "bases", "components"));
    if (patches.length === 0 || targets.length === 0) return [];
    const root = d.doc.contents;
    const key2 = ["patchesStrategicMerge", "patches", "patchesJson6902"].map((k) => pairOf(root, k)?.key).find(import_yaml22.isNode);
    const dir = import_node_path8.posix.dirname(d.file);
    const f = factAt(ID36, d, key2 ?? root, "kustomize.layer", dir === "." ? "" : dir);
    return [{ ...f, overrides: { by: "kustomize patches", targets, patches } }];
  }
};
var ID37 = "tigera-installation";
var tigeraInstallation = {
  id: ID37,
  description: "Tigera operator Installation (operator.tigera.io/v1): IP pool encapsulation and linuxDataplane",
  triggers: ["operator.tigera.io"],
  extract(d) {
    if (!isKind(d, "Installation", "operator.tigera.io/")) return [];
    return calicoNetworkFacts(ID37, d, get(d, d.doc.contents, "spec", "calicoNetwork"));
  }
};
var ID38 = "capi-machine-os";
function named2(d, node, kind) {
  const raw = str(d, node);
  return raw === void 0 || raw.trim() === "" ? [] : [{ node, raw, kind }];
}
function machineSpec(d, root, kind) {
  return /Template$/.test(kind) ? get(d, root, "spec", "template", "spec") : get(d, root, "spec");
}
function aws(d, spec) {
  const baseOs = named2(d, get(d, spec, "imageLookupBaseOS"), "base-os");
  if (baseOs.length) return baseOs;
  const family = named2(d, get(d, spec, "ami", "eksLookupType"), "ami-family");
  if (family.length) return family;
  return named2(d, get(d, spec, "ami", "id"), "image");
}
function openstack(d, spec) {
  const image = get(d, spec, "image");
  return [
    ...named2(d, image, "image"),
    ...named2(d, get(d, image, "name"), "image"),
    ...named2(d, get(d, image, "filter", "name"), "image"),
    ...named2(d, get(d, spec, "imageName"), "image")
  ].slice(0, 1);
}
function azure(d, spec) {
  const image = get(d, spec, "image");
  const market = get(d, image, "marketplace");
  if (market) {
    const parts = ["publisher", "offer", "sku", "version"].map((k) => str(d, get(d, market, k))?.trim());
    if (parts[0] && parts[1] && parts[2]) return [{ node: market, raw: parts.filter(Boolean).join(":"), kind: "azure-image" }];
  }
  for (const key2 of ["computeGallery", "sharedGallery"]) {
    const gallery = get(d, image, key2);
    const name = str(d, get(d, gallery, "name"))?.trim();
    if (gallery && name) return [{ node: gallery, raw: `${str(d, get(d, gallery, "gallery"))?.trim() ?? ""}:${name}`, kind: "azure-image" }];
  }
  return named2(d, get(d, image, "id"), "image");
}
function namesOf(d, root, kind) {
  const spec = machineSpec(d, root, kind);
  switch (kind) {
    case "AWSMachineTemplate":
    case "AWSMachine":
      return aws(d, spec);
    case "AWSMachinePool":
      return aws(d, get(d, root, "spec", "awsLaunchTemplate"));
    case "AWSManagedMachinePool":
      return named2(d, get(d, root, "spec", "amiType"), "image-type");
    case "VSphereMachineTemplate":
    case "VSphereMachine":
      return str(d, get(d, spec, "os"))?.trim().toLowerCase() === "windows" ? [] : named2(d, get(d, spec, "template"), "image");
    case "OpenStackMachineTemplate":
    case "OpenStackMachine":
      return openstack(d, spec);
    case "AzureMachineTemplate":
    case "AzureMachine":
      return azure(d, spec);
    case "AzureMachinePool":
      return azure(d, get(d, root, "spec", "template"));
    case "AzureManagedMachinePool":
      return named2(d, get(d, root, "spec", "osSKU"), "image-type");
    case "GCPMachineTemplate":
    case "GCPMachine":
      return [...named2(d, get(d, spec, "image"), "image"), ...named2(d, get(d, spec, "imageFamily"), "image")].slice(0, 1);
    default:
      return [];
  }
}
var capiMachineOs = {
  id: ID38,
  description: "Cluster API machine templates \u2192 node OS: AWS imageLookupBaseOS / eksLookupType / amiType, vSphere template, OpenStack image, Azure marketplace or gallery image, GCP image or family (data/os-image-patterns.yaml)",
  triggers: ["infrastructure.cluster.x-k8s.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOf(d)) {
      if (!o.apiVersion?.startsWith("infrastructure.cluster.x-k8s.io/") || !o.kind) continue;
      for (const n of namesOf(d, o.node, o.kind)) {
        const f = osImageFact(ID38, d, n.node, n.raw, n.kind);
        if (f) facts.push(f);
      }
    }
    return facts;
  }
};
var ID39 = "capi-versions";
function versionNode(d, o) {
  const api = o.apiVersion ?? "";
  if (api.startsWith("cluster.x-k8s.io/")) {
    if (o.kind === "Cluster") return get(d, o.node, "spec", "topology", "version");
    if (o.kind === "MachineDeployment" || o.kind === "MachinePool" || o.kind === "MachineSet") {
      return get(d, o.node, "spec", "template", "spec", "version");
    }
    if (o.kind === "Machine") return get(d, o.node, "spec", "version");
  }
  if (api.startsWith("controlplane.cluster.x-k8s.io/") || api.startsWith("infrastructure.cluster.x-k8s.io/") && /ManagedControlPlane$/.test(o.kind ?? "")) {
    return get(d, o.node, "spec", "version");
  }
  return void 0;
}
function kubeProxyAddon(d, o) {
  for (const addon of items(d, get(d, o.node, "spec", "addons"))) {
    if (str(d, get(d, addon, "name"))?.trim() !== "kube-proxy") continue;
    const node = get(d, addon, "version");
    const raw = str(d, node);
    if (raw === void 0 || raw.trim() === "latest") return void 0;
    return factFromRaw(ID39, d, node, "kubeProxy.version", raw, import_chunk_600CC4602.normalizeVersion, { note: `${o.kind} kube-proxy add-on` });
  }
  return void 0;
}
function kubeProxySkipped(d, o) {
  for (const path of [["spec", "kubeadmConfigSpec"], ["spec", "template", "spec", "kubeadmConfigSpec"], ["spec"], ["spec", "template", "spec"]]) {
    for (const phase of items(d, get(d, o.node, ...path, "initConfiguration", "skipPhases"))) {
      if (str(d, phase)?.trim() === "addon/kube-proxy") {
        return factAt(ID39, d, phase, "kubeProxy.disabled", "true", { note: `${o.kind} initConfiguration.skipPhases: addon/kube-proxy` });
      }
    }
  }
  return void 0;
}
function definingKind(o) {
  const api = o.apiVersion ?? "";
  if (api.startsWith("cluster.x-k8s.io/")) {
    if (o.kind === "Cluster") return "Cluster API Cluster";
    if (o.kind === "MachineDeployment" || o.kind === "MachinePool") return `Cluster API ${o.kind}`;
  }
  if (api.startsWith("controlplane.cluster.x-k8s.io/") && /ControlPlane$/.test(o.kind ?? "")) return `Cluster API ${o.kind}`;
  return void 0;
}
var DISTRIBUTIONS = /* @__PURE__ */ new Map([
  ["KThreesControlPlane", { installer: "k3s", release: ["spec", "version"] }],
  ["RKE2ControlPlane", { installer: "rke2", release: ["spec", "version"] }],
  ["TalosControlPlane", { installer: "talos", release: ["spec", "controlPlaneConfig", "controlplane", "talosVersion"] }]
]);
function distributionFacts(d, o, installer, releasePath) {
  const facts = [installerNameFact(ID39, d, get(d, o.node, "kind"), installer, `Cluster API ${o.kind}`)];
  const release = installerReleaseFact(ID39, d, get(d, o.node, ...releasePath), installer, `Cluster API ${o.kind} ${releasePath.at(-1)}`);
  if (release) facts.push(release);
  const cni = installer === "rke2" ? cniFact(ID39, d, get(d, o.node, "spec", "serverConfig", "cni"), `${o.kind} serverConfig.cni`) : void 0;
  if (cni) facts.push(cni);
  return facts;
}
var capiVersions = {
  id: ID39,
  description: "Cluster API: Cluster spec.topology.version, control plane spec.version, MachineDeployment/MachinePool/MachineSet template version, the EKS kube-proxy add-on version, and kubeadm skipping addon/kube-proxy; KThreesControlPlane / RKE2ControlPlane / TalosControlPlane name k3s / RKE2 / Talos and their release",
  triggers: ["cluster.x-k8s.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOf(d)) {
      if (!o.apiVersion?.includes("cluster.x-k8s.io/")) continue;
      const defines = definingKind(o);
      if (defines) facts.push(clusterDefinitionFact(ID39, d, get(d, o.node, "kind"), defines));
      const distribution = DISTRIBUTIONS.get(o.kind ?? "");
      if (o.kind === "Cluster" && o.apiVersion.startsWith("cluster.x-k8s.io/")) {
        if (!DISTRIBUTIONS.has(str(d, get(d, o.node, "spec", "controlPlaneRef", "kind"))?.trim() ?? "")) {
          facts.push(installerNameFact(ID39, d, get(d, o.node, "kind"), "cluster-api", "Cluster API Cluster"));
        }
      } else if (o.kind === "KubeadmControlPlane") {
        facts.push(installerNameFact(ID39, d, get(d, o.node, "kind"), "cluster-api", "Cluster API KubeadmControlPlane"));
      } else if (distribution && o.apiVersion.startsWith("controlplane.cluster.x-k8s.io/")) {
        facts.push(...distributionFacts(d, o, distribution.installer, distribution.release));
      }
      const version = factFromNode(ID39, d, versionNode(d, o), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: `Cluster API ${o.kind} version` });
      if (version) facts.push(version);
      const addon = kubeProxyAddon(d, o);
      if (addon) facts.push(addon);
      const skipped = kubeProxySkipped(d, o);
      if (skipped) facts.push(skipped);
    }
    return facts;
  }
};
var ID40 = "eksctl-cluster-config";
function customAmi(raw) {
  const s = raw?.trim();
  return s && !/^(auto|auto-ssm|static)$/i.test(s) ? s : void 0;
}
function nodeGroupOs(d, ng, k8sMinor) {
  const familyNode = get(d, ng, "amiFamily");
  const family = str(d, familyNode)?.trim();
  const amiNode = get(d, ng, "ami");
  const ami = customAmi(str(d, amiNode));
  if (family && ami && !(0, import_chunk_600CC4602.isPlaceholder)(family)) {
    if ((0, import_chunk_600CC460.isIgnoredOsImage)((0, import_chunk_600CC4602.envDefault)(family) ?? family, "ami-family")) return void 0;
    return {
      ...factAt(ID40, d, familyNode, "node.os", family, {
        raw: ami,
        note: `custom AMI ${ami} of the ${family} family: which kernel it boots depends on the AMI`
      }),
      unresolved: true
    };
  }
  if (family) return osImageFact(ID40, d, familyNode, family, "ami-family", { k8sMinor });
  const typeNode = get(d, ng, "amiType");
  const type = str(d, typeNode);
  if (type !== void 0) return osImageFact(ID40, d, typeNode, type, "image-type", { k8sMinor });
  return ami ? osImageFact(ID40, d, amiNode, ami, "image") : void 0;
}
var eksctlClusterConfig = {
  id: ID40,
  description: "eksctl ClusterConfig: metadata.version, the kube-proxy add-on version, and each node group's amiFamily / amiType / ami \u2192 node OS",
  triggers: ["eksctl.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "ClusterConfig", "eksctl.io/")) {
      const name = str(d, get(d, o.node, "metadata", "name"))?.trim();
      const def = clusterDefinitionFact(ID40, d, get(d, o.node, "kind"), "eksctl ClusterConfig");
      facts.push(name ? { ...def, clusterName: name } : def);
      facts.push(installerNameFact(ID40, d, get(d, o.node, "kind"), "eks", "eksctl ClusterConfig"));
      const v = factFromNode(ID40, d, get(d, o.node, "metadata", "version"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "eksctl metadata.version" });
      if (v) facts.push(v);
      for (const addon of items(d, get(d, o.node, "addons"))) {
        if (str(d, get(d, addon, "name"))?.trim() !== "kube-proxy") continue;
        const node = get(d, addon, "version");
        const raw = str(d, node);
        const f = raw === void 0 || raw.trim() === "latest" ? void 0 : factFromRaw(ID40, d, node, "kubeProxy.version", raw, import_chunk_600CC4602.normalizeVersion, { note: "eksctl kube-proxy add-on" });
        if (f) facts.push(f);
      }
      const minor = v && !v.unresolved ? (0, import_chunk_600CC460.kubernetesMinor)(v.value) : void 0;
      for (const list of ["nodeGroups", "managedNodeGroups"]) {
        for (const ng of items(d, get(d, o.node, list))) {
          const f = nodeGroupOs(d, ng, minor);
          if (f) facts.push(f);
        }
      }
    }
    return facts;
  }
};
var ID41 = "k0s-cluster-config";
function imageVersion2(d, image, name, note) {
  const f = factFromNode(ID41, d, get(d, image, "version"), name, import_chunk_600CC4602.normalizeVersion, { note });
  return f ? [f] : [];
}
function kubeProxyFacts(d, spec) {
  const kp = get(d, spec, "network", "kubeProxy");
  const disabledNode = get(d, kp, "disabled");
  if (str(d, disabledNode)?.trim() === "true") {
    return [factAt(ID41, d, disabledNode, "kubeProxy.disabled", "true", { note: "k0s network.kubeProxy.disabled: kube-proxy is not deployed" })];
  }
  const image = get(d, spec, "images", "kubeproxy");
  const facts = imageVersion2(d, image, "kubeProxy.version", "k0s images.kubeproxy");
  const repoNode = get(d, image, "image");
  const repo = str(d, repoNode);
  const ref = repo === void 0 ? void 0 : parseImage(repo);
  const repoFact = ref && repo !== void 0 ? factFromRaw(ID41, d, repoNode, "kubeProxy.image", ref.repository, (s) => s, { note: "k0s images.kubeproxy" }) : void 0;
  if (repoFact && ref) facts.unshift({ ...repoFact, key: ref.path });
  const f = factFromNode(ID41, d, get(d, kp, "mode"), "kubeProxy.mode", import_chunk_600CC4602.normalizeProxyMode, { note: "k0s network.kubeProxy.mode" });
  facts.push(
    f ?? factAt(ID41, d, kp ?? get(d, spec, "network") ?? spec, "kubeProxy.mode", "iptables", { origin: "default", note: "k0s default kube-proxy mode" })
  );
  return facts;
}
function calicoFacts(d, spec) {
  const providerNode = get(d, spec, "network", "provider");
  if (str(d, providerNode)?.trim().toLowerCase() !== "calico") return [];
  const facts = [
    ...imageVersion2(d, get(d, spec, "images", "calico", "node"), "calico.version", "k0s images.calico.node"),
    ...imageVersion2(d, get(d, spec, "images", "calico", "kubecontrollers"), "calico.kubeControllersVersion", "k0s images.calico.kubecontrollers"),
    factAt(ID41, d, providerNode, "calico.dataplane", "Iptables", { origin: "default", note: "k0s network.provider calico, in its iptables dataplane" })
  ];
  const calico = get(d, spec, "network", "calico");
  const modeNode = get(d, calico, "mode");
  const mode = str(d, modeNode)?.trim().toLowerCase() ?? "vxlan";
  const overlayNode = get(d, calico, "overlay");
  const overlayRaw = str(d, overlayNode);
  const overlay = overlayRaw === void 0 ? "Always" : (0, import_chunk_600CC4602.normalizeEncapMode)(overlayRaw);
  const at = overlayNode ?? modeNode ?? providerNode;
  const origin = overlayNode ? "repository" : "default";
  if (overlay !== void 0) {
    const ipip = mode === "ipip" ? overlay : "Never";
    const vxlan = mode === "vxlan" ? overlay : "Never";
    facts.push(
      factAt(ID41, d, at, "calico.ipipMode", ipip, { origin: mode === "ipip" ? origin : "default", note: `k0s calico mode ${mode}, overlay ${overlay}` })
    );
    facts.push(
      factAt(ID41, d, at, "calico.vxlanMode", vxlan, { origin: mode === "vxlan" ? origin : "default", note: `k0s calico mode ${mode}, overlay ${overlay}` })
    );
  }
  for (const [env, name, normalize] of [
    ["FELIX_IPTABLESBACKEND", "calico.iptablesBackend", import_chunk_600CC4602.normalizeIptablesBackend],
    ["FELIX_FEATUREDETECTOVERRIDE", "calico.featureDetectOverride", (s) => s.trim() || void 0],
    ["FELIX_NFTABLESMODE", "calico.nftablesMode", import_chunk_600CC4602.normalizeNftablesMode],
    ["FELIX_BPFENABLED", "calico.dataplane", (s) => s.trim().toLowerCase() === "true" ? "BPF" : void 0]
  ]) {
    const f = factFromNode(ID41, d, get(d, calico, "envVars", env), name, normalize, { note: `k0s network.calico.envVars ${env}` });
    if (f) facts.push(f);
  }
  return facts;
}
function apiFacts(d, spec) {
  const node = get(d, spec, "api", "extraArgs", "enable-admission-plugins");
  const raw = str(d, node);
  const f = raw === void 0 ? void 0 : nameListFact(ID41, d, node, "apiserver.admissionPlugins", raw, { note: "k0s api.extraArgs enable-admission-plugins" });
  return f ? [f] : [];
}
function k0sSpecs(d) {
  const out = [];
  for (const o of objectsOf(d)) {
    const kind = get(d, o.node, "kind");
    if (o.apiVersion?.startsWith("k0s.k0sproject.io/") && (o.kind === "ClusterConfig" || o.kind === "Cluster")) {
      out.push({ spec: get(d, o.node, "spec"), kind, what: "k0s ClusterConfig" });
    } else if (o.apiVersion?.startsWith("k0sctl.k0sproject.io/") && o.kind?.toLowerCase() === "cluster") {
      out.push({ spec: get(d, o.node, "spec", "k0s", "config", "spec"), kind, what: "k0sctl Cluster", k0sVersion: get(d, o.node, "spec", "k0s", "version") });
    }
  }
  return out;
}
var k0sClusterConfig = {
  id: ID41,
  description: "k0s ClusterConfig and k0sctl Cluster: k0s version (1.27.4+k0s.0), network.kubeProxy mode/disabled, images.kubeproxy, network.provider calico with its images and network.calico mode/overlay/envVars (FELIX_BPFENABLED, FELIX_NFTABLESMODE too), api.extraArgs enable-admission-plugins",
  triggers: ["k0sproject.io/"],
  extract(d) {
    const facts = [];
    for (const { spec, kind, what, k0sVersion } of k0sSpecs(d)) {
      facts.push(clusterDefinitionFact(ID41, d, kind, what));
      const v = factFromNode(ID41, d, k0sVersion, "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "k0sctl spec.k0s.version (k0s builds carry +k0s.N)" });
      if (v) facts.push(v);
      facts.push(installerNameFact(ID41, d, kind, "k0s", what));
      const release = installerReleaseFact(ID41, d, k0sVersion, "k0s", "k0sctl spec.k0s.version");
      if (release) facts.push(release);
      const cni = cniFact(ID41, d, get(d, spec, "network", "provider"), "k0s network.provider");
      if (cni) facts.push(cni);
      if (spec === void 0) continue;
      facts.push(...kubeProxyFacts(d, spec), ...calicoFacts(d, spec), ...apiFacts(d, spec));
    }
    return facts;
  }
};
var import_yaml24 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_yaml23 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function yamlWord(d, node) {
  const text = node === void 0 ? void 0 : str(d, node);
  if (!node || text === void 0) return void 0;
  const at = placeOf(d, node);
  const c = node.range ? d.text[node.range[0]] : void 0;
  const trimmed2 = text.trim();
  return { text: trimmed2, line: at.line, column: at.column + (c === '"' || c === "'" ? 1 : 0) + (text.length - text.trimStart().length) };
}
function imageTagWord(d, node, tag) {
  const w = yamlWord(d, node);
  const at = w ? w.text.lastIndexOf(`:${tag}`) : -1;
  return w && at >= 0 ? { text: tag, line: w.line, column: w.column + at + 1 } : void 0;
}
var SCRIPT_URL = /^https?:\/\/get\.(k3s|rke2)\.io\/?$/;
var ONE_VARIABLE = /^\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;
var INSTALL_TRIGGERS = ["get.k3s.io", "get.rke2.io", "INSTALL_K3S_", "INSTALL_RKE2_"];
var COMMAND_KEYS2 = /* @__PURE__ */ new Set(["shell", "command", "cmd", "raw", "ansible.builtin.shell", "ansible.builtin.command", "ansible.builtin.raw"]);
var INSTALLERS = new Set(DISTROS.map((x) => x.installer));
function scriptUrlFacts(d, key2, value) {
  const text = str(d, value)?.trim();
  const m = text === void 0 ? null : SCRIPT_URL.exec(text);
  if (!value || !m || !(0, import_yaml23.isScalar)(value)) return [];
  const distro = DISTROS.find((x) => x.installer === m[1]);
  return [textFactAt(yamlWord(d, value), "installer.name", distro.installer, { note: `the ${distro.label} install script (${distro.host}) in ${key2}` })];
}
function entryFacts3(d, keyNode2, key2, value, vars) {
  const distro = DISTROS.find((x) => key2.startsWith(x.prefix));
  const text = str(d, value)?.trim();
  if (!distro || text === void 0) return [];
  const keyWord = yamlWord(d, keyNode2);
  const kind = key2.slice(distro.prefix.length);
  const name = textFactAt(keyWord, "installer.name", distro.installer, { note: `${distro.label} (${key2} in a task's environment)` });
  if (kind !== "VERSION" && kind !== "CHANNEL") return [name];
  const ref = ONE_VARIABLE.exec(text)?.[1];
  if (ref === void 0 && text.includes("{{"))
    return [name, unresolvedRelease(d, distro, value, text, `${key2} ${text}: the release depends on the expression`)];
  if (ref === void 0) {
    if (text === "") return [name];
    return installVariableFacts(distro, kind, keyWord, yamlWord(d, value), key2);
  }
  const literal2 = vars().get(ref);
  const literalText = literal2 ? str(d, literal2)?.trim() : void 0;
  if (!literal2 || !literalText) {
    return [
      name,
      unresolvedRelease(
        d,
        distro,
        value,
        text,
        `${key2} ${text}: the ${kind === "VERSION" ? "release" : "channel"} ${ref} holds when the play runs (${ref} set by the inventory or a role default; empty: what the stable channel serves at install time)`
      )
    ];
  }
  const through = `${key2} ${text} \u2192 ${ref}`;
  const via = (f) => f.name === "installer.name" ? f : { ...f, note: f.name === "installer.release" ? through : `${f.note ?? key2}; ${through}` };
  return installVariableFacts(distro, kind, keyWord, yamlWord(d, literal2), key2).map(via);
}
function unresolvedRelease(d, distro, value, text, note) {
  return { ...textFactAt(yamlWord(d, value), "installer.release", text, { key: distro.installer, note }), unresolved: true };
}
function environmentFacts(d, origin, id) {
  const facts = [];
  let vars;
  const lazyVars = () => vars ??= fileVars(d);
  visitMaps(d, (map) => {
    for (const [k, env] of entries(d, map)) {
      if (k !== "environment" || !(0, import_yaml23.isMap)(env)) continue;
      const named3 = /* @__PURE__ */ new Set();
      const found = [];
      for (const [key2, value, pair2] of entries(d, env)) {
        const distro = DISTROS.find((x) => key2.startsWith(x.prefix));
        if (!value || !distro || !(0, import_yaml23.isScalar)(pair2.key)) continue;
        const own = entryFacts3(d, pair2.key, key2, value, lazyVars).filter((f) => f.name !== "installer.name" || !named3.has(distro.installer));
        if (own.some((f) => f.name === "installer.name")) named3.add(distro.installer);
        found.push(...own);
      }
      facts.push(...found);
    }
  });
  return toFacts(
    id,
    d.file,
    facts.map((f) => origin === "default" ? { ...f, origin } : f)
  );
}
function commandLineFacts(d, key2, value, origin, id) {
  const text = COMMAND_KEYS2.has(key2) ? str(d, value) : void 0;
  if (!value || text === void 0 || !INSTALL_TRIGGERS.some((t) => text.includes(t))) return [];
  const all = templatedShellTextFacts(text);
  const releases = all.filter((f) => f.name === "installer.release" && INSTALLERS.has(f.key ?? ""));
  const named3 = all.some((f) => f.name === "installer.name" && INSTALLERS.has(f.value));
  if (!named3) return [];
  const kept = all.filter(
    (f) => f.name === "installer.name" && INSTALLERS.has(f.value) || releases.includes(f) || f.name === "kubernetes.version" && releases.some((r) => r.line === f.line && r.column === f.column) || f.name === "kubeProxy.mode" || f.name === "kubeProxy.disabled"
  );
  return toFacts(id, d.file, origin === "default" ? kept.map((f) => ({ ...f, origin })) : kept, scalarTextMapper(d, value));
}
function rke2CniFacts(source, d, node, origin = "repository") {
  const list = items(d, node);
  const plugin = (list.length > 0 ? list : node ? [node] : []).find((n) => (str(d, n)?.trim().toLowerCase() ?? "multus") !== "multus");
  const f = cniFact(source, d, plugin, "RKE2 cni");
  return f ? [origin === "default" ? { ...f, origin } : f] : [];
}
var ID42 = "k3s-rke2-ansible-vars";
var ROLE_DEFAULTS3 = /(^|\/)roles\/([^/]+\/)+defaults\//;
var VERSION_VARS = [
  { key: "k3s_version", installer: "k3s", label: "k3s", channelToo: false },
  { key: "k3s_release_version", installer: "k3s", label: "k3s", channelToo: true },
  { key: "rke2_version", installer: "rke2", label: "RKE2", channelToo: false }
];
var CHANNEL_VARS = [
  { key: "rke2_channel", installer: "rke2", label: "RKE2", version: "rke2_version" },
  { key: "k3s_channel", installer: "k3s", label: "k3s", version: "k3s_version" }
];
var ARG_STRINGS = /* @__PURE__ */ new Set([
  "extra_server_args",
  "extra_agent_args",
  "extra_args",
  "k3s_server_args",
  "k3s_agent_args",
  "rke2_server_args",
  "rke2_agent_args"
]);
var CONFIG_MAPS = /* @__PURE__ */ new Set(["k3s_server", "k3s_agent", "rke2_config", "k3s_config"]);
function isConfigShaped(d, key2, value) {
  return (key2.startsWith("k3s_") || key2.startsWith("rke2_")) && (0, import_yaml24.isMap)(value) && (get(d, value, "disable-kube-proxy") !== void 0 || get(d, value, "kube-proxy-arg") !== void 0);
}
var CONFIG_STRINGS = /* @__PURE__ */ new Set(["server_config_yaml", "agent_config_yaml"]);
var OPTION_LISTS = /* @__PURE__ */ new Set(["rke2_server_options", "rke2_agent_options"]);
var TRIGGERS = ["k3s_", "rke2_", "extra_server_args", "extra_agent_args", "server_config_yaml", ...INSTALL_TRIGGERS];
function isAnsibleDoc(d) {
  return kindOf(d).apiVersion === void 0;
}
function versionFacts(d, map, origin) {
  const facts = [];
  const vars = new Map(entries(d, map).map(([k, v, p]) => [k, { v, p }]));
  for (const spec of VERSION_VARS) {
    const e = vars.get(spec.key);
    const text = e?.v === void 0 ? void 0 : str(d, e.v)?.trim();
    if (!e?.v || text === void 0 || text === "" || !(0, import_yaml24.isScalar)(e.p.key)) continue;
    const key2 = yamlWord(d, e.p.key);
    const value = yamlWord(d, e.v);
    const isChannel = spec.channelToo && (/^(false|stable|latest|testing)$/.test(text) || /^v?\d+\.\d+$/.test(text));
    facts.push(
      ...isChannel ? channelFacts(spec.installer, spec.label, key2, value, spec.key) : releaseFacts3(spec.installer, spec.label, key2, value, spec.key)
    );
  }
  for (const spec of CHANNEL_VARS) {
    const e = vars.get(spec.key);
    const version = vars.get(spec.version)?.v;
    const text = e?.v === void 0 ? void 0 : str(d, e.v)?.trim();
    if (!e?.v || !text || !(0, import_yaml24.isScalar)(e.p.key) || version && str(d, version)?.trim()) continue;
    facts.push(...channelFacts(spec.installer, spec.label, yamlWord(d, e.p.key), yamlWord(d, e.v), spec.key));
  }
  return toFacts(
    ID42,
    d.file,
    facts.map((f) => origin === "default" ? { ...f, origin } : f)
  );
}
function configMapFacts(d, map, origin, what) {
  const facts = [];
  const disabled = get(d, map, "disable-kube-proxy");
  if (/^(true|yes)$/i.test(str(d, disabled)?.trim() ?? "")) {
    facts.push(factAt(ID42, d, disabled, "kubeProxy.disabled", "true", { origin, note: `${what} disable-kube-proxy: kube-proxy is not started` }));
  }
  facts.push(...proxyArgFacts(d, get(d, map, "kube-proxy-arg"), origin, `${what} kube-proxy-arg`));
  facts.push(...rke2CniFacts(ID42, d, get(d, map, "cni"), origin));
  return facts;
}
function proxyArgFacts(d, node, origin, what) {
  const list = items(d, node);
  const facts = [];
  for (const n of list.length > 0 ? list : node ? [node] : []) {
    const text = str(d, n)?.trim().replace(/^--/, "");
    if (!text?.startsWith("proxy-mode=")) continue;
    const f = factFromRaw(ID42, d, n, "kubeProxy.mode", text.slice("proxy-mode=".length), import_chunk_600CC4602.normalizeProxyMode, { origin, note: `${what} proxy-mode` });
    if (f) facts.push(f);
  }
  return facts;
}
function optionListFacts(d, node, origin) {
  const facts = [];
  for (const n of items(d, node)) {
    const text = str(d, n)?.trim() ?? "";
    const colon = text.indexOf(":");
    if (colon < 0) continue;
    const key2 = text.slice(0, colon).trim();
    const value = text.slice(colon + 1).trim().replace(/^["']|["']$/g, "");
    if (key2 === "disable-kube-proxy" && /^(true|yes)$/i.test(value)) {
      facts.push(factAt(ID42, d, n, "kubeProxy.disabled", "true", { origin, note: "RKE2 server option disable-kube-proxy" }));
    } else if (key2 === "kube-proxy-arg" && value.replace(/^--/, "").startsWith("proxy-mode=")) {
      const f = factFromRaw(ID42, d, n, "kubeProxy.mode", value.replace(/^--/, "").slice("proxy-mode=".length), import_chunk_600CC4602.normalizeProxyMode, {
        origin,
        note: "RKE2 server option kube-proxy-arg proxy-mode"
      });
      if (f) facts.push(f);
    }
  }
  return facts;
}
function argStringFacts(d, node, origin) {
  const text = str(d, node);
  if (!text || !text.includes("kube-proxy")) return [];
  const hits = shellTextFacts(text).filter((f) => f.name === "kubeProxy.mode" || f.name === "kubeProxy.disabled");
  return toFacts(ID42, d.file, origin === "default" ? hits.map((h) => ({ ...h, origin })) : hits, scalarTextMapper(d, node));
}
var k3sRke2AnsibleVars = {
  id: ID42,
  description: "k3s and RKE2 Ansible role variables: k3s_version, k3s_release_version, rke2_version, rke2_channel, extra_server_args / extra_agent_args, k3s_server / k3s_agent maps (and any k3s_ / rke2_ map holding disable-kube-proxy or kube-proxy-arg), server_config_yaml, rke2_server_options, rke2_kube_proxy_arg, disable_kube_proxy, rke2_cni; the install script run from a task (a variable holding https://get.k3s.io / https://get.rke2.io, INSTALL_K3S_VERSION / INSTALL_RKE2_VERSION and _CHANNEL in an environment: map, {{ var }} read through the same file's vars:; a shell: / command: line naming the script)",
  triggers: TRIGGERS,
  extract(d) {
    if (!isAnsibleDoc(d)) return [];
    const origin = ROLE_DEFAULTS3.test(d.file) ? "default" : "repository";
    const facts = environmentFacts(d, origin, ID42);
    const urls = [];
    visitMaps(d, (map) => {
      const keys = entries(d, map);
      for (const [key2, value] of keys) {
        urls.push(...scriptUrlFacts(d, key2, value));
        facts.push(...commandLineFacts(d, key2, value, origin, ID42));
      }
      if (!keys.some(([k]) => k.startsWith("k3s_") || k.startsWith("rke2_") || ARG_STRINGS.has(k) || CONFIG_STRINGS.has(k))) return;
      facts.push(...versionFacts(d, map, origin));
      const rke2 = keys.some(([k]) => k.startsWith("rke2_"));
      for (const [key2, value] of keys) {
        if (!value) continue;
        if (ARG_STRINGS.has(key2)) facts.push(...argStringFacts(d, value, origin));
        else if (CONFIG_MAPS.has(key2) || isConfigShaped(d, key2, value)) facts.push(...configMapFacts(d, value, origin, key2));
        else if (CONFIG_STRINGS.has(key2))
          facts.push(...parseEmbedded(d, value).flatMap((inner) => configMapFacts(inner, inner.doc.contents ?? void 0, origin, key2)));
        else if (OPTION_LISTS.has(key2)) facts.push(...optionListFacts(d, value, origin));
        else if (key2 === "rke2_kube_proxy_arg") facts.push(...proxyArgFacts(d, value, origin, key2));
        else if (key2 === "rke2_cni") facts.push(...rke2CniFacts(ID42, d, value, origin));
        else if (key2 === "disable_kube_proxy" && rke2 && /^(true|yes)$/i.test(str(d, value)?.trim() ?? "")) {
          facts.push(factAt(ID42, d, value, "kubeProxy.disabled", "true", { origin, note: "RKE2 role disable_kube_proxy" }));
        }
      }
    });
    return [...facts, ...toFacts(ID42, d.file, origin === "default" ? urls.map((u) => ({ ...u, origin })) : urls)];
  }
};
var ID43 = "kops-cluster";
function kubeProxyFacts2(d, spec) {
  const kp = get(d, spec, "kubeProxy");
  const enabledNode = get(d, kp, "enabled");
  if (str(d, enabledNode)?.trim() === "false") {
    return [factAt(ID43, d, enabledNode, "kubeProxy.disabled", "true", { note: "kops kubeProxy.enabled: false: kube-proxy is not deployed" })];
  }
  const facts = [];
  const f = factFromNode(ID43, d, get(d, kp, "proxyMode"), "kubeProxy.mode", import_chunk_600CC4602.normalizeProxyMode, { note: "kops kubeProxy.proxyMode" });
  if (f) facts.push(f);
  else {
    facts.push(
      factAt(ID43, d, kp ?? get(d, spec, "kubernetesVersion"), "kubeProxy.mode", "iptables", {
        origin: "default",
        note: "kops Cluster without kubeProxy.proxyMode: kube-proxy runs in iptables mode"
      })
    );
  }
  const imageNode = get(d, kp, "image");
  const imageRaw = str(d, imageNode);
  const image = imageRaw === void 0 ? void 0 : parseImage(imageRaw);
  if (image && imageRaw !== void 0 && isKubeProxyImage(image)) facts.push(...kubeProxyImageFacts(ID43, d, imageNode, image, imageRaw));
  return facts;
}
function calicoFacts2(d, calico) {
  const facts = [];
  const bpfNode = get(d, calico, "bpfEnabled");
  const bpf = str(d, bpfNode)?.trim() === "true";
  facts.push(
    bpf ? factAt(ID43, d, bpfNode, "calico.dataplane", "BPF", { note: "kops networking.calico.bpfEnabled" }) : factAt(ID43, d, calico, "calico.dataplane", "Iptables", { origin: "default", note: "kops networking.calico without bpfEnabled" })
  );
  const be = factFromNode(ID43, d, get(d, calico, "iptablesBackend"), "calico.iptablesBackend", import_chunk_600CC4602.normalizeIptablesBackend);
  if (be) facts.push(be);
  const encapNode = get(d, calico, "encapsulationMode");
  const encap = str(d, encapNode)?.trim().toLowerCase() ?? "ipip";
  const at = encapNode ?? calico;
  if (encap === "ipip") {
    const explicit = factFromNode(ID43, d, get(d, calico, "ipipMode"), "calico.ipipMode", import_chunk_600CC4602.normalizeEncapMode);
    facts.push(
      explicit ?? factAt(ID43, d, at, "calico.ipipMode", "CrossSubnet", { origin: "default", note: "kops renders encapsulationMode ipip as IPIP CrossSubnet" })
    );
    facts.push(factAt(ID43, d, at, "calico.vxlanMode", "Never", { origin: "default", note: "kops encapsulationMode ipip: no VXLAN" }));
  } else if (encap === "vxlan") {
    facts.push(factAt(ID43, d, at, "calico.ipipMode", "Never", { origin: "default", note: "kops encapsulationMode vxlan: no IPIP" }));
    const explicit = factFromNode(ID43, d, get(d, calico, "vxlanMode"), "calico.vxlanMode", import_chunk_600CC4602.normalizeEncapMode);
    facts.push(
      explicit ?? {
        ...factAt(ID43, d, at, "calico.vxlanMode", "vxlan", { note: "kops encapsulationMode vxlan; the VXLAN mode kops renders is not in the file" }),
        unresolved: true
      }
    );
  }
  return facts;
}
var kopsCluster = {
  id: ID43,
  description: "kops Cluster: kubernetesVersion, kubeProxy (enabled: false, proxyMode, image), networking.calico (bpfEnabled, iptablesBackend, encapsulationMode)",
  triggers: ["kops.k8s.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "Cluster", "kops.k8s.io/")) {
      facts.push(clusterDefinitionFact(ID43, d, get(d, o.node, "kind"), "kops Cluster"));
      facts.push(installerNameFact(ID43, d, get(d, o.node, "kind"), "kops", "kops Cluster"));
      const plugin = entries(d, get(d, o.node, "spec", "networking"))[0];
      if (plugin)
        facts.push(factAt(ID43, d, get(d, o.node, "spec", "networking"), "cluster.cni", plugin[0].toLowerCase(), { note: `kops spec.networking.${plugin[0]}` }));
      const spec = get(d, o.node, "spec");
      const v = factFromNode(ID43, d, get(d, spec, "kubernetesVersion"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "kops kubernetesVersion" });
      if (v) facts.push(v);
      facts.push(...kubeProxyFacts2(d, spec));
      const calico = get(d, spec, "networking", "calico");
      if (calico) facts.push(...calicoFacts2(d, calico));
    }
    return facts;
  }
};
var ID44 = "kops-instance-group";
var kopsInstanceGroup = {
  id: ID44,
  description: "kops InstanceGroup spec.image (owner/AMI name, GCE image) \u2192 node OS (data/os-image-patterns.yaml)",
  triggers: [],
  kinds: ["InstanceGroup"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "InstanceGroup", "kops.k8s.io/")) {
      const node = get(d, o.node, "spec", "image");
      const raw = str(d, node);
      const f = raw === void 0 ? void 0 : osImageFact(ID44, d, node, raw, "image");
      if (f) facts.push(f);
    }
    return facts;
  }
};
var ID45 = "kubean-manifest";
var COMPONENTS = { kube: "kubernetes.version", calico: "calico.version" };
var kubeanManifest = {
  id: ID45,
  description: "kubean Manifest: the default Kubernetes and Calico versions of its Kubespray release (defaults, not running versions)",
  triggers: ["kubean.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "Manifest", "kubean.io/")) {
      facts.push(installerNameFact(ID45, d, get(d, o.node, "kind"), "kubean", "kubean Manifest"));
      const release = str(d, get(d, o.node, "metadata", "labels", "kubean.io/sprayRelease"));
      for (const c of items(d, get(d, o.node, "spec", "components"))) {
        const fact = COMPONENTS[str(d, get(d, c, "name"))?.trim() ?? ""];
        const node = get(d, c, "defaultVersion");
        const raw = str(d, node);
        if (!fact || raw === void 0) continue;
        const f = factFromRaw(ID45, d, node, fact, raw, import_chunk_600CC4602.normalizeVersion, {
          origin: "default",
          note: `kubean Manifest defaultVersion${release ? ` (Kubespray ${release})` : ""}: installed when the cluster's vars name no version`
        });
        if (f) facts.push(f);
      }
    }
    return facts;
  }
};
var ID46 = "kubespray-gitmodules";
function sections(text) {
  const out = [];
  let current;
  text.split("\n").forEach((line, i) => {
    const trimmed2 = line.trim();
    if (trimmed2.startsWith("[")) {
      current = trimmed2.startsWith("[submodule") ? [] : void 0;
      if (current) out.push(current);
      return;
    }
    const eq = line.indexOf("=");
    if (!current || eq < 0 || trimmed2.startsWith("#") || trimmed2.startsWith(";")) return;
    const key2 = line.slice(0, eq).trim();
    const rest = line.slice(eq + 1);
    const lead = rest.length - rest.trimStart().length;
    const value = rest.trim();
    if (value) current.push({ key: key2, value: { text: value, line: i + 1, column: eq + 2 + lead } });
  });
  return out;
}
function gitmoduleFacts(text) {
  const out = [];
  for (const entries2 of sections(text)) {
    const url = entries2.find((e) => e.key === "url" && KUBESPRAY_REPO.test(e.value.text));
    if (!url) continue;
    out.push(textFactAt(url.value, "installer.name", "kubespray", { note: "Kubespray as a git submodule" }));
    const branch = entries2.find((e) => e.key === "branch")?.value;
    const minor = branch && /^release-(\d+\.\d+)$/.exec(branch.text)?.[1];
    const tag = branch && (0, import_chunk_600CC4602.normalizeVersion)(branch.text);
    if (minor) {
      out.push(
        textFactAt(branch, "installer.release", minor, {
          key: "kubespray",
          note: `the submodule's branch ${branch.text} (a ${minor} release or a later commit of that branch)`
        })
      );
    } else if (branch && tag && /^\d+\.\d+\.\d+$/.test(tag)) {
      out.push(textFactAt(branch, "installer.release", tag, { key: "kubespray", note: `the submodule's branch ${branch.text}` }));
    } else {
      out.push({
        ...textFactAt(url.value, "installer.release", url.value.text, {
          key: "kubespray",
          note: "the submodule commit names the Kubespray release; .gitmodules does not"
        }),
        unresolved: true
      });
    }
  }
  return out;
}
var kubesprayGitmodules = {
  id: ID46,
  description: "Kubespray as a git submodule (.gitmodules url kubernetes-sigs/kubespray; branch release-2.NN names the minor)",
  input: "text",
  paths: /(^|\/)\.gitmodules$/,
  triggers: ["kubespray"],
  extract: (file) => toFacts(ID46, file.path, gitmoduleFacts(file.text))
};
var ID47 = "tool-versions";
var TOOLS = {
  kubeone: { installer: "kubeone", label: "KubeOne" }
};
function toolVersionFacts(text) {
  const out = [];
  text.split("\n").forEach((line, i) => {
    const body = line.replace(/\s#.*$/, "");
    const m = /^(\s*)(\S+)(\s+)(\S+)/.exec(body);
    if (!m || m[2].startsWith("#")) return;
    const tool = TOOLS[m[2]];
    const value = (0, import_chunk_600CC4602.normalizeVersion)(m[4]);
    if (!tool || value === void 0) return;
    const word = { text: m[4], line: i + 1, column: m[1].length + m[2].length + m[3].length + 1 };
    out.push(textFactAt(word, "installer.release", value, { key: tool.installer, note: `the ${tool.label} release .tool-versions pins (asdf)` }));
  });
  return out;
}
var toolVersions = {
  id: ID47,
  description: "asdf's .tool-versions: the kubeone line (the KubeOne release that applies the repository's KubeOne manifests)",
  input: "text",
  paths: /(^|\/)\.tool-versions$/,
  triggers: Object.keys(TOOLS),
  extract: (file) => toFacts(ID47, file.path, toolVersionFacts(file.text))
};
var ID48 = "kubespray-git-task";
var GIT_MODULES = /* @__PURE__ */ new Set(["git", "ansible.builtin.git", "ansible.legacy.git"]);
function taskFacts(d, args) {
  const repoNode = get(d, args, "repo");
  if (!repoNode || !KUBESPRAY_SOURCE.test(str(d, repoNode)?.trim() ?? "")) return [];
  return [
    factAt(ID48, d, repoNode, "installer.name", "kubespray", { note: "Kubespray checked out by an Ansible git task" }),
    releaseFact(ID48, d, get(d, args, "version"), repoNode, "the git task version")
  ];
}
var kubesprayGitTask = {
  id: ID48,
  description: "Ansible git tasks (git, ansible.builtin.git) cloning Kubespray: the installer, and its version (tag, or release-2.NN branch) as the release",
  triggers: ["kubespray"],
  extract(d) {
    return moduleArgs(d.doc.contents, GIT_MODULES).flatMap((args) => taskFacts(d, args));
  }
};
var import_yaml25 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID49 = "ansible-command-tasks";
var fqcn = (names) => names.flatMap((m) => [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`]);
var COMMANDS = new Set(fqcn(["command", "shell", "raw"]));
var DOWNLOADS = new Set(fqcn(["get_url"]));
var LEFT_TO_OTHERS = /* @__PURE__ */ new Set(["k3s", "rke2", "kubespray", "kubeasz", "kubean"]);
function othersLine(hits) {
  return hits.some((f) => (f.name === "installer.name" || f.name === "installer.release") && LEFT_TO_OTHERS.has(f.key ?? f.value));
}
var resolvable = (f) => !(f.unresolved && f.value.includes("/") && f.value.includes("{{"));
function commandNodes(d, value) {
  if ((0, import_yaml25.isScalar)(value)) return [value];
  if (!(0, import_yaml25.isMap)(value)) return [];
  const cmd = get(d, value, "cmd");
  if ((0, import_yaml25.isScalar)(cmd)) return [cmd];
  return [];
}
function textFacts2(d, node) {
  const text = str(d, node);
  if (text === void 0 || !SHELL_TRIGGERS.some((t) => text.includes(t))) return [];
  const hits = templatedShellTextFacts(text).map(
    (f) => f.note?.endsWith(" in a script") ? { ...f, note: `${f.note.slice(0, -" in a script".length)} in an Ansible task` } : f
  );
  if (othersLine(hits)) return [];
  return toFacts(ID49, d.file, hits.filter(resolvable), scalarTextMapper(d, node)).map((f) => ({ ...f, renderedBy: "ansible" }));
}
var ansibleCommandTasks = {
  id: ID49,
  description: "Ansible command / shell / raw tasks and get_url downloads read as shell (kubeadm init and its --kubernetes-version, Calico manifest URLs, helm install of tigera-operator), {{ var }} resolved from the inventory",
  triggers: SHELL_TRIGGERS,
  extract(d) {
    const root = d.doc.contents;
    if (!(0, import_yaml25.isSeq)(root)) return [];
    const facts = [];
    for (const args of moduleArgsOrText(d, root)) for (const n of commandNodes(d, args)) facts.push(...textFacts2(d, n));
    for (const args of moduleArgs(root, DOWNLOADS)) {
      const url = get(d, args, "url");
      if ((0, import_yaml25.isScalar)(url)) facts.push(...textFacts2(d, url));
    }
    return facts;
  }
};
function moduleArgsOrText(d, root) {
  const out = [];
  const walk = (node, depth) => {
    if (depth > 12) return;
    if ((0, import_yaml25.isSeq)(node)) for (const item of node.items) walk(item, depth + 1);
    if (!(0, import_yaml25.isMap)(node)) return;
    for (const pair2 of node.items) {
      const key2 = (0, import_yaml25.isScalar)(pair2.key) ? pair2.key.value : void 0;
      if (typeof key2 === "string" && COMMANDS.has(key2) && ((0, import_yaml25.isScalar)(pair2.value) || (0, import_yaml25.isMap)(pair2.value))) out.push(pair2.value);
      else walk(pair2.value, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}
var import_yaml26 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID50 = "ansible-kubeadm-package";
var MODULES = new Set(["apt", "yum", "dnf", "package", "zypper"].flatMap((m) => [m, `ansible.builtin.${m}`, `community.general.${m}`]));
var PIN = /^kubeadm[=-](.+)$/;
var REF = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function packages(d, args) {
  const name = get(d, args, "name") ?? get(d, args, "pkg");
  if ((0, import_yaml26.isSeq)(name)) return name.items.filter((n) => (0, import_yaml26.isScalar)(n));
  return (0, import_yaml26.isScalar)(name) ? [name] : [];
}
function pinFact(d, node, vars) {
  const text = str(d, node)?.trim() ?? "";
  const written = text.split(",").map((s) => s.trim()).find((s) => PIN.test(s));
  const m = written ? PIN.exec(written) : void 0;
  if (!m?.[1]) return void 0;
  const used = [];
  let failed = false;
  const version = m[1].replace(REF, (_all, name) => {
    const v = vars.get(name) ?? void 0;
    const value = v ? str(d, v)?.trim() : void 0;
    if (value === void 0 || value.includes("{{")) failed = true;
    else used.push(v);
    return value ?? "";
  });
  const minor = failed ? void 0 : kubeadmPinMinor(version);
  if (!minor) return void 0;
  const f = factAt(ID50, d, node, "kubernetes.version", minor, {
    origin: "default",
    raw: text,
    note: kubeadmPinNote(version, minor)
  });
  if (used.length > 0) {
    f.derivedFrom = used.map((v) => ({
      name: "kubernetes.version",
      value: minor,
      origin: "repository",
      place: placeOf(d, v),
      source: ID50,
      note: `the play's vars: ${str(d, v)}`
    }));
  }
  return f;
}
var ansibleKubeadmPackage = {
  id: ID50,
  description: "Ansible package tasks (apt, yum, dnf, package) pinning kubeadm (kubeadm=1.28.2-00, kubeadm-{{ v }} with v in the play's vars): the Kubernetes minor, as a default",
  triggers: ["kubeadm=", "kubeadm-1", "kubeadm-{{", "kubeadm-v1"],
  extract(d) {
    const calls = moduleArgs(d.doc.contents, MODULES);
    if (calls.length === 0) return [];
    const vars = fileVars(d);
    return calls.flatMap((args) => packages(d, args)).flatMap((n) => pinFact(d, n, vars) ?? []);
  }
};
var ID51 = "kubespray-ini-inventory";
var KUBEASZ_VARS = [
  { key: "PROXY_MODE", fact: "kubeProxy.mode", normalize: import_chunk_600CC4602.normalizeProxyMode }
];
var PLUGIN_KEYS = ["kube_network_plugin", "CLUSTER_NETWORK"];
var INI_INVENTORY_PATH = /(^|\/)(hosts|inventory)(\.(?!(ya?ml|json|md|txt|[jt]s|py|sh|go)$)[a-z][\w-]*)?$|\.ini$/;
function stripIniComment(rest) {
  for (let i = 1; i < rest.length; i++) {
    if ((rest[i] === "#" || rest[i] === ";") && /\s/.test(rest[i - 1])) {
      let start = i - 1;
      while (start > 0 && /\s/.test(rest[start - 1])) start--;
      return rest.slice(0, start);
    }
  }
  return rest;
}
function iniVars(text) {
  const out = [];
  let inVars = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const section = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (section) {
      inVars = /:vars$/.test(section[1] ?? "");
      return;
    }
    if (!inVars || /^\s*[#;]/.test(line)) return;
    const m = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*=\s*/.exec(line);
    if (!m) return;
    const start = (m[0] ?? "").length;
    let rest = line.slice(start);
    const q = /^(["'])(.*?)\1/.exec(rest);
    rest = q ? q[0] : stripIniComment(rest).trimEnd();
    out.push({ key: m[2] ?? "", value: q ? q[2] ?? "" : rest, line: i + 1, column: start + 1, endColumn: start + 1 + rest.length });
  });
  return out;
}
function iniInventoryFacts(file, text) {
  const vars = iniVars(text);
  const plugin = vars.find((v) => PLUGIN_KEYS.includes(v.key))?.value.trim();
  const calicoPossible = plugin === void 0 || (0, import_chunk_600CC4602.isPlaceholder)(plugin) || plugin.toLowerCase() === "calico";
  const table = [...KUBESPRAY_VARS, ...KUBEASZ_VARS];
  const facts = [];
  for (const v of vars) {
    const spec = table.find((t) => t.key === v.key);
    if (!spec || "calico" in spec && spec.calico && !calicoPossible) continue;
    const place = { file, line: v.line, column: v.column, endLine: v.line, endColumn: v.endColumn };
    const base = { name: spec.fact, origin: "repository", place, source: ID51 };
    const dflt = (0, import_chunk_600CC4602.envDefault)(v.value);
    if (dflt === void 0 && (0, import_chunk_600CC4602.isPlaceholder)(v.value)) {
      facts.push({ ...base, value: v.value, unresolved: true });
      continue;
    }
    const value = spec.normalize(dflt ?? v.value);
    if (value === void 0) continue;
    facts.push({ ...base, value, ...value === v.value ? {} : { raw: v.value }, note: dflt === void 0 ? `inventory ${v.key}` : `default of ${v.value}` });
  }
  return facts;
}
var kubesprayIniInventory = {
  id: ID51,
  description: "Kubespray and kubeasz variables in an Ansible INI inventory (`[all:vars]` key=value lines)",
  input: "text",
  paths: INI_INVENTORY_PATH,
  // Variables are read from `[...:vars]` sections only.
  triggers: [":vars]"],
  extract: (file) => iniInventoryFacts(file.path, file.text)
};
var ID52 = "system-upgrade-plan";
function distroOf(image) {
  const name = image ? parseImage(image)?.name : void 0;
  if (name === "k3s-upgrade") return { installer: "k3s", label: "k3s" };
  if (name === "rke2-upgrade") return { installer: "rke2", label: "RKE2" };
  return void 0;
}
var systemUpgradePlan = {
  id: ID52,
  description: "system-upgrade-controller Plan (upgrade.cattle.io): spec.version (k3s/RKE2 release) or spec.channel (unresolved; a minor channel gives the Kubernetes minor)",
  triggers: ["upgrade.cattle.io"],
  extract(d) {
    if (!isKind(d, "Plan", "upgrade.cattle.io/")) return [];
    const spec = get(d, d.doc.contents, "spec");
    const distro = distroOf(str(d, get(d, spec, "upgrade", "image")));
    if (!distro) return [];
    const facts = [];
    const versionNode2 = get(d, spec, "version");
    const version = yamlWord(d, versionNode2);
    const key2 = yamlWord(d, keyNode(spec, "version"));
    if (version?.text && key2) {
      facts.push(...releaseFacts3(distro.installer, distro.label, key2, version, "Plan spec.version"));
    } else {
      const channel = yamlWord(d, get(d, spec, "channel"));
      const channelKey = yamlWord(d, keyNode(spec, "channel"));
      if (channel?.text && channelKey) {
        const cut = channel.text.replace(/\/+$/, "").lastIndexOf("/") + 1;
        const name = { text: channel.text.replace(/\/+$/, "").slice(cut), line: channel.line, column: channel.column + cut };
        facts.push(...channelFacts(distro.installer, distro.label, channelKey, name, "Plan spec.channel"));
      }
    }
    return toFacts(ID52, d.file, facts);
  }
};
var import_yaml28 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var import_yaml27 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID53 = "talos-kube-proxy-config";
function talosMode(raw) {
  return raw.trim() === "" ? void 0 : (0, import_chunk_600CC4602.normalizeProxyMode)(raw);
}
var talosKubeProxyConfig = {
  id: ID53,
  description: "Talos KubeProxyConfig documents (Talos v1.14+): enabled, mode, config.mode, image",
  triggers: [],
  kinds: ["KubeProxyConfig"],
  extract(d) {
    if (!isKind(d, "KubeProxyConfig", "v1alpha1")) return [];
    const root = d.doc.contents;
    const facts = [factAt(ID53, d, get(d, root, "kind"), "installer.name", "talos", { note: "Talos KubeProxyConfig document (Talos v1.14 or later)" })];
    const enabled = get(d, root, "enabled");
    if (str(d, enabled)?.trim() === "false") {
      facts.push(factAt(ID53, d, enabled, "kubeProxy.disabled", "true", { note: "Talos KubeProxyConfig enabled: false: kube-proxy is not deployed" }));
      return facts;
    }
    const extraMode = get(d, root, "extraArgs", "proxy-mode");
    if (extraMode !== void 0) {
      facts.push({
        ...factAt(ID53, d, extraMode, "kubeProxy.mode", str(d, extraMode) ?? d.text.slice(extraMode.range?.[0] ?? 0, extraMode.range?.[1] ?? 0), {
          note: "Talos KubeProxyConfig extraArgs proxy-mode beside the config file: which mode kube-proxy runs is not decided here"
        }),
        unresolved: true
      });
    }
    const configMode = get(d, root, "config", "mode");
    const mode = extraMode !== void 0 ? void 0 : str(d, configMode) !== void 0 ? factFromNode(ID53, d, configMode, "kubeProxy.mode", import_chunk_600CC4602.normalizeProxyMode, { note: "Talos KubeProxyConfig config.mode (wins over mode)" }) : factFromNode(ID53, d, get(d, root, "mode"), "kubeProxy.mode", talosMode, { note: "Talos KubeProxyConfig mode" });
    if (mode) facts.push(mode);
    const imageNode = get(d, root, "image");
    const imageRaw = str(d, imageNode);
    const image = imageRaw === void 0 ? void 0 : parseImage(imageRaw);
    if (image && imageRaw !== void 0 && isKubeProxyImage(image)) facts.push(...kubeProxyImageFacts(ID53, d, imageNode, image, imageRaw));
    return facts;
  }
};
var ID54 = "talos-machine-config";
function isMachineConfig(d, root) {
  if (!(0, import_yaml27.isMap)(root) || get(d, root, "kind") !== void 0 || get(d, root, "apiVersion") !== void 0) return false;
  const machine = get(d, root, "machine");
  const cluster = get(d, root, "cluster");
  if (!(0, import_yaml27.isMap)(machine) && !(0, import_yaml27.isMap)(cluster)) return false;
  if (str(d, get(d, root, "version")) === "v1alpha1") return true;
  const keys = root.items.map((p) => String(p.key?.value ?? ""));
  return keys.every((k) => k === "machine" || k === "cluster") && (get(d, machine, "install") !== void 0 || get(d, cluster, "proxy") !== void 0 || get(d, cluster, "network") !== void 0);
}
function definesCluster(d, root) {
  const type = str(d, get(d, root, "machine", "type"));
  return type !== "worker" && type !== "join";
}
function withIdentity(d, root, def) {
  const endpoint = str(d, get(d, root, "cluster", "controlPlane", "endpoint"))?.trim();
  const name = str(d, get(d, root, "cluster", "clusterName"))?.trim() ?? "";
  if (!endpoint || (0, import_chunk_600CC4602.isPlaceholder)(endpoint) || (0, import_chunk_600CC4602.isPlaceholder)(name)) return def;
  return { ...def, identity: `Talos endpoint ${endpoint}${name ? `, clusterName ${name}` : ""}` };
}
function talosConfigFacts(source, d, root) {
  const facts = [];
  const installNode = get(d, root, "machine", "install", "image");
  const installRaw = str(d, installNode);
  const img = installRaw === void 0 ? void 0 : parseImage(installRaw);
  if (img && img.name !== "installer" && !img.path.includes("installer/")) {
  } else if (img?.tag) {
    facts.push(factAt(source, d, installNode, "installer.name", "talos", { note: "Talos machine.install.image" }));
    const tag = imageTagWord(d, installNode, img.tag);
    if (tag) {
      const f = textFactFromWord(tag, "installer.release", import_chunk_600CC4602.normalizeVersion, { key: "talos", note: `the installer image ${installRaw}` });
      if (f) facts.push(...toFacts(source, d.file, [f]));
    }
  }
  const proxy = get(d, root, "cluster", "proxy");
  const disabled = get(d, proxy, "disabled");
  if (str(d, disabled)?.trim() === "true") {
    facts.push(factAt(source, d, disabled, "kubeProxy.disabled", "true", { note: "Talos cluster.proxy.disabled: kube-proxy is not deployed" }));
  }
  const extraMode = get(d, proxy, "extraArgs", "proxy-mode");
  const mode = str(d, extraMode) !== void 0 ? extraMode : get(d, proxy, "mode");
  const modeRaw = str(d, mode);
  if (modeRaw !== void 0) {
    const note = mode === extraMode ? "Talos cluster.proxy.extraArgs proxy-mode (overrides cluster.proxy.mode)" : "Talos cluster.proxy.mode";
    const f = factFromRaw(source, d, mode, "kubeProxy.mode", modeRaw, talosMode, { note });
    if (f) facts.push(f);
  }
  const proxyImageNode = get(d, proxy, "image");
  const proxyImageRaw = str(d, proxyImageNode);
  const proxyImage = proxyImageRaw === void 0 ? void 0 : parseImage(proxyImageRaw);
  if (proxyImage && proxyImageRaw) facts.push(...kubeProxyImageFacts(source, d, proxyImageNode, proxyImage, proxyImageRaw));
  const cni = get(d, root, "cluster", "network", "cni");
  for (const u of items(d, get(d, cni, "urls"))) {
    const w = yamlWord(d, u);
    if (w)
      facts.push(
        ...toFacts(
          source,
          d.file,
          shellTextFacts(w.text).map((f) => ({ ...f, line: w.line, column: w.column + f.column - 1 }))
        )
      );
  }
  return facts;
}
var talosMachineConfig = {
  id: ID54,
  description: "Talos machine configs and patches: machine.install.image (Talos release), cluster.proxy.disabled / mode / image, cluster.network.cni.urls",
  // Specific enough that other YAML with a `cluster:` key is never parsed for this extractor.
  triggers: ["version: v1alpha1", "siderolabs/installer", "factory.talos.dev"],
  extract(d) {
    const root = d.doc.contents;
    if (!root || !isMachineConfig(d, root)) return [];
    const facts = talosConfigFacts(ID54, d, root);
    const version = get(d, root, "version");
    if (str(d, version) === "v1alpha1" && !facts.some((f) => f.name === "installer.name")) {
      facts.unshift(factAt(ID54, d, keyNode(root, "machine") ?? version, "installer.name", "talos", { note: "Talos machine config (version: v1alpha1)" }));
    }
    const endpoint = get(d, root, "cluster", "controlPlane", "endpoint");
    if (endpoint !== void 0 && definesCluster(d, root))
      facts.unshift(withIdentity(d, root, clusterDefinitionFact(ID54, d, endpoint, "Talos control-plane config")));
    return facts;
  }
};
var ID55 = "talhelper-config";
function patchFacts2(d, list) {
  return items(d, list).flatMap((p) => {
    if ((0, import_yaml28.isMap)(p)) return talosConfigFacts(ID55, d, p);
    const text = str(d, p);
    if (!text || text.trim().startsWith("@")) return [];
    return parseEmbedded(d, p).flatMap((inner) => inner.doc.contents ? talosConfigFacts(ID55, inner, inner.doc.contents) : []);
  });
}
var talhelperConfig = {
  id: ID55,
  description: "talhelper talconfig.yaml: talosVersion, kubernetesVersion, kube-proxy settings in inline patches",
  triggers: ["talosVersion", "kubernetesVersion"],
  extract(d) {
    const root = d.doc.contents;
    if (!(0, import_yaml28.isMap)(root) || get(d, root, "kind") !== void 0 || !(get(d, root, "talosVersion") !== void 0 || get(d, root, "clusterName") !== void 0 && get(d, root, "nodes") !== void 0))
      return [];
    const facts = [
      factAt(ID55, d, keyNode(root, "talosVersion") ?? keyNode(root, "clusterName"), "installer.name", "talos", { note: "talhelper talconfig.yaml" })
    ];
    const release = factFromNode(ID55, d, get(d, root, "talosVersion"), "installer.release", import_chunk_600CC4602.normalizeVersion, { note: "talhelper talosVersion" });
    if (release) facts.push({ ...release, key: "talos" });
    const k8s = factFromNode(ID55, d, get(d, root, "kubernetesVersion"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "talhelper kubernetesVersion" });
    if (k8s) facts.push(k8s);
    facts.push(
      ...patchFacts2(d, get(d, root, "patches")),
      ...patchFacts2(d, get(d, root, "controlPlane", "patches")),
      ...patchFacts2(d, get(d, root, "worker", "patches"))
    );
    for (const node of items(d, get(d, root, "nodes"))) facts.push(...patchFacts2(d, get(d, node, "patches")));
    return facts;
  }
};
var import_yaml29 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID56 = "renovate-talos-versions";
var DEPS = {
  "siderolabs/talos": "talos",
  "ghcr.io/siderolabs/installer": "talos",
  "ghcr.io/siderolabs/kubelet": "kubernetes"
};
function renovateDepAbove(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  if (lineStart === 0) return void 0;
  const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  const prev = text.slice(prevStart, lineStart - 1).trim();
  if (!prev.startsWith("#")) return void 0;
  const at = prev.indexOf("renovate:");
  if (at < 0) return void 0;
  for (const word of prev.slice(at).split(/\s+/)) if (word.startsWith("depName=")) return word.slice("depName=".length);
  return void 0;
}
var renovateTalosVersions = {
  id: ID56,
  description: "Renovate-annotated versions (# renovate: depName=siderolabs/talos, ghcr.io/siderolabs/installer, ghcr.io/siderolabs/kubelet): Talos release, Kubernetes version",
  triggers: Object.keys(DEPS).map((d) => `depName=${d}`),
  extract(d) {
    const facts = [];
    visitMaps(d, (map) => {
      for (const pair2 of map.items) {
        const key2 = pair2.key;
        if (!(0, import_yaml29.isScalar)(key2) || !key2.range || !(0, import_yaml29.isScalar)(pair2.value)) continue;
        const dep = renovateDepAbove(d.text, key2.range[0]);
        const what = dep === void 0 ? void 0 : DEPS[dep];
        if (!what) continue;
        const note = `Renovate tracks ${dep} here`;
        if (what === "talos") {
          facts.push(factAt(ID56, d, key2, "installer.name", "talos", { note }));
          const f = factFromNode(ID56, d, pair2.value, "installer.release", import_chunk_600CC4602.normalizeVersion, { note: `${note}: the Talos release` });
          if (f) facts.push({ ...f, key: "talos" });
        } else {
          const f = factFromNode(ID56, d, pair2.value, "kubernetes.version", import_chunk_600CC4602.normalizeVersion, {
            note: `${note}: Talos tags the kubelet with the Kubernetes release`
          });
          if (f) facts.push(f);
        }
      }
    });
    return facts;
  }
};
var ID57 = "talos-external-manifest";
var talosExternalManifest = {
  id: ID57,
  description: "Talos KubeExternalManifestConfig documents (Talos v1.14+): Calico manifests from a versioned url",
  triggers: [],
  kinds: ["KubeExternalManifestConfig"],
  extract(d) {
    if (!isKind(d, "KubeExternalManifestConfig", "v1alpha1")) return [];
    const root = d.doc.contents;
    const w = yamlWord(d, get(d, root, "url"));
    const hits = w ? shellTextFacts(w.text).map((f) => ({ ...f, line: w.line, column: w.column + f.column - 1 })) : [];
    if (hits.length === 0) return [];
    return [
      factAt(ID57, d, get(d, root, "kind"), "installer.name", "talos", { note: "Talos KubeExternalManifestConfig document (Talos v1.14 or later)" }),
      ...toFacts(ID57, d.file, hits)
    ];
  }
};
var ID58 = "talos-kubelet-config";
var talosKubeletConfig = {
  id: ID58,
  description: "Talos KubeletConfig documents (Talos v1.14+): the kubelet image tag as the Kubernetes version",
  triggers: [],
  kinds: ["KubeletConfig"],
  extract(d) {
    if (!isKind(d, "KubeletConfig", "v1alpha1")) return [];
    const root = d.doc.contents;
    const facts = [factAt(ID58, d, get(d, root, "kind"), "installer.name", "talos", { note: "Talos KubeletConfig document (Talos v1.14 or later)" })];
    const node = get(d, root, "image");
    const raw = str(d, node);
    const img = raw === void 0 ? void 0 : parseImage(raw);
    if (!img?.tag || img.name !== "kubelet" || (0, import_chunk_600CC4602.isPlaceholder)(img.tag)) return facts;
    const tag = imageTagWord(d, node, img.tag);
    if (!tag) return facts;
    const f = factFromRaw(ID58, d, node, "kubernetes.version", img.tag, import_chunk_600CC4602.normalizeVersion, { note: `Talos KubeletConfig image ${raw}: the Kubernetes release` });
    if (f?.place) f.place = { ...f.place, line: tag.line, column: tag.column, endLine: tag.line, endColumn: tag.column + tag.text.length };
    if (f) facts.push(f);
    return facts;
  }
};
var ID59 = "talos-machine-patch";
var TALOS_FOLDER_YAML = /(^|\/)[^/]*talos[^/]*\/(?:[^/]+\/)*[^/]+\.ya?ml(\.tpl|\.j2)?$/i;
var talosMachinePatch = {
  id: ID59,
  description: "Talos machine-config patches in a Talos folder (no version: v1alpha1): cluster.proxy.disabled / mode / image, machine.install.image, cluster.network.cni.urls",
  triggers: ["proxy:", "install:", "cni:"],
  paths: TALOS_FOLDER_YAML,
  extract(d) {
    const root = d.doc.contents;
    if (!root || !isMachineConfig(d, root) || str(d, get(d, root, "version")) === "v1alpha1") return [];
    return talosConfigFacts(ID59, d, root);
  }
};
var import_yaml30 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID60 = "kubespray-kubeasz-config";
function isKubeaszConfig(d) {
  const root = d.doc.contents;
  if (!(0, import_yaml30.isMap)(root) || get(d, root, "kind") !== void 0) return false;
  return ["K8S_VER", "calico_ver", "CALICO_NETWORKING_BACKEND"].some((k) => get(d, root, k) !== void 0);
}
function encapFacts(d, root) {
  const backendNode = get(d, root, "CALICO_NETWORKING_BACKEND");
  const backendRaw = str(d, backendNode)?.trim();
  const overlayNode = get(d, root, "CALICO_ENABLE_OVERLAY") ?? get(d, root, "CALICO_IPV4POOL_IPIP");
  const overlayRaw = str(d, overlayNode);
  if (overlayRaw === void 0 || backendRaw !== void 0 && (0, import_chunk_600CC4602.isPlaceholder)(backendRaw)) return [];
  const backend = (backendRaw ?? "bird").toLowerCase();
  const note = `kubeasz CALICO_NETWORKING_BACKEND ${backend}, overlay ${overlayRaw.trim()}`;
  const overlay = factFromRaw(ID60, d, overlayNode, backend === "vxlan" ? "calico.vxlanMode" : "calico.ipipMode", overlayRaw, import_chunk_600CC4602.normalizeEncapMode, { note });
  if (backend === "none") {
    return ["calico.ipipMode", "calico.vxlanMode"].map(
      (n) => factAt(ID60, d, backendNode, n, "Never", { note: "kubeasz CALICO_NETWORKING_BACKEND none: no encapsulation" })
    );
  }
  const other = factAt(ID60, d, backendNode ?? overlayNode, backend === "vxlan" ? "calico.ipipMode" : "calico.vxlanMode", "Never", { note });
  return overlay ? [overlay, other] : [other];
}
var kubesprayKubeaszConfig = {
  id: ID60,
  description: "kubeasz config.yml: K8S_VER, calico_ver, CALICO_NETWORKING_BACKEND with CALICO_ENABLE_OVERLAY (IPIP or VXLAN mode)",
  triggers: ["K8S_VER", "calico_ver", "CALICO_NETWORKING_BACKEND"],
  extract(d) {
    if (!isKubeaszConfig(d)) return [];
    const root = d.doc.contents;
    const at = get(d, root, "K8S_VER") ?? root;
    const facts = [
      clusterDefinitionFact(ID60, d, at, "kubeasz cluster config.yml"),
      installerNameFact(ID60, d, at, "kubeasz", "kubeasz cluster config.yml")
    ];
    for (const [key2, name] of [
      ["K8S_VER", "kubernetes.version"],
      ["calico_ver", "calico.version"]
    ]) {
      const f = factFromNode(ID60, d, get(d, root, key2), name, import_chunk_600CC4602.normalizeVersion, { note: `kubeasz ${key2}` });
      if (f) facts.push(f);
    }
    return [...facts, ...encapFacts(d, root)];
  }
};
var import_yaml31 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID61 = "kubekey-cluster";
function kubeProxyFacts3(d, k8s) {
  const facts = [];
  const disabled = get(d, k8s, "disableKubeProxy");
  if (str(d, disabled)?.trim() === "true") {
    facts.push(factAt(ID61, d, disabled, "kubeProxy.disabled", "true", { note: "KubeKey spec.kubernetes.disableKubeProxy: kube-proxy is not deployed" }));
  }
  if (embeddedDistribution(d, k8s)) return [...facts, ...argsMode(d, k8s)];
  const custom = get(d, k8s, "kubeProxyConfiguration", "mode");
  const [node, note] = str(d, custom) !== void 0 ? [custom, "KubeKey spec.kubernetes.kubeProxyConfiguration.mode (wins over proxyMode)"] : [get(d, k8s, "proxyMode"), "KubeKey spec.kubernetes.proxyMode"];
  const normalize = node === custom ? import_chunk_600CC4602.normalizeProxyMode : (s) => s.trim() === "" ? void 0 : (0, import_chunk_600CC4602.normalizeProxyMode)(s);
  const mode = factFromNode(ID61, d, node, "kubeProxy.mode", normalize, { note });
  if (mode) facts.push(mode);
  return facts;
}
function embeddedDistribution(d, k8s) {
  const type = str(d, get(d, k8s, "type"))?.trim().toLowerCase();
  return type === "k3s" || type === "k8e" || /-(k3s|k8e)$/i.test(str(d, get(d, k8s, "version"))?.trim() ?? "");
}
function argsMode(d, k8s) {
  const args = get(d, k8s, "kubeProxyArgs");
  if (!(0, import_yaml31.isSeq)(args)) return [];
  for (const item of args.items) {
    const m = /^\s*-{0,2}proxy-mode=(.*)$/.exec(str(d, item) ?? "");
    if (m?.[1] === void 0) continue;
    const f = factFromRaw(ID61, d, item, "kubeProxy.mode", m[1], import_chunk_600CC4602.normalizeProxyMode, { note: "KubeKey spec.kubernetes.kubeProxyArgs (k3s / k8e)" });
    return f ? [f] : [];
  }
  return [];
}
function calicoFacts3(d, network) {
  const plugin = str(d, get(d, network, "plugin"))?.trim().toLowerCase();
  if (plugin !== void 0 && plugin !== "" && plugin !== "calico") return [];
  const facts = [];
  for (const [key2, name] of [
    ["ipipMode", "calico.ipipMode"],
    ["vxlanMode", "calico.vxlanMode"]
  ]) {
    const f = factFromNode(ID61, d, get(d, network, "calico", key2), name, import_chunk_600CC4602.normalizeEncapMode, { note: `KubeKey spec.network.calico.${key2}` });
    if (f) facts.push(f);
  }
  return facts;
}
var kubekeyCluster = {
  id: ID61,
  description: "KubeKey Cluster (kubekey.kubesphere.io/v1alpha1, v1alpha2): spec.kubernetes.version, proxyMode, kubeProxyConfiguration.mode, disableKubeProxy, spec.network.plugin and calico.ipipMode / vxlanMode",
  triggers: ["kubekey.kubesphere.io/"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "Cluster", (api) => api === "kubekey.kubesphere.io/v1alpha1" || api === "kubekey.kubesphere.io/v1alpha2")) {
      const kind = get(d, o.node, "kind");
      const k8s = get(d, o.node, "spec", "kubernetes");
      const network = get(d, o.node, "spec", "network");
      facts.push(clusterDefinitionFact(ID61, d, kind, "KubeKey Cluster"));
      facts.push(installerNameFact(ID61, d, kind, "kubekey", "KubeKey Cluster"));
      const cni = cniFact(ID61, d, get(d, network, "plugin"), "KubeKey spec.network.plugin");
      if (cni) facts.push(cni);
      const v = factFromNode(ID61, d, get(d, k8s, "version"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: "KubeKey spec.kubernetes.version" });
      if (v) facts.push(v);
      facts.push(...kubeProxyFacts3(d, k8s), ...calicoFacts3(d, network));
    }
    return facts;
  }
};
var ID62 = "ci-kind-action";
var ACTIONS = [
  { uses: /^helm\/kind-action@/, image: "node_image" },
  { uses: /^container-tools\/kind-action@/, image: "node_image" },
  { uses: /^engineerd\/setup-kind@/, image: "image" }
];
function imageFact(d, node, input) {
  const raw = str(d, node);
  if (raw === void 0 || raw.trim() === "") return void 0;
  const note = `kind action input ${input} (every node's image)`;
  const version = nodeImageVersion(raw)?.version;
  if (version !== void 0) return { ...factAt(ID62, d, node, "kubernetes.version", version, { raw, note }), key: "kind" };
  return { ...factAt(ID62, d, node, "kubernetes.version", raw.trim(), { note: `${note}: no Kubernetes version read from it` }), key: "kind", unresolved: true };
}
var ciKindAction = {
  id: ID62,
  description: "GitHub workflow steps of helm/kind-action, container-tools/kind-action and engineerd/setup-kind: with.version (the kind release), with.node_image / image",
  paths: CI_FILE_PATH,
  triggers: ["kind-action@", "setup-kind@"],
  extract(d) {
    const facts = [];
    visitMaps(d, (map) => {
      const uses = get(d, map, "uses");
      const action = ACTIONS.find((a) => a.uses.test(str(d, uses)?.trim() ?? ""));
      if (!action || !uses) return;
      facts.push({ ...factAt(ID62, d, uses, "installer.name", "kind", { note: `the ${str(d, uses).trim()} step creates a kind cluster` }), key: "kind" });
      const inputs = get(d, map, "with");
      const release = installerReleaseFact(ID62, d, get(d, inputs, "version"), "kind", `${str(d, uses).trim()} with.version`);
      if (release) facts.push(release);
      const image = imageFact(d, get(d, inputs, action.image), action.image);
      const config = str(d, get(d, inputs, "config"))?.trim();
      const targets = config ? namedFiles(d.file, config).slice(0, 1) : [];
      if (image) facts.push(targets.length > 0 ? { ...image, overrides: { by: `${str(d, uses).trim()} ${action.image}`, targets } } : image);
    });
    return facts;
  }
};
var ID63 = "kind-script-config";
var HEREDOC = /<<(-?)[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;
function heredocBodies(text) {
  const out = [];
  let pos = 0;
  while (pos < text.length) {
    const eol = text.indexOf("\n", pos);
    const lineEnd2 = eol < 0 ? text.length : eol;
    const m = HEREDOC.exec(text.slice(pos, lineEnd2));
    pos = lineEnd2 + 1;
    if (!m?.[3]) continue;
    const start = pos;
    let end = -1;
    while (pos < text.length) {
      const e = text.indexOf("\n", pos);
      const le = e < 0 ? text.length : e;
      const line = text.slice(pos, le).replace(/\r$/, "");
      if ((m[1] === "-" ? line.replace(/^\t+/, "") : line).trim() === m[3]) {
        end = pos;
        pos = le + 1;
        break;
      }
      pos = le + 1;
    }
    if (end < 0) {
      pos = start;
      continue;
    }
    out.push({ start, end, stripTabs: m[1] === "-" });
  }
  return out;
}
function bodyOnly(text, b) {
  let body = text.slice(b.start, b.end);
  if (b.stripTabs) body = body.replace(/^\t+/gm, (t) => " ".repeat(t.length));
  return text.slice(0, b.start).replace(/[^\n]/g, " ") + body + text.slice(b.end).replace(/[^\n]/g, " ");
}
var kindScriptConfig = {
  id: ID63,
  description: "kind Cluster configs in a script heredoc (piped to kind create cluster, or written to a file), read as the kind-cluster extractor reads a file",
  input: "text",
  paths: INSTALL_SCRIPT_PATH,
  triggers: ["kind.x-k8s.io/", "kind.sigs.k8s.io/v1alpha3"],
  extract(file) {
    const facts = [];
    for (const b of heredocBodies(file.text)) {
      const body = file.text.slice(b.start, b.end);
      if (!body.includes("kind.x-k8s.io/") && !body.includes("kind.sigs.k8s.io/")) continue;
      const { docs } = parseFile(file.path, bodyOnly(file.text, b));
      facts.push(
        ...extractDocs([kindCluster, kubeProxyConfiguration, kubeadmClusterConfiguration], docs, () => {
        })
      );
    }
    return facts;
  }
};
var import_yaml32 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID64 = "kubeone-cluster";
function isKubeOneApi(api) {
  return !!api && (api.startsWith("kubeone.k8c.io/") || api === "kubeone.io/v1beta1" || api === "kubeone.io/v1alpha1");
}
function kubeProxyFacts4(d, kp) {
  const facts = [];
  const skip = get(d, kp, "skipInstallation");
  if (str(d, skip)?.trim().toLowerCase() === "true") {
    facts.push(factAt(ID64, d, skip, "kubeProxy.disabled", "true", { note: "KubeOne clusterNetwork.kubeProxy.skipInstallation: kube-proxy is not deployed" }));
  }
  for (const mode of ["ipvs", "iptables"]) {
    if (!(0, import_yaml32.isMap)(get(d, kp, mode))) continue;
    facts.push(factAt(ID64, d, keyNode(kp, mode), "kubeProxy.mode", mode, { note: `KubeOne clusterNetwork.kubeProxy.${mode}` }));
    break;
  }
  return facts;
}
var CNI_KEYS = { canal: "canal", cilium: "cilium", weaveNet: "weavenet", external: "external" };
function cniFacts(d, cni) {
  const provider = cniFact(ID64, d, get(d, cni, "provider"), "KubeOne clusterNetwork.cni.provider");
  if (provider) return [provider];
  for (const [key2] of entries(d, cni)) {
    const value = CNI_KEYS[key2];
    if (value === void 0 || !(0, import_yaml32.isMap)(get(d, cni, key2))) continue;
    return [factAt(ID64, d, keyNode(cni, key2), "cluster.cni", value, { note: `KubeOne clusterNetwork.cni.${key2}` })];
  }
  return [];
}
var kubeoneCluster = {
  id: ID64,
  description: "KubeOne KubeOneCluster (kubeone.k8c.io/v1beta2, v1beta3; kubeone.io/v1beta1, v1alpha1): versions.kubernetes, clusterNetwork.kubeProxy (ipvs, iptables, skipInstallation), clusterNetwork.cni (canal, cilium, weaveNet, external)",
  triggers: ["KubeOneCluster"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "KubeOneCluster", isKubeOneApi)) {
      const kind = get(d, o.node, "kind");
      facts.push(clusterDefinitionFact(ID64, d, kind, "KubeOne KubeOneCluster"), installerNameFact(ID64, d, kind, "kubeone", "KubeOne KubeOneCluster"));
      const v = factFromNode(ID64, d, get(d, o.node, "versions", "kubernetes"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, {
        note: "KubeOne versions.kubernetes"
      });
      if (v) facts.push(v);
      const network = get(d, o.node, "clusterNetwork");
      facts.push(...cniFacts(d, get(d, network, "cni")), ...kubeProxyFacts4(d, get(d, network, "kubeProxy")));
    }
    return facts;
  }
};
var ID65 = "node-list";
function kernelValue(raw) {
  const s = raw.trim().replace(/\s+\((amd64|arm64|[a-z0-9_]+)\)$/, "");
  return /^\d+\.\d+/.test(s) ? s : void 0;
}
var nodeList = {
  id: ID65,
  description: "kubectl get nodes -o yaml/json: per Linux node, status.nodeInfo kernelVersion, osImage, kubeletVersion (kubeProxyVersion, which the kubelet writes, only in its place)",
  triggers: ["nodeInfo"],
  extract(d) {
    const facts = [];
    for (const o of objectsOfKind(d, "Node", "v1")) {
      const info = get(d, o.node, "status", "nodeInfo");
      if (str(d, get(d, info, "operatingSystem"))?.trim().toLowerCase() === "windows")
        continue;
      const who = `node ${o.name ?? "(unnamed)"}`;
      let kubelet = factFromNode(ID65, d, get(d, info, "kubeletVersion"), "kubernetes.version", import_chunk_600CC4602.normalizeVersion, { note: `${who} kubeletVersion` });
      if (!kubelet) {
        const proxyNode = get(d, info, "kubeProxyVersion");
        const proxyRaw = str(d, proxyNode)?.trim();
        if (proxyRaw && !/^v?0\.0\.0$/.test(proxyRaw)) {
          kubelet = factFromRaw(ID65, d, proxyNode, "kubernetes.version", proxyRaw, import_chunk_600CC4602.normalizeVersion, {
            note: `${who} kubeProxyVersion, which the kubelet writes with its own version: the cluster version, not kube-proxy's`
          });
        }
      }
      if (kubelet) facts.push(kubelet);
      const kernelNode = get(d, info, "kernelVersion");
      const kernelRaw = str(d, kernelNode);
      const kernel = kernelRaw === void 0 ? void 0 : kernelValue(kernelRaw);
      if (kernel && kernelRaw !== void 0) facts.push(factAt(ID65, d, kernelNode, "node.kernel", kernel, { raw: kernelRaw, note: `${who} running kernel` }));
      const osNode = get(d, info, "osImage");
      const osRaw = str(d, osNode);
      const os = osRaw === void 0 ? void 0 : osImageFact(ID65, d, osNode, osRaw, "os-release", { k8sMinor: (0, import_chunk_600CC460.kubernetesMinor)(kubelet?.value) });
      if (os?.decode?.as === "os-image") facts.push({ ...os, decode: { ...os.decode, label: who } });
      else if (os) facts.push({ ...os, note: `${who}: ${os.note ?? osRaw}` });
    }
    return facts;
  }
};
var ID66 = "rke-chart-versions";
var rkeChartVersions = {
  id: ID66,
  description: "RKE2 charts/chart_versions.yaml: the bundled rke2-calico chart version decoded to its Calico version (a default)",
  triggers: ["rke2-calico"],
  extract(d) {
    const facts = [];
    for (const chart of items(d, get(d, d.doc.contents, "charts"))) {
      const file = /(?:^|\/)(rke2-calico)\.yaml$/.exec(str(d, get(d, chart, "filename"))?.trim() ?? "");
      const node = get(d, chart, "version");
      const raw = str(d, node);
      if (!file?.[1] || raw === void 0 || (0, import_chunk_600CC4602.isPlaceholder)(raw)) continue;
      if (!(0, import_chunk_600CC460.isCalicoChartVersion)(file[1], raw)) continue;
      const f = factAt(ID66, d, node, "calico.version", raw, { origin: "default" });
      facts.push({ ...f, decode: { as: "calico-chart", chart: file[1], form: "rke" } });
    }
    return facts;
  }
};
var import_yaml33 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID67 = "rke-cluster-yml";
function isRkeCluster(d) {
  if (!isPlainMapping(d)) return false;
  const root = d.doc.contents;
  if (get(d, root, "system_images") !== void 0 || get(d, root, "services", "kubeproxy") !== void 0) return true;
  if ((0, import_yaml33.isSeq)(get(d, root, "nodes"))) return true;
  const version = str(d, get(d, root, "kubernetes_version"));
  return version !== void 0 && RANCHER_SUFFIX.test(version);
}
var RANCHER_SUFFIX = /-rancher\d/;
function rkeSectionsOf(d, root) {
  const at = (key2) => ({ d, node: get(d, root, key2) });
  return { root: { d, node: root }, version: at("kubernetes_version"), services: at("services"), network: at("network"), images: at("system_images") };
}
function versionFacts2(source, s, label) {
  const facts = [];
  const raw = s.version && str(s.version.d, s.version.node);
  const v = raw === void 0 || raw.trim() === "" ? void 0 : factFromRaw(source, s.version.d, s.version.node, "kubernetes.version", raw, import_chunk_600CC4602.normalizeVersion, { note: `${label} kubernetes_version` });
  if (v) facts.push(v);
  const imageNode = s.images && get(s.images.d, s.images.node, "kubernetes");
  const imageRaw = s.images && str(s.images.d, imageNode);
  const image = imageRaw === void 0 ? void 0 : parseImage(imageRaw);
  if (s.images && image && imageRaw !== void 0) {
    const f = imageVersionFact(source, s.images.d, imageNode, "kubernetes.version", image, imageRaw);
    if (f) facts.push({ ...f, note: `${label} system_images.kubernetes (the hyperkube image every component runs)` });
  }
  return facts;
}
function proxyFacts(source, s, label) {
  if (!s.services) return [];
  const { d } = s.services;
  const kp = get(d, s.services.node, "kubeproxy");
  if (kp === void 0) return [];
  const f = factFromNode(source, d, get(d, kp, "extra_args", "proxy-mode"), "kubeProxy.mode", import_chunk_600CC4602.normalizeProxyMode, {
    note: `${label} services.kubeproxy.extra_args`
  });
  return [f ?? factAt(source, d, kp, "kubeProxy.mode", "iptables", { origin: "default", note: "RKE kube-proxy without proxy-mode runs in iptables mode" })];
}
function calicoFacts4(source, s, label) {
  const pluginNode = s.network && get(s.network.d, s.network.node, "plugin");
  const plugin = (s.network && str(s.network.d, pluginNode))?.trim().toLowerCase() || "canal";
  if (plugin !== "calico" && plugin !== "canal") return [];
  const facts = [];
  const imageNode = s.images && get(s.images.d, s.images.node, `${plugin}_node`);
  const imageRaw = s.images && str(s.images.d, imageNode);
  const image = imageRaw === void 0 ? void 0 : parseImage(imageRaw);
  if (s.images && image && imageRaw !== void 0) {
    const f = imageVersionFact(source, s.images.d, imageNode, "calico.version", image, imageRaw);
    if (f) facts.push({ ...f, note: `${label} system_images.${plugin}_node (network.plugin ${plugin})` });
  }
  const at = pluginNode ? { d: s.network.d, node: pluginNode } : s.network?.node ? s.network : s.root;
  facts.push(
    factAt(source, at.d, at.node, "calico.dataplane", "Iptables", {
      origin: "default",
      note: `RKE network.plugin ${plugin}: calico-node in its iptables dataplane`
    })
  );
  if (plugin === "canal") {
    for (const name of ["calico.ipipMode", "calico.vxlanMode"]) {
      facts.push(
        factAt(source, at.d, at.node, name, "Never", { origin: "default", note: "canal: flannel carries pod traffic, Calico pools are not encapsulated" })
      );
    }
  }
  return facts;
}
function rkeConfigFacts(source, s, label) {
  const release = s.version && installerReleaseFact(source, s.version.d, s.version.node, "rke1", `${label} kubernetes_version`);
  const pluginNode = s.network && get(s.network.d, s.network.node, "plugin");
  const cni = s.network && cniFact(source, s.network.d, pluginNode, `${label} network.plugin`);
  return [
    ...[release, cni].filter((f) => f !== void 0),
    ...versionFacts2(source, s, label),
    ...proxyFacts(source, s, label),
    ...calicoFacts4(source, s, label)
  ];
}
var rkeClusterYml = {
  id: ID67,
  description: "RKE1 cluster.yml: kubernetes_version (or the system_images hyperkube tag), services.kubeproxy.extra_args.proxy-mode, network.plugin calico/canal with its calico-node system image",
  triggers: ["kubernetes_version", "system_images", "kubeproxy"],
  extract(d) {
    if (!isRkeCluster(d)) return [];
    const root = d.doc.contents;
    const s = rkeSectionsOf(d, root);
    const at = s.version?.node ?? root;
    return [clusterDefinitionFact(ID67, d, at, "RKE cluster.yml"), installerNameFact(ID67, d, at, "rke1", "RKE cluster.yml"), ...rkeConfigFacts(ID67, s, "RKE")];
  }
};
var ID68 = "rke-rke2-config";
var CONFIG_KEYS = /* @__PURE__ */ new Set([
  "kube-proxy-arg",
  "disable-kube-proxy",
  "cni",
  "token",
  "server",
  "tls-san",
  "node-name",
  "node-ip",
  "node-label",
  "node-taint",
  "write-kubeconfig-mode",
  "cluster-cidr",
  "service-cidr",
  "disable",
  "kubelet-arg",
  "kube-apiserver-arg",
  "profile",
  "selinux",
  "flannel-backend",
  "disable-network-policy",
  "cluster-init",
  "etcd-expose-metrics"
]);
function isRke2Config(d) {
  if (!isPlainMapping(d)) return false;
  const keys = entries(d, d.doc.contents).map(([k]) => k);
  const known2 = keys.filter((k) => CONFIG_KEYS.has(k));
  return known2.some((k) => k === "kube-proxy-arg" || k === "disable-kube-proxy") || keys.includes("cni") && known2.length >= 2;
}
function flagValues2(d, node) {
  const list = items(d, node);
  return list.length > 0 ? list : node && str(d, node) !== void 0 ? [node] : [];
}
function argValue(d, node, name) {
  let found;
  for (const arg of flagValues2(d, node)) {
    const text = (str(d, arg) ?? "").trim().replace(/^--/, "");
    if (text.startsWith(`${name}=`)) found = { node: arg, value: text.slice(name.length + 1) };
  }
  return found;
}
function gateAndPluginFacts(d, root, source = ID68) {
  const facts = [];
  const gates = argValue(d, get(d, root, "kube-proxy-arg"), "feature-gates");
  const g = gates && nameListFact(source, d, gates.node, "kubeProxy.featureGates", gates.value, { note: "RKE2/k3s kube-proxy-arg feature-gates" });
  if (g) facts.push(g);
  const apiArgs = get(d, root, "kube-apiserver-arg");
  const plugins = argValue(d, apiArgs, "enable-admission-plugins");
  const p = plugins && nameListFact(source, d, plugins.node, "apiserver.admissionPlugins", plugins.value, { note: "RKE2/k3s kube-apiserver-arg enable-admission-plugins" });
  if (p) facts.push(p);
  else if (!plugins && isServerConfig(d, root)) {
    facts.push(
      factAt(source, d, apiArgs ?? root, "apiserver.admissionPlugins", "defaults only", {
        origin: "default",
        note: "RKE2/k3s server config without kube-apiserver-arg enable-admission-plugins: the defaults, which do not include DenyServiceExternalIPs"
      })
    );
  }
  return facts;
}
function isServerConfig(d, root) {
  const keys = entries(d, root).map(([k]) => k);
  if (keys.includes("profile")) return false;
  return keys.some((k) => ["cluster-init", "kube-apiserver-arg", "tls-san", "cni", "disable", "cluster-cidr", "service-cidr"].includes(k));
}
function proxyFacts2(d, root, source = ID68) {
  const disabledNode = get(d, root, "disable-kube-proxy");
  if (str(d, disabledNode)?.trim() === "true") {
    return [factAt(source, d, disabledNode, "kubeProxy.disabled", "true", { note: "RKE2/k3s disable-kube-proxy: kube-proxy is not started" })];
  }
  const argsNode = get(d, root, "kube-proxy-arg");
  for (const arg of flagValues2(d, argsNode)) {
    const m = /^\s*(?:--)?proxy-mode=(.*)$/.exec(str(d, arg) ?? "");
    if (!m) continue;
    const f = factFromRaw(source, d, arg, "kubeProxy.mode", m[1] ?? "", import_chunk_600CC4602.normalizeProxyMode, { note: "RKE2/k3s kube-proxy-arg proxy-mode" });
    if (f) return [f];
  }
  return [
    factAt(source, d, argsNode ?? root, "kubeProxy.mode", "iptables", {
      origin: "default",
      note: "RKE2/k3s kube-proxy without proxy-mode runs in iptables mode"
    })
  ];
}
function calicoFacts5(d, root, source = ID68) {
  const cni = flagValues2(d, get(d, root, "cni")).find((n) => str(d, n)?.trim().toLowerCase() === "calico");
  return cni ? [factAt(source, d, cni, "calico.dataplane", "Iptables", { origin: "default", note: "RKE2 cni: calico, in the chart's default iptables dataplane" })] : [];
}
function installerFacts2(d, root) {
  const cniNode = get(d, root, "cni");
  const k3s = get(d, root, "flannel-backend") !== void 0 || /(^|[/_.-])k3s([/_.-]|$)/i.test(d.file) && cniNode === void 0;
  const rke2 = !k3s && (cniNode !== void 0 || /rke2/i.test(d.file));
  if (!k3s && !rke2) return [];
  const name = k3s ? "k3s" : "rke2";
  const facts = [installerNameFact(ID68, d, cniNode ?? root, name, k3s ? "k3s config.yaml" : "RKE2 config.yaml")];
  const cni = rke2 ? rke2CniFact(ID68, d, cniNode) : void 0;
  return cni ? [...facts, cni] : facts;
}
function rke2CniFact(source, d, cniNode) {
  const plugin = flagValues2(d, cniNode).find((n) => !/^\s*multus\s*$/i.test(str(d, n) ?? ""));
  return cniFact(source, d, plugin, "RKE2 cni");
}
function rke2ConfigFacts(source, d, root, installer) {
  const cni = installer === "rke2" ? rke2CniFact(source, d, get(d, root, "cni")) : void 0;
  return [...proxyFacts2(d, root, source), ...calicoFacts5(d, root, source), ...cni ? [cni] : [], ...gateAndPluginFacts(d, root, source)];
}
var rkeRke2Config = {
  id: ID68,
  description: "RKE2 / k3s config.yaml: kube-proxy-arg proxy-mode=\u2026 and feature-gates=\u2026, disable-kube-proxy, cni: calico, kube-apiserver-arg enable-admission-plugins=\u2026 (the defaults on a server config without it)",
  triggers: ["kube-proxy-arg", "disable-kube-proxy", "cni:"],
  extract(d) {
    if (!isRke2Config(d)) return [];
    const root = d.doc.contents;
    return [...proxyFacts2(d, root), ...calicoFacts5(d, root), ...installerFacts2(d, root), ...gateAndPluginFacts(d, root)];
  }
};
var ID69 = "terraform-aks";
var DEFAULT_SKU = (r) => known(r)?.toLowerCase() === "ubuntu";
function poolOs(scope, pool, what) {
  if (known(scope.attribute(pool, "os_type")?.r)?.toLowerCase() === "windows") return void 0;
  const sku = scope.attribute(pool, "os_sku");
  return sku && !DEFAULT_SKU(sku.r) ? hclOsFact(ID69, sku.attr.expr.place, sku.r, "image-type", {}, `${what} os_sku`) : void 0;
}
function calicoFacts6(scope, profile) {
  const policy = scope.attribute(profile, "network_policy");
  if (known(policy?.r)?.toLowerCase() !== "calico" || !policy) return [];
  const at = policy.attr.expr.place;
  const facts = [
    { name: "cluster.cni", value: "calico", origin: "repository", place: at, source: ID69, note: "AKS network_policy calico: Azure-managed Calico" }
  ];
  if (known(scope.attribute(profile, "network_plugin")?.r)?.toLowerCase() === "azure") {
    const note = "AKS network_plugin azure with network_policy calico: Calico enforces policy only, no IPIP or VXLAN";
    facts.push(defaultFact(ID69, "calico.ipipMode", "Never", at, note), defaultFact(ID69, "calico.vxlanMode", "Never", at, note));
  }
  return facts;
}
function proxyMode2(scope, holder, at) {
  const dataplane = holder ? known((scope.attribute(holder, "network_data_plane") ?? scope.attribute(holder, "ebpf_data_plane"))?.r)?.toLowerCase() : void 0;
  if (dataplane === "cilium") return [];
  return [
    defaultFact(
      ID69,
      "kubeProxy.mode",
      "iptables",
      at.place,
      "AKS runs kube-proxy in IPTABLES mode unless kubeProxyConfig says otherwise (configure-kube-proxy.md)"
    )
  ];
}
function clusterFacts(scope, b) {
  const facts = [clusterDefinition(ID69, scope, b, "Terraform resource"), installerFact(ID69, b, "aks", "azurerm_kubernetes_cluster")];
  const version = attrFact(ID69, scope, b, "kubernetes_version", "kubernetes.version", import_chunk_600CC4602.normalizeVersion, "azurerm_kubernetes_cluster kubernetes_version");
  if (version) facts.push(version);
  const profile = childBlocks(b, "network_profile")[0];
  facts.push(...proxyMode2(scope, profile, b));
  if (profile) facts.push(...calicoFacts6(scope, profile));
  for (const pool of childBlocks(b, "default_node_pool")) {
    const f = poolOs(scope, pool, "default_node_pool");
    if (f) facts.push(f);
  }
  return facts;
}
var AKS_MODULE = moduleSource("azure/aks/azurerm", "azure/terraform-azurerm-aks", "", "i");
function moduleFacts(scope, b) {
  const facts = [clusterDefinition(ID69, scope, b, "Terraform module"), installerFact(ID69, b, "aks", "Azure/aks/azurerm")];
  const version = attrFact(ID69, scope, b, "kubernetes_version", "kubernetes.version", import_chunk_600CC4602.normalizeVersion, "AKS module kubernetes_version");
  if (version) facts.push(version);
  facts.push(...proxyMode2(scope, b, b), ...calicoFacts6(scope, b));
  const own = poolOs(scope, b, "default node pool");
  if (own) facts.push(own);
  for (const pool of scope.entries(scope.attribute(b, "node_pools")?.r)) {
    if (known(scope.entry(pool.r, "os_type")?.r)?.toLowerCase() === "windows") continue;
    const sku = scope.entry(pool.r, "os_sku");
    const f = sku && !DEFAULT_SKU(sku.r) ? hclOsFact(ID69, sku.valuePlace, sku.r, "image-type", {}, `node pool ${pool.key} os_sku`) : void 0;
    if (f) facts.push(f);
  }
  return facts;
}
var terraformAks = {
  id: ID69,
  input: "hcl",
  paths: TF_CONFIG,
  blocks: ["module", "resource.azurerm_kubernetes_cluster"],
  description: "Terraform AKS: the Azure/aks/azurerm module and azurerm_kubernetes_cluster (kubernetes_version, network_profile network_policy calico \u2192 Azure-managed Calico per version, network_plugin, default_node_pool os_sku \u2192 node OS), azurerm_kubernetes_cluster_node_pool os_sku",
  triggers: ["azurerm_kubernetes_cluster", "Azure/aks/azurerm", "azure/aks/azurerm", "terraform-azurerm-aks"],
  extract(scope) {
    const facts = [];
    for (const b of blocksOf(scope.module, "module")) {
      const source = known(scope.attribute(b, "source")?.r);
      if (source !== void 0 && AKS_MODULE.test(source)) facts.push(...moduleFacts(scope, b));
    }
    for (const b of blocksOf(scope.module, "resource")) {
      if (b.labels[0] === "azurerm_kubernetes_cluster") facts.push(...clusterFacts(scope, b));
      else if (b.labels[0] === "azurerm_kubernetes_cluster_node_pool") {
        const f = poolOs(scope, b, `node pool ${b.labels[1] ?? ""}`.trim());
        if (f) facts.push(f);
      }
    }
    return facts;
  }
};
function setPath(name) {
  const steps = [];
  let cur = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "\\" && i + 1 < name.length) {
      cur += name[++i];
    } else if (c === ".") {
      if (cur) steps.push(cur);
      cur = "";
    } else if (c === "[") {
      const end = name.indexOf("]", i);
      const n = Number(name.slice(i + 1, end));
      if (end < 0 || !Number.isInteger(n) || n < 0 || n > 1e3) return void 0;
      if (cur) steps.push(cur);
      cur = "";
      steps.push(n);
      i = end;
    } else cur += c;
  }
  if (cur) steps.push(cur);
  return steps.length ? steps : void 0;
}
function setTree(sets, at) {
  const root = { kind: "map", entries: [], place: at };
  for (const s of sets) {
    const path = setPath(s.name);
    if (!path) continue;
    let node = root;
    path.forEach((step, i) => {
      const last = i === path.length - 1;
      const next = () => last ? s.value : typeof path[i + 1] === "number" ? { kind: "list", items: [], place: s.namePlace } : { kind: "map", entries: [], place: s.namePlace };
      if (node.kind === "map" && typeof step === "string") {
        let e = node.entries.find((x) => x.key === step);
        if (!e || last) {
          if (e) e.value = s.value;
          else node.entries.push(e = { key: step, keyPlace: s.namePlace, value: next() });
        }
        node = e.value;
      } else if (node.kind === "list" && typeof step === "number") {
        while (node.items.length <= step) node.items.push({ kind: "map", entries: [], place: s.namePlace });
        if (last) node.items[step] = s.value;
        else if (node.items[step].kind === "scalar") node.items[step] = next();
        node = node.items[step];
      }
    });
  }
  return root;
}
var import_yaml34 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
function heredocOf(e, r) {
  return e.kind === "heredoc" ? e : r.known && r.expr.kind === "heredoc" ? r.expr : void 0;
}
function moduleHeredocDocs(scope, file, h, parse) {
  return heredocDocs(scope.module.files.find((f) => f.path === h.place.file) ?? file, h, parse);
}
function heredocDocs(file, expr, parse = (path, text) => parseFile(path, text).docs) {
  const parsed = parse(file.path, expr.content);
  if (parsed.length === 0) return [];
  const outer = new LineIndex(file.text);
  const firstLine = expr.lineStarts.length ? outer.at(expr.lineStarts[0]).line : expr.place.line;
  return parsed.map((d) => {
    const inner = d.map;
    const mapped = {
      ...d,
      file: file.path,
      map: (offset) => {
        const { line, column } = inner(offset);
        const start = expr.lineStarts[line - 1];
        return start === void 0 ? { line: expr.place.line, column: expr.place.column } : outer.at(start + expr.strip + column - 1);
      },
      embeddedIn: expr.place
    };
    const cond = d.conditional;
    if (cond) mapped.conditional = (line) => cond(line - firstLine + 1);
    else delete mapped.conditional;
    return mapped;
  });
}
function treeOf(scope, e, depth = 0) {
  const r = scope.resolve(e);
  if (!r.known || depth > 32) return { kind: "scalar", yaml: JSON.stringify("${" + (r.known ? exprText(e) : r.text) + "}"), place: e.place };
  const v = r.expr;
  if (v.kind === "object") {
    return {
      kind: "map",
      entries: v.entries.filter((x) => x.key !== void 0).map((x) => ({ key: x.key, keyPlace: x.keyPlace, value: treeOf(scope, x.value, depth + 1) })),
      place: e.place
    };
  }
  if (v.kind === "tuple") return { kind: "list", items: v.items.map((i) => treeOf(scope, i, depth + 1)), place: e.place };
  if (v.kind === "null") return { kind: "scalar", yaml: "null", place: e.place };
  if (v.kind === "heredoc") return { kind: "scalar", yaml: JSON.stringify(v.content), place: e.place };
  if (v.kind === "string") return { kind: "scalar", yaml: JSON.stringify(v.value), place: e.place };
  return { kind: "scalar", yaml: scalarText(v) ?? '""', place: e.place };
}
function treeDoc(file, tree, at, wanted = () => true) {
  if (tree.kind === "scalar") return void 0;
  const marks = [];
  let out = "";
  const emit = (s, place) => {
    marks.push({ at: out.length, place });
    out += s;
  };
  const write = (t, indent) => {
    if (t.kind === "scalar") return emit(` ${t.yaml}
`, t.place);
    if (t.kind === "map" && t.entries.length === 0) return emit(" {}\n", t.place);
    if (t.kind === "list" && t.items.length === 0) return emit(" []\n", t.place);
    out += "\n";
    if (t.kind === "map") {
      for (const x of t.entries) {
        emit(`${indent}${JSON.stringify(x.key)}:`, x.keyPlace);
        write(x.value, `${indent}  `);
      }
    } else {
      for (const item of t.items) {
        emit(`${indent}-`, item.place);
        write(item, `${indent}  `);
      }
    }
  };
  write(tree, "");
  const text = out.slice(1);
  if (!wanted(text)) return void 0;
  const lc = new import_yaml34.LineCounter();
  const docs = parseYamlStream(text, lc);
  const doc = Array.isArray(docs) ? docs[0] : void 0;
  if (!doc || doc.errors.length > 0 || !doc.contents || (0, import_yaml34.isScalar)(doc.contents)) return void 0;
  const starts = marks.map((m) => m.at - 1);
  return {
    file: file.path,
    index: 0,
    doc,
    text,
    map: (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const p = marks[lo]?.place ?? at;
      return { line: p.line, column: p.column };
    },
    embeddedIn: at
  };
}
function projectedDoc(scope, file, expr, wanted) {
  return treeDoc(file, treeOf(scope, expr), expr.place, wanted);
}
var ID70 = "terraform-calico";
function resources(scope, type) {
  return scope.module.files.flatMap((file) => file.body.blocks.filter((b) => b.type === "resource" && b.labels[0] === type).map((b) => ({ file, b })));
}
function docsOf(scope, file, e, helpers, wanted) {
  const r = scope.resolve(e);
  const h = heredocOf(e, r);
  if (h) return wanted && !wanted(h.content) ? [] : moduleHeredocDocs(scope, file, h, (path, text) => helpers.parseYaml(path, text));
  if (r.known && r.expr.kind === "object") {
    const d = projectedDoc(scope, file, e, wanted);
    return d ? [d] : [];
  }
  if (e.kind === "call" && ["yamlencode", "jsonencode", "yamldecode", "jsondecode"].includes(e.name) && e.args[0])
    return docsOf(scope, file, e.args[0], helpers, wanted);
  if (e.kind === "call" && (e.name === "file" || e.name === "templatefile") && e.args[0]) return namedFileDocs(scope, e.args[0], helpers, wanted);
  return [];
}
function namedFileDocs(scope, arg, helpers, wanted) {
  const r = scope.resolve(arg);
  const rel = r.known ? scalarText(r.expr) : void 0;
  const path = rel === void 0 ? void 0 : scope.fileIn(rel);
  if (path === void 0) return [];
  const read = helpers.readText(path, arg.place);
  return "text" in read && (!wanted || wanted(read.text)) ? parseFile(path, read.text).docs : [];
}
function chartVersion(scope, b, chart) {
  const v = scope.attribute(b, "version");
  if (!v) {
    return {
      name: "calico.version",
      value: chart,
      unresolved: true,
      origin: "repository",
      place: b.place,
      source: ID70,
      note: "helm_release of tigera-operator without version: Helm installs the newest chart, whichever that is then"
    };
  }
  const text = known(v.r);
  if (text !== void 0 && !(0, import_chunk_600CC460.isCalicoChartVersion)(chart, text) && (0, import_chunk_600CC460.isCalicoChartRange)(chart, text)) {
    return chartMarked(
      chart,
      hclFact(ID70, "calico.version", v.attr.expr.place, v.r, (s) => s)
    );
  }
  if (text !== void 0 && !(0, import_chunk_600CC460.isCalicoChartVersion)(chart, text) && /^[~^<>=*]|\.[x*](\.|$)|\s|\|\|/i.test(text)) {
    return {
      name: "calico.version",
      value: text,
      unresolved: true,
      origin: "repository",
      place: v.attr.expr.place,
      source: ID70,
      note: `${chart} chart version constraint: the installed release is not fixed`
    };
  }
  return chartMarked(
    chart,
    hclFact(ID70, "calico.version", v.attr.expr.place, v.r, (s) => (0, import_chunk_600CC460.isCalicoChartVersion)(chart, s) ? s : void 0, {
      note: `${chart} chart version = Calico version`
    })
  );
}
function chartMarked(chart, f) {
  return f && !f.unresolved ? { ...f, decode: { as: "calico-chart", chart, form: "hcl" } } : f;
}
function helmSets(scope, b) {
  const out = [];
  const add = (name, value) => {
    const n = name ? scope.resolve(name) : void 0;
    const text = n?.known ? scalarText(n.expr) : void 0;
    if (name && value && text !== void 0) out.push({ name: text, namePlace: name.place, value: treeOf(scope, value) });
  };
  const blocks = childBlocks(b, "set");
  for (const s of blocks) add(s.body.attributes.find((a) => a.name === "name")?.expr, s.body.attributes.find((a) => a.name === "value")?.expr);
  const list = blocks.length ? void 0 : scope.attribute(b, "set");
  if (list?.r.known && list.r.expr.kind === "tuple") {
    for (const item of list.r.expr.items) {
      if (item.kind !== "object") continue;
      const get2 = (k) => item.entries.find((x) => x.key === k)?.value;
      add(get2("name"), get2("value"));
    }
  }
  return out;
}
function helmReleaseFacts(scope, file, b, helpers) {
  const chartRef = known(scope.attribute(b, "chart")?.r);
  if (!chartRef) return [];
  const fromUrl = /(?:^|\/)(tigera-operator)-(v?3\.\d+\.\d+)\.tgz$/.exec(chartRef);
  const chart = fromUrl?.[1] ?? chartName(chartRef);
  if (chart !== "tigera-operator") return [];
  const facts = [];
  const version = fromUrl ? chartMarked(
    chart,
    hclFact(
      ID70,
      "calico.version",
      scope.attribute(b, "chart").attr.expr.place,
      { known: true, expr: { kind: "string", value: fromUrl[2], place: b.place }, via: [] },
      (s) => (0, import_chunk_600CC460.isCalicoChartVersion)(chart, s) ? s : void 0,
      { note: "tigera-operator chart archive version = Calico version" }
    )
  ) : chartVersion(scope, b, chart);
  if (version) facts.push(version);
  const values = scope.attribute(b, "values");
  const items2 = values?.r.known && values.r.expr.kind === "tuple" ? values.r.expr.items : values ? [values.attr.expr] : [];
  for (const item of items2) for (const d of docsOf(scope, file, item, helpers)) facts.push(...chartValuesFacts(ID70, d, d.doc.contents));
  const sets = helmSets(scope, b);
  if (sets.length) {
    const d = treeDoc(file, setTree(sets, b.place), b.place);
    if (d) facts.push(...chartValuesFacts(ID70, d, d.doc.contents));
  }
  return facts;
}
var terraformCalico = {
  id: ID70,
  input: "hcl",
  paths: TF_CONFIG,
  // Provider blocks: which cluster a release is installed on (src/extract/hcl/cluster-keys.ts).
  blocks: ["resource.helm_release", "resource.kubernetes_manifest", "resource.kubectl_manifest", "provider.helm", "provider.kubernetes", "provider.kubectl"],
  description: "Calico through Terraform: helm_release of tigera-operator (version = Calico version, values and set: encapsulation, dataplane), kubernetes_manifest and kubectl_manifest resources read by the YAML extractors with places in the .tf file",
  triggers: ["tigera-operator", "kubernetes_manifest", "kubectl_manifest"],
  extract(scope, helpers) {
    const facts = [];
    for (const { file, b } of resources(scope, "helm_release")) facts.push(...helmReleaseFacts(scope, file, b, helpers));
    for (const { file, b } of resources(scope, "kubernetes_manifest")) {
      const m = scope.attribute(b, "manifest");
      if (m) facts.push(...helpers.yamlFacts(docsOf(scope, file, m.attr.expr, helpers, helpers.yamlWanted)));
    }
    for (const { file, b } of resources(scope, "kubectl_manifest")) {
      const y = scope.attribute(b, "yaml_body");
      if (y) facts.push(...helpers.yamlFacts(docsOf(scope, file, y.attr.expr, helpers, helpers.yamlWanted)));
    }
    return facts;
  }
};
var ID71 = "terraform-eks";
var EKS_MODULE = moduleSource("terraform-aws-modules/eks/aws", "terraform-aws-modules/terraform-aws-eks", "(?:\\/\\/modules\\/([\\w-]+)\\/?)?");
var NODE_GROUP_SUBMODULES = /* @__PURE__ */ new Set(["eks-managed-node-group", "self-managed-node-group"]);
var DEFAULT_MODE_NOTE = "EKS runs kube-proxy in iptables mode unless the add-on configuration sets mode (AWS: Manage kube-proxy)";
function eksModules(scope, kind) {
  return blocksOf(scope.module, "module").filter((b) => {
    const src = known(scope.attribute(b, "source")?.r);
    const m = src === void 0 ? null : EKS_MODULE.exec(src);
    if (!m) return false;
    return kind === "cluster" ? m[1] === void 0 : m[1] !== void 0 && NODE_GROUP_SUBMODULES.has(m[1]);
  });
}
function nodeGroupModuleFacts(scope, b) {
  const type = scope.attribute(b, "ami_type");
  if (!type) return [];
  const minor = (0, import_chunk_600CC460.kubernetesMinor)(known((scope.attribute(b, "cluster_version") ?? scope.attribute(b, "kubernetes_version"))?.r));
  const f = hclOsFact(ID71, type.attr.expr.place, type.r, "image-type", { k8sMinor: minor }, `node group module ${b.labels[0] ?? ""}`.trim());
  const amiId = known(scope.attribute(b, "ami_id")?.r);
  if (!f || !amiId) return f ? [f] : [];
  const custom = `custom AMI ${amiId}: which kernel it boots depends on the AMI`;
  if (f.decode?.as === "os-image") return [{ ...f, unresolved: true, decode: { ...f.decode, after: custom } }];
  return [{ ...f, unresolved: true, note: `${f.note ?? ""}; ${custom}` }];
}
function nodeGroupOs2(scope, group, defaults, minor, name) {
  const type = scope.entry(group, "ami_type") ?? scope.entry(defaults, "ami_type");
  const ami = scope.entry(group, "ami_id") ?? scope.entry(defaults, "ami_id");
  const amiId = known(ami?.r);
  if (type) {
    const f = hclOsFact(ID71, type.valuePlace, type.r, "image-type", { k8sMinor: minor }, `node group ${name}`);
    const custom = `custom AMI ${amiId}: which kernel it boots depends on the AMI`;
    if (f?.decode?.as === "os-image" && amiId) return { ...f, unresolved: true, decode: { ...f.decode, after: custom } };
    if (f && amiId) return { ...f, unresolved: true, note: `${f.note ?? ""}; ${custom}` };
    return f;
  }
  return void 0;
}
function moduleFacts2(scope, b) {
  const facts = [clusterDefinition(ID71, scope, b, "Terraform module"), installerFact(ID71, b, "eks", "terraform-aws-modules/eks/aws")];
  const version = attrFact(ID71, scope, b, "cluster_version", "kubernetes.version", import_chunk_600CC4602.normalizeVersion, "EKS module cluster_version") ?? attrFact(ID71, scope, b, "kubernetes_version", "kubernetes.version", import_chunk_600CC4602.normalizeVersion, "EKS module kubernetes_version");
  if (version) facts.push(version);
  const minor = version && !version.unresolved ? (0, import_chunk_600CC460.kubernetesMinor)(version.value) : void 0;
  const addons = scope.attribute(b, "cluster_addons") ?? scope.attribute(b, "addons");
  const kp = scope.entry(addons?.r, "kube-proxy");
  let mode;
  if (kp) {
    const v = scope.entry(kp.r, "addon_version");
    const f = v ? hclFact(ID71, "kubeProxy.version", v.valuePlace, v.r, import_chunk_600CC4602.normalizeVersion, { note: "EKS kube-proxy add-on addon_version" }) : void 0;
    if (f) facts.push(f);
    const cfg = scope.entry(kp.r, "configuration_values");
    mode = cfg && cfg.r.known ? addonProxyMode(ID71, scope, cfg.r.expr, cfg.r.via) : cfg && !cfg.r.known ? configurationCall(scope, kp.r) : void 0;
  }
  const bootstrap = known(scope.attribute(b, "bootstrap_self_managed_addons")?.r);
  if (mode) facts.push(mode);
  else if (kp || bootstrap !== "false") facts.push(defaultFact(ID71, "kubeProxy.mode", "iptables", kp?.keyPlace ?? b.place, DEFAULT_MODE_NOTE));
  for (const [list, defaultsName] of [
    ["eks_managed_node_groups", "eks_managed_node_group_defaults"],
    ["self_managed_node_groups", "self_managed_node_group_defaults"]
  ]) {
    const groups = scope.attribute(b, list);
    const defaults = scope.attribute(b, defaultsName)?.r;
    for (const g of scope.entries(groups?.r)) {
      const f = nodeGroupOs2(scope, g.r, defaults, minor, g.key);
      if (f) facts.push(f);
    }
  }
  return facts;
}
function configurationCall(scope, addon) {
  if (!addon.known || addon.expr.kind !== "object") return void 0;
  const e = [...addon.expr.entries].reverse().find((x) => x.key === "configuration_values");
  return e ? addonProxyMode(ID71, scope, e.value) : void 0;
}
function clusterResourceFacts(scope, b) {
  const facts = [clusterDefinition(ID71, scope, b, "Terraform resource"), installerFact(ID71, b, "eks", "aws_eks_cluster")];
  const v = attrFact(ID71, scope, b, "version", "kubernetes.version", import_chunk_600CC4602.normalizeVersion, "aws_eks_cluster version");
  if (v) facts.push(v);
  return facts;
}
function addonResourceFacts(scope, b) {
  if (known(scope.attribute(b, "addon_name")?.r) !== "kube-proxy") return [];
  const facts = [];
  const v = attrFact(ID71, scope, b, "addon_version", "kubeProxy.version", import_chunk_600CC4602.normalizeVersion, "aws_eks_addon kube-proxy addon_version");
  if (v) facts.push(v);
  const cfg = b.body.attributes.find((a) => a.name === "configuration_values");
  const mode = cfg ? addonProxyMode(ID71, scope, cfg.expr) : void 0;
  facts.push(mode ?? defaultFact(ID71, "kubeProxy.mode", "iptables", b.place, DEFAULT_MODE_NOTE));
  return facts;
}
function nodeGroupResourceFacts(scope, b, clusterMinor) {
  const own = known(scope.attribute(b, "version")?.r);
  const minor = (0, import_chunk_600CC460.kubernetesMinor)(own) ?? clusterMinor;
  const type = scope.attribute(b, "ami_type");
  if (!type) return [];
  const f = hclOsFact(ID71, type.attr.expr.place, type.r, "image-type", { k8sMinor: minor }, `aws_eks_node_group ${b.labels[1] ?? ""}`.trim());
  return f ? [f] : [];
}
var terraformEks = {
  id: ID71,
  input: "hcl",
  paths: TF_CONFIG,
  blocks: ["module", "resource.aws_eks_"],
  description: "Terraform EKS: terraform-aws-modules/eks/aws (cluster_version, the kube-proxy add-on version and mode, node groups' ami_type \u2192 node OS), aws_eks_cluster, aws_eks_addon kube-proxy, aws_eks_node_group",
  triggers: ["terraform-aws-modules/eks", "terraform-aws-eks", "aws_eks_"],
  extract(scope) {
    const facts = [];
    let clusterMinor;
    for (const b of eksModules(scope, "cluster")) facts.push(...moduleFacts2(scope, b));
    for (const b of eksModules(scope, "node-group")) facts.push(...nodeGroupModuleFacts(scope, b));
    for (const b of blocksOf(scope.module, "resource")) {
      if (b.labels[0] === "aws_eks_cluster") {
        const fs = clusterResourceFacts(scope, b);
        clusterMinor ??= (0, import_chunk_600CC460.kubernetesMinor)(fs.find((f) => f.name === "kubernetes.version" && !f.unresolved)?.value);
        facts.push(...fs);
      }
    }
    const resources2 = blocksOf(scope.module, "resource");
    for (const b of resources2) if (b.labels[0] === "aws_eks_addon") facts.push(...addonResourceFacts(scope, b));
    for (const b of resources2) if (b.labels[0] === "aws_eks_node_group") facts.push(...nodeGroupResourceFacts(scope, b, clusterMinor));
    return facts;
  }
};
var ID72 = "terraform-gke";
var NODE_VERSION_NOTE = "GKE nodes run kube-proxy at the node version";
function nodeConfigOs(scope, holder, what) {
  return childBlocks(holder, "node_config").flatMap((nc) => {
    const t = scope.attribute(nc, "image_type");
    const f = t ? hclOsFact(ID72, t.attr.expr.place, t.r, "image-type", {}, `${what} image_type`) : void 0;
    return f ? [f] : [];
  });
}
function kubeProxyFacts5(dp, autopilot, at) {
  const value = known(dp?.r)?.toUpperCase();
  const unspecified = value === "DATAPATH_PROVIDER_UNSPECIFIED";
  if (value === "ADVANCED_DATAPATH" || (!dp || unspecified) && autopilot) {
    const place = dp ? dp.attr.expr.place : at;
    const note2 = value === "ADVANCED_DATAPATH" ? "GKE Dataplane V2 (ADVANCED_DATAPATH) runs no kube-proxy" : "GKE Autopilot uses Dataplane V2, which runs no kube-proxy";
    return {
      facts: [{ name: "kubeProxy.disabled", value: "true", origin: value === "ADVANCED_DATAPATH" ? "repository" : "default", place, source: ID72, note: note2 }],
      v1: false
    };
  }
  if (dp && value !== "LEGACY_DATAPATH" && !unspecified) {
    const facts = dp.r.known ? [] : [
      {
        name: "kubeProxy.disabled",
        value: dp.r.text,
        unresolved: true,
        origin: "repository",
        place: dp.attr.expr.place,
        source: ID72,
        note: `datapath_provider decides whether kube-proxy runs; ${dp.r.reason}`
      }
    ];
    return { facts, v1: false };
  }
  const note = !dp ? "GKE runs a Standard cluster on Dataplane V1 unless datapath_provider is ADVANCED_DATAPATH: kube-proxy in iptables mode" : unspecified ? "GKE runs a Standard cluster with DATAPATH_PROVIDER_UNSPECIFIED on Dataplane V1: kube-proxy in iptables mode" : "GKE Dataplane V1 runs kube-proxy in iptables mode (DatapathProvider LEGACY_DATAPATH)";
  return { facts: [defaultFact(ID72, "kubeProxy.mode", "iptables", dp ? dp.attr.expr.place : at, note)], v1: true };
}
function gkeCalico(at) {
  return {
    name: "calico.version",
    value: "GKE-managed",
    unresolved: true,
    origin: "default",
    place: at,
    source: ID72,
    note: "GKE network policy provider CALICO runs Calico Felix; GKE does not publish which Calico release (UNVERIFIED)"
  };
}
function dataplaneFacts2(scope, b) {
  const autopilot = known(scope.attribute(b, "enable_autopilot")?.r) === "true";
  const { facts, v1 } = kubeProxyFacts5(scope.attribute(b, "datapath_provider"), autopilot, b.place);
  if (!v1) return facts;
  for (const np of childBlocks(b, "network_policy")) {
    const provider = scope.attribute(np, "provider");
    const enabled = known(scope.attribute(np, "enabled")?.r);
    if (enabled === "false" || known(provider?.r)?.toUpperCase() !== "CALICO" || !provider) continue;
    facts.push(gkeCalico(provider.attr.expr.place));
  }
  return facts;
}
var PREFIXED = /* @__PURE__ */ new Set(["latest_master_version", "latest_node_version", "release_channel_latest_version"]);
function prefixedVersion(scope, holder, attr2, name, note) {
  const a = scope.attribute(holder, attr2);
  const e = a?.attr.expr;
  if (!a || e?.kind !== "traversal" || e.root !== "data" || e.steps[0] !== "google_container_engine_versions") return void 0;
  if (typeof e.steps[2] !== "string" || !PREFIXED.has(e.steps[2])) return void 0;
  const data = blocksOf(scope.module, "data").find((d) => d.labels[0] === "google_container_engine_versions" && d.labels[1] === e.steps[1]);
  const prefix = data ? scope.attribute(data, "version_prefix") : void 0;
  const minor = /^v?(\d+\.\d+)\.?$/.exec(known(prefix?.r) ?? "")?.[1];
  if (!prefix || minor === void 0) return void 0;
  const by = {
    name,
    value: minor,
    origin: "repository",
    place: prefix.attr.expr.place,
    source: ID72,
    note: `version_prefix of data.google_container_engine_versions.${String(e.steps[1])}`
  };
  return {
    name,
    value: minor,
    raw: e.text,
    origin: "repository",
    place: e.place,
    source: ID72,
    note: `${note}; the newest GKE version with prefix ${known(prefix.r)}`,
    derivedFrom: [by]
  };
}
function versionFact(scope, holder, attr2, name, note) {
  return prefixedVersion(scope, holder, attr2, name, note) ?? attrFact(ID72, scope, holder, attr2, name, import_chunk_600CC4602.normalizeVersion, note);
}
function clusterFacts2(scope, b) {
  const facts = [clusterDefinition(ID72, scope, b, "Terraform resource"), installerFact(ID72, b, "gke", "google_container_cluster")];
  const v = versionFact(scope, b, "min_master_version", "kubernetes.version", "google_container_cluster min_master_version");
  if (v) facts.push(v);
  const nv = versionFact(scope, b, "node_version", "kubeProxy.version", NODE_VERSION_NOTE);
  if (nv) facts.push(nv);
  facts.push(...dataplaneFacts2(scope, b), ...nodeConfigOs(scope, b, "node_config"));
  for (const pool of childBlocks(b, "node_pool")) facts.push(...poolFacts(scope, pool, "node_pool"));
  return facts;
}
function poolFacts(scope, pool, what) {
  const facts = [];
  const v = versionFact(scope, pool, "version", "kubeProxy.version", NODE_VERSION_NOTE);
  if (v) facts.push(v);
  return [...facts, ...nodeConfigOs(scope, pool, what)];
}
var GKE_MODULE = moduleSource(
  "terraform-google-modules/kubernetes-engine/google",
  "terraform-google-modules/terraform-google-kubernetes-engine",
  "(?:\\/\\/modules\\/[\\w-]*cluster[\\w-]*)?"
);
function moduleCalico(scope, b) {
  const policy = scope.attribute(b, "network_policy");
  if (!policy) return void 0;
  if (known(policy.r) === "true") {
    const provider2 = scope.attribute(b, "network_policy_provider");
    if (provider2 && known(provider2.r)?.toUpperCase() !== "CALICO") return void 0;
    return gkeCalico((provider2 ?? policy).attr.expr.place);
  }
  const enabled = known(scope.entry(policy.r, "enabled")?.r);
  const provider = scope.entry(policy.r, "provider");
  return enabled === "true" && provider && known(provider.r)?.toUpperCase() === "CALICO" ? gkeCalico(provider.valuePlace) : void 0;
}
function moduleFacts3(scope, b, source) {
  const facts = [clusterDefinition(ID72, scope, b, "Terraform module"), installerFact(ID72, b, "gke", "terraform-google-modules/kubernetes-engine/google")];
  const v = scope.attribute(b, "kubernetes_version") ?? scope.attribute(b, "min_master_version");
  const written = known(v?.r);
  if (v && written?.toLowerCase() === "latest") {
    const note = "GKE module kubernetes_version latest: GKE picks the newest release when the cluster is created";
    facts.push({ name: "kubernetes.version", value: written, unresolved: true, origin: "repository", place: v.attr.expr.place, source: ID72, note });
  } else if (v) {
    const f = hclFact(ID72, "kubernetes.version", v.attr.expr.place, v.r, import_chunk_600CC4602.normalizeVersion, { note: `GKE module ${v.attr.name}` });
    if (f) facts.push(f);
  }
  const dp = scope.attribute(b, "datapath_provider");
  if (dp || !/safer-cluster/.test(source)) {
    const kp = kubeProxyFacts5(dp, /autopilot/.test(source), b.place);
    facts.push(...kp.facts);
    const calico = kp.v1 ? moduleCalico(scope, b) : void 0;
    if (calico) facts.push(calico);
  }
  const pools = scope.attribute(b, "node_pools");
  if (pools?.r.known && pools.r.expr.kind === "tuple") {
    for (const item of pools.r.expr.items) {
      const pool = scope.resolve(item, pools.r.via);
      const name = known(scope.entry(pool, "name")?.r) ?? "";
      const t = scope.entry(pool, "image_type");
      const f = t ? hclOsFact(ID72, t.valuePlace, t.r, "image-type", {}, `node pool ${name} image_type`.replace("  ", " ")) : void 0;
      if (f) facts.push(f);
    }
  }
  return facts;
}
var terraformGke = {
  id: ID72,
  input: "hcl",
  paths: TF_CONFIG,
  blocks: ["module", "resource.google_container_", "data.google_container_engine_versions"],
  description: "Terraform GKE: terraform-google-modules/kubernetes-engine/google (kubernetes_version, datapath_provider, network_policy with provider CALICO, node_pools image_type), google_container_cluster (min_master_version, node_version, datapath_provider: Dataplane V2 = no kube-proxy, network_policy provider CALICO, node_config image_type \u2192 node OS) and google_container_node_pool",
  triggers: ["google_container_cluster", "google_container_node_pool", "terraform-google-modules/kubernetes-engine", "terraform-google-kubernetes-engine"],
  extract(scope) {
    const facts = [];
    for (const b of blocksOf(scope.module, "module")) {
      const source = known(scope.attribute(b, "source")?.r);
      if (source !== void 0 && GKE_MODULE.test(source)) facts.push(...moduleFacts3(scope, b, source));
    }
    for (const b of blocksOf(scope.module, "resource")) {
      if (b.labels[0] === "google_container_cluster") facts.push(...clusterFacts2(scope, b));
      else if (b.labels[0] === "google_container_node_pool") facts.push(...poolFacts(scope, b, `node pool ${b.labels[1] ?? ""}`.trim()));
    }
    return facts;
  }
};
var ID73 = "terraform-rancher-hosted";
var terraformRancherHosted = {
  id: ID73,
  input: "hcl",
  paths: TF_CONFIG,
  blocks: ["resource.rancher2_cluster"],
  description: "Terraform: an EKS cluster Rancher creates (rancher2_cluster eks_config_v2: kubernetes_version; imported clusters are not read)",
  triggers: ["eks_config_v2"],
  extract(scope) {
    const facts = [];
    for (const b of scope.module.files.flatMap((f) => f.body.blocks)) {
      if (b.type !== "resource" || b.labels[0] !== "rancher2_cluster") continue;
      const eks = childBlocks(b, "eks_config_v2")[0];
      if (!eks || known(scope.attribute(eks, "imported")?.r)?.toLowerCase() === "true") continue;
      const label = `rancher2_cluster ${JSON.stringify(b.labels[1] ?? "")} eks_config_v2`;
      facts.push(clusterDefinition(ID73, scope, b, "Terraform resource"), installerFact(ID73, b, "eks", label));
      const version = attrFact(ID73, scope, eks, "kubernetes_version", "kubernetes.version", import_chunk_600CC4602.normalizeVersion, `${label} kubernetes_version`);
      if (version) facts.push(version);
    }
    return facts;
  }
};
function writtenText(scope, file, expr, lines) {
  if (expr.kind === "heredoc") {
    const outer = lines;
    return {
      text: blankDirectives(expr.content),
      map: (line, column) => {
        const start = expr.lineStarts[line - 1];
        return start === void 0 ? { line: expr.place.line, column: expr.place.column } : outer.at(start + expr.strip + column - 1);
      },
      via: () => [],
      conditional: inDirective(expr.content)
    };
  }
  if (expr.kind !== "string" && expr.kind !== "template") return void 0;
  const open = lines.lineStart(expr.place.line) + expr.place.column - 1;
  if (file.text[open] !== '"') return void 0;
  let out = "";
  const src = [];
  const substituted = [];
  const t = file.text;
  let i = open + 1;
  while (i < t.length && t[i] !== '"' && t[i] !== "\n") {
    const c = t[i];
    const hex = c === "\\" ? unicodeEscape(t, i) : void 0;
    if (hex) {
      out += hex.char;
      for (let k = 0; k < hex.char.length; k++) src.push(i);
      i += hex.length;
    } else if (c === "\\" && i + 1 < t.length) {
      out += ESCAPES[t[i + 1]] ?? t[i + 1];
      src.push(i);
      i += 2;
    } else if ((c === "$" || c === "%") && t[i + 1] === c && t[i + 2] === "{") {
      out += `${c}{`;
      src.push(i, i + 2);
      i += 3;
    } else if ((c === "$" || c === "%") && t[i + 1] === "{") {
      const end = closing(t, i + 2);
      if (end < 0) return void 0;
      const ref = c === "$" ? reference2(t.slice(i + 2, end), lines.at(i + 2), file.path) : void 0;
      const r = ref ? scope.resolve(ref) : void 0;
      const value = r?.known ? scalarText(r.expr) : void 0;
      const shown = value ?? t.slice(i, end + 1);
      if (value !== void 0 && r) substituted.push({ start: out.length, end: out.length + value.length, via: r.via });
      for (let k = 0; k < shown.length; k++) src.push(value !== void 0 ? i : i + k);
      out += shown;
      i = end + 1;
    } else {
      out += c;
      src.push(i);
      i++;
    }
  }
  src.push(i);
  const starts = lineOffsets(out);
  const offset = (line, column) => (starts[line - 1] ?? 0) + column - 1;
  return {
    text: blankDirectives(out),
    map: (line, column) => lines.at(src[Math.min(offset(line, column), src.length - 1)] ?? open),
    via: (line, column) => {
      const o = offset(line, column);
      return substituted.find((x) => x.start <= o && o < x.end)?.via ?? [];
    },
    conditional: inDirective(out)
  };
}
var DIRECTIVE = /%\{~?\s*(if|for|endif|endfor)\b[^}]*\}/g;
function blankDirectives(text) {
  return text.replace(/%\{[^}]*\}/g, (m) => " ".repeat(m.length));
}
function inDirective(text) {
  const ranges = [];
  let depth = 0;
  let start = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const opens = m[1] === "if" || m[1] === "for";
    if (opens && depth++ === 0) start = m.index;
    else if (!opens && depth > 0 && --depth === 0) ranges.push([start, m.index + m[0].length]);
  }
  if (depth > 0) ranges.push([start, text.length]);
  const starts = lineOffsets(text);
  return (line, column) => {
    const o = (starts[line - 1] ?? 0) + column - 1;
    return ranges.some(([a, b]) => a <= o && o < b);
  };
}
function closing(t, from) {
  let depth = 0;
  for (let i = from; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      for (i++; i < t.length && t[i] !== '"'; i++) if (t[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "\n") return -1;
  }
  return -1;
}
function lineOffsets(s) {
  const out = [0];
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}
var REF2 = /^\s*(var|local)((?:\.[A-Za-z_][\w-]*|\[\d+\]|\["[^"\\]*"\])+)\s*$/;
var STEP = /\.([A-Za-z_][\w-]*)|\[(\d+)\]|\["([^"\\]*)"\]/g;
function reference2(text, at, file) {
  const m = REF2.exec(text);
  if (!m) return void 0;
  const steps = [...m[2].matchAll(STEP)].map((x) => x[1] ?? (x[2] !== void 0 ? Number(x[2]) : x[3]));
  return { kind: "traversal", root: m[1], steps, text: text.trim(), place: { file, line: at.line, column: at.column } };
}
var ID74 = "terraform-remote-exec";
function commands(scope, expr) {
  if (expr.kind === "tuple") return expr.items.flatMap((i) => i.kind === "traversal" ? commands(scope, i) : [i]);
  if (expr.kind !== "traversal") return [];
  const r = scope.resolve(expr);
  return r.known && r.expr.kind === "tuple" ? r.expr.items : r.known ? [r.expr] : [];
}
function commandFacts2(scope, file, lines, expr) {
  const w = writtenText(scope, file, expr, lines);
  if (!w || !SHELL_TRIGGERS.some((t) => w.text.includes(t))) return [];
  const hits = shellTextFacts(w.text);
  return toFacts(ID74, file.path, hits, w.map).map((f, i) => {
    if (w.conditional(hits[i].line, hits[i].column))
      return { ...f, unresolved: true, note: [f.note, "inside a template condition"].filter(Boolean).join("; ") };
    const via = w.via(hits[i].line, hits[i].column);
    if (via.length === 0) return f;
    const from = via.map((h) => h.what).join(" \u2192 ");
    return {
      ...f,
      note: [f.note, `from ${from}`].filter(Boolean).join("; "),
      derivedFrom: via.map((h) => ({ name: f.name, value: f.value, origin: "repository", place: h.place, source: ID74, note: h.what }))
    };
  });
}
var terraformRemoteExec = {
  id: ID74,
  input: "hcl",
  paths: TF_CONFIG,
  blocks: ["resource"],
  description: 'Terraform provisioner "remote-exec" inline commands read as shell: kubeadm init, Calico manifest URLs, the k3s and RKE2 install variables',
  triggers: ["remote-exec"],
  extract(scope) {
    const facts = [];
    const files = new Map(scope.module.files.map((f) => [f.path, f]));
    const lines = /* @__PURE__ */ new Map();
    for (const b of blocksOf(scope.module, "resource")) {
      for (const p of childBlocks(b, "provisioner")) {
        if (p.labels[0] !== "remote-exec") continue;
        const inline = p.body.attributes.find((a) => a.name === "inline");
        if (!inline) continue;
        for (const c of commands(scope, inline.expr)) {
          const file = files.get(c.place.file);
          if (!file) continue;
          let index = lines.get(file.path);
          if (!index) lines.set(file.path, index = new LineIndex(file.text));
          facts.push(...commandFacts2(scope, file, index, c));
        }
      }
    }
    return facts;
  }
};
var import_yaml35 = (0, import_chunk_600CC4603.__toESM)((0, import_chunk_FXEUWMEN.require_dist)(), 1);
var ID75 = "terraform-rke";
var SECTIONS = ["network", "services", "system_images"];
function blockTree(scope, b, depth = 0) {
  const entries2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const a of b.body.attributes) {
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    entries2.push({ key: a.name, keyPlace: a.place, value: treeOf(scope, a.expr) });
  }
  for (const c of b.body.blocks) {
    if (c.type === "dynamic" || seen.has(c.type) || depth > 8) continue;
    seen.add(c.type);
    entries2.push({ key: c.type, keyPlace: c.place, value: blockTree(scope, c, depth + 1) });
  }
  return { kind: "map", entries: entries2, place: b.place };
}
function clusterYaml(scope, file, e, helpers) {
  const heredoc = heredocOf(e, scope.resolve(e));
  const docs = heredoc ? moduleHeredocDocs(scope, file, heredoc, (path, text) => helpers.parseYaml(path, text)) : e.kind === "call" && (e.name === "yamlencode" || e.name === "jsonencode") && e.args[0] ? [projectedDoc(scope, file, e.args[0])].filter((d) => d !== void 0) : [];
  return docs.find((d) => (0, import_yaml35.isMap)(d.doc.contents));
}
function clusterFacts3(scope, file, b, holder, helpers, label, unset) {
  const facts = [clusterDefinition(ID75, scope, b, "Terraform resource"), installerFact(ID75, b, "rke1", label)];
  const v = scope.attribute(holder, "kubernetes_version");
  if (v) {
    const note = `${label} kubernetes_version`;
    const version = hclFact(ID75, "kubernetes.version", v.attr.expr.place, v.r, import_chunk_600CC4602.normalizeVersion, { note });
    const release = hclFact(ID75, "installer.release", v.attr.expr.place, v.r, import_chunk_600CC4602.normalizeVersion, { note });
    if (release) facts.push({ ...release, key: "rke1" });
    if (version) facts.push(version);
  } else {
    facts.push({ name: "kubernetes.version", value: "default release", unresolved: true, origin: "default", place: holder.place, source: ID75, note: unset });
  }
  const set = new Map(SECTIONS.map((k) => [k, childBlocks(holder, k)[0] ?? void 0]));
  const tree = {
    kind: "map",
    entries: SECTIONS.flatMap((k) => {
      const c = set.get(k);
      return c ? [{ key: k, keyPlace: c.place, value: blockTree(scope, c) }] : [];
    }),
    place: holder.place
  };
  const own = tree.kind === "map" && tree.entries.length ? treeDoc(file, tree, holder.place) : void 0;
  const yamlAttr = b.type === "resource" ? scope.attribute(b, "cluster_yaml") : void 0;
  const yaml = yamlAttr ? clusterYaml(scope, file, yamlAttr.attr.expr, helpers) : void 0;
  const section = (key2) => {
    const from = own && set.get(key2) ? own : yaml;
    return from ? { d: from, node: get(from, from.doc.contents, key2) } : void 0;
  };
  const root = { d: own ?? emptyDoc(file, holder), node: void 0 };
  const sections2 = { root, services: section("services"), network: section("network"), images: section("system_images") };
  facts.push(...rkeConfigFacts(ID75, sections2, label));
  return facts;
}
function emptyDoc(file, holder) {
  const doc = treeDoc(file, { kind: "map", entries: [], place: holder.place }, holder.place);
  if (!doc) throw new Error("an empty map is always a document");
  return doc;
}
function runsCalico(d) {
  const cni = get(d, d.doc.contents, "cni");
  const values = (0, import_yaml35.isSeq)(cni) ? cni.items : [cni];
  return values.some((n) => (0, import_yaml35.isScalar)(n) && String(n.value).trim().toLowerCase() === "calico");
}
function rke2CalicoValues(scope, file, rke, helpers) {
  const attr2 = scope.attribute(rke, "chart_values");
  const d = attr2 ? clusterYaml(scope, file, attr2.attr.expr, helpers) : void 0;
  const values = d ? get(d, d.doc.contents, "rke2-calico") : void 0;
  if (!d || !values) return [];
  const f = factFromNode(ID75, d, get(d, values, "felixConfiguration", "featureDetectOverride"), "calico.featureDetectOverride", (s) => s.trim() || void 0, {
    note: "rke2-calico felixConfiguration.featureDetectOverride (chart_values)"
  });
  return [...chartValuesFacts(ID75, d, values), ...f ? [f] : []];
}
function clusterV2Facts(scope, file, b, helpers) {
  const v = scope.attribute(b, "kubernetes_version");
  if (!v) return [];
  const label = `rancher2_cluster_v2 ${JSON.stringify(b.labels[1] ?? "")}`;
  const text = v.r.known ? known(v.r) : void 0;
  const installer = text && /\+k3s/i.test(text) ? "k3s" : text && /\+rke2/i.test(text) ? "rke2" : void 0;
  const at = v.attr.expr.place;
  const facts = [clusterDefinition(ID75, scope, b, "Terraform resource")];
  if (installer) {
    facts.push({ ...installerFact(ID75, b, installer, label), place: at });
    const note = `${label} kubernetes_version`;
    const release = hclFact(ID75, "installer.release", at, v.r, import_chunk_600CC4602.normalizeVersion, { note });
    if (release) facts.push({ ...release, key: installer });
  } else {
    facts.push({
      name: "installer.name",
      value: "rke2",
      unresolved: true,
      origin: "repository",
      place: at,
      source: ID75,
      note: `${label}: RKE2 or k3s, which kubernetes_version does not say here`
    });
  }
  const version = hclFact(ID75, "kubernetes.version", at, v.r, import_chunk_600CC4602.normalizeVersion, { note: `${label} kubernetes_version` });
  if (version) facts.push(version);
  const rke = childBlocks(b, "rke_config")[0];
  const config = rke ? scope.attribute(rke, "machine_global_config") : void 0;
  const doc = config ? clusterYaml(scope, file, config.attr.expr, helpers) : void 0;
  if (doc) facts.push(...rke2ConfigFacts(ID75, doc, doc.doc.contents, installer ?? "rke2"));
  if (rke && doc && runsCalico(doc)) facts.push(...rke2CalicoValues(scope, file, rke, helpers));
  const extra = rke ? scope.attribute(rke, "additional_manifest") : void 0;
  const heredoc = extra && heredocOf(extra.attr.expr, extra.r);
  if (heredoc && helpers.yamlWanted(heredoc.content)) {
    facts.push(...helpers.yamlFacts(moduleHeredocDocs(scope, file, heredoc, (path, t) => helpers.parseYaml(path, t))));
  }
  return facts;
}
var terraformRke = {
  id: ID75,
  input: "hcl",
  paths: TF_CONFIG,
  blocks: ["resource.rke_cluster", "resource.rancher2_cluster"],
  description: "Terraform RKE: rke_cluster (kubernetes_version, network plugin, services.kubeproxy extra_args, system_images, and cluster_yaml written in the file) and rancher2_cluster rke_config, read as an RKE cluster.yml; rancher2_cluster_v2 (RKE2 or k3s by kubernetes_version, machine_global_config read as config.yaml)",
  // Plain words: a block type may be written without quotes (`resource rke_cluster "cluster"`).
  triggers: ["rke_cluster", "rancher2_cluster"],
  extract(scope, helpers) {
    const facts = [];
    for (const file of scope.module.files) {
      for (const b of file.body.blocks) {
        if (b.type !== "resource") continue;
        const name = JSON.stringify(b.labels[1] ?? "");
        if (b.labels[0] === "rke_cluster") {
          const unset = "rke_cluster without kubernetes_version: the default release of the rke provider version in use (which the configuration does not pin), replacing any cluster_yaml kubernetes_version";
          facts.push(...clusterFacts3(scope, file, b, b, helpers, `rke_cluster ${name}`, unset));
        } else if (b.labels[0] === "rancher2_cluster_v2") {
          facts.push(...clusterV2Facts(scope, file, b, helpers));
        } else if (b.labels[0] === "rancher2_cluster") {
          const rke = childBlocks(b, "rke_config")[0];
          const unset = "rancher2_cluster rke_config without kubernetes_version: the Rancher server's default release";
          if (rke) facts.push(...clusterFacts3(scope, file, b, rke, helpers, `rancher2_cluster ${name} rke_config`, unset));
        }
      }
    }
    return facts;
  }
};
var EXTRACTORS = [
  aksEngineApiModel,
  ansibleVariables,
  calicoIpPool,
  calicoKubeControllers,
  calicoNode,
  felixConfiguration,
  kubeProxyConfiguration,
  kubeProxyFlags,
  kubeProxyImage,
  kubeadmClusterConfiguration,
  kubeApiserverFlags,
  serviceExternalIps,
  serviceExternalIpsLocal,
  serviceLoadBalancerSourceRanges,
  tigeraOperatorImage,
  argocdApplication,
  carvelImagesLock,
  ciRunSteps,
  cloudInit,
  installScript,
  kubeaszEzdown,
  systemdUnit,
  vagrantBox,
  vagrantProvision,
  fluxChartSource,
  fluxHelmRelease,
  helmCattleChart,
  helmChartProxy,
  helmChartYaml,
  helmValues,
  kustomizeHelmCharts,
  kustomizeImages,
  kustomizeLayers,
  tigeraInstallation,
  capiMachineOs,
  capiVersions,
  eksctlClusterConfig,
  k0sClusterConfig,
  k3sRke2AnsibleVars,
  kopsCluster,
  kopsInstanceGroup,
  kubeanManifest,
  kubesprayGitmodules,
  toolVersions,
  kubesprayGitTask,
  ansibleKubeadmPackage,
  ansibleCommandTasks,
  kubesprayGroupVars,
  kubesprayIniInventory,
  kubesprayRequirements,
  systemUpgradePlan,
  talhelperConfig,
  talosMachineConfig,
  talosMachinePatch,
  talosKubeProxyConfig,
  talosKubeletConfig,
  talosExternalManifest,
  renovateTalosVersions,
  kubesprayKubeaszConfig,
  kubekeyCluster,
  kindCluster,
  ciKindAction,
  kindScriptConfig,
  kubeoneCluster,
  nodeList,
  rkeChartVersions,
  rkeClusterYml,
  rkeRke2Config,
  terraformAks,
  terraformCalico,
  terraformEks,
  terraformGke,
  terraformRancherHosted,
  terraformRemoteExec,
  terraformRke
].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
function extractorsOf(opts) {
  return opts.extractors ?? EXTRACTORS;
}
function phaseSetup(opts) {
  return {
    needles: extractorsOf(opts).map((e) => ({ triggers: e.triggers, kinds: e.kinds })),
    // Terraform, and the files an extractor reads whatever they hold (Ansible inventory variables).
    always: new RegExp([HCL_FILE, ...extractorsOf(opts).flatMap((e) => e.alwaysPaths ? [e.alwaysPaths] : [])].map((r) => `(?:${r.source})`).join("|")),
    suggestions: YAML_FILES
  };
}
var RepositoryReader = class {
  /** `out`: the read stage's output, which this reader adds to (the walk's own skips are already in it). */
  constructor(opts, out) {
    this.opts = opts;
    this.out = out;
    this.reader = new FileReader(opts.maxBytes);
    this.showPath = (0, import_chunk_600CC460.basedPathText)(opts.placeBase);
    const extractors = extractorsOf(opts);
    const readText = (path) => readWithin(opts.root, path, this.reader);
    this.hcl = new HclCollector(extractors.filter(isHclExtractor), extractors, readText, this.showPath);
    this.helpers = { readText, showPath: this.showPath };
  }
  opts;
  out;
  reader;
  /**
   * The byte prefilter and the text extractors, made on the first file that is not Terraform: building the
   * prefilter's table of every trigger is most of what constructing this reader costs, and a Terraform
   * monorepo never uses it (docs/performance.md).
   */
  perFile;
  // Terraform is read per module directory after the file loop (src/extract/hcl/collect.ts); a file it
  // names with file() is read under the walk's rules (inside the root, no symbolic link).
  hcl;
  helpers;
  /** How notes and messages name files: under the front end's place base (ScanOptions.placeBase). */
  showPath;
  /** Folders known to hold a Helm `Chart.yaml` or not (each looked up once, as `exists` keeps). */
  isChart = (folder) => this.exists(folder ? `${folder}/Chart.yaml` : "Chart.yaml");
  /** Files known to exist or not, inside the root (each looked up once): an Ansible role's `defaults/main.yml`. */
  entries = /* @__PURE__ */ new Map();
  exists = (path) => {
    let known2 = this.entries.get(path);
    if (known2 === void 0) this.entries.set(path, known2 = entryExists(this.opts.root, path));
    return known2;
  };
  /** One discovered file: read, prefiltered, and handed to the extractors that may read it. */
  file(file) {
    this.read(file.path, this.reader.read(file));
  }
  /** A file the worker thread read: as if read here (it sends the bytes of every file that can matter). */
  fetched(item) {
    if ("unread" in item) this.read(item.path, { skipped: item.unread });
    else if ("bytes" in item) this.read(item.path, { bytes: Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.length) });
    else {
      this.opts.stats.filesRead++;
      if (this.opts.budget.addBytes(item.size)) this.opts.budget.throwIfOver("reading files");
    }
  }
  read(path, read) {
    if (!("skipped" in read && read.skipped.reason === "too-large")) this.opts.stats.filesRead++;
    if ("skipped" in read) {
      this.out.skipped.push(read.skipped);
      return;
    }
    if (this.opts.budget.addBytes(read.bytes.length)) this.opts.budget.throwIfOver("reading files");
    if (HCL_FILE.test(path)) {
      const text = decodeText(read.bytes);
      if (text.includes(IGNORE_MARKER)) this.out.directives.push(...findDirectives(path, text));
      this.hcl.add(path, text);
      return;
    }
    if (!this.perFile) {
      const extractors = extractorsOf(this.opts);
      this.perFile = { prefilter: new Prefilter(extractors), textExtractors: extractors.filter(isTextExtractor) };
    }
    const hits = this.perFile.prefilter.scan(read.bytes);
    const marked = hits.seen[this.perFile.prefilter.ignore] === 1;
    this.extract(path, read.bytes, hits, marked, this.perFile);
  }
  extract(path, bytes, hits, marked, { prefilter, textExtractors }) {
    const yamlish = YAML_FILES.test(path);
    const always = prefilter.alwaysFor(path);
    const triggered = hits.count === 0 && !always ? { yaml: [], text: [] } : splitByInput(prefilter.triggered(path, hits));
    const wanted = readAsYaml(path, textExtractors) ? triggered.yaml : [];
    if (!marked && triggered.text.length === 0 && wanted.length === 0) {
      if (yamlish && prefilter.hinted(hits)) this.out.candidates.push(...findCandidates(path, decodeText(bytes), this.showPath));
      return;
    }
    const starts = wanted.length > 0 && !always ? segmentStarts(bytes) : void 0;
    const keep = starts ? segmentsHolding(starts, prefilter.offsetsOf(wanted, hits)) : void 0;
    const text = decodeText(bytes);
    if (marked) this.out.directives.push(...findDirectives(path, text));
    const onError = (id, err) => this.failed(path, id, err);
    const before = this.out.facts.length;
    this.out.facts.push(...extractText(triggered.text, path, text, onError, this.helpers));
    if (wanted.length > 0) {
      const template = chartTemplate(path, text, this.isChart, this.exists);
      if (template) return void this.out.skipped.push(template);
      const parsed = parseFile(path, text, keep && keep.includes(false) ? { keep } : {});
      this.opts.budget.addDocuments(parsed.docs.length);
      this.opts.budget.throwIfOver("parsing");
      if (parsed.skipped) this.out.skipped.push(parsed.skipped);
      if (parsed.skipped && parsed.docs.length === 0) return;
      this.opts.stats.filesParsed++;
      const docs = ansibleTemplate(path) ? parsed.docs.map((d) => ({ ...d, renderedBy: "ansible" })) : parsed.docs;
      this.out.facts.push(...extractDocs(wanted, docs, onError));
    }
    if (this.out.facts.length === before && yamlish && mayHoldCandidatesText(text)) this.out.candidates.push(...findCandidates(path, text, this.showPath));
  }
  /** Terraform, a module directory at a time, after every file has been seen. */
  async terraform() {
    const fromHcl = await this.hcl.extract(
      (path, id, err) => this.failed(path, id, err),
      (s) => this.out.skipped.push(s)
    );
    this.out.facts.push(...fromHcl.facts);
    this.opts.stats.filesParsed += fromHcl.parsed;
  }
  failed(path, id, err) {
    this.out.skipped.push({ path, reason: "unreadable", detail: `extractor ${id} failed: ${err.message}` });
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RepositoryReader,
  extractorsOf,
  phaseSetup
});

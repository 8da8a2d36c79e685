import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  kernelFlavor,
  normalizeKernel
} from "./chunk-NUPEN4KF.js";

// src/knowledge/safe-pattern.ts
var MAX_PATTERN_LENGTH = 256;
var MAX_MATCHED_VALUE_LENGTH = 1024;
function unsafePattern(src) {
  if (src.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(src)) return "backreferences are not allowed";
  const stack = [];
  let inClass = false;
  let prevUnbounded = false;
  const ADJACENT = "two repeated parts in a row (polynomial backtracking); separate them with a literal";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\" || !inClass && c !== "(" && c !== ")" && c !== "|" && c !== "[" && quantifierAt(src, i) === void 0) {
      const end = c === "\\" ? i + 2 : i + 1;
      if (!inClass) {
        const q2 = quantifierAt(src, end);
        if (q2 === "unbounded" && prevUnbounded) return ADJACENT;
        prevUnbounded = q2 === "unbounded";
      }
      if (c === "\\") i++;
      continue;
    }
    if (inClass) {
      if (c === "]") {
        inClass = false;
        const q2 = quantifierAt(src, i + 1);
        if (q2 === "unbounded" && prevUnbounded) return ADJACENT;
        prevUnbounded = q2 === "unbounded";
      }
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (src[i + 1] === "]") i++;
      continue;
    }
    if (c === "(") {
      prevUnbounded = false;
      stack.push({ risky: false });
      if (src[i + 1] === "?") {
        i++;
        if (src[i + 1] === "<" && src[i + 2] !== "=" && src[i + 2] !== "!") {
          const close = src.indexOf(">", i);
          if (close > 0) i = close;
        } else i++;
      }
      continue;
    }
    if (c === "|") {
      prevUnbounded = false;
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
      continue;
    }
    if (c === ")") {
      const group = stack.pop();
      const q2 = quantifierAt(src, i + 1);
      if (group?.risky && q2 === "unbounded") return "a repeated group holds a quantifier or an alternation (catastrophic backtracking)";
      const parent = stack[stack.length - 1];
      if (parent && (group?.risky || q2 !== void 0)) parent.risky = true;
      if (q2 === "unbounded" && prevUnbounded) return ADJACENT;
      prevUnbounded = q2 === "unbounded";
      continue;
    }
    const q = quantifierAt(src, i);
    if (q !== void 0) {
      const top = stack[stack.length - 1];
      if (top) top.risky = true;
    }
  }
  return void 0;
}
function quantifierAt(src, i) {
  const c = src[i];
  if (c === "*" || c === "+") return "unbounded";
  if (c === "?") return "bounded";
  if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 16));
    if (!m) return void 0;
    if (m[2] === void 0) return Number(m[1]) > 10 ? "unbounded" : "bounded";
    return m[3] === "" || Number(m[3]) > 10 ? "unbounded" : "bounded";
  }
  return void 0;
}

// src/knowledge/kernel-build.ts
var tri = (b) => b ? "true" : "false";
function kernelBuildParts(value) {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:-(\d+)?)?/.exec(normalizeKernel(value));
  if (!m) return void 0;
  const num = (s) => s === void 0 ? void 0 : Number(s);
  return [num(m[1]), num(m[2]), num(m[3]), num(m[4])];
}
function compare(a, b) {
  for (let i = 0; i < b.length; i++) {
    const x = a[i];
    if (x === void 0) return void 0;
    if (x !== b[i]) return x < b[i] ? -1 : 1;
  }
  return 0;
}
var COMPARATOR = /^(<=|>=|<|>|=)?(\d+)\.(\d+)\.(\d+)-(\d+)$/;
function isKernelBuildRange(range) {
  return range.split("||").every((g) => {
    const parts = g.trim().split(/\s+/);
    return parts.length > 0 && parts.every((p) => COMPARATOR.test(p));
  });
}
function holds(op, c) {
  if (c === void 0) return "unknown";
  switch (op) {
    case "<":
      return tri(c < 0);
    case "<=":
      return tri(c <= 0);
    case ">":
      return tri(c > 0);
    case ">=":
      return tri(c >= 0);
    default:
      return tri(c === 0);
  }
}
function satisfiesKernelBuild(value, range) {
  const parts = kernelBuildParts(value);
  if (!parts) return "unknown";
  const groups = range.split("||").map(
    (g) => g.trim().split(/\s+/).map((c) => {
      const m = COMPARATOR.exec(c);
      if (!m) return "unknown";
      return holds(m[1] ?? "=", compare(parts, [m[2], m[3], m[4], m[5]].map(Number)));
    })
  );
  const anded = groups.map((g) => g.includes("false") ? "false" : g.includes("unknown") ? "unknown" : "true");
  return anded.includes("true") ? "true" : anded.includes("unknown") ? "unknown" : "false";
}
function satisfiesKernelFlavor(value, flavors) {
  const f = kernelFlavor(value);
  if (!f || f.id === "bare") return "unknown";
  return tri(flavors.includes(f.id));
}

export {
  MAX_MATCHED_VALUE_LENGTH,
  unsafePattern,
  isKernelBuildRange,
  satisfiesKernelBuild,
  satisfiesKernelFlavor
};

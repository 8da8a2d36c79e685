import { createRequire as __netcompatCreateRequire } from 'node:module';
const require = __netcompatCreateRequire(import.meta.url);
import {
  isKernelBuildRange,
  unsafePattern
} from "./chunk-4IAPVJDH.js";
import {
  validateAgainst
} from "./chunk-L4M272S2.js";
import {
  KnowledgeError
} from "./chunk-NUPEN4KF.js";
import {
  require_dist
} from "./chunk-PO4NGEA6.js";
import "./chunk-GACXXU2Q.js";
import {
  __toESM
} from "./chunk-YCZA2FVD.js";

// src/knowledge/parse-rule.ts
var import_yaml = __toESM(require_dist(), 1);
function parseRule(text, file) {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch (e) {
    throw new KnowledgeError(file, `not valid YAML: ${e.message.split("\n")[0]}`);
  }
  validateAgainst("rule.schema.json", data, file);
  const rule = data;
  for (const r of rangesOf(rule)) {
    if (r.kind === "matches") {
      const shown = JSON.stringify(r.value.length > 80 ? `${r.value.slice(0, 80)}\u2026` : r.value);
      const unsafe = unsafePattern(r.value);
      if (unsafe) throw new KnowledgeError(file, `regular expression ${shown} is refused: ${unsafe}`);
      try {
        new RegExp(r.value);
      } catch {
        throw new KnowledgeError(file, `invalid regular expression ${shown}`);
      }
    }
    if (r.kind === "kernelBuild" && !isKernelBuildRange(r.value)) {
      throw new KnowledgeError(
        file,
        `invalid kernelBuild range ${JSON.stringify(r.value)}: use comparators such as "<4.18.0-193" or ">=4.18.0-193 <4.18.0-240"`
      );
    }
  }
  return rule;
}
function* rangesOf(rule) {
  const stack = [rule.when, ...rule.unless ?? []];
  while (stack.length) {
    const c = stack.pop();
    if (Array.isArray(c.all)) stack.push(...c.all);
    else if (Array.isArray(c.any)) stack.push(...c.any);
    else if (c.not) stack.push(c.not);
    else if (typeof c.matches === "string") yield { kind: "matches", value: c.matches };
    else if (typeof c.kernelBuild === "string") yield { kind: "kernelBuild", value: c.kernelBuild };
  }
}
export {
  parseRule
};

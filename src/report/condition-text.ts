import type { Condition, LeafCondition } from '../model/rule.js';

function leafText(c: LeafCondition): string {
  if (c.version !== undefined) return `${c.fact} in ${c.version}${c.unverified ? ` (undetermined for ${c.unverified.version}: UNVERIFIED)` : ''}`;
  if (c.kernel !== undefined) return `${c.fact} in ${c.kernel} (compared as major.minor)`;
  if (c.in !== undefined) return c.in.length === 1 ? `${c.fact} is ${c.in[0]}` : `${c.fact} is one of ${c.in.join(', ')}`;
  if (c.kernelBuild !== undefined) return `${c.fact} build in ${c.kernelBuild} (major.minor.patch-build; unknown without the build)`;
  if (c.kernelFlavor !== undefined) return `${c.fact} built by ${c.kernelFlavor.join(' or ')} (from its build tag)`;
  if (c.matches !== undefined) return `${c.fact} matches /${c.matches}/`;
  if (c.present !== undefined) return c.present ? `${c.fact} is set` : `${c.fact} is not set`;
  return `${c.fact} (no test)`;
}

/** A condition tree as indented lines: "all of:", "any of:", "not:", and one line per leaf. */
export function conditionLines(c: Condition, indent = ''): string[] {
  if ('fact' in c) return [`${indent}${leafText(c)}`];
  if ('not' in c) {
    const inner = conditionLines(c.not, `${indent}  `);
    return inner.length === 1 ? [`${indent}not: ${inner[0]!.trim()}`] : [`${indent}not:`, ...inner];
  }
  const [word, parts] = 'all' in c ? ['all of:', c.all] : ['any of:', c.any];
  if (parts.length === 1) return conditionLines(parts[0]!, indent);
  const items = parts.flatMap((p) => {
    const lines = conditionLines(p, `${indent}    `);
    lines[0] = `${indent}  - ${lines[0]!.slice(indent.length + 4)}`;
    return lines;
  });
  return [`${indent}${word}`, ...items];
}

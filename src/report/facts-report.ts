import { clusterFacts } from '../model/cluster-facts.js';
import type { Fact } from '../model/fact.js';
import type { ContextSummary, ScanResult } from '../model/finding.js';
import { formationLine } from './clusters.js';
import { factLines as plainFactLines, factOrigin, factValue, type FactTextOptions } from './fact-text.js';
import { plural } from './plural.js';
import { writeJson, type Sink } from './json-writer.js';
import { neutraliseCommands, oneLine } from './safe-text.js';

/** One fact: value, origin, where it came from and which extractor read it; below it, what it was derived from. */
function factLines(f: Fact, indent: string, opts: FactTextOptions): string[] {
  // factOrigin says "given by", "derived" or "default" itself; a repository fact gets its word and its reader.
  const origin = (x: Fact) => (x.origin === 'repository' ? `repository, ${factOrigin(x, opts)}  [${oneLine(x.source)}]` : factOrigin(x, opts));
  return plainFactLines(f, indent, opts, origin);
}

/** The fact that won over an overridden one: same name, and same key when both have one. */
function winner(ctx: ContextSummary, lost: Fact): Fact | undefined {
  return clusterFacts(ctx).find((f) => f.name === lost.name && (!f.key || !lost.key || f.key === lost.key));
}

function contextLines(ctx: ContextSummary, opts: FactTextOptions): string[] {
  const facts = clusterFacts(ctx);
  const out = [`CLUSTER ${oneLine(ctx.name)}: ${oneLine(ctx.formedBy)} (${plural(facts.length, 'fact')})`];
  if (facts.length === 0) out.push('  (none)');
  for (const f of facts) out.push(...factLines(f, '  ', opts));
  const overridden = ctx.overridden ?? [];
  if (overridden.length > 0) {
    out.push(`  overridden, not evaluated (${overridden.length}):`);
    for (const f of overridden) {
      const [first, ...rest] = factLines(f, '    ', opts);
      const w = winner(ctx, f);
      out.push(`${first}${w ? `  → replaced by ${factValue(w)} (${factOrigin(w, opts)})` : ''}`, ...rest);
    }
  }
  return out;
}

/** `netcompat facts`: every cluster, every fact, where it came from. Safe to print in a CI log. */
export function renderFactsText(result: ScanResult, opts: FactTextOptions = {}): string {
  const head = `netcompat ${result.tool.version}: facts of ${oneLine(result.root)}: ${formationLine(result.contexts)}`;
  const out = [head];
  for (const ctx of result.contexts) out.push('', ...contextLines(ctx, opts));
  return `${neutraliseCommands(out.join('\n'))}\n`;
}

/** The same as JSON: the clusters with their facts and overridden facts, keys in a stable order; streamed. */
export function writeFactsJson(result: ScanResult, sink: Sink): void {
  writeJson(
    {
      tool: result.tool,
      root: result.root,
      formedBy: formationLine(result.contexts),
      contexts: result.contexts.map((c) => ({ name: c.name, formedBy: c.formedBy, facts: clusterFacts(c), overridden: c.overridden ?? [] })),
    },
    sink,
    { stableKeys: true },
  );
}

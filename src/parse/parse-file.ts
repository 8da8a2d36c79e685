import { LineCounter, parseAllDocuments } from 'yaml';
import type { SkippedFile } from '../model/source.js';
import { lineCounterMapper, type YamlDoc } from './yaml-doc.js';

export type ParseOutcome = { docs: YamlDoc[]; skipped?: undefined } | { docs?: undefined; skipped: SkippedFile };

const TEMPLATE_MARK = /\{\{|\{%|^%\{|\$\{[^}]*\}\s*$/m;

export const PARSE_OPTIONS = {
  // Aliases are never expanded by the walkers; this caps any toJS() a caller might make.
  maxAliasCount: 100,
  uniqueKeys: false,
  prettyErrors: false,
  strict: false,
} as const;

/**
 * Parses every document of a YAML or JSON file, keeping positions. Never throws: a file with errors is
 * returned as skipped, with the first error's line, and a reason that tells templates from broken YAML.
 */
export function parseFile(path: string, text: string): ParseOutcome {
  const lineCounter = new LineCounter();
  let parsed;
  try {
    parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
  } catch (e) {
    return { skipped: { path, reason: 'yaml-error', detail: `parser failed: ${(e as Error).message}` } };
  }
  const docs = Array.isArray(parsed) ? parsed : [];
  if (!Array.isArray(parsed)) {
    // An empty stream parses to an EmptyStream: nothing to read.
    return { docs: [] };
  }
  const firstError = docs.flatMap((d) => d.errors)[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    const templated = TEMPLATE_MARK.test(text);
    return {
      skipped: {
        path,
        reason: templated ? 'template' : 'yaml-error',
        detail: templated
          ? `template syntax makes it invalid YAML (line ${line}, column ${col}); render it, or give the values as inputs`
          : `${firstError.code} at line ${line}, column ${col}: ${firstError.message.split('\n')[0]}`,
      },
    };
  }
  const map = lineCounterMapper(lineCounter);
  return {
    docs: docs.map((doc, index) => ({ file: path, index, doc, text, map })),
  };
}

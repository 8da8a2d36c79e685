import type { Document, LineCounter, Node } from 'yaml';
import type { Place } from '../model/place.js';

/**
 * Turns offsets in the text a document was parsed from into places in the outer file. For a document
 * embedded in a string scalar this is the mapping back through the scalar (see embedded.ts).
 */
export type OffsetMapper = (offset: number) => { line: number; column: number };

/** One parsed YAML (or JSON) document, with what it takes to locate its nodes in the repository. */
export interface YamlDoc {
  /** Repository-relative POSIX path of the outer file. */
  file: string;
  /** 0-based index among the file's documents (for embedded docs: of the outer document). */
  index: number;
  doc: Document.Parsed;
  /** The text the document was parsed from (the outer file, or the embedded string). */
  text: string;
  map: OffsetMapper;
  /** Set for documents parsed out of a string, e.g. `ConfigMap.data["config.conf"]`. */
  embeddedIn?: Place;
  /**
   * Set for documents read as templates (parse-file.ts): why a line of the outer file may not render as
   * written ("inside a template condition", beside template output of unknown shape), or undefined.
   */
  conditional?: (line: number) => string | undefined;
  /**
   * Set for documents Ansible renders with the inventory's variables (a task's `copy: content`, a playbook's own
   * role template): their `{{ var }}` values are resolved from the cluster's Ansible variables (context stage).
   */
  renderedBy?: 'ansible';
}

export function lineCounterMapper(lc: LineCounter): OffsetMapper {
  return (offset) => {
    const { line, col } = lc.linePos(offset);
    return { line, column: col };
  };
}

/** The place of a node: start and end of its value range (`range[1]`), mapped to the outer file. */
export function placeOf(d: YamlDoc, node: Node | null | undefined): Place {
  const range = node?.range;
  if (!range) return { file: d.file, line: d.embeddedIn?.line ?? 1, column: d.embeddedIn?.column ?? 1 };
  const start = d.map(range[0]);
  const end = d.map(Math.max(range[0], range[1]));
  return { file: d.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

import { LineCounter, type Document } from 'yaml';
import type { SkippedFile } from '../model/source.js';
import { expandedSize, MAX_EXPANDED_NODES } from './alias-budget.js';
import { hasCommentDelimiters } from './jinja-delimiters.js';
import { blankSegments } from './segments.js';
import { countDocumentStarts, flowDepthOver, hasTemplateMark } from './template-mark.js';
import { setAsideTemplateLines, templateNote } from './template-lines.js';
import { restoreValues, templateYaml, type TemplateYaml } from './template-yaml.js';
import { lineCounterMapper, type YamlDoc } from './yaml-doc.js';
import { parseYamlStream } from './yaml-stream.js';

/**
 * The documents that could be read, and, when some (or all) could not, why. A template that breaks one
 * document of four still yields the other three; the file is then listed with the documents it lost.
 */
export interface ParseOutcome {
  docs: YamlDoc[];
  skipped?: SkippedFile;
}

/** ytt control annotations: the file parses, but which of its values apply depends on data values. */
const YTT_CONTROL = /^[ \t]*#@[ \t]*(if|elif|else|for|def)\b|^[ \t]*#@overlay\//m;

export interface ParseFileOptions {
  /**
   * Per `---` segment (segments.ts), whether to parse it: a multi-document file whose triggers sit in
   * two of its 500 documents (a CRD bundle) parses those two. Missing: every document.
   */
  keep?: readonly boolean[];
}

/**
 * More documents than this in one file is not a cluster config (the Calico operator manifest holds a few
 * hundred): the file is skipped before parsing, which would cost seconds and hundreds of MiB.
 */
export const MAX_DOCUMENTS_PER_FILE = 10_000;

/** Flow collections nested deeper than this are no config; the parser would take minutes on megabytes of `[[[`. */
export const MAX_FLOW_DEPTH = 1000;

/**
 * Parses every document of a YAML or JSON file, keeping positions. Never throws. Documents with syntax
 * errors, and alias bombs, are dropped; the reason names the first problem's line and tells templates
 * from broken YAML. A document that only template control lines break (Terraform `%{ for }`, Helm
 * `{{- if }}` on lines of their own) is read with those lines set aside; what sits inside a condition
 * then counts as unresolved.
 */
export function parseFile(path: string, input: string, opts: ParseFileOptions = {}): ParseOutcome {
  // Editors do not count a byte-order mark as a column.
  const whole = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (YTT_CONTROL.test(whole)) {
    return { docs: [], skipped: { path, reason: 'template', detail: 'ytt template (#@ annotations): its values are conditional; render it with ytt' } };
  }
  if (path.endsWith('.j2') && hasCommentDelimiters(whole)) {
    return {
      docs: [],
      skipped: {
        path,
        reason: 'template',
        detail: 'Jinja template with comment-like delimiters (makejinja #% %#, #{ }#): YAML would read every branch as applying; render it',
      },
    };
  }
  // Documents set aside parse as empty ones; the kept ones keep every offset.
  const text = opts.keep ? blankSegments(whole, opts.keep) : whole;
  const starts = countDocumentStarts(text, MAX_DOCUMENTS_PER_FILE + 1);
  if (starts > MAX_DOCUMENTS_PER_FILE) {
    return { docs: [], skipped: { path, reason: 'too-large', detail: `more than ${MAX_DOCUMENTS_PER_FILE} YAML documents in one file; not read` } };
  }
  if (flowDepthOver(text, MAX_FLOW_DEPTH)) {
    return { docs: [], skipped: { path, reason: 'too-large', detail: `flow collections ([ ], { }) nested more than ${MAX_FLOW_DEPTH} deep; not read` } };
  }
  const stream = parseStream(text);
  if ('failed' in stream) return { docs: [], skipped: { path, reason: 'yaml-error', detail: `parser failed: ${stream.failed}` } };
  const first = splitLikeKubectl(text, stream);
  // Whether the file is templated is a question about the whole text, asked once.
  const facts = textFacts(whole);
  const problems = first.docs.map((doc) => problemOf(path, facts, doc, first.lc));
  if (problems.every((p) => p === undefined)) return { docs: first.docs.map((doc, index) => yamlDoc(path, index, doc, text, first.lc)) };

  const aside = problems.some((p) => p?.reason === 'template') ? setAsideTemplateLines(text) : undefined;
  const tpl = aside ? templateYaml(aside) : undefined;
  const reparsed = tpl ? parseStream(tpl.parseText) : undefined;
  // Blanking and masking keep every offset, so the n-th document is the same document in both parses.
  const second = reparsed && 'docs' in reparsed && reparsed.docs.length === first.docs.length ? reparsed : undefined;
  const conditional = aside && tpl ? templateNote(aside.conditional, tpl.beside) : undefined;
  const asideFacts = tpl ? textFacts(tpl.text) : undefined;
  const docs: YamlDoc[] = [];
  const lost: number[] = [];
  let skipped: SkippedFile | undefined;
  first.docs.forEach((doc, index) => {
    const problem = problems[index];
    if (!problem) {
      docs.push(yamlDoc(path, index, doc, text, first.lc, conditional));
      return;
    }
    const retry = second?.docs[index];
    if (tpl && second && retry && !problemOf(path, asideFacts!, retry, second.lc) && !holdsUnknownLine(retry, second.lc, tpl.unscoped)) {
      restoreValues(retry, tpl);
      docs.push(yamlDoc(path, index, retry, tpl.text, second.lc, conditional));
      return;
    }
    lost.push(index + 1);
    skipped ??= problem;
  });
  if (skipped && first.docs.length > 1) {
    const which =
      lost.length === first.docs.length
        ? 'every document'
        : `document${lost.length > 1 ? 's' : ''} ${lost.join(', ')} of ${first.docs.length} (the others were read)`;
    skipped = { ...skipped, detail: `${which}: ${skipped.detail}` };
  }
  if (!skipped && aside && tpl) skipped = { path, reason: 'template', detail: readAsTemplate(aside.blanked, tpl), quiet: true };
  return skipped ? { docs, skipped } : { docs };
}

/** A document separator as kubectl reads it: `---` at the start of a line, then only spaces or a comment. */
const SEPARATOR = /^---[ \t]*(?:#.*)?$/;
/** Beyond this many documents a broken file is not re-read one document at a time. */
const MAX_SPLIT_DOCS = 500;

/**
 * kubectl splits a stream on separator lines before parsing, so a broken document (an unterminated quote)
 * never hides the next one. The YAML parser reads on through a separator inside an open scalar; when that
 * happened, each document is parsed on its own, in a copy of the file where every other line is blanked,
 * so offsets, lines and columns stay those of the file.
 */
function splitLikeKubectl(text: string, whole: { docs: Document.Parsed[]; lc: LineCounter }): { docs: Document.Parsed[]; lc: LineCounter } {
  if (!whole.docs.some((d) => d.errors.length > 0)) return whole;
  const lines = text.split('\n');
  const starts: number[] = [0];
  lines.forEach((l, i) => {
    if (SEPARATOR.test(l.replace(/\r$/, ''))) starts.push(i + 1);
  });
  const chunks = starts
    .map((from, k) => ({ from, to: (starts[k + 1] ?? lines.length + 1) - 1 }))
    .filter((c) => lines.slice(c.from, c.to).some((l) => l.trim() && !l.trim().startsWith('#')));
  if (chunks.length <= whole.docs.length || chunks.length > MAX_SPLIT_DOCS) return whole;
  const docs: Document.Parsed[] = [];
  let lc: LineCounter | undefined;
  for (const c of chunks) {
    const blanked = lines.map((l, i) => (i >= c.from && i < c.to ? l : l.replace(/[^\r]/g, ' '))).join('\n');
    const one = parseStream(blanked);
    if ('failed' in one) continue;
    // Blanking keeps every newline, so any of these parses counts lines as the file does.
    lc ??= one.lc;
    const doc = one.docs.find((d) => d.contents !== null || d.errors.length > 0);
    if (doc) docs.push(doc);
  }
  return lc ? { docs, lc } : whole;
}

function parseStream(text: string): { docs: Document.Parsed[]; lc: LineCounter } | { failed: string } {
  const lc = new LineCounter();
  try {
    const parsed: unknown = parseYamlStream(text, lc);
    // An empty stream parses to an EmptyStream: nothing to read.
    return { docs: Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [], lc };
  } catch (e) {
    return { failed: (e as Error).message };
  }
}

const lineList = (lines: number[]): string => `line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ', …' : ''}`;

/**
 * The quiet note of a template that was read: what was set aside, and what therefore reads as unresolved.
 * Masked values are placeholders like any `{{ }}` and are named only when nothing else was set aside.
 */
function readAsTemplate(blanked: number[], tpl: TemplateYaml): string {
  const parts: string[] = [];
  const unresolved: string[] = [];
  if (blanked.length > 0) {
    parts.push(`template control lines set aside (${lineList(blanked)})`);
    unresolved.push('values inside template conditions');
  }
  if (tpl.rendered.length > 0) {
    parts.push(`template output of unknown shape set aside (${lineList(tpl.rendered)})`);
    unresolved.push('values beside that output');
  }
  if (parts.length === 0) return 'read as a template: its {{ }} values are placeholders, unresolved';
  return `read with ${parts.join(', ')}; ${unresolved.join(', ')} are unresolved`;
}

function yamlDoc(
  file: string,
  index: number,
  doc: Document.Parsed,
  text: string,
  lc: LineCounter,
  conditional?: (line: number) => string | undefined,
): YamlDoc {
  const d: YamlDoc = { file, index, doc, text, map: lineCounterMapper(lc) };
  if (conditional) d.conditional = conditional;
  return d;
}

/** Whether the document spans a line that is a whole template expression (unknown YAML once rendered). */
function holdsUnknownLine(doc: Document.Parsed, lc: LineCounter, unknown: Set<number>): boolean {
  const from = lc.linePos(doc.range[0]).line;
  const to = lc.linePos(doc.range[2]).line;
  // The smaller of the two loops: summed over a file's documents this stays linear in its lines.
  if (to - from < unknown.size) {
    for (let line = from; line <= to; line++) if (unknown.has(line)) return true;
    return false;
  }
  for (const line of unknown) if (line >= from && line <= to) return true;
  return false;
}

/** What problemOf asks of the whole text, computed once per file rather than once per document. */
interface TextFacts {
  templated: () => boolean;
  mayAlias: boolean;
}

function textFacts(text: string): TextFacts {
  let templated: boolean | undefined;
  return {
    templated: () => (templated ??= hasTemplateMark(text)),
    mayAlias: text.includes('&') && text.includes('*'),
  };
}

function problemOf(path: string, text: TextFacts, doc: Document.Parsed, lc: LineCounter): SkippedFile | undefined {
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lc.linePos(error.pos[0]);
    const templated = text.templated();
    return {
      path,
      reason: templated ? 'template' : 'yaml-error',
      detail: templated
        ? `template syntax makes it invalid YAML (line ${line}, column ${col}); render it, or give the values as inputs`
        : `${error.code} at line ${line}, column ${col}: ${error.message.split('\n')[0]}`,
    };
  }
  // Aliases need an anchor: most files have neither, and skip the walk.
  if (text.mayAlias && expandedSize(doc) > MAX_EXPANDED_NODES) {
    const { line } = lc.linePos(doc.range[0]);
    return { path, reason: 'alias-limit', detail: `aliases would expand past ${MAX_EXPANDED_NODES} nodes (document at line ${line}); not read` };
  }
  return undefined;
}

import { isDroppedOsImage } from '../knowledge/os-image-patterns.js';
import { toFacts, type TextFact } from './text-fact.js';
import type { TextExtractor } from './types.js';

const ID = 'vagrant-box';

/** `config.vm.box = "ubuntu/jammy64"`, `node.vm.box = 'centos/7'`: the literal box of a machine. */
const BOX_LITERAL = /\bvm\.box\s*=\s*(["'])([^"'\n]{1,200})\1/;
/** `vm.box = NODE_BOXES[i]`, `vm.box = box`: a Ruby name whose literal value(s) the file gives. */
const BOX_NAME = /\bvm\.box\s*=\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*(?:\[[^\]\n]{0,80}\]\s*)?(?:#.*)?$/;
const STRING = /(["'])([^"'\n]{1,200})\1/g;

interface Literal {
  box: string;
  line: number;
  column: number;
}

/** The string literals of `NAME = "…"` or a one-line `NAME = ['…', '…']`; none when the value is anything else. */
function assignedLiterals(lines: readonly string[], name: string): Literal[] {
  const out: Literal[] = [];
  const escaped = name.replace(/\$/g, '\\$');
  const re = new RegExp(`^\\s*${escaped}\\s*=\\s*(\\[[^\\]\\n]*\\]|(["'])[^"'\\n]*\\2)\\s*(?:#.*)?$`);
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    if (!m) continue;
    const start = lines[i]!.indexOf(m[1]!);
    for (const s of m[1]!.matchAll(STRING)) out.push({ box: s[2]!, line: i + 1, column: start + s.index + 2 });
  }
  return out;
}

function boxes(text: string): Literal[] {
  const lines = text.split('\n');
  const out: Literal[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 2000 || !line.includes('vm.box') || line.trimStart().startsWith('#')) continue;
    const lit = BOX_LITERAL.exec(line);
    if (lit) {
      out.push({ box: lit[2]!, line: i + 1, column: lit.index + lit[0].indexOf(lit[1]!) + 2 });
      continue;
    }
    const name = BOX_NAME.exec(line);
    if (name) out.push(...assignedLiterals(lines, name[1]!));
  }
  return out;
}

/**
 * A Vagrant box as written, marked for the context stage to decode (src/context/decode.ts); a Windows box gives
 * none. vagrant-provision makes its boxes (named in a YAML settings file) here too.
 */
export function vagrantBoxFact(box: string, at: { line: number; column: number; length: number }, note?: string): TextFact | undefined {
  if (isDroppedOsImage(box, ['vagrant-box'])) return undefined;
  return {
    name: 'node.os',
    value: box,
    ...at,
    ...(note ? { note } : {}),
    decode: { as: 'os-image', kind: 'vagrant-box', form: 'vagrant' },
  };
}

const boxFact = (b: Literal): TextFact | undefined => vagrantBoxFact(b.box, { line: b.line, column: b.column, length: b.box.length });

/**
 * The machines a Vagrantfile boots: each literal `vm.box` (or the literal values of the Ruby name it is set
 * from) gives the nodes' OS. A box chosen at run time (`SUPPORTED_OS[$os][:box]`) gives nothing.
 */
export const vagrantBox: TextExtractor = {
  id: ID,
  description: "Vagrantfiles read as text: each machine's literal config.vm.box (ubuntu/jammy64, bento/ubuntu-24.04, centos/7) as the node OS",
  input: 'text',
  paths: /(^|\/)Vagrantfile$/,
  triggers: ['vm.box'],
  extract: (file) => {
    // Machines of the same box are one node OS: the first place that names it stands for them.
    const seen = new Set<string>();
    const facts = boxes(file.text)
      .filter((b) => !seen.has(b.box) && seen.add(b.box))
      .map(boxFact)
      .filter((f): f is TextFact => f !== undefined);
    return toFacts(ID, file.path, facts);
  },
};

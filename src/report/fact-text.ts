import { plainValue } from '../evaluate/render.js';
import { factTree, type Fact } from '../model/fact.js';
import { formatPlace } from '../model/place.js';
import { oneLine } from './safe-text.js';

export interface FactTextOptions {
  /** How an explicit input is named to the reader: "--node-os" on the command line, "node-os" in the Action. */
  inputName?: (input: string) => string;
}

const cliFlag = (input: string): string => `--${input}`;

/** A value as people read it (see plainValue), on one line. */
export function factValue(f: Pick<Fact, 'name' | 'value' | 'unresolved'>): string {
  return oneLine(plainValue(f));
}

/** Where a fact came from, in a few words: a place, an input, a default or a derivation. */
export function factOrigin(f: Fact, opts: FactTextOptions = {}): string {
  const note = f.note ? oneLine(f.note) : undefined;
  const at = f.place ? `at ${oneLine(formatPlace(f.place))}` : undefined;
  switch (f.origin) {
    case 'explicit': {
      const input = f.source.startsWith('input:')
        ? (opts.inputName ?? cliFlag)(f.source.slice('input:'.length))
        : f.source.startsWith('config:')
          ? `config file ${oneLine(f.source.slice('config:'.length))}`
          : oneLine(f.source);
      return [`given by ${input}`, at, note && `(${note})`].filter(Boolean).join(' ');
    }
    case 'default':
      // An installer default's note already says "default of k0s v1.23.5+k0s.0: …".
      if (f.source.startsWith('installer:') && note) return [at, `(${note})`].filter(Boolean).join(' ');
      return [at, `(default${note ? `: ${note}` : ''})`].filter(Boolean).join(' ');
    case 'derived':
      return `derived${note ? `: ${note}` : ''}`;
    default: {
      // "v1.27.3" for "1.27.3" says nothing new; an image reference or a vendor suffix does.
      const written = f.raw !== undefined && f.raw.replace(/^v/i, '') !== f.value ? `(written ${oneLine(JSON.stringify(f.raw))})` : undefined;
      return [at ?? `from ${oneLine(f.source)}`, written, note && `(${note})`].filter(Boolean).join(' ');
    }
  }
}

/** The fact on one line, and below it, indented, every fact it was derived from. `origin` words where each came from. */
export function factLines(f: Fact, indent: string, opts: FactTextOptions = {}, origin: (f: Fact) => string = (x) => factOrigin(x, opts)): string[] {
  return factTree([f]).map(({ fact, depth }) => `${indent}${'  '.repeat(depth)}${depth > 0 ? 'from ' : ''}${fact.name} = ${factValue(fact)}  ${origin(fact)}`);
}

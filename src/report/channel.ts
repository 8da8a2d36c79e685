/**
 * Hints in data/facts.yaml are written for the command line (`--node-os rocky-8.9`, `--fact a=b`). In the
 * Action the same value is an input, so the Action's reports rewrite each known flag into its input:
 * `node-os: rocky-8.9`, `facts: a=b`, or "the node-os input" when no value follows.
 */
export type Channel = 'cli' | 'action';

/** Flags that are Action inputs of the same name; `--fact` is the multi-line input `facts`. */
const INPUT_FLAGS = new Set(['kubernetes-version', 'kube-proxy-mode', 'calico-version', 'node-os', 'kernel-version', 'fact']);

/** `--name` then, optionally, a value: a token holding a digit, `.`, `=` or `|` (so "--node-os or" keeps "or"). */
const FLAG = /(?<![\w-])--([a-z]+(?:-[a-z]+)*)(?: ([^\s,;)]*[0-9.=|][^\s,;)]*))?/g;

export function forChannel(text: string, channel: Channel): string {
  if (channel === 'cli') return text;
  return text.replace(FLAG, (whole, name: string, value: string | undefined) => {
    if (!INPUT_FLAGS.has(name)) return whole;
    const input = name === 'fact' ? 'facts' : name;
    return value !== undefined ? `${input}: ${value}` : `the ${input} input`;
  });
}

import type { Fact } from '../model/fact.js';
import { parseFile } from '../parse/parse-file.js';
import { extractDocs } from './extract-file.js';
import { INSTALL_SCRIPT_PATH } from './install-script.js';
import { kindCluster } from './kind-cluster.js';
import { kubeadmClusterConfiguration } from './kubeadm-cluster-configuration.js';
import { kubeProxyConfiguration } from './kube-proxy-configuration.js';
import type { TextExtractor } from './types.js';

const ID = 'kind-script-config';

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`: the delimiter word, and whether leading tabs are stripped. */
const HEREDOC = /<<(-?)[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/;

/** A heredoc body: its offsets in the text (from its first line to the end of its last). */
interface Body {
  start: number;
  end: number;
  stripTabs: boolean;
}

/** The bodies of the text's heredocs, each up to the line that is its delimiter. Lines are scanned once. */
function heredocBodies(text: string): Body[] {
  const out: Body[] = [];
  let pos = 0;
  while (pos < text.length) {
    const eol = text.indexOf('\n', pos);
    const lineEnd = eol < 0 ? text.length : eol;
    const m = HEREDOC.exec(text.slice(pos, lineEnd));
    pos = lineEnd + 1;
    if (!m?.[3]) continue;
    const start = pos;
    let end = -1;
    while (pos < text.length) {
      const e = text.indexOf('\n', pos);
      const le = e < 0 ? text.length : e;
      const line = text.slice(pos, le).replace(/\r$/, '');
      if ((m[1] === '-' ? line.replace(/^\t+/, '') : line).trim() === m[3]) {
        end = pos;
        pos = le + 1;
        break;
      }
      pos = le + 1;
    }
    // No delimiter line (`$((a<<b))`, a here-string): not a heredoc; go on from the next line.
    if (end < 0) {
      pos = start;
      continue;
    }
    out.push({ start, end, stripTabs: m[1] === '-' });
  }
  return out;
}

/**
 * The text with everything outside one body made blank (newlines kept), so YAML parsed from it is placed at
 * its own line and column in the script. A `<<-` heredoc's leading tabs become spaces (the shell strips them).
 */
function bodyOnly(text: string, b: Body): string {
  let body = text.slice(b.start, b.end);
  if (b.stripTabs) body = body.replace(/^\t+/gm, (t) => ' '.repeat(t.length));
  return text.slice(0, b.start).replace(/[^\n]/g, ' ') + body + text.slice(b.end).replace(/[^\n]/g, ' ');
}

/**
 * kind configs written inline in a script (`cat <<EOF | kind create cluster --config=-`, `kind create cluster
 * --config - <<EOF`, `cat > kind.yaml <<EOF`): each heredoc holding a kind Cluster is read like a kind config
 * file, with its kubeadm patches, placed in the script. Variables in an unquoted heredoc stay placeholders
 * (unresolved). Read as text, never run.
 */
export const kindScriptConfig: TextExtractor = {
  id: ID,
  description: 'kind Cluster configs in a script heredoc (piped to kind create cluster, or written to a file), read as the kind-cluster extractor reads a file',
  input: 'text',
  paths: INSTALL_SCRIPT_PATH,
  triggers: ['kind.x-k8s.io/', 'kind.sigs.k8s.io/v1alpha3'],
  extract(file) {
    const facts: Fact[] = [];
    for (const b of heredocBodies(file.text)) {
      const body = file.text.slice(b.start, b.end);
      if (!body.includes('kind.x-k8s.io/') && !body.includes('kind.sigs.k8s.io/')) continue;
      const { docs } = parseFile(file.path, bodyOnly(file.text, b));
      facts.push(
        ...extractDocs([kindCluster, kubeProxyConfiguration, kubeadmClusterConfiguration], docs, () => {
          // An extractor that fails on a body is as good as no body: the script is read for its commands anyway.
        }),
      );
    }
    return facts;
  },
};

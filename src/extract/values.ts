/**
 * Placeholders from Helm/Go templates, Jinja, envsubst, shell, sed and angle-bracket conventions. The
 * `__NAME__` form is checked by a scan: as a regex (`__[A-Za-z0-9_]+__`) it is quadratic on `____…`.
 */
const PLACEHOLDER = /\{\{|\{%|\$\{|\$\(|^\$[A-Za-z_]|[^$]\$[A-Z_]{2,}|<[A-Za-z_-]+>/;

/** Longer values are not read as versions, modes or defaults: treated as unresolved, no pattern run on them. */
export const MAX_VALUE_LENGTH = 4096;

export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s) || hasDunderName(s);
}

const NAME_CHAR = /[A-Za-z0-9_]/;

/** `__NAME__`: within one run of name characters, a `__` and another `__` at least three further on. */
function hasDunderName(s: string): boolean {
  let i = 0;
  while (i < s.length) {
    if (!NAME_CHAR.test(s[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < s.length && NAME_CHAR.test(s[end]!)) end++;
    const run = s.slice(i, end);
    const first = run.indexOf('__');
    if (first >= 0 && run.lastIndexOf('__') >= first + 3) return true;
    i = end;
  }
  return false;
}

/**
 * `${VAR:-default}` / `${VAR:=default}` (clusterctl, envsubst): the default, when the whole value is
 * such an expression. Returns undefined otherwise.
 */
export function envDefault(s: string): string | undefined {
  if (s.length > MAX_VALUE_LENGTH) return undefined;
  const m = lastEnvDefault(s);
  if (!m || isPlaceholder(`${m.before}${m.after}`)) return undefined;
  return `${m.before}${m.fallback}${m.after}`;
}

const NAME_START = /[A-Za-z_]/;

/**
 * The last `${NAME:-default}` (or `:=`) such that no line break stands before it or after its `}`: what
 * `/^(.*)\$\{NAME:[-=]([^}]*)\}(.*)$/` finds with its greedy prefix, without its cubic backtracking.
 */
function lastEnvDefault(s: string): { before: string; fallback: string; after: string } | undefined {
  let firstBreak = s.length;
  let lastBreak = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\n' || s[i] === '\r' || s[i] === '\u2028' || s[i] === '\u2029') {
      if (firstBreak === s.length) firstBreak = i;
      lastBreak = i;
    }
  }
  // The first `}` at or after knownFrom is knownClose: an earlier candidate only scans up to knownFrom.
  let knownFrom = s.length;
  let knownClose = -1;
  for (let p = s.lastIndexOf('${'); p >= 0; p = p === 0 ? -1 : s.lastIndexOf('${', p - 1)) {
    if (p > firstBreak) continue;
    let q = p + 2;
    if (!NAME_START.test(s[q] ?? '')) continue;
    while (q < s.length && NAME_CHAR.test(s[q]!)) q++;
    if (s[q] !== ':' || (s[q + 1] !== '-' && s[q + 1] !== '=')) continue;
    let close = knownClose;
    for (let i = q + 2; i < knownFrom; i++) {
      if (s[i] === '}') {
        close = i;
        break;
      }
    }
    if (q + 2 < knownFrom) {
      knownFrom = q + 2;
      knownClose = close;
    }
    if (close < 0 || close < lastBreak) continue;
    return { before: s.slice(0, p), fallback: s.slice(q + 2, close), after: s.slice(close + 1) };
  }
  return undefined;
}

/** "v1.27.3" → "1.27.3"; keeps vendor suffixes (the engine coerces); undefined when not version-like. */
export function normalizeVersion(raw: string): string | undefined {
  const s = raw.trim().replace(/^["']|["']$/g, '');
  const m = /^v?(\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.+_-]*)?)$/.exec(s);
  return m?.[1];
}

/** kube-proxy modes as written → canonical lower-case; "" means the platform default (iptables on Linux). */
export function normalizeProxyMode(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  if (s === '') return 'iptables';
  return ['iptables', 'ipvs', 'nftables', 'kernelspace', 'userspace'].includes(s) ? s : undefined;
}

/** Calico IPIP / VXLAN pool modes → Always | CrossSubnet | Never (kURL writes "Off"). */
export function normalizeEncapMode(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  if (['always', 'true', 'enabled', 'on'].includes(s)) return 'Always';
  if (s === 'crosssubnet' || s === 'cross-subnet') return 'CrossSubnet';
  if (['never', 'false', 'off', 'disabled', ''].includes(s)) return 'Never';
  return undefined;
}

/** Felix iptables backends → Auto | NFT | Legacy. */
export function normalizeIptablesBackend(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  return s === 'auto' ? 'Auto' : s === 'nft' ? 'NFT' : s === 'legacy' ? 'Legacy' : undefined;
}

/** Felix nftablesMode as written → Enabled | Disabled | Auto. */
export function normalizeNftablesMode(raw: string): string | undefined {
  return ({ enabled: 'Enabled', disabled: 'Disabled', auto: 'Auto' } as Record<string, string>)[raw.trim().toLowerCase()];
}

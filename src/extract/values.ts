/** Placeholders from Helm/Go templates, Jinja, envsubst, shell, sed and angle-bracket conventions. */
const PLACEHOLDER = /\{\{|\{%|\$\{|\$\(|^\$[A-Za-z_]|[^$]\$[A-Z_]{2,}|__[A-Za-z0-9_]+__|<[A-Za-z_-]+>/;

export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s);
}

/**
 * `${VAR:-default}` / `${VAR:=default}` (clusterctl, envsubst): the default, when the whole value is
 * such an expression. Returns undefined otherwise.
 */
export function envDefault(s: string): string | undefined {
  const m = /^(.*)\$\{[A-Za-z_][A-Za-z0-9_]*:[-=]([^}]*)\}(.*)$/.exec(s);
  if (!m || isPlaceholder(`${m[1]}${m[3]}`)) return undefined;
  return `${m[1]}${m[2]}${m[3]}`;
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

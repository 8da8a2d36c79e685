import { isKernelString, isWindowsKernel, normalizeKernel } from '../knowledge/kernel.js';
import { explainOsSpec, lookupOs, osSpecHead, osSpecIds } from '../knowledge/os-table.js';
import { isFactName, type Fact, type FactName } from '../model/fact.js';
import { FAIL_ON, type FailOn } from '../model/gate.js';
import { normalizeVersion } from '../extract/values.js';
import { closest } from './suggest.js';
import { badValue } from './usage-error.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export const PROXY_MODES = ['iptables', 'ipvs', 'nftables'] as const;

/** The values the rules test for facts with a closed set of values; `--fact` accepts only these. */
const FACT_VALUES: Partial<Record<FactName, readonly string[]>> = {
  // userspace only through --fact: KP-USERSPACE-REMOVED says it no longer exists from 1.26.
  'kubeProxy.mode': [...PROXY_MODES, 'userspace'],
  'calico.ipipMode': ['Always', 'CrossSubnet', 'Never'],
  'calico.vxlanMode': ['Always', 'CrossSubnet', 'Never'],
  'calico.iptablesBackend': ['Auto', 'NFT', 'Legacy'],
  'host.iptablesBackend': ['nft', 'legacy'],
  'host.ipTablesModuleLoaded': ['true', 'false'],
  'host.nodeIpInterfaceMayChange': ['true', 'false'],
  'kubeProxy.nftablesSkipKernelCheck': ['true'],
  'calico.nftablesMode': ['Enabled', 'Disabled', 'Auto'],
  'calico.dataplane': ['Iptables', 'BPF', 'Nftables', 'VPP'],
};

/** The explicit values a user can give, by their flag / input name. */
export interface ExplicitInputs {
  'kubernetes-version'?: string;
  'kube-proxy-mode'?: string;
  'calico-version'?: string;
  'node-os'?: string;
  'kernel-version'?: string;
  /** NAME=VALUE pairs for any fact (`host.ipTablesModuleLoaded=true`). */
  facts?: string[];
}

export function parseFailOn(v: string | undefined, what = 'fail-on'): FailOn {
  const s = (v ?? 'high').trim().toLowerCase() || 'high';
  if (!(FAIL_ON as readonly string[]).includes(s)) throw badValue(what, v ?? '', FAIL_ON);
  return s as FailOn;
}

export function parseFormat(v: string | undefined): Format {
  const s = (v ?? 'text').trim().toLowerCase() || 'text';
  if (!(FORMATS as readonly string[]).includes(s)) throw badValue('format', v ?? '', FORMATS);
  return s as Format;
}

function explicit(name: FactName, value: string, input: string, raw: string, note?: string): Fact {
  const f: Fact = { name, value, origin: 'explicit', source: `input:${input}` };
  if (raw !== value) f.raw = raw;
  if (note) f.note = note;
  return f;
}

/** A version input (`kubernetes-version`, `calico-version`) as a fact; a value that is no version exits 2 naming an example. */
function explicitVersion(inputs: ExplicitInputs, input: 'kubernetes-version' | 'calico-version', name: FactName, example: string): Fact | undefined {
  const raw = inputs[input]?.trim();
  if (!raw) return undefined;
  const v = normalizeVersion(raw);
  if (!v) throw badValue(input, raw, `a version such as ${example} or v${example}`);
  return explicit(name, v, input, raw);
}

function nodeOsFact(os: string): Fact {
  const r = lookupOs(os);
  if (!r) {
    const { head, rest } = osSpecHead(os);
    const id = closest(head, osSpecIds());
    throw badValue('node-os', os, explainOsSpec(os), id && id !== head ? `${id}${rest}` : undefined);
  }
  return explicit('node.os', `${r.distro}-${r.requested}${r.date ? `-${r.date}` : ''}`, 'node-os', os, r.date ? `${r.label} of ${r.date}` : r.label);
}

function kernelFact(kernel: string): Fact {
  if (isWindowsKernel(kernel)) {
    throw badValue('kernel-version', kernel, 'a Linux kernel release (this is a Windows build number; the rules concern Linux nodes)');
  }
  if (!isKernelString(kernel)) {
    throw badValue('kernel-version', kernel, 'a Linux kernel release as uname -r prints it, such as 3.10.0-1160.el7.x86_64, 5.15.0-1051-aws or 6.1');
  }
  return explicit('node.kernel', normalizeKernel(kernel), 'kernel-version', kernel);
}

/**
 * Validates explicit values and turns them into facts. Throws UsageError naming the value and what is
 * accepted, so the CLI and the Action can exit 2.
 */
export function explicitFacts(inputs: ExplicitInputs): Fact[] {
  const out: Fact[] = [];
  const k8s = explicitVersion(inputs, 'kubernetes-version', 'kubernetes.version', '1.28.7');
  if (k8s) out.push(k8s);
  const mode = inputs['kube-proxy-mode']?.trim();
  if (mode) {
    const m = mode.toLowerCase();
    if (!(PROXY_MODES as readonly string[]).includes(m)) throw badValue('kube-proxy-mode', mode, PROXY_MODES);
    out.push(explicit('kubeProxy.mode', m, 'kube-proxy-mode', mode));
  }
  const calico = explicitVersion(inputs, 'calico-version', 'calico.version', '3.26.4');
  if (calico) out.push(calico);
  const os = inputs['node-os']?.trim();
  if (os) out.push(nodeOsFact(os));
  const kernel = inputs['kernel-version']?.trim();
  if (kernel) out.push(kernelFact(kernel));
  for (const pair of inputs.facts ?? []) {
    const s = pair.trim();
    if (!s) continue;
    const eq = s.indexOf('=');
    const name = eq > 0 ? s.slice(0, eq).trim() : '';
    if (!isFactName(name) || eq === s.length - 1)
      throw badValue('fact', s, 'NAME=VALUE with NAME a fact (see `netcompat rules`), e.g. host.ipTablesModuleLoaded=true');
    let value = s.slice(eq + 1).trim();
    const accepted = FACT_VALUES[name];
    if (accepted) {
      // A typo here ("ture", "yes") would silently turn a rule off: the rules test these values exactly.
      const known = accepted.find((a) => a.toLowerCase() === value.toLowerCase());
      if (!known) throw badValue('fact', s, `${name}=${accepted.join('|')}`);
      value = known;
    }
    out.push(explicit(name, value, 'fact', s));
  }
  return out;
}

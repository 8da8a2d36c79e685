import { describe, expect, it } from 'vitest';
import { shellTextFacts } from '../../src/extract/shell-facts.js';
import { shellCommands } from '../../src/extract/shell-words.js';
import { expandWord, shellVariables } from '../../src/extract/shell-vars.js';

const vars = (text: string) => Object.fromEntries([...shellVariables(shellCommands(text))].map(([k, v]) => [k, `${v.value}@${v.line}`]));
const expand = (text: string, word: string) => expandWord({ text: word, line: 9, column: 1 }, shellVariables(shellCommands(text))).text;
const show = (text: string) =>
  shellTextFacts(text).map((f) => `${f.name}=${f.value} @${f.line}:${f.column}+${f.length}${f.raw ? ` "${f.raw}"` : ''}${f.unresolved ? ' (unresolved)' : ''}`);

describe('shellVariables', () => {
  it('keeps variables set to one literal: plain, quoted, exported, local, make operators, before a command', () => {
    const text = ['A=1.28.3', 'B="v3.26.1"', "export C='1.29.0-1.1'", 'local D=x', 'E ?= v2.24.1', 'F := 1', 'G=1 H=2 kubeadm init'].join('\n');
    expect(vars(text)).toEqual({ A: '1.28.3@1', B: 'v3.26.1@2', C: '1.29.0-1.1@3', D: 'x@4', E: 'v2.24.1@5', F: '1@6', G: '1@7', H: '2@7' });
  });

  it('drops a variable set twice to different values, or once to anything not literal', () => {
    const text = ['A=1.28.3', 'A=1.29.0', 'B=1.28.3', 'B=1.28.3', 'C=$(cat version)', 'D=${X:-1.2.3}', 'E=', 'F=`uname -r`', 'G = a b'].join('\n');
    expect(vars(text)).toEqual({ B: '1.28.3@3' });
  });

  it("V=${V:-value} is the script's default for V (the environment may set it): the default, at its column; another variable's default is not", () => {
    const text = ['K=${K:-2.29.1}', 'Q="${Q:=v1.2.3}"', 'M=${M:-$(cat x)}', 'N=${OTHER:-1.0.0}', 'E=${E:-}'].join('\n');
    const got = shellVariables(shellCommands(text));
    expect(Object.fromEntries([...got].map(([k, v]) => [k, `${v.value}@${v.line}:${v.column} ${v.dflt}`]))).toEqual({
      K: '2.29.1@1:8 the default of ${K:-2.29.1}',
      Q: 'v1.2.3@2:9 the default of ${Q:=v1.2.3}',
    });
  });

  it('an assignment is only one at the start of a command: echo A=1 and --flag=1 are words', () => {
    expect(vars('echo A=1\nkubeadm init --B=2\nif true; then C=3; fi')).toEqual({ C: '3@3' });
  });
});

describe('expandWord', () => {
  const text = 'V="1.32.0-1.1"\nR=v3.26.1\nN=a.b.c';
  it.each([
    ['$V', '1.32.0-1.1'],
    ['${V}', '1.32.0-1.1'],
    ['${V%-*}', '1.32.0'],
    ['${V%%.*}', '1'],
    ['${V#*.}', '32.0-1.1'],
    ['${V##*.}', '1'],
    ['${R#v}', '3.26.1'],
    ['${N%.?}', 'a.b'],
    ['${V:-9.9.9}', '1.32.0-1.1'],
    ['$(R)', 'v3.26.1'],
    ['$(R', 'v3.26.1'],
    ['--kubernetes-version=${V%-*}', '--kubernetes-version=1.32.0'],
    ['https://x/calico/${R}/manifests/calico.yaml', 'https://x/calico/v3.26.1/manifests/calico.yaml'],
  ])('%s → %s', (word, out) => {
    expect(expand(text, word)).toBe(out);
  });

  it.each([['$OTHER'], ['${V/1/2}'], ['${V%[0-9]}'], ['$V-$OTHER'], ['${#V}'], ['plain']])('%s is left as written', (word) => {
    expect(expand(text, word)).toBe(word);
  });

  it('records what was written and the assignments used', () => {
    const w = expandWord({ text: '${R}/${V}', line: 9, column: 4 }, shellVariables(shellCommands(text)));
    expect(w).toEqual({
      text: 'v3.26.1/1.32.0-1.1',
      line: 9,
      column: 4,
      expansion: { raw: '${R}/${V}', uses: ['R=v3.26.1 (line 2)', 'V=1.32.0-1.1 (line 1)'] },
    });
  });
});

describe('script facts through variables', () => {
  it('kubeadm --kubernetes-version and a Calico manifest URL, placed at the reference as written, the assignment in the note', () => {
    const script = [
      '#!/bin/bash',
      'K8S_VERSION="1.32.0-1.1"',
      'export CALICO_VERSION=v3.26.1',
      'sudo kubeadm init --kubernetes-version=${K8S_VERSION%-*}',
      'kubectl apply -f https://raw.githubusercontent.com/projectcalico/calico/${CALICO_VERSION}/manifests/calico.yaml',
    ].join('\n');
    expect(show(script)).toEqual([
      'installer.name=kubeadm @4:6+7',
      'kubernetes.version=1.32.0 @4:40+17 "${K8S_VERSION%-*}"',
      'calico.version=3.26.1 @5:73+17 "${CALICO_VERSION}"',
      'calico.kubeControllersVersion=3.26.1 @5:73+17 "${CALICO_VERSION}"',
      'calico.ipipMode=Always @5:101+11 "calico.yaml"',
      'calico.vxlanMode=Never @5:101+11 "calico.yaml"',
    ]);
    const k8s = shellTextFacts(script).find((f) => f.name === 'kubernetes.version');
    expect(k8s?.note).toBe('kubeadm init --kubernetes-version; K8S_VERSION=1.32.0-1.1 (line 2) in the same file');
  });

  it("a variable's own default in the script is read as that default, and the note says so", () => {
    const script =
      'KUBESPRAY_VERSION=${KUBESPRAY_VERSION:-2.29.1}\ncurl -SL https://github.com/kubernetes-sigs/kubespray/archive/refs/tags/v${KUBESPRAY_VERSION}.tar.gz -o k.tgz';
    const facts = shellTextFacts(script);
    expect(show(script)).toEqual([
      'installer.name=kubespray @2:10+91 "https://github.com/kubernetes-sigs/kubespray/archive/refs/tags/v${KUBESPRAY_VERSION}.tar.gz"',
      'installer.release=2.29.1 @2:73+21 "v${KUBESPRAY_VERSION}"',
    ]);
    expect(facts[1]?.note).toBe(
      'the source archive ref v2.29.1; KUBESPRAY_VERSION=2.29.1 (the default of ${KUBESPRAY_VERSION:-2.29.1}, line 1) in the same file',
    );
  });

  it('a variable with two values in the file stays a placeholder: unresolved, never one of them', () => {
    const script = 'if [ "$NEW" ]; then V=1.29.0; else V=1.27.3; fi\nkubeadm init --kubernetes-version=$V';
    expect(show(script)).toEqual(['installer.name=kubeadm @2:1+7', 'kubernetes.version=$V @2:35+2 (unresolved)']);
  });
});

/**
 * Issue 15 item 8: markdown, bidi and terminal injection. Repository strings (cluster names from folder
 * names, file names, values) built here with live-link markdown, U+202E, C1 controls and raw ESC must
 * come out inert in the summary, the check run, the comment, annotations and the terminal report.
 */
import { describe, expect, it } from 'vitest';
import { annotationsOf } from '../../src/report/annotations.js';
import { checkAnnotation } from '../../src/action/check-run-requests.js';
import { checkText } from '../../src/report/check-run.js';
import { commentBody } from '../../src/report/comment.js';
import { backtickCode, code, escapeMarkdown, oneLine, plainLine, plainLines } from '../../src/report/safe-text.js';
import { summaryMarkdown } from '../../src/report/summary-markdown.js';
import { renderText } from '../../src/report/text.js';
import { finding, K8S, result } from '../report/sample-result.js';

const LINK = '[Fix here](https://evil.example/x)';
const BIDI = 'admin\u202etxt.exe';
const C1 = 'a\u0085b\u009bc';
const ESC = 'x\u001b[31mred\u001b]8;;https://evil.example\u0007';
const HOSTILE = `${LINK} ${BIDI} ${C1} ${ESC}`;

/** The hostile link as GitHub would render it: `](` with the bracket not escaped. */
const LIVE_LINK = /(^|[^\\])\]\(https:\/\/evil/;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function hostileResult() {
  const place = { ...K8S.place!, file: `clusters/${HOSTILE}/kubeadm.yaml` };
  return result({
    contexts: [{ name: HOSTILE, formedBy: `folder ${HOSTILE}`, facts: [{ ...K8S, place, value: HOSTILE }] }],
    findings: [finding({ context: HOSTILE, message: `kube-proxy ${HOSTILE}`, primary: place, evidence: [{ ...K8S, place, value: HOSTILE }] })],
  });
}

describe('safe text helpers', () => {
  it('code() escapes markdown inside <code>, strips bidi and controls', () => {
    const c = code(HOSTILE);
    expect(c).not.toMatch(LIVE_LINK);
    expect(c).not.toMatch(CONTROL);
    expect(c.startsWith('<code>\\[Fix here\\]\\(https://evil.example/x\\)')).toBe(true);
    expect(escapeMarkdown(HOSTILE)).not.toMatch(CONTROL);
  });

  it('backtick spans are fenced longer than any run inside', () => {
    expect(backtickCode('a``b')).toBe('```a``b```');
    expect(backtickCode('`x')).toBe('`` `x ``');
    expect(backtickCode('a|b @team')).toBe('`a\\|b @\u200bteam`');
    expect(backtickCode(BIDI)).toBe('`admintxt.exe`');
  });

  it('terminal text shows controls and bidi escaped', () => {
    expect(oneLine(`${BIDI}${ESC}`)).toBe('admin\\u202etxt.exex\\u001b[31mred\\u001b]8;;https://evil.example\\u0007');
    expect(plainLine(C1)).toBe('a b c');
    expect(plainLines('a\nb\u001bc\u202e')).toBe('a\nb c');
  });
});

describe('reports of a hostile repository', () => {
  it('summary, check-run text and comment render no live link, no control, no bidi', () => {
    const r = hostileResult();
    const outputs = [
      summaryMarkdown(r, { failOn: 'high', limit: 1e6 }),
      checkText(r),
      commentBody(r, { checkName: 'netcompat', failOn: 'high', sha: 'c'.repeat(40), detailsUrl: 'https://github.test/o/r/runs/1' }),
    ];
    for (const md of outputs) {
      // A <details><summary> line opens an HTML block: GitHub reads no markdown in it, only entities.
      const markdownLines = md.split('\n').filter((l) => !l.startsWith('<details>'));
      expect(markdownLines.join('\n')).not.toMatch(LIVE_LINK);
      expect(md).not.toMatch(/<summary>[^\n]*<(?!\/?(b|code|summary)>)/);
      expect(md).not.toMatch(CONTROL);
    }
    expect(outputs[0]).toContain('admintxt.exe');
  });

  it('annotations carry no control or bidi character', () => {
    const r = hostileResult();
    for (const a of annotationsOf(r)) {
      const ca = checkAnnotation(a)!;
      expect(ca.title).not.toMatch(CONTROL);
      expect(ca.message).not.toMatch(CONTROL);
      expect(ca.raw_details).not.toMatch(CONTROL);
    }
  });

  it('the terminal report carries no raw control or bidi character', () => {
    const text = renderText(hostileResult(), { failOn: 'high', color: false });
    expect(text).not.toMatch(CONTROL);
  });
});

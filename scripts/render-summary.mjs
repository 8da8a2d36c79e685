// Makes the README picture of a job summary from netcompat's own output: runs the built Action
// (dist/index.js) on the three-cluster test repository as a runner would, renders the job summary it
// writes with a GitHub-flavoured markdown renderer and a GitHub-like stylesheet, and captures it with
// headless Chromium at 1,000 px. Usage: npm run bundle && node scripts/render-summary.mjs [out.png]
// (needs `chromium` on PATH; on Debian: apt-get install -y chromium).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = process.argv[2] ?? join(ROOT, 'docs/images/job-summary.png');
const WIDTH = 1000;
const HEIGHT = Number(process.env.SHOT_HEIGHT ?? 1150);

const dir = mkdtempSync(join(tmpdir(), 'netcompat-shot-'));
const summary = join(dir, 'summary.md');
writeFileSync(summary, '');
const env = {
  PATH: process.env.PATH ?? '',
  HOME: dir,
  RUNNER_TEMP: dir,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: join(ROOT, 'test/fixtures/prview/three'),
  GITHUB_STEP_SUMMARY: summary,
  GITHUB_OUTPUT: join(dir, 'output.txt'),
  GITHUB_REPOSITORY: 'octo/platform',
  GITHUB_SHA: '3f6c2a1b9d8e7f60514233a4b5c6d7e8f9012345',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '1',
  'INPUT_NODE-OS': 'centos-7.9',
  'INPUT_CHECK-RUN': 'false',
};
const run = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], { env, encoding: 'utf8' });
if (run.status !== 0 && run.status !== 1) throw new Error(`the Action failed (${run.status}): ${run.stderr}`);
const md = readFileSync(summary, 'utf8');

// A small stand-in for GitHub's markdown stylesheet: system font, 16 px, bordered tables, code background.
const css = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${WIDTH}px; padding: 24px 32px; color: #1f2328;
  font: 16px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
p, table, details, ul, blockquote { margin: 0 0 16px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
a { color: #0969da; text-decoration: none; }
details summary { cursor: pointer; } details { margin-bottom: 4px; }
blockquote { border-left: .25em solid #0969da; padding: 0 1em; color: #59636e; }
`;
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="markdown-body">${marked.parse(md, { gfm: true })}</div></body></html>`;
const page = join(dir, 'summary.html');
writeFileSync(page, html);

const shot = spawnSync(
  process.env.CHROMIUM ?? 'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--window-size=${WIDTH},${HEIGHT}`,
    `--screenshot=${OUT}`,
    `file://${page}`,
  ],
  { encoding: 'utf8' },
);
if (shot.status !== 0) throw new Error(`chromium failed (${shot.status}): ${shot.stderr}`);
process.stdout.write(`${OUT}: ${md.length} characters of job summary rendered at ${WIDTH}x${HEIGHT}\n`);

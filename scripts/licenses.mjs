// Third-party licence notices for what the bundle contains: every package whose code esbuild put into dist/
// (from its metafile), with the licence its package.json declares and the text of its licence file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCode } from './code-order.mjs';

/** `node_modules/@scope/name/...` or `node_modules/name/...` → the package folder (innermost node_modules). */
export function packageDirOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const scoped = parts[at + 1]?.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/**
 * The files whose code is in the bundle: those that put bytes into an output. esbuild's `inputs` also lists
 * every file it read and then left out (a module without side effects that nothing uses: @actions/core's
 * platform details, which import @actions/exec and @actions/io). A metafile without `outputs` (a file
 * shipped beside the bundle, as the HCL grammar) names its inputs directly.
 */
export function bundledInputs(metafile) {
  if (!metafile.outputs) return Object.keys(metafile.inputs);
  const used = new Set();
  for (const output of Object.values(metafile.outputs)) for (const [input, info] of Object.entries(output.inputs)) if (info.bytesInOutput > 0) used.add(input);
  return [...used];
}

/** The notices file: one section per bundled package, sorted by name; throws when a package names no licence. */
export function licensesText(root, metafiles) {
  const dirs = new Set();
  for (const m of metafiles)
    for (const input of bundledInputs(m)) {
      const dir = packageDirOf(input);
      if (dir) dirs.add(dir);
    }
  const packages = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const licence = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type;
    if (!licence) throw new Error(`${pkg.name}: package.json declares no licence; cannot bundle it`);
    const files = existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => LICENCE_FILE.test(f))
          .sort()
      : [];
    const texts = files.map((f) => readFileSync(join(root, dir, f), 'utf8').trim());
    return { name: pkg.name, version: pkg.version, licence, texts };
  });
  // One package may be installed at several versions; keep each once.
  const seen = new Set();
  const unique = packages
    .sort((a, b) => byCode(a.name, b.name) || byCode(a.version, b.version))
    .filter((p) => !seen.has(`${p.name}@${p.version}`) && seen.add(`${p.name}@${p.version}`));
  const head = 'Third-party software bundled in dist/ (netcompat itself is Apache-2.0, see LICENSE).\n';
  return (
    head +
    unique
      .map((p) =>
        [
          `\n${'='.repeat(78)}\n${p.name}@${p.version}\nLicense: ${p.licence}\n${'-'.repeat(78)}`,
          ...(p.texts.length ? p.texts : [`(no licence file in the package; declared ${p.licence})`]),
        ].join('\n'),
      )
      .join('\n') +
    '\n'
  );
}

// Checks a release tag before anything is published: the tag is v<package.json version>, CHANGELOG.md has
// a section for that version, and (with --notes FILE) writes that section's text as the release notes.
// Usage: node scripts/release-check.mjs v1.2.3 [--notes release-notes.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/** The notes of one version: the lines under `## [x.y.z]` up to the next `## ` heading, trimmed. */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
}

/** Problems with releasing `tag`, empty when it may be released; `notes` is the changelog section. */
export function checkRelease(tag, pkg, changelog) {
  const problems = [];
  const version = tag.startsWith('v') ? tag.slice(1) : undefined;
  if (!version || !SEMVER.test(version)) problems.push(`tag ${JSON.stringify(tag)} is not v<major>.<minor>.<patch>`);
  else if (version !== pkg.version) problems.push(`tag ${tag} does not match package.json version ${pkg.version}`);
  const notes = version ? changelogSection(changelog, version) : undefined;
  if (version && !notes) problems.push(`CHANGELOG.md has no non-empty "## [${version}]" section`);
  return { problems, notes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const [tag, flag, notesFile] = process.argv.slice(2);
  if (!tag || (flag !== undefined && (flag !== '--notes' || !notesFile))) {
    console.error('usage: node scripts/release-check.mjs vX.Y.Z [--notes FILE]');
    process.exit(2);
  }
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const { problems, notes } = checkRelease(tag, pkg, readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8'));
  if (problems.length) {
    for (const p of problems) console.error(`release-check: ${p}`);
    process.exit(1);
  }
  if (notesFile) writeFileSync(notesFile, `${notes}\n`);
  console.log(`release-check: ${tag} is ready`);
}

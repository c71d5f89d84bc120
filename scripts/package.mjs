#!/usr/bin/env node
/** Builds, then zips build/chrome and build/firefox into the two store packages in dist/. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
mkdirSync(path.join(root, 'dist'), { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const zip = path.join(root, 'dist', `verbatim-${version}-${browser}.zip`);
  rmSync(zip, { force: true });
  // -X: no extra file attributes, so the same build gives the same zip.
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], {
    cwd: path.join(root, 'build', browser),
    stdio: 'inherit',
  });
  console.log(`packaged ${path.relative(root, zip)}`);
}

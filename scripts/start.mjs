#!/usr/bin/env node
/**
 * `npm start`: builds, serves the demo article on 127.0.0.1 and opens a browser with the extension
 * loaded on it — Chromium if installed, else Firefox (through web-ext). Click the Verbatim button
 * (or press Alt+Shift+K) to open the reader.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const demo = readFileSync(path.join(root, 'test/fixtures/pompeo-nkorea.html'));
const server = createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/demo'))
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo);
  else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/demo`;
  console.log(`demo article at ${url}`);
  const chromium = [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find(existsSync);
  const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  let child;
  if (chromium) {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'verbatim-start-'));
    const args = [
      `--user-data-dir=${profile}`,
      `--load-extension=${path.join(root, 'build/chrome')}`,
      '--no-first-run',
      url,
    ];
    // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    child = spawn(chromium, args, { stdio: 'inherit' });
  } else if (firefox) {
    const webExt = path.join(root, 'node_modules/.bin/web-ext');
    child = spawn(
      webExt,
      [
        'run',
        '--source-dir',
        path.join(root, 'build/firefox'),
        '--firefox',
        firefox,
        '--start-url',
        url,
      ],
      { stdio: 'inherit' },
    );
  } else {
    console.error(
      'No Chromium or Firefox found. Load build/chrome or build/firefox by hand, then open',
      url,
    );
    return;
  }
  child.on('exit', () => server.close());
});

#!/usr/bin/env node
/**
 * Builds the two extensions and the CLI from one source tree:
 *   build/chrome   Manifest V3 with a service worker
 *   build/firefox  Manifest V3 with an event page (background.scripts) and gecko settings
 *   build/cli      the `verbatim` command for Node
 * One esbuild entry per runtime context. `--test` adds what the end-to-end tests need and a
 * store build must never ship (options page reachable from a test page in Firefox). `--watch`
 * (npm run dev) builds once, then rebuilds each bundle when its sources change.
 */
import { build, context, transform } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BROWSER_TARGETS } from './targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (...parts) => path.join(root, 'build', ...parts);
const args = new Set(process.argv.slice(2));
const testBuild = args.has('--test') || process.env.VERBATIM_TEST_BUILD === '1';
const watch = args.has('--watch');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

/** One manifest source, shaped for each browser. */
export function manifestFor(source, browser, { test = false } = {}) {
  const manifest = structuredClone(source);
  manifest.version = pkg.version;
  if (browser === 'chrome') {
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
    // Pages are read in an offscreen document (src/background/page-reader.ts).
    manifest.permissions = [...manifest.permissions, 'offscreen'];
  } else {
    delete manifest.background.service_worker;
    delete manifest.minimum_chrome_version;
  }
  if (test && browser === 'firefox') {
    // Firefox's WebDriver BiDi cannot open moz-extension:// pages directly, and has no way to
    // click the toolbar button: the test build lets a 127.0.0.1 page reach both.
    manifest.web_accessible_resources = [
      { resources: ['options.html'], matches: ['http://127.0.0.1/*'] },
    ];
    manifest.host_permissions = ['http://127.0.0.1/*'];
  }
  return manifest;
}

/** Builds once, or with --watch keeps rebuilding on change (esbuild's own watcher). */
async function bundle(options) {
  if (!watch) return build(options);
  const announce = {
    name: 'announce-rebuild',
    setup(b) {
      b.onEnd((result) => {
        const outcome = result.errors.length ? `${result.errors.length} errors` : 'ok';
        console.log(
          `${new Date().toLocaleTimeString()} rebuilt ${path.relative(root, options.outdir)} (${outcome})`,
        );
      });
    },
  };
  const ctx = await context({ ...options, plugins: [...(options.plugins ?? []), announce] });
  await ctx.watch();
}

const minify = !args.has('--dev') && !watch;

/**
 * Stylesheets are bundled as text (each is adopted by a shadow root or a page as a string), so
 * esbuild's JavaScript minifier never sees inside them: their comments and spacing went into
 * content.js as they are written. Minified here with esbuild's own CSS minifier.
 */
const minifiedCss = {
  name: 'minified-css-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      const { code } = await transform(source, { loader: 'css', minify: true, ...BROWSER_TARGETS });
      return { contents: code, loader: 'text' };
    });
  },
};

const common = {
  bundle: true,
  minify,
  plugins: minify ? [minifiedCss] : [],
  sourcemap: args.has('--dev') || watch ? 'inline' : false,
  legalComments: 'none',
  logLevel: 'warning',
  ...BROWSER_TARGETS,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'text', '.woff2': 'binary' },
};

/** One script per file of src/features/, each loaded by the reader on first use. */
async function featureEntries() {
  const files = await readdir(path.join(root, 'src/features'));
  return Object.fromEntries(
    files
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => [`features/${file.replace(/\.tsx?$/, '')}`, `src/features/${file}`]),
  );
}

async function buildBrowser(browser) {
  const dir = out(browser);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const define = { __BROWSER__: JSON.stringify(browser), __TEST_BUILD__: String(testBuild) };
  await bundle({
    ...common,
    define,
    format: 'iife',
    entryPoints: {
      background: 'src/background/index.ts',
      options: 'src/options/index.tsx',
      // The page reader, loaded on the first read (background/page-reader.ts).
      'read-page': 'src/background/read-page.ts',
    },
    outdir: dir,
    absWorkingDir: root,
  });
  // What runs in a page's tab uses the browser's own promise API, not the polyfill
  // (src/content/browser.ts says why).
  await bundle({
    ...common,
    define,
    format: 'iife',
    alias: { 'webextension-polyfill': './src/content/browser.ts' },
    entryPoints: {
      content: 'src/content/index.ts',
      'always-open': 'src/content/always-open.ts',
      // Parts of the reader loaded on first use (shared/features.ts).
      ...(await featureEntries()),
    },
    outdir: dir,
    absWorkingDir: root,
  });
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify(manifestFor(source, browser, { test: testBuild }), null, 2),
  );
  await cp(path.join(root, 'src/options/options.html'), path.join(dir, 'options.html'));
  await cp(path.join(root, 'src/_locales'), path.join(dir, '_locales'), { recursive: true });
  if (browser === 'chrome')
    await cp(path.join(root, 'src/background/offscreen.html'), path.join(dir, 'offscreen.html'));
  await mkdir(path.join(dir, 'icons'));
  for (const size of [16, 32, 48, 128]) {
    await cp(path.join(root, `icons/icon-${size}.png`), path.join(dir, `icons/icon-${size}.png`));
  }
}

async function buildCli() {
  await rm(out('cli'), { recursive: true, force: true });
  await bundle({
    ...common,
    minify: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    define: { VERBATIM_VERSION: JSON.stringify(pkg.version) },
    entryPoints: { verbatim: 'src/cli/index.ts' },
    outExtension: { '.js': '.mjs' },
    outdir: out('cli'),
    absWorkingDir: root,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await Promise.all([buildBrowser('chrome'), buildBrowser('firefox'), buildCli()]);
  console.log(
    `built build/chrome, build/firefox and build/cli in ${Date.now() - started} ms${testBuild ? ' (test build)' : ''}`,
  );
  if (watch) console.log('watching src/ for changes (Ctrl+C to stop)');
}

/**
 * Time from the toolbar trigger to the reader's title being visible, in headless Chromium with
 * the built extension; and the gzipped size of what is injected into a page.
 *
 *   npm run bench:toggle [-- --runs 10]                       the project's fixture pages
 *   npm run bench:toggle -- --corpus ../shared/corpus/extraction/zyte [--pages 60]
 *                                                             real saved pages: also counts how
 *                                                             many showed an article, the
 *                                                             no-article message, or nothing
 *
 * "first" is the first click on a freshly loaded page (content script injected, then read and
 * mounted); "again" is a later open on the same page (script already there).
 *
 *   --extension DIR   time another build (e.g. an older commit's build/chrome) on the same pages
 *   --dump FILE       write what the reader showed on each page (title, text and sidebar, hashed)
 *   --compare FILE    ... and list the pages where it differs from an earlier dump: two builds
 *                     that must show the same thing are checked on real pages this way
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  closeReader,
  EXTENSION_DIR,
  launch,
  openReader,
  readerCount,
  type Harness,
} from '../test/e2e/chromium.js';
import { startServer } from '../test/e2e/server.js';
import { benchArgs } from './args.js';
import { median, ms, p95 } from './stats.js';

const args = benchArgs(
  `Usage: npm run bench:toggle -- [--runs N]              the project's fixture pages, N runs (default 10)
       npm run bench:toggle -- --corpus DIR [--pages N]  the first N saved pages of DIR (default 60)`,
  {
    corpus: { type: 'string' },
    runs: { type: 'string' },
    pages: { type: 'string' },
    extension: { type: 'string' },
    dump: { type: 'string' },
    compare: { type: 'string' },
  },
);
const extensionDir = args.values.extension ? path.resolve(args.values.extension) : EXTENSION_DIR;
const corpus = args.values.corpus ? path.resolve(args.values.corpus) : null;
const runs = corpus ? 1 : args.count('runs', 10);
const pageCount = args.count('pages', 60);
const pages = corpus
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${d.name}/page.html`)
      .sort()
      .slice(0, pageCount)
  : ['pompeo-nkorea.html', 'rich-article.html', 'hostile-css.html', 'hostile-markup.html'];

/** Either the article title or the no-article message counts as "the reader is showing". */
const SHOWN = 'verbatim-reader #vb-title';

/**
 * What the reader shows, hashed: the article's markup (links and images included) and the
 * sidebar's text (speakers, quotes). The fixture server's address changes from run to run, so it
 * is left out.
 */
async function shown(h: Harness): Promise<{ article: string; sidebar: string }> {
  const texts = await h.page.evaluate(() => {
    const root = document.querySelector('verbatim-reader')?.shadowRoot;
    const article = root?.querySelector('.vb-article, .vb-empty')?.innerHTML ?? '';
    return {
      article: article.replaceAll(location.origin, ''),
      sidebar: root?.querySelector('.vb-sidebar')?.textContent ?? '',
    };
  });
  const hash = (value: string): string =>
    createHash('sha256').update(value).digest('hex').slice(0, 16);
  return { article: hash(texts.article), sidebar: hash(texts.sidebar) };
}

async function timeOpen(h: Harness): Promise<number | null> {
  const started = performance.now();
  try {
    await h.click();
    await h.page.locator(SHOWN).waitFor({ state: 'visible', timeout: 10_000 });
    return performance.now() - started;
  } catch {
    return null;
  }
}

const server = await startServer(corpus ?? undefined);
// Saved pages are read as they were saved: without their own scripts (the extension's still run).
const h = await launch({ pageScripts: !corpus, extensionDir });
const dump: Record<string, { article: string; sidebar: string }> = {};
const first: number[] = [];
const again: number[] = [];
const outcome = { article: 0, noArticle: 0, nothing: 0, pageLeft: 0 };
try {
  // Warm-up, not measured: the first open pays for starting the worker and compiling content.js.
  const warm = await startServer();
  await h.page.goto(warm.url('rich-article.html'));
  await openReader(h);
  await closeReader(h);
  await warm.close();
  for (let run = 0; run < runs; run++) {
    for (const page of pages) {
      const url = server.url(page);
      await h.page
        .goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 })
        .catch(() => undefined);
      if (h.page.url() !== url) {
        // A saved page that sends itself elsewhere (a meta refresh to its live site): not ours to time.
        outcome.pageLeft++;
        continue;
      }
      const opened = await timeOpen(h);
      if (opened === null) {
        outcome.nothing++;
        console.warn(`nothing shown on ${page}`);
        if ((await readerCount(h.page)) > 0) await closeReader(h);
        continue;
      }
      first.push(opened);
      if (run === 0) dump[page] = await shown(h);
      const empty = await h.page.locator('verbatim-reader .vb-empty').count();
      if (empty) outcome.noArticle++;
      else outcome.article++;
      await closeReader(h);
      const reopened = await timeOpen(h);
      if (reopened !== null) {
        again.push(reopened);
        await closeReader(h);
      }
    }
  }
} finally {
  await h.close();
  await server.close();
}

const gz = (file: string): number =>
  gzipSync(readFileSync(path.join(extensionDir, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const where = corpus
  ? `${pages.length} saved pages from ${path.basename(corpus)}`
  : `${runs} runs x ${pages.length} fixture pages`;
console.log(
  `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'cpu'}, headless Chromium; ${where}`,
);
console.log(
  `trigger -> reader visible, first open:  median ${ms(median(first))}, p95 ${ms(p95(first))} (n=${first.length})`,
);
console.log(
  `trigger -> reader visible, later opens: median ${ms(median(again))}, p95 ${ms(p95(again))} (n=${again.length})`,
);
if (corpus) {
  console.log(
    `outcome: article shown ${outcome.article}, no-article message ${outcome.noArticle}, nothing shown ${outcome.nothing}` +
      ` (pages that navigated away by themselves, not counted: ${outcome.pageLeft})`,
  );
}
console.log(
  `injected into a page, gzipped: content.js ${kb(gz('content.js'))}; features/dyslexic-font.js ${kb(gz('features/dyslexic-font.js'))} (only when that font is chosen)`,
);
if (args.values.dump) writeFileSync(args.values.dump, JSON.stringify(dump, null, 1));
if (args.values.compare) {
  const before = JSON.parse(readFileSync(args.values.compare, 'utf8')) as typeof dump;
  const differ = (part: 'article' | 'sidebar'): string[] =>
    Object.keys(dump).filter((page) => before[page] && before[page][part] !== dump[page]![part]);
  const common = Object.keys(dump).filter((page) => before[page]).length;
  const [articles, sidebars] = [differ('article'), differ('sidebar')];
  console.log(
    `against ${args.values.compare}: ${common} pages in both; article differs on ${articles.length}, sidebar on ${sidebars.length}`,
  );
  for (const page of new Set([...articles, ...sidebars])) console.log(`  differs: ${page}`);
}

/**
 * The reader on big pages: generated articles of 1, 5 and 20 MB and of 10,000 and 50,000
 * paragraphs (bench/big-pages.ts, written to a temporary folder, never to the repository), opened
 * by the real trigger with the built test extension, measured from inside the page.
 *
 *   npm run bench:big [-- --browser chromium|firefox] [--runs N] [--only NAME] [--timeout S]
 *                        [--control] [--extension DIR]
 *
 * Per page: time from the trigger to the first painted view (the reader's title, its no-article
 * message or its progress state), to the full article, to its quotations listed (a big article's
 * follow its text), the longest main-thread stall (the longest gap between ticks of a 10 ms
 * heartbeat in the page) from the trigger to a second after both, and the time from the closing
 * trigger until the reader is gone. The per-run lines also say when the longest stall began
 * (`maxGapAt`, ms after the trigger), to tell a stall of the reader's serialising from one while
 * its pieces go in.
 *
 * With --control, each page is also loaded in a fresh browser and left alone, without the reader:
 * the longest stall the browser makes on that page by itself, for as long as its reader took to
 * show the full article and its quotations, and in the first 30 s after the trigger would have
 * come. The second is there for the browser's own major garbage collection of a book-sized page,
 * which comes later when nothing allocates (about 25 s after load on a 20 MB page) and which the
 * reader's allocation brings forward into its own time: the reader's stalls read against both.
 *
 * With --extension DIR (Chromium), another build is measured instead of build/chrome, e.g. an
 * older commit's test build, to compare two builds on the same machine at the same time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../test/e2e/chromium.js';
import { launchFirefox, openOptionsPage, withTimeout } from '../test/e2e/firefox-harness.js';
import { startServer } from '../test/e2e/server.js';
import { benchArgs } from './args.js';
import { BIG_PAGES, generatePage } from './big-pages.js';
import { median, ms } from './stats.js';

const args = benchArgs(
  `Usage: npm run bench:big -- [--browser chromium|firefox] [--runs N] [--only NAME] [--timeout S]
                        [--control] [--extension DIR]
  pages: ${BIG_PAGES.map((p) => p.name).join(', ')}`,
  {
    browser: { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string' },
    control: { type: 'boolean' },
    extension: { type: 'string' },
  },
);
/** A page whose reader has not shown the full article by then is recorded as timed out. */
const timeoutMs = args.count('timeout', 180) * 1000;
const browserName = args.oneOf('browser', ['chromium', 'firefox'] as const, 'chromium');
const runs = args.count('runs', 1);
const only = args.values.only;
const pages = BIG_PAGES.filter((p) => !only || p.name === only);
if (!pages.length) args.fail(`no page named '${only}'`);
const extensionDir = args.values.extension ? path.resolve(args.values.extension) : undefined;
if (extensionDir && browserName !== 'chromium') args.fail('--extension is for Chromium only');

interface Figures {
  shown: number;
  full: number;
  quotes: number;
  maxGap: number;
  closed: number;
}
interface PageFigures extends Figures {
  /** When the longest stall began, ms after the trigger (in the per-run lines only). */
  maxGapAt: number;
  maxGapClose: number;
}
interface BeatState extends Figures {
  maxGapAt: number;
  sinceArm: number;
}

/** One browser tab the bench can load, trigger and read the heartbeat of. */
interface Driver {
  goto: (url: string) => Promise<void>;
  evaluate: <T>(fn: string) => Promise<T>;
  trigger: (url: string) => Promise<void>;
  close: () => Promise<void>;
}

async function chromiumDriver(): Promise<Driver> {
  const h = await launch({ extensionDir });
  return {
    goto: async (url) => void (await h.page.goto(url, { waitUntil: 'load', timeout: 180_000 })),
    evaluate: (fn) => h.page.evaluate(fn),
    trigger: () => h.click(),
    close: () => h.close(),
  };
}

async function firefoxDriver(origin: string): Promise<Driver> {
  const session = await launchFirefox();
  const options = await session.browser.newPage();
  await openOptionsPage(options, origin);
  const page = await session.browser.newPage();
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 180_000 })),
    evaluate: (fn) => page.evaluate(fn) as never,
    // No toolbar click in BiDi: the background's test hook runs the click's path (docs/e2e.md).
    trigger: async (url) => {
      const outcome = await withTimeout(
        options.evaluate(async (url) => {
          type Api = {
            tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> };
            runtime: {
              getBackgroundPage: () => Promise<{
                verbatimTest?: { toggle: (tabId: number) => Promise<void> };
              } | null>;
            };
          };
          const api = (globalThis as unknown as { browser: Api }).browser;
          const bg = await api.runtime.getBackgroundPage();
          const tab = (await api.tabs.query({})).find((t) => t.url === url);
          if (!bg?.verbatimTest || tab?.id === undefined) return 'no test hook or no tab';
          // Not awaited: the page's own clock times what follows.
          void bg.verbatimTest.toggle(tab.id);
          return 'ok';
        }, url),
        30_000,
        'the toggle through the background page',
      );
      if (outcome !== 'ok') throw new Error(outcome);
    },
    close: () => session.close(),
  };
}

const sleep = (t: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, t));

/** Polls the page's heartbeat until `done`, or fails after `timeout` ms. */
async function waitFor(
  d: Driver,
  done: (s: BeatState) => boolean,
  what: string,
  timeout = 180_000,
): Promise<BeatState> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const state = await d.evaluate<BeatState>('window.__big.read()');
    if (done(state)) return state;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function measure(d: Driver, url: string): Promise<PageFigures> {
  await d.goto(url);
  await sleep(500);
  await d.evaluate('window.__big.arm(false)');
  await d.trigger(url);
  const opened = await waitFor(
    d,
    (s) => s.full > 0 && s.quotes > 0,
    'the full article and its quotations',
    timeoutMs,
  );
  // Let the reader settle (a quote stage after the first paint, late chunks) before closing.
  await sleep(1000);
  const settled = await d.evaluate<BeatState>('window.__big.read()');
  await d.evaluate('window.__big.arm(true)');
  await d.trigger(url);
  const closed = await waitFor(d, (s) => s.closed > 0, 'the reader to close', 30_000);
  return {
    shown: opened.shown,
    full: opened.full,
    quotes: opened.quotes,
    // The figures accumulate from the trigger: the later reading holds the longest stall so far.
    maxGap: settled.maxGap,
    maxGapAt: settled.maxGapAt,
    closed: closed.closed,
    maxGapClose: closed.maxGap,
  };
}

/** How long --control also watches a page left alone (see above). */
const CONTROL_LONG_MS = 30_000;

interface OwnStall {
  /** The page's longest stall in as long as its reader took. */
  readerTime: number;
  /** The longest in CONTROL_LONG_MS after the trigger would have come (or the reader's time). */
  long: number;
}

/** The page's own longest stalls, in a fresh browser, left alone (see --control). */
async function pageOwnStall(d: Driver, url: string, watchMs: number): Promise<OwnStall> {
  await d.goto(url);
  await sleep(500);
  await d.evaluate('window.__big.arm(false)');
  await sleep(watchMs);
  const readerTime = (await d.evaluate<BeatState>('window.__big.read()')).maxGap;
  await sleep(Math.max(0, CONTROL_LONG_MS - watchMs));
  return { readerTime, long: (await d.evaluate<BeatState>('window.__big.read()')).maxGap };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-big-'));
const server = await startServer(dir);
const results = new Map<string, PageFigures[]>();
/** --control: per page, its longest stalls without the reader. */
const ownStall = new Map<string, OwnStall>();
let driver: Driver | null = null;
try {
  for (const spec of pages) {
    const html = generatePage(spec);
    await writeFile(path.join(dir, `${spec.name}.html`), html);
    console.error(`${spec.name}: ${(html.length / 1e6).toFixed(1)} MB written`);
  }
  const start = (): Promise<Driver> =>
    browserName === 'firefox' ? firefoxDriver(server.origin) : chromiumDriver();
  driver = await start();
  for (let run = 0; run < runs; run++) {
    for (const spec of pages) {
      let figures: PageFigures;
      try {
        figures = await measure(driver, server.url(`${spec.name}.html`));
      } catch (error) {
        // A tab still frozen cannot be driven further: record it and start a fresh browser.
        console.error(`${spec.name} run ${run + 1}: ${(error as Error).message}`);
        figures = {
          shown: NaN,
          full: Infinity,
          quotes: Infinity,
          maxGap: Infinity,
          maxGapAt: NaN,
          closed: NaN,
          maxGapClose: NaN,
        };
        await withTimeout(driver.close(), 30_000, 'closing the browser').catch(() => undefined);
        driver = await start();
      }
      results.set(spec.name, [...(results.get(spec.name) ?? []), figures]);
      console.error(
        `${spec.name} run ${run + 1}: ${JSON.stringify(figures, (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`,
      );
    }
  }
  await driver.close();
  driver = null;
  if (args.values.control)
    for (const spec of pages) {
      const reads = (results.get(spec.name) ?? [])
        .map((f) => Math.max(f.full, f.quotes))
        .filter(Number.isFinite);
      const watchMs = Math.max(0, ...reads) + 1000;
      driver = await start();
      const stall = await pageOwnStall(driver, server.url(`${spec.name}.html`), watchMs);
      await driver.close();
      driver = null;
      ownStall.set(spec.name, stall);
      console.error(
        `${spec.name} alone: longest stall ${Math.round(stall.readerTime)} ms in ` +
          `${Math.round(watchMs)} ms, ${Math.round(stall.long)} ms in ${CONTROL_LONG_MS / 1000} s`,
      );
    }
} finally {
  await driver?.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

const pick = (list: PageFigures[], key: keyof PageFigures): string => {
  const values = list.map((f) => f[key]);
  // Half the runs or more never finished: the median is past the timeout.
  if (values.filter((v) => v === Infinity).length * 2 >= values.length && values.length)
    return `> ${timeoutMs / 1000} s`;
  const value = median(values);
  return Number.isNaN(value) ? '-' : ms(value);
};
console.log(
  `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'cpu'}, headless ${browserName}; ` +
    `median of ${runs} run(s); times from the trigger, measured in the page`,
);
console.log(
  'page             first view   full article   quotes listed   longest stall   close   longest stall (close)' +
    (ownStall.size
      ? `   page alone: longest stall (reader's time / ${CONTROL_LONG_MS / 1000} s)`
      : ''),
);
for (const spec of pages) {
  const list = results.get(spec.name) ?? [];
  const own = ownStall.get(spec.name);
  console.log(
    `${spec.name.padEnd(16)} ${pick(list, 'shown').padStart(10)}   ${pick(list, 'full').padStart(12)}   ` +
      `${pick(list, 'quotes').padStart(13)}   ` +
      `${pick(list, 'maxGap').padStart(13)}   ${pick(list, 'closed').padStart(5)}   ${pick(list, 'maxGapClose').padStart(9)}` +
      (own ? `   ${`${ms(own.readerTime)} / ${ms(own.long)}`.padStart(41)}` : ''),
  );
}

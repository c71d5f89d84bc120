/**
 * Drives Debian's Chromium with the built extension (recipe: e2e.md in the shared folder).
 * A real toolbar click is `Extensions.triggerAction` over CDP: it fires action.onClicked and
 * grants activeTab exactly as a click does.
 */
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, 'build/chrome');
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The tab most tests navigate to their page (fresh tabs work as well: see fresh-tabs.test.ts). */
  page: Page;
  worker: () => Promise<Worker>;
  /** One toolbar click in this page's tab (brought to the front first: a click acts on the active tab). */
  click: (page?: Page) => Promise<void>;
  /** A new tab opened straight at `url` (one navigation, not about:blank first), DOM parsed. */
  openTab: (url: string) => Promise<Page>;
  /** The background's record of each trigger since the last call (test build). */
  triggers: () => Promise<TriggerRecord[]>;
  close: () => Promise<void>;
}

/** What the background recorded about one trigger (src/background/trace.ts). */
export interface TriggerRecord {
  tabId: number;
  /** More than 1: the page refused the first injection and the background waited for the grant. */
  attempts: number;
  ms: number;
  error?: string;
}

export const READER_TITLE = 'verbatim-reader #vb-title';

export async function launch(
  options: {
    headless?: boolean;
    env?: Record<string, string>;
    pageScripts?: boolean;
    /** Another build of the extension (a benchmark comparing two builds); build/chrome if unset. */
    extensionDir?: string;
    /** The browser's UI language ("de", "ar"): what chrome.i18n and the extension speak. */
    lang?: string;
  } = {},
): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!CHROMIUM)
    throw new Error('Chromium is not installed: apt-get install chromium (.ci/run does this)');
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`${extensionDir} is missing: run npm run build:test first`);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'verbatim-e2e-'));
  // On Linux Chromium takes its UI language from LANGUAGE; --lang is the documented switch.
  const env = { ...options.env, ...(options.lang ? { LANGUAGE: options.lang } : {}) };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    env: Object.keys(env).length
      ? ({ ...process.env, ...env } as Record<string, string>)
      : undefined,
    viewport: { width: 1280, height: 800 },
    // Saved pages are read as saved, without their scripts; the extension's own scripts still run.
    javaScriptEnabled: options.pageScripts ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    ...(options.lang ? { locale: options.lang } : {}),
  });
  const findWorker = async (): Promise<Worker> => {
    const existing = context
      .serviceWorkers()
      .find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    try {
      return await context.waitForEvent('serviceworker', { timeout: 10_000 });
    } catch {
      throw new Error(
        'the extension did not start: Chromium skips an extension with an invalid manifest silently',
      );
    }
  };
  const worker = await findWorker();
  // A toolbar trigger sent about half a second after the browser starts was lost in 9 of 11
  // fresh browsers (nothing opened in 40 s, the background recorded no trigger); after one call
  // the background answered, in none of 5. So the harness clicks only once the background listens.
  const listening = await worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { action: { onClicked: { hasListeners: () => boolean } } };
      }
    ).chrome.action.onClicked.hasListeners(),
  );
  if (!listening) throw new Error('the extension started without a toolbar click listener');
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  const browser = context.browser();
  const cdp: CDPSession = browser
    ? await browser.newBrowserCDPSession()
    : await context.newCDPSession(page);

  const tabTargets = async (): Promise<{ targetId: string; url: string }[]> => {
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as unknown as {
      targetInfos: { targetId: string; url: string }[];
    };
    return targetInfos;
  };
  const targetIdOf = async (target: Page): Promise<string> => {
    const url = target.url();
    // The tab's own record of its address can lag a moment behind a navigation: look again briefly.
    for (let attempt = 0; attempt < 10; attempt++) {
      const tabs = await tabTargets();
      const match = tabs.filter((t) => t.url === url);
      if (match.length === 1) return match[0]!.targetId;
      if (match.length > 1) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`expected one tab at ${url}: give each test page a unique URL`);
  };

  const currentWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await findWorker());

  return {
    context,
    extensionId,
    page,
    worker: currentWorker,
    click: async (target = page) => {
      // triggerAction presses the button of the tab's WINDOW, which acts on that window's active
      // tab, whichever tab targetId names: make sure that is this one.
      await target.bringToFront();
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: await targetIdOf(target) } as never,
      );
    },
    openTab: async (url) => {
      const [tab] = await Promise.all([
        context.waitForEvent('page', { timeout: 10_000 }),
        cdp.send('Target.createTarget', { url }),
      ]);
      await tab.waitForURL(url, { waitUntil: 'domcontentloaded', timeout: 10_000 });
      return tab;
    },
    triggers: async () =>
      (await currentWorker()).evaluate(() =>
        (
          globalThis as unknown as { verbatimTest: { triggers: () => TriggerRecord[] } }
        ).verbatimTest.triggers(),
      ),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Is the reader mounted in this page right now? */
export function readerCount(page: Page): Promise<number> {
  // Locators, not evaluate: they work on pages opened with their own scripts turned off.
  return page.locator('verbatim-reader').count();
}

/**
 * Clicks the button once and waits for the reader's title (or `selector`). Nothing here clicks
 * twice: a trigger that does not open the reader fails the test, with what the background saw.
 */
export async function openReader(
  h: Harness,
  page: Page = h.page,
  selector = READER_TITLE,
): Promise<void> {
  await h.click(page);
  try {
    await page.locator(selector).waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error(
      `one toolbar trigger did not open the reader at ${page.url()} within 10 s ` +
        `(the background recorded: ${JSON.stringify(await h.triggers().catch(String))})`,
    );
  }
  // Unless the test is looking at the progress state itself.
  if (!selector.includes('data-vb-progress')) await untilRead(page);
}

/**
 * A read that takes a while (the first in a fresh browser, on a busy machine) shows the progress
 * state first, with a title of its own: this waits for the read itself.
 */
export async function untilRead(page: Page): Promise<void> {
  await page.locator('verbatim-reader [data-vb-progress]').waitFor({
    state: 'detached',
    timeout: 30_000,
  });
}

export async function closeReader(h: Harness, page: Page = h.page): Promise<void> {
  await h.click(page);
  await page.locator('verbatim-reader').waitFor({ state: 'detached', timeout: 10_000 });
}

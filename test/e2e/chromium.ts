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
  /** One tab reused for every page: a fresh tab sometimes loses the activeTab grant. */
  page: Page;
  worker: () => Promise<Worker>;
  click: (page?: Page) => Promise<void>;
  close: () => Promise<void>;
}

export const READER_TITLE = 'verbatim-reader #vb-title';

export async function launch(
  options: { headless?: boolean; env?: Record<string, string>; pageScripts?: boolean } = {},
): Promise<Harness> {
  if (!CHROMIUM)
    throw new Error('Chromium is not installed: apt-get install chromium (.ci/run does this)');
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('build/chrome is missing: run npm run build:test first');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    env: options.env ? ({ ...process.env, ...options.env } as Record<string, string>) : undefined,
    viewport: { width: 1280, height: 800 },
    // Saved pages are read as saved, without their scripts; the extension's own scripts still run.
    javaScriptEnabled: options.pageScripts ?? true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
    ],
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

  return {
    context,
    extensionId,
    page,
    worker: async () =>
      context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await findWorker()),
    click: async (target = page) => {
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: await targetIdOf(target) } as never,
      );
    },
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
 * Clicks the button and waits for the reader's title. A trigger that lost its activeTab grant
 * (seen about once in ten on fresh tabs) is retried once, and said so in the log.
 */
export async function openReader(
  h: Harness,
  page: Page = h.page,
  selector = READER_TITLE,
): Promise<void> {
  await h.click(page);
  try {
    await page.locator(selector).waitFor({ state: 'visible', timeout: 5_000 });
  } catch (error) {
    if ((await readerCount(page)) > 0) throw error;
    console.warn('toolbar trigger did not open the reader; triggering once more');
    await h.click(page);
    await page.locator(selector).waitFor({ state: 'visible', timeout: 10_000 });
  }
}

export async function closeReader(h: Harness, page: Page = h.page): Promise<void> {
  await h.click(page);
  await page.locator('verbatim-reader').waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * Headless Firefox ESR with the test build of the extension, driven by puppeteer-core over
 * WebDriver BiDi. See e2e.md in the shared folder beside the repository ("Firefox ESR") for why it is done this way:
 *  - the moz-extension UUID is fixed through a pref, so the options page has a known URL;
 *  - BiDi cannot navigate to moz-extension:// itself, so a 127.0.0.1 page navigates there
 *    (the test build lists options.html in web_accessible_resources for 127.0.0.1);
 *  - BiDi does not report that cross-process navigation (page.url() keeps the old URL), so
 *    arrival is detected by polling location.href inside the page;
 *  - there is no toolbar click: the test build exposes verbatimTest.toggle on the background page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, 'build/firefox');
export const FIREFOX_BIN = process.env.VERBATIM_FIREFOX ?? '/usr/bin/firefox-esr';
/** Any valid UUID works; fixing it makes moz-extension://UUID/ predictable. */
export const FIXED_UUID = '5b0b4c9e-7a43-4f0e-9a4f-3b1f0d2c6e11';
export const OPTIONS_URL = `moz-extension://${FIXED_UUID}/options.html`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with a readable message instead of hanging until the test timeout. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `probe` until it returns something truthy. Errors from the probe (e.g. "execution
 * context destroyed" during a navigation) count as "not yet"; the last one is reported.
 */
export async function poll<T>(
  probe: () => Promise<T>,
  what: string,
  { timeout = 10_000, interval = 100 } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await withTimeout(probe(), Math.max(1_000, deadline - Date.now()), what);
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    await sleep(interval);
  }
  const detail =
    lastError instanceof Error
      ? `; last error: ${lastError.message}`
      : `; last value: ${JSON.stringify(last)}`;
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail}`);
}

interface TestManifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}

/** The gecko id of build/firefox, after checking it is a test build the harness can drive. */
export function testBuildGeckoId(): string {
  const manifestPath = path.join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: run \`npm run build:test\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as TestManifest;
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  const reachable = manifest.web_accessible_resources?.some((r) =>
    r.resources.includes('options.html'),
  );
  if (!reachable || !manifest.host_permissions?.length) {
    throw new Error(
      `${EXTENSION_DIR} is not a test build (no web_accessible options.html / host_permissions): run \`npm run build:test\`.`,
    );
  }
  return id;
}

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Launches headless Firefox ESR and installs build/firefox as a temporary add-on. `prefs`: more
 * preferences for the test profile.
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_BIN)) {
    // Never skip: CI installs firefox-esr, so a missing binary is a broken machine, not an excuse.
    throw new Error(
      `Firefox ESR not found at ${FIREFOX_BIN}. Install it (apt-get install -y firefox-esr) or set VERBATIM_FIREFOX.`,
    );
  }
  const geckoId = testBuildGeckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    timeout: 30_000,
    protocolTimeout: 30_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID }),
      ...prefs,
    },
  });
  const close = async (): Promise<void> => {
    try {
      await withTimeout(browser.close(), 10_000, 'closing Firefox');
    } catch {
      browser.process()?.kill('SIGKILL');
    }
  };
  try {
    const extensionId = await withTimeout(
      browser.installExtension(EXTENSION_DIR),
      15_000,
      `installing ${EXTENSION_DIR}`,
    );
    if (extensionId !== geckoId)
      throw new Error(`installed extension id ${extensionId}, expected ${geckoId}`);
    return { browser, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Turns `page` into the options page: loads a 127.0.0.1 page (any path on the fixture server will
 * do, a 404 included), sets location.href from there, and waits until the options page is
 * rendered.
 */
export async function openOptionsPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/launchpad-for-options`, { waitUntil: 'load', timeout: 15_000 });
  // The navigation may tear the context down before evaluate answers: the poll below decides.
  await withTimeout(
    page.evaluate((url) => {
      setTimeout(() => (location.href = url), 0);
    }, OPTIONS_URL),
    5_000,
    'asking the 127.0.0.1 page to navigate to the options page',
  ).catch(() => undefined);
  await poll(
    () =>
      page.evaluate(
        (url) => location.href === url && document.readyState === 'complete',
        OPTIONS_URL,
      ),
    `${OPTIONS_URL} to load (is options.html web-accessible to 127.0.0.1 in the test build?)`,
    { timeout: 15_000 },
  );
  await page.waitForSelector('input[name="theme"]', { timeout: 10_000 });
}

/**
 * Print and Save in Chromium, on the seed article as a news page: the print stylesheet (the
 * article alone, the page under the reader left out, the quotes listed when asked for), the
 * Print action, and the Markdown and HTML files, caught as downloads.
 */
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReader, type Harness } from './chromium.js';
import { isolatedWorld } from './isolated-world.js';
import { axeViolations } from './axe.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

const SAVE = 'verbatim-reader [data-action="save"]';
const item = (name: string): string => `verbatim-reader [data-save="${name}"]`;
const TITLE = 'Pompeo: ‘Significant progress’ made on NKorea denuke trip';
/** The title as a file name: no colon, which some systems refuse. */
const FILE = 'Pompeo ‘Significant progress’ made on NKorea denuke trip';

/** How a selector in the reader is displayed, and its box's height. */
function shown(selector: string): Promise<{ display: string; height: number } | null> {
  return h.page.evaluate((selector) => {
    const root = document.querySelector('verbatim-reader')?.shadowRoot;
    const el = root?.querySelector(selector);
    if (!el) return null;
    return { display: getComputedStyle(el).display, height: el.getBoundingClientRect().height };
  }, selector);
}

/** Pages in a PDF the browser printed. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

async function openSaveMenu(tag: string): Promise<void> {
  await h.page.emulateMedia({ media: 'screen' });
  await h.page.goto(server.url(`pompeo-nkorea.html?${tag}`));
  await openReader(h);
  await h.page.locator(SAVE).click();
  await h.page.locator(item('markdown')).waitFor({ state: 'visible' });
}

async function downloaded(name: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    h.page.waitForEvent('download'),
    h.page.locator(item(name)).click(),
  ]);
  return { file, text: await readFile(await file.path(), 'utf8') };
}

describe('print', () => {
  it('prints the article alone: no toolbar, no sidebar, no page underneath', async () => {
    await h.page.goto(server.url('pompeo-nkorea.html?print'));
    await openReader(h);
    await h.page.emulateMedia({ media: 'print' });
    expect((await shown('.vb-toolbar'))?.display).toBe('none');
    expect((await shown('.vb-sidebar'))?.display).toBe('none');
    expect((await shown('.vb-body'))?.height).toBeGreaterThan(1000);
    // No quotes asked for: nothing printed after the article.
    expect((await shown('.vb-appendix'))?.height).toBe(0);
    expect(await h.page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    // Printed for real: the article runs over several pages, not one window's worth.
    const pdf = await h.page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBeGreaterThan(1);
    await h.page.emulateMedia({ media: 'screen' });
    expect((await shown('.vb-toolbar'))?.display).toBe('flex');
  });

  it('lists the quotes by speaker at the end when asked, and Print prints', async () => {
    await openSaveMenu('print-quotes');
    const world = await isolatedWorld(h.page, h.extensionId);
    await world.evaluate(
      'window.print = () => { globalThis.__printed = (globalThis.__printed ?? 0) + 1; }',
    );
    await h.page.locator(item('quotes')).check();
    await h.page.locator(item('print')).click();
    expect(await world.evaluate('globalThis.__printed')).toBe(1);
    await h.page.emulateMedia({ media: 'print' });
    const appendix = h.page.locator('verbatim-reader .vb-appendix');
    expect((await shown('.vb-appendix'))?.display).toBe('block');
    expect(await appendix.locator('h3').allTextContents()).toContain('Mike Pompeo');
    expect(await appendix.textContent()).toContain(
      '“so we have a fully coordinated and unified view”',
    );
    // Nothing in it scripted, and nothing of the menu printed.
    expect(await appendix.locator('script').count()).toBe(0);
    // On screen the list stays out of sight.
    await h.page.emulateMedia({ media: 'screen' });
    expect((await shown('.vb-appendix'))?.display).toBe('none');
  });
});

describe('save', () => {
  it('opens a menu that takes focus, and Escape gives it back without closing the reader', async () => {
    await openSaveMenu('menu');
    expect(await h.page.locator(SAVE).getAttribute('aria-expanded')).toBe('true');
    const focused = await h.page.evaluate(() =>
      document
        .querySelector('verbatim-reader')
        ?.shadowRoot?.activeElement?.getAttribute('data-save'),
    );
    expect(focused).toBe('markdown');
    expect(await axeViolations(h.page, 'verbatim-reader')).toEqual([]);
    await h.page.keyboard.press('Escape');
    await h.page.locator(item('markdown')).waitFor({ state: 'detached' });
    expect(await h.page.locator('verbatim-reader').count()).toBe(1);
    const back = await h.page.evaluate(() =>
      document
        .querySelector('verbatim-reader')
        ?.shadowRoot?.activeElement?.getAttribute('data-action'),
    );
    expect(back).toBe('save');
  });

  it('saves the article as Markdown named after its title', async () => {
    await openSaveMenu('markdown');
    const { file, text } = await downloaded('markdown');
    expect(file.suggestedFilename()).toBe(`${FILE}.md`);
    expect(text.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(text).toContain('Hannah Rogers · 2018-10-08');
    const url = h.page.url();
    expect(text).toContain(`Source: [${url}](${url})`);
    expect(text).toContain('US Secretary of State Mike Pompeo held talks');
    expect(text).not.toMatch(/<script|Most read/);
    expect(text).not.toContain('## Quotes');
  });

  it('saves a self-contained HTML page, with the quotes when asked', async () => {
    await openSaveMenu('html');
    await h.page.locator(item('quotes')).check();
    const { file, text } = await downloaded('html');
    expect(file.suggestedFilename()).toBe(`${FILE}.html`);
    expect(text).toMatch(/^<!doctype html>/);
    expect(text).toContain(`<title>${TITLE}</title>`);
    expect(text).toContain(`href="${h.page.url()}"`);
    expect(text).toContain('<time datetime="2018-10-08">');
    expect(text).toContain('<style>');
    expect(text).toContain('US Secretary of State Mike Pompeo held talks');
    expect(text).not.toMatch(/<script|\son\w+=|<link rel="stylesheet"/i);
    // Images keep their absolute addresses.
    const sources = [...text.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^https?:\/\//);
    expect(text).toContain('<h3>Mike Pompeo</h3>');
    expect(text).toContain('<li>“so we have a fully coordinated and unified view”</li>');

    // Opened in the browser, it shows the article and runs nothing.
    const copy = await h.context.newPage();
    const errors: string[] = [];
    copy.on('pageerror', (e) => errors.push(e.message));
    // Saved under its own name: the download's temporary path has no .html to be read as a page.
    const saved = path.join(os.tmpdir(), `verbatim-${process.pid}-${FILE}.html`);
    await file.saveAs(saved);
    await copy.goto(pathToFileURL(saved).href);
    expect(await copy.locator('h1').textContent()).toBe(TITLE);
    expect(errors).toEqual([]);
    await copy.close();
    await rm(saved);
  });
});

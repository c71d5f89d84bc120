/**
 * Read aloud in Chromium, on the seed article as a news page. The voices are a stub put into the
 * extension's isolated world (see isolated-world.ts), where the feature script finds
 * `speechSynthesis`: the stub records what is spoken and ends an utterance when the test says so.
 * One test uses the machine's own speech: it speaks where Chromium has a voice, and says there
 * is none where it has not.
 */
import { describe, expect, it } from 'vitest';
import { openReader, readerCount, type Harness } from './chromium.js';
import { isolatedWorld, type IsolatedWorld } from './isolated-world.js';
import { axeViolations } from './axe.js';
import { useChromium } from './suite.js';
import type { FixtureServer } from './server.js';

let h: Harness;
let server: FixtureServer;
let world: IsolatedWorld;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

const LISTEN = 'verbatim-reader [data-action="listen"]';
const PLAYER = 'verbatim-reader .vb-player';
const control = (name: string): string => `verbatim-reader [data-listen="${name}"]`;

/** A speechSynthesis with one voice that records each utterance and ends it on request. */
const SPEECH_STUB = `(() => {
  const spoken = [];
  const log = [];
  let current = null;
  const voice = { name: 'Stub voice', lang: 'en-US', default: true, localService: true, voiceURI: 'stub' };
  const synth = new EventTarget();
  Object.assign(synth, {
    speaking: false, pending: false, paused: false,
    getVoices: () => [voice],
    speak(u) { spoken.push(u.text); log.push('speak'); current = u; },
    cancel() { log.push('cancel'); current = null; },
    pause() {}, resume() {},
  });
  class Utterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.voice = null; this.rate = 1; this.lang = ''; }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  globalThis.__speech = {
    spoken, log,
    current: () => (current ? current.text : null),
    end() { const u = current; current = null; if (u) u.dispatchEvent(new Event('end')); return !!u; },
  };
})()`;

const spoken = (): Promise<string[]> => world.evaluate('__speech.spoken.slice()');
const current = (): Promise<string | null> => world.evaluate('__speech.current()');
const lastCall = (): Promise<string> => world.evaluate('__speech.log[__speech.log.length - 1]');
/** Ends the utterance being spoken, as a voice does when it has said it. */
const finish = (): Promise<boolean> => world.evaluate('__speech.end()');

/** The text of the sentence highlighted as being read. */
function highlighted(): Promise<string> {
  return h.page.evaluate(() => {
    const highlight = CSS.highlights.get('verbatim-speaking') as unknown as Set<Range> | undefined;
    return Array.from(highlight ?? [])
      .map((r) => r.toString())
      .join(' ');
  });
}

/** The highlighted sentence's box is inside the reader's scrolled view. */
function highlightInView(): Promise<boolean> {
  return h.page.evaluate(() => {
    const highlight = CSS.highlights.get('verbatim-speaking') as unknown as Set<Range> | undefined;
    const range = Array.from(highlight ?? [])[0];
    if (!range) return false;
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
  });
}

/** The text of the sidebar entries marked as being read. */
function readingInSidebar(): Promise<string[]> {
  return h.page
    .locator('verbatim-reader .vb-quote[data-vb-reading]')
    .evaluateAll((entries) => entries.map((e) => e.textContent ?? ''));
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens the seed article at a fresh address, puts the stub in, and presses Listen. */
async function listenWithStub(tag: string): Promise<void> {
  await h.page.goto(server.url(`pompeo-nkorea.html?${tag}`));
  await openReader(h);
  world = await isolatedWorld(h.page, h.extensionId);
  await world.evaluate(SPEECH_STUB);
  await h.page.locator(LISTEN).click();
  await h.page.locator(PLAYER).waitFor({ state: 'visible' });
  await waitFor(spoken, (s) => s.length > 0);
}

describe('read aloud', () => {
  it("uses the machine's own voice where there is one, and says so where there is none", async () => {
    await h.page.goto(server.url('pompeo-nkorea.html?real-voice'));
    const voices = await h.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          if (speechSynthesis.getVoices().length)
            return resolve(speechSynthesis.getVoices().length);
          speechSynthesis.addEventListener('voiceschanged', () =>
            resolve(speechSynthesis.getVoices().length),
          );
          setTimeout(() => resolve(speechSynthesis.getVoices().length), 3000);
        }),
    );
    await openReader(h);
    await h.page.locator(LISTEN).click();
    if (voices === 0) {
      // This machine: Chromium without speech-dispatcher has no voice at all.
      // The feature waits a moment for a late voice list before it gives up.
      await expect
        .poll(() => h.page.locator(LISTEN).textContent(), { timeout: 10_000 })
        .toBe('Listen: no voice');
      expect(await h.page.locator(LISTEN).getAttribute('aria-disabled')).toBe('true');
      expect(await h.page.locator(LISTEN).getAttribute('title')).toMatch(/no voice/);
      expect(await h.page.locator(PLAYER).count()).toBe(0);
    } else {
      // A real voice speaks the first sentence, and its end event moves the highlight on.
      await h.page.locator(PLAYER).waitFor({ state: 'visible' });
      const first = await waitFor(highlighted, (text) => text.length > 0);
      expect(first.length).toBeGreaterThan(0);
      await expect.poll(highlighted, { timeout: 30_000 }).not.toBe(first);
    }
    await h.page.keyboard.press('Escape');
    expect(await readerCount(h.page)).toBe(0);
  });

  it('reads sentence by sentence, highlighting each and keeping it in view', async () => {
    await listenWithStub('sentences');
    const [first] = await spoken();
    expect(first).toBe(
      'US Secretary of State Mike Pompeo held talks with North Korean leader Kim Jong Un in Pyongyang on Sunday before landing in Seoul on a whirlwind diplomatic visit to the region.',
    );
    expect(await highlighted()).toBe(first);
    expect(await h.page.locator(LISTEN).getAttribute('aria-expanded')).toBe('true');
    expect(await finish()).toBe(true);
    const [, second] = await waitFor(spoken, (s) => s.length > 1);
    expect(second).not.toBe(first);
    expect(second!.endsWith(await highlighted())).toBe(true);
    // Further down the article, the highlight is scrolled into view.
    for (let i = 0; i < 8; i++) await finish();
    await waitFor(spoken, (s) => s.length >= 10);
    await expect.poll(highlightInView).toBe(true);
  });

  it('says who is speaking before a quotation, and marks the quote in the sidebar', async () => {
    await listenWithStub('speakers');
    let said: string[] = [];
    for (let i = 0; i < 40 && !said.some((t) => t.startsWith('Mike Pompeo: ')); i++) {
      await finish();
      said = await waitFor(spoken, (s) => s.length > i + 1);
    }
    const announced = said.find((t) => t.startsWith('Mike Pompeo: '));
    expect(announced).toBeDefined();
    expect(announced).toContain('so we have a fully coordinated and unified view');
    // Only sentences that begin a quotation are announced.
    expect(said.filter((t) => /^[A-Z][\w .-]+: /.test(t))).toEqual([announced]);
    expect(await highlighted()).toBe(announced!.slice('Mike Pompeo: '.length));
    expect(await readingInSidebar()).toEqual(['“so we have a fully coordinated and unified view”']);
    // The option, on by default, can be turned off: the sentence is read again without the name.
    await h.page.locator(control('speakers')).uncheck();
    await expect.poll(current).toBe(announced!.slice('Mike Pompeo: '.length));
    // And on again (the choice is kept in synced settings for the next articles).
    await h.page.locator(control('speakers')).check();
    await expect.poll(current).toBe(announced);
  });

  it('pauses, plays the sentence again, and moves to the next and previous sentence', async () => {
    await listenWithStub('buttons');
    await finish();
    const [, second] = await waitFor(spoken, (s) => s.length > 1);
    await h.page.locator(control('play')).click();
    expect(await lastCall()).toBe('cancel');
    expect(await current()).toBeNull();
    expect(await h.page.locator(control('play')).getAttribute('title')).toBe('Play (K)');
    await h.page.locator(control('play')).click();
    await expect.poll(current).toBe(second);

    await h.page.locator(control('next')).click();
    const third = await waitFor(current, (t) => t !== second);
    expect(third).not.toBeNull();
    // What is spoken may start with who speaks; the highlight is the sentence itself.
    expect(third!.endsWith(await highlighted())).toBe(true);
    await h.page.locator(control('previous')).click();
    await expect.poll(current).toBe(second);
    expect(second!.endsWith(await highlighted())).toBe(true);
  });

  it('answers K, J and Shift+J in the reader, not in a field', async () => {
    await listenWithStub('shortcuts');
    await h.page.locator('verbatim-reader .vb-article').focus();
    await h.page.keyboard.press('k');
    await expect.poll(current).toBeNull();
    await h.page.keyboard.press('k');
    await expect.poll(current).not.toBeNull();

    await h.page.keyboard.press('j');
    await expect
      .poll(readingInSidebar)
      .toEqual(['“so we have a fully coordinated and unified view”']);
    expect(await current()).toMatch(/^Mike Pompeo: /);
    await h.page.keyboard.press('j');
    await expect
      .poll(readingInSidebar)
      .toEqual([
        '“he agreed with Chairman Kim to hold the second US-North Korea summit at the earliest date possible”',
      ]);
    await h.page.keyboard.press('Shift+J');
    await expect
      .poll(readingInSidebar)
      .toEqual(['“so we have a fully coordinated and unified view”']);
    // In the voice list, letters choose a voice: they are not shortcuts there.
    const before = await current();
    await h.page.locator(control('voice')).focus();
    await h.page.keyboard.press('k');
    expect(await current()).toBe(before);
    expect(await h.page.locator(control('voice')).getAttribute('aria-keyshortcuts')).toBeNull();
    expect(await h.page.locator(control('play')).getAttribute('aria-keyshortcuts')).toBe('K');
    expect(await h.page.locator(control('next-quote')).getAttribute('aria-keyshortcuts')).toBe('J');
  });

  it('has controls axe finds nothing wrong with, light and dark, wide and narrow', async () => {
    await listenWithStub('axe');
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [1280, 320]) {
        await h.page.setViewportSize({ width, height: 800 });
        await h.page.emulateMedia({ colorScheme });
        expect(await axeViolations(h.page, 'verbatim-reader')).toEqual([]);
      }
    }
    // At 320 px the player still fits: nothing sticks out of the window sideways.
    const overflow = await h.page.locator(PLAYER).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBe(0);
    await h.page.setViewportSize({ width: 1280, height: 800 });
    await h.page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps the speed and the speakers choice for the next article, in synced settings', async () => {
    await listenWithStub('choose');
    // Chosen by keys, as a person does: the player ignores events a page script makes up.
    await h.page.locator(control('rate')).focus();
    await h.page.keyboard.press('ArrowDown');
    await h.page.keyboard.press('ArrowDown');
    await h.page.locator(control('speakers')).uncheck();
    await expect
      .poll(async () => (await h.worker()).evaluate(() => chrome.storage.sync.get(null)))
      .toMatchObject({ listenRate: 1.5, listenSpeakers: false, listenVoice: 'Stub voice' });
    // Another page: a fresh content script, so the choice comes from storage.
    await listenWithStub('chosen-before');
    expect(await h.page.locator(control('rate')).inputValue()).toBe('1.5');
    expect(await h.page.locator(control('speakers')).isChecked()).toBe(false);
    expect(await current()).not.toMatch(/^Mike Pompeo: /);
    await (await h.worker()).evaluate(() => chrome.storage.sync.clear());
  });

  it('stops speaking when the reader closes', async () => {
    await listenWithStub('close');
    expect(await current()).not.toBeNull();
    await h.page.locator('verbatim-reader .vb-article').focus();
    await h.page.keyboard.press('Escape');
    await h.page.locator('verbatim-reader').waitFor({ state: 'detached' });
    expect(await current()).toBeNull();
    expect(await lastCall()).toBe('cancel');
    expect(await h.page.evaluate(() => CSS.highlights.has('verbatim-speaking'))).toBe(false);
  });
});

/**
 * Closing the reader gives focus and the text selection back exactly where they were, also
 * when they were inside an open shadow root or a same-origin frame (Chromium, real trigger).
 */
import { describe, expect, it } from 'vitest';
import { closeReader, openReader, type Harness } from './chromium.js';
import type { FixtureServer } from './server.js';
import { useChromium } from './suite.js';

let h: Harness;
let server: FixtureServer;

useChromium((harness, fixtures) => {
  h = harness;
  server = fixtures;
});

/** Where focus and the caret are, described from the page's own world, through roots and frames. */
function focusState(): Promise<string> {
  return h.page.evaluate(() => {
    const describe = (el: Element | null): string =>
      el ? `${el.localName}${el.id ? `#${el.id}` : ''}` : 'none';
    const host = document.getElementById('search-host')!;
    const frame = document.getElementById('comments') as HTMLIFrameElement;
    const inner = frame.contentDocument!;
    const field = (host.shadowRoot!.activeElement ??
      inner.activeElement) as HTMLInputElement | null;
    const caret =
      field && 'selectionStart' in field
        ? `${field.selectionStart}-${field.selectionEnd}-${field.selectionDirection}`
        : '';
    return [
      describe(document.activeElement),
      describe(host.shadowRoot!.activeElement),
      describe(inner.activeElement),
      String(inner.hasFocus()),
      caret,
    ].join(' | ');
  });
}

describe('focus inside a shadow root or a frame comes back after closing', () => {
  it('puts focus and the caret back into the open shadow root', async () => {
    await h.page.goto(server.url('focus-nested.html'));
    await h.page.evaluate(() => {
      const input = document
        .getElementById('search-host')!
        .shadowRoot!.getElementById('query') as HTMLInputElement;
      input.focus();
      input.setSelectionRange(2, 7, 'backward');
    });
    const before = await focusState();
    expect(before).toBe('site-search#search-host | input#query | body | false | 2-7-backward');
    await openReader(h);
    await closeReader(h);
    expect(await focusState()).toBe(before);
  });

  it('puts focus and the selected text back inside the open shadow root', async () => {
    await h.page.goto(server.url('focus-nested.html'));
    const selected = (): Promise<string> =>
      h.page.evaluate(() => {
        const root = document.getElementById('search-host')!.shadowRoot!;
        const selection = (root as unknown as { getSelection: () => Selection }).getSelection();
        return `${root.activeElement?.id} | ${selection.toString()} | ${selection.anchorOffset}-${selection.focusOffset}`;
      });
    await h.page.evaluate(() => {
      const root = document.getElementById('search-host')!.shadowRoot!;
      const help = root.getElementById('help')!;
      help.focus();
      getSelection()!.setBaseAndExtent(help.firstChild!, 7, help.firstChild!, 11);
    });
    const before = await selected();
    expect(before).toBe('help | help | 7-11');
    await openReader(h);
    await closeReader(h);
    expect(await selected()).toBe(before);
  });

  it('puts focus and the caret back into the same-origin frame', async () => {
    await h.page.goto(server.url('focus-nested.html'));
    await h.page.evaluate(() => {
      const frame = document.getElementById('comments') as HTMLIFrameElement;
      const area = frame.contentDocument!.getElementById('comment') as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(5, 9, 'forward');
    });
    const before = await focusState();
    expect(before).toBe('iframe#comments | none | textarea#comment | true | 5-9-forward');
    await openReader(h);
    await closeReader(h);
    expect(await focusState()).toBe(before);
  });
});

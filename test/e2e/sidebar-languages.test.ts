import { describe, expect, it } from 'vitest';
import { closeReader, openReader, type Harness } from './chromium.js';
import type { FixtureServer } from './server.js';
import { useChromium } from './suite.js';

let h: Harness;
let server: FixtureServer;

useChromium(async (harness, fixtures) => {
  h = harness;
  server = fixtures;
});

/** The speakers the sidebar lists for a fixture page, and the quotes under one of them. */
async function sidebarOf(page: string): Promise<string[]> {
  await h.page.goto(server.url(page));
  await openReader(h);
  const speakers = await h.page.locator('verbatim-reader .vb-speaker .vb-name').allTextContents();
  return speakers;
}

const quotesOf = (name: string): Promise<string[]> =>
  h.page.locator(`verbatim-reader .vb-speaker[data-speaker="${name}"] .vb-quote`).allTextContents();

describe('the quote sidebar outside English', () => {
  it('German: names the speakers, never a capitalised noun', async () => {
    const speakers = await sidebarOf('lang/de.html');
    expect(speakers).toEqual(expect.arrayContaining(['Jana Kowalczyk', 'Holger Brandt']));
    for (const noun of ['Frage', 'Wasser', 'Zugleich', 'Mit Wasser'])
      expect(speakers).not.toContain(noun);
    expect((await quotesOf('Jana Kowalczyk')).join(' ')).toContain('Ohne das Geld vom Land');
    await closeReader(h);
  });

  it('French: reads a-t-il, selon X and an attribution inside the marks', async () => {
    const speakers = await sidebarOf('lang/fr.html');
    expect(speakers).toEqual(expect.arrayContaining(['Paul Girardin', 'Claire Vasseur']));
    expect(speakers).not.toContain('Pourtant');
    const vasseur = (await quotesOf('Claire Vasseur')).join(' ');
    expect(vasseur).toContain('Le port restera ouvert tout l’été');
    expect(vasseur).not.toContain('explique');
    expect((await quotesOf('Paul Girardin')).join(' ')).toContain('Les pêcheurs');
    await closeReader(h);
  });
});

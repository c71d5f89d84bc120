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

  it('Spanish: an omitted subject after the quote, a role in an appositive and según X', async () => {
    const speakers = await sidebarOf('lang/es.html');
    expect(speakers).toEqual(expect.arrayContaining(['Rosendo Quintanilla', 'Amparo Lucientes']));
    const quintanilla = (await quotesOf('Rosendo Quintanilla')).join(' ');
    expect(quintanilla).toContain('Tuvimos suerte esta vez');
    expect(quintanilla).toContain('las piedras llegarán por mar');
    expect(quintanilla).not.toContain('fiesta del mar');
    expect((await quotesOf('Amparo Lucientes')).join(' ')).toContain('fiesta del mar');
    // "explicaron desde el ayuntamiento": a plural verb, nobody the reader can name.
    for (const name of speakers) expect(await quotesOf(name)).not.toContain('No hay otra manera');
    await closeReader(h);
  });

  it('Italian: ha detto X and an attribution inside the marks (- dichiara X -)', async () => {
    const speakers = await sidebarOf('lang/it.html');
    expect(speakers).toEqual(expect.arrayContaining(['Ettore Bassani', 'Costanza Fabbri']));
    expect((await quotesOf('Ettore Bassani')).join(' ')).toContain('I pescatori');
    const fabbri = (await quotesOf('Costanza Fabbri')).join(' ');
    expect(fabbri).toContain('Il porto resterà aperto');
    expect(fabbri).not.toContain('dichiara');
    await closeReader(h);
  });

  it('Portuguese: disse with its subject left out, Ele afirmou and segundo X', async () => {
    const speakers = await sidebarOf('lang/pt.html');
    expect(speakers).toEqual(expect.arrayContaining(['Anselmo Bragança', 'Heitor Valverde']));
    expect((await quotesOf('Anselmo Bragança')).join(' ')).toContain('Tivemos sorte');
    const valverde = (await quotesOf('Heitor Valverde')).join(' ');
    expect(valverde).toContain('O estado tem de pagar');
    expect(valverde).toContain('as pedras vão chegar');
    await closeReader(h);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.js';
import { languageOfText, quoteLanguage } from '../../src/core/quotes/lang.js';

/** The speaker of the quote whose words contain `words` (undefined when no such quote is listed). */
function speakerOf(text: string, words: string, lang?: string): string | null | undefined {
  return findQuotes(text, { lang }).quotes.find((q) => q.text.includes(words))?.speaker;
}

/** Enough ordinary sentences for the language to be told from the text. */
const FILLER = {
  de: 'Der Hafen der Stadt ist seit dem Sommer für die Schiffe nicht mehr offen, und die Händler sind darüber nicht froh. Es ist auch für den Verein ein Problem, denn die Spiele finden an dem Ufer statt.',
  fr: 'Le port de la ville est fermé depuis le printemps, et les marchands ne sont pas contents. Il est aussi un problème pour le club, qui joue dans le stade sur la rive du fleuve et qui ne peut pas jouer.',
  es: 'El puerto de la ciudad está cerrado desde el verano y los comerciantes no están contentos con la decisión. Es también un problema para el club, que juega en el estadio de la orilla y que no tiene otro lugar.',
  it: 'Il porto della città è chiuso da questa estate e i commercianti non sono contenti della decisione. È anche un problema per il club, che gioca nello stadio sulla riva del fiume e non ha un altro campo.',
  pt: 'O porto da cidade está fechado desde o verão e os comerciantes não estão contentes com a decisão. É também um problema para o clube, que joga no estádio da margem do rio e não tem outro campo para os jogos.',
  pl: 'Port w mieście jest zamknięty od lata, a kupcy nie są z tego zadowoleni. To także problem dla klubu, który gra na stadionie nad rzeką i nie ma innego boiska, więc mecze są przeniesione do sąsiedniej gminy.',
};

describe('the language of a text', () => {
  it('is told from its frequent words', () => {
    for (const lang of ['de', 'fr', 'es', 'it', 'pt'] as const) {
      expect(languageOfText(FILLER[lang])).toBe(lang);
    }
    expect(languageOfText(FILLER.pl)).toBe('other');
  });

  it('goes by the text over a wrong page language, and by the page when the text is short', () => {
    expect(quoteLanguage(FILLER.de, 'en-US')).toBe('de');
    expect(quoteLanguage('„Wir bleiben“, sagte sie.', 'de-AT')).toBe('de');
    expect(quoteLanguage('“We stay,” she said.', null)).toBe('en');
    expect(quoteLanguage('„Zostajemy”.', 'pl')).toBe('other');
  });
});

describe('German attribution', () => {
  const text = (para: string): string =>
    `${FILLER.de}\n\nHafenmeisterin Jana Kowalczyk steht am Kai.\n\n${para}`;

  it('reads a verb after the quote and the subject after it: „…“, sagte Kowalczyk', () => {
    expect(speakerOf(text('„Wir öffnen den Hafen im Mai wieder“, sagte Kowalczyk.'), 'Mai')).toBe(
      'Jana Kowalczyk',
    );
  });

  it('reads „…“, so Kowalczyk and a pronoun after the verb', () => {
    expect(speakerOf(text('„Die Schiffe warten schon lange“, so Kowalczyk.'), 'warten')).toBe(
      'Jana Kowalczyk',
    );
    expect(speakerOf(text('„Die Kräne sind alt und müde“, erklärte sie.'), 'Kräne')).toBe(
      'Jana Kowalczyk',
    );
  });

  it('reads the subject after the verb when an adverb opens the sentence: Zugleich mahnte sie:', () => {
    expect(speakerOf(text('Zugleich mahnte sie: „Ohne Geld geht es nicht weiter.“'), 'Geld')).toBe(
      'Jana Kowalczyk',
    );
  });

  it('shows no capitalised noun as a speaker', () => {
    const said = text('Die Frage bleibt offen: „Wer zahlt am Ende für den neuen Kai?“');
    expect(speakerOf(said, 'zahlt')).not.toBe('Frage');
    const noun = `${FILLER.de}\n\nMit Wasser versorgt werden: „Die Tiere trinken nichts mehr.“`;
    expect(speakerOf(noun, 'Tiere')).toBeNull();
  });

  it('keeps an unnamed source as described: „…“, sagt eine Sprecherin', () => {
    expect(speakerOf(`${FILLER.de}\n\n„Wir prüfen das“, sagt eine Sprecherin.`, 'prüfen')).toBe(
      'eine Sprecherin',
    );
  });
});

describe('French, Spanish, Italian and Portuguese attribution', () => {
  it('French: « … », a déclaré X; a-t-il; selon X', () => {
    const fr = `${FILLER.fr}\n\nLe maire Paul Girardin est au port.\n\n`;
    expect(speakerOf(`${fr}« Nous rouvrirons en mai », a déclaré Paul Girardin.`, 'mai')).toBe(
      'Paul Girardin',
    );
    expect(
      speakerOf(`${fr}« Les grues du port sont bien trop vieilles », a-t-il ajouté.`, 'grues'),
    ).toBe('Paul Girardin');
    expect(speakerOf(`${fr}Selon Girardin, « le club jouera ailleurs ».`, 'club')).toBe(
      'Paul Girardin',
    );
  });

  it('Spanish: “…”, dijo X en un comunicado, and an omitted subject', () => {
    const es = `${FILLER.es}\n\nLa alcaldesa Marta Quiroga visitó el muelle.\n\n`;
    expect(speakerOf(`${es}“Abriremos en mayo”, dijo Quiroga en un comunicado.`, 'mayo')).toBe(
      'Marta Quiroga',
    );
    expect(speakerOf(`${es}“Las grúas del puerto son demasiado viejas”, precisó.`, 'grúas')).toBe(
      'Marta Quiroga',
    );
  });

  it('Italian: “…”, ha detto X', () => {
    const it_ = `${FILLER.it}\n\nIl sindaco Piero Lanzetti è al porto.\n\n`;
    expect(speakerOf(`${it_}“Riapriremo a maggio”, ha detto Lanzetti.`, 'maggio')).toBe(
      'Piero Lanzetti',
    );
  });

  it('Portuguese: “…”, disse X', () => {
    const pt = `${FILLER.pt}\n\nO prefeito Rui Valadares esteve no cais.\n\n`;
    expect(speakerOf(`${pt}“Vamos reabrir em maio”, disse Valadares.`, 'maio')).toBe(
      'Rui Valadares',
    );
  });

  it('a language without rules lists its quotes unattributed', () => {
    const pl = `${FILLER.pl}\n\nBurmistrz Jan Nowak był w porcie.\n\n„Otworzymy port w maju, gdy kran będzie gotowy”, powiedział Jan Nowak.`;
    expect(speakerOf(pl, 'maju')).toBeNull();
  });

  it('reads an adverb between the verb and its subject, and a name after a description', () => {
    const es = `${FILLER.es}\n\nLa alcaldesa Marta Quiroga visitó el muelle.\n\n`;
    const adverb = `${es}“El muelle no se cierra”, dijo luego el portavoz Tomás Arregui.`;
    expect(speakerOf(adverb, 'muelle no')).toBe('Tomás Arregui');
    const appositive = `${es}“El muelle no se cierra”, dijo el portavoz del puerto, Tomás Arregui.`;
    expect(speakerOf(appositive, 'muelle no')).toBe('Tomás Arregui');
  });

  it('reads the speaker of a collage of answers from the heading in capitals above it', () => {
    const es = `${FILLER.es}\n\nLOLA FERRÁN: MI MADRE ME ENSEÑÓ A NADAR\n\n“Cada verano íbamos al río con toda la familia”.`;
    expect(speakerOf(es, 'verano')?.toLowerCase()).toBe('lola ferrán');
  });

  it('gives a definite description only to someone with that role named just before', () => {
    const far = [
      FILLER.es,
      'Su secretario, Ramiro Palau, no contestó.',
      FILLER.es,
      FILLER.es,
      FILLER.es,
      '“No vamos a ceder ni un metro del muelle”, dijo el secretario general del sindicato.',
    ].join('\n\n');
    expect(speakerOf(far, 'ceder')).not.toBe('Ramiro Palau');
  });

  it('splits a quotation interrupted by its attribution inside the marks', () => {
    const fr = `${FILLER.fr}\n\nLe maire Paul Girardin est au port.\n\n« Le port restera fermé tout l’été, explique Paul Girardin. Nous n’avons pas le choix. »`;
    const { quotes } = findQuotes(fr);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Le port restera fermé tout l’été', 'Paul Girardin'],
      ['Nous n’avons pas le choix.', 'Paul Girardin'],
    ]);
    const it_ = `${FILLER.it}\n\nIl sindaco Piero Lanzetti è al porto.\n\n“Il porto resterà chiuso tutta l’estate - dichiara Lanzetti - e non abbiamo scelta”.`;
    expect(speakerOf(it_, 'non abbiamo scelta')).toBe('Piero Lanzetti');
  });

  it('carries no speaker on to a quote whose sentence has its own subject and a colon', () => {
    const de = `${FILLER.de}\n\nBürgermeister Holger Brandt ist am Hafen.\n\n„Der Hafen ist das Herz der Stadt und bleibt offen“, so Brandt.\n\nDie Frage bleibt offen: „Wer bezahlt am Ende die Steine für den Kai?“`;
    expect(speakerOf(de, 'bezahlt')).toBeNull();
  });

  it('takes a capitalised word right after an inverted verb as a German name: sagte Allendorf', () => {
    const de = `${FILLER.de}\n\n„Nicht alle Künstler waren in der Kürze erreichbar“, sagte Allendorf der Zeitung.`;
    expect(speakerOf(de, 'Künstler')).toBe('Allendorf');
  });

  it('gives a colon sentence that names one person, and nobody else, to that person', () => {
    const de = `${FILLER.de}\n\nMit dabei war auch Stefan Wollny von der Tierhilfe: „Die Tiere finden den Weg nicht mehr hinaus.“`;
    expect(speakerOf(de, 'Tiere')).toBe('Stefan Wollny');
  });

  it('writes an elided article in a described source as the text does', () => {
    const fr = `${FILLER.fr}\n\n« Il sait entretenir ses rapports avec tout le monde », selon un proche d'Edouard Brun.`;
    expect(speakerOf(fr, 'entretenir')).toBe("un proche d'Edouard Brun");
  });
});

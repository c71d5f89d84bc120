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

describe('who an omitted subject or a pronoun means, outside German', () => {
  it('takes the subject of a speech verb for a person: “…”, dijo after "Pacheco afirmou"', () => {
    const pt = `${FILLER.pt}\n\nO presidente do Senado, Rodrigo Pacheco, se reuniu com o ministro.\n\nPacheco afirmou que o encontro foi bom. “Pode haver acontecimentos pontuais, mas não uma crise”, disse.`;
    expect(speakerOf(pt, 'pontuais')).toBe('Rodrigo Pacheco');
    const es = `${FILLER.es}\n\nHugo Bustos asegura que no mostró todo el material de su reportaje.\n\n“Yo le diría que casi todos los tienen policías y militares”, dijo a la red Erbol.`;
    expect(speakerOf(es, 'policías')).toBe('Hugo Bustos');
  });

  it('takes a name with a role in an appositive for a person: "X, candidato de …, manifestó"', () => {
    const es = `${FILLER.es}\n\nRodolfo Hernández, candidato del movimiento Liga, habló del campo.\n\n“La diferencia la tiene que poner el Gobierno Nacional”, precisó.`;
    expect(speakerOf(es, 'diferencia')).toBe('Rodolfo Hernández');
    const pt = `${FILLER.pt}\n\nO presidente da Câmara, Arthur Lira (PP-AL), não participou do encontro.\n\n“O Legislativo sempre buscou o equilíbrio entre os Poderes”, afirmou.`;
    expect(speakerOf(pt, 'equilíbrio')).toBe('Arthur Lira');
  });

  it('reads a name after an adverbial and its comma as the subject of its clause', () => {
    const es = `${FILLER.es}\n\nLa candidata Ingrid Betancourt habló del centro.\n\nPor su parte, Luis Pérez Gutiérrez, candidato de Colombia Piensa, propuso vías nuevas.\n\n“Yo me propongo construir veinte mil kilómetros de vías”, dijo al auditorio.`;
    expect(speakerOf(es, 'kilómetros')).toBe('Luis Pérez Gutiérrez');
  });

  it('gives a surname to the person of that surname named last before it', () => {
    const es = `${FILLER.es}\n\nDania María Vergara presentó su disco el año pasado.\n\nEl artista Ulpiano Vergara presentó una solicitud para registrar su marca.\n\n“Mi nombre es lo que me representa en el comercio”, expresó Vergara.\n\nSu hija Dania María Vergara canta con él.`;
    expect(speakerOf(es, 'representa')).toBe('Ulpiano Vergara');
  });

  it('does not read a sentence-opening adverb into a name: "Ahora Bustos asegura"', () => {
    const es = `${FILLER.es}\n\nEl investigador Hugo Bustos habló con la prensa.\n\nAhora Bustos asegura que no mostró todo el material.\n\n“Tenemos muchas más pruebas de las que mostramos”, dijo.`;
    expect(speakerOf(es, 'pruebas')).toBe('Hugo Bustos');
  });

  it('gives a plural verb with no subject to nobody: “…”, explicaron', () => {
    const es = `${FILLER.es}\n\nSu secretario, Mariano Cabral, no atendió el teléfono.\n\n“La idea de que ellos son dueños del Gobierno es repulsiva”, explicaron a Clarín desde el entorno presidencial.`;
    expect(speakerOf(es, 'repulsiva')).not.toBe('Mariano Cabral');
  });

  it('French: « …, affirme-t-elle » and « Pour elle » mean the woman named with her role', () => {
    const fr = `${FILLER.fr}\n\nDevant ses étudiants, Marie-Pierre Dausse, professeur d’histoire, défend son point de vue.\n\n« Cette loi, c’est la fin des services publics, affirme-t-elle. Je crois en une université ouverte. »`;
    expect(speakerOf(fr, 'Cette loi')).toBe('Marie-Pierre Dausse');
  });

  it('French: "peut-on lire dans X" names the publication, and nobody when none is named', () => {
    const fr = `${FILLER.fr}\n\nLe député Jean-Jacques Bridey est cité dans une enquête.\n\n« Une douzaine de responsables ont été mis en examen », peut-on lire dans Les Échos.\n\nJean-Jacques Bridey est « visé par une enquête préliminaire pour concussion », peut-on lire.`;
    expect(speakerOf(fr, 'douzaine')).toBe('Les Échos');
    expect(speakerOf(fr, 'préliminaire')).toBeNull();
  });

  it('does not give a plural description or a body to the person quoted before', () => {
    const fr = `${FILLER.fr}\n\nLa toxicologue Dominique Parent-Massin est formelle.\n\n« Il n’est pas cancérogène pour les humains », dit Dominique Parent-Massin.\n\n« Il n’y a pas de risque pour la santé publique », écrit l’agence.`;
    expect(speakerOf(fr, 'santé publique')).not.toBe('Dominique Parent-Massin');
  });
});

describe('German names with evidence elsewhere in the article', () => {
  it('takes a full name for a person when its surname alone has an age: "Stetter-Karp (65)"', () => {
    const de = `${FILLER.de}\n\nIrme Stetter-Karp ist neue Präsidentin des Vereins.\n\nStetter-Karp (65) folgt auf den alten Vorsitzenden.\n\nIn ihrer Rede nannte Stetter-Karp den Prozess wichtig. Die Kirche setze einem „in manchen Momenten gehörig zu mit ihrer Beharrlichkeit“, sagte sie.`;
    expect(speakerOf(de, 'Beharrlichkeit')).toBe('Irme Stetter-Karp');
  });
});

describe('a quote right after a sentence that names its speaker without a speech verb', () => {
  it('gives it to the one person the sentence has as subject or source', () => {
    const de = `${FILLER.de}\n\nDie Firma kommt laut Geschäftsführer Christian Hanisch auf eine Quote von 96 Prozent. „Wir verbrauchen viel weniger Energie als die anderen Verfahren.“`;
    expect(speakerOf(de, 'Energie')).toBe('Christian Hanisch');
    const es = `${FILLER.es}\n\nUn planteamiento muy similar presentó el candidato Enrique Gómez en el foro. “El 66% de los muchachos que desertan de la educación cogen la calle”.`;
    expect(speakerOf(es, 'muchachos')).toBe('Enrique Gómez');
    const subject = `${FILLER.de}\n\nSportchef Zoran Barisic ist Tag und Nacht auf Achse. „Es ist intensiver und komplizierter denn je.“`;
    expect(speakerOf(subject, 'intensiver')).toBe('Zoran Barisic');
  });

  it('gives it to the subject of a speech verb in the sentence before', () => {
    const fr = `${FILLER.fr}\n\nLa précarité est grande, comme nous le raconte Antoine Morel, 32 ans, chargé de cours. « Je suis très inquiet pour mon avenir et pour celui de mes collègues. »`;
    expect(speakerOf(fr, 'inquiet')).toBe('Antoine Morel');
    const interrupted = `${FILLER.fr}\n\nMarie Dausse enseigne ici. « Je crois en une université publique et ouverte à tous », dit-elle.\n\nLa précarité est grande, comme nous le raconte Antoine Morel, 32 ans. « Je suis très inquiet pour mon avenir, glisse-t-il devant la bibliothèque. Mon contrat ne sera pas renouvelé. »`;
    expect(speakerOf(interrupted, 'inquiet')).toBe('Antoine Morel');
  });

  it('gives it to nobody when the person is only an object, or two people are named', () => {
    const object = `${FILLER.de}\n\nDie Polizei hat am Montag Christian Hanisch in Berlin getroffen. „Wir verbrauchen viel weniger Energie als die anderen Verfahren.“`;
    expect(speakerOf(object, 'Energie')).toBeNull();
    const two = `${FILLER.es}\n\nEl candidato Enrique Gómez se reunió con el candidato Luis Pérez en el foro. “El 66% de los muchachos que desertan de la educación cogen la calle”.`;
    expect(speakerOf(two, 'muchachos')).toBeNull();
  });
});

describe('publications as sources', () => {
  it('reads a title opening with its article: selon Le Monde, según El País', () => {
    const fr = `${FILLER.fr}\n\nSelon Le Monde, « le fisc a saisi la commission des infractions fiscales de Bercy ».`;
    expect(speakerOf(fr, 'fisc')).toBe('Le Monde');
    const es = `${FILLER.es}\n\n“El gobierno prepara un nuevo plan para el puerto de la ciudad”, según El País.`;
    expect(speakerOf(es, 'gobierno')).toBe('El País');
    const adjective = `${FILLER.fr}\n\nElle a fait réaliser les travaux « sans aucune autorisation de la ville ni du préfet », écrit Le Canard enchaîné. Le journal révèle aussi autre chose.`;
    expect(speakerOf(adjective, 'autorisation')).toBe('Le Canard enchaîné');
  });

  it('reads the name right before the verb in a subordinate clause: pour que Mediapart révèle', () => {
    const fr = `${FILLER.fr}\n\nIl n’aura pas fallu 24 heures pour que Mediapart révèle ces raisons : « Le fisc a récemment saisi la commission des infractions fiscales. »`;
    expect(speakerOf(fr, 'fisc')).toBe('Mediapart');
    const pt = `${FILLER.pt}\n\nO ministro Paulo Sérgio Nogueira é o titular da pasta. O titular da Defesa respondeu prontamente: "Afirmar que as Forças Armadas foram orientadas é irresponsável".`;
    expect(speakerOf(pt, 'Afirmar')).not.toBe('Defesa');
  });
});

describe('pronoun gender where the language marks it', () => {
  it('skips a person whose role says the other gender', () => {
    const fr = `${FILLER.fr}\n\nLa directrice Claire Vasseur a ouvert la séance.\n\nPuis le président Paul Martin a parlé du budget.\n\n« Nous avons besoin de plus de moyens pour les écoles », a-t-elle expliqué.`;
    expect(speakerOf(fr, 'moyens')).toBe('Claire Vasseur');
    const de = `${FILLER.de}\n\nMinisterin Jana Kowalczyk kam am Morgen.\n\nSprecher Paul Wendt stand daneben.\n\n„Wir öffnen den Hafen im Mai wieder für alle Schiffe“, sagte sie.`;
    expect(speakerOf(de, 'Mai')).toBe('Jana Kowalczyk');
  });

  it('names nobody when the only person is of the other gender', () => {
    const es = `${FILLER.es}\n\nLa ministra Ana Torres visitó el puerto.\n\n“El puerto abrirá de nuevo en el mes de mayo para todos”, dijo él.`;
    expect(speakerOf(es, 'mayo')).toBeNull();
  });
});

describe('a German genitive on a known name', () => {
  it('is the same person: „Berlusconis“ is Silvio Berlusconi', () => {
    const text =
      `${FILLER.de}\n\nSilvio Berlusconi ist wieder vor Gericht.\n\n` +
      'Der Anwalt Silvio Berlusconis kam spät. „Wir werden das Urteil nicht hinnehmen“, ' +
      'sagte Silvio Berlusconis Anwalt.\n\n' +
      '„Das Gericht hat sich geirrt, und zwar gründlich“, sagte Berlusconis Sprecher Paolo Bonaiuti.';
    const speakers = findQuotes(text, { lang: 'de' }).quotes.map((q) => q.speaker);
    expect(speakers.filter((s) => s?.endsWith('Berlusconis'))).toEqual([]);
  });
});

describe('descriptions and role words', () => {
  it('French: « … », a expliqué le juge (a noun after its article, though "juge" is a verb too)', () => {
    const fr = `${FILLER.fr}\n\nLe ministre Gérald Danton a obtenu un non-lieu.\n\nLe tribunal a tranché, au motif que « le défaut de preuve ne suffit pas à caractériser le délit », a expliqué le juge.`;
    expect(speakerOf(fr, 'défaut')).toBe('le juge');
  });

  it('French: writes an elided article as the text does: « … », écrit l’agence', () => {
    const fr = `${FILLER.fr}\n\n« Il n’y a pas de risque pour la santé publique des riverains », écrit l’agence.`;
    expect(speakerOf(fr, 'santé publique')).toBe('l’agence');
  });

  it('Spanish: a name opening its sentence is kept whole when the article knows it whole', () => {
    const es = `${FILLER.es}\n\nDebatieron los candidatos como Rodolfo Hernández o Sergio Fajardo.\n\nRodolfo Hernández, candidato del movimiento Liga, habló del campo. “La diferencia la tiene que poner el Gobierno Nacional”, precisó.`;
    expect(speakerOf(es, 'diferencia')).toBe('Rodolfo Hernández');
  });

  it('Spanish: reads a role noun in an appositive: "Rosendo Quintanilla, capitán del puerto"', () => {
    const es = `${FILLER.es}\n\nPor su parte, Rosendo Quintanilla, capitán del puerto, recorrió la escollera.\n\n“La escollera no aguanta otro invierno como este”, dijo a la radio local.`;
    expect(speakerOf(es, 'escollera')).toBe('Rosendo Quintanilla');
  });
});

describe('sources a group or a report stands for', () => {
  it('German: "dem Bericht zufolge" is the source when the subject is a thing, not a name', () => {
    const de = `${FILLER.de}\n\nDie Röhren, die in letzter Zeit viel Aufmerksamkeit erhielten, können dem Bericht zufolge „in kleineren Mengen eine bessere Leistung bringen“.`;
    expect(speakerOf(de, 'kleineren')).toBe('dem Bericht');
    const named = `${FILLER.de}\n\nBürgermeister Holger Brandt erklärte den Plan.\n\nBrandt hält dem Bericht zufolge die Studie für „realistisch und gut gemacht“.`;
    expect(speakerOf(named, 'realistisch')).not.toBe('dem Bericht');
  });

  it('German: a plural acronym is no speaker ("CNTs können „…“")', () => {
    const de = `${FILLER.de}\n\nCNTs können nach dem Test „in kleineren Mengen eine bessere Leistung bringen“.`;
    expect(speakerOf(de, 'kleineren')).not.toBe('CNTs');
  });

  it('keeps "einer von X" whole and reads "die Person" as a described source', () => {
    const de = `${FILLER.de}\n\nLaut ET-News arbeitet die Firma an neuen Akkus.\n\n„Die Nachfrage nach starken Akkus ist gestiegen“, so einer von ET-News‘ Insidern. „Die Firma arbeitet schon lange daran“, ergänzte die Person.`;
    expect(speakerOf(de, 'Nachfrage')).toBe('einer von ET-News‘ Insidern');
    expect(speakerOf(de, 'schon lange')).toBe('die Person');
  });

  it('carries no quote over a described speaker in between: "la congregación señaló …"', () => {
    const es = `${FILLER.es}\n\nLa ministra Antonia Orellana habló del caso. Explicó que “conversé con víctimas de abuso y me pareció un retroceso”.\n\nA través de un comunicado, la congregación señaló haber recibido una denuncia de una mujer adulta el pasado mes de abril, indicando que los hechos “habrían ocurrido cuando la denunciante era menor de edad”.`;
    expect(speakerOf(es, 'denunciante')).not.toBe('Antonia Orellana');
  });
});

describe('the German passive', () => {
  it('gives a quote introduced in the passive to the text it names: wird in der Mitteilung betont', () => {
    const de = `${FILLER.de}\n\n„Die Liste der Künstler wird immer länger“, sagte Allendorf der Zeitung.\n\nEs gehe um „Transparenz, Fairness und Vielfalt für alle Musiker“, wird in der Mitteilung betont: „Für die meisten gespielten Künstler gibt es satte Zuschläge.“`;
    expect(speakerOf(de, 'Transparenz')).toBe('Mitteilung');
    expect(speakerOf(de, 'Zuschläge')).toBe('Mitteilung');
  });

  it('gives a quote introduced in the passive to nobody when it names no text: wurde betont', () => {
    const de = `${FILLER.de}\n\n„Die Liste der Künstler wird immer länger“, sagte Allendorf der Zeitung.\n\nEs gehe um „Transparenz, Fairness und Vielfalt für alle Musiker“, wurde am Montag betont.`;
    expect(speakerOf(de, 'Transparenz')).toBeNull();
  });

  it('reads "heißt es in X" as the text X, and "heißt es" alone as nobody', () => {
    const de = `${FILLER.de}\n\n„Der Hafen bleibt offen“, sagte Bürgermeister Holger Brandt.\n\n„Durch den Entwurf werden neue Regeln für die Häfen eingeführt“, heißt es in der Einleitung des Entwurfs (PDF).\n\n„Die Kosten für den Kai werden radikal sinken“, heißt es.`;
    expect(speakerOf(de, 'neue Regeln')).toBe('Einleitung des Entwurfs');
    expect(speakerOf(de, 'radikal')).toBeNull();
  });

  it('still reads the future with an infinitive as a speaker’s: Sie wird sagen:', () => {
    const de = `${FILLER.de}\n\nHafenmeisterin Jana Kowalczyk steht am Kai.\n\nSie wird sagen: „Ohne Geld geht es nicht weiter mit dem Kai.“`;
    expect(speakerOf(de, 'Ohne Geld')).toBe('Jana Kowalczyk');
  });
});

describe('a German article after a name', () => {
  it('is no particle of the name: „…“, kommentiert Hafenwerk das Gesetz', () => {
    const de = `${FILLER.de}\n\n„Der Staat darf die Kosten nicht auf die Firmen abwälzen“, kommentiert Hafenwerk das Gesetz zur Reform der Häfen.`;
    expect(speakerOf(de, 'abwälzen')).toBe('Hafenwerk');
  });
});

describe('a list of names is no clause', () => {
  it('Portuguese: "com Ruiz, Tavares e Monteiro" leaves the subject of the sentence the speaker', () => {
    const pt = `${FILLER.pt}\n\nO senador Caio Tavares e o prefeito Otávio Brum visitaram o cais.\n\nBrum disse que tem conversado com Ruiz, Tavares e Monteiro sobre o porto. “Nós vamos encontrar uma saída negociada para o porto”, disse.`;
    expect(speakerOf(pt, 'saída negociada')).toBe('Otávio Brum');
  });
});

describe('a French incise with a complement after its inverted pronoun', () => {
  it('splits « …, glisse-t-il devant la gare. … » and gives both parts to the speaker', () => {
    const fr = `${FILLER.fr}\n\nLa grève dure, comme nous le raconte Lucien Ferrand, 41 ans, docker. « Je ne sais pas de quoi demain sera fait, glisse-t-il lorsqu’on le croise devant la gare. Le port ferme et personne ne nous dit rien. »`;
    const { quotes } = findQuotes(fr);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Je ne sais pas de quoi demain sera fait', 'Lucien Ferrand'],
      ['Le port ferme et personne ne nous dit rien.', 'Lucien Ferrand'],
    ]);
  });
});

describe('a quote right after a sentence whose subject, described, speaks', () => {
  it('Portuguese: "O titular da Pesca respondeu prontamente. “…”" is the described source', () => {
    const pt = `${FILLER.pt}\n\nO titular da Pesca respondeu prontamente. “Afirmar que o porto foi fechado sem aviso é irresponsável e ofende os pescadores”.`;
    expect(speakerOf(pt, 'irresponsável')).toBe('O titular da Pesca');
  });

  it('German: a verb of speaking in a subordinate clause: "wie X sich ausdrückte. „…“"', () => {
    const de = `${FILLER.de}\n\nDer Verein hält den Plan für einen „schweren Fehler“, wie der Vorsitzende Holger Brandt sich ausdrückte. „Unsere Forderung ist es, dass der Hafen sofort öffnet.“`;
    expect(speakerOf(de, 'Forderung')).toBe('Holger Brandt');
  });
});

describe('a described speaker brought in by the sentence before the quote', () => {
  it('is not the speaker quoted before: "O titular da Pesca respondeu. “…”"', () => {
    const pt = `${FILLER.pt}\n\nRui Valadares falou do cais. “O porto fecha amanhã porque os pescadores não pagaram as taxas”, disse Valadares.\n\nO titular da Pesca respondeu prontamente. “Afirmar que os pescadores não pagaram as taxas é irresponsável e falso”.`;
    expect(speakerOf(pt, 'irresponsável')).toBe('O titular da Pesca');
  });
});

describe('a described speaker with an adjective and a complement', () => {
  const es = `${FILLER.es}\n\n“El que rompe el acuerdo del puerto es el alcalde y nadie más”, dijo primero el secretario general de La Naviera en declaraciones radiales. Y remató: “Si el puerto es nuestro, el alcalde no se lo va a llevar a su casa”.`;

  it('keeps the adjective and ends the complement with the name: "el secretario general de La Naviera"', () => {
    expect(speakerOf(es, 'rompe')).toBe('el secretario general de La Naviera');
  });

  it('is the omitted subject of the next speech verb: Y remató: “…”', () => {
    expect(speakerOf(es, 'nuestro')).toBe('el secretario general de La Naviera');
  });
});

describe('a described speaker carried to an omitted subject', () => {
  it('is not carried past a person named since: "Había sido Nicolás Ferro … “…”, tiró"', () => {
    const es = `${FILLER.es}\n\n“El puerto es de todos y no de unos pocos”, dijo el secretario general de La Naviera.\n\nHabía sido primero Nicolás Ferro, enemistado con la naviera, el que salió en defensa del alcalde: “Los ataques son al alcalde, no al capitán del puerto”, tiró en alusión al conflicto.`;
    expect(speakerOf(es, 'Los ataques')).not.toBe('el secretario general de La Naviera');
  });
});

describe('a quote right after a sentence that names its source with "pour", "selon", "laut"', () => {
  it('French: "Cependant, pour les experts, … « … »" is the experts’, not the previous speaker’s', () => {
    const fr = `${FILLER.fr}\n\n« Le port est trop vieux pour les grands navires du nord », explique Paul Girardin.\n\nCependant, pour les experts, le maire n’est pas le seul fautif dans cette affaire. « Il est possible que la ville ait déjà su que le quai était fragile depuis des années. »`;
    expect(speakerOf(fr, 'fragile')).toBe('les experts');
  });
});

describe('"peut-on lire" with its publication elsewhere', () => {
  it('reads a publication described after the verb: peut-on lire dans le quotidien du soir', () => {
    const fr = `${FILLER.fr}\n\nLe maire est soupçonné de « détournement de fonds publics liés au port de la ville », peut-on lire dans le quotidien du soir.`;
    expect(speakerOf(fr, 'détournement')).toBe('le quotidien du soir');
  });

  it('with none after the verb, names the publication the paragraph has publish before it', () => {
    const fr = `${FILLER.fr}\n\nLe 2 mai, La Vigie publie un article sur le maire. Paul Girardin est « visé par une enquête préliminaire pour concussion », peut-on lire.`;
    expect(speakerOf(fr, 'concussion')).toBe('La Vigie');
  });
});

describe('an omitted subject after a subordinating "que"', () => {
  it('Spanish: "…, a la vez que aseveró que “…”" is the subject of the sentence', () => {
    const es = `${FILLER.es}\n\nEl alcalde Tomás Ruiz habló con la prensa.\n\nMientras tanto, Ruiz negaba que el puerto fuera a cerrar, a la vez que aseveró que “este conflicto no es un tema de dinero, sino de respeto por los pescadores”.`;
    expect(speakerOf(es, 'respeto')).toBe('Tomás Ruiz');
  });
});

describe('a described speaker and a later pronoun of the gender of its article', () => {
  it('French: "a ajouté un ténor de la droite" then « … », met-il en perspective', () => {
    const fr = `${FILLER.fr}\n\n« Le maire a tout de même soutenu le projet du port en 1999 », a ajouté un ténor de la droite sur le dossier. « Cela relativise tout ça », met-il en perspective.`;
    expect(speakerOf(fr, 'soutenu')).toBe('un ténor de la droite');
    expect(speakerOf(fr, 'relativise')).toBe('un ténor de la droite');
  });

  it('does not give "elle" to a description opened by a masculine article', () => {
    const fr = `${FILLER.fr}\n\n« Le maire a tout de même soutenu le projet du port en 1999 », a ajouté un ténor de la droite sur le dossier. « Cela relativise tout ça », poursuit-elle.`;
    expect(speakerOf(fr, 'relativise')).not.toBe('un ténor de la droite');
  });
});

describe('German reported speech in the subjunctive', () => {
  it('carries the speaker on to a few words quoted in it: Dafür müsse man „…“', () => {
    const de = `${FILLER.de}\n\nHafenmeisterin Jana Kowalczyk sprach am Montag.\n\n„Nur gemeinsam machen wir den Hafen sicher“, meinte sie. Dafür müsse man den Verein „rechtzeitig zum Umsteuern bewegen“.`;
    expect(speakerOf(de, 'Umsteuern')).toBe('Jana Kowalczyk');
  });

  it('does not carry a speaker to a few words in a sentence in the indicative', () => {
    const de = `${FILLER.de}\n\nHafenmeisterin Jana Kowalczyk sprach am Montag.\n\n„Nur gemeinsam machen wir den Hafen sicher“, meinte sie. Dafür muss man den Verein „zum Umsteuern bewegen“.`;
    expect(speakerOf(de, 'Umsteuern')).toBeUndefined();
  });
});

describe('"pour lui" as a source', () => {
  it('French: opening its clause, "Pour lui, « … »" is the man named before', () => {
    const fr = `${FILLER.fr}\n\nLe maire Paul Girardin est au port.\n\nPour lui, « le club doit jouer ailleurs pendant les travaux du quai ».`;
    expect(speakerOf(fr, 'travaux')).toBe('Paul Girardin');
  });

  it('French: before a colon, "le métier est pour lui une vocation : « … »"', () => {
    const fr = `${FILLER.fr}\n\nLe capitaine Lucien Ferrand travaille au port depuis vingt ans.\n\nLe port est pour lui une vocation : « J’ai choisi ce métier parce que j’aime la mer et les bateaux. »`;
    expect(speakerOf(fr, 'choisi ce métier')).toBe('Lucien Ferrand');
  });
});

describe('a subheading that repeats a quotation of the text below it', () => {
  it('is the speaker of the repeat, not of the paragraph above', () => {
    const de = `${FILLER.de}\n\n„Wir reinigen die Kräne jeden Tag“, sagt Hafenmeisterin Jana Kowalczyk.\n\n„Es darf sich nicht die ganze Mannschaft anstecken“\n\nIn der Werft von Bäckermeister Karl Brenner arbeiten zwei Teams im Wechsel. „Es darf sich nicht die ganze Mannschaft anstecken“, sagt Brenner.`;
    const { quotes } = findQuotes(de);
    const heading = quotes.filter((q) => q.text.includes('Mannschaft'));
    expect(heading.map((q) => q.speaker)).toEqual(['Karl Brenner', 'Karl Brenner']);
  });
});

describe('a text that speaks as a described source', () => {
  it('French: « … », dit en substance le texte, and it is never carried to the previous speaker', () => {
    const fr = `${FILLER.fr}\n\n« Le port restera fermé tout l’été », a déclaré Paul Girardin.\n\n« L’absence de certitude absolue ne doit pas servir de prétexte pour ne rien faire », dit en substance le texte.`;
    expect(speakerOf(fr, 'certitude')).toBe('le texte');
  });

  it('Spanish: “…”, señala el informe', () => {
    const es = `${FILLER.es}\n\n“Las grúas del muelle no resisten otro invierno”, señala el informe.`;
    expect(speakerOf(es, 'grúas')).toBe('el informe');
  });
});

describe('a plural verb with its source after "desde"', () => {
  it('Spanish: “…”, explicaron a la radio desde el entorno municipal', () => {
    const es = `${FILLER.es}\n\nSu secretario, Mariano Cabral, no atendió el teléfono.\n\n“La idea de que ellos son dueños del puerto es repulsiva”, explicaron a la radio desde el entorno municipal entrada la tarde.`;
    expect(speakerOf(es, 'repulsiva')).toBe('el entorno municipal');
  });
});

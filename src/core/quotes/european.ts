/**
 * Attribution in German, French, Spanish, Italian and Portuguese. The quotation marks are paired as
 * for English (marks.ts); the cue beside a quotation is read with each language's words
 * (languages.ts): a speech verb after the quote and its subject after it ("„…“, sagte Müller",
 * "« … », a-t-il lâché"), a source word ("so Renkema", "selon X"), or a verb before the quote
 * with its subject before or after it ("Zugleich mahnte sie:", "Ricardo Jaime escribió:").
 *
 * A capitalised word is no name on its own word here: German capitalises every noun, and every
 * language capitalises a sentence's first word. A name needs evidence: a known first name, a title
 * or role word before it, an age after it ("Udo Kriese (75)"), or, for a lone surname, a full name
 * in the article that ends with it. Without a name the speaker is a pronoun or an omitted subject
 * (the latest person named before), or a description ("der Sprecher", "un proche de X").
 */
import type { Article } from './article.js';
import type { MarkedQuote, Paragraph } from './marks.js';
import { nameKey } from './names.js';
import type { Attribution, Kept } from './resolve.js';
import { MASK } from './sentences.js';
import { firstAtOrAfter } from './sorted.js';
import { bare as bareWord, splitWords, type Word } from './tokens.js';
import { FIRST_NAMES, type LanguageWords, type RuledLanguage } from './languages.js';

/** Particles inside names: "Ursula von der Leyen", "Charles de Gaulle", "Luiz Inácio da Silva". */
const NAME_JOINERS = new Set(['von', 'van', 'der', 'de', 'da', 'di', 'del', 'dos', 'das', 'du']);
/** Auxiliaries of compound tenses: "a déclaré", "ha detto", "hat gesagt". */
const AUXILIARIES = new Set(['a', 'avait', 'ha', 'había', 'aveva', 'hat', 'hatte', 'tem', 'teve']);
/** Reflexive pronouns between a verb and its subject: "äußerte sich X", "se desligan". */
const REFLEXIVES = new Set(['sich', 'se', 'si']);
/**
 * Adverbs that stand between an inverted verb and its subject: "dijo primero el secretario",
 * "aponta ainda o jornalista", "sagte auch der Minister". Words in -mente are read by ending.
 */
// prettier-ignore
const ADVERBS = new Set([
  'auch', 'noch', 'dann', 'zudem', 'weiter', 'später', 'zuletzt', 'primero', 'luego', 'después',
  'también', 'además', 'ainda', 'também', 'depois', 'encore', 'aussi', 'ensuite', 'alors',
  'anche', 'poi', 'ancora', 'inoltre',
]);
const isBetweenVerbAndSubject = (w: string): boolean => {
  const l = bare(w).toLowerCase();
  return REFLEXIVES.has(l) || ADVERBS.has(l) || /^\p{Ll}{4,}mente$/u.test(l);
};

/** Conjunctions that open a clause before its subject or verb: "Y remató:", "Und sagte:". */
const CONJUNCTIONS = new Set(['und', 'aber', 'et', 'mais', 'y', 'pero', 'e', 'ma', 'mas']);
/** Every case of the German articles: a word after one is a common noun ("dem Konkurrenten"). */
const ARTICLES = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
]); // prettier-ignore
/**
 * The words that open a complement after a role noun: "de la Santé", "von FACC", "do Senado",
 * "da Defesa", "della Camera", "du Budget".
 */
// prettier-ignore
const COMPLEMENT_OPENERS = new Set([
  'de', 'd’', "d'", 'di', 'del', 'von', 'der', 'des', 'du', 'da', 'do', 'das', 'dos', 'della',
  'dello', 'dei', 'degli', 'delle',
]);
/** Prepositions that open a phrase after a role's complement: "de la droite sur le dossier". */
// prettier-ignore
const PAST_COMPLEMENT = new Set([
  'sur', 'dans', 'en', 'à', 'au', 'avec', 'pour', 'par', 'chez', 'con', 'sobre', 'para', 'por',
  'ante', 'em', 'no', 'na', 'com', 'su', 'nel', 'nella', 'per', 'mit', 'für', 'auf', 'bei', 'in',
  'im',
]);
/** Pronouns after a preposition: "pour lui", "para él", "per lei", "para ela". */
const STRESSED_PRONOUNS = new Set(['lui', 'elle', 'él', 'ella', 'lei', 'ele', 'ela']);
/** Third-person forms of the German subjunctive I that reported speech is written in. */
// prettier-ignore
const SUBJUNCTIVES = new Set([
  'sei', 'seien', 'habe', 'müsse', 'müssten', 'könne', 'solle', 'wolle', 'dürfe', 'werde',
  'gebe', 'liege', 'gelte', 'stehe', 'gehe', 'komme', 'bleibe', 'fehle', 'brauche',
]);
/** The forms of "werden" that make the German passive. */
const WERDEN = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden']);
/** Most words a subject phrase runs to, and a cue's tail after its verb before the quote. */
const MAX_PHRASE_WORDS = 8;
const MAX_TAIL_WORDS = 12;
/** How many paragraphs back a pronoun, an omitted subject or a carried quote looks. */
const PARAGRAPHS_BACK = 2;

const FIRST_NAME_SET = new Set(FIRST_NAMES);
/** A word without the punctuation around it, nor a footnote mark ("Antoine*": a changed name). */
const bare = (w: string): string => bareWord(w).replace(/[*†]+$/, '');
const lowerBare = (w: string): string => bare(w).toLowerCase();
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(bare(w));
const endsClause = (w: string): boolean => /[,;:.!?]$/.test(w);

/**
 * The words of a cue: an elided article or preposition is a word of its own ("l’agence" →
 * "l’" "agence", "d'Edouard" → "d'" "Edouard"), and dashes and lone commas are no words.
 */
function cueWords(s: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const w of splitWords(s, offset)) {
    if (/^[,;:–—-]+$/.test(w.text)) continue;
    const elided = /^([ldLD][’'])(\p{L}.*)$/u.exec(w.text);
    if (!elided) out.push(w);
    else out.push({ text: elided[1]!, start: w.start }, { text: elided[2]!, start: w.start + 2 });
  }
  return out;
}

/** A speaker phrase read at a place in the words of a cue. */
interface Phrase {
  kind: 'pronoun' | 'name' | 'description';
  /** The name without its titles, or the description as written. */
  text: string;
  role: string | null;
  at: number;
  /** Index of the first word after the phrase. */
  end: number;
  /** A description opening with a definite article: "der Sprecher", "le ministre". */
  definite: boolean;
}

/** A cue found beside a quotation: a speaker phrase, or a speech verb with no subject. */
interface EuroCue {
  phrase: Phrase | null;
  at: number;
  place: Attribution['place'];
  /**
   * The cue says nobody the reader can name: "explicaron" (a plural verb with its subject left
   * out: not the last person), "peut-on lire" with no source.
   */
  nobody?: boolean;
}

/** A person named in the article, with the role written before them when there is one. */
interface Person {
  name: string;
  role: string | null;
  /**
   * Surely a person: a known first name, a title, a role or an age beside the name, or quoted as a
   * speaker. Only such a person is what a pronoun or an omitted subject means: a capitalised run
   * inside a Romance sentence may be a place or a party ("Santa Cruz", "Colombia Piensa").
   */
  sure: boolean;
}

export class EuropeanReader {
  private readonly words: LanguageWords;
  private readonly verbs: Set<string>;
  /** An attribution inside a quotation's marks: see interrupted(). */
  private readonly interruption: RegExp;
  /** Full names with evidence, by key; and surnames to full-name keys. */
  private readonly people = new Map<string, Person>();
  private readonly surnames = new Map<string, string>();
  private readonly givenNames = new Map<string, string>();
  /** Single capitalised words: how often, how often after an article, how often mid-sentence. */
  private readonly capitals = new Map<string, { n: number; afterArticle: number }>();
  /** Words the text writes in lower case: capitalised, they open a sentence and name nobody. */
  private readonly lowercase: Set<string>;
  /** The gender of a person where the article shows it: a role noun, a title, a pronoun. */
  private readonly genders = new Map<string, Gender>();
  /** Offsets of person mentions outside quotations, and their keys, in text order. */
  private readonly mentions: Array<{ at: number; key: string; subject: boolean }> = [];

  constructor(
    private readonly article: Article,
    private readonly lang: RuledLanguage,
    words: LanguageWords,
  ) {
    this.words = words;
    this.verbs = new Set(words.speechVerbs);
    // ", soupire-t-elle. ", ", glisse-t-il lorsqu’on le croise. ", ", explique Antony Fastier,
    // toxicologue. ", " - dichiara X - ".
    const verb = `(?:(?:a|ha)\\s+)?(?:${words.speechVerbs.join('|')})`;
    const tail = `\\s+[^.;:!?«»“”"\\n]{1,80}?`;
    this.interruption = new RegExp(
      `,\\s+(${verb}(?:-t)?-(?:il|elle)(?:${tail})?|${verb}${tail})[,.]\\s+(?=\\p{Lu})` +
        `|\\s[–—-]\\s(${verb}\\s+[^.;:!?«»“”"\\n–—-]{1,60}?)\\s[–—-]\\s`,
      'u',
    );
    this.lowercase = new Set(article.text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []);
    this.readNames();
  }

  // -------------------------------------------------------------------------------------------
  // The article's people

  /** Finds the names the article gives with evidence, and where they are mentioned. */
  private readNames(): void {
    const { text, masked } = this.article;
    const runs = [...text.matchAll(NAME_RUN)];
    for (const m of text.matchAll(/(?<![\p{L}’'-])\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
      const w = m[0];
      const c = this.capitals.get(w) ?? { n: 0, afterArticle: 0 };
      c.n++;
      if (ARTICLES.has(wordBefore(text, m.index).toLowerCase())) c.afterArticle++;
      this.capitals.set(w, c);
    }
    // Runs inside a sentence first: then "Ahora Bustos asegura" at a sentence's start is read as
    // "Bustos" when the article names a Bustos elsewhere.
    const opening = (m: RegExpMatchArray): boolean => wordBefore(text, m.index!) === '';
    const evidenceOf = (m: RegExpMatchArray) => {
      const end = m.index! + m[0].length;
      return {
        aged: /^\s*\(\d{1,3}\)/.test(text.slice(end)),
        speaks: this.speaksAt(text, end),
        described: this.describedBeside(text, m.index!, end),
      };
    };
    // "Irme Stetter-Karp ist …" then "Stetter-Karp (65) folgt …": the evidence for a surname on
    // its own is evidence for the full name that ends with it.
    const surnamesWithEvidence = new Set(
      runs
        .filter((m) => !/\s/.test(m[0]) && Object.values(evidenceOf(m)).some(Boolean))
        .map((m) => nameKey(bare(m[0]))),
    );
    for (const m of [...runs.filter((r) => !opening(r)), ...runs.filter(opening)]) {
      let ws = m[0].split(/\s+/);
      const before = wordBefore(text, m.index);
      const firstNamed = ws.findIndex((w) => FIRST_NAME_SET.has(w.toLowerCase()));
      // "la ministre des Sports Laura Flessel": a known first name starts the name.
      if (firstNamed > 0 && this.words.prepositions.includes(before.toLowerCase()))
        ws = ws.slice(firstNamed);
      else if (!before && ws.length === 2 && firstNamed < 0 && this.isOtherSurname(ws))
        ws = ws.slice(1);
      const evidence = {
        ...evidenceOf(m),
        surname: surnamesWithEvidence.has(nameKey(bare(ws.at(-1)!))),
      };
      for (const segment of this.segments(ws, before)) this.addPerson(segment, evidence);
    }
    this.dropGenitives();
    // "Vergara" means the Vergara named last before it, not the last one in the article.
    const latestBySurname = new Map<string, string>();
    for (const m of runs) {
      if (masked[m.index] === MASK) continue;
      const before = wordBefore(text, m.index);
      const ws = m[0].split(/\s+/);
      const key =
        (ws.length === 1 && latestBySurname.get(nameKey(bare(ws[0]!)))) ||
        this.personKey(ws, before);
      if (!key) continue;
      const person = this.people.get(key)!;
      latestBySurname.set(nameKey(person.name.split(' ').at(-1)!), key);
      const end = m.index + m[0].length;
      const speaks = this.speaksAt(text, end);
      // "Pacheco afirmou": the subject of a speech verb is a person (or a body that speaks).
      if (speaks) person.sure = true;
      // A name opening its sentence or clause is its subject: who a later "er", "il" most means.
      const subject = speaks || (this.opensSentence(text, m.index) && !inList(text, end));
      this.mentions.push({ at: m.index, key, subject });
    }
  }

  /**
   * German writes the genitive of a name with an "s" ("Silvio Berlusconis Prozess", "Merkels
   * Sprecher"): that is the person of the name without it, when the article has that name.
   */
  private genitiveBase(name: string): string | null {
    if (this.lang !== 'de' || !/[^s]s$/.test(name)) return null;
    const base = nameKey(name.slice(0, -1));
    if (this.people.has(base) && !this.people.get(base)!.name.endsWith('s')) return base;
    return /\s/.test(base) ? null : (this.surnames.get(base) ?? null);
  }

  /** Removes the genitives read as names of their own: they are the person without the "s". */
  private dropGenitives(): void {
    for (const key of [...this.people.keys()]) {
      const base = this.genitiveBase(this.people.get(key)!.name);
      if (!base || base === key) continue;
      this.people.delete(key);
      for (const names of [this.surnames, this.givenNames]) {
        for (const [k, v] of names) if (v === key) names.set(k, base);
      }
    }
  }

  /**
   * "Ahora Bustos" opening a sentence, where the article names a Hugo Bustos: the first word is
   * not the given name of anyone known by that surname, nor is the run a name known whole.
   */
  private isOtherSurname([first, surname]: string[]): boolean {
    const key = this.surnames.get(nameKey(surname!));
    if (!key || this.people.has(nameKey(`${first} ${surname}`))) return false;
    return !nameKey(this.people.get(key)!.name).startsWith(`${nameKey(first!)} `);
  }

  /**
   * A capitalised run is the subject of a speech verb: one follows it ("Pacheco afirmou", "Lira
   * disse que", "Hanisch sagte"), past an auxiliary or a reflexive ("a déclaré", "se mostró").
   */
  private speaksAt(text: string, end: number): boolean {
    const after = text.slice(end, end + 40).match(/^\s+(\p{L}+)(?:\s+(\p{L}+))?/u);
    if (!after) return false;
    const [first, second] = [after[1]!.toLowerCase(), after[2]?.toLowerCase() ?? ''];
    if (this.verbs.has(first)) return true;
    return (AUXILIARIES.has(first) || REFLEXIVES.has(first)) && this.verbs.has(second);
  }

  /**
   * A role stands beside the run as an appositive: "Marie-Pierre Dausse, professeur d’histoire",
   * "Rodolfo Hernández, candidato del movimiento …", "O presidente da Câmara, Arthur Lira", or a
   * party and state in brackets, as Brazilian news writes them: "Arthur Lira (PP-AL)".
   */
  private describedBeside(text: string, start: number, end: number): boolean {
    const after = text.slice(end, end + 60);
    if (/^\s*\(\p{Lu}{2,}[\p{L}]*(?:-\p{Lu}{2})?\)/u.test(after)) return true;
    const next = /^,\s+(?:(\p{L}+[’']?)\s*)?(\p{L}+)/u.exec(after);
    if (next && this.isRoleWord(next[2]!) && (!next[1] || this.isDeterminer(next[1]))) return true;
    if (next && this.isRoleWord(next[1] ?? '')) return true;
    const clause = text
      .slice(Math.max(0, start - 80), start)
      .split(/[.!?:;\n(]/)
      .pop()!;
    const appositive = /(?:^|,)\s*(\p{L}+)\s+(\p{L}+)[^,]*,\s*$/u.exec(clause);
    return !!appositive && this.isDeterminer(appositive[1]!) && this.isRoleWord(appositive[2]!);
  }

  private isDeterminer(w: string): boolean {
    return this.words.determiners.includes(w.toLowerCase());
  }

  /** A role noun written in lower case, as Romance languages write them ("candidato", "senador"). */
  private isRoleWord(w: string): boolean {
    return /^\p{Ll}/u.test(w) && this.isTitleOrRole(w);
  }

  /**
   * A name at `at` opens its sentence or clause ("Er", "Il", later, most mean it): nothing, a
   * conjunction, or a few words ending in a role stand before it ("Le maire Paul Girardin").
   */
  private opensSentence(text: string, at: number): boolean {
    const lead = text
      .slice(Math.max(0, at - 60), at)
      .split(/[.!?:\n]/)
      .pop()!
      // "Por su parte, Luis Pérez", "Mientras tanto, Alvarado": a clause opens after an adverbial
      // and its comma (not after a name: "Fux, Pacheco e Bolsonaro" is a list).
      .split(/(?<=\p{Ll}),\s/u)
      .pop()!;
    const ws = lead.split(/\s+/).filter(Boolean);
    if (!ws.length || (ws.length === 1 && CONJUNCTIONS.has(ws[0]!.toLowerCase()))) return true;
    return ws.length <= 3 && this.isTitleOrRole(ws.at(-1)!);
  }

  /** The names in a run, each with the word before it: a role word inside the run starts one. */
  private segments(ws: string[], before: string): Array<{ ws: string[]; before: string }> {
    const out = [{ ws: [] as string[], before }];
    ws.forEach((w, k) => {
      if (k > 0 && this.isTitleOrRole(w) && out.at(-1)!.ws.length > 1)
        out.push({ ws: [], before: '' });
      out.at(-1)!.ws.push(w);
    });
    return out;
  }

  /** Enters a full name of the article when it has the evidence of a person's name. */
  private addPerson(
    { ws, before }: { ws: string[]; before: string },
    {
      aged,
      speaks,
      described,
      surname,
    }: { aged: boolean; speaks: boolean; described: boolean; surname: boolean },
  ) {
    const split = this.splitRole(ws, before);
    if (!split || split.name.length < 2) return;
    const whole = split.name.length === ws.length;
    const titled = split.role !== null || ((aged || speaks || described || surname) && whole);
    if (!titled && !this.looksLikeFullName(split.name, before)) return;
    const name = split.name.join(' ');
    const key = nameKey(name);
    const known = this.people.get(key);
    const sure = titled || FIRST_NAME_SET.has(split.name[0]!.toLowerCase()) || !!known?.sure;
    this.people.set(key, { name, role: known?.role ?? split.role, sure });
    const gender = this.roleGender(split.role ?? '');
    if (gender && !this.genders.has(key)) this.genders.set(key, gender);
    // A first name alone may stand for the person later ("preguntó Ingrid").
    if (sure) this.givenNames.set(nameKey(split.name[0]!), key);
    this.surnames.set(nameKey(split.name.at(-1)!), key);
  }

  /**
   * Splits the titles and role words off the front of a capitalised run, with the word before it:
   * "Pressesprecherin Annalena Mandrella" → role "Pressesprecherin", name "Annalena Mandrella".
   * Null when nothing of a name is left.
   */
  private splitRole(ws: string[], before: string): { name: string[]; role: string | null } | null {
    let i = 0;
    while (i < ws.length - 1 && this.isTitleOrRole(ws[i]!)) i++;
    const role = i > 0 ? ws.slice(0, i).join(' ') : this.isTitleOrRole(before) ? before : null;
    // "Umweltreporterin Emily Atkin Milliardärin Kim Kardashian": a role word ends the name.
    let end = i + 1;
    while (end < ws.length && !this.isTitleOrRole(ws[end]!)) end++;
    const name = ws.slice(i, end).filter((w) => !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(w) || i === 0);
    if (!name.length || this.isCommonWord(name[0]!)) return null;
    return { name, role };
  }

  /**
   * The gender a role or title says, where the language marks it: "Ministerin", "la présidente",
   * "directrice", "ministra", "Mme", "señor". A role word is feminine when the language has its
   * masculine beside it ("ministro" for "ministra"), and the other way round; null when it is the
   * same for both ("ministre", "presidente", "porte-parole").
   */
  private roleGender(role: string): Gender | null {
    const l = lowerBare(role.split(/\s+/).at(-1) ?? '').replace(/\.$/, '');
    if (!l) return null;
    if (FEMININE_TITLES.includes(l)) return 'f';
    if (MASCULINE_TITLES.includes(l)) return 'm';
    if (!this.isTitleOrRole(l)) return null;
    const feminineOf = (m: string): string[] =>
      this.lang === 'de'
        ? [`${m}in`]
        : [
            `${m}e`,
            `${m.replace(/o$/, 'a')}`,
            m.replace(/eur$/, 'rice'),
            m.replace(/eur$/, 'euse'),
          ];
    const known = (w: string): boolean => w !== l && this.isTitleOrRole(w);
    if (this.lang === 'de') {
      if (l.endsWith('in') && known(l.slice(0, -2))) return 'f';
      return known(`${l}in`) ? 'm' : null;
    }
    if (feminineOf(l).some(known)) return 'm';
    const masculine = [
      l.slice(0, -1),
      l.replace(/a$/, 'o'),
      l.replace(/rice$/, 'eur'),
      l.replace(/euse$/, 'eur'),
    ];
    return masculine.some(known) ? 'f' : null;
  }

  /** The head of a described source: a role, or a text that speaks ("le texte", "el informe"). */
  private isHead(w: string): boolean {
    return this.isTitleOrRole(w) || this.words.documents.includes(lowerBare(w));
  }

  private isTitleOrRole(w: string): boolean {
    const l = lowerBare(w).replace(/\.$/, '');
    if (this.words.titles.includes(l)) return true;
    return (
      this.words.roles.some((r) => l === r || (this.lang === 'de' && l.endsWith(r))) ||
      this.isPluralRole(w)
    );
  }

  /** A role noun in the plural, outside German: "les auteurs", "los expertos", "os deputados". */
  private isPluralRole(w: string): boolean {
    const l = lowerBare(w);
    if (this.lang === 'de' || !/s$/.test(l)) return false;
    return this.words.roles.some((r) => l === `${r}s` || l === `${r}es`);
  }

  /**
   * Two capitalised words or more with no title: a person's name when the first is a known first
   * name; outside German, also when the run stands inside a sentence, where only names are
   * capitalised. In German two nouns may stand so ("dem Konkurrenten Tesla", "Millionen Euro").
   */
  private looksLikeFullName(name: string[], before: string): boolean {
    if (name.some((w) => this.isCommonWord(w))) return false;
    if (FIRST_NAME_SET.has(name[0]!.toLowerCase())) return true;
    return this.lang !== 'de' && /^\p{Ll}/u.test(before);
  }

  /** A word the text also writes in lower case ("Bei", "Zugleich"), or a language's own word. */
  private isCommonWord(w: string): boolean {
    const l = w.toLowerCase();
    const w_ = this.words;
    return (
      this.lowercase.has(l) ||
      CONJUNCTIONS.has(l) ||
      [w_.common, w_.according, w_.prepositions, w_.determiners, w_.pronouns].some((list) =>
        list.includes(l),
      )
    );
  }

  /** The key of the person a capitalised run names, or null when it names nobody known. */
  private personKey(ws: string[], before: string): string | null {
    const split = this.splitRole(ws, before);
    if (!split) return null;
    const key = nameKey(split.name.join(' '));
    if (this.people.has(key)) return key;
    const genitive = this.genitiveBase(split.name.join(' '));
    if (genitive) return genitive;
    if (split.name.length === 1) return this.surnames.get(key) ?? this.givenNames.get(key) ?? null;
    // "des Sports Laura Flessel": the name starts at a known first name.
    const firstNamed = split.name.findIndex((w, k) => k > 0 && FIRST_NAME_SET.has(w.toLowerCase()));
    if (firstNamed > 0 && this.words.prepositions.includes(before.toLowerCase()))
      return this.personKey(split.name.slice(firstNamed), 'x');
    // A sentence's first word is capitalised whatever it is: "Ahora Bustos" may be "Bustos".
    return before ? null : this.personKey(split.name.slice(1), 'x');
  }

  /**
   * A single capitalised word with no full name behind it names someone when a title stands before
   * it, or, outside German, when it stands inside a sentence; an organisation when it is written
   * like one ("FACC", "ET-News") or, in German, used three times and never after an article.
   */
  private isLoneName(
    w: string,
    { titled, midSentence }: { titled: boolean; midSentence: boolean },
  ) {
    if (titled || FIRST_NAME_SET.has(w.toLowerCase())) return true;
    if (this.isCommonWord(w)) return false;
    // "FACC", "ET-News", "eBay" are written like bodies; "CNTs", "PCs" are plural things.
    if (/^\p{Lu}{2,}s$/u.test(w)) return false;
    if (/^\p{Lu}{2,}|\p{Ll}\p{Lu}|-\p{Lu}/u.test(w)) return true;
    if (this.lang !== 'de') return midSentence;
    const c = this.capitals.get(w);
    return !!c && c.n >= 3 && !c.afterArticle;
  }

  // -------------------------------------------------------------------------------------------
  // Phrases

  /**
   * The speaker phrase opening at ws[i], or null. `midSentence`: not the sentence's first word;
   * `subjectSlot`: right after an inverted speech verb or "so", where a German noun would need its
   * article ("sagte Allendorf", "so Machtlinger"), so a capitalised word there is a name.
   */
  private phraseAt(
    ws: Word[],
    i: number,
    midSentence: boolean,
    subjectSlot = false,
  ): Phrase | null {
    const w = ws[i];
    if (!w) return null;
    const l = lowerBare(w.text);
    if (this.words.pronouns.includes(l) || STRESSED_PRONOUNS.has(l))
      return this.make('pronoun', ws, i, i + 1, null);
    // (An elided article keeps its apostrophe: "l’agence" was split into "l’" and "agence".)
    const determiner = this.words.determiners.includes(l) || /^[lL][’']$/.test(w.text);
    if (determiner && this.isTitleOfPublication(ws, i, midSentence)) return this.publication(ws, i);
    if (determiner && !endsClause(w.text)) return this.description(ws, i);
    if (isCapitalised(w.text)) return this.nameAt(ws, i, midSentence || i > 0, subjectSlot);
    return null;
  }

  /**
   * An article written capitalised inside a sentence, before a capitalised word that is no role:
   * the title of a publication ("selon Le Monde", "según El País"). German capitalises nouns and
   * writes titles in quotation marks instead, so the rule is not for it.
   */
  private isTitleOfPublication(ws: Word[], i: number, midSentence: boolean): boolean {
    const [article, next] = [ws[i]!.text, ws[i + 1]?.text ?? ''];
    if (this.lang === 'de' || !midSentence || i === 0 || !isCapitalised(article)) return false;
    return !endsClause(article) && isCapitalised(next) && !this.isTitleOrRole(next);
  }

  private make(
    kind: Phrase['kind'],
    ws: Word[],
    from: number,
    end: number,
    role: string | null,
    definite = false,
  ): Phrase {
    const text = ws
      .slice(from, end)
      .map((w) => (/^[ldLD][’']$/.test(w.text) ? w.text : bare(w.text)))
      .join(' ')
      // An elided article was split off its word: "d’ Edouard" is written "d’Edouard".
      .replace(/\b([ld][’'])\s/giu, '$1');
    return { kind, text, role, at: ws[from]!.start, end, definite };
  }

  /** A capitalised run at ws[i] that names someone: titles and roles split off, evidence checked. */
  private nameAt(ws: Word[], i: number, midSentence: boolean, subjectSlot = false): Phrase | null {
    let end = i;
    while (end < ws.length && end - i < MAX_PHRASE_WORDS) {
      const t = ws[end]!.text;
      const joiner = end > i && this.joinsName(t, ws[end - 1]!.text, ws[end + 1]?.text ?? '');
      if (!isCapitalised(t) && !joiner) break;
      end++;
      if (endsClause(t) && !/^\p{Lu}\p{Ll}{0,3}\.$/u.test(t)) break;
    }
    if (end === i) return null;
    const run = ws.slice(i, end).map((w) => bare(w.text));
    const before = i > 0 ? bare(ws[i - 1]!.text) : '';
    const split = this.splitRole(run, before);
    if (!split) return null;
    const key =
      (split.name.length === 1 && this.surnameBefore(split.name[0]!, ws[i]!.start)) ||
      this.personKey(run, before);
    if (key)
      return { ...this.make('name', ws, i, end, split.role), text: this.people.get(key)!.name };
    if (subjectSlot && split.role === null && split.name.every((w) => !this.isCommonWord(w))) {
      return { ...this.make('name', ws, i, end, null), text: split.name.join(' ') };
    }
    if (split.name.length > 1) {
      const full = split.role !== null || this.looksLikeFullName(split.name, before);
      return full
        ? { ...this.make('name', ws, i, end, split.role), text: split.name.join(' ') }
        : null;
    }
    const lone = split.name[0]!;
    const titled = split.role !== null;
    if (!this.isLoneName(lone, { titled, midSentence })) return null;
    return { ...this.make('name', ws, i, end, split.role), text: lone };
  }

  /**
   * A particle inside a name, between two capitalised words: "von der Leyen", "Luiz Inácio da
   * Silva". A German article joins nothing but "von der": "Allendorf der Zeitung", "kommentiert
   * Facebook das Gesetz" put the name's object after it ("das" is a particle only in Portuguese).
   */
  private joinsName(word: string, before: string, after: string): boolean {
    if (!NAME_JOINERS.has(word) || !isCapitalised(after)) return false;
    if (word === 'der') return /^va?[no]n$/.test(before);
    return this.lang !== 'de' || !ARTICLES.has(word);
  }

  /**
   * A determiner phrase: "der Sprecher", "la toxicologue Dominique Parent-Massin" (then a name
   * with its role), "le ministre de la Santé", "un proche d'Edouard Philippe". Its head must be a
   * role noun (a person or a body), or it says nothing of who spoke.
   */
  private description(ws: Word[], i: number): Phrase | null {
    const member = this.memberOf(ws, i);
    if (member) return member;
    let end = i + 1;
    let head = -1;
    while (end < ws.length && end - i < MAX_PHRASE_WORDS) {
      const t = ws[end]!.text;
      const l = lowerBare(t);
      // (Right after the article a word is its noun, though it may spell a verb: "le juge".)
      if ((this.verbs.has(l) && end > i + 1) || CONJUNCTIONS.has(l)) break;
      if (isCapitalised(t) && head >= 0 && this.lang !== 'de') {
        // "la toxicologue Dominique Parent-Massin": a name after the role.
        const name = this.nameAt(ws, end, true);
        if (name) return { ...name, role: joinBare(ws, i + 1, end) };
        break;
      }
      if (this.lang === 'de' && isCapitalised(t) && head >= 0) {
        const name = this.nameAt(ws, end, true);
        if (name) return { ...name, role: joinBare(ws, i + 1, end) };
      }
      if (head >= 0 && head === end - 1 && this.isAdjectiveBeforeComplement(ws, end)) {
        end++;
      } else {
        // After the head only a name or a complement may follow: "la vicepresidenta por una …".
        if (head >= 0 && !isCapitalised(t)) break;
        if (this.isHead(t) || (this.lang === 'de' && isCapitalised(t))) head = end;
        end++;
        if (endsClause(t)) break;
      }
      // "de la Santé", "von FACC": a complement after the head, then stop.
      if (head >= 0 && COMPLEMENT_OPENERS.has(lowerBare(ws[end]?.text ?? ''))) {
        // ("O titular da Defesa respondeu": the complement ends at the verb.)
        const from = end;
        end = Math.min(ws.length, complementEnd(ws, end));
        const verb = ws.slice(from + 1, end).findIndex((w) => this.isVerb(w.text));
        if (verb >= 0) end = from + 1 + verb;
        break;
      }
    }
    if (head < 0 || !this.isHead(ws[head]!.text)) return null;
    const definite = !/^(?:ein|eine|einer|un|une|una|uno|um|uma)$/.test(lowerBare(ws[i]!.text));
    return this.make('description', ws, i, end, null, definite);
  }

  /**
   * A word in lower case after a role and before its complement is the role's adjective: "el
   * secretario general de La Cámpora", "le directeur général de l’agence", "il segretario
   * generale del partito".
   */
  private isAdjectiveBeforeComplement(ws: Word[], k: number): boolean {
    const t = ws[k]!.text;
    if (!/^\p{Ll}/u.test(t) || endsClause(t) || this.isVerb(t)) return false;
    if (COMPLEMENT_OPENERS.has(lowerBare(t)) || this.words.prepositions.includes(lowerBare(t)))
      return false;
    return COMPLEMENT_OPENERS.has(lowerBare(ws[k + 1]?.text ?? ''));
  }

  /**
   * "einer von ET-News‘ Insidern", "l’un des conseillers", "uno de los asesores": one of a group
   * the text names, a described source as written, to the end of its clause.
   */
  private memberOf(ws: Word[], i: number): Phrase | null {
    if (!/^(?:einer|eine|un|une|uno|una|um|uma)$/.test(lowerBare(ws[i]!.text))) return null;
    if (
      !/^(?:von|aus|de|des|d’|d'|di|dei|degli|delle|dos|das)$/.test(
        lowerBare(ws[i + 1]?.text ?? ''),
      )
    )
      return null;
    const end = complementEnd(ws, i + 1);
    return end > i + 2 ? this.make('description', ws, i, end, null, false) : null;
  }

  // -------------------------------------------------------------------------------------------
  // Cues

  /** The cue beside quotation `q`: after it, else before it. */
  private cueOf(q: MarkedQuote): EuroCue | null {
    return this.cueAfter(q) ?? this.cueBefore(q);
  }

  private isVerb(w: string): boolean {
    return this.verbs.has(lowerBare(w));
  }

  /** `„…“, sagte Müller`, `« … », a-t-il lâché`, `"…", so der CEO`, `"…", dijo Scott`. */
  private cueAfter(q: MarkedQuote): EuroCue | null {
    const { masked, paras, sentences } = this.article;
    const from = q.closed ? q.end + 1 : q.end;
    const to = sentences.end(from, paras[q.lastPara]!.end);
    let rest = masked.slice(from, to);
    const mark = rest.search(/[“"„«»‹›]/);
    if (mark >= 0) rest = rest.slice(0, mark);
    const ws = cueWords(rest, from);
    if (!ws.length || !/^\s*(?:[,;:–—-]|\p{Ll})/u.test(rest)) return null;
    const first = lowerBare(ws[0]!.text);
    if (this.words.according.includes(first) && !['pour', 'para', 'per'].includes(first)) {
      const phrase = this.phraseAt(ws, 1, true, true);
      return phrase && { phrase, at: phrase.at, place: 'after' };
    }
    // „…“, heißt es in der Einleitung des Entwurfs; „…“, wird in der Mitteilung betont.
    const impersonal = this.isImpersonal(ws) || this.isPassive(ws, 0, ws.length);
    if (impersonal) return this.documentCue(ws, 0, ws.length, ws[0]!.start, 'after');
    return this.verbThenSubject(ws, 0, 'after');
  }

  /** German "heißt es" (past "hieß es"): the words are a text's, never a person's. */
  private isImpersonal(ws: Word[]): boolean {
    const [verb, it] = [lowerBare(ws[0]?.text ?? ''), lowerBare(ws[1]?.text ?? '')];
    return this.lang === 'de' && /^(?:heißt|hieß)$/.test(verb) && it === 'es';
  }

  /**
   * A passive or "heißt es" names no speaker, but may name the text the words stand in: "in der
   * Mitteilung", "im Bericht", "in der Einleitung des Entwurfs". That text, without the article
   * its preposition put in the dative; else nobody.
   */
  private documentCue(
    ws: Word[],
    from: number,
    to: number,
    at: number,
    place: EuroCue['place'],
  ): EuroCue {
    const k = ws.slice(from, to).findIndex((w) => /^(?:in|im|bei|beim)$/.test(lowerBare(w.text)));
    let start = from + k + 1;
    if (k >= 0 && ARTICLES.has(lowerBare(ws[start]?.text ?? ''))) start++;
    let end = start;
    // The noun, and a genitive after it: "Einleitung des Entwurfs".
    while (end < ws.length && end - start < 3 && !ws[end]!.text.startsWith('(')) {
      const w = ws[end]!.text;
      const genitive =
        end > start && /^(?:des|der)$/.test(w) && isCapitalised(ws[end + 1]?.text ?? '');
      if (!isCapitalised(w) && !genitive) break;
      end++;
      if (endsClause(w)) break;
    }
    if (k < 0 || end === start || !isCapitalised(ws[end - 1]!.text))
      return { phrase: null, at, place, nobody: true };
    const phrase = this.make('description', ws, start, end, null);
    return { phrase, at: phrase.at, place };
  }

  /**
   * "peut-on lire dans Le Monde", "lit-on sur Mediapart": the publication named after the verb is
   * the source. With none named, nobody: "on" is no person to look for.
   */
  private readSource(ws: Word[], i: number, at: number, place: EuroCue['place']): EuroCue {
    let k = i;
    while (k < ws.length && k - i < 3 && !/^(?:dans|sur|chez)$/.test(lowerBare(ws[k]!.text))) k++;
    const next = ws[k + 1];
    const source = !next
      ? this.publisherBefore(at)
      : isCapitalised(next.text)
        ? this.publication(ws, k + 1)
        : // "peut-on lire dans le quotidien du soir": a publication described, as written.
          this.isDeterminer(bare(next.text)) || /^[lL][’']$/.test(next.text)
          ? this.make('description', ws, k + 1, complementEnd(ws, k + 1), null)
          : null;
    return source
      ? { phrase: source, at: source.at, place }
      : { phrase: null, at, place, nobody: true };
  }

  /**
   * "Le 27 septembre, Mediapart publie un article sur ce député. Il est « visé … », peut-on
   * lire.": with no source after the verb, the one the paragraph has publish or reveal before it.
   */
  private publisherBefore(at: number): Phrase | null {
    const from = paragraphsBackStart(this.article.paras, at, 0);
    let last: RegExpExecArray | null = null;
    for (const m of this.article.masked.slice(from, at).matchAll(PUBLISHES)) last = m;
    if (!last) return null;
    const words = [{ text: last[1]!, start: from + last.index }];
    return this.make('name', words, 0, 1, null);
  }

  /**
   * A title of a publication, capitalised words and their articles: "Les Échos", "Le Monde", and an
   * adjective in lower case that ends the clause after them ("écrit Le Canard enchaîné.").
   */
  private publication(ws: Word[], i: number): Phrase {
    let end = i + 1;
    while (
      end < ws.length &&
      end - i < 4 &&
      !endsClause(ws[end - 1]!.text) &&
      isCapitalised(ws[end]!.text)
    )
      end++;
    const last = ws[end];
    const adjective = last && !endsClause(ws[end - 1]!.text) && /^\p{Ll}+[.,;]$/u.test(last.text);
    if (adjective && !this.isVerb(last.text)) end++;
    return this.make('name', ws, i, end, null);
  }

  /**
   * A speech verb at ws[i] (after an auxiliary: "a déclaré", "ha detto"), then its subject: a
   * French inverted pronoun ("affirme-t-elle", "a-t-il lâché"), or a phrase after it, past a short
   * complement ("a dit à cette occasion le ministre"). With no subject, the omitted subject of the
   * Romance languages: the person named last.
   */
  private verbThenSubject(ws: Word[], i: number, place: EuroCue['place']): EuroCue | null {
    const w = ws[i];
    if (!w) return null;
    const inverted = /^(\p{L}+)(?:-t)?-(il|elle|on)$/u.exec(lowerBare(w.text));
    if (inverted) {
      const verb = inverted[1]!;
      const next = ws[i + 1];
      const aux = AUXILIARIES.has(verb) || verb === 'peut';
      if (!this.verbs.has(verb) && !(aux && next && this.isVerb(next.text))) return null;
      if (inverted[2] === 'on') return this.readSource(ws, i + 1, w.start, place);
      return { phrase: this.make('pronoun', ws, i, i + 1, null), at: w.start, place };
    }
    let v = i;
    if (AUXILIARIES.has(lowerBare(w.text)) && ws[i + 1] && this.isVerb(ws[i + 1]!.text)) v++;
    if (!this.isVerb(ws[v]!.text)) return null;
    let s = v + 1;
    while (s < ws.length && isBetweenVerbAndSubject(ws[s]!.text)) s++;
    let phrase = endsClause(ws[v]!.text) ? null : this.phraseAt(ws, s, true, true);
    if (!phrase && s < ws.length && this.words.prepositions.includes(lowerBare(ws[s]!.text))) {
      // Past a short complement, only a determiner phrase: "dijo a la red Erbol" names a listener.
      const skip = this.words.determiners.includes(lowerBare(ws[s + 1]?.text ?? '')) ? 3 : 2;
      const after = this.phraseAt(ws, s + skip, true);
      if (after && this.words.determiners.includes(lowerBare(ws[s + skip]!.text))) phrase = after;
    }
    if (phrase?.kind === 'description' && ws[phrase.end - 1]!.text.endsWith(',')) {
      // "dijo el titular del MEM, Alberto Pimentel": the name in the appositive is the speaker.
      const name = this.nameAt(ws, phrase.end, true);
      if (name) phrase = { ...name, role: phrase.text.replace(/^\S+\s/, '') };
    }
    if (phrase) return { phrase, at: phrase.at, place };
    if (this.lang === 'de') return null;
    // French never leaves its subject out: after the quote, a verb whose subject is no person
    // ("dit en substance le texte", "précise le communiqué") means nobody the reader can name.
    const plural = isPluralVerb(ws[v]!.text);
    const source = plural ? this.sourceFrom(ws, v + 1) : null;
    if (source) return { phrase: source, at: source.at, place };
    const unnamed = plural || (this.lang === 'fr' && place === 'after');
    return { phrase: null, at: ws[v]!.start, place, nobody: unnamed };
  }

  /**
   * "explicaron a Clarín desde el entorno presidencial", "señalaron desde la Casa Rosada": a
   * plural verb with its subject left out names its source after "desde", as written: the
   * determiner, the noun and an adjective or a name (never past a preposition).
   */
  private sourceFrom(ws: Word[], from: number): Phrase | null {
    const k = ws.findIndex((w, i) => i >= from && i - from < 5 && lowerBare(w.text) === 'desde');
    if (k < 0 || !this.isDeterminer(lowerBare(ws[k + 1]?.text ?? ''))) return null;
    let end = k + 2;
    while (end < ws.length && end - k <= 4) {
      const w = ws[end]!.text;
      if (this.words.prepositions.includes(lowerBare(w)) || CONJUNCTIONS.has(lowerBare(w))) break;
      if (!isCapitalised(w) && end - k > 3) break;
      end++;
      if (endsClause(w)) break;
    }
    return end > k + 2 ? this.make('description', ws, k + 1, end, null) : null;
  }

  /** The cue in the quote's sentence before it, or in the paragraph before that ends with `:`. */
  private cueBefore(q: MarkedQuote): EuroCue | null {
    const { masked, paras, sentences } = this.article;
    const open = q.start - 1;
    const para = paras[q.firstPara]!;
    let from = sentences.start(open, para.start);
    let before = masked.slice(from, open);
    if (!before.trim()) {
      const prev = paras[q.firstPara - 1];
      const heading = prev && this.headingLabel(masked.slice(prev.start, prev.end), prev.start);
      if (heading) return heading;
      if (!prev || !masked.slice(prev.start, prev.end).trimEnd().endsWith(':')) return null;
      from = sentences.start(prev.end - 1, prev.start);
      before = masked.slice(from, prev.end);
    }
    const ws = cueWords(before, from);
    if (!ws.length) return null;
    return (
      this.labelCue(ws) ?? this.accordingBefore(ws) ?? this.verbBefore(ws) ?? this.openingCue(ws)
    );
  }

  /**
   * A heading in capitals that names the speaker of the quotation under it, as collages of
   * interviews do: "KARLA TARAZONA: POR SER FAN, ME CASTIGARON". The name is written as a name.
   */
  private headingLabel(line: string, offset: number): EuroCue | null {
    const label = /^\s*(\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,3}):\s/u.exec(line);
    if (!label || line.length > 100 || /\p{Ll}/u.test(line)) return null;
    const ws = label[1]!.split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase());
    const words = ws.map((text, k) => ({ text, start: offset + k }));
    const phrase = this.make('name', words, 0, words.length, null);
    return { phrase, at: offset + label.index, place: 'before' };
  }

  /** `Barisic: „…“`: a name of a few words and a colon, alone before the quote. */
  private labelCue(ws: Word[]): EuroCue | null {
    if (ws.length > 4 || !ws.at(-1)!.text.endsWith(':')) return null;
    const phrase = this.phraseAt(ws, 0, false);
    if (!phrase || phrase.end !== ws.length || phrase.kind === 'pronoun') return null;
    return { phrase, at: phrase.at, place: 'before' };
  }

  /** `selon X, « … »`, `laut X: „…“`, `Pour elle, « … »`, `Para Ingrid Betancourt la …`. */
  private accordingBefore(ws: Word[]): EuroCue | null {
    // (From the last word: "zufolge" may stand right before the quote.)
    for (let k = ws.length - 1; k >= 0; k--) {
      const l = lowerBare(ws[k]!.text);
      if (l === 'zufolge') {
        const source = this.sourceBeforeZufolge(ws, k);
        if (source) return { phrase: source, at: source.at, place: 'before' };
      }
      if (!this.words.according.includes(l) || l === 'so' || l === 'zufolge') continue;
      // "pour", "para" and "per" only open a clause: "Pour elle,", not "lutter pour la paix";
      // or stand before a pronoun in a sentence that introduces the quote with a colon:
      // "l’enseignement est pour lui une vocation : « … »".
      const opens = k === 0 || endsClause(ws[k - 1]!.text);
      const introduces =
        this.endsInColon(ws) && STRESSED_PRONOUNS.has(lowerBare(ws[k + 1]?.text ?? ''));
      if (['pour', 'para', 'per'].includes(l) && !opens && !introduces) continue;
      const phrase = this.phraseAt(ws, k + 1, true);
      if (phrase) return { phrase, at: phrase.at, place: 'before' };
    }
    return null;
  }

  /** The words end in a colon, on the last word or, French style, after a space ("vocation :"). */
  private endsInColon(ws: Word[]): boolean {
    const last = ws.at(-1)!;
    const after = last.start + last.text.length;
    return last.text.endsWith(':') || /^\s*:/.test(this.article.masked.slice(after, after + 3));
  }

  /**
   * German passive: a form of "werden", then a participle of a speech verb ("wird in der
   * Mitteilung betont:", "wurde erklärt"). Nobody is said to speak; the words are unattributed.
   * ("wird sagen" is the future, an infinitive.)
   */
  private isPassive(ws: Word[], from: number, to: number): boolean {
    if (this.lang !== 'de') return false;
    const k = ws.slice(from, to).findIndex((w) => WERDEN.has(lowerBare(w.text)));
    if (k < 0) return false;
    return ws
      .slice(from + k + 1, Math.min(to, from + k + 6))
      .some((w) => this.isVerb(w.text) && !/en$/.test(lowerBare(w.text)));
  }

  /**
   * "dem Bericht zufolge", "Insidern zufolge": German puts its source before "zufolge". An article
   * and a noun there are a source as written, whatever the noun; a name alone is a name.
   */
  private sourceBeforeZufolge(ws: Word[], k: number): Phrase | null {
    const [article, noun] = [ws[k - 2], ws[k - 1]];
    if (!noun || !isCapitalised(noun.text)) return null;
    // "Facebook hält dem Bericht zufolge … für „realistisch“": a named subject says it, the
    // report only tells; a thing as subject ("CNTs können dem Bericht zufolge „…“") says nothing.
    if (this.phraseAt(ws, 0, false)?.kind === 'name') return null;
    if (article && ARTICLES.has(lowerBare(article.text)))
      return this.make('description', ws, k - 2, k, null, true);
    return this.nameAt(ws, k - 1, true, true);
  }

  /**
   * A speech verb before the quote, with a short tail to it: its subject opens the clause
   * ("Grünen-Fraktionschefin Katrin Göring-Eckardt sagte den Zeitungen:", "Elle affirme «"), or,
   * after an adverb, follows the verb ("Zugleich mahnte sie:", "Ähnlich äußerte sich X:").
   */
  private verbBefore(ws: Word[]): EuroCue | null {
    let v = -1;
    for (let k = ws.length - 1; k >= 0 && ws.length - k <= MAX_TAIL_WORDS; k--) {
      if (this.isVerb(ws[k]!.text) || /^\p{L}+(?:-t)?-(?:il|elle)$/u.test(lowerBare(ws[k]!.text))) {
        v = k;
        break;
      }
    }
    if (v < 0) return null;
    if (this.isPassive(ws, Math.max(0, v - 6), v + 1))
      return this.documentCue(ws, Math.max(0, v - 6), v + 1, ws[v]!.start, 'before');
    let start = v;
    while (start > 0 && !endsClause(ws[start - 1]!.text)) start--;
    while (start < v && CONJUNCTIONS.has(lowerBare(ws[start]!.text))) start++;
    let verbAt = v;
    while (verbAt > start && AUXILIARIES.has(lowerBare(ws[verbAt - 1]!.text))) verbAt--;
    if (start < verbAt) {
      const subject = this.phraseAt(ws, start, start > 0);
      // "Berríos emitió un comunicado en la que expresó que": nobody else is named on the way.
      const onTheWay = subject ? ws.slice(subject.end, verbAt) : [];
      const plainWay = onTheWay.length <= 8 && !onTheWay.some((w) => isCapitalised(w.text));
      if (subject && subject.kind !== 'description' && subject.end < verbAt && plainWay) {
        return { phrase: subject, at: subject.at, place: 'before' };
      }
      if (subject && subject.end === verbAt)
        return { phrase: subject, at: subject.at, place: 'before' };
    }
    const named = this.nameRightBefore(ws, start, verbAt);
    if (named) return { phrase: named, at: named.at, place: 'before' };
    const inverted = this.verbThenSubject(ws, v, 'before');
    if (inverted?.phrase) return inverted;
    // "Jansen, der …, stellt aber auch klar:": the sentence's subject, before its appositive.
    const opening = this.phraseAt(ws, 0, false);
    if (opening && ws[opening.end - 1]!.text.endsWith(',')) {
      return { phrase: opening, at: opening.at, place: 'before' };
    }
    // "…, a la vez que aseveró que “…”": a verb right after a subordinating "que" has its
    // subject left out in the Romance languages (a relative "que" would have had one above).
    const afterQue = verbAt > start && /^(?:que|qu’|qu')$/.test(lowerBare(ws[verbAt - 1]!.text));
    return start === verbAt || afterQue ? inverted : null;
  }

  /**
   * A name that ends right at the verb, after a subordinating word: "pour que Mediapart révèle",
   * "cuando Alvarado dijo". (German puts its verb last in such clauses, and capitalises nouns
   * before it: the rule is not for it.)
   */
  private nameRightBefore(ws: Word[], start: number, verbAt: number): Phrase | null {
    if (this.lang === 'de') return null;
    for (let k = verbAt - 1; k > start && verbAt - k <= 3; k--) {
      const before = ws[k - 1]!.text;
      // "O titular da Defesa respondeu": a name after a preposition or an article is no subject.
      if (!isCapitalised(ws[k]!.text) || isCapitalised(before)) continue;
      if (
        [this.words.prepositions, this.words.determiners].some((l) => l.includes(lowerBare(before)))
      )
        continue;
      const phrase = this.phraseAt(ws, k, true);
      if (phrase?.kind === 'name' && phrase.end === verbAt) return phrase;
    }
    return null;
  }

  /**
   * A sentence that ends in a colon or opens with its subject, with no speech verb: "Diess verwies
   * darauf, dass …:", "Schließlich schlägt Kardashian die Brücke …:", "Sie stehe für eine „…“".
   */
  private openingCue(ws: Word[]): EuroCue | null {
    const colon = ws.at(-1)!.text.endsWith(':');
    for (let k = 0; k < Math.min(ws.length, colon ? 3 : 1); k++) {
      const phrase = this.phraseAt(ws, k, k > 0);
      if (phrase && phrase.kind !== 'description') {
        return { phrase, at: phrase.at, place: colon ? 'before' : 'loose' };
      }
    }
    return colon ? this.onlyPersonIn(ws) : null;
  }

  /**
   * A sentence that introduces a quotation with a colon and names one person, surely a person,
   * and nobody else: "Mit dabei war auch Stefan Bröckling von der Tiernothilfe: „…“".
   */
  private onlyPersonIn(ws: Word[]): EuroCue | null {
    const from = ws[0]!.start;
    const to = ws.at(-1)!.start + ws.at(-1)!.text.length;
    const named = this.mentions.filter((m) => m.at >= from && m.at < to);
    const keys = new Set(named.map((m) => m.key));
    if (keys.size !== 1 || !this.people.get(named[0]!.key)!.sure) return null;
    const words = [{ text: this.people.get(named[0]!.key)!.name, start: named[0]!.at }];
    return { phrase: this.make('name', words, 0, 1, null), at: named[0]!.at, place: 'before' };
  }

  // -------------------------------------------------------------------------------------------
  // Who

  /** Who said quotation `q`, given the quotations kept before it. */
  attribute(q: MarkedQuote, kept: Kept): Attribution | null {
    const cue = this.cueOf(q);
    if (cue) return this.resolve(cue, q, kept);
    return this.namedInSentenceBefore(q, kept) ?? this.carried(q, kept);
  }

  /**
   * A quotation that is a sentence of its own, right after a sentence with one person in it as its
   * subject or its source: "Duesenfeld kommt laut Geschäftsführer Christian Hanisch auf 96 Prozent.
   * „Wir verbrauchen …“", "presentó el candidato Enrique Gómez. “El 66% …”". News writing names
   * the speaker so and lets the quote follow; a person there only as an object says nothing.
   */
  private namedInSentenceBefore(q: MarkedQuote, kept: Kept): Attribution | null {
    const { masked, paras, sentences } = this.article;
    const para = paras[q.firstPara]!;
    const open = q.start - 1;
    const from = sentences.start(open, para.start);
    if (masked.slice(from, open).trim() || from <= para.start || !this.isStatement(q)) return null;
    const prevStart = sentences.start(masked.slice(0, from).trimEnd().length - 1, para.start);
    // "comme nous le raconte Antoine*, 32 ans, chargé de cours. « … »": a speech verb and a name.
    // "O titular da Defesa respondeu prontamente. “…”": a described subject that speaks, too.
    const prevWords = cueWords(masked.slice(prevStart, from), prevStart);
    // "Cependant, pour les auteurs, le ministre n’est pas le seul fautif. « … »": the source.
    const source = this.accordingBefore(prevWords);
    if (source) return this.resolve({ ...source, place: 'loose' }, q, kept);
    const said = this.verbBefore(prevWords);
    if (
      said?.phrase?.kind === 'name' ||
      (said?.phrase?.kind === 'description' && said.phrase.definite)
    )
      return this.resolve({ ...said, place: 'loose' }, q, kept);
    const named = this.mentions.filter(
      (m) => m.at >= prevStart && m.at < from && this.people.get(m.key)!.sure,
    );
    if (new Set(named.map((m) => m.key)).size !== 1) return null;
    if (!named.some((m) => m.subject || this.introducedAsSource(prevStart, m.at))) return null;
    if (this.describedSpeakerBetween(prevStart, from)) return null;
    return this.asAttribution(named[0]!.key, 'loose');
  }

  /**
   * The words before a name make it the source or the subject of its sentence: an "according"
   * word ("laut Geschäftsführer X", "según X"), or a role after a determiner ("el candidato X").
   */
  private introducedAsSource(sentenceStart: number, at: number): boolean {
    const ws = cueWords(this.article.masked.slice(sentenceStart, at), sentenceStart).map((w) =>
      lowerBare(w.text),
    );
    const [before2, before1] = [ws.at(-2) ?? '', ws.at(-1) ?? ''];
    if (this.words.according.includes(before1)) return true;
    if (!this.isTitleOrRole(before1)) return false;
    return this.words.according.includes(before2) || this.words.determiners.includes(before2);
  }

  /**
   * A quotation interrupted by its attribution, inside the marks: « …, explique X. … », “…,
   * dijo X. …”, "… - dichiara X - …". The two parts, and who the words between them name; null
   * when `q` has no such interruption.
   */
  interrupted(
    q: MarkedQuote,
    kept: Kept,
  ): Array<{ part: MarkedQuote; who: Attribution | null }> | null {
    const body = this.article.text.slice(q.start, q.end);
    const m = this.interruption.exec(body);
    if (!m) return null;
    const inner = m[1] ?? m[2]!;
    const innerAt = q.start + m.index + m[0].indexOf(inner);
    const cue = this.verbThenSubject(cueWords(inner, innerAt), 0, 'after');
    if (!cue || (cue.phrase === null && this.lang === 'de')) return null;
    const first: MarkedQuote = { ...q, end: q.start + m.index, lastPara: q.firstPara };
    const second: MarkedQuote = { ...q, start: q.start + m.index + m[0].length };
    // « …, glisse-t-il. … » right after "comme le raconte Antoine*": the pronoun is the person the
    // sentence before has speak, not the previous quotation's speaker.
    const who =
      (cue.phrase?.kind === 'pronoun' && this.namedInSentenceBefore(first, kept)) ||
      this.resolve(cue, first, kept);
    return [
      { part: first, who },
      { part: second, who: who && { ...who, place: 'carried' } },
    ];
  }

  /** Who a cue names, once pronouns, omitted subjects, surnames and descriptions are resolved. */
  private resolve(cue: EuroCue, q: MarkedQuote, kept: Kept): Attribution | null {
    const { phrase, at, place } = cue;
    if (cue.nobody) return null;
    if (place === 'loose' && !this.isStatement(q)) return null;
    if (!phrase || phrase.kind === 'pronoun') {
      const gender = phrase ? pronounGender(phrase.text) : null;
      return this.meant(q, at, kept, place, gender);
    }
    if (phrase.kind === 'name') {
      const key =
        this.surnameBefore(phrase.text, at) ??
        this.surnames.get(nameKey(phrase.text)) ??
        this.genitiveBase(phrase.text) ??
        nameKey(phrase.text);
      const known = this.people.get(key);
      const name = known?.name ?? phrase.text;
      this.people.set(key, { name, role: known?.role ?? phrase.role, sure: true });
      return { name, surface: phrase.text, role: phrase.role ?? known?.role ?? null, key, place };
    }
    return this.describedSource(phrase, q, kept, place);
  }

  /**
   * "der Konzernchef", "le ministre de la Santé": the person the article gave that role, else, for
   * a definite description, the speaker quoted just before; else the description itself.
   */
  private describedSource(
    phrase: Phrase,
    q: MarkedQuote,
    kept: Kept,
    place: Attribution['place'],
  ): Attribution {
    const at = phrase.at;
    if (phrase.definite) {
      // The role must hold the head and every name of the description: "el secretario general de
      // La Cámpora" is not "su secretario, Mariano Cabral".
      const words = phrase.text.split(' ');
      const head = words.find((w) => this.isTitleOrRole(w));
      // (German capitalises its nouns: there the head alone is read.)
      const names =
        this.lang === 'de' ? [] : words.slice(1).filter((w) => isCapitalised(w) && w !== head);
      for (const [key, p] of this.people) {
        const role = p.role?.toLowerCase() ?? '';
        const fits = head && role.includes(head.toLowerCase());
        if (fits && names.every((n) => role.includes(n.toLowerCase())) && this.namedNear(key, at)) {
          return this.asAttribution(key, place);
        }
      }
      // Else the speaker just quoted, when the description may be them: one person ("les
      // auteurs" are not Mme Cardenal), of no other role ("l’agence" is not the toxicologist).
      // German news names a person again by ever new epithets ("der Branchenkenner" for the
      // "Konzernchef"), so there the role is not compared.
      const prev = kept.list.at(-1);
      const prevRole = prev?.who?.role?.toLowerCase();
      const sameRole =
        !prevRole || this.lang === 'de' || prevRole.includes(head?.toLowerCase() ?? '');
      // A description in the sentence before ("O titular da Defesa respondeu prontamente.") is a
      // new speaker brought in, often answering the one quoted before: never carried from them.
      const mayBePrev = !!head && !this.isPluralRole(head) && sameRole && place !== 'loose';
      if (prev?.who?.key && mayBePrev && q.firstPara - prev.q.lastPara <= PARAGRAPHS_BACK) {
        return { ...prev.who, place };
      }
    }
    return { name: phrase.text, surface: phrase.text, role: null, key: null, place };
  }

  /**
   * The person a lone surname means: of those the article names with it, the one mentioned last
   * before `at` ("expresó Vergara" after "Ulpiano Vergara", though a Dania Vergara comes later).
   */
  private surnameBefore(word: string, at: number): string | null {
    if (/\s/.test(word)) return null;
    const surname = nameKey(word);
    for (let k = firstAtOrAfter(this.mentions, at, (x) => x.at) - 1; k >= 0; k--) {
      const key = this.mentions[k]!.key;
      if (nameKey(this.people.get(key)!.name.split(' ').at(-1)!) === surname) return key;
    }
    return null;
  }

  /** Whether the person is named in the paragraph of `at` or the few before it. */
  private namedNear(key: string, at: number): boolean {
    const from = paragraphsBackStart(this.article.paras, at);
    return this.mentions.some((m) => m.key === key && m.at >= from && m.at < at);
  }

  private asAttribution(key: string, place: Attribution['place']): Attribution {
    const p = this.people.get(key)!;
    return { name: p.name, surface: p.name, role: p.role, key, place };
  }

  /**
   * The quote's sentence introduces it with a colon after its own subject, a thing ("Die Frage
   * bleibt offen:", "Pourtant, la question reste ouverte :"): the previous speaker is not
   * carried on to it. (A description naming a person was read as a cue before this.)
   */
  private introducedByColon(q: MarkedQuote): boolean {
    const { masked, paras, sentences } = this.article;
    const open = q.start - 1;
    const before = masked.slice(sentences.start(open, paras[q.firstPara]!.start), open);
    if (!/:\s*$/.test(before)) return false;
    // The subject opens the sentence, after an adverb and its comma ("Pourtant, la question …").
    const ws = cueWords(before, 0).map((w) => w.text);
    const first = ws[0]?.endsWith(',') ? ws[1] : ws[0];
    return !!first && this.words.determiners.includes(first.toLowerCase());
  }

  /**
   * Five words or more: a statement someone may go on making, not a scare quote, a title or a
   * charge, whose speaker a nearby name does not tell.
   */
  private isStatement(q: MarkedQuote): boolean {
    return (this.article.text.slice(q.start, q.end).match(/\p{L}+/gu) ?? []).length >= 5;
  }

  /**
   * Who a pronoun or an omitted subject at `at` means: the person who last opened a sentence
   * before it, when that is after the previous quotation; else that quotation's speaker.
   */
  private meant(
    q: MarkedQuote,
    at: number,
    kept: Kept,
    place: Attribution['place'],
    gender: Gender | null = null,
  ): Attribution | null {
    // "il" is no woman the article has shown as one ("la ministre", "Elle affirme"): the
    // pronoun skips a person whose gender is known to differ, and names nobody before a guess.
    const fits = (key: string): boolean =>
      !gender || !this.genders.has(key) || this.genders.get(key) === gender;
    const person = this.latestPersonBefore(at, fits);
    const prev = kept.list.at(-1);
    // A described speaker ("el secretario general de La Cámpora") goes on speaking too, when a
    // pronoun's gender is that of their article ("un ténor de la droite" … "met-il") and nobody
    // is named since.
    const described =
      !!prev?.who &&
      !prev.who.key &&
      (!gender || articleGender(prev.who.name) === gender) &&
      !this.mentions.some((m) => m.at > prev.q.end && m.at < at);
    const prevSpeaker =
      prev?.who &&
      q.firstPara - prev.q.lastPara <= PARAGRAPHS_BACK &&
      (prev.who.key ? fits(prev.who.key) : described)
        ? prev
        : null;
    const who =
      person && (!prevSpeaker || person.at > prevSpeaker.q.end)
        ? this.asAttribution(person.key, place)
        : prevSpeaker
          ? { ...prevSpeaker.who!, place }
          : null;
    if (who?.key && gender && !this.genders.has(who.key)) this.genders.set(who.key, gender);
    return who;
  }

  /** The sure person who last opened a sentence before `at`, in its paragraph or the few before. */
  private latestPersonBefore(
    at: number,
    fits: (key: string) => boolean,
  ): { key: string; at: number } | null {
    const from = paragraphsBackStart(this.article.paras, at);
    for (let k = firstAtOrAfter(this.mentions, at, (x) => x.at) - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.at < from) break;
      if (m.subject && this.people.get(m.key)!.sure && fits(m.key)) return m;
    }
    const only = this.onlyPersonInParagraph(at);
    return only && fits(only.key) ? only : null;
  }

  /**
   * The one sure person the paragraph names before `at`, wherever in the sentence ("In ihrer Rede
   * nannte Stetter-Karp …, sagte sie"); null when it names none or several.
   */
  private onlyPersonInParagraph(at: number): { key: string; at: number } | null {
    const from = paragraphsBackStart(this.article.paras, at, 0);
    const named = this.mentions.filter(
      (m) => m.at >= from && m.at < at && this.people.get(m.key)!.sure,
    );
    return new Set(named.map((m) => m.key)).size === 1 ? named.at(-1)! : null;
  }

  /**
   * A quotation with no cue continues the previous quotation's speaker when it follows within a
   * few paragraphs and nobody else is named in between: reported speech goes on ("Die Nachfrage
   * sei hoch, „…“").
   */
  private carried(q: MarkedQuote, kept: Kept): Attribution | null {
    const prev = kept.list.at(-1);
    if (!prev?.who || q.firstPara - prev.q.lastPara > PARAGRAPHS_BACK) return null;
    const statement = this.isStatement(q) || this.inReportedSpeech(q);
    if (!statement || this.introducedByColon(q)) return null;
    const between = this.mentions.filter((m) => m.at > prev.q.end && m.at < q.start);
    if (between.some((m) => m.key !== prev.who!.key)) return null;
    if (this.describedSpeakerBetween(prev.q.end, q.start)) return null;
    return { ...prev.who, place: 'carried' };
  }

  /**
   * German reports speech in the subjunctive: "Dafür müsse man den Konzern „rechtzeitig zum
   * Umsteuern bewegen“" goes on with what the speaker said, so even a few words quoted in such a
   * sentence are theirs, not a scare quote.
   */
  private inReportedSpeech(q: MarkedQuote): boolean {
    if (this.lang !== 'de') return false;
    const { masked, paras, sentences } = this.article;
    const from = sentences.start(q.start - 1, paras[q.firstPara]!.start);
    const words = masked
      .slice(from, q.start - 1)
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    return words.some((w) => SUBJUNCTIVES.has(w));
  }

  /**
   * Someone else, described, speaks between two quotations: "la congregación señaló", "der
   * Sprecher sagte". The words after are theirs, not the previous speaker's.
   */
  private describedSpeakerBetween(from: number, to: number): boolean {
    const ws = cueWords(this.article.masked.slice(from, to), from);
    return ws.some(
      (w, k) =>
        k >= 2 &&
        this.isVerb(w.text) &&
        this.words.determiners.includes(lowerBare(ws[k - 2]!.text)) &&
        !isCapitalised(ws[k - 1]!.text),
    );
  }
}

type Gender = 'f' | 'm';

const FEMININE_TITLES = [
  'frau',
  'mme',
  'madame',
  'mlle',
  'señora',
  'sra',
  'doña',
  'signora',
  'senhora',
  'dona',
];
const MASCULINE_TITLES = ['herr', 'm', 'monsieur', 'señor', 'sr', 'don', 'signor', 'senhor', 'dom'];

/**
 * The gender the article of a description gives in the singular: "un ténor", "la portavoz", "o
 * titular", "der Sprecher" (German "die" may be a plural, so only "eine" says a woman there).
 */
function articleGender(description: string): Gender | null {
  const article = description.split(' ')[0]!.toLowerCase();
  if (['un', 'le', 'el', 'il', 'lo', 'uno', 'o', 'um', 'der', 'ein'].includes(article)) return 'm';
  return ['une', 'la', 'una', 'a', 'uma', 'eine'].includes(article) ? 'f' : null;
}

/** The gender of a subject pronoun, also inverted ("affirme-t-elle"): il, er, él, ele, lui. */
function pronounGender(text: string): Gender | null {
  const l = text.toLowerCase().split('-').at(-1)!;
  if (['il', 'er', 'él', 'ele', 'lui'].includes(l)) return 'm';
  return ['elle', 'sie', 'ella', 'ela', 'lei'].includes(l) ? 'f' : null;
}

/**
 * A Spanish or Portuguese verb in the third person plural ("explicaron", "dijeron", "afirmaram"):
 * its left-out subject is a group, never the last person named.
 */
const isPluralVerb = (w: string): boolean => /(?:aron|ieron|eron|aram|eram|iram)$/.test(bare(w));

/**
 * A name followed by another, after a comma or a conjunction, is one of a list ("com Fux, Pacheco
 * e Bolsonaro", "Kiel, Lübeck und Rostock"): not the one subject a later pronoun means, though a
 * comma before it looks like the end of an opening adverbial.
 */
const inList = (text: string, end: number): boolean =>
  /^(?:,|\s+(?:und|et|y|e|and))\s+\p{Lu}/u.test(text.slice(end, end + 8));

/** A title, then a French verb of publishing: "Mediapart publie", "Le Monde révèle". */
const PUBLISHES =
  /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})\s+(?:a\s+)?(?:publie|publié|publiait|révèle|révélé|révélait|rapporte|rapporté|rapportait)(?!\p{L})/gu;

/** A capitalised run with the particles inside names. */
const NAME_RUN =
  /(?<![\p{L}’'-])\p{Lu}[\p{L}\p{M}’'-]*(?:\s(?:(?:von|van|der|de|da|di|del|dos|du)\s)?\p{Lu}[\p{L}\p{M}’'-]*)*/gu;

/**
 * The word right before offset `i` in its sentence, without punctuation; '' at a sentence or
 * paragraph start (then a capital says nothing).
 */
function wordBefore(text: string, i: number): string {
  const m = /(\S+)[^\S\n]*$/.exec(text.slice(Math.max(0, i - 40), i));
  return m && !/[.!?:]$/.test(m[1]!) ? bare(m[1]!) : '';
}

const joinBare = (ws: Word[], from: number, to: number): string =>
  ws
    .slice(from, to)
    .map((w) => bare(w.text))
    .join(' ');

/** Where a complement after "de", "von" ends: a few words, to the first punctuation. */
function complementEnd(ws: Word[], from: number): number {
  let end = from;
  while (end < ws.length && end - from < 4) {
    // "de La Cámpora en declaraciones": a word in lower case after a name is past the complement;
    // so is a preposition after its noun ("de la droite sur le dossier").
    const w = ws[end]!.text;
    if (end > from + 1 && /^\p{Ll}/u.test(w) && isCapitalised(ws[end - 1]!.text)) break;
    if (end > from + 1 && PAST_COMPLEMENT.has(w)) break;
    if (endsClause(ws[end++]!.text)) break;
  }
  return end;
}

/** Start of the paragraph `back` before the one holding `at`. */
function paragraphsBackStart(paras: Paragraph[], at: number, back = PARAGRAPHS_BACK): number {
  const holding = firstAtOrAfter(paras, at + 1, (p) => p.start) - 1;
  return paras[Math.max(0, holding - back)]!.start;
}

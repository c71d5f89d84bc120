/**
 * Resolution: who a quotation's cue names, once pronouns and surnames are resolved against the
 * name table, and who a quotation without a cue continues.
 */
import type { Article } from './article.js';
import type { Cue } from './cues.js';
import type { MarkedQuote, Paragraph } from './marks.js';
import {
  enter,
  genderOf,
  isHonorific,
  isOrganisation,
  nameKey,
  newEntry,
  ofPlace,
  pronounGender,
  resolveKey,
  splitTitle,
  type Gender,
  type NameTable,
} from './names.js';
import { firstAtOrAfter } from './sorted.js';
import { subjectAtStart, type Subject } from './subject.js';
import { hasVerb, splitWords } from './tokens.js';
import {
  DETERMINERS,
  isCapitalised,
  JOINERS,
  PRONOUNS,
  SOURCE_NOUNS,
  TITLE_ABBREVIATIONS,
} from './words.js';

/** Who a cue names, once pronouns and surnames are resolved. */
export interface Attribution {
  /** Canonical name: the full name when the text gives one. */
  name: string;
  /** The name as this cue wrote it, for the speaker's aliases. */
  surface: string;
  role: string | null;
  /**
   * Full-name key when the speaker is a person the name table knows; null for organisations and
   * unnamed sources.
   */
  key: string | null;
  /** Where the cue sat; a cue after a quote also covers the next quoted sentence. */
  place: Cue['place'] | 'carried';
}

/** A quotation kept so far, with who said it. */
export interface Found {
  q: MarkedQuote;
  who: Attribution | null;
}

/**
 * The quotations kept so far, in text order, and the speaker of the latest one whose speaker is
 * named (kept as they come, so a pronoun does not search them all).
 */
export class Kept {
  readonly list: Found[] = [];
  lastNamed: Attribution | null = null;

  add(found: Found): void {
    this.list.push(found);
    if (found.who && isCapitalised(found.who.name)) this.lastNamed = found.who;
  }
}

/**
 * Who said quotation `q`: the person its cue names or means, or, with no cue, the previous
 * speaker when the article carries them on. `earlier` holds the quotations kept before it.
 * Naming a speaker records them in the name table, so later pronouns can find them.
 */
export function attribute(
  article: Article,
  q: MarkedQuote,
  cue: Cue | null,
  earlier: Kept,
): Attribution | null {
  if (!cue) return continuation(article, q, earlier);
  if (PRONOUNS.has(cue.phrase.toLowerCase())) {
    return resolvePronoun(article, cue.phrase, cue.at, earlier);
  }
  if (isAgeDescriptor(cue.phrase)) return describedPerson(article, cue);
  const meansOrganisation = ORGANISATION_DESCRIPTOR.exec(cue.phrase);
  if (meansOrganisation) {
    const organisation = organisationBefore(article, cue.at, { company: !!meansOrganisation[1] });
    // Named as written: an organisation's name has no role words to split off.
    const name = organisation?.phrase;
    return name ? { name, surface: name, role: cue.role, key: null, place: cue.place } : null;
  }
  const owner = DOCUMENT.test(cue.phrase) ? documentOwner(article, cue.at) : null;
  return describe(article, owner ? { ...cue, ...owner, role: cue.role } : cue);
}

/** A document with no owner in its phrase: "a statement", "a press release". */
const DOCUMENT = /^an?\s+(?:\S+\s+)?(?:statement|release|letter|memo|note|tweet|email|post)$/i;

/**
 * Whose document "a statement" is: the named subject that opens its sentence ("The Harbour Trust
 * issued a statement warning that …"), when there is one.
 */
function documentOwner({ masked, paras, sentences }: Article, at: number): Subject | null {
  const para = paras[firstAtOrAfter(paras, at + 1, (p) => p.start) - 1]!;
  const from = sentences.start(at, para.start);
  const owner = subjectAtStart(splitWords(masked.slice(from, at), from));
  return owner && isCapitalised(owner.phrase) && !PRONOUNS.has(owner.phrase.toLowerCase())
    ? owner
    : null;
}

/** "it" or "the company": an organisation named before (group 1 set for a company). */
const ORGANISATION_DESCRIPTOR = /^(?:it|the (company|firm))$/i;

/** Capitalised words, "of", "for" and "and" inside: "American Congress of Obstetricians". */
const ORGANISATION_RUN =
  /\p{Lu}[\p{L}&.-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}&.-]*)+/gu;

/** Words that make an organisation's name a company's: "Acme Corp", "Shell plc". */
const COMPANY_WORDS = /\b(?:Corp|Inc|Co|Company|Group|Ltd|LLC|plc|Holdings)\b\.?$/;

/**
 * The latest organisation named in this or the paragraph before `at` (a company, when asked), in
 * a run of capitalised words that isOrganisation knows: "Acme Corp cut 200 jobs. … it added".
 */
function organisationBefore(
  { masked, paras }: Article,
  at: number,
  { company }: { company: boolean },
): Subject | null {
  const from = paragraphsBackStart(paras, at, 1);
  const runs = masked.slice(from, at).matchAll(ORGANISATION_RUN);
  let found: Subject | null = null;
  for (const run of runs) {
    const name = run[0].replace(/^(?:The|A|An)\s+/, '').replace(/\.$/, '');
    if (!isOrganisation(name) || (company && !COMPANY_WORDS.test(name))) continue;
    found = { phrase: name, at: from + run.index!, role: null };
  }
  return found;
}

/** "the 56-year-old": a descriptor that stands for a person named before. */
const isAgeDescriptor = (phrase: string): boolean => /^the \d{1,3}-year-old$/i.test(phrase);

/**
 * The person a descriptor means: the one person named in this or the paragraph before, when only
 * one is (two people there make "the 56-year-old" anyone's guess).
 */
function describedPerson({ names, paras }: Article, cue: Cue): Attribution | null {
  const near = paragraphsBackStart(paras, cue.at, 1);
  const from = firstAtOrAfter(names.mentions, near, (m) => m.at);
  const upTo = firstAtOrAfter(names.mentions, cue.at, (m) => m.at);
  const keys = new Set(names.mentions.slice(from, upTo).map((m) => m.key));
  if (keys.size !== 1) return null;
  const key = [...keys][0]!;
  const { form, role } = names.full.get(key)!;
  return { name: form, surface: form, role: cue.role ?? role, key, place: cue.place };
}

// ---------------------------------------------------------------------------------------------
// A named speaker

/**
 * Splits a speaker phrase into name and role: "State Department spokeswoman Heather Nauert" →
 * "Heather Nauert" + "State Department spokeswoman"; "the official" stays whole (unnamed source).
 */
function describe(article: Article, cue: Cue): Attribution {
  const phrase = ofPlace(cue.phrase.replace(/['’]s$/, ''));
  const ws = phrase.split(/\s+/);
  if (!isCapitalised(ws.at(-1))) {
    return { name: phrase, surface: phrase, role: cue.role, key: null, place: cue.place };
  }
  const s = nameStart(ws);
  const { name, title } = splitTitle(ws.slice(s).join(' '));
  const role = cue.role ?? roleBeforeName(ws, s, title);
  const key = noteSpeaker(article.names, name, cue.at);
  const full = key ? article.names.full.get(key)! : null;
  return {
    name: full ? full.form : name,
    surface: name,
    role: role ?? full?.role ?? null,
    key,
    place: cue.place,
  };
}

/** Where the capitalised run that ends the phrase starts ("de" and "of" may join it). */
function nameStart(ws: string[]): number {
  let s = ws.length - 1;
  while (s > 0 && (isCapitalised(ws[s - 1]) || joinsName(ws, s - 1))) s--;
  return s;
}

const joinsName = (ws: string[], i: number): boolean =>
  JOINERS.has(ws[i]!) && isCapitalised(ws[i - 1]);

/**
 * The role written before a name: the words before it (without a determiner) and its title,
 * "State Department spokeswoman", "US Secretary of State"; none for a form of address.
 */
function roleBeforeName(ws: string[], nameAt: number, title: string | null): string | null {
  const from = DETERMINERS.has(ws[0]!.toLowerCase()) && nameAt > 0 ? 1 : 0;
  const prefix = ws.slice(from, nameAt).join(' ');
  // A lone adjective before a name ("the dovish Moon") is no role.
  const prefixRole = /^\p{Ll}+$/u.test(prefix) && !SOURCE_NOUNS.has(prefix) ? '' : prefix;
  const titleRole = title && !isHonorific(title) && writtenOut(title);
  return [prefixRole, titleRole].filter(Boolean).join(' ') || null;
}

/** "Gov." → "Governor": a lone abbreviated title, written out. */
const writtenOut = (title: string): string =>
  TITLE_ABBREVIATIONS[title.replace(/\.$/, '')] ?? title;

/**
 * Records a quoted speaker in the name table and returns its key (null for an organisation the
 * table does not know). A speaker the text names only by one word ("Kang said") becomes a person
 * from now on, and a quoted speaker is the subject of its cue: pronouns after it most often mean
 * them.
 */
function noteSpeaker(names: NameTable, name: string, at: number): string | null {
  const { full } = names;
  let key = resolveKey(names, name);
  if (!key && !(/\s/.test(name) && isOrganisation(name))) {
    key = nameKey(name);
    enter(names, key, newEntry(name, { person: true, count: 1 }));
  }
  if (!key) return null;
  full.get(key)!.person = true;
  names.pronouns.note({ at, key, subject: true });
  return key;
}

// ---------------------------------------------------------------------------------------------
// Pronouns

/**
 * The person a pronoun means: the latest earlier subject of fitting gender (a name opening its
 * clause, or a quoted speaker) in this or the two paragraphs before, else the nearest fitting
 * name. With no full name in the text, the last named speaker quoted before.
 */
function resolvePronoun(
  { names, paras }: Article,
  pronoun: string,
  at: number,
  earlier: Kept,
): Attribution | null {
  const want = pronounGender(pronoun);
  if (!want) return null;
  const pick = names.pronouns.meant(at, paragraphsBackStart(paras, at, 2), want);
  if (pick) {
    const entry = names.full.get(pick.key)!;
    const { form, role } = entry;
    return { name: form, surface: form, role, key: pick.key, place: 'carried' };
  }
  const named = earlier.lastNamed;
  // "she said" is never given to a man the text calls "he" (nor "he" to a woman).
  if (!named || opposite(genderOf(names, named.key ?? ''), want)) return null;
  return { ...named, place: 'carried' };
}

/** Two genders, both known, that differ. */
const opposite = (known: Gender, want: Gender): boolean => !!known && !!want && known !== want;

/** Start of the paragraph `back` before the one holding `at` (the first one when there is none). */
function paragraphsBackStart(paras: Paragraph[], at: number, back: number): number {
  const holding = firstAtOrAfter(paras, at + 1, (p) => p.start) - 1;
  return paras[Math.max(0, holding - back)]!.start;
}

// ---------------------------------------------------------------------------------------------
// Quotations with no cue

/**
 * A quotation with no cue of its own continues the previous speaker when the article does so:
 * a quoted sentence right after `"…," X said.` in the same paragraph, or a paragraph that opens
 * with a quotation right after a paragraph whose last quotation was attributed.
 */
function continuation(article: Article, q: MarkedQuote, found: Kept): Attribution | null {
  const prev = found.list.at(-1);
  if (!prev?.who) return null;
  if (!opensSentence(article, q) || namesItsOwnSpeaker(article, q)) return null;
  if (pronounAfterMeansOther(article, q, prev.who)) return null;
  const carried: Attribution = { ...prev.who, place: 'carried' };
  // A cue before the previous quote carries on only past a short quote inside its own sentence:
  // "Carson told the AP after hinting that “personnel changes” could come. “…”", not "Pompeo said
  // it would be a “long haul.” “…”" (the seed article leaves that second quote unattributed).
  const samePara = prev.q.lastPara === q.firstPara;
  if (samePara && (prev.who.place !== 'before' || !endsSentence(article.text, prev.q))) {
    return carried;
  }
  const para = article.paras[q.firstPara]!;
  const opensParagraph = q.start - 1 <= para.start + 1;
  if (opensParagraph && prev.q.lastPara === q.firstPara - 1) return carried;
  return null;
}

/**
 * "“…” She then left the room." after a man's quote: the sentence after the quotation goes on
 * about someone of the other gender, so the quotation is not the previous speaker's.
 */
function pronounAfterMeansOther(
  { masked, names }: Article,
  q: MarkedQuote,
  speaker: Attribution,
): boolean {
  const next = /^[\s.!?”"]*(He|She)\b/.exec(masked.slice(q.end, q.end + 12));
  return !!next && opposite(genderOf(names, speaker.key ?? ''), pronounGender(next[1]!));
}

/** Nothing stands before the quotation's opening mark in its sentence. */
function opensSentence({ masked, paras, sentences }: Article, q: MarkedQuote): boolean {
  const open = q.start - 1;
  return !masked.slice(sentences.start(open, paras[q.firstPara]!.start), open).trim();
}

/** The quotation ends its sentence: a period, "!" or "?" at or right after its close. */
const endsSentence = (text: string, q: MarkedQuote): boolean =>
  /[.!?]/.test(text.slice(q.end - 1, q.end + 2));

/**
 * "“…,” JPL scientist and co-author Malaska said": the sentence goes on past the quotation (a
 * comma, or a lowercase word after "…!”") to a speech verb, so it names its own speaker, in a
 * shape no cue reader knows. Carrying the previous speaker there would put a wrong name on it.
 */
function namesItsOwnSpeaker({ text, masked, paras, sentences }: Article, q: MarkedQuote): boolean {
  const goesOn = /^(?:,|.\S?(?:\s*,|\s+\p{Ll}))/u.test(text.slice(q.end - 1));
  return goesOn && hasVerb(masked.slice(q.end, sentences.end(q.end, paras[q.lastPara]!.end)));
}

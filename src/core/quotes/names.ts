/**
 * The article-wide name table: every capitalised name run in the text, so that a surname
 * ("Moon", "Chairman Kim") resolves to the full name even when the full name comes later, spelling
 * variants ("Kim Jong-un") meet, and pronouns find the nearest earlier person of the right gender.
 */
import type { Paragraph } from './marks.js';
import { MentionIndex } from './mentions.js';
import { MASK, type Sentences } from './sentences.js';
import { firstAtOrAfter } from './sorted.js';
import {
  CLAUSE_WORDS,
  JOINER_WORDS,
  NAME_ABBREVIATIONS,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_WORDS,
  SPEECH_VERB,
  TITLE_ABBREVIATIONS,
  TITLES,
  titleWord,
} from './words.js';

export type Gender = 'm' | 'f' | null;

/** The gender of a subject pronoun: "he", "she"; null for any other. */
export const pronounGender = (pronoun: string): Gender =>
  /^he$/i.test(pronoun) ? 'm' : /^she$/i.test(pronoun) ? 'f' : null;

export interface FullName {
  form: string;
  /** Known to be a person: titled, written as a bare surname, or quoted as a speaker. */
  person: boolean;
  count: number;
  /** Role words written before the name at a mention: titles ("US Secretary of State"). */
  role: string | null;
  votes: { m: number; f: number };
}

export interface Mention {
  at: number;
  key: string;
  /** Opens its clause, so likely the subject: pronouns in the next sentences most often mean it. */
  subject: boolean;
}

export interface NameTable {
  /** Full names (two words or more, or one word after a person's title) by key. */
  full: Map<string, FullName>;
  /**
   * The keys of two words or more by their first word and by their last, each list in the order
   * the keys entered the table: the keys a surname may stand for (see resolveKey), found without
   * reading the whole table. Kept by enter().
   */
  byEndWord: Map<string, string[]>;
  /** Person mentions outside quotations found when the table was built, in text order. */
  mentions: Mention[];
  /**
   * What a pronoun may mean: these mentions and those of the speakers quoted since, by gender
   * (see mentions.ts). Made once the gender votes are in.
   */
  pronouns: MentionIndex;
}

/** The table as it is built, before the pronoun index. */
type Building = Omit<NameTable, 'pronouns'>;

/** Puts a full name in the table; a key already there keeps its place in the table's order. */
export function enter(table: Building, key: string, entry: FullName): void {
  if (!table.full.has(key)) {
    const ws = key.split(' ');
    if (ws.length >= 2) {
      for (const w of new Set([ws[0]!, ws.at(-1)!])) {
        const keys = table.byEndWord.get(w);
        if (keys) keys.push(key);
        else table.byEndWord.set(w, [key]);
      }
    }
  }
  table.full.set(key, entry);
}

/**
 * A name token: a capitalised word, initials ("J.", and "U.S." whole: else a run starts at its
 * "S." and "S. Defense Secretary" becomes a role), or an abbreviated title ("Sen.").
 */
const ABBREVIATED_TITLE = String.raw`(?:${NAME_ABBREVIATIONS.join('|')})\.`;
const TOKEN = String.raw`(?:(?:\p{Lu}\.)+|${ABBREVIATED_TITLE}|\p{Lu}[\p{L}\p{M}'’-]*)`;

/** A run of name tokens, joined by single spaces or by a joiner ("Charles de Gaulle"). */
const RUN = new RegExp(`${TOKEN}(?:\\s(?:(?:${JOINER_WORDS.join('|')})\\s)?${TOKEN})*`, 'gu');

/** Lower case, hyphens as spaces, no possessive, no dots: "Kim Jong-un" and "Kim Jong Un" meet. */
export const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[-.\s]+/g, ' ')
    .trim();

/**
 * Splits a capitalised run into the titles before the name and the name:
 * "US Secretary of State Mike Pompeo" → title "US Secretary of State", name "Mike Pompeo";
 * "Ohio Democratic Party Chairman David Pepper" → "David Pepper". Sentence-initial words that the
 * text also writes in lower case (`common`: "Although", "Speaking") are not part of a name.
 */
export function splitTitle(
  run: string,
  common?: Set<string>,
): { name: string; title: string | null } {
  const ws = run.replace(/['’]s$/, '').split(/\s+/);
  let from = 0;
  while (from < ws.length - 1 && isSentenceWord(ws[from]!, common)) from++;
  // The name starts after the last title that is followed by more than an organisation.
  let cut = from;
  for (let i = from; i < ws.length - 1; i++) {
    if (!TITLES.has(titleWord(ws[i]!))) continue;
    // "Secretary of State Mike Pompeo": the title takes "of" and the word after it.
    const after = ws[i + 1] === 'of' ? i + 3 : i + 1;
    if (after < ws.length && !isOrganisation(ws.slice(after).join(' '))) cut = after;
  }
  const title = ws.slice(from, cut).join(' ');
  return { name: ws.slice(cut).join(' '), title: title || null };
}

const isSentenceWord = (w: string, common?: Set<string>): boolean =>
  NOT_NAMES.has(w.toLowerCase()) || (!!common?.has(w.toLowerCase()) && !isPersonTitle(w));

/**
 * "President Obama": a person's title stays a title before a name even when the text also writes
 * it in lower case ("the president"); dropped as a sentence word, the name would lose its title
 * and never enter the table.
 */
const isPersonTitle = (w: string): boolean => PERSON_TITLES.has(titleWord(w));

/**
 * "Sen. Tom Carper of Delaware", "Robert Antonacci of the New York delegation": a name of two
 * capitalised words (no title, no organisation word) before "of" is the person; the rest is where
 * they are from.
 */
export function ofPlace(phrase: string): string {
  const m = /(?:^|\s)(\p{Lu}\S* \p{Lu}\S*) of /u.exec(phrase);
  if (!m || isOrganisation(m[1]!) || m[1]!.split(' ').some((w) => TITLES.has(titleWord(w)))) {
    return phrase;
  }
  return phrase.slice(0, m.index + m[0].length - ' of '.length);
}

/** "Mr.", "Dr": a form of address, not a role. */
export const isHonorific = (title: string): boolean => /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(title);

export const isOrganisation = (name: string): boolean =>
  name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()));

/** A name run found in the text, with the title written before it. */
interface NameRun {
  at: number;
  name: string;
  title: string | null;
}

/**
 * Builds the table: the full names first (so a surname can meet a full name written later), then
 * the mentions of people outside quotations, then gender votes from the pronouns after them.
 */
export function buildNameTable(
  text: string,
  masked: string,
  where: { paras: Paragraph[]; sentences: Sentences },
): NameTable {
  const runs = nameRuns(text);
  const table: Building = { full: new Map(), byEndWord: new Map(), mentions: [] };
  for (const run of runs) addFullName(table, run);
  for (const run of runs) addMention(table, masked, where, run);
  voteGenderFromPronouns(table, masked);
  return { ...table, pronouns: new MentionIndex(table.mentions, (k) => genderOf(table, k)) };
}

/** Every capitalised run in the text that may be a name, titles split off. */
function nameRuns(text: string): NameRun[] {
  // Words the text writes in lower case: capitalised at a sentence start, they are no name.
  const common = new Set(text.match(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu) ?? []);
  const runs: NameRun[] = [];
  for (const m of text.matchAll(RUN)) {
    const { name: withPlace, title } = splitTitle(m[0], common);
    const at = m.index! + m[0].length - withPlace.length;
    // The table holds "Michael Brown" for "Michael Brown of Washington", as speaker phrases do.
    const name = ofPlace(withPlace);
    if (!isNoName(name)) runs.push({ at, name, title });
  }
  return runs;
}

/**
 * A sentence word, a dateline or headline in capitals ("MIDWAY ATOLL"), a run ending in an
 * initial (a sentence that ends on "U.S."), or a people in the plural.
 */
const isNoName = (name: string): boolean =>
  NOT_NAMES.has(name.toLowerCase()) ||
  !/\p{Ll}/u.test(name) ||
  /\s\p{Lu}\.$/u.test(name) ||
  isPeopleInPlural(name);

/**
 * "African Americans", "Italians", "Democrats": a people or a party in the plural, never one
 * person a pronoun means. (Surnames in -ans such as "Evans" have no vowel before the ending.)
 */
const isPeopleInPlural = (name: string): boolean =>
  /(?:ians|eans|icans|crats)$/.test(name.split(' ').at(-1)!);

/** Counts a run as a full name when it may be a person's: its role, and gender from Mr or Ms. */
function addFullName(table: Building, { name, title }: NameRun): void {
  const ws = name.split(' ');
  const titled = !!title && PERSON_TITLES.has(titleWord(title.split(' ').pop()!));
  if (!mayBePersonsName(ws, titled)) return;
  const key = nameKey(name);
  const entry = table.full.get(key) ?? newEntry(name, { person: false, count: 0 });
  entry.count++;
  entry.person ||= titled;
  entry.role ??= roleOfTitle(title, titled);
  if (/^Mr\.?$/.test(title ?? '')) entry.votes.m += 2;
  if (/^(?:Mrs|Ms|Miss)\.?$/.test(title ?? '')) entry.votes.f += 2;
  enter(table, key, entry);
}

/** A new table entry, with no role and no gender votes yet. */
export const newEntry = (form: string, init: { person: boolean; count: number }): FullName => ({
  form,
  count: init.count,
  role: null,
  votes: { m: 0, f: 0 },
  person: init.person,
});

/**
 * Two to four words, or one after a person's title ("Chairman Kim"); not an organisation or a
 * place ("North Carolina").
 */
const mayBePersonsName = (ws: string[], titled: boolean): boolean =>
  ws.length <= 4 &&
  !isOrganisation(ws.join(' ')) &&
  !PLACE_WORDS.has(ws[0]!.toLowerCase()) &&
  (ws.length >= 2 || titled);

/** A title is a role when it is more than a form of address: "US Secretary of State", "Gov.". */
const roleOfTitle = (title: string | null, titled: boolean): string | null =>
  title && (/\s/.test(title) || titled) && !isHonorific(title)
    ? (TITLE_ABBREVIATIONS[title.replace(/\.$/, '')] ?? title)
    : null;

/** Records a mention of a known person outside quotations. */
function addMention(
  table: Building,
  masked: string,
  where: { paras: Paragraph[]; sentences: Sentences },
  { at, name }: NameRun,
): void {
  if (masked[at] === MASK) return;
  const key = resolveKey(table, name);
  if (!key) return;
  // A full name also written as a bare surname is a person's ("Pompeo" for "Mike Pompeo").
  if (!name.includes(' ') && key.includes(' ')) table.full.get(key)!.person = true;
  const subject = standsBesideSpeechVerb(masked, at, name) || opensClause(masked, where, at);
  table.mentions.push({ at, key, subject });
}

/** A speech verb right after the name: "Jones said", "Jones also said" (not "Jones claiming"). */
const SPEAKS = new RegExp(
  `^['’]?\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?!\\S+ing\\b)(?:${SPEECH_VERB})\\b`,
  'u',
);
/** A speech verb right before the name: "said Jones,". */
const SPOKE = new RegExp(`\\b(?:${SPEECH_VERB})\\s+$`);

/** The subject of a finite speech verb: ", Jones said." or "said Jones," (not "Jones claiming"). */
function standsBesideSpeechVerb(masked: string, at: number, name: string): boolean {
  const end = at + name.length;
  if (SPEAKS.test(masked.slice(end, end + 30))) return true;
  return SPOKE.test(masked.slice(Math.max(0, at - 12), at)) && masked[end] === ',';
}

/**
 * Gender from the subject pronoun that first follows a subject mention (outside quotations) before
 * any other mention: "Pompeo said … he", "Nauert … She". Possessives and objects are left out: in
 * "Axelrod said it helped Clinton, who … her", "her" is not Axelrod.
 */
function voteGenderFromPronouns({ mentions, full }: Building, masked: string): void {
  mentions.forEach((m, i) => {
    const next = mentions[i + 1]?.at ?? masked.length;
    const pronoun =
      m.subject && /\b(he|she)\b/i.exec(masked.slice(m.at, Math.min(next, m.at + 200)))?.[1];
    if (pronoun) full.get(m.key)!.votes[pronounGender(pronoun)!]++;
  });
}

/**
 * Whether the words before a name in its sentence leave it as the subject: nothing, a conjunction,
 * titles or role words ("But State Department spokeswoman …"), or an introductory phrase and comma.
 * Not after "a/an" ("Simmons, an Obama supporter," is about Simmons), nor as a possessive
 * ("Trump's aide").
 */
function opensClause(
  masked: string,
  { paras, sentences }: { paras: Paragraph[]; sentences: Sentences },
  at: number,
): boolean {
  // The name's paragraph: the last one starting at or before it.
  const para = paras[firstAtOrAfter(paras, at + 1, (p) => p.start) - 1]!.start;
  const before = masked
    .slice(sentences.start(at, para), at)
    .replace(/^[^,]{0,50},/, '')
    .trim();
  if (!before) return true;
  // Five words at most are split off: more than four is too many already.
  const ws = before.split(/\s+/, 5);
  if (ws.length > 4 || /^an?$/i.test(ws.at(-1)!)) return false;
  return ws.every(mayStandBeforeSubject) && !/^\S*['’]s\b/.test(masked.slice(at));
}

/**
 * Role words may stand before a subject ("But State Department spokeswoman …"); verbs may not
 * ("Obama also addressed Trump", "a superdelegate supporting Clinton"), nor a modal that puts
 * the clause in the conditional ("He added a warning, should Smith return early").
 */
const mayStandBeforeSubject = (w: string): boolean =>
  /^(?:\p{Lu}|(?:but|and|so)$)/u.test(w) ||
  (!CLAUSE_WORDS.has(w.toLowerCase()) &&
    !MODALS.has(w.toLowerCase()) &&
    !/[,"“”]|(?:ed|ing)$/.test(w));

/** Modal verbs: a name after one is inverted into a condition or a question, not a subject. */
// prettier-ignore
const MODALS = new Set([
  'should', 'would', 'could', 'might', 'must', 'will', 'can', 'shall', 'may',
]);

/** The full-name key a name refers to, or null when the text never gives a full name for it. */
export function resolveKey(table: Building, name: string): string | null {
  // A full name ("kim jong un") equals no single word of a key below, so it falls through to the
  // exact lookup. Only keys that open or end with the word can score: the table's byEndWord.
  const key = nameKey(splitTitle(name).name);
  let best: string | null = null;
  let bestScore = 0;
  for (const k of table.byEndWord.get(key) ?? []) {
    const entry = table.full.get(k)!;
    const score = surnameScore(k.split(' '), key, entry);
    // The better kind of match first, then the name written more often.
    if (score && score * 1000 + entry.count > bestScore) {
      best = k;
      bestScore = score * 1000 + entry.count;
    }
  }
  return best ?? (table.full.has(key) ? key : null);
}

/**
 * A surname stands for a full name ending with it (2); East Asian names put the family name first,
 * so a first word counts too when the name has three words or a hyphen: "Kim" for "Kim Jong Un"
 * (1).
 */
function surnameScore(ws: string[], key: string, entry: FullName): number {
  if (ws.at(-1) === key) return 2;
  if (ws[0] === key && (ws.length > 2 || /-/.test(entry.form))) return 1;
  return 0;
}

/** The gender a name's pronoun votes lean to, or null when they do not. */
export function genderOf(table: Building, key: string): Gender {
  const v = table.full.get(key)?.votes;
  return !v || v.m === v.f ? null : v.m > v.f ? 'm' : 'f';
}

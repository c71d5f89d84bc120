/**
 * The subject phrase of a speech verb: who the words around a verb say spoke. Read backwards from
 * the verb (`Yang, a professor at …, said`), forwards after it (`said Yang Moo-jin, a professor
 * …`), or from the start of the sentence. A phrase is a pronoun, a name with the role words before
 * it, or a determiner phrase headed by a source noun ("the official"); an appositive beside the
 * name becomes its role.
 */
import { bare, hasVerb, isSkippable, isVerb, joined, lower, type Word } from './tokens.js';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  isCapitalised,
  JOINERS,
  NOT_NAMES,
  PRONOUNS,
  SOURCE_NOUNS,
  TITLES,
  titleWord,
} from './words.js';

export interface Subject {
  /** The speaker as written: "State Department spokeswoman Heather Nauert", "he", "the aide". */
  phrase: string;
  /** Offset of the phrase in the text (pronouns resolve to the nearest fitting name before it). */
  at: number;
  /** A role given beside the name in an appositive: "a professor at …". */
  role: string | null;
}

/** A subject read backwards from a verb, with the index of its first word. */
export type SubjectBefore = Subject & { from: number };

/** A subject read forwards, with the number of words it used (appositives included). */
export type SubjectAfter = Subject & { used: number };

/** What the position of a phrase says about it. */
export interface Slot {
  /**
   * The phrase stands tight against its speech verb, where any plain noun phrase is its subject:
   * "federal prosecutors wrote", "said one Trump confidant".
   */
  tightSlot?: boolean;
  /**
   * The slot itself marks a source ("according to …", between a quote and its verb): a phrase
   * opening with a determiner is a speaker whatever its noun, and role words may run on to the
   * verb ("one Trump campaign source said").
   */
  sourceSlot?: boolean;
}

/** Longest subject phrase, in words, before its appositives. */
const MAX_PHRASE_WORDS = 8;
/** Bound on an appositive's length, in words: longer comma clauses are not read as one. */
const MAX_APPOSITIVE_WORDS = 25;
/** Appositives read beside one name: "Clinton, 35, the daughter of …,". */
const MAX_APPOSITIVES = 3;

// ---------------------------------------------------------------------------------------------
// Backwards from a verb

/**
 * The subject phrase that ends at the end of `ws` (the words before a speech verb). An appositive
 * between the subject and the verb ("Yang, a professor at …, said") becomes the role.
 */
export function subjectBefore(
  ws: Word[],
  { tightSlot = false }: Pick<Slot, 'tightSlot'> = {},
): SubjectBefore | null {
  let end = ws.length;
  while (end > 0 && isSkippableWord(ws[end - 1]!)) end--;
  if (end === 0) return null;
  const appositives = appositivesBefore(ws, end);
  if (!appositives) return null;
  const { role, name } = appositives;
  end = appositives.end;
  const head = ws[end - 1]!;
  if (PRONOUNS.has(lower(head.text))) {
    return { phrase: bare(head.text), at: head.start, role: null, from: end - 1 };
  }
  const start = phraseStartBefore(ws, end);
  if (start === end || followsTo(ws, start)) return null;
  const phraseWords = ws.slice(start, end);
  const phrase = joined(phraseWords).replace(/[,;:]$/, '');
  // In a tight slot, a plain noun phrase only where it opens its clause ("Roe this week said" is
  // Roe's) and no appositive follows it.
  const plainNounPhrase = tightSlot && !role && opensClauseAt(ws, start);
  if (!isSpeakerPhrase(phrase, { plainNounPhrase })) return null;
  // "her senior adviser, Jake Sullivan, said": the name in the appositive is the speaker; so in
  // "in Berea, OH, Gov. John Kasich, said", where a place, not a role, stands before it.
  const last = bare(phraseWords.at(-1)!.text);
  if (name && (isRoleHead(last) || isFullName(name))) {
    const nameRole = isRoleHead(last) ? bare(phrase) : null;
    return { phrase: bare(joined(name)), at: name[0]!.start, role: nameRole, from: start };
  }
  return { phrase: bare(phrase), at: phraseWords[0]!.start, role, from: start };
}

const isSkippableWord = (w: Word): boolean => isSkippable(w.text);

interface AppositivesBefore {
  /** Where the subject phrase ends, before its appositives. */
  end: number;
  role: string | null;
  /** A short capitalised appositive: a name ("Jake Sullivan") given after a role. */
  name: Word[] | null;
}

/**
 * Appositives or a relative clause closed by a comma before the verb, read from `end` backwards:
 * "Clinton, 35, the daughter of …, said". Null when a comma clause there cannot be one (no comma
 * opens it, it is too long, or it opens with a verb): then nothing before it is the subject.
 */
function appositivesBefore(ws: Word[], end: number): AppositivesBefore | null {
  let role: string | null = null;
  let name: Word[] | null = null;
  for (let n = 0; n < MAX_APPOSITIVES && end >= 2 && endsWithComma(ws[end - 1]!); n++) {
    const open = commaBefore(ws, end - 2);
    // A second one only when it is no name: an age, a role ("Clinton, 35, the daughter of …,").
    if (n > 0 && (open < 0 || isCapitalised(ws[open + 1]!.text))) break;
    if (open < 0 || end - open > MAX_APPOSITIVE_WORDS) return null;
    const words = ws.slice(open + 1, end);
    if (isVerb(words[0]!.text)) return null;
    const appositive = joined(words).replace(/,$/, '');
    if (!/^(?:who|which)\b/.test(appositive)) role ??= asRole(appositive);
    // The name nearest the verb that an appositive gives ("Jake Sullivan, 45,"), if any.
    if (isShortName(words)) name ??= words;
    end = open + 1;
  }
  return { end, role, name };
}

const endsWithComma = (w: Word): boolean => /,$/.test(w.text);

/** Index of the last word at or before `i` that ends with a comma, or -1. */
function commaBefore(ws: Word[], i: number): number {
  while (i >= 0 && !endsWithComma(ws[i]!)) i--;
  return i;
}

/**
 * A word that ends a role, not a name: lowercase ("her senior adviser"), or a title written with
 * a capital ("The U.S. Defense Secretary, Jim Mattis, said").
 */
const isRoleHead = (w: string): boolean => !isCapitalised(w) || TITLES.has(titleWord(w));

/**
 * Two capitalised words or more that end on no title or source noun: a person's name ("Gov. John
 * Kasich"), not a role ("CIA Director", "Vermont Senator").
 */
const isFullName = (words: Word[]): boolean => {
  const last = bare(words.at(-1)!.text);
  return words.length > 1 && !TITLES.has(titleWord(last)) && !SOURCE_NOUNS.has(lower(last));
};

/** A few capitalised words: a name given in an appositive. */
const isShortName = (words: Word[]): boolean =>
  words.length < 5 && words.every((w) => isCapitalised(w.text));

/** The first word of the subject phrase that ends at `end`, walking back from the verb. */
function phraseStartBefore(ws: Word[], end: number): number {
  let start = end;
  let sawName = false;
  while (start > 0 && end - start < MAX_PHRASE_WORDS) {
    const step = stepBack(ws, start - 1, { first: start === end, sawName });
    if (step === 'stop') break;
    start--;
    if (step === 'last') break;
    if (step === 'name') sawName = true;
  }
  return start;
}

/**
 * What the walk back from a verb does with a word: stops before it, takes it as the phrase's first
 * word (a determiner), takes it as part of a name, or takes it and goes on.
 */
type BackStep = 'stop' | 'last' | 'name' | 'word';

function stepBack(ws: Word[], i: number, walk: { first: boolean; sawName: boolean }): BackStep {
  const w = ws[i]!.text;
  // Only the word right before the verb may carry punctuation: one before it closes a clause.
  if (!walk.first && /[,;:]$/.test(w)) return 'stop';
  const l = lower(w);
  if (DETERMINERS.has(l)) return 'last';
  // A capitalised sentence word ("However") ends the phrase.
  if (isCapitalised(w)) return NOT_NAMES.has(l) ? 'stop' : 'name';
  if (walk.sawName && (joinsNameBefore(ws, i) || joinsRolesBefore(ws, i))) return 'word';
  return CLAUSE_WORDS.has(l) || !isPlainWord(w) ? 'stop' : 'word';
}

/** "Joel Pollak of Breitbart": a joiner with a capitalised word before it continues the name. */
const joinsNameBefore = (ws: Word[], i: number): boolean =>
  JOINERS.has(lower(ws[i]!.text)) && i > 0 && isCapitalised(ws[i - 1]!.text);

/**
 * Roles joined before a name: "lead researcher and NASA scientist Lucas Paganini said". The word
 * before "and" must look like a role word (four lowercase letters or more), not a pronoun as in
 * "she and Rose-Lynn sing".
 */
const joinsRolesBefore = (ws: Word[], i: number): boolean =>
  lower(ws[i]!.text) === 'and' && /^\p{Ll}{4}/u.test(ws[i - 1]?.text ?? '');

/** Letters, apostrophes and hyphens, with at most a comma after; or an age ("56-year-old"). */
const isPlainWord = (w: string): boolean => /^[\p{L}’'-]+,?$/u.test(w) || isAge(w);

/** "56-year-old": a person described by their age. */
export const isAge = (w: string): boolean => /^\d{1,3}-year-old,?$/.test(w);

/**
 * After "to" a phrase is an object, never the subject: "in a statement to the Observer, …". Nor
 * is a subject read from "of" on: in "32% of Republican claims as “false”" the verb's form is a
 * noun ("Bank of America" is read whole, from "Bank").
 */
const followsTo = (ws: Word[], start: number): boolean =>
  /^to$/i.test(ws[start - 1]?.text ?? '') || /^of$/i.test(ws[start]?.text ?? '');

/** The phrase opens the sentence, or follows a comma, a closing quote, "as" or "and". */
const opensClauseAt = (ws: Word[], start: number): boolean =>
  !start || /[,”"]$|^(?:as|and)$/i.test(ws[start - 1]!.text);

// ---------------------------------------------------------------------------------------------
// Speaker phrases

interface PhraseKind {
  /** Any lowercase head noun will do (the slot says the phrase is a source). */
  anyNoun?: boolean;
  /** A plain noun phrase will do (a tight slot): see isPlainNounPhrase. */
  plainNounPhrase?: boolean;
}

/**
 * A speaker phrase names someone, or is headed by a source noun ("the official", "a statement"),
 * or is of a kind the slot allows.
 */
function isSpeakerPhrase(phrase: string, kind: PhraseKind = {}): boolean {
  const ws = phrase.split(/\s+/).map(bare);
  const head = ws.at(-1)!;
  // Datelines in capitals ("WASHINGTON") and lone sentence words ("Hours") are not speakers.
  if (!/\p{Ll}/u.test(phrase) && phrase.length > 4) return false;
  const l = head.toLowerCase();
  if (isCapitalised(head)) return !NOT_NAMES.has(l) || ws.length > 1;
  if (kind.anyNoun || SOURCE_NOUNS.has(l)) return true;
  // "The 56-year-old said": the person the article has just named, by their age.
  if (isAge(l) && ws.length === 2 && DETERMINERS.has(ws[0]!.toLowerCase())) return true;
  return !!kind.plainNounPhrase && isPlainNounPhrase(ws);
}

/**
 * A determiner or a possessive, then a noun ("the committee chairmen", "Ryan's office"); with no
 * determiner, a plural ("federal prosecutors").
 */
function isPlainNounPhrase(ws: string[]): boolean {
  const head = ws.at(-1)!;
  const determined = !!ws[1] && DETERMINERS.has(ws[0]!.toLowerCase());
  const possessiveOrPlural = /['’]s |[^s]s$/.test(ws[0] + ' ' + head);
  return (determined || possessiveOrPlural) && /^\p{Ll}{3,}$/u.test(head);
}

/**
 * An appositive as a role. None for a sentence adverb ("Netanyahu, however, said") or a relative
 * clause that is not "who is …" ("who has run the port for years" says what they did, not who
 * they are).
 */
const asRole = (appositive: string): string | null =>
  NOT_NAMES.has(appositive.toLowerCase()) || /^who\b/.test(appositive) ? null : appositive;

// ---------------------------------------------------------------------------------------------
// Forwards

/**
 * The speaker phrase at the start of `ws`: after an inverted verb (`said Yang Moo-jin, a professor
 * …`), after "according to", or opening the words after a quote (`Pompeo, a former …, said`).
 * An appositive that follows the name is read as the role.
 */
export function subjectAfter(ws: Word[], slot: Slot = {}): SubjectAfter | null {
  const first = ws[0];
  if (!first) return null;
  if (PRONOUNS.has(lower(first.text)) && bare(first.text) !== 'I') {
    return { phrase: bare(first.text), at: first.start, role: null, used: 1 };
  }
  const opensWithDeterminer = DETERMINERS.has(lower(first.text));
  const walk = walkForward(ws, { ...slot, opensWithDeterminer });
  let end = walk.end;
  // A name does not end on a joiner: "Tom Carper of" is "Tom Carper".
  while (end > 0 && JOINERS.has(lower(ws[end - 1]!.text))) end--;
  if (end === 0) return null;
  const phrase = bare(joined(ws.slice(0, end)));
  const kind = {
    anyNoun: !!slot.sourceSlot && opensWithDeterminer,
    plainNounPhrase: slot.tightSlot,
  };
  if (!isSpeakerPhrase(phrase, kind)) return null;
  if (!walk.stoppedOnComma) return { phrase, at: first.start, role: null, used: end };
  return { ...appositivesAfter(ws, end, phrase), at: first.start };
}

type ForwardWalk = Slot & { opensWithDeterminer: boolean };

/**
 * How far the subject phrase at the start of `ws` runs, and whether a comma ended it (then
 * appositives may follow).
 */
function walkForward(ws: Word[], walk: ForwardWalk): { end: number; stoppedOnComma: boolean } {
  let end = 0;
  let sawName = false;
  while (end < ws.length && end < MAX_PHRASE_WORDS) {
    const w = ws[end]!.text;
    const step = stepForward(ws, end, { ...walk, sawName });
    if (step === 'stop') break;
    end++;
    if (step === 'determiner') continue;
    if (step === 'name') sawName = true;
    // "The official indicated …": a source noun ends the phrase unless more of the name follows.
    if (!sawName && sourceNounEndsPhrase(w, ws[end]?.text ?? '')) break;
    if (/[,;:.!?]$/.test(w) && !isAbbreviation(w)) return { end, stoppedOnComma: w.endsWith(',') };
  }
  return { end, stoppedOnComma: false };
}

/**
 * What the walk forward does with a word: stops before it, takes the opening determiner, takes it
 * as part of a name, or takes it as another word of the phrase.
 */
type ForwardStep = 'stop' | 'determiner' | 'name' | 'word';

function stepForward(ws: Word[], i: number, walk: ForwardWalk & { sawName: boolean }): ForwardStep {
  const w = ws[i]!.text;
  const l = lower(w);
  const cap = isCapitalised(w);
  if (i === 0 && DETERMINERS.has(l)) return 'determiner';
  if (!cap && CLAUSE_WORDS.has(l)) return 'stop';
  if (!cap && walk.sawName && lowercaseEndsName(ws, i, walk)) return 'stop';
  if (!/^[\p{L}\p{M}\p{N}’'./-]+[,;:.!?]?$/u.test(w)) return 'stop';
  // Right after a determiner a speech-verb word is a noun: "the report stated", "a comment".
  if (!cap && isVerb(w) && !(i === 1 && walk.opensWithDeterminer)) return 'stop';
  return cap ? 'name' : 'word';
}

/**
 * After a name, a lowercase word ends the phrase unless it is a joiner ("of"), or role words lead
 * on to another name ("White House press secretary Josh Earnest"); in a source slot, role words
 * that lead on to the verb; in a tight slot, the nouns closing a determiner phrase ("said one
 * Trump confidant", not "Trump").
 */
function lowercaseEndsName(ws: Word[], i: number, walk: ForwardWalk): boolean {
  if (JOINERS.has(lower(ws[i]!.text))) return false;
  if (roleWordsThen(ws, i, 'name')) return false;
  if (walk.sourceSlot && roleWordsThen(ws, i, 'verb')) return false;
  return !(walk.tightSlot && walk.opensWithDeterminer);
}

/** A source noun ends the phrase unless another source noun or a name follows it. */
const sourceNounEndsPhrase = (w: string, next: string): boolean =>
  SOURCE_NOUNS.has(lower(w)) && !isCapitalised(next) && !SOURCE_NOUNS.has(lower(next));

/** Initials ("U.S.", "J.") and short abbreviations ("Sen.", "Gov."): a period that ends nothing. */
const isAbbreviation = (w: string): boolean => /^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(w);

/**
 * Whether ws[i…] is up to four lowercase role words and then a capitalised word ("press secretary
 * Josh Earnest") or a speech verb ("one Trump campaign source said").
 */
function roleWordsThen(ws: Word[], i: number, until: 'name' | 'verb'): boolean {
  const reached = until === 'verb' ? isVerb : isCapitalised;
  for (let k = i; k < ws.length && k < i + 5; k++) {
    const w = ws[k]!.text;
    if (reached(w)) return k > i;
    if (!isRoleWord(w, until)) return false;
  }
  return false;
}

/** A lowercase word that is no clause word and no verb; before a name, no participle in -ed. */
const isRoleWord = (w: string, until: 'name' | 'verb'): boolean =>
  /^\p{Ll}+$/u.test(w) &&
  !CLAUSE_WORDS.has(w) &&
  !isVerb(w) &&
  (until === 'verb' || !/ed$/.test(w));

/**
 * Appositives after a name run from comma to comma: ", a professor at the University of …,",
 * ", 69,". A lowercase one is the role; a name after a role is the speaker, the role its role.
 */
function appositivesAfter(
  ws: Word[],
  end: number,
  phrase: string,
): { phrase: string; role: string | null; used: number } {
  let role: string | null = null;
  let used = end;
  let more = true;
  for (let n = 0; more && n < MAX_APPOSITIVES; n++) {
    const close = appositiveClose(ws, used);
    const appositive = joined(ws.slice(used, close + 1));
    if (hasVerb(appositive) || close >= ws.length) break;
    if (/^\p{Ll}/u.test(appositive)) {
      // "a professor at …", "who is now a …"
      role ??= asRole(appositive.replace(/^who\s+(?:is|was)\s+(?:now\s+)?|[,.;:]$/g, ''));
    } else if (n === 0 && isRoleHead(phrase.split(' ').pop()!) && isNameClause(appositive)) {
      // "her campaign manager, Jeff Weaver, said": the name in the appositive is the speaker.
      [phrase, role] = [appositive.slice(0, -1), phrase];
    }
    used = close + 1;
    more = appositive.endsWith(',');
  }
  return { phrase, role, used };
}

/**
 * Index of the word that closes the appositive starting at `from` (its punctuation; not the period
 * of an abbreviation with more words after it: ", the U.S. defense secretary,").
 */
function appositiveClose(ws: Word[], from: number): number {
  let close = from;
  while (close < ws.length && close - from < MAX_APPOSITIVE_WORDS && !closesAppositive(ws, close))
    close++;
  return close;
}

const closesAppositive = (ws: Word[], i: number): boolean => {
  const w = ws[i]!.text;
  return /[,;:]$/.test(w) || (/\.$/.test(w) && !(isAbbreviation(w) && i + 1 < ws.length));
};

/** Two to four capitalised words closed by a comma or period: ", Jeff Weaver,". */
const isNameClause = (appositive: string): boolean =>
  /^(?:\p{Lu}\S* ){1,3}\p{Lu}\S*[,.]$/u.test(appositive);

// ---------------------------------------------------------------------------------------------
// At the start of a sentence

/**
 * The subject phrase opening a sentence, when the sentence starts with one followed by a verb, or
 * a name of two words or more that is the whole sentence ("Rep. Trey Gowdy:").
 */
export function subjectAtStart(ws: Word[]): Subject | null {
  // "Chris Christie (R), a staunch Trump ally, …, saying": a name with an appositive opens it.
  const lead = subjectAfter(ws);
  if (lead?.role && !CLAUSE_WORDS.has(lower(ws[0]!.text))) return lead;
  // "During a speech in Ohio, Trump attacked …": skip the introductory phrase.
  const starts = ws.flatMap((w, i) => (i < 10 && w.text.endsWith(',') ? [i + 1] : []));
  for (const from of [...starts, 0]) {
    const found = subjectAfter(ws.slice(from));
    const wordsLeft = ws.length - from;
    if (found && (found.used < wordsLeft || found.used > 1)) return found;
  }
  return null;
}

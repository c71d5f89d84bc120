/**
 * The article-wide name table: every capitalised name run in the text, so that a surname
 * ("Moon", "Chairman Kim") resolves to the full name even when the full name comes later, spelling
 * variants ("Kim Jong-un") meet, and pronouns find the nearest earlier person of the right gender.
 */
import { MASK, sentenceStart } from './sentences.js';
import {
  CLAUSE_WORDS,
  JOINER_WORDS,
  NAME_ABBREVIATIONS,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_WORDS,
  SPEECH_VERB,
  TITLES,
  titleWord,
} from './words.js';

const SPEAKS = new RegExp(
  `^['’]?\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?!\\S+ing\\b)(?:${SPEECH_VERB})\\b`,
  'u',
);
const SPOKE = new RegExp(`\\b(?:${SPEECH_VERB})\\s+$`);

export type Gender = 'm' | 'f' | null;

/** The gender of a subject pronoun: "he", "she"; null for any other. */
export const pronounGender = (pronoun: string): Gender =>
  /^he$/i.test(pronoun) ? 'm' : /^she$/i.test(pronoun) ? 'f' : null;

interface FullName {
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
  /** Full names (two words or more) by key. */
  full: Map<string, FullName>;
  /** Person mentions outside quotations, in text order, by full-name key. */
  mentions: Mention[];
}

/** A name token: a capitalised word, an initial, or an abbreviated title. */
const ABBREVIATED_TITLE = String.raw`(?:${NAME_ABBREVIATIONS.join('|')})\.`;
const TOKEN = String.raw`(?:\p{Lu}\.|${ABBREVIATED_TITLE}|\p{Lu}[\p{L}\p{M}'’-]*)`;
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
 * text also writes in lower case ("Although", "Speaking") are not part of a name.
 */
export function splitTitle(
  run: string,
  common?: Set<string>,
): { name: string; title: string | null } {
  const ws = run.replace(/['’]s$/, '').split(/\s+/);
  let from = 0;
  while (
    from < ws.length - 1 &&
    (NOT_NAMES.has(ws[from]!.toLowerCase()) || common?.has(ws[from]!.toLowerCase()))
  )
    from++;
  let cut = from;
  for (let i = from; i < ws.length - 1; i++) {
    if (!TITLES.has(titleWord(ws[i]!))) continue;
    const after = ws[i + 1] === 'of' ? i + 3 : i + 1;
    if (after < ws.length && !isOrganisation(ws.slice(after).join(' '))) cut = after;
  }
  const title = ws.slice(from, cut).join(' ');
  return { name: ws.slice(cut).join(' '), title: title || null };
}

/**
 * "Sen. Tom Carper of Delaware", "Robert Antonacci of the New York delegation": a name of two
 * capitalised words (no title, no organisation word) before "of" is the person; the rest is where from.
 */
export function ofPlace(phrase: string): string {
  const m = /(?:^|\s)(\p{Lu}\S* \p{Lu}\S*) of /u.exec(phrase);
  return m && !isOrganisation(m[1]!) && !m[1]!.split(' ').some((w) => TITLES.has(titleWord(w)))
    ? phrase.slice(0, m.index + m[0].length - 4)
    : phrase;
}

/** "Mr.", "Dr": a form of address, not a role. */
export const isHonorific = (title: string): boolean => /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(title);

export const isOrganisation = (name: string): boolean =>
  name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()));

export function buildNameTable(text: string, masked: string): NameTable {
  const full = new Map<string, FullName>();
  const common = new Set(text.match(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu) ?? []);
  const runs: Array<{ at: number; name: string }> = [];
  for (const m of text.matchAll(RUN)) {
    const { name: withPlace, title } = splitTitle(m[0], common);
    const at = m.index! + m[0].length - withPlace.length;
    // The table holds "Michael Brown" for "Michael Brown of Washington", as speaker phrases do.
    const name = ofPlace(withPlace);
    // Datelines and headlines in capitals ("MIDWAY ATOLL") are no names.
    if (NOT_NAMES.has(name.toLowerCase()) || !/\p{Ll}/u.test(name) || /\s\p{Lu}\.$/u.test(name))
      continue;
    runs.push({ at, name });
    const ws = name.split(' ');
    const titled = !!title && PERSON_TITLES.has(titleWord(title.split(' ').pop()!));
    if (
      ws.length > 4 ||
      isOrganisation(name) ||
      PLACE_WORDS.has(ws[0]!.toLowerCase()) ||
      (ws.length < 2 && !titled)
    )
      continue;
    const key = nameKey(name);
    const entry = full.get(key) ?? {
      form: name,
      count: 0,
      role: null,
      votes: { m: 0, f: 0 },
      person: false,
    };
    entry.count++;
    entry.person ||= titled;
    entry.role ??= title && (/\s/.test(title) || titled) && !isHonorific(title) ? title : null;
    if (/^Mr\.?$/.test(title ?? '')) entry.votes.m += 2;
    if (/^(?:Mrs|Ms|Miss)\.?$/.test(title ?? '')) entry.votes.f += 2;
    full.set(key, entry);
  }
  const mentions: NameTable['mentions'] = [];
  const table: NameTable = { full, mentions };
  for (const { at, name } of runs) {
    if (masked[at] === MASK) continue;
    const key = resolveKey(table, name);
    if (!key) continue;
    // A full name also written as a bare surname is a person's ("Pompeo" for "Mike Pompeo").
    if (!name.includes(' ') && key.includes(' ')) full.get(key)!.person = true;
    // The subject opens its clause, or stands right beside a finite speech verb: ", Jones said." /
    // "said Jones" (not "ended with Jones claiming").
    const beside =
      SPEAKS.test(masked.slice(at + name.length, at + name.length + 30)) ||
      (SPOKE.test(masked.slice(Math.max(0, at - 12), at)) && masked[at + name.length] === ',');
    mentions.push({ at, key, subject: beside || opensClause(masked, at) });
  }
  voteGenderFromPronouns(table, masked);
  return table;
}

/**
 * Gender from the subject pronoun that first follows a subject mention (outside quotations) before
 * any other mention: "Pompeo said … he", "Nauert … She". Possessives and objects are left out: in
 * "Axelrod said it helped Clinton, who … her", "her" is not Axelrod.
 */
function voteGenderFromPronouns({ mentions, full }: NameTable, masked: string): void {
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
 */
function opensClause(masked: string, at: number): boolean {
  let para = at;
  while (para > 0 && masked[para - 1] !== '\n') para--;
  const before = masked
    .slice(sentenceStart(masked, at, para), at)
    .replace(/^[^,]{0,50},/, '')
    .trim();
  if (!before) return true;
  const ws = before.split(/\s+/);
  // Role words may stand before a subject ("But State Department spokeswoman …"); verbs may not
  // ("Obama also addressed Trump", "a superdelegate supporting Clinton"), nor "a/an" right before
  // it: "Simmons, an Obama supporter," is about Simmons. Nor a possessive: "Trump's aide".
  return (
    ws.length <= 4 &&
    !/^an?$/i.test(ws.at(-1)!) &&
    ws.every(
      (w) =>
        /^(?:\p{Lu}|(?:but|and|so)$)/u.test(w) ||
        (!CLAUSE_WORDS.has(w.toLowerCase()) && !/[,"“”]|(?:ed|ing)$/.test(w)),
    ) &&
    !/^\S*['’]s\b/.test(masked.slice(at))
  );
}

/** The full-name key a name refers to, or null when the text never gives a full name for it. */
export function resolveKey(table: NameTable, name: string): string | null {
  // A full name ("kim jong un") equals no single word of a key below, so it falls through to the exact lookup.
  const key = nameKey(splitTitle(name).name);
  let best: string | null = null;
  let bestScore = 0;
  for (const [k, entry] of table.full) {
    const ws = k.split(' ');
    if (ws.length < 2) continue;
    // A surname stands for a full name ending with it; East Asian names put the family name first.
    const score =
      ws.at(-1) === key ? 2 : ws[0] === key && (ws.length > 2 || /-/.test(entry.form)) ? 1 : 0;
    if (score && score * 1000 + entry.count > bestScore) {
      best = k;
      bestScore = score * 1000 + entry.count;
    }
  }
  return best ?? (table.full.has(key) ? key : null);
}

/** The gender a name's pronoun votes lean to, or null when they do not. */
export function genderOf(table: NameTable, key: string): Gender {
  const v = table.full.get(key)?.votes;
  return !v || v.m === v.f ? null : v.m > v.f ? 'm' : 'f';
}

/**
 * Quote finding and speaker attribution over plain text.
 *
 * Input is text whose paragraphs are separated by blank lines; offsets in the output are
 * UTF-16 offsets into that same text, so the CLI can report positions in a file as read and
 * the article pipeline can map them to its paragraphs.
 */
import type { Speaker } from '../types.js';
import { cueAfter, cueBefore, type Cue } from './cues.js';
import { findMarkedQuotes, splitParagraphs, type MarkedQuote, type Paragraph } from './marks.js';
import {
  buildNameTable,
  genderOf,
  isHonorific,
  isOrganisation,
  nameKey,
  ofPlace,
  pronounGender,
  resolveKey,
  splitTitle,
  type NameTable,
} from './names.js';
import { maskQuotes, sentenceEnd, sentenceStart } from './sentences.js';
import { hasVerb } from './tokens.js';
import {
  DETERMINERS,
  isCapitalised,
  JOINERS,
  PRONOUNS,
  SOURCE_NOUNS,
  SPEECH_VERB,
  TWO_WORD_VERBS,
  TWO_WORD_VERBS_BEFORE_PUNCTUATION,
} from './words.js';

export interface QuoteSpan {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Offsets of the quoted words (inside the marks) in the input text. */
  start: number;
  end: number;
  /** Canonical speaker name, or null when the text does not say who spoke. */
  speaker: string | null;
  role: string | null;
}

export interface QuotesResult {
  quotes: QuoteSpan[];
  speakers: Speaker[];
}

export interface QuoteOptions {
  /**
   * Ranges of the text whose quotations are not listed (image captions, pull quotes that repeat
   * the body). They may still be read for context.
   */
  ignore?: Array<[number, number]>;
}

/** Who a cue names, once pronouns and surnames are resolved. */
interface Attribution {
  /** Canonical name: the full name when the text gives one. */
  name: string;
  /** The name as this cue wrote it, for the speaker's aliases. */
  surface: string;
  role: string | null;
  /** Full-name key when the speaker is a person the name table knows; null for organisations and unnamed sources. */
  key: string | null;
  /** Where the cue sat, for continuing quotes: a cue after a quote also covers the next quoted sentence. */
  place: Cue['place'] | 'carried';
}

/** A quotation kept so far, with who said it. */
interface Found {
  q: MarkedQuote;
  who: Attribution | null;
}

interface Context {
  text: string;
  masked: string;
  paras: Paragraph[];
  names: NameTable;
}

/** Finds the cue for one quote: right after it, right before it, or elsewhere in its sentence. */
function findCue(ctx: Context, q: MarkedQuote): Cue | null {
  const { masked, paras } = ctx;
  const first = paras[q.firstPara]!;
  const last = paras[q.lastPara]!;
  const open = q.start - 1;
  const afterStart = q.closed ? q.end + 1 : q.end;
  // The rest of the sentence, up to the next quotation.
  const after = masked
    .slice(afterStart, sentenceEnd(masked, afterStart, last.end))
    .split(/[“"„«]/)[0]!;
  // A quotation that ends its sentence ("… overlook.” The star then recalled …") has no cue after it.
  const tight =
    /\.\s*$/.test(ctx.text.slice(q.start, q.end)) && /^\s*\p{Lu}/u.test(after)
      ? null
      : cueAfter(after, afterStart);
  if (tight) return tight;
  // A quotation that closes its paragraph, signed on the next line: "- Sanders.", "— Pamela Padilla, 45".
  const next = paras[q.lastPara + 1];
  const line =
    next && !/[^\s.,!?”"’]/.test(masked.slice(afterStart, last.end))
      ? masked.slice(next.start, next.end)
      : '';
  const signed = line.length < 120 && /^\s*[—―–-]/.test(line) && cueAfter(line, next!.start);
  if (signed && isCapitalised(signed.phrase)) return signed;
  const beforeStart = sentenceStart(masked, open, first.start);
  const before = masked.slice(beforeStart, open);
  if (before.trim()) return cueBefore(before, beforeStart);
  // The paragraph before introduces this one ("Cruz continued:"), or reports in its last sentence
  // the speech that this paragraph, only a quotation, gives ("Carter said the U.S. would stay.").
  const prev = paras[q.firstPara - 1];
  if (prev && open <= first.start + 1) {
    const intro = masked.slice(prev.start, prev.end).trimEnd();
    const from = sentenceStart(masked, prev.start + intro.length - 1, prev.start);
    const cue = cueBefore(masked.slice(from, prev.start + intro.length), from);
    if (intro.endsWith(':')) return cue;
    if (
      cue &&
      intro.endsWith('.') &&
      !/[“"]/.test(intro) &&
      !masked.slice(q.end + 1, last.end).trim()
    )
      return { ...cue, place: 'loose' };
  }
  return null;
}

/**
 * Splits a speaker phrase into name and role: "State Department spokeswoman Heather Nauert" →
 * "Heather Nauert" + "State Department spokeswoman"; "the official" stays whole (unnamed source).
 */
function describe(ctx: Context, cue: Cue): Attribution {
  const phrase = ofPlace(cue.phrase.replace(/['’]s$/, ''));
  const ws = phrase.split(/\s+/);
  if (!isCapitalised(ws.at(-1)))
    return { name: phrase, surface: phrase, role: cue.role, key: null, place: cue.place };
  let s = ws.length - 1;
  while (
    s > 0 &&
    (isCapitalised(ws[s - 1]) || (JOINERS.has(ws[s - 1]!) && isCapitalised(ws[s - 2])))
  )
    s--;
  const { name, title } = splitTitle(ws.slice(s).join(' '));
  const prefix = ws.slice(DETERMINERS.has(ws[0]!.toLowerCase()) && s > 0 ? 1 : 0, s).join(' ');
  // A lone adjective before a name ("the dovish Moon") is no role.
  const prefixRole = /^\p{Ll}+$/u.test(prefix) && !SOURCE_NOUNS.has(prefix) ? '' : prefix;
  const role =
    cue.role ??
    ([prefixRole, title && !isHonorific(title) && title].filter(Boolean).join(' ') || null);
  const key = noteSpeaker(ctx.names, name, cue.at);
  const full = key ? ctx.names.full.get(key)! : null;
  return {
    name: full ? full.form : name,
    surface: name,
    role: role ?? full?.role ?? null,
    key,
    place: cue.place,
  };
}

/**
 * Records a quoted speaker in the name table and returns its key (null for an organisation the
 * table does not know). A speaker the text names only by one word ("Kang said") becomes a person
 * from now on, and a quoted speaker is the subject of its cue: pronouns after it most often mean them.
 */
function noteSpeaker(names: NameTable, name: string, at: number): string | null {
  const { full, mentions } = names;
  let key = resolveKey(names, name);
  if (!key && !(/\s/.test(name) && isOrganisation(name)))
    full.set((key = nameKey(name)), {
      form: name,
      count: 1,
      role: null,
      votes: { m: 0, f: 0 },
      person: true,
    });
  if (!key) return null;
  full.get(key)!.person = true;
  // Keep mentions in text order; a mention at the same offset is replaced.
  const i = mentions.findIndex((m) => m.at >= at);
  mentions.splice(i < 0 ? mentions.length : i, mentions[i]?.at === at ? 1 : 0, {
    at,
    key,
    subject: true,
  });
  return key;
}

/**
 * The person a pronoun means: the latest earlier subject of fitting gender (a name opening its
 * clause, or a quoted speaker) in this or the two paragraphs before, else the nearest fitting name.
 */
function resolvePronoun(
  ctx: Context,
  pronoun: string,
  at: number,
  earlier: Found[],
): Attribution | null {
  const want = pronounGender(pronoun);
  if (!want) return null;
  const { mentions, full } = ctx.names;
  // Start of the paragraph two before the one holding `at` (the first one for anything before it).
  const paraStart =
    ctx.paras[Math.max(0, ctx.paras.filter((p) => p.start <= at).length - 3)]!.start;
  const fits = (key: string): boolean => (genderOf(ctx.names, key) ?? want) === want;
  const before = mentions.filter((m) => m.at < at && fits(m.key));
  const pick = [...before].reverse().find((m) => m.subject && m.at >= paraStart) ?? before.at(-1);
  if (pick) {
    const entry = full.get(pick.key)!;
    return {
      name: entry.form,
      surface: entry.form,
      role: entry.role,
      key: pick.key,
      place: 'carried',
    };
  }
  // No full name in the text: the last named speaker quoted before.
  const named = [...earlier].reverse().find((f) => isCapitalised(f.who?.name))?.who;
  return named ? { ...named, place: 'carried' } : null;
}

/**
 * A two-word speech verb in the masked text, to be written as one word. Built from the lists so a
 * verb is added in one place; "put it" counts only before a comma or colon.
 */
const TWO_WORD_VERB = new RegExp(
  `\\b(?:${TWO_WORD_VERBS.join('|')}|(?:${TWO_WORD_VERBS_BEFORE_PUNCTUATION.join('|')})(?=[,:]))\\b`,
  'g',
);

/** "PENCE: …" on any line of a quotation: a transcript excerpt, nobody's quote. */
const TRANSCRIPT_LABEL = /(?:^|\n)\s*["“]?\p{Lu}[\p{Lu}.'’ -]{1,30}:/u;

/**
 * Words spoken right after a speech verb are a quotation however short or title-like: `shouting
 * "she wins, we lose!"`, `some chanted "USA! USA!"`, `described it as "news to me."`. Not after
 * "told" (`told "Fox and Friends"`: a show) nor a noun (`the report "…"`: a title).
 */
const SAID_BEFORE = new RegExp(
  `(?:(?<![\\p{L}’'-])(?:${SPEECH_VERB}|reading|echoing)|\\b(?:describ|label|dismiss|characteriz|brand)\\w*\\b.{0,40}\\bas)[,:]?\\s*$`,
  'u',
);
const saidRightBefore = (lead: string): boolean =>
  SAID_BEFORE.test(lead) &&
  !/\b(?:told|tell\w*)\s*$/.test(lead) &&
  !/\b(?:the|an?|his|her|their|its|this|whose|\S+['’]s)\s+\S+[,:]?\s*$/i.test(lead);

/**
 * "“…,” JPL scientist and co-author Malaska said": the sentence goes on past the quotation (a
 * comma, or a lowercase word after "…!”") to a speech verb, so it names its own speaker, in a
 * shape no cue reader knows. Carrying the previous speaker there would put a wrong name on it.
 */
function namesItsOwnSpeaker({ text, masked, paras }: Context, q: MarkedQuote): boolean {
  return (
    /^(?:,|.\S?(?:\s*,|\s+\p{Ll}))/u.test(text.slice(q.end - 1)) &&
    hasVerb(masked.slice(q.end, sentenceEnd(masked, q.end, paras[q.lastPara]!.end)))
  );
}

/** Titles of works and shows: a few words, most of them capitalised ("Face the Nation"). */
const isTitle = (words: string[]): boolean =>
  words.length <= 8 && words.filter(isCapitalised).length / words.length > 0.6;

/** Scare quotes and nicknames: too short to be a statement when nobody is said to have said them. */
const isFragment = (text: string, words: string[]): boolean =>
  (words.length < 5 && !/^\s*\p{Lu}.*[.!?]\s*$/su.test(text)) || /^\s*\(.*\)\W*$/.test(text);

export function findQuotes(text: string, options?: QuoteOptions): QuotesResult {
  const paras = splitParagraphs(text);
  const marked = findMarkedQuotes(text, paras);
  // Two-word speech verbs become one word (same length, so offsets hold): "Rubio shot back",
  // "as Milbank put it,".
  const masked = maskQuotes(text, marked).replace(TWO_WORD_VERB, (m) => m.replace(' ', '_'));
  const ctx: Context = { text, masked, paras, names: buildNameTable(text, masked) };
  const found: Found[] = [];
  for (const q of marked) {
    const quoted = text.slice(q.start, q.end);
    // A transcript excerpt, or a headline with its byline ("“Why it matters,” by Ben Sisario"): nobody's quote.
    if (
      TRANSCRIPT_LABEL.test(quoted) ||
      /^[”"]?,?\s+by\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u.test(text.slice(q.end, q.end + 40))
    )
      continue;
    const cue = findCue(ctx, q);
    const who = !cue
      ? continuation(ctx, q, found)
      : PRONOUNS.has(cue.phrase.toLowerCase())
        ? resolvePronoun(ctx, cue.phrase, cue.at, found)
        : describe(ctx, cue);
    const place = cue?.place ?? who?.place;
    // A title is listed only when said: after its cue, carried on, or right after `said,` / `asked:`;
    // never after "on", "with", "titled", "CBS's" ("on CBS's “Face the Nation,” Sanders said").
    const lead = text.slice(0, q.start - 1).slice(-11);
    const said = saidRightBefore(
      masked.slice(Math.max(paras[q.firstPara]!.start, q.start - 81), q.start - 1),
    );
    const words = quoted.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
    if (
      !said &&
      isTitle(words) &&
      (/(?:\b(?:on|with|in|titled|called|named|dubbed)|['’]s)\s*$/.test(lead) ||
        !(
          place === 'after' ||
          place === 'carried' ||
          (place === 'before' && /[,:]\s*$/.test(lead))
        ))
    )
      continue;
    if (!place && !said && isFragment(quoted, words)) continue;
    found.push({ q, who });
  }
  const listed = found.filter(
    ({ q }) => !options?.ignore?.some(([a, b]) => q.start < b && q.end > a),
  );
  return {
    quotes: listed.map(({ q, who }) => ({
      ...quotedWords(text, q),
      speaker: who?.name ?? null,
      role: who?.role ?? null,
    })),
    speakers: speakerList(listed),
  };
}

/**
 * The quoted words and their offsets. "We were lucky," she said: the comma belongs to the sentence
 * around the quote, not to the words. A multi-paragraph quotation repeats its opening mark on each
 * paragraph; the words do not.
 */
function quotedWords(
  text: string,
  { start, end }: MarkedQuote,
): Pick<QuoteSpan, 'text' | 'start' | 'end'> {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end).replace(/(\n\s*)["“„«]/g, '$1'), start, end };
}

/** Each speaker once, in order of first quote, with the names the text used for them. */
function speakerList(listed: Found[]): Speaker[] {
  const speakers = new Map<string, Speaker>();
  for (const { who } of listed) {
    if (!who) continue;
    const id = who.key ?? nameKey(who.name);
    let s = speakers.get(id);
    if (!s) speakers.set(id, (s = { name: who.name, role: who.role, aliases: [], quoteCount: 0 }));
    s.quoteCount++;
    s.role ??= who.role;
    if (!s.aliases.includes(who.surface)) s.aliases.push(who.surface);
  }
  return [...speakers.values()];
}

/**
 * A quotation with no cue of its own continues the previous speaker when the article does so:
 * a quoted sentence right after `"…," X said.` in the same paragraph, or a paragraph that opens
 * with a quotation right after a paragraph whose last quotation was attributed.
 */
function continuation(ctx: Context, q: MarkedQuote, found: Found[]): Attribution | null {
  const prev = found.at(-1);
  if (!prev?.who) return null;
  const { masked, paras } = ctx;
  const para = paras[q.firstPara]!;
  const open = q.start - 1;
  const opensSentence = !masked.slice(sentenceStart(masked, open, para.start), open).trim();
  if (!opensSentence || namesItsOwnSpeaker(ctx, q)) return null;
  // A cue before the previous quote carries on only past a short quote inside its own sentence:
  // "Carson told the AP after hinting that “personnel changes” could come. “…”", not "Pompeo said it
  // would be a “long haul.” “…”" (the seed article leaves that second quote unattributed).
  if (
    prev.q.lastPara === q.firstPara &&
    (prev.who.place !== 'before' || !/[.!?]/.test(ctx.text.slice(prev.q.end - 1, prev.q.end + 2)))
  )
    return { ...prev.who, place: 'carried' };
  const opensParagraph = open <= para.start + 1;
  if (opensParagraph && prev.q.lastPara === q.firstPara - 1)
    return { ...prev.who, place: 'carried' };
  return null;
}

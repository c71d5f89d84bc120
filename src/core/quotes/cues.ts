/**
 * Attribution cues: a speech verb and its subject next to a quotation, read from the sentence that
 * carries it. Works on the masked text (quoted words blanked) so words inside quotations are never
 * mistaken for a cue.
 */
import { MASK } from './sentences.js';
import {
  AUX,
  CLAUSE_WORDS,
  DETERMINERS,
  isCapitalised,
  JOINERS,
  NOT_NAMES,
  PRONOUNS,
  SOURCE_NOUNS,
  SPEECH_VERB,
} from './words.js';

export interface Cue {
  /** The speaker as written: "State Department spokeswoman Heather Nauert", "he", "the official". */
  phrase: string;
  /** Offset of the phrase in the text (pronouns resolve to the nearest fitting name before it). */
  at: number;
  /** A role given beside the name in an appositive: "a professor at …". */
  role: string | null;
  /** Where the cue sits: after the quote, right before it (`X said:`), or elsewhere in the sentence. */
  place: 'after' | 'before' | 'loose';
}

interface Word {
  text: string;
  start: number;
}

// Case matters ("State Department" is no verb); only "Said Ellis:" opens a sentence with one.
const VERB_RE = new RegExp(`(?<![\\p{L}’'-])(?:Said|Says|${SPEECH_VERB})(?![\\p{L}’'-])`, 'gu');

function words(s: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of s.matchAll(/\S+/g)) {
    // A comma left alone by a blanked aside, "Jordan (R-Ohio), a member", joins the word before it.
    if (/^[,;:]$/.test(m[0]) && out.length) out.at(-1)!.text += m[0];
    else out.push({ text: m[0], start: offset + m.index! });
  }
  return out;
}

const joined = (ws: Word[]): string => ws.map((w) => w.text).join(' ');
const bare = (w: string): string => w.replace(/^[("“‘]+|[)"”’.,;:!?]+$/g, '');
const lower = (w: string): string => bare(w).toLowerCase();
/** Auxiliaries and adverbs between a subject and its verb: "Pompeo also said", "she has repeatedly said". */
const isSkippable = (w: string): boolean => AUX.has(w) || /^\p{Ll}+ly$/u.test(w);

/**
 * The subject phrase that ends at the end of `ws` (the words before a speech verb): a pronoun, a
 * name with the role words before it, or a determiner phrase headed by a source noun. An
 * appositive between the subject and the verb ("Yang, a professor at …, said") becomes the role.
 * With `np` (a tight slot) any plain noun phrase will do.
 */
function subjectBefore(ws: Word[], np = false): (Omit<Cue, 'place'> & { from: number }) | null {
  let end = ws.length;
  while (end > 0 && isSkippable(ws[end - 1]!.text)) end--;
  if (end === 0) return null;
  let role: string | null = null;
  let name: Word[] | null = null;
  // Appositives or a relative clause closed by a comma: "Clinton, 35, the daughter of …, said".
  for (let n = 0; n < 3 && end >= 2 && /,$/.test(ws[end - 1]!.text); n++) {
    let open = end - 2;
    while (open >= 0 && !/,$/.test(ws[open]!.text)) open--;
    // A second one only when it is no name: an age, a role ("Clinton, 35, the daughter of …,").
    if (n && (open < 0 || isCapitalised(ws[open + 1]!.text))) break;
    if (open < 0 || end - open > 25) return null;
    const words = ws.slice(open + 1, end);
    const appositive = joined(words).replace(/,$/, '');
    if (isVerb(words[0]!.text)) return null;
    if (!/^(?:who|which)\b/.test(appositive)) role ??= asRole(appositive);
    // "her senior adviser, Jake Sullivan, said": the name in the appositive is the speaker.
    name = words.length < 5 && words.every((w) => isCapitalised(w.text)) ? words : null;
    end = open + 1;
  }
  const head = lower(ws[end - 1]!.text);
  if (PRONOUNS.has(head)) {
    return { phrase: bare(ws[end - 1]!.text), at: ws[end - 1]!.start, role: null, from: end - 1 };
  }
  let start = end;
  let sawName = false;
  while (start > 0 && end - start < 8) {
    const w = ws[start - 1]!.text;
    if (start < end && /[,;:]$/.test(w)) break;
    const l = lower(w);
    if (DETERMINERS.has(l)) {
      start--;
      break;
    }
    if (isCapitalised(w)) {
      // A capitalised sentence word ("However") ends the phrase.
      if (NOT_NAMES.has(l)) break;
      sawName = true;
    } else if (JOINERS.has(l) && sawName && start > 1 && isCapitalised(ws[start - 2]!.text)) {
      // "Joel Pollak of Breitbart": keep walking through the joiner.
    } else if (l === 'and' && sawName && /^\p{Ll}{4}/u.test(ws[start - 2]?.text ?? '')) {
      // Roles joined before a name: "lead researcher and NASA scientist Lucas Paganini said"
      // (a role word, not "she and Rose-Lynn sing").
    } else if (CLAUSE_WORDS.has(l) || !/^[\p{L}’'-]+,?$/u.test(w)) break;
    start--;
  }
  // After "to" a phrase is an object, never the subject: "in a statement to the Observer, …".
  if (start === end || /^to$/i.test(ws[start - 1]?.text ?? '')) return null;
  const phraseWords = ws.slice(start, end);
  const phrase = joined(phraseWords).replace(/[,;:]$/, '');
  // In a tight slot, a plain noun phrase only where it opens its clause ("Roe this week said" is
  // Roe's) and no appositive follows it.
  if (
    !isSpeakerPhrase(
      phrase,
      false,
      np && !role && (!start || /[,”"]$|^(?:as|and)$/i.test(ws[start - 1]!.text)),
    )
  )
    return null;
  if (name && !isCapitalised(bare(phraseWords.at(-1)!.text))) {
    return { phrase: bare(joined(name)), at: name[0]!.start, role: bare(phrase), from: start };
  }
  return { phrase: bare(phrase), at: phraseWords[0]!.start, role, from: start };
}

/**
 * A speaker phrase names someone, or is headed by a source noun ("the official", "a statement").
 * With `np` (a tight slot), any plain noun phrase: a determiner or a possessive, then a noun
 * ("the committee chairmen", "Ryan's office"); with no determiner, a plural ("federal prosecutors").
 */
function isSpeakerPhrase(phrase: string, anyNoun: boolean, np: boolean): boolean {
  const ws = phrase.split(/\s+/).map(bare);
  const head = ws.at(-1)!;
  // Datelines in capitals ("WASHINGTON") and lone sentence words ("Hours") are not speakers.
  if (!/\p{Ll}/u.test(phrase) && phrase.length > 4) return false;
  const l = head.toLowerCase();
  if (isCapitalised(head)) return !NOT_NAMES.has(l) || ws.length > 1;
  return (
    anyNoun ||
    SOURCE_NOUNS.has(l) ||
    (np &&
      ((!!ws[1] && DETERMINERS.has(ws[0]!.toLowerCase())) ||
        /['’]s |[^s]s$/.test(ws[0] + ' ' + head)) &&
      /^\p{Ll}{3,}$/u.test(head))
  );
}

/**
 * An appositive as a role. None for a sentence adverb ("Netanyahu, however, said") or a relative
 * clause that is not "who is …" ("who has run the port for years" says what they did, not who they are).
 */
const asRole = (appositive: string): string | null =>
  NOT_NAMES.has(appositive.toLowerCase()) || /^who\b/.test(appositive) ? null : appositive;

/** A speaker phrase found by reading forward, with the number of words it used. */
type Forward = Omit<Cue, 'place'> & { used: number };

/**
 * The speaker phrase at the start of `ws`: after an inverted verb (`said Yang Moo-jin, a professor
 * …`), after "according to", or opening the words after a quote (`Pompeo, a former …, said`).
 * An appositive that follows the name is read as the role. With `np`, any plain noun phrase.
 */
function subjectAfter(ws: Word[], loose = false, np = false): Forward | null {
  const first = ws[0];
  if (!first) return null;
  if (PRONOUNS.has(lower(first.text)) && bare(first.text) !== 'I') {
    return { phrase: bare(first.text), at: first.start, role: null, used: 1 };
  }
  let end = 0;
  let sawName = false;
  let stoppedOnComma = false;
  while (end < ws.length && end < 8) {
    const w = ws[end]!.text;
    const l = lower(w);
    const cap = isCapitalised(w);
    if (end === 0 && DETERMINERS.has(l)) {
      end++;
      continue;
    }
    if (!cap && CLAUSE_WORDS.has(l)) break;
    // Role words between names continue the phrase: "White House press secretary Josh Earnest";
    // in a tight slot, so do the nouns closing a determiner phrase: "said one Trump confidant" (not "Trump").
    if (
      !cap &&
      !JOINERS.has(l) &&
      sawName &&
      !roleWordsThen(ws, end) &&
      !(loose && roleWordsThen(ws, end, true)) &&
      !(np && DETERMINERS.has(lower(first.text)))
    )
      break;
    // Right after a determiner a speech-verb word is a noun: "the report stated", "a comment".
    if (
      !/^[\p{L}\p{M}\p{N}’'.-]+[,;:.!?]?$/u.test(w) ||
      (!cap && isVerb(w) && !(end === 1 && DETERMINERS.has(lower(first.text))))
    )
      break;
    if (cap) sawName = true;
    end++;
    // "The official indicated …": a source noun ends the phrase unless more of the name follows.
    const next = ws[end]?.text ?? '';
    if (!sawName && SOURCE_NOUNS.has(l) && !isCapitalised(next) && !SOURCE_NOUNS.has(lower(next)))
      break;
    if (/[,;:.!?]$/.test(w) && !/^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u.test(w)) {
      stoppedOnComma = w.endsWith(',');
      break;
    }
  }
  while (end > 0 && JOINERS.has(lower(ws[end - 1]!.text))) end--;
  if (end === 0) return null;
  let phrase = bare(joined(ws.slice(0, end)));
  if (!isSpeakerPhrase(phrase, loose && DETERMINERS.has(lower(first.text)), np)) return null;
  let role: string | null = null;
  let used = end;
  // Appositives run from comma to comma: ", a professor at the University of …,", ", 69,".
  for (let n = 0; stoppedOnComma && n < 3; n++) {
    let close = used;
    while (close < ws.length && close - used < 25 && !/[,.;:]$/.test(ws[close]!.text)) close++;
    const appositive = joined(ws.slice(used, close + 1));
    if (hasVerb(appositive) || close >= ws.length) break;
    // A lowercase appositive ("a professor at …", "who is now a …") is the role.
    if (/^\p{Ll}/u.test(appositive))
      role ??= asRole(appositive.replace(/^who\s+(?:is|was)\s+(?:now\s+)?|[,.;:]$/g, ''));
    // "her campaign manager, Jeff Weaver, said": the name in the appositive is the speaker.
    else if (
      !n &&
      !isCapitalised(phrase.split(' ').pop()!) &&
      /^(?:\p{Lu}\S* ){1,3}\p{Lu}\S*[,.]$/u.test(appositive)
    ) {
      [phrase, role] = [appositive.slice(0, -1), phrase];
    }
    used = close + 1;
    stoppedOnComma = appositive.endsWith(',');
  }
  return { phrase, at: first.start, role, used };
}

/**
 * Whether ws[i…] is up to four lowercase role words and then a capitalised word ("press secretary
 * Josh Earnest") or, `toVerb`, a speech verb ("one Trump campaign source said").
 */
function roleWordsThen(ws: Word[], i: number, toVerb = false): boolean {
  for (let k = i; k < ws.length && k < i + 5; k++) {
    const w = ws[k]!.text;
    if (toVerb ? isVerb(w) : isCapitalised(w)) return k > i;
    if (!/^\p{Ll}+$/u.test(w) || CLAUSE_WORDS.has(w) || isVerb(w) || (!toVerb && /ed$/.test(w)))
      return false;
  }
  return false;
}

const verbsIn = (s: string): RegExpExecArray[] => [...s.matchAll(VERB_RE)] as RegExpExecArray[];
export const hasVerb = (s: string): boolean => verbsIn(s).length > 0;

/**
 * A cue right after the quote: `"…," X said`, `"…," said X`, `"…," X, a professor, said`,
 * `"…," according to X`, `"…" ― X`. `after` is the rest of the sentence (masked), starting at `offset`.
 */
export function cueAfter(after: string, offset: number): Cue | null {
  const lead = /^[\s,;:]*/.exec(after)![0].length;
  let s = after.slice(lead);
  const base = offset + lead;
  if (!s || s.startsWith(MASK) || /^[“"‘]/.test(s)) return null;
  // A signature after a dash: "…" ― Pamela Padilla.
  const dash = /^[—―–-]+\s*/.exec(s);
  if (dash) {
    const found = subjectAfter(words(s.slice(dash[0].length), base + dash[0].length));
    const rest = found && words(s.slice(dash[0].length), 0).slice(found.used);
    if (
      found &&
      isCapitalised(found.phrase) &&
      (!rest?.length || hasVerb(joined(rest.slice(0, 2))))
    ) {
      return { ...found, place: 'after' };
    }
    s = s.slice(dash[0].length);
  }
  const according = /^according to\s+/i.exec(s);
  if (according) {
    const found = subjectAfter(
      words(s.slice(according[0].length), base + according[0].length),
      true,
    );
    return found && { ...found, place: 'after' };
  }
  const ws = words(s, base);
  let i = 0;
  while (i < ws.length && isSkippable(ws[i]!.text)) i++;
  if (i < ws.length && isVerb(ws[i]!.text)) {
    // A finite verb inverted after the quote is followed by its subject: "said one party activist".
    const found = subjectAfter(ws.slice(i + 1), false, !/ing$/.test(ws[i]!.text));
    return found && { ...found, place: 'after' };
  }
  // Right after a quote and before a speech verb, any noun phrase is the speaker: "the band leader said".
  const found = subjectAfter(ws, true);
  // Between the subject (and its appositive) and the verb only auxiliaries and adverbs may stand.
  let j = found?.used ?? 0;
  while (j < ws.length && isSkippable(ws[j]!.text)) j++;
  if (found && j < ws.length && isVerb(ws[j]!.text)) return { ...found, place: 'after' };
  // Else read back from the first verb: "Sanders's campaign manager, Jeff Weaver, said";
  // a noun phrase filling the span before a finite verb is its subject: "federal prosecutors wrote".
  const v = ws.findIndex((w) => isVerb(w.text));
  const back = v > 0 && v < 30 ? subjectBefore(ws.slice(0, v), !/ing$/.test(ws[v]!.text)) : null;
  if (back && !back.from) return { ...back, place: 'after' };
  // An appositive left open before the verb: "Jane Roe, who chairs the board said". A looser cue,
  // so a title or nickname before it is not listed as said ("Butch" Otter, an ally, who … states).
  return v > 0 &&
    found &&
    isCapitalised(found.phrase) &&
    /, (?:who|the|an?|\d+)\b/.test(joined(ws.slice(found.used - 1, found.used + 1)))
    ? { ...found, place: 'loose' }
    : null;
}

const VERB_WORD = new RegExp(`^(?:Said|Says|${SPEECH_VERB})$`);
const isVerb = (w: string): boolean => VERB_WORD.test(bare(w));

/**
 * A cue before the quote in the same sentence: `X said: "…"`, `X told Y "…"`, `according to X, "…"` (or `:`),
 * or a speech verb earlier in the sentence (`Moon said Sunday the "whole world" was watching`).
 */
export function cueBefore(before: string, offset: number): Cue | null {
  const according = /according to\s+([^,:]+)[,:]\s*$/i.exec(before);
  if (according) {
    const found = subjectAfter(
      words(according[1]!, offset + according.index + according[0].indexOf(according[1]!)),
      true,
    );
    if (found) return { ...found, place: 'before' };
  }
  for (const verb of verbsIn(before).reverse()) {
    const tail = before.slice(verb.index + verb[0].length);
    const place = /^(?:\s+[^,:;¤“"]{0,40}?)?\s*[:,]?\s*(?:that\s*)?$/.test(tail)
      ? 'before'
      : 'loose';
    const left = words(before.slice(0, verb.index), offset);
    const participle = /ing$/.test(verb[0]) && /,\s*$/.test(before.slice(0, verb.index));
    // A plain noun phrase before a past-tense verb right before the quote ("the marchers chanted,");
    // a bare stem after a noun is a noun ("his famous demand:").
    let found: Omit<Cue, 'place'> | null = participle
      ? null
      : subjectBefore(left, place === 'before' && /ed$|^(?:said|told|wrote|read)$/.test(verb[0]));
    let k = left.length - 1;
    while (k > 0 && isSkippable(left[k]!.text)) k--;
    if (
      !found &&
      k >= 0 &&
      (participle || /^(?:and|but|then|by|upon|to|as)$/i.test(bare(left[k]!.text)))
    ) {
      // The subject opens the sentence: "The official indicated …, but (later) added:", "he began by saying".
      found = subjectAtStart(left);
    }
    if (found) return { ...found, place };
    // "Trump, speaking in Ohio, said": an unparseable clause; an inverted "said X" before a quote,
    // but not after a participle: in "…, telling Cook, “…”" Cook is who was told.
    const inverted = subjectAfter(words(tail, offset + verb.index + verb[0].length));
    if (inverted && !participle && /^\s*\p{Lu}/u.test(tail) && /[:,]\s*$/.test(before))
      return { ...inverted, place };
  }
  // A colon introduces what the sentence's subject said, whatever the verb: "Cruz called them on it:",
  // or what the name right before it said: "… - Jeffrey M. Jones: “…”".
  const ws = words(before.replace(/:\s*$/, ''), offset);
  const byline = /[-—–]\s*[^-—–:]{3,60}:\s*$/.test(before);
  const subject = /:\s*$/.test(before)
    ? ((byline ? subjectBefore(ws) : null) ?? subjectAtStart(ws))
    : null;
  return subject && { ...subject, place: 'before' };
}

/**
 * The subject phrase opening a sentence, when the sentence starts with one followed by a verb, or
 * a name of two words or more that is the whole sentence ("Rep. Trey Gowdy:").
 */
function subjectAtStart(ws: Word[]): Omit<Cue, 'place'> | null {
  // "Chris Christie (R), a staunch Trump ally, …, saying": a name with an appositive opens the sentence.
  const lead = subjectAfter(ws);
  if (lead?.role && !CLAUSE_WORDS.has(lower(ws[0]!.text))) return lead;
  // "During a speech in Ohio, Trump attacked …": skip the introductory phrase.
  const starts = ws.flatMap((w, i) => (i < 10 && w.text.endsWith(',') ? [i + 1] : []));
  for (const from of [...starts, 0]) {
    const found = subjectAfter(ws.slice(from));
    if (found && (found.used < ws.length - from || found.used > 1)) return found;
  }
  return null;
}

/**
 * Attribution cues: a speech verb and its subject next to a quotation, read from the sentence that
 * carries it (or a signature line after it, or the paragraph before it). Works on the masked text
 * (quoted words blanked) so words inside quotations are never mistaken for a cue.
 */
import type { Article } from './article.js';
import type { MarkedQuote } from './marks.js';
import { MASK } from './sentences.js';
import { subjectAfter, subjectAtStart, subjectBefore, type Subject } from './subject.js';
import {
  bare,
  hasVerb,
  isIngForm,
  isSkippable,
  isVerb,
  joined,
  skipSkippable,
  splitWords,
  verbsIn,
  type Word,
} from './tokens.js';
import { DETERMINERS, FRAMING_STEMS, isCapitalised, PRONOUNS, SPEECH_EVENTS } from './words.js';

export interface Cue extends Subject {
  /** Where the cue sits: after the quote, right before it (`X said:`), or elsewhere near it. */
  place: 'after' | 'before' | 'loose';
}

const placed = (subject: Subject | null, place: Cue['place']): Cue | null =>
  subject && { ...subject, place };

// ---------------------------------------------------------------------------------------------
// The cue of one quotation

/** Finds the cue for one quote: right after it, right before it, or elsewhere in its sentence. */
export function findCue(article: Article, q: MarkedQuote): Cue | null {
  return cueAfterQuote(article, q) ?? signatureOnNextLine(article, q) ?? cueBeforeQuote(article, q);
}

/** Where the words after a quotation start: past its closing mark when it has one. */
const afterQuote = (q: MarkedQuote): number => (q.closed ? q.end + 1 : q.end);

/** A cue in the rest of the quote's sentence, up to the next quotation. */
function cueAfterQuote({ text, masked, paras, sentences }: Article, q: MarkedQuote): Cue | null {
  const from = afterQuote(q);
  const to = sentences.end(from, paras[q.lastPara]!.end);
  // Up to the next opening mark (searched, not split: the rest of a paragraph may be long).
  const rest = masked.slice(from, to);
  const mark = rest.search(/[“"„«]/);
  const after = mark < 0 ? rest : rest.slice(0, mark);
  // A quotation that ends its sentence ("… overlook.” The star then recalled …") has no cue after.
  if (/\.\s*$/.test(text.slice(q.start, q.end)) && /^\s*\p{Lu}/u.test(after)) return null;
  return cueAfter(after, from);
}

/**
 * A quotation that closes its paragraph, signed on the next line: "- Sanders.", "— Pamela
 * Padilla, 45".
 */
function signatureOnNextLine({ masked, paras }: Article, q: MarkedQuote): Cue | null {
  const next = paras[q.lastPara + 1];
  if (!next || /[^\s.,!?”"’]/.test(masked.slice(afterQuote(q), paras[q.lastPara]!.end))) {
    return null;
  }
  const line = masked.slice(next.start, next.end);
  if (line.length >= 120 || !/^\s*[—―–-]/.test(line)) return null;
  const signed = cueAfter(line, next.start);
  return signed && isCapitalised(signed.phrase) ? signed : null;
}

/** A cue before the quote in its sentence or, when the quote opens it, in the paragraph before. */
function cueBeforeQuote(article: Article, q: MarkedQuote): Cue | null {
  const { masked, paras, sentences } = article;
  const open = q.start - 1;
  const from = sentences.start(open, paras[q.firstPara]!.start);
  const before = masked.slice(from, open);
  if (before.trim()) return cueBefore(before, from);
  return cueInParagraphBefore(article, q) ?? cueEndingSentenceBefore(article, q);
}

/** Most words in the clause that ends the sentence before a quote: ", Schiff said." */
const MAX_TAIL_CUE_WORDS = 6;

/**
 * The sentence before the quote, in its paragraph, ends with a short attribution after a comma:
 * "The administration may be reluctant to act, Schiff said. “The other factor …”". The reported
 * speech goes on in the speaker's own words.
 */
function cueEndingSentenceBefore({ masked, paras, sentences }: Article, q: MarkedQuote) {
  const para = paras[q.firstPara]!;
  const from = sentences.start(q.start - 1, para.start);
  if (from <= para.start) return null;
  const prevEnd = masked.slice(0, from).trimEnd().length;
  const prev = masked.slice(sentences.start(prevEnd - 1, para.start), prevEnd);
  const comma = prev.lastIndexOf(',');
  if (!prev.endsWith('.') || comma < 0) return null;
  const tail = prev.slice(comma + 1);
  if (tail.includes(MASK) || splitWords(tail, 0).length > MAX_TAIL_CUE_WORDS) return null;
  return placed(cueAfter(tail, prevEnd - prev.length + comma + 1), 'before');
}

/**
 * The paragraph before introduces this one ("Cruz continued:"), or reports in its last sentence
 * the speech that this paragraph, only a quotation, gives ("Carter said the U.S. would stay.").
 */
function cueInParagraphBefore({ masked, paras, sentences }: Article, q: MarkedQuote): Cue | null {
  const prev = paras[q.firstPara - 1];
  if (!prev || q.start - 1 > paras[q.firstPara]!.start + 1) return null;
  const intro = masked.slice(prev.start, prev.end).trimEnd();
  const introEnd = prev.start + intro.length;
  const from = sentences.start(introEnd - 1, prev.start);
  const cue = cueBefore(masked.slice(from, introEnd), from);
  if (intro.endsWith(':')) return cue;
  const onlyAQuotation = !masked.slice(q.end + 1, paras[q.lastPara]!.end).trim();
  if (cue && intro.endsWith('.') && !/[“"]/.test(intro) && onlyAQuotation) {
    return { ...cue, place: 'loose' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// After a quotation

/**
 * A cue right after the quote: `"…," X said`, `"…," said X`, `"…," X, a professor, said`,
 * `"…," according to X`, `"…" ― X`. `after` is the rest of the sentence (masked), starting at
 * `offset`.
 */
export function cueAfter(after: string, offset: number): Cue | null {
  const lead = /^[\s,;:]*/.exec(after)![0].length;
  let s = after.slice(lead);
  const base = offset + lead;
  // Nothing, or another quotation, follows: no cue here.
  if (!s || s.startsWith(MASK) || /^[“"‘]/.test(s)) return null;
  const dash = /^[—―–-]+\s*/.exec(s);
  if (dash) {
    const signed = signatureAfterDash(s.slice(dash[0].length), base + dash[0].length);
    if (signed) return signed;
    // Read on past the dash. `base` is not moved past it, so the offsets read below come early
    // by the dash's length (they only place a speaker's mention for later pronouns).
    s = s.slice(dash[0].length);
  }
  const according = /^according to\s+/i.exec(s);
  if (according) {
    const rest = s.slice(according[0].length);
    const words = splitWords(rest, base + according[0].length);
    return placed(subjectAfter(words, { sourceSlot: true }), 'after');
  }
  const ws = splitWords(s, base);
  // "“…,” it added": an organisation's words; resolution finds which one.
  if (/^it$/i.test(ws[0]?.text ?? '') && isVerb(ws[skipSkippable(ws, 1)]?.text ?? '')) {
    return { phrase: 'it', at: ws[0]!.start, role: null, place: 'after' };
  }
  const i = skipSkippable(ws, 0);
  // A finite verb inverted after the quote is followed by its subject: "said one party activist".
  if (i < ws.length && isVerb(ws[i]!.text)) {
    const found = subjectAfter(ws.slice(i + 1), { tightSlot: !isIngForm(ws[i]!.text) });
    return placed(found, 'after');
  }
  return subjectThenVerb(ws);
}

/** A signature after a dash: "…" ― Pamela Padilla, alone or followed by its verb. */
function signatureAfterDash(s: string, offset: number): Cue | null {
  const found = subjectAfter(splitWords(s, offset));
  if (!found || !isCapitalised(found.phrase)) return null;
  const rest = splitWords(s, 0).slice(found.used);
  return !rest.length || hasVerb(joined(rest.slice(0, 2))) ? { ...found, place: 'after' } : null;
}

/** `"…," the band leader said`, `"…," Pompeo, a former …, said`: the subject, then its verb. */
function subjectThenVerb(ws: Word[]): Cue | null {
  // Right after a quote and before a speech verb, any noun phrase is the speaker.
  const found = subjectAfter(ws, { sourceSlot: true });
  // Between the subject (and its appositive) and the verb only auxiliaries and adverbs may stand.
  const j = skipSkippable(ws, found?.used ?? 0);
  if (found && j < ws.length && isVerb(ws[j]!.text)) return { ...found, place: 'after' };
  // Else read back from the first verb: "Sanders's campaign manager, Jeff Weaver, said"; a noun
  // phrase filling the span before a finite verb is its subject: "federal prosecutors wrote".
  // (A verb's form after a determiner is a noun: "one of the states suing the EPA, said".)
  const v = ws.findIndex(
    (w, k) => isVerb(w.text) && !DETERMINERS.has(bare(ws[k - 1]?.text ?? '').toLowerCase()),
  );
  const tightSlot = v > 0 && !isIngForm(ws[v]!.text);
  const back = v > 0 && v < 30 ? subjectBefore(ws.slice(0, v), { tightSlot }) : null;
  if (back && !back.from) return { ...back, place: 'after' };
  // An appositive left open before the verb: "Jane Roe, who chairs the board said". A looser cue,
  // so a title or nickname before it is not listed as said ("Butch" Otter, an ally, who … states).
  if (v > 0 && found && isCapitalised(found.phrase) && opensAppositive(ws, found.used)) {
    return { ...found, place: 'loose' };
  }
  return null;
}

/** A comma after the subject opens an appositive: ", who …", ", the …", ", a …", ", 69". */
const opensAppositive = (ws: Word[], used: number): boolean =>
  /, (?:who|the|an?|\d+)\b/.test(joined(ws.slice(used - 1, used + 1)));

// ---------------------------------------------------------------------------------------------
// Before a quotation

/**
 * A cue before the quote in the same sentence: `X said: "…"`, `X told Y "…"`, `according to X,
 * "…"` (or `:`), or a speech verb earlier in the sentence (`Moon said Sunday the "whole world"
 * was watching`).
 */
export function cueBefore(before: string, offset: number): Cue | null {
  const according = accordingToBefore(before, offset);
  if (according) return according;
  // The verb nearest the quote first.
  for (const verb of verbsIn(before).reverse()) {
    const cue = cueAtVerb(before, offset, verb);
    if (cue) return cue;
  }
  return colonCue(before, offset) ?? callingCue(before, offset) ?? speechEventCue(before, offset);
}

/** "In an August speech,", "During a news conference Monday,": the sentence reports speech. */
const SPEECH_EVENT_OPENING = new RegExp(
  String.raw`^\s*(?:In|During)\s+(?:an?|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?` +
    String.raw`(?:${SPEECH_EVENTS.join('|')})\b[^,]{0,40},`,
  'u',
);

/** Most words between a speech event's comma and the quote: a subject, its verb, a few more. */
const MAX_WORDS_AFTER_EVENT = 8;

/**
 * `In an August speech, Senator Hale attacked “the …”`: with the speech event named first, the
 * verb is how the speaker said the words, whatever the verb. Only for a name or a pronoun (the
 * occasion is evidence enough that "Hale" is a speaker, not the scare quotes of "Critics").
 */
function speechEventCue(before: string, offset: number): Cue | null {
  const opening = SPEECH_EVENT_OPENING.exec(before);
  if (!opening) return null;
  const ws = splitWords(before.slice(opening[0].length), offset + opening[0].length);
  if (ws.length > MAX_WORDS_AFTER_EVENT) return null;
  const speaker = subjectAtStart(ws);
  const named =
    speaker && (isCapitalised(speaker.phrase) || PRONOUNS.has(speaker.phrase.toLowerCase()));
  return named ? placed(speaker, 'loose') : null;
}

/** "… called the plan a “…”": naming words, whose caller said them. */
const CALLED_BEFORE = /\bcall(?:ed|s|ing)\s+(?:[\p{L}’'-]+\s+){1,4}$/u;

/**
 * "… described the blast as “…”", "an act that Mayor Hale characterized as “…”": framing words,
 * whose framer said them.
 */
const FRAMED_BEFORE = new RegExp(
  `\\b(?:${FRAMING_STEMS.join('|')})\\w*\\s+(?:[\\p{L}’'-]+\\s+){0,4}?as\\s+(?:an?\\s+|the\\s+)?$`,
  'u',
);

/** "… that " or "… which " before a short clause's subject, up to its verb. */
const RELATIVE_CLAUSE = /\b(?:that|which)\s+(?=(?:\S+\s+){1,5}$)/;

/** "was described as": the framed one is the subject, not who framed it. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+$/;

/**
 * `Senator Hale called the plan a “disaster …”`, `… which Senator Hale described as “…”`: the
 * caller is the speaker.
 */
function callingCue(before: string, offset: number): Cue | null {
  const called = CALLED_BEFORE.exec(before) ?? FRAMED_BEFORE.exec(before);
  if (!called) return null;
  let head = before.slice(0, called.index);
  if (PASSIVE_BEFORE.test(head)) return null;
  // "an explosion that Mayor Hale described as": the caller opens the relative clause.
  const relative = RELATIVE_CLAUSE.exec(head);
  const from = relative ? relative.index + relative[0].length : 0;
  head = head.slice(from);
  const caller = subjectBefore(splitWords(head, offset + from), { tightSlot: true });
  return caller && isNamedCaller(caller.phrase) ? placed(caller, 'before') : null;
}

/**
 * A caller named in full ("Senator Tom Hale") or by a pronoun: the words are theirs. Otherwise
 * ("Others called the plan a “boondoggle”") the marks are scare quotes, nobody's statement.
 */
const isNamedCaller = (phrase: string): boolean =>
  PRONOUNS.has(phrase.toLowerCase()) || (/\s\p{Lu}/u.test(phrase) && isCapitalised(phrase));

/** `according to X, "…"` or `according to X: "…"`. */
function accordingToBefore(before: string, offset: number): Cue | null {
  const according = /according to\s+([^,:]+)[,:]\s*$/i.exec(before);
  if (!according) return null;
  const name = according[1]!;
  const at = offset + according.index + according[0].indexOf(name);
  return placed(subjectAfter(splitWords(name, at), { sourceSlot: true }), 'before');
}

/** The cue a speech verb found in the sentence before the quote gives, if any. */
function cueAtVerb(before: string, offset: number, verb: RegExpExecArray): Cue | null {
  const verbEnd = verb.index + verb[0].length;
  const tail = before.slice(verbEnd);
  const place = verbIntroducesQuote(tail) ? 'before' : 'loose';
  const head = before.slice(0, verb.index);
  const left = splitWords(head, offset);
  // "Trump, speaking in Ohio, said": a participle after a comma has no subject right before it.
  const participle = isIngForm(verb[0]) && /,\s*$/.test(head);
  // A plain noun phrase before a past-tense verb right before the quote ("the marchers chanted,");
  // a bare stem after a noun is a noun ("his famous demand:").
  const tightSlot = place === 'before' && isPastTense(verb[0]);
  // Else the subject opens the sentence: "The official indicated …, but (later) added:".
  const opensSentence = left.length > 0 && (participle || followsConjunction(left));
  const found =
    (participle ? null : subjectBefore(left, { tightSlot })) ??
    (opensSentence ? subjectAtStart(left) : null);
  if (found) return { ...found, place };
  // An inverted "said X" before a quote, but not after a participle: in "…, telling Cook, “…”"
  // Cook is who was told.
  if (participle || !/^\s*\p{Lu}/u.test(tail) || !/[:,]\s*$/.test(before)) return null;
  return placed(subjectAfter(splitWords(tail, offset + verbEnd)), place);
}

/** After the verb, at most a few words ("told reporters") and a colon or comma before the quote. */
const verbIntroducesQuote = (tail: string): boolean =>
  /^(?:\s+[^,:;¤“"]{0,40}?)?\s*[:,]?\s*(?:that\s*)?$/.test(tail);

const isPastTense = (verb: string): boolean => /ed$|^(?:said|told|wrote|read)$/.test(verb);

/**
 * The verb follows a conjunction or preposition (skipping adverbs; `left` is not empty), so its
 * subject opens the sentence: "… , but (later) added:", "he began by saying".
 */
function followsConjunction(left: Word[]): boolean {
  let k = left.length - 1;
  while (k > 0 && isSkippable(left[k]!.text)) k--;
  return /^(?:and|but|then|by|upon|to|as)$/i.test(bare(left[k]!.text));
}

/**
 * A colon introduces what the sentence's subject said, whatever the verb: "Cruz called them on
 * it:", or what the name right before it said: "… - Jeffrey M. Jones: “…”".
 */
function colonCue(before: string, offset: number): Cue | null {
  if (!/:\s*$/.test(before)) return null;
  const ws = splitWords(before.replace(/:\s*$/, ''), offset);
  const byline = /[-—–]\s*[^-—–:]{3,60}:\s*$/.test(before);
  return placed((byline ? subjectBefore(ws) : null) ?? subjectAtStart(ws), 'before');
}

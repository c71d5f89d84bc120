/**
 * Topical coherence: the hard case, a story pasted into the body with no markup at all (a
 * headline-like line and its paragraph). An article keeps coming back to its people, places and
 * vocabulary; a stray story shares almost none of them with the title and the rest of the body.
 *
 * Language-independent: words are compared by their first letters (a crude stem that works for
 * inflected languages), names weigh more than other words, and unspaced scripts (Chinese,
 * Japanese, Thai…) are compared by character pairs. The short list of function words only keeps
 * "that", "with" and their kind from counting as shared vocabulary.
 */
import { linksOffSite, pointsElsewhere } from './links.js';
import {
  wordsIn,
  countWords,
  looksLikeHeadline,
  SENTENCE_END,
  textOf,
  wholeTextIn,
  isHeading,
} from './text.js';

const FUNCTION_WORDS = new Set(
  (
    'that this with from have been were will would could should their there they them then than what when where which while about after before into over under also more most some such only other just very much many said says told like your ours ' +
    'because being does done each even ever here itself make made must never once same since still those through until upon whom whose year years time first last because although between during against among again around another every these both ' +
    'para como pero más sobre esta este esto entre cuando donde desde hasta tiene están fueron será porque según también muito pelo pela mais está foram será isso essa esse quando onde dans avec pour sont plus mais cette leur leurs nous vous elle ' +
    'aussi comme être avait fait dass nicht sich auch eine einer einem einen oder wird wurde sind haben noch nach über unter durch sono della delle degli nella nelle anche come questo questa più dopo essere ' +
    'though'
  ).split(' '),
);

/**
 * The days and months a date names. English capitalises them like names, but every news story
 * has a date: a "Tuesday" that a pasted story and the article both name is no shared topic. A
 * date the rest does not name still counts against the unit, as any word of its own does.
 * Words that are names as often ("March", "Mayo", "Julio", "Domingo") are left out.
 */
const DATE_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february april june july august september october november december ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin juillet août septembre octobre novembre décembre ' +
    'lunes martes miércoles jueves viernes sábado enero febrero marzo abril junio agosto septiembre octubre noviembre diciembre ' +
    'janeiro fevereiro março maio junho julho setembro outubro dezembro ' +
    'lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre'
  ).split(' '),
);

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const STEM_LENGTH = 6;
/** A name counts more than a common word: people and places are what a story is about. */
const NAME_WEIGHT = 3;

export type Terms = Map<string, number>;

function addTerm(terms: Terms, term: string, weight: number): void {
  terms.set(term, Math.max(terms.get(term) ?? 0, weight));
}

const SURROGATE = /[\uD800-\uDFFF]/;
/** Characters, not UTF-16 units: a letter outside the first plane is one character. */
const characterCount = (word: string): number =>
  SURROGATE.test(word) ? [...word].length : word.length;
/** A word's first STEM_LENGTH characters: the crude stem words are compared by. */
const stemOf = (word: string): string =>
  SURROGATE.test(word) ? [...word].slice(0, STEM_LENGTH).join('') : word.slice(0, STEM_LENGTH);

/** A sentence starts at `index`: the text's start, or an end mark (and spaces) just before. */
const startsSentence = (text: string, index: number): boolean =>
  index === 0 || /[.!?:"“«]\s*$/.test(text.slice(Math.max(0, index - 3), index));

/** The days and months as the stems terms are kept by ("tuesda", "octobe"). */
const DATE_STEMS = new Set([...DATE_WORDS].map(stemOf));

/** Share of a line's content words that must be capitalised for it to be set in title case. */
const TITLE_CASE_SHARE = 0.7;
/** A headline is this long at most (words); a longer line is running text. */
const MAX_TITLE_WORDS = 22;

/** A word that may be a topic: long enough, and not a function word or a day or month. */
const isContentWord = (word: string): boolean =>
  characterCount(word) >= 4 &&
  !FUNCTION_WORDS.has(word.toLowerCase()) &&
  !DATE_WORDS.has(word.toLowerCase());

/**
 * A headline set in title case ("Three Cases of Plague Diagnosed in China"): its runs of
 * capitals are the style, not full names. Running text capitalises only names (and, in German,
 * nouns), so a paragraph's content words never reach this share; a line that ends on a full
 * stop is a sentence ("Ministers met Hansen on Tuesday.").
 */
function isTitleCase(text: string): boolean {
  if (countWords(text) > MAX_TITLE_WORDS || /\.\s*$/.test(text)) return false;
  const words = text.match(WORD)?.filter(isContentWord) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalised >= words.length * TITLE_CASE_SHARE;
}

/** The weighted content terms of a text. */
export function termsOf(text: string): Terms {
  const terms: Terms = new Map();
  // Most texts hold no unspaced script: one test of the text spares one per word.
  const unspaced = UNSPACED.test(text);
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (unspaced && UNSPACED.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) addTerm(terms, word.slice(i, i + 2), 1);
      continue;
    }
    const lower = word.toLowerCase();
    if (characterCount(lower) < 4 || FUNCTION_WORDS.has(lower) || /^\d+$/.test(lower)) continue;
    // A capitalised word inside a sentence is a name; only then does the sentence's start matter.
    const isName = /^\p{Lu}/u.test(word) && !startsSentence(text, match.index);
    addTerm(terms, stemOf(lower), isName ? NAME_WEIGHT : 1);
  }
  return terms;
}

/**
 * Weighted share of `unit`'s terms that the rest of the article also uses (1 = all of them). A
 * term the rest uses once counts half: a story's own words recur, a chance match does not.
 */
export function overlap(unit: Terms, rest: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [term, weight] of unit) {
    total += weight;
    shared += weight * Math.min(1, (rest.get(term) ?? 0) / 2);
  }
  return total ? shared / total : 1;
}

/**
 * Below this share of shared vocabulary a unit is a different story. Real paragraphs, even short
 * quotes, share a name or a topic word with the rest far more often than this.
 */
const UNRELATED_BELOW = 0.15;
/** A unit in a teaser's form (see `hasTeaserForm`) is judged less strictly. */
const TEASER_UNRELATED_BELOW = 0.3;
/** This many strays among the sections means the page is a list of separate items. */
const MAX_STRAYS = 2;
/** Too few terms to judge: a one-line quote or a caption stays. */
const MIN_TERMS = 6;
/**
 * A story is pasted into a story: with fewer words than this around it, the "rest" is a short
 * post whose lines (a caption, a closing remark) share few words by chance, not a host.
 */
const MIN_HOST_WORDS = 80;

/** A note marked as one: "*Interview: …", "¹ Source: …", "† Died 2019". */
const isFootnote = (text: string): boolean => /^[*†‡¹²³]/u.test(text);

/**
 * Ways of writing a time of day: "13 Uhr", "15.30 Uhr", "14:00", "2 p.m.", "14h30", "godz. 13".
 * Headlines rarely give the hour; a programme's lines do.
 */
const TIME_OF_DAY = [
  /\b\d{1,2}(?:[.:]\d{2})?\s?Uhr\b/u,
  /\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?(?!\p{L})/iu,
  /\b\d{1,2}:\d{2}\b/u,
  /\b\d{1,2}\s?h\s?\d{2}\b/u,
  /\bgodz\.\s?\d/u,
];

/**
 * A line that names the hour ("14 Uhr auf dem Marktplatz", "Abschluss um 15.30 Uhr"): a stop
 * in the story's own programme, set in bold over who speaks there, not another story's headline.
 */
const isScheduleLine = (text: string): boolean => TIME_OF_DAY.some((pattern) => pattern.test(text));

/** A line set apart like a headline: a heading, a bold or linked line, or a capitalised title. */
function isHeadlineLine(block: Element): boolean {
  // A heading is set apart whatever it ends on ("Why you shouldn't worry."); a bold line that
  // ends on a stop is a sentence set in bold for emphasis.
  const text = isHeading(block) ? textOf(block).replace(/\.$/, '') : textOf(block);
  // "Q: …", "A: …" open an interview turn; "Tested by: … Price: …" is a fact line. Headlines
  // have one label at most ("Analysis: …"). A line opening on an asterisk is the note a mark in
  // the text points to ("*Interview: …"), the story's own footnote.
  if (
    !looksLikeHeadline(text) ||
    isFootnote(text) ||
    isScheduleLine(text) ||
    /[.]$/.test(text) ||
    /^\p{L}{1,2}\s?[:.]\s/u.test(text) ||
    /^\d+\s?[.)]\s/.test(text) ||
    (text.match(/:/g)?.length ?? 0) >= 2
  )
    return false;
  if (isHeading(block) || wholeTextIn(block, 'strong, b, a, em')) return true;
  const words = text.split(/\s+/).filter((w) => [...w].length >= 4);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised >= words.length * 0.7 && !SENTENCE_END.test(text);
}

/** A paragraph that opens with a bold or linked headline, then runs on: a teaser written inline. */
function opensWithHeadline(block: Element): boolean {
  const first = block.firstElementChild;
  if (!first || !/^(?:strong|b|a)$/.test(first.localName)) return false;
  const before = (block.textContent ?? '')
    .slice(0, (block.textContent ?? '').indexOf(first.textContent ?? ''))
    .trim();
  if (before) return false;
  const lead = textOf(first);
  return countWords(lead) >= 4 && countWords(textOf(block)) > countWords(lead) + 5;
}

const wordsOf = (blocks: Element[]): number => blocks.reduce((n, block) => n + wordsIn(block), 0);

/** The block's first element is (or holds) a link to another page of the site. */
function leadLinksAway(block: Element, pageUrl: string | null): boolean {
  const lead = block.firstElementChild;
  if (!lead) return false;
  const link = lead.localName === 'a' ? lead : lead.querySelector('a');
  return link !== null && pointsElsewhere(link, pageUrl);
}

interface Unit {
  blocks: Element[];
  /** The headline links to another page of the site: a pointer away, whatever its words. */
  linksAway: boolean;
}

/**
 * The unit's text stops mid-sentence on an ellipsis ("…the overall…"): a blurb cut to fit a
 * teaser, which points away like a linked headline. A story's paragraph ends its sentence.
 */
function isCutBlurb(unit: Unit): boolean {
  const last = unit.blocks[unit.blocks.length - 1];
  return last !== undefined && /\p{L}\s*(?:…|\.\.\.)$/u.test(textOf(last));
}

/** Agencies a dateline names after a place written in small letters ("Berlin (dpa) –"). */
const AGENCIES = ['AP', 'AFP', 'dpa', 'Reuters', 'KNA', 'epd', 'SID', 'APA', 'sda', 'ANSA', 'EFE'];

/**
 * A wire story's dateline: a place in capitals, perhaps its state and the agency, then a dash
 * ("HAYWARD, Calif. (AP) —", "NEW YORK —"), or a place and an agency ("Berlin (dpa) –").
 */
const DATELINES = [
  /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,\s[\p{L}\p{N}.]+(?:\s[\p{L}\p{N}.,]+){0,2})?(?:\s\([\p{L}\s]{2,20}\))?\s?[—–-]\s/u,
  new RegExp(
    `^\\p{Lu}\\p{L}+(?:[ -]\\p{L}+){0,2}\\s\\((?:${AGENCIES.join('|')})\\)\\s?[—–-]\\s`,
    'u',
  ),
];

/**
 * The paragraph under the headline opens on a dateline. A wire story gives its place and agency
 * once, at the head of its first paragraph: under a headline in the middle of an article, that is
 * the first paragraph of another story.
 */
function opensOnDateline(unit: Unit): boolean {
  const paragraph = unit.blocks[1];
  return paragraph !== undefined && DATELINES.some((dateline) => dateline.test(textOf(paragraph)));
}

/**
 * The unit has a teaser's form: its headline links to another page of the site, its blurb is cut
 * on "…", its headline runs into the blurb in one paragraph (a card flattened into a line:
 * "<b>Hunter catches plague from rabbit</b> A case of…"), or its paragraph opens on a dateline.
 * The story's own lead-ins end on a colon or a stop, or run on into their sentence; the story's
 * sections set their headings apart, and its dateline heads its first paragraph only.
 */
function hasTeaserForm(unit: Unit): boolean {
  const [first] = unit.blocks;
  return (
    unit.linksAway ||
    isCutBlurb(unit) ||
    opensOnDateline(unit) ||
    (unit.blocks.length === 1 && first !== undefined && opensOnRunInHeadline(first))
  );
}

/** The paragraph opens on a link to another site: it introduces that company or source, a reference of the story. */
function opensOnLinkOut(block: Element, pageUrl: string | null): boolean {
  const first = block.firstElementChild;
  if (!first || !(block.textContent ?? '').trimStart().startsWith((first.textContent ?? '').trim()))
    return false;
  const link = first.localName === 'a' ? first : first.querySelector('a');
  return link !== null && textOf(link) !== '' && linkGoesOut(link, pageUrl);
}

function linkGoesOut(a: Element, pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  try {
    return (
      new URL(a.getAttribute('href') ?? '', pageUrl).hostname.replace(/^www\d?\./, '') !==
      new URL(pageUrl).hostname.replace(/^www\d?\./, '')
    );
  } catch {
    return false;
  }
}

/** The paragraph opens on a bold run and goes on: "<b>Groupe LAPS</b> (France) produces…". */
function opensBold(block: Element): boolean {
  const first = block.firstElementChild;
  if (!first || !/^(?:strong|b)$/.test(first.localName)) return false;
  const lead = textOf(first);
  const text = textOf(block);
  return lead !== '' && text.startsWith(lead) && countWords(text) > countWords(lead) + 5;
}

/** Paragraphs opening on a bold run, this many at least, are the entries of a list. */
const MIN_ENTRIES = 3;
/** A headline has this many words at least; a shorter bold lead is a name or a label. */
const MIN_HEADLINE_WORDS = 4;

/**
 * The paragraph opens on a bold headline that stands on its own: four words or more, no stop or
 * colon after them, and a new sentence after it ("<b>Hunter catches plague from rabbit</b> A
 * case of…"). An entry's bold name runs on into its sentence ("(France) produces…"), and a
 * label ends on a colon or a stop.
 */
function opensOnRunInHeadline(block: Element): boolean {
  if (!opensBold(block)) return false;
  const lead = textOf(block.firstElementChild!);
  const after = textOf(block).slice(lead.length).trimStart();
  return (
    countWords(lead) >= MIN_HEADLINE_WORDS &&
    !/[.:;,!?–—-]$/u.test(lead) &&
    /^[\p{Lu}\p{N}"“„«‘']/u.test(after)
  );
}

/** The candidate units: a headline line with the paragraph it heads, or an inline-headline teaser. */
function candidateUnits(blocks: Element[], pageUrl: string | null): Unit[] {
  const units: Unit[] = [];
  const inlineHeadline = blocks.map(opensWithHeadline);
  // Paragraphs that each open on a bold name are the entries of a list in the story (artists,
  // products, places): they differ from each other by design.
  const entries = blocks.filter(opensBold);
  // Entries share their form. A run-in headline ("<b>Hunter catches plague</b> A case of…")
  // among entries that open on a name or a label ("<b>Groupe LAPS</b> (France) produces…",
  // "<b>Palm Bay (1-0):</b> Davis 17 points") is a story pasted between them; among entries
  // that mostly are run-in headlines too, it is one item of a digest.
  const runInHeadlines = entries.filter(opensOnRunInHeadline).length;
  const isEntry = (block: Element): boolean =>
    entries.length >= MIN_ENTRIES &&
    (!opensOnRunInHeadline(block) || runInHeadlines - 1 >= (entries.length - 1) / 2);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (inlineHeadline[i] && !linksOffSite(block, pageUrl)) {
      const linksAway = leadLinksAway(block, pageUrl);
      if (!linksAway && isEntry(block)) continue;
      units.push({ blocks: [block], linksAway });
      continue;
    }
    const next = blocks[i + 1];
    // A headline that links out to another site names a product or a source, not a story. A
    // short question and the paragraph under it are a section of an explainer ("How is it
    // played?"); a headline before any prose is the article's own heading and lead. A paragraph
    // that opens on a run-in headline of its own is a unit by itself, not the text under this
    // line: paired, a section's heading would be judged by a teaser set between it and its text.
    // (An entry's bold name or label, "<b>Melbourne (3-0):</b> …", is the text under it.)
    if (
      !next ||
      !isHeadlineLine(block) ||
      (/\?\s*$/.test(textOf(block)) && countWords(textOf(block)) <= MAX_SECTION_QUESTION) ||
      !blocks.slice(0, i).some((before) => countWords(textOf(before)) >= 20) ||
      linksOffSite(block, pageUrl) ||
      opensOnLinkOut(next, pageUrl) ||
      countWords(textOf(next)) < 10 ||
      isHeadlineLine(next) ||
      opensOnRunInHeadline(next)
    )
      continue;
    units.push({ blocks: [block, next], linksAway: leadLinksAway(block, pageUrl) });
  }
  return units;
}

/** A question this short (words) heads a section of the article, not another story. */
const MAX_SECTION_QUESTION = 6;
/** Shorter stems are too common inside other words to count as a compound's part. */
const MIN_COMPOUND_PART = 5;

/** How many blocks use each term, so "the rest of the article" is a subtraction away. */
class ArticleVocabulary {
  private readonly perBlock = new Map<Element, Terms>();
  private readonly blockCount = new Map<string, number>();
  private readonly titleTerms: Set<string>;

  private readonly blocks: Element[];
  private readonly title: string;

  constructor(title: string | null, blocks: Element[]) {
    this.blocks = blocks;
    this.title = title ?? '';
    this.titleTerms = new Set(termsOf(title ?? '').keys());
    for (const block of blocks) {
      const terms = termsOf(textOf(block));
      this.perBlock.set(block, terms);
      for (const term of terms.keys())
        this.blockCount.set(term, (this.blockCount.get(term) ?? 0) + 1);
    }
  }

  /** The title and every block outside the unit, lower-cased, for compound look-ups. */
  private restText(unit: Element[]): string {
    return [this.title, ...this.blocks.filter((b) => !unit.includes(b)).map(textOf)]
      .join(' ')
      .toLowerCase();
  }

  /**
   * The unit's terms, and how many blocks outside it use each (the title counts as two). A term
   * no block outside uses as a word may still sit inside a compound there ("Kiste" in the
   * title's "Wurmkiste"): that counts as one use.
   */
  split(unit: Element[]): { terms: Terms; rest: Map<string, number> } {
    const terms: Terms = new Map();
    const inside = new Map<string, number>();
    for (const block of unit) {
      for (const [term, weight] of this.perBlock.get(block) ?? []) {
        addTerm(terms, term, weight);
        inside.set(term, (inside.get(term) ?? 0) + 1);
      }
    }
    const rest = new Map<string, number>();
    let restText: string | null = null;
    for (const term of terms.keys()) {
      let uses =
        (this.titleTerms.has(term) ? 2 : 0) +
        (this.blockCount.get(term) ?? 0) -
        (inside.get(term) ?? 0);
      // The rest's date is no share in the unit's topic (see DATE_WORDS).
      if (DATE_STEMS.has(term)) uses = 0;
      else if (uses === 0 && [...term].length >= MIN_COMPOUND_PART) {
        restText ??= this.restText(unit);
        if (restText.includes(term)) uses = 1;
      }
      rest.set(term, uses);
    }
    for (const term of this.namesOfOthers(unit, terms, rest)) rest.set(term, 0);
    return { terms, rest };
  }

  /**
   * Names the rest shares with the unit only by chance: the unit's "Taylor Swift" and the rest's
   * "Martin Taylor" are two people. A story comes back to its people by a part of their full name
   * ("Taylor", "Swift"); when the unit's name holds a word the rest writes in another full name,
   * and the rest never writes the unit's other words, the unit is about someone else.
   */
  private namesOfOthers(unit: Element[], terms: Terms, rest: Map<string, number>): string[] {
    const shared = [...terms].filter(([term, weight]) => weight > 1 && rest.get(term)! > 0);
    if (!shared.length) return [];
    const unitNames = unit.flatMap((block) => fullNamesOf(textOf(block)));
    if (!unitNames.length) return [];
    const others = this.blocks.filter((block) => !unit.includes(block));
    const restNames = [this.title, ...others.map(textOf)].flatMap(fullNamesOf);
    const restText = this.restText(unit);
    return shared
      .map(([term]) => term)
      .filter((term) => {
        // Short parts ("Li", "de", "AMA") sit inside too many other words to look up.
        const partners = unitNames
          .filter((name) => name.includes(term))
          .flatMap((name) => name.filter((part) => part !== term && characterCount(part) >= 4));
        return (
          partners.length > 0 &&
          !partners.some((part) => restText.includes(part)) &&
          restNames.some((name) => name.includes(term))
        );
      });
  }
}

/** Two capitalised words or more in a row: a full name ("Taylor Swift", "Martin Taylor"). */
const FULL_NAME = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)+/gu;

/**
 * The full names a text writes, each as the stems of its words ("Swift's" as "swift"). A title
 * set in title case capitalises every word: its runs of capitals are no names.
 */
function fullNamesOf(text: string): string[][] {
  if (isTitleCase(text)) return [];
  return [...text.matchAll(FULL_NAME)].map((match) =>
    match[0].split(/\s/).map((word) => stemOf(word.toLowerCase().replace(/['’]s?$/u, ''))),
  );
}

/**
 * Blocks that tell another story. `blocks` are the article's kept leaf blocks in order; the
 * result holds each headline with its paragraph.
 */
export function unrelatedStories(
  blocks: Element[],
  title: string | null,
  pageUrl: string | null,
): Element[] {
  const units = candidateUnits(blocks, pageUrl);
  if (!units.length) return [];
  const vocabulary = new ArticleVocabulary(title, blocks);
  const totalWords = wordsOf(blocks);
  const stray = units.filter((unit) => {
    // A stray is a small part of the page; a unit as big as the rest is the story itself.
    const host = totalWords - wordsOf(unit.blocks);
    if (wordsOf(unit.blocks) * 2 > host || host < MIN_HOST_WORDS) return false;
    const { terms, rest } = vocabulary.split(unit.blocks);
    return (
      terms.size >= MIN_TERMS &&
      overlap(terms, rest) < (hasTeaserForm(unit) ? TEASER_UNRELATED_BELOW : UNRELATED_BELOW)
    );
  });
  // A page of many separate items (a deals list, a news digest, match results) is made of
  // sections that share little with each other by design: there, no section is a stray.
  if (stray.length >= MAX_STRAYS && units.length >= 3 && stray.length > units.length * 0.3)
    return [];
  return stray.flatMap((unit) => unit.blocks);
}

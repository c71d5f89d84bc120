/**
 * The small word lists the rules read. Kept as compact strings: the whole quote engine has an
 * 8 KB gzipped budget, and these lists are most of its bytes.
 */

/** Starts with a capital letter: a name, a title or a sentence start. */
export const isCapitalised = (w = ''): boolean => /^\p{Lu}/u.test(w);

const set = (...lists: string[]): Set<string> => new Set(lists.join(' ').split(' '));

/**
 * Speech verbs in every tense, built from stems: regular stems take -s/-ed/-ing, stems of verbs in
 * -e take -e/-es/-ed/-ing, stems of verbs in -y take -y/-ies/-ied/-ying; irregular forms are listed.
 */
const REGULAR =
  'say tell add ask insist warn explain tweet claim answer remark comment retort recall boast complain demand thunder wonder post counter point stress chant shout yell whisper caution suggest predict assert report repeat bark mock respond remember exhort proclaim riff';
const E_VERBS =
  'not stat declar continu observ mus fum assur elaborat announc conced acknowledg jok argu conclud reiterat writ urg charg opin surmis emphasiz relat agre';
const Y_VERBS = 'repl testif cr';
const IRREGULAR =
  'said told wrote written admit admits admitted admitting quip quipped quips sang sing sings singing snapped read reads interjected exclaimed recounted lamented scoffed pleaded gushed sighed laughed beamed vowed pressed confessed shot_back fired_back hit_back went_on cut_in chimed_in put_it puts_it questioned reacted';

/** Matches one speech verb as a whole word (use inside \b…\b). */
export const SPEECH_VERB =
  `${IRREGULAR} ${REGULAR.replace(/\S+/g, '$&(?:s|ed|ing)?')} ${E_VERBS.replace(/\S+/g, '$&(?:e|es|ed|ing)')} ${Y_VERBS.replace(/\S+/g, '$&(?:y|ies|ied|ying)')}`.replaceAll(
    ' ',
    '|',
  );

/** Words that sit between a subject and its verb: "Pompeo also said" (adverbs in -ly are read by their ending). */
export const AUX = set(
  'has had have was is would will could did does also later then earlier still again first once further just never often',
);

/** Lowercase particles inside a name: "Joel Pollak of Breitbart", "Charles de Gaulle". */
export const JOINER_WORDS = 'of de van von al bin la le du da der del dos di';
export const JOINERS = set(JOINER_WORDS);

/** Titles that only people carry: a name written after one is a person's. */
const PERSON_TITLE_WORDS =
  'mr mrs ms miss dr sen rep gov governor senator president chairman secretary judge mayor gen prof rev chancellor minister ceo co-ceo';
export const PERSON_TITLES = set(PERSON_TITLE_WORDS);

/** Titles written before a name; they become the role, not part of the name. */
export const TITLES = set(
  PERSON_TITLE_WORDS,
  'representative vice professor general chairwoman chair justice lt col sgt capt adm ambassador prime king queen prince pope sheriff candidate nominee leader chief speaker gop democrat republican former state us u.s attorney administrator superintendent commissioner',
);

/** "Sen." → "sen": how a word is looked up in the title lists. */
export const titleWord = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Words that open or join clauses: never part of a name, and where a subject phrase ends. */
const GLUE =
  'but and or so when while if as at in on for to from by with after before here there this that these those it its says said what why how where who not no yes since until';

/** Capitalised words that start sentences but are not names. */
export const NOT_NAMES = set(
  GLUE,
  'yet of also later then earlier still however meanwhile asked he she they we i the a an his her their our my today yesterday tomorrow last next monday tuesday wednesday thursday friday saturday sunday according even now well during following despite like unlike regarding',
);

/** Nouns that make a lowercase phrase a speaker: "the official", "a senior diplomat", "a statement". */
export const SOURCE_NOUNS = set(
  'official officials source sources spokesman spokeswoman spokesperson aide aides statement report release memo letter diplomat adviser advisor analyst expert ministry officer lawmaker lawmakers senator president chairman secretary candidate nominee leader director manager strategist attorney lawyer person people friend man woman critics critic supporters voters organizers organization department committee campaign agency administration group company magazine network post firm paper newspaper website poll survey study document filing email tweet blog author spokesmen note',
);

/** Words that end a subject phrase when walking back from the verb: clause and sentence glue. */
export const CLAUSE_WORDS = set(
  GLUE,
  'which whom whose because although though unless than nor has had have was is are were be been being do did does into about over under it’s told',
);

export const PRONOUNS = set('he she they we i');
export const DETERMINERS = set(
  'the a an his her their our this that these those its another one two three several some many both',
);

/** First words of place names ("North Carolina", "San Diego"): such a run is no person's name. */
export const PLACE_WORDS = set('north south east west new united san los las saint great middle');

/** Nouns that head an organisation's name: a name ending in one is not a person's. */
export const ORG_WORDS = set(
  'house party department committee campaign agency administration group company magazine network post foundation university college institute center centre council news times journal press association union office court senate congress commission bureau service inc corp fund coalition project church school city state county board league club daily review tribune herald',
);

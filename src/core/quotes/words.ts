/**
 * The word lists the quote rules read, one word per entry so a change shows as one line in a
 * diff. Each list becomes a Set (or a regex source) once, when the module loads. The lists are
 * grouped on lines by theme, so Prettier is told to leave them alone.
 */

/** Starts with a capital letter: a name, a title or a sentence start. */
export const isCapitalised = (w = ''): boolean => /^\p{Lu}/u.test(w);

/** "Sen." → "sen": how a word is looked up in the title lists. */
export const titleWord = (w: string): string => w.toLowerCase().replace(/\.$/, '');

// ---------------------------------------------------------------------------------------------
// Speech verbs

/** Speech verbs that take -s, -ed and -ing as they are: "say", "says", "sayed", "saying". */
// prettier-ignore
const REGULAR_VERBS = [
  'say', 'tell', 'add', 'ask', 'insist', 'warn', 'explain', 'tweet', 'claim', 'answer', 'remark',
  'comment', 'retort', 'recall', 'boast', 'complain', 'demand', 'thunder', 'wonder', 'post',
  'counter', 'point', 'stress', 'chant', 'shout', 'yell', 'whisper', 'caution', 'suggest',
  'predict', 'assert', 'report', 'repeat', 'bark', 'mock', 'respond', 'remember', 'exhort',
  'proclaim', 'riff', 'order',
];

/** Speech verbs ending in -e: the -e drops before -ed and -ing ("note", "noted", "noting"). */
// prettier-ignore
const E_VERBS = [
  'note', 'state', 'declare', 'continue', 'observe', 'muse', 'fume', 'assure', 'elaborate',
  'announce', 'concede', 'acknowledge', 'joke', 'argue', 'conclude', 'reiterate', 'write', 'urge',
  'charge', 'opine', 'surmise', 'emphasize', 'relate', 'agree',
];

/** Speech verbs ending in -y: "reply", "replies", "replied", "replying". */
const Y_VERBS = ['reply', 'testify', 'cry'];

/**
 * Speech verbs of two words. Before the cues are read they are written with an underscore
 * ("shot_back"), same length so offsets hold, and then read as one word: "Rubio shot back".
 */
export const TWO_WORD_VERBS = [
  'shot back',
  'fired back',
  'hit back',
  'went on',
  'cut in',
  'chimed in',
  'weighed in',
  'weighs in',
  'weighing in',
];

/** Two-word verbs that are speech only before a comma or colon: "as Milbank put it," */
export const TWO_WORD_VERBS_BEFORE_PUNCTUATION = ['put it', 'puts it'];

/** Irregular forms, and forms the stem rules above do not make. */
// prettier-ignore
const IRREGULAR_VERBS = [
  'said', 'told', 'wrote', 'written', 'admit', 'admits', 'admitted', 'admitting', 'quip',
  'quipped', 'quips', 'sang', 'sing', 'sings', 'singing', 'snapped', 'read', 'reads',
  'interjected', 'exclaimed', 'recounted', 'lamented', 'scoffed', 'pleaded', 'gushed', 'sighed',
  'laughed', 'beamed', 'vowed', 'pressed', 'confessed',
  ...[...TWO_WORD_VERBS, ...TWO_WORD_VERBS_BEFORE_PUNCTUATION].map((v) => v.replace(' ', '_')),
  'questioned', 'reacted',
];

/** Words that quote without being speech verbs: `reading "…"`, `echoing "…"`. */
export const QUOTING_WORDS = ['reading', 'echoing'];

/**
 * Stems of verbs that frame words as somebody's when "as" follows: `described it as "news to me"`,
 * `labelled them "deplorables"`. Stems, so every ending matches.
 */
export const FRAMING_STEMS = ['describ', 'label', 'dismiss', 'characteriz', 'brand'];

/** Occasions of speech: "In an August speech," makes the sentence's verb a way of saying. */
// prettier-ignore
export const SPEECH_EVENTS = [
  'speech', 'statement', 'interview', 'tweet', 'letter', 'op-ed', 'address', 'remarks',
  'news conference', 'press conference', 'radio interview', 'television interview',
];

/** A stem without its last letter: "note" → "not", "reply" → "repl". */
const stem = (verb: string): string => verb.slice(0, -1);

/**
 * Matches one speech verb in any tense (use it between word boundaries). A regex and not a Set
 * because the cue rules search sentences for verbs, and the forms are many: each stem is written
 * once with its endings as an alternation.
 */
export const SPEECH_VERB = [
  ...IRREGULAR_VERBS,
  ...REGULAR_VERBS.map((v) => `${v}(?:s|ed|ing)?`),
  ...E_VERBS.map((v) => `${stem(v)}(?:e|es|ed|ing)`),
  ...Y_VERBS.map((v) => `${stem(v)}(?:y|ies|ied|ying)`),
].join('|');

// ---------------------------------------------------------------------------------------------
// Abbreviations

/** Abbreviations written with a period inside a name: "Sen. Tom Carper", "Martin King Jr.". */
export const NAME_ABBREVIATIONS = ['Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Jr', 'St'];

/** Abbreviations whose period does not end a sentence. */
// prettier-ignore
export const ABBREVIATIONS = [
  ...NAME_ABBREVIATIONS,
  'Lt', 'Col', 'Sgt', 'Capt', 'Maj', 'Adm', 'Del', 'Prof', 'Rev', 'Sr',
  'Inc', 'Corp', 'Co', 'No', 'vs',
  'Jan', 'Feb', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

// ---------------------------------------------------------------------------------------------
// Around a subject

/**
 * Words that sit between a subject and its verb: "Pompeo also said" (adverbs in -ly are read by
 * their ending).
 */
// prettier-ignore
export const AUX = new Set([
  'has', 'had', 'have', 'was', 'is', 'would', 'will', 'could', 'did', 'does',
  'also', 'later', 'then', 'earlier', 'still', 'again', 'first', 'once', 'further', 'just',
  'never', 'often',
]);

/** Lowercase particles inside a name: "Joel Pollak of Breitbart", "Charles de Gaulle". */
// prettier-ignore
export const JOINER_WORDS = [
  'of', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'da', 'der', 'del', 'dos', 'di',
];
export const JOINERS = new Set(JOINER_WORDS);

/** Titles that only people carry: a name written after one is a person's. */
// prettier-ignore
const PERSON_TITLE_WORDS = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'rep', 'gov', 'governor', 'senator', 'president',
  'chairman', 'secretary', 'judge', 'mayor', 'gen', 'prof', 'rev', 'chancellor', 'minister',
  'ceo', 'co-ceo',
];
export const PERSON_TITLES = new Set(PERSON_TITLE_WORDS);

/** Titles written before a name; they become the role, not part of the name. */
// prettier-ignore
export const TITLES = new Set([
  ...PERSON_TITLE_WORDS,
  'representative', 'vice', 'professor', 'general', 'chairwoman', 'chair', 'justice',
  'lt', 'col', 'sgt', 'capt', 'adm',
  'ambassador', 'prime', 'king', 'queen', 'prince', 'pope', 'sheriff',
  'candidate', 'nominee', 'leader', 'chief', 'speaker', 'gop', 'democrat', 'republican',
  'former', 'state', 'us', 'u.s', 'attorney', 'administrator', 'superintendent', 'commissioner',
  // Job titles a paper capitalises before a name: "PolitiFact Executive Director Aaron Sharockman".
  'director', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'manager',
  'adviser', 'advisor', 'strategist', 'founder', 'editor', 'coach', 'economist', 'analyst',
  'pollster', 'treasurer', 'counsel',
]);

/** Words that open or join clauses: never part of a name, and where a subject phrase ends. */
// prettier-ignore
const GLUE = [
  'but', 'and', 'or', 'so', 'when', 'while', 'if', 'as',
  'at', 'in', 'on', 'for', 'to', 'from', 'by', 'with', 'after', 'before',
  'here', 'there', 'this', 'that', 'these', 'those', 'it', 'its', 'says', 'said',
  'what', 'why', 'how', 'where', 'who', 'not', 'no', 'yes', 'since', 'until',
];

/** Capitalised words that start sentences but are not names. */
// prettier-ignore
export const NOT_NAMES = new Set([
  ...GLUE,
  'yet', 'of', 'also', 'later', 'then', 'earlier', 'still', 'however', 'meanwhile', 'asked',
  'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'my',
  'today', 'yesterday', 'tomorrow', 'last', 'next',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'according', 'even', 'now', 'well', 'during', 'following', 'despite', 'like', 'unlike',
  'regarding', 'another',
]);

/**
 * Abbreviated titles, written out when they are the whole role: "Gov." alone tells a reader
 * less than "Governor".
 */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  Gov: 'Governor',
  Sen: 'Senator',
  Rep: 'Representative',
  Gen: 'General',
  Lt: 'Lieutenant',
  Col: 'Colonel',
  Sgt: 'Sergeant',
  Capt: 'Captain',
  Adm: 'Admiral',
  Prof: 'Professor',
  Rev: 'Reverend',
};

/**
 * Nouns that make a lowercase phrase a speaker: "the official", "a senior diplomat",
 * "a statement".
 */
// prettier-ignore
export const SOURCE_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson',
  'spokesmen', 'aide', 'aides',
  'statement', 'report', 'release', 'memo', 'letter', 'document', 'filing', 'email', 'tweet',
  'blog', 'note',
  'diplomat', 'adviser', 'advisor', 'analyst', 'expert', 'ministry', 'officer', 'lawmaker',
  'lawmakers', 'senator', 'president', 'chairman', 'secretary', 'candidate', 'nominee', 'leader',
  'director', 'manager', 'strategist', 'attorney', 'lawyer', 'author',
  'person', 'people', 'friend', 'man', 'woman', 'critics', 'critic', 'supporters', 'voters',
  'organizers',
  'organization', 'department', 'committee', 'campaign', 'agency', 'administration', 'group',
  'company', 'magazine', 'network', 'post', 'firm', 'paper', 'newspaper', 'website',
  'poll', 'survey', 'study',
]);

/** Words that end a subject phrase when walking back from the verb: clause and sentence glue. */
// prettier-ignore
export const CLAUSE_WORDS = new Set([
  ...GLUE,
  'which', 'whom', 'whose', 'because', 'although', 'though', 'unless', 'than', 'nor',
  'has', 'had', 'have', 'was', 'is', 'are', 'were', 'be', 'been', 'being', 'do', 'did', 'does',
  'into', 'about', 'over', 'under', 'it’s', 'told',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

// prettier-ignore
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'its',
  'another', 'one', 'two', 'three', 'several', 'some', 'many', 'both',
]);

/** First words of place names ("North Carolina", "San Diego"): such a run is no person's name. */
// prettier-ignore
export const PLACE_WORDS = new Set([
  'north', 'south', 'east', 'west', 'new', 'united', 'san', 'los', 'las', 'saint', 'great',
  'middle',
]);

/** Nouns that head an organisation's name: a name ending in one is not a person's. */
// prettier-ignore
export const ORG_WORDS = new Set([
  'house', 'party', 'department', 'committee', 'campaign', 'agency', 'administration', 'group',
  'company', 'magazine', 'network', 'post', 'foundation', 'university', 'college', 'institute',
  'center', 'centre', 'council', 'office', 'court', 'senate', 'congress', 'commission', 'bureau',
  'service', 'inc', 'corp', 'fund', 'coalition', 'project', 'church', 'school', 'city', 'state',
  'county', 'board', 'league', 'club', 'association', 'union',
  'news', 'times', 'journal', 'press', 'daily', 'review', 'tribune', 'herald',
]);

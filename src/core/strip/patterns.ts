/**
 * Text patterns of the lines sites add around a story: "Read more:" pointers, sign-up prompts,
 * comment prompts, author footers, photo credits, gallery controls, date lines.
 *
 * Word lists are English plus the main European languages of the corpus; they are one signal
 * among several, and each pattern is anchored and bounded in length so that a sentence of the
 * story that merely contains the words is never matched.
 */
import type { RemovalReason } from '../reasons.js';
import { countWords } from './text.js';

interface Pattern {
  reason: RemovalReason;
  /** Longest line (in words) the pattern may judge: beyond it, the line is prose. */
  maxWords: number;
  test: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  // A pointer to another story: "Read more: …", "ALSO READ | …", "Lire aussi : …".
  {
    reason: 'read-more',
    maxWords: 30,
    test: /^[\s([]*(?:read|see|watch|also|more|related|recommended|click here|don't miss|leggi|lire|lesen sie|leia|lea|lee|vea|ver|veja|zie|czytaj|przeczytaj|zobacz|siehe|читайте|см\.)(?:\s+(?:more|also|read|next|too|anche|aussi|auch|hier|dazu|também|también|mehr|ook|más|mais|też|także|również|here|on|in|this|the|story|stories|articles?|news|coverage|from|about))*(?:\s+(?:on|at|in|from|su|sur)\s+[\w.]+)?\s*(?:[:|>»\]–—-]|\.\.\.|…)/iu,
  },
  {
    reason: 'read-more',
    maxWords: 8,
    test: /^(?:related(?: (?:stories|articles|coverage|content|posts|news|links|reading))?|more (?:from|on|about|stories|news|in) .{0,40}|you (?:may|might) (?:also )?(?:like|enjoy)|recommended(?: for you| stories)?|don['’]t miss|must read|trending(?: now)?|most (?:read|popular|viewed|shared)|latest(?: news| stories)?|top stories|further reading|see also|also read|leggi anche|lire aussi|à lire aussi|lesen sie auch|leia também|lea también|meer lezen|ещё по теме|читайте также|mehr zu(?:m| diesem) thema|weitere informationen|noch mehr infos(?: für dich)?|mehr themen|auch interessant|(?:das|dies) (?:thema )?könnte (?:dich|sie|euch) auch interessieren|(?:das )?könnte (?:dich|sie|euch) auch interessieren|schon gelesen|empfohlene (?:beiträge|artikel)|weitere (?:artikel|beiträge|themen|nachrichten|meldungen|news)(?: zum thema)?|verwandte (?:artikel|beiträge|themen)|ähnliche (?:artikel|beiträge)|meist(?:gelesene?|diskutierte?|kommentierte?)(?: (?:artikel|beiträge|news))?|passend(?: dazu|e (?:artikel|beiträge))|lesetipps?|auch lesenswert|(?:vorschau auf den )?(?:nächste[rn]?|vorherige[rn]?) (?:artikel|beitrag)|sur le même (?:sujet|thème)|à lire (?:également|aussi)|articles? (?:similaires|liés)|vea también|lee también|te puede interesar|también te puede interesar|noticias relacionadas|más noticias|potrebbe interessarti|articoli correlati|veja também|saiba mais|czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy)\W*$/iu,
  },
  // Newsletters, apps, subscriptions: the site asking the reader for something.
  {
    reason: 'newsletter',
    maxWords: 45,
    test: /^(?:sign up|signup|subscribe|register (?:now|today|for)|get (?:the|our) (?:app|newsletter|latest)|download (?:the|our) (?:\w+ )?app|(?:click|tap) here to (?:subscribe|sign up|get (?:the|our) (?:\w+ )*app)|follow us|follow @\w+|like us on|join (?:us|our)|want more|never miss|stay (?:up to date|informed|in the know)|get breaking news|let our news|breaking news emails?|get \w+(?: \w+)? on the go|need more|start your day)\b/iu,
  },
  // The site asking for money or an address: "If you enjoyed this article, … Join …", "Every day we send an email with…".
  {
    reason: 'newsletter',
    maxWords: 80,
    test: /^if you (?:enjoyed|liked|like|appreciate|value|found \w+ in)\b[^.!?]{0,40}\b(?:article|story|post|journalism|reporting|work|content|this)\b.*\b(?:join|subscrib\w*|members?(?:hip)?|support us|donat\w*|proposition|sign up)\b/iu,
  },
  {
    reason: 'newsletter',
    maxWords: 30,
    test: /\bwe (?:send|deliver|email)\b.{0,30}\b(?:e-?mail|newsletter|inbox)\b/iu,
  },
  {
    reason: 'newsletter',
    maxWords: 30,
    test: /\b(?:(?:our|free|daily|weekly|email) newsletters?|in your inbox|subscribe (?:now|today|here|to our)|\d+ issues for|delivered (?:to|through) your (?:door|letterbox|inbox))\b/iu,
  },
  // Comment prompts and counters: the whole line is the prompt.
  {
    reason: 'comments',
    maxWords: 8,
    test: /^(?:\d+\s+)?(?:comments?|discuss(?: this)?(?: article| story)?|add (?:a |your )?comments?|post (?:a )?comments?|leave a (?:comment|reply)|join the (?:discussion|conversation)|tell us what you think|have your say|show comments|view comments|reader comments|comentários|commenti|commentaires|kommentare|comentarios)(?:\s*\(?[\d+]*\)?)?[\s.!?…]*$/iu,
  },
  {
    reason: 'comments',
    maxWords: 40,
    test: /\b(?:comments? (?:are|is) (?:moderated|closed|reviewed|welcome)|moderat\w* (?:all |the )?(?:\w+ )?comments|comentários com|moderador|by commenting|community guidelines|comment policy)\b/iu,
  },
  // Author footers: "Other reports by", "More articles from", "X is a reporter for", "Write to X at".
  {
    reason: 'author-footer',
    maxWords: 60,
    test: /^\(?(?:other (?:reports|stories|articles|posts) by|more (?:articles|stories|posts|reports) (?:from|by)|(?:write|reach|contact|email) (?:to )?(?:the )?(?:author|reporters?|writers?|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2})(?: at| on| via|:)|about the author|follow (?:him|her|them|\p{Lu}\w+) on (?:twitter|facebook|instagram)|have a (?:news )?tip\b|reporting by\b|editing by\b|additional reporting by\b|(?:\p{Lu}[\p{L}.'-]+ ){1,3}(?:is|was) an? (?:\w+ ){0,4}(?:reporter|writer|editor|correspondent|journalist|contributor|columnist|freelance writer|intern)\b)/iu,
  },
  // "Associated Press writers A, B and C contributed to this report.": a credit, however many names it lists.
  {
    reason: 'author-footer',
    maxWords: 40,
    test: /^\(?(?:[\p{L}.'’,-]+ ){0,30}contributed (?:reporting )?(?:to )?this (?:report|story|article)\.?\)?$/iu,
  },
  // The author's plug at the end: "Her book … is out now. Follow her on Twitter @x." Only trusted after the story ends.
  {
    reason: 'author-bio',
    maxWords: 60,
    test: /\bfollow (?:him|her|them) on (?:twitter|facebook|instagram|linkedin)\b/iu,
  },
  // Photo, image and video credits, and the controls of a gallery.
  {
    reason: 'credit',
    maxWords: 16,
    test: /^(?:\(?(?:photo|image|picture|video|illustration|foto|bild|credit)s?(?: credit)?\s*[:|©]|\(?©|image copyright\b|media caption\b|copyright\s*©?\s*\d{0,4}|[\p{L}. ]{2,40}\s*[/|]\s*(?:getty|ap|afp|reuters|epa|shutterstock|alamy|bloomberg|zuma)\b|(?:getty images|shutterstock|associated press|afp|reuters|ap photo|epa)\b[^.]{0,40}$)/iu,
  },
  {
    reason: 'credit',
    maxWords: 8,
    test: /^(?:image|photo|slide|picture)?\s*\d+\s*(?:of|\/|de|di|von|из)\s*\/?\s*\d*$|^(?:caption|close|next|previous|prev|expand|enlarge|fullscreen|hide caption|toggle caption|this slideshow requires javascript\.?)$/iu,
  },
  {
    reason: 'promo',
    maxWords: 3,
    test: /^(?:advert|advertisement|advertising|sponsored|anzeige|werbung|publicidad|publicidade|pubblicità|publicité|reklama|реклама)\W*$/iu,
  },
  // A pointer to the site's coverage: "Follow AP's full coverage of Brexit at https://…".
  {
    reason: 'read-more',
    maxWords: 25,
    test: /^(?:follow|find|see|read|get) (?:[\p{L}'’]+ ){0,3}(?:full|complete|latest|continuing|all) coverage\b/iu,
  },
  // How to cite the page: "Citation: <title> (2019, November 18) retrieved 20 November 2019 from https://…".
  {
    reason: 'site-footer',
    maxWords: 80,
    test: /^(?:citation|cite this(?: article| page)?|how to cite(?: this)?)\s*:.*\bfrom\s+https?:\/\//iu,
  },
  // An unrendered shortcode of the site's editor: "[button link=… ]Send us your review[/button]".
  {
    reason: 'promo',
    maxWords: 40,
    test: /^\[([a-z][\w-]*)\s+[\w-]+\s*=[^\]]*\].*$|^\[([a-z][\w-]*)\b[^\]]*\][^[]*\[\/\2\]$/iu,
  },
  // Footers that are about the site, not the story.
  {
    reason: 'site-footer',
    maxWords: 60,
    test: /^(?:copyright\b|©|all rights reserved|this (?:material|article|document|post) (?:may not|is subject to|may contain)|the contents of this site|microsoft may earn|we may earn|this post may contain affiliate|(?:this|the) (?:article|story) (?:was|has been|is) (?:originally )?(?:published|updated|corrected)|first published|(?:via|source|fonte|quelle|fuente)\s*:)/iu,
  },
  // A byline or date line with a date in it may carry abbreviations ("a.m.", "Nov."): trusted anywhere.
  {
    reason: 'dateline',
    maxWords: 20,
    // Not a sentence: "By December 2019, sales had doubled." ends on a word and a full stop.
    test: /^(?!.*\b\p{Ll}{3,}\.$)(?:(?:by|von|por|par|di)\s+\p{Lu}[^!?]*|(?:published|updated|posted|last updated|modified|first published|publicado|pubblicato|publié|veröffentlicht|aktualisiert)\b[^!?]*)(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}:\d{2}|\d{4})[^!?]*$/iu,
  },
  // Date and byline lines left at the edges of the body (index.ts only trusts them there).
  {
    reason: 'byline',
    maxWords: 14,
    test: /^(?:by|von|por|par|di|door|av)\s+\p{Lu}[^.!?]*$|^(?:published|updated|posted|last updated|modified|first published|publicado|pubblicato|publié|veröffentlicht|veröffentlichung|erschienen|aktualisiert)\b[^!?]*$/iu,
  },
  // Player and page chrome that a saved page keeps as text.
  {
    reason: 'player',
    maxWords: 14,
    test: /^(?:read more|weiterlesen|mehr lesen|lire la suite|leer más|leggi (?:tutto|di più)|czytaj dalej|show more)\W*$|^(?:media playback is (?:unsupported|not supported)|this video (?:is unavailable|can not be played|cannot be played)|your browser does not support|(?:please )?enable javascript|javascript is (?:disabled|required)|continue reading below|story continues below|article continues below|skip to (?:content|main content)|loading(?: content)?(?:\.\.\.|…)?$)/iu,
  },
  // Share and rating prompts under a story, in the languages of the web we read.
  {
    reason: 'share',
    maxWords: 10,
    test: /^(?:(?:möchten sie |willst du )?(?:den |diesen )?(?:artikel|beitrag|seite|inhalt)(?: mit anderen)? (?:teilen|bewerten|empfehlen)(?:\/diskutieren)?|(?:war|ist) (?:der|dieser|dieser) (?:artikel|beitrag|text) (?:nützlich|hilfreich|lesenswert)|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten|(?:jetzt |artikel |beitrag )?teilen|share this(?: article| story| post)?|partager(?: cet article)?|compartir(?: en)?|condividi|udostępnij)\W*$/iu,
  },
  // Paywalls and the site asking to be followed, subscribed to or downloaded.
  {
    reason: 'newsletter',
    maxWords: 40,
    test: /^(?:pour lire la suite|to (?:view|read|continue reading) (?:the|this) (?:full|whole|rest of the|entire) (?:story|article)|if you['’]re (?:seeing this message|already a subscriber)|already a subscriber\b|(?:jetzt|gleich) (?:weiterlesen|abonnieren|registrieren|testen)|mit \S+ weiterlesen|verpasse? keine (?:news|nachrichten|artikel|beiträge)|(?:jetzt |kostenlos )?(?:zum |für den )?newsletter (?:abonnieren|anmelden)|entdecken sie jetzt|erhalten sie (?:jetzt )?exklusive|follow (?:the )?\p{Lu}[\p{L}-]* on (?:twitter|facebook|instagram)|for the latest (?:stories|news)\b.*\bdownload\b|download (?:the )?\p{Lu}[\p{L}-]* apps?\b|submit your letter|abonnez-vous|suscríbete|únete|zapisz się)/iu,
  },
  // Labels of the site's own boxes after the story: contact, sources, table of contents, back.
  {
    reason: 'site-footer',
    maxWords: 5,
    test: /^(?:kontakt|contact|ansprechpartner(?:in)?(?: zum thema)?|quellen(?:angaben)?(?: (?:ausblenden|anzeigen|einblenden))?)\W*$/iu,
  },
  // The page's own navigation, wherever it stands: a table of contents, a way back.
  {
    reason: 'navigation',
    maxWords: 6,
    test: /^(?:inhaltsverzeichnis|inhalt|table of contents|contents|sommaire|índice|spis treści|zurück(?: zu[rm]? (?:übersicht|listenansicht|startseite|liste))?|nach oben|back to top|retour)\W*$/iu,
  },
  // Reading time, and how long a video may be watched: page chrome, not the story.
  {
    reason: 'byline',
    maxWords: 10,
    test: /^(?:(?:ten tekst przeczytasz w|lesezeit|reading time|temps de lecture|tiempo de lectura)\b.*|\d+\s*(?:min(?:\.|uten?)?|minutes?)(?: read| lesezeit| de lecture| lesen)\W*)$/iu,
  },
  {
    reason: 'player',
    maxWords: 10,
    test: /^(?:video (?:verfügbar|abrufbar|online) bis\b|bild (?:anzeigen|vergrößern)(?: bild schließen)?\W*$|bild schließen\W*$)/iu,
  },
  {
    reason: 'cookie-notice',
    maxWords: 60,
    test: /\b(?:(?:this|our) (?:website|site) uses cookies|we use cookies|use of cookies|cookie policy|accept (?:all )?cookies)\b/iu,
  },
  // A credit line: short, with a copyright sign.
  { reason: 'credit', maxWords: 16, test: /©/u },
  // A label and a bare address: "Listen: http://…", "Download: http://…".
  {
    reason: 'related-links',
    maxWords: 6,
    test: /^[\p{L} ]{2,20}:\s*(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/\S*$/iu,
  },
  {
    reason: 'read-more',
    maxWords: 6,
    test: /^more\s+(?:[\p{L}&-]+\s+){0,3}(?:news|stories|articles|videos|coverage)$/iu,
  },
];

/** An e-mail address or a social profile alone on a line: the author's contact at the end. */
const CONTACT_LINE =
  /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/)?(?:www\.)?(?:twitter|facebook|instagram|linkedin)\.com\/\S+|@\w{2,})$/iu;

/** A date or time line: "Nov. 20, 2019 6:02 AM EST", "05/10/2018 - 20:13", "Updated: 10:01 pm PST". */
const DATE_LINE =
  /^[\s|,–—-]*(?:(?:updated|published|posted|modified)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:jan|feb|mär|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)\p{L}*\.?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)/iu;

/** Words that can follow the date on a date line: times, zones, the rest of a date, "Updated". */
const DATE_REST =
  /^[\s\d:/.,|–—-]*(?:(?:[ap]\.?m\.?|[a-z]{2,4}t|utc|gmt|ist|hst|cst|est|pst|et|pt|updated|published|posted|original|am|pm|at|on|(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|de|às|um|le|à)\b[\s\d:/.,|–—-]*)*$/iu;

function isDateLine(text: string): boolean {
  const start = text.match(DATE_LINE);
  return start !== null && countWords(text) <= 16 && DATE_REST.test(text.slice(start[0].length));
}

/** The reason a standalone line's text gives for hiding it, or null. */
export function patternReason(text: string): RemovalReason | null {
  const words = countWords(text);
  // Leading separators ("| UPDATED: …") are layout, not words.
  const line = text.replace(/^[\s|•·–—-]+/u, '');
  for (const pattern of PATTERNS)
    if (words <= pattern.maxWords && pattern.test.test(line)) return pattern.reason;
  if (CONTACT_LINE.test(line)) return 'author-footer';
  if (isDateLine(text)) return 'byline';
  return null;
}

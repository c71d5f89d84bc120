/**
 * Page metadata that Readability does not give, or gives in a raw form: the publication date
 * as YYYY-MM-DD, the site name, the language. Fields the page does not state stay null.
 *
 * What the page states about itself comes first: its JSON-LD article (author, publisher, date,
 * in @graph and arrays too), then Open Graph and meta tags, then a <time> element; Readability's
 * guesses from the text (a "By …" line it found) only fill what those leave empty.
 */
import { articleItems, type JsonLdItem } from './jsonld.js';

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads the calendar date a string names, without time-zone shifts ("2018-10-08T23:30-05:00" is the 8th). */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const iso = text.match(/(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = text.match(/^(\d{4})(\d{2})(\d{2})(?:\b|T)/);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // "October 8, 2018", "Oct. 8 2018", "8 October 2018"
  const monthFirst = text.match(/\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/);
  if (monthFirst) {
    const m = MONTHS.indexOf(monthFirst[1]!.slice(0, 3).toLowerCase());
    if (m >= 0) return validDate(Number(monthFirst[3]), m + 1, Number(monthFirst[2]));
  }
  const dayFirst = text.match(/\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/);
  if (dayFirst) {
    const m = MONTHS.indexOf(dayFirst[2]!.slice(0, 3).toLowerCase());
    if (m >= 0) return validDate(Number(dayFirst[3]), m + 1, Number(dayFirst[1]));
  }
  return null;
}

/** Publication date from, in order: JSON-LD, meta tags, a <time>, then Readability's reading. */
export function publishedDate(
  doc: Document,
  fromReadability: string | null | undefined,
): string | null {
  const candidates = [
    jsonLdMetadata(doc).published,
    meta(
      doc,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'DC.date.issued',
      'sailthru.date',
      'parsely-pub-date',
      'article.published',
    ),
    doc
      .querySelector('time[datetime][itemprop="datePublished"], time[pubdate][datetime]')
      ?.getAttribute('datetime'),
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
    fromReadability,
  ];
  for (const candidate of candidates) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  return null;
}

export function siteName(
  doc: Document,
  fromReadability: string | null | undefined,
  url: string | null,
): string | null {
  const named = [
    jsonLdMetadata(doc).siteName,
    meta(doc, 'og:site_name'),
    fromReadability,
    meta(doc, 'application-name'),
  ]
    .map(usableSiteName)
    .find(Boolean);
  return named ?? hostName(url);
}

/** The address's host without "www.", as a last resort for the site's name. */
export function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function language(doc: Document, fromReadability: string | null | undefined): string | null {
  const lang =
    fromReadability ||
    doc.documentElement?.getAttribute('lang') ||
    meta(doc, 'og:locale', 'language');
  return lang ? lang.trim().replace('_', '-') || null : null;
}

export function readDirection(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = (value ?? '').trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

export function direction(
  doc: Document,
  fromReadability: string | null | undefined,
): 'ltr' | 'rtl' | null {
  return readDirection(
    fromReadability || doc.documentElement?.getAttribute('dir') || doc.body?.getAttribute('dir'),
  );
}

/** Languages written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish, Dhivehi, Sorani, Sindhi, Uyghur. */
const RTL_LANGUAGES = ['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'];

/**
 * The direction a language is written in, for pages that declare their language but set the
 * direction in a style sheet (which the reader does not carry over): without it an Arabic
 * article would show right-aligned text laid out left to right.
 */
export function directionOfLanguage(lang: string | null | undefined): 'rtl' | null {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && RTL_LANGUAGES.includes(primary) ? 'rtl' : null;
}

/** Words a byline holds when it is a label, a link text or a date, not a name. */
const NOT_A_NAME =
  /^(?:by|von|par|por|di|door|posted|author|autor|admin|editor|redaktion|staff|full bio|bio|more|mehr|read more|view profile|profile|\d.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d.*)$/i;

/**
 * Bylines often arrive as "By Hannah Rogers | Staff writer" or glued from two boxes ("ERIC
 * TUCKERAssociated Press"): keep the names, with the agency set apart.
 */
export function cleanByline(
  byline: string | null | undefined,
  { stated = false }: { stated?: boolean } = {},
): string | null {
  if (!byline) return null;
  const text = byline
    .replace(/\s+/g, ' ')
    // Two boxes read as one text: an upper-case name run straight into a capitalised word.
    .replace(/(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu, '$1, $2')
    .replace(/^\s*(?:by|von|par|por|di|door)\s*[:-]?\s+/i, '')
    .replace(
      /^\s*(?:text|texte|texto|testo|tekst|текст|autor|autorin|author|written by)\s*:\s*/iu,
      '',
    )
    // A dated weekday glued on or set after the name: "Jeff FoustMonday, November 18"; not
    // the "Sunday" of "The Mail on Sunday".
    .replace(
      /\s*[,|·–—-]?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?=,?\s*(?:\d|\p{L}{3,}\.? \d)).*$/u,
      '',
    )
    // A date or time after the name: "admin - 2018-09-16", "Jane Roe, 12.03.2020".
    .replace(/\s*[-–—,|·]\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}).*$/u, '')
    .replace(
      /\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b.*$/iu,
      '',
    )
    .replace(/\s*[-–—|·,]\s*$/u, '')
    .trim();
  if (!text || text.length > 120 || /^https?:/i.test(text)) return null;
  // A host name in the text is a link Readability took for the author; a publication that
  // names itself the author in its JSON-LD ("futurezone.at") is stated.
  if (!stated && /^www\.|^[\w.-]+\.[a-z]{2,4}$/i.test(text)) return null;
  if (NOT_A_NAME.test(text)) return null;
  return text;
}

/** A person's or an organisation's name: a string, or an object with a name, or a list of them. */
function namesIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.replace(/\s+/g, ' ').trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesIn);
  if (value && typeof value === 'object') return namesIn((value as { name?: unknown }).name);
  return [];
}

export interface JsonLdMetadata {
  byline: string | null;
  siteName: string | null;
  published: string | null;
}

/** What the page's JSON-LD article item says of its authors, publisher and date. */
export function jsonLdMetadata(doc: Document): JsonLdMetadata {
  const empty: JsonLdMetadata = { byline: null, siteName: null, published: null };
  const items = articleItems(doc);
  const pick = <T>(read: (item: JsonLdItem) => T | null): T | null => {
    for (const item of items) {
      const value = read(item);
      if (value !== null) return value;
    }
    return null;
  };
  if (!items.length) return empty;
  return {
    byline: pick((item) => {
      // A CMS user name ("kevin-r", "jdoe_2") is not how a reader knows the author.
      const names = [
        ...new Set(namesIn(item.author).map((n) => cleanByline(n, { stated: true }))),
      ].filter((n): n is string => n !== null && !/^[\p{Ll}\d._-]+$/u.test(n));
      return names.length ? names.join(', ') : null;
    }),
    siteName: pick((item) => namesIn(item.publisher).map(usableSiteName).find(Boolean) ?? null),
    published: pick((item) =>
      typeof item.datePublished === 'string' ? isoDate(item.datePublished) : null,
    ),
  };
}

/**
 * Names a CMS gives when nobody set one: "Hosted", "Home", "WordPress". They would read as the
 * site's name in the reader's header.
 */
const PLACEHOLDER_SITE =
  /^(?:hosted|home|homepage|startseite|accueil|inicio|website|web site|site|my site|blog|my blog|news|untitled|index|default|wordpress|drupal|joomla)$/i;

export function usableSiteName(name: string | null | undefined): string | null {
  const text = name?.replace(/\s+/g, ' ').replace(/^@/, '').trim();
  if (!text || PLACEHOLDER_SITE.test(text) || /^https?:/i.test(text)) return null;
  return text;
}

/**
 * Markup hints: what a page's own class, id, role, aria and data attributes say a container is.
 * Sites name their boxes for their own CSS and scripts ("related-stories", "newsletter-signup",
 * "OUTBRAIN"), in English whatever the page's language, so this is the strongest signal we have.
 */
import { CARRIED_HINT_ATTR } from '../markers.js';
import { isRemovalReason, type RemovalReason } from '../reasons.js';

/** A reason and the attribute words that give it away; tested against each word and each pair. */
const HINTS: ReadonlyArray<readonly [reason: RemovalReason, pattern: RegExp]> = [
  [
    'promo',
    /^(?:promo\w*|sponsor\w*|advert\w*|ads?|adslot|adunit|dfp|outbrain|taboola|zergnet|revcontent|affiliate\w*|commercial|paid-?content|native-?ad)$/,
  ],
  ['newsletter', /^(?:newsletters?|subscri\w*|sign-?up|signup\w*|optin|opt-in|paywall)$/],
  [
    'related-links',
    /^(?:related\w*|recommend\w*|more-?stories|more-?articles|read-?more|also-?read|see-?also|trending|popular|most-?read|most-?popular|most-?viewed|teasers?|next-?article|next-?story|other-?stories|latest-?news|top-?stories|you-?may-?like|outbrain)$/,
  ],
  ['comments', /^(?:comments?|disqus|replies|discussion|respond|reply)$/],
  ['share', /^(?:share|sharing|sharebar|share-?tools|social|socials|social-?media|follow-?us)$/],
  [
    'author-footer',
    /^(?:author-?bio|author-?box|author-?info|author-?card|about-?(?:the-?)?author|contributor-?bio|bio)$/,
  ],
  ['credit', /^(?:credits?|copyright|image-?credit|photo-?credit|caption-?credit|getty)$/],
  ['byline', /^(?:byline|bylines|dateline|timestamp|publish-?date|article-?date|posted-?on)$/],
  ['aside', /^(?:sidebar|side-bar|sidebars)$/],
  // The site's fine print, the same under every story: who pays for links, what the site does
  // not vouch for. It is written in sentences, so only its name gives it away.
  ['site-footer', /^(?:disclaimers?|disclosures?|ad-?disclosures?|legal-?notice)$/],
  [
    'navigation',
    /^(?:breadcrumbs?|nav|navigation|menu|pagination|pager|tags|tag-?list|keywords|skip-?link|toc|table-?of-?contents)$/,
  ],
];

const ROLE_REASONS: Readonly<Record<string, RemovalReason>> = {
  navigation: 'navigation',
  complementary: 'aside',
  banner: 'navigation',
  contentinfo: 'navigation',
  search: 'navigation',
};

/** Attribute values that are addresses or long data, not names: they say nothing of the box. */
const NOT_A_NAME = /[/.?=]|^\s*[{[]|.{80,}/;

/**
 * A loose first look at the raw attribute text: most elements name nothing we look for, and
 * this spares splitting their names into words.
 */
const MAYBE_HINT =
  /promo|sponsor|advert|ads?\b|ad[-_]|dfp|outbrain|taboola|zergnet|revcontent|affiliate|commercial|paid|native|newsletter|subscri|sign|opt-?in|paywall|relat|recommend|more|read|also|trend|popular|teaser|next|other|latest|top|like|comment|disqus|repl|discuss|respond|share|sharing|social|follow|author|contributor|bio|credit|copyright|getty|byline|dateline|timestamp|publish|date|posted|breadcrumb|nav|menu|pag|tag|keyword|skip|toc|contents|side-?bar|disclaim|disclos|legal/i;

function rawNames(el: Element): string {
  let raw = '';
  for (const { name, value } of Array.from(el.attributes)) {
    if (
      name === 'class' ||
      name === 'id' ||
      name === 'aria-label' ||
      name === 'itemprop' ||
      name.startsWith('data-')
    )
      raw += ` ${name} ${value}`;
  }
  return raw;
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/**
 * An id made of the element's own first words ("nav_nur_die_folie__1" on the heading "Nur die
 * Folie bleibt zurück"): a table of contents' link target, written from the text, which names
 * nothing about the box ("nav" there is the generator's prefix, not a menu).
 */
function isAnchorFromText(id: string, el: Element): boolean {
  const named = new Set(wordsOf(id));
  if (named.size < 3) return false;
  const opening = wordsOf((el.textContent ?? '').slice(0, 200)).slice(0, 12);
  return opening.filter((word) => named.has(word)).length >= 2;
}

/** The naming words of an element: class and id pieces, aria labels, data attribute names and short values. */
function hintWords(el: Element): string[] {
  const raw: string[] = [];
  for (const { name, value } of Array.from(el.attributes)) {
    if (name === 'id' && isAnchorFromText(value, el)) continue;
    if (name === 'class' || name === 'id' || name === 'aria-label' || name === 'itemprop')
      raw.push(value);
    else if (name.startsWith('data-')) {
      raw.push(name.slice(5));
      if (!NOT_A_NAME.test(value)) raw.push(value);
    }
  }
  return raw
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9-]+|(?<=[a-z])-(?=\d)|_+/)
    .flatMap((word) => word.split(/--+/))
    .filter(Boolean);
}

/** Single words and the words joined to their neighbour ("read", "more" → "read-more"). */
function candidates(words: string[]): string[] {
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    const parts = word.split('-');
    parts.forEach((part, i) => {
      out.add(part);
      if (i > 0) out.add(`${parts[i - 1]}-${part}`);
      if (i > 1) out.add(`${parts[i - 2]}-${parts[i - 1]}-${part}`);
    });
  }
  return [...out];
}

/**
 * Microdata for the article's own parts. CMS templates class a story's lead "teaser-text" or
 * "article-teaser" (the same word as their teasers for other stories); when the page also marks
 * it as the article's description or body, the page has said what it is.
 */
const OWN_TEXT = /^(?:description|articleBody|text|abstract|headline|alternativeHeadline)$/i;

/** The reason an element's own markup gives for hiding it, or null. */
export function hintReason(el: Element): RemovalReason | null {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && itemprop.split(/\s+/).some((prop) => OWN_TEXT.test(prop))) return null;
  // A hint carried down from a box Readability unwrapped (carry.ts). The page may write the same
  // attribute itself, so only a known reason counts.
  const carried = el.getAttribute(CARRIED_HINT_ATTR);
  if (isRemovalReason(carried)) return carried;
  const tag = el.localName;
  if (tag === 'aside') return 'aside';
  if (tag === 'nav') return 'navigation';
  const role = el.getAttribute('role')?.toLowerCase();
  if (role && ROLE_REASONS[role]) return ROLE_REASONS[role]!;
  if (!MAYBE_HINT.test(rawNames(el))) return null;
  const words = candidates(hintWords(el));
  for (const [reason, pattern] of HINTS)
    if (words.some((word) => pattern.test(word))) return reason;
  return null;
}

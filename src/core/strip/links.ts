/**
 * Structure: blocks made of links to other pages. A list of headline links, a line that is one
 * headline link, a card with a picture and a headline link: all point away from the story.
 */
import type { RemovalReason } from '../reasons.js';
import { countWords, isHeading, linkDensity, textOf, wholeTextIn } from './text.js';

/** The last two labels of a host name: "www.news.example.co.uk" and "example.co.uk" differ, but rarely matter. */
export const siteOf = (host: string): string =>
  host
    .replace(/^www\d?\./, '')
    .split('.')
    .slice(-2)
    .join('.');

/**
 * The link goes to another page of the same site: where a site sends readers to its other
 * stories. Links out (a shop, a source, a tweet) are the story's own references.
 */
export function pointsElsewhere(a: Element, pageUrl: string | null): boolean {
  const href = a.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^(?:mailto|tel|javascript):/i.test(href)) return false;
  if (!pageUrl) return !/^[a-z][a-z0-9+.-]*:/i.test(href) || /^https?:/i.test(href);
  try {
    const target = new URL(href, pageUrl);
    const here = new URL(pageUrl);
    if (siteOf(target.hostname) !== siteOf(here.hostname)) return false;
    return target.pathname.replace(/\/$/, '') !== here.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

/** The block links out to another site: a shop, a source, a tweet. Teasers link in. */
export function linksOffSite(block: Element, pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  return Array.from(block.querySelectorAll('a[href]')).some((a) => {
    try {
      return (
        siteOf(new URL(a.getAttribute('href')!, pageUrl).hostname) !==
        siteOf(new URL(pageUrl).hostname)
      );
    } catch {
      return false;
    }
  });
}

const items = (list: Element): Element[] =>
  Array.from(list.children).filter((child) => child.localName === 'li');

function isFragmentList(li: Element): boolean {
  const links = Array.from(li.querySelectorAll('a[href]'));
  return links.length > 0 && links.every((a) => a.getAttribute('href')!.trim().startsWith('#'));
}

/**
 * A list whose items are links and nothing much else: related stories, or the site's menu.
 * Lists in the story (steps, facts, sources with a sentence each) carry text beyond their links.
 */
export function linkListReason(list: Element, pageUrl: string | null): RemovalReason | null {
  if (list.localName !== 'ul' && list.localName !== 'ol') return null;
  const entries = items(list).filter((li) => textOf(li));
  if (entries.length < 2) return null;
  // Every entry a link to a place in this page: a table of contents.
  if (entries.every((li) => linkDensity(li) >= 0.8 && isFragmentList(li))) return 'navigation';
  const linked = entries.filter(
    (li) =>
      linkDensity(li) >= 0.8 &&
      Array.from(li.querySelectorAll('a')).some((a) => pointsElsewhere(a, pageUrl)),
  );
  if (linked.length < entries.length * 0.8) return null;
  const words = entries.map((li) => countWords(textOf(li)));
  const average = words.reduce((a, b) => a + b, 0) / words.length;
  return average <= 3 ? 'navigation' : 'related-links';
}

/** One line that is wholly a link to another page and reads like a headline. */
export function isHeadlineLink(block: Element, pageUrl: string | null): boolean {
  const text = textOf(block);
  const words = countWords(text);
  if (words < 4 || words > 30 || !wholeTextIn(block, 'a')) return false;
  return Array.from(block.querySelectorAll('a')).some((a) => pointsElsewhere(a, pageUrl));
}

/**
 * A teaser card: a small box with a picture and a headline linking to another page, and at most
 * a short blurb. Figures are the story's own pictures and are never cards.
 */
export function isTeaserCard(box: Element, pageUrl: string | null): boolean {
  if (box.localName === 'figure' || box.closest('figure')) return false;
  if (!box.querySelector('img, picture')) return false;
  const words = countWords(textOf(box));
  if (words < 3 || words > 70) return false;
  const headline = Array.from(box.querySelectorAll('a')).find(
    (a) => countWords(textOf(a)) >= 3 && pointsElsewhere(a, pageUrl),
  );
  if (!headline) return false;
  const inHeading =
    headline.closest('h1, h2, h3, h4, h5, h6, strong, b') !== null ||
    Array.from(headline.querySelectorAll('h1, h2, h3, h4, h5, h6, strong, b')).length > 0 ||
    isHeading(headline.parentElement ?? headline);
  return inHeading || linkDensity(box) >= 0.5;
}

/**
 * Inside a table with column headings: a row per product or platform, each linking to its page,
 * is the table's data, not a headline or a card pointing away.
 */
export function inDataTable(el: Element): boolean {
  return el.closest('table')?.querySelector('th') != null;
}

/** A link to a picture file: the story's own image shown larger, not another page. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** The link goes to a page under this one (a gallery's picture page), not to another story. */
function belowPage(a: Element, pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  try {
    const here = new URL(pageUrl).pathname.replace(/\/$/, '');
    return (
      here.length > 1 &&
      new URL(a.getAttribute('href') ?? '', pageUrl).pathname.startsWith(`${here}/`)
    );
  } catch {
    return false;
  }
}

/** The card's one picture link to another page of the site (not to the picture itself), or null. */
function pictureLink(card: Element, pageUrl: string | null): Element | null {
  for (const a of Array.from(card.querySelectorAll('a'))) {
    if (
      a.querySelector('img, picture') &&
      !IMAGE_FILE.test(a.getAttribute('href') ?? '') &&
      pointsElsewhere(a, pageUrl) &&
      !belowPage(a, pageUrl)
    )
      return a;
  }
  return null;
}

/**
 * One teaser card whose headline is not a link: a picture linking to another page of the site,
 * a headline under it as plain text (a heading or a bold line) and at most one short blurb,
 * nothing else. The story's own pictures sit in figures, or link to the picture itself.
 */
export function isPictureCard(box: Element, pageUrl: string | null): boolean {
  if (box.closest('figure') || inDataTable(box) || box.querySelector('figcaption')) return false;
  const link = pictureLink(box, pageUrl);
  if (!link || box.querySelectorAll('a[href]').length > 2) return false;
  const lines = Array.from(box.children).filter((child) => child !== link && textOf(child));
  if (lines.length < 1 || lines.length > 2) return false;
  const [headline, blurb] = lines as [Element, Element | undefined];
  const title = textOf(headline);
  if (countWords(title) < 3 || countWords(title) > 20) return false;
  if (!isHeading(headline) && !wholeTextIn(headline, 'strong, b')) return false;
  return !blurb || countWords(textOf(blurb)) <= MAX_BLURB_WORDS;
}

/** A card's blurb is this short at most; a longer text under a picture is the story's. */
const MAX_BLURB_WORDS = 60;

/**
 * A rail of teaser cards whose headlines are not links: each card is a picture linking to another
 * page of the site, with a kicker and a headline beside it as plain text. Two or more such cards
 * side by side, each to a different page, and nothing else in the box.
 */
export function isTeaserRail(box: Element, pageUrl: string | null): boolean {
  if (box.closest('figure') || inDataTable(box)) return false;
  const cards = Array.from(box.children).filter(
    (child) => textOf(child) || child.querySelector('img, picture'),
  );
  if (
    cards.length < 2 ||
    cards.some((card) => card.localName === 'figure' || card.querySelector('figcaption'))
  )
    return false;
  const targets = new Set<string>();
  for (const card of cards) {
    const words = countWords(textOf(card));
    if (words < 2 || words > 40) return false;
    const link = pictureLink(card, pageUrl);
    if (!link) return false;
    targets.add(link.getAttribute('href') ?? '');
  }
  return targets.size === cards.length;
}

/**
 * A profile card tucked inside a sentence: the site shows it on hover over a name, a saved page
 * keeps it as text ("Ilhan Omar" → picture, name, three headlines, "MORE"). An inline box holding
 * a picture and only links, two of them headlines to other pages of the site.
 */
export function isInlineTeaser(box: Element, pageUrl: string | null): boolean {
  if (!box.querySelector('img, picture') || linkDensity(box) < 0.95) return false;
  const headlines = Array.from(box.querySelectorAll('a')).filter(
    (a) => countWords(textOf(a)) >= 4 && pointsElsewhere(a, pageUrl),
  );
  return headlines.length >= 2;
}

/** Where a site asks for money or an address: its offers, subscription and sign-up pages. */
const PROMO_PAGE =
  /(?:^|[/_.-])(?:promos?|subscribe|subscriptions?|newsletters?|signup|sign-up|membership|offers?)(?:[/_.-]|$)/i;

/** A line that is wholly one link to the site's subscription or offers page. */
export function isPromoLink(block: Element, pageUrl: string | null): boolean {
  // Cheapest tests first: this runs on every paragraph.
  const links = block.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const link = links[0]!;
  let path: string;
  try {
    path = new URL(link.getAttribute('href') ?? '', pageUrl ?? 'https://x.invalid/').pathname;
  } catch {
    return false;
  }
  return PROMO_PAGE.test(path) && pointsElsewhere(link, pageUrl) && wholeTextIn(block, 'a');
}

/** An author's page: "/author/jane-doe", "/authors/…", or a link marked rel="author". */
export function isAuthorLink(a: Element): boolean {
  return (
    /\bauthor\b/i.test(a.getAttribute('rel') ?? '') ||
    /\/(?:author|authors|contributors?|writers?)\/[^/]+/i.test(a.getAttribute('href') ?? '')
  );
}

/**
 * A line that is one short link to a section of the site ("Politik", "Sport", "Home"): the
 * kicker or breadcrumb above a story, not its text. A section is the site's root or one short
 * path segment that names no file.
 */
export function isSectionLink(block: Element, pageUrl: string | null): boolean {
  const links = block.getElementsByTagName('a');
  if (links.length !== 1 || countWords(textOf(block)) > 3 || !wholeTextIn(block, 'a')) return false;
  const href = links[0]!.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || !pointsElsewhere(links[0]!, pageUrl)) return false;
  try {
    const target = new URL(href, pageUrl ?? 'https://x.invalid/');
    const segments = target.pathname.split('/').filter(Boolean);
    return !target.search && segments.length <= 1 && !/\.\w{2,5}$/.test(segments[0] ?? '');
  } catch {
    return false;
  }
}

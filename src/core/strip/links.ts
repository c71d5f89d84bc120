/**
 * Structure: blocks made of links to other pages. A list of headline links, a line that is one
 * headline link, a card with a picture and a headline link: all point away from the story.
 */
import { countWords, isHeading, linkDensity, textOf, wholeTextIn } from './text.js';

/** The last two labels of a host name: "www.news.example.co.uk" and "example.co.uk" differ, but rarely matter. */
const siteOf = (host: string): string => host.replace(/^www\d?\./, '').split('.').slice(-2).join('.');

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
      return siteOf(new URL(a.getAttribute('href')!, pageUrl).hostname) !== siteOf(new URL(pageUrl).hostname);
    } catch {
      return false;
    }
  });
}

const items = (list: Element): Element[] => Array.from(list.children).filter((child) => child.localName === 'li');

/**
 * A list whose items are links and nothing much else: related stories, or the site's menu.
 * Lists in the story (steps, facts, sources with a sentence each) carry text beyond their links.
 */
export function linkListReason(list: Element, pageUrl: string | null): string | null {
  if (list.localName !== 'ul' && list.localName !== 'ol') return null;
  const entries = items(list).filter((li) => textOf(li));
  if (entries.length < 2) return null;
  const linked = entries.filter((li) => linkDensity(li) >= 0.8 && Array.from(li.querySelectorAll('a')).some((a) => pointsElsewhere(a, pageUrl)));
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
  const headline = Array.from(box.querySelectorAll('a')).find((a) => countWords(textOf(a)) >= 3 && pointsElsewhere(a, pageUrl));
  if (!headline) return false;
  const inHeading = headline.closest('h1, h2, h3, h4, h5, h6, strong, b') !== null || Array.from(headline.querySelectorAll('h1, h2, h3, h4, h5, h6, strong, b')).length > 0 || isHeading(headline.parentElement ?? headline);
  return inHeading || linkDensity(box) >= 0.5;
}

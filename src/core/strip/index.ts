/**
 * The strip stage: finds the blocks of an extracted article that do not belong to its story
 * (unrelated stories pasted in, teasers, promo boxes, author footers, comment prompts).
 *
 * It runs on Readability's output BEFORE sanitising, so class, id, role, aria and data
 * attributes are still there to read. It does not detach anything: it returns the elements to
 * hide with a reason, and the sanitiser marks their copies, so the reader can show them again
 * in place. Ties go to keeping: never remove the article's own words.
 *
 * Signals, strongest first: the page's own markup (hints.ts), link structure (links.ts), the
 * text of standalone lines (patterns.ts), and, for a story pasted in with no markup at all,
 * topical coherence with the title and the rest of the article (topic.ts).
 */
import type { RemovalReason } from '../reasons.js';
import { isBlock } from '../blocks.js';
import { hintReason } from './hints.js';
import {
  isAuthorLink,
  inDataTable,
  isHeadlineLink,
  isInlineTeaser,
  isPictureCard,
  isPromoLink,
  isSectionLink,
  isTeaserCard,
  isTeaserRail,
  linkListReason,
} from './links.js';
import { patternReason } from './patterns.js';
import {
  countWords,
  isHeading,
  linkDensity,
  leafBlocks,
  withTextCache,
  wordsIn,
  looksLikeHeadline,
  normaliseSpace,
  SENTENCE_END,
  textOf,
} from './text.js';
import { unrelatedStories } from './topic.js';

export interface StripContext {
  /** The article's title, as the page gives it. */
  title: string | null;
  url: string | null;
}

/** Elements to hide, each with its reason ("unrelated-story", "promo", "related-links", …). */
export type Removals = Map<Element, RemovalReason>;

/** No single box may take more than this share of the article's words: that would be the story. */
const MAX_BOX_SHARE = 0.35;
/**
 * Boxes of controls and prompts, and the paragraphs of running text they may hold: none in a
 * menu or a table of contents, one sentence of pitch in a sign-up or share box.
 */
const PROSE_IN_PROMPTS: Partial<Record<RemovalReason, number>> = {
  navigation: 0,
  newsletter: 1,
  share: 1,
};
/** A call to action ("Jetzt mitmachen!") is this short; a headline is longer. */
const MAX_BUTTON_WORDS = 3;
/** Reasons an inline element (a credit inside a caption, a share widget) may be hidden for. */
const INLINE_REASONS: ReadonlySet<RemovalReason> = new Set(['credit', 'byline', 'share', 'promo']);
/** Labels that head a box of links or a prompt: left alone once the box is gone. */
const LABEL_REASONS: ReadonlySet<RemovalReason> = new Set([
  'read-more',
  'related-links',
  'navigation',
  'share',
  'newsletter',
  'site-footer',
]);
/** Lines trusted only before the story starts or after it ends: mid-story they may be prose. */
const EDGE_ONLY: ReadonlySet<RemovalReason> = new Set(['byline', 'site-footer', 'author-bio']);

class Stripper {
  readonly removals: Removals = new Map();
  private readonly totalWords: number;
  /** The article's paragraphs as elements; the tree does not change, only what is hidden. */
  private readonly leaves: Element[];

  constructor(
    private readonly root: Element,
    private readonly context: StripContext,
  ) {
    this.leaves = leafBlocks(root);
    // Summing the paragraphs spares counting the whole text once more.
    this.totalWords = Math.max(
      1,
      this.leaves.reduce((n, leaf) => n + wordsIn(leaf), 0),
    );
  }

  isRemoved(el: Element): boolean {
    for (let at: Element | null = el; at && at !== this.root; at = at.parentElement)
      if (this.removals.has(at)) return true;
    return false;
  }

  /** Hides `el` unless it is already hidden or too big a share of the article to be a box. */
  remove(el: Element, reason: RemovalReason): boolean {
    if (el === this.root || this.isRemoved(el)) return false;
    if (wordsIn(el) > this.totalWords * MAX_BOX_SHARE) return false;
    for (const inner of Array.from(this.removals.keys()))
      if (el.contains(inner)) this.removals.delete(inner);
    this.removals.set(el, reason);
    return true;
  }

  /** Every element of the article, in document order: one walk of the tree serves every step. */
  private elementsCache: Element[] | null = null;
  private get elements(): Element[] {
    return (this.elementsCache ??= Array.from(this.root.querySelectorAll('*')));
  }

  private ofTag(...names: string[]): Element[] {
    return this.elements.filter((el) => names.includes(el.localName));
  }

  /** What the page's own markup says: class, id, role, aria, data attributes, aside and nav. */
  markupHints(): void {
    for (const el of this.elements) {
      // The attribute check is cheap; reading the text of every element is not.
      const reason = hintReason(el);
      if (!reason || (!isBlock(el) && !INLINE_REASONS.has(reason))) continue;
      // Related stories are links to them: a box so named without a link is the story's own
      // (a lead classed "teaser", a "related facts" box).
      if (reason === 'related-links' && !holdsLink(el)) continue;
      // CMS templates name the page's own intro box "teaser" too, with a button under it
      // ("Auf geht's!"). A teaser for another story shows its headline as a link and one blurb;
      // paragraphs of running text under one button and no headline link are the page's own.
      if (reason === 'related-links' && this.isIntroWithButton(el)) continue;
      // Menus, sign-up prompts and share bars hold no running text: paragraphs of it in a box
      // so named are the story's (a section named for the contents' anchor, "TOC_TITLE_2"; the
      // story's own box flagged "paywall-on" for subscribers).
      if (reason in PROSE_IN_PROMPTS && this.proseIn(el) > PROSE_IN_PROMPTS[reason]!) continue;
      if (!this.isRemoved(el) && textOf(el)) this.remove(el, reason);
    }
  }

  /** How many paragraphs of running text (prose, not lines of links) lie inside `box`. */
  private proseIn(box: Element): number {
    return this.leaves.filter(
      (leaf) => box.contains(leaf) && isProse(textOf(leaf)) && linkDensity(leaf) < 0.5,
    ).length;
  }

  /**
   * Paragraphs of running text with one link at most, a short button ("Los geht's!") rather
   * than a headline or a picture: a box that tells, not one that points to another story.
   */
  private isIntroWithButton(box: Element): boolean {
    const links = Array.from(box.querySelectorAll('a[href]'));
    if (links.length > 1) return false;
    const button = links[0];
    if (button && (countWords(textOf(button)) > MAX_BUTTON_WORDS || button.querySelector('img')))
      return false;
    return this.proseIn(box) >= 2;
  }

  /** Lists of headline links and teaser cards. */
  linkStructures(): void {
    for (const list of this.ofTag('ul', 'ol')) {
      const reason = linkListReason(list, this.context.url);
      if (reason) this.remove(list, reason);
    }
    // Cards and rails hold a picture: only the boxes around one are worth a look.
    const pictures = this.ofTag('img', 'picture');
    const aroundPicture = new Set<Element>();
    for (const picture of pictures) {
      for (
        let at = picture.parentElement;
        at && at !== this.root && !aroundPicture.has(at);
        at = at.parentElement
      )
        aroundPicture.add(at);
    }
    if (!aroundPicture.size) return;
    for (const box of this.ofTag('div', 'section', 'li', 'article')) {
      if (
        aroundPicture.has(box) &&
        !this.isRemoved(box) &&
        (isTeaserCard(box, this.context.url) || isPictureCard(box, this.context.url))
      )
        this.remove(box, 'teaser');
    }
    const pictureLinks = this.ofTag('a').filter((a) => aroundPicture.has(a));
    // A rail of cards holds two picture links at least; only boxes around them can be one.
    if (pictureLinks.length >= 2) {
      const checked = new Set<Element>();
      for (const link of pictureLinks) {
        for (
          let box = link.parentElement, depth = 0;
          box && box !== this.root && depth < 6;
          box = box.parentElement, depth++
        ) {
          if (checked.has(box)) continue;
          checked.add(box);
          if (!this.isRemoved(box) && isTeaserRail(box, this.context.url))
            this.remove(box, 'teaser');
        }
      }
    }
    // A profile card inside a sentence: the innermost inline box around its picture.
    for (const picture of pictures) {
      for (
        let at = picture.parentElement;
        at && at !== this.root && !isBlock(at);
        at = at.parentElement
      ) {
        if (at.localName === 'a') continue;
        if (isInlineTeaser(at, this.context.url)) {
          if (!this.isRemoved(at)) this.remove(at, 'related-links');
          break;
        }
      }
    }
  }

  /**
   * The author's card after the story: a box with a link to the author's page and a line about
   * them ("Regan is a Connecticut native…"), with no running text of the story after it.
   */
  authorCards(): void {
    const leaves = this.keptLeaves();
    for (const a of this.ofTag('a')) {
      if (!isAuthorLink(a)) continue;
      const name = textOf(a);
      if (countWords(name) < 1 || countWords(name) > 4 || this.isRemoved(a)) continue;
      const box = a.parentElement?.closest('div, section, aside, footer');
      if (!box || box === this.root || !this.root.contains(box) || wordsIn(box) > 150) continue;
      const first = name.split(' ')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const about = new RegExp(
        `^${first}(?:\\s+\\S+){0,2}\\s+(?:is|was|has|lives|writes|covers|joined)\\b`,
        'u',
      );
      const inside = leaves.filter((leaf) => box.contains(leaf));
      if (!inside.some((leaf) => about.test(textOf(leaf)))) continue;
      // Leaves are in reading order: what follows the box's last one is after it.
      const after = leaves.slice(leaves.indexOf(inside[inside.length - 1]!) + 1);
      if (after.some((leaf) => isProse(textOf(leaf)))) continue;
      this.remove(box, 'author-footer');
    }
  }

  keptLeaves(): Element[] {
    return this.leaves.filter((leaf) => !this.isRemoved(leaf));
  }

  /** Standalone lines: "Read more:", sign-up prompts, credits, author footers, date lines. */
  lines(): void {
    const leaves = this.keptLeaves();
    const matched = leaves.map((leaf) => patternReason(textOf(leaf)));
    const prose = leaves.map((leaf, i) => !matched[i] && isProse(textOf(leaf)));
    const first = prose.indexOf(true);
    const last = prose.lastIndexOf(true);
    const title = normaliseSpace(this.context.title ?? '').toLowerCase();
    leaves.forEach((leaf, i) => {
      const text = textOf(leaf);
      const atEdge = first < 0 || i < first || i > last;
      const reason = matched[i];
      if (reason && (!EDGE_ONLY.has(reason) || atEdge)) this.remove(leaf, reason);
      else if (isHeadlineLink(leaf, this.context.url) && !inDataTable(leaf))
        this.remove(leaf, 'related-links');
      else if (isPromoLink(leaf, this.context.url)) this.remove(leaf, 'promo');
      else if (atEdge && isTitle(text, title)) this.remove(leaf, 'title');
      else if (atEdge && /^https?:\/\/\S+$/.test(text)) this.remove(leaf, 'navigation');
      else if (atEdge && isSectionLink(leaf, this.context.url)) this.remove(leaf, 'navigation');
    });
  }

  /**
   * Lines the page repeats: a share bar under every picture, a gallery caption shown twice.
   * Stories repeat lines too (a refrain, a menu), so only link bars and captions count: every
   * copy of a bar, and the later copies of a caption.
   */
  repeats(): void {
    const seen = new Map<string, Element[]>();
    for (const leaf of this.keptLeaves()) {
      const key = textOf(leaf).toLowerCase();
      seen.set(key, [...(seen.get(key) ?? []), leaf]);
    }
    for (const [text, copies] of seen) {
      if (copies.length < 2) continue;
      const bar =
        countWords(text) <= 6 &&
        copies.every((copy) => linkDensity(copy) >= 0.5 && !copy.closest('table'));
      if (bar) for (const copy of copies) this.remove(copy, 'share');
      else for (const copy of copies.slice(1)) if (isCaption(copy)) this.remove(copy, 'duplicate');
    }
    for (const leaf of this.keptLeaves()) {
      // A lone number or counter ("6", "1 / 9") outside a table: a gallery or share counter.
      if (isCounter(textOf(leaf)) && !leaf.closest('table, ol, ul')) this.remove(leaf, 'credit');
    }
  }

  /** After a "Related" or "Don't miss" line, the run of headline links under it. */
  linkRuns(): void {
    const leaves = this.leaves;
    let inRun = false;
    for (const leaf of leaves) {
      const reason = this.reasonOf(leaf);
      if (reason === 'read-more' && countWords(textOf(leaf)) <= 8) {
        inRun = true;
        this.removeLinkBoxAround(leaf);
        this.removeLinkBoxAfter(leaf);
        continue;
      }
      if (!inRun || reason) continue;
      const text = textOf(leaf);
      if (linkDensity(leaf) >= 0.5 && countWords(text) <= 30 && !isProse(text))
        this.remove(leaf, 'related-links');
      else inRun = false;
    }
  }

  /** "Don't miss" heading a box of links written as lines with <br>: the whole box goes. */
  private removeLinkBoxAround(heading: Element): void {
    const box = heading.parentElement;
    if (!box || box === this.root || wordsIn(box) > 120) return;
    const rest = wordsIn(box) - wordsIn(heading);
    if (rest > 0 && linkDensity(box) >= 0.5) this.remove(box, 'related-links');
  }

  /** "Don't miss" alone on its line, and the links under it written as lines of one paragraph with <br>. */
  private removeLinkBoxAfter(heading: Element): void {
    const box = heading.nextElementSibling;
    if (!box || this.leaves.includes(box) || wordsIn(box) > 120 || linkDensity(box) < 0.6) return;
    if (box.querySelectorAll('a').length >= 2 && !isProse(textOf(box)))
      this.remove(box, 'related-links');
  }

  /**
   * A box whose only words left are a label over what was removed from it ("Mehr zum Thema"
   * in a <span> above a removed list of links): the label goes with the box.
   */
  leftoverLabels(): void {
    const removed = Array.from(this.removals.keys());
    if (!removed.length) return;
    for (const box of this.ofTag('div', 'section', 'aside', 'header', 'footer', 'li', 'nav')) {
      if (this.isRemoved(box)) continue;
      const inside = removed.filter((el) => box.contains(el));
      if (!inside.length) continue;
      const keptWords = wordsIn(box) - inside.reduce((n, el) => n + wordsIn(el), 0);
      if (keptWords < 1 || keptWords > 8) continue;
      let label = textOf(box);
      for (const el of inside) label = label.replace(textOf(el), ' ');
      const reason = patternReason(normaliseSpace(label));
      if (reason && LABEL_REASONS.has(reason))
        this.remove(box, this.reasonOf(inside[0]!) ?? reason);
    }
  }

  /** A short heading left with nothing of the story under it: the title of a removed box. */
  orphanHeadings(): void {
    const leaves = this.leaves;
    leaves.forEach((leaf, i) => {
      if (this.isRemoved(leaf) || !isHeadingLike(leaf)) return;
      const next = leaves[i + 1];
      if (!next || !this.isRemoved(next)) return;
      const following = leaves.slice(i + 1).find((other) => !this.isRemoved(other));
      if (following && !isHeadingLike(following)) return;
      this.remove(leaf, this.reasonOf(next) ?? 'related-links');
    });
  }

  reasonOf(el: Element): RemovalReason | undefined {
    for (let at: Element | null = el; at && at !== this.root; at = at.parentElement)
      if (this.removals.has(at)) return this.removals.get(at);
    return undefined;
  }

  /** A story pasted in with no markup: a headline and its paragraph about something else. */
  strayStories(): void {
    for (const block of unrelatedStories(this.keptLeaves(), this.context.title, this.context.url))
      this.remove(block, 'unrelated-story');
  }
}

function holdsLink(el: Element): boolean {
  return el.querySelector('a[href]') !== null || el.closest('a[href]') !== null;
}

/**
 * A gallery's or a share bar's count: numbers and their marks, no letters ("6", "1 / 9"). A line
 * with no digit either is the writer's ("=)", "***"), not a counter.
 */
function isCounter(text: string): boolean {
  return !/\p{L}/u.test(text) && /\p{N}/u.test(text) && countWords(text) <= 3;
}

function isCaption(el: Element): boolean {
  return (
    el.closest('figure, figcaption') !== null ||
    /caption/i.test(
      `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`,
    )
  );
}

/** The page's headline again (titles often carry the site's name after it). */
function isTitle(text: string, title: string): boolean {
  const line = text.toLowerCase();
  // Words are counted last, for the few lines that match: counting is the dear part.
  return (
    title !== '' &&
    (line === title || title.startsWith(line) || line.startsWith(title)) &&
    countWords(line) >= 3
  );
}

/** A paragraph of running text: long enough and ending like a sentence. */
function isProse(text: string): boolean {
  return countWords(text) >= 20 && SENTENCE_END.test(text);
}

function isHeadingLike(el: Element): boolean {
  const text = textOf(el);
  return (
    (isHeading(el) || looksLikeHeadline(text) || countWords(text) <= 3) &&
    countWords(text) <= 10 &&
    !SENTENCE_END.test(text)
  );
}

export function findUnrelated(content: Element, context: StripContext): Removals {
  return withTextCache(() => {
    const stripper = new Stripper(content, context);
    stripper.markupHints();
    stripper.linkStructures();
    stripper.lines();
    stripper.linkRuns();
    stripper.repeats();
    stripper.strayStories();
    stripper.authorCards();
    stripper.leftoverLabels();
    stripper.orphanHeadings();
    return stripper.removals;
  });
}

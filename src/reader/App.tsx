/** The reader view: toolbar, article and (from a later stage) the quote sidebar. */
import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, NoArticleCause, ReadResult } from '../core/types.js';
import { EMBED_ATTR, LABEL_ATTR, REMOVED_ATTR } from '../core/markers.js';
import { MAX_PAGE_CHARS } from '../core/limits.js';
import { isRemovalReason, type RemovalReason } from '../core/reasons.js';
import { t, uiDirection, uiLanguage, type MessageKey } from '../shared/i18n.js';
import {
  ACTIVE_HIGHLIGHT,
  clearHighlights,
  QUOTE_HIGHLIGHT,
  rangeAt,
  scrollToRange,
  setHighlight,
} from './highlights.js';
import {
  frameParagraphs,
  paragraphsAround,
  quoteRanges,
  renderedParagraphs,
  type RenderedParagraph,
} from './locate.js';
import { Sidebar, type Selection } from './Sidebar.js';
import { useQuotesPanel } from './panel.js';
import type { Settings } from '../shared/settings.js';
import type { LoadFeature } from '../shared/features.js';
import { FONT_STACKS } from './fonts.js';
import { byPerson } from './by-person.js';
import { useSettingsPanel, type SettingsPanelState } from './aa.js';
import { ReaderTools } from './Tools.js';
import { FILL_ATTR, type ArticlePieces } from '../shared/article-pieces.js';
import { wholeArticle } from './whole-article.js';

export interface ReaderProps {
  result: ReadResult;
  settings: Settings;
  /** The page is still being read off its thread: show that, not the result. */
  pending?: boolean;
  /** A big page (the progress state says why it takes a while). */
  long?: boolean;
  /** A big page's article markup in pieces, added as they come (see content/read-page.ts). */
  pieces?: ArticlePieces;
  /** A big article's quotations are still being found: the sidebar says so. */
  quotesPending?: boolean;
  onClose: () => void;
  onChange: (update: Partial<Settings>) => void;
  /** "Always open on this site": absent where the reader cannot offer it. */
  onAlwaysOpen?: () => void;
  /** Loads a part of the reader on first use (the "Aa" panel, read aloud, save and print). */
  loadFeature?: LoadFeature;
}

/**
 * The reader's words for why a block was hidden (the core's REMOVAL_LABELS are the CLI's):
 * `related-links` is `removedRelatedLinks` (test/unit/i18n.test.ts checks every reason has one).
 */
export function removalMessageKey(reason: RemovalReason): MessageKey {
  return `removed${reason.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}` as MessageKey;
}

/** Why there is no article, in the person's language (the core's message is the CLI's English). */
function noArticleMessage(cause: NoArticleCause): string {
  switch (cause) {
    case 'no-text':
      return t('noArticleNoText');
    case 'not-an-article':
      return t('noArticleNotArticle');
    case 'too-deep':
      return t('noArticleTooDeep');
    case 'too-big':
      return t('noArticleTooBig', String(Math.round(MAX_PAGE_CHARS / 1e6)));
    case 'read-failed':
      return t('noArticleFailed');
  }
}

function Logo(): JSX.Element {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
      <path
        fill="#4f46e5"
        d="M4 3h16a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3H10l-5 4v-4H4a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z"
      />
      <path
        fill="#fff"
        d="M8.2 7.5a2 2 0 1 1 .3 3.9c-.1 1.1-.6 2-1.6 2.6l-.6-.8c.6-.5.9-1 .9-1.8a2 2 0 0 1 1-3.9zm6 0a2 2 0 1 1 .3 3.9c-.1 1.1-.6 2-1.6 2.6l-.6-.8c.6-.5.9-1 .9-1.8a2 2 0 0 1 1-3.9z"
      />
    </svg>
  );
}

interface ToolbarProps extends Omit<ReaderProps, 'result'> {
  /** Quote count when the sidebar is on; null hides the quotes button. */
  quoteCount: number | null;
  sidebarShown: boolean;
  onToggleSidebar: () => void;
  quotesButton: RefObject<HTMLButtonElement | null>;
  aa: SettingsPanelState | null;
  /** Listen and Save (Tools.tsx), when there is an article. */
  tools?: ComponentChildren;
}

function Toolbar({
  onClose,
  quoteCount,
  // No count while a big article's quotations are being found: not "0".
  quotesPending = false,
  sidebarShown,
  onToggleSidebar,
  quotesButton,
  onAlwaysOpen,
  aa,
  tools,
}: ToolbarProps): JSX.Element {
  // Each button's name starts with what it shows ("Aa Reading settings"), so speech control users
  // can say what they see (WCAG 2.5.3, Label in Name); the words are for screen readers.
  return (
    <div class="vb-toolbar" role="toolbar" aria-label={t('toolbarLabel')}>
      <span class="vb-brand">
        <Logo />
        <span class="vb-brand-name">{t('extName')}</span>
      </span>
      {aa && (
        <>
          <button
            type="button"
            class="vb-button"
            data-action="aa"
            ref={aa.button}
            aria-expanded={aa.open}
            aria-controls="vb-aa-panel"
            onClick={byPerson(aa.toggle)}
          >
            {t('aaButton')}
            <span class="vb-sr-only"> {t('aaButtonName')}</span>
          </button>
          {/* Empty and hidden until features/settings-panel renders the panel into it. */}
          <div id="vb-aa-panel" ref={aa.container} hidden />
        </>
      )}
      {tools}
      {quoteCount !== null && (
        <button
          type="button"
          class="vb-button"
          data-action="quotes"
          ref={quotesButton}
          aria-expanded={sidebarShown}
          aria-controls="vb-sidebar"
          onClick={onToggleSidebar}
        >
          {t('toolbarQuotes')} {quotesPending ? null : <span class="vb-badge">{quoteCount}</span>}
        </button>
      )}
      {onAlwaysOpen && (
        <button
          type="button"
          class="vb-button"
          data-action="always-open"
          title={t('toolbarAlwaysOpenTitle')}
          onClick={byPerson(onAlwaysOpen)}
        >
          {t('toolbarAlwaysOpen')}
          <span class="vb-wide-only"> {t('toolbarAlwaysOpenOnSite')}</span>
        </button>
      )}
      <button
        type="button"
        class="vb-button"
        data-action="close"
        onClick={byPerson(onClose)}
        title={t('toolbarCloseTitle')}
      >
        {t('toolbarClose')}
        <span class="vb-sr-only"> {t('toolbarCloseName')}</span>
      </button>
    </div>
  );
}

function formatDate(iso: string, lang: string | null): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  try {
    return date.toLocaleDateString(lang ?? undefined, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
  } catch {
    return iso;
  }
}

/**
 * The inert document markup is parsed in, emptied by each use: a big article's hundred pieces
 * each leaving a document behind made the page's garbage collector pause for a second.
 */
let inertDocument: Document | null = null;

/**
 * The one place the reader turns markup into nodes. The string is core.read's sanitiser output,
 * and it is parsed in an inert document (no scripts, no loads, no CSP reports to the page), then
 * adopted into the reader: the live page never parses a string of ours.
 */
function insertSanitisedHtml(target: HTMLElement, html: string): void {
  inertDocument ??= target.ownerDocument.implementation.createHTMLDocument('');
  const inert = inertDocument;
  // eslint-disable-next-line no-unsanitized/property -- sanitised by core/sanitise, inert document
  inert.body.innerHTML = html;
  // Copy the live list first: adopting a node takes it out of the inert body, and a live list
  // walked while it shrinks skips every other node.
  const nodes = Array.from(inert.body.childNodes);
  target.replaceChildren(...nodes.map((n) => target.ownerDocument.adoptNode(n)));
}

/**
 * A link into the article (the sanitiser writes them as `#vb-at-…`) scrolls the reader. Left to
 * the browser it would change the page's address and history, or with a page <base> navigate
 * the tab away.
 */
function followFragment(event: MouseEvent): boolean {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link) return false;
  event.preventDefault();
  const root = link.getRootNode() as ShadowRoot | Document;
  const id = link.getAttribute('href')!.slice(1);
  const target = id ? root.getElementById(id) : null;
  if (!target) return true;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return true;
}

/** Video embeds arrive as links (see core/sanitise): the player loads only when asked for. */
function playEmbed(event: MouseEvent): boolean {
  const link = (event.target as Element | null)?.closest?.(`a[${EMBED_ATTR}]`);
  if (!link) return false;
  event.preventDefault();
  const frame = link.ownerDocument.createElement('iframe');
  frame.src = link.getAttribute('href')!;
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
  frame.setAttribute('allow', 'fullscreen; picture-in-picture');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.title = link.textContent ?? t('articleVideo');
  link.replaceWith(frame);
  frame.focus();
  return true;
}

function HiddenNotice({
  count,
  shown,
  onToggle,
}: {
  count: number;
  shown: boolean;
  onToggle: () => void;
}): JSX.Element | null {
  if (!count) return null;
  return (
    <p class="vb-hidden-note">
      <span>{t('hiddenCount', String(count))}</span>
      <button
        type="button"
        class="vb-chip"
        data-action="show-hidden"
        aria-pressed={shown}
        onClick={onToggle}
      >
        {shown ? t('hiddenHide') : t('hiddenShow')}
      </button>
    </p>
  );
}

/** Pieces are added for this long, then the page gets its thread back until the next frame. */
const PIECE_SLICE_MS = 10;

/** Characters a line of the article holds, roughly: a piece's height is guessed from its text. */
const CHARS_PER_LINE = 70;

/**
 * One piece of a big article in its own block. Off screen, the browser skips laying it out
 * (content-visibility in reader.css) and takes the guessed height instead (see guessHeight):
 * tens of blocks to watch rather than every paragraph of the book, which cost a long stall on
 * every frame.
 */
function pieceElement(doc: Document, html: string): HTMLElement {
  const piece = doc.createElement('div');
  piece.className = 'vb-piece';
  insertSanitisedHtml(piece, html);
  return piece;
}

/**
 * A piece's height, guessed from its paragraphs, which the reader walks anyway: walking its
 * nodes once more to count its text took a book's reader 200 ms, and its textContent is a string
 * of 200 KB. A paragraph takes its lines and about one more for the space after it.
 */
function guessHeight(piece: HTMLElement, paragraphs: RenderedParagraph[]): void {
  let lines = 0;
  for (const paragraph of paragraphs) lines += Math.ceil(paragraph.length / CHARS_PER_LINE) + 1;
  piece.style.setProperty('--vb-piece-lines', String(lines));
}

/** A big article's frame (its first piece) in the reader, and where the other pieces go. */
interface Frame {
  fill: HTMLElement;
  paragraphs: ReturnType<typeof frameParagraphs>;
}

function insertFrame(target: HTMLElement, html: string): Frame {
  insertSanitisedHtml(target, html);
  const fill = target.querySelector<HTMLElement>(`[${FILL_ATTR}]`) ?? target;
  fill.removeAttribute(FILL_ATTR);
  // An article of unknown direction is dir="auto", and the browser works out such a direction
  // again over all the text so far on every insertion: adding pieces would take time growing
  // with the article (seconds a piece on a book). The first piece has decided it; keep it.
  fill.dir = getComputedStyle(fill).direction;
  return { fill, paragraphs: frameParagraphs(target, fill) };
}

/**
 * Adds a big article's pieces as they come, a few at a time between frames, and calls `done`
 * after the last with the article's paragraphs, walked a piece at a time as they went in.
 * Returns a function that stops it (the reader closed or got a new article).
 */
function insertPieces(
  target: HTMLElement,
  pieces: ArticlePieces,
  done: (paragraphs: RenderedParagraph[]) => void,
): () => void {
  let frame: Frame | null = null;
  const inPieces: RenderedParagraph[][] = [];
  let next = 0;
  let timer = 0;
  const step = (): void => {
    timer = 0;
    const started = performance.now();
    while (next < pieces.count && performance.now() - started < PIECE_SLICE_MS) {
      const html = pieces.at(next++)!;
      if (!frame) {
        frame = insertFrame(target, html);
        continue;
      }
      const piece = pieceElement(target.ownerDocument, html);
      frame.fill.append(piece);
      const paragraphs = renderedParagraphs(piece);
      guessHeight(piece, paragraphs);
      inPieces.push(paragraphs);
    }
    if (frame && next === pieces.total) done(paragraphsAround(frame.paragraphs, inPieces));
    else if (next < pieces.count) timer = window.setTimeout(step, 0);
    // Else the next piece is on its way: onPiece below goes on.
  };
  const stopWatching = pieces.onPiece(() => {
    if (!timer) timer = window.setTimeout(step, 0);
  });
  step();
  return () => {
    stopWatching();
    window.clearTimeout(timer);
  };
}

/**
 * Runs `step` for 0…count-1 in slices of PIECE_SLICE_MS, one slice per task, then `done`.
 * Returns a function that stops it.
 */
function inSlices(count: number, step: (i: number) => void, done: () => void): () => void {
  let next = 0;
  let timer = 0;
  const slice = (): void => {
    const started = performance.now();
    while (next < count && performance.now() - started < PIECE_SLICE_MS) step(next++);
    if (next < count) timer = window.setTimeout(slice, 0);
    else done();
  };
  slice();
  return () => window.clearTimeout(timer);
}

interface ArticleViewProps {
  article: Article;
  pieces?: ArticlePieces;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  markQuotes: boolean;
}

function ArticleView({
  article: a,
  pieces,
  selection,
  onSelect,
  markQuotes,
}: ArticleViewProps): JSX.Element {
  const body = useRef<HTMLDivElement>(null);
  /** Per quote, its ranges in the text (one per paragraph it spans). */
  const ranges = useRef<Range[][]>([]);
  /** A big article's paragraphs, found as its pieces went in (walking a book at once stalls). */
  const bigParagraphs = useRef<RenderedParagraph[] | null>(null);
  const [showRemoved, setShowRemoved] = useState(false);
  const big = pieces !== undefined && pieces.total > 1;
  // A big article is complete once its last piece is in; the effects below wait for that.
  const [complete, setComplete] = useState(!big);

  // The article's markup goes in first: every effect below reads the rendered text.
  useLayoutEffect(() => {
    if (!body.current) return;
    if (!big) {
      insertSanitisedHtml(body.current, pieces?.at(0) ?? a.annotatedHtml);
      return;
    }
    setComplete(false);
    return insertPieces(body.current, pieces, (paragraphs) => {
      bigParagraphs.current = paragraphs;
      setComplete(true);
    });
  }, [a.annotatedHtml, pieces]);

  // Labels for removed blocks, set after render: the core's HTML carries only the reason.
  useLayoutEffect(() => {
    if (!complete) return;
    for (const el of Array.from(body.current?.querySelectorAll(`[${REMOVED_ATTR}]`) ?? [])) {
      const reason = el.getAttribute(REMOVED_ATTR);
      if (isRemovalReason(reason))
        el.setAttribute(LABEL_ATTR, t('hiddenLabel', t(removalMessageKey(reason))));
    }
  }, [a.annotatedHtml, complete]);

  // Map every quote to its place in the rendered text, and mark them all subtly.
  useLayoutEffect(() => {
    if (!body.current || !complete) return;
    const paragraphs = (big && bigParagraphs.current) || renderedParagraphs(body.current);
    const mark = (): void => setHighlight(QUOTE_HIGHLIGHT, markQuotes ? ranges.current.flat() : []);
    if (!big) {
      ranges.current = a.quotes.map((q) => quoteRanges(paragraphs, q));
      mark();
      return clearHighlights;
    }
    // Thousands of quotes: placed a slice at a time, marked once all are placed.
    ranges.current = [];
    const stop = inSlices(
      a.quotes.length,
      (i) => void (ranges.current[i] = quoteRanges(paragraphs, a.quotes[i]!)),
      mark,
    );
    return () => (stop(), clearHighlights());
  }, [a.annotatedHtml, a.quotes, markQuotes, complete]);

  // The selected quote, or all quotes of the selected speaker, stand out; the first is scrolled to.
  useEffect(() => {
    const picked =
      selection?.kind === 'quote'
        ? [selection.index]
        : selection?.kind === 'speaker'
          ? a.quotes.flatMap((q, i) => (q.speaker === selection.name ? [i] : []))
          : [];
    const active = picked.flatMap((i) => ranges.current[i] ?? []);
    setHighlight(ACTIVE_HIGHLIGHT, active);
    const scroller = body.current?.closest('.vb-scroll');
    if (active[0] && scroller) scrollToRange(scroller, active[0]);
  }, [selection, a.quotes]);

  const onBodyClick = (event: MouseEvent): void => {
    if (playEmbed(event) || followFragment(event) || (event.target as Element).closest?.('a'))
      return;
    const index = rangeAt(ranges.current, event.clientX, event.clientY);
    if (index < 0) return;
    onSelect({ kind: 'quote', index });
    const entry = body.current
      ?.closest('.vb-layout')
      ?.querySelector<HTMLElement>(`[data-quote-index="${index}"]`);
    entry?.focus({ preventScroll: true });
    entry?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <article
      class="vb-article"
      tabIndex={-1}
      lang={a.lang ?? undefined}
      // An article of unknown direction must not take the UI's: in an Arabic UI an English
      // article still reads left to right.
      dir={a.dir ?? 'auto'}
      aria-labelledby="vb-title"
    >
      {a.siteName && <p class="vb-site">{a.siteName}</p>}
      <h1 class="vb-title" id="vb-title">
        {a.title ?? t('articleUntitled')}
      </h1>
      <p class="vb-meta">
        {a.byline && <span class="vb-byline">{a.byline}</span>}
        {a.published && (
          <span>
            <time dateTime={a.published}>{formatDate(a.published, a.lang)}</time>
          </span>
        )}
        <span class="vb-reading-time">{t('articleReadingTime', String(a.readingMinutes))}</span>
      </p>
      <HiddenNotice
        count={a.removed.length}
        shown={showRemoved}
        onToggle={() => setShowRemoved(!showRemoved)}
      />
      <div
        ref={body}
        class={['vb-body', showRemoved && 'vb-show-removed'].filter(Boolean).join(' ')}
        aria-busy={complete ? undefined : 'true'}
        onClick={onBodyClick}
      />
    </article>
  );
}

/** Shown at once while a big page is read, and while a normal page's read is slow. */
function Reading({ long, onClose }: { long: boolean; onClose: () => void }): JSX.Element {
  return (
    <div class="vb-empty vb-progress" role="status" aria-busy="true" data-vb-progress="">
      <Logo />
      <h1 id="vb-title">{t(long ? 'readingTitle' : 'readingPageTitle')}</h1>
      {long && <p>{t('readingText')}</p>}
      <button type="button" class="vb-button" onClick={byPerson(onClose)}>
        {t('backToPage')}
      </button>
    </div>
  );
}

function NoArticle({
  cause,
  onClose,
}: {
  cause: NoArticleCause;
  onClose: () => void;
}): JSX.Element {
  return (
    <div class="vb-empty" role="status">
      <Logo />
      <h1 id="vb-title">{t('noArticleTitle')}</h1>
      <p>
        {noArticleMessage(cause)} {t('noArticleHint')}
      </p>
      <button type="button" class="vb-button" onClick={byPerson(onClose)}>
        {t('backToPage')}
      </button>
    </div>
  );
}

/**
 * The article as Save and Listen need it, its text and markup included. A big article comes
 * without them (they stay with the page reader: the view needs only the pieces): they are put
 * together from its pieces when first asked for, once all have come.
 */
function wholeOnDemand(article: Article | null, pieces?: ArticlePieces): () => Article | null {
  if (!article || !pieces || pieces.total <= 1) return () => article;
  let whole: Article | null = null;
  return () => {
    if (whole) return whole;
    inertDocument ??= document.implementation.createHTMLDocument('');
    const made = wholeArticle(article, pieces.all, inertDocument);
    if (pieces.complete) whole = made;
    return made;
  };
}

export function Reader(props: ReaderProps): JSX.Element {
  const { result, settings } = props;
  const [selection, setSelection] = useState<Selection>(null);
  // Wide windows show the sidebar unless collapsed; narrow ones open it as a panel on request.
  const [collapsed, setCollapsed] = useState(false);
  const panel = useQuotesPanel();
  const aa = useSettingsPanel(props.loadFeature, settings, props.onChange);
  const panelOpen = panel.open;
  const article = result.ok && !props.pending ? result.article : null;
  const withSidebar = article !== null && settings.sidebar;
  const whole = useMemo(() => wholeOnDemand(article, props.pieces), [article, props.pieces]);
  const narrow = (): boolean =>
    typeof matchMedia === 'function' && matchMedia('(max-width: 60rem)').matches;
  const toggleSidebar = (): void => (narrow() ? panel.toggle() : setCollapsed(!collapsed));
  // A quote chosen in the panel is shown in the text: the panel, over the text, gets out of the way.
  const select = (next: Selection): void => {
    setSelection(next);
    if (next?.kind === 'quote' && panelOpen) panel.close();
  };
  const style = [
    `--vb-font: ${FONT_STACKS[settings.font]}`,
    `--vb-font-size: ${settings.fontSize}px`,
    `--vb-line-width: ${settings.lineWidth}ch`,
    `--vb-line-height: ${settings.lineHeight}`,
    // Inherited by all the reader's text; the "Aa" panel keeps its own spacing.
    `letter-spacing: ${settings.letterSpacing}em`,
    `word-spacing: ${settings.wordSpacing}em`,
  ].join('; ');
  const root = [
    'vb-root',
    settings.align === 'justify' && 'vb-justify',
    settings.hideLinks && 'vb-no-links',
    settings.hideImages && 'vb-no-images',
  ]
    .filter(Boolean)
    .join(' ');
  const layout = [
    'vb-layout',
    withSidebar && !collapsed ? 'vb-has-sidebar' : '',
    panelOpen ? 'vb-panel-open' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    // The surface around this is already the modal <dialog>, labelled by the title: a second
    // dialog role inside it would be announced twice.
    // The chrome speaks the browser's UI language and mirrors for a right-to-left one; the article
    // keeps its own lang and dir.
    <div
      class={root}
      lang={uiLanguage()}
      dir={uiDirection()}
      data-theme={settings.theme}
      style={style}
      onKeyDown={panel.onKeyDown}
    >
      <div class="vb-scroll">
        <Toolbar
          settings={settings}
          onClose={props.onClose}
          onChange={props.onChange}
          aa={props.loadFeature ? aa : null}
          onAlwaysOpen={props.onAlwaysOpen}
          quoteCount={withSidebar ? article.quotes.length : null}
          quotesPending={props.quotesPending}
          sidebarShown={narrow() ? panelOpen : !collapsed}
          onToggleSidebar={toggleSidebar}
          quotesButton={panel.opener}
          tools={
            article &&
            props.loadFeature && (
              <ReaderTools article={article} whole={whole} loadFeature={props.loadFeature} />
            )
          }
        />
        <div class={layout}>
          {props.pending ? (
            <Reading long={props.long ?? false} onClose={props.onClose} />
          ) : article ? (
            <ArticleView
              article={article}
              pieces={props.pieces}
              selection={selection}
              onSelect={setSelection}
              markQuotes={settings.sidebar}
            />
          ) : (
            <NoArticle
              cause={(result as Extract<ReadResult, { ok: false }>).cause}
              onClose={props.onClose}
            />
          )}
          {withSidebar && (!collapsed || panelOpen) && (
            <Sidebar
              article={article}
              big={props.pieces !== undefined}
              finding={props.quotesPending ?? false}
              selection={selection}
              onSelect={select}
              onClose={panel.close}
              loadFeature={props.loadFeature}
            />
          )}
        </div>
        {/* Filled by the Save menu when quotes are to be printed; shown only in print. */}
        <div class="vb-appendix" />
      </div>
    </div>
  );
}

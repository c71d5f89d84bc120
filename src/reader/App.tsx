/** The reader view: toolbar, article and (from a later stage) the quote sidebar. */
import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article, ReadResult } from '../core/types.js';
import { EMBED_ATTR, LABEL_ATTR, REMOVED_ATTR } from '../core/markers.js';
import { isRemovalReason, REMOVAL_LABELS } from '../core/reasons.js';
import {
  ACTIVE_HIGHLIGHT,
  clearHighlights,
  QUOTE_HIGHLIGHT,
  rangeAt,
  scrollToRange,
  setHighlight,
} from './highlights.js';
import { quoteRanges, renderedParagraphs } from './locate.js';
import { Sidebar, type Selection } from './Sidebar.js';
import { useQuotesPanel } from './panel.js';
import { FONT_SIZE, stepValue, THEMES, type Settings, type Theme } from '../shared/settings.js';
import { FONT_STACKS } from './fonts.js';
import { ReaderTools, type LoadFeature } from './Tools.js';
import { byPerson } from './by-person.js';

export interface ReaderProps {
  result: ReadResult;
  settings: Settings;
  /** A big page is being read off the page's thread: show that, not the result. */
  pending?: boolean;
  /** A big page's article markup in pieces, added one at a time (see content/big-page.ts). */
  pieces?: string[];
  onClose: () => void;
  onChange: (update: Partial<Settings>) => void;
  /** "Always open on this site": absent where the reader cannot offer it. */
  onAlwaysOpen?: () => void;
  /** Loads a part of the reader on first use (read aloud, save and print). */
  loadFeature?: LoadFeature;
}

const THEME_LABELS: Record<Theme, string> = {
  auto: 'Automatic',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
};
const THEME_SWATCH: Record<Theme, string> = {
  auto: 'linear-gradient(135deg, #fdfdfb 50%, #17181b 50%)',
  light: '#fdfdfb',
  sepia: '#f5edd9',
  dark: '#17181b',
};

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
  /** Listen and Save (Tools.tsx), when there is an article. */
  tools?: ComponentChildren;
}

function Toolbar({
  settings,
  onClose,
  onChange,
  quoteCount,
  sidebarShown,
  onToggleSidebar,
  quotesButton,
  onAlwaysOpen,
  tools,
}: ToolbarProps): JSX.Element {
  // Each button's name starts with what it shows ("A− smaller text"), so speech control users
  // can say what they see (WCAG 2.5.3, Label in Name); the words are for screen readers.
  const size = (direction: 1 | -1) =>
    byPerson(() => onChange({ fontSize: stepValue(FONT_SIZE, settings.fontSize, direction) }));
  return (
    <div class="vb-toolbar" role="toolbar" aria-label="Reader settings">
      <span class="vb-brand">
        <Logo />
        <span class="vb-brand-name">Verbatim</span>
      </span>
      <span class="vb-group" role="group" aria-label="Text size">
        <button
          type="button"
          class="vb-button"
          data-action="smaller"
          title="Smaller text"
          disabled={settings.fontSize <= FONT_SIZE.min}
          onClick={size(-1)}
        >
          A−
          <span class="vb-sr-only"> smaller text</span>
        </button>
        <button
          type="button"
          class="vb-button"
          data-action="larger"
          title="Larger text"
          disabled={settings.fontSize >= FONT_SIZE.max}
          onClick={size(1)}
        >
          A+
          <span class="vb-sr-only"> larger text</span>
        </button>
      </span>
      <span class="vb-group" role="group" aria-label="Theme">
        {THEMES.map((theme) => (
          <button
            type="button"
            class="vb-button"
            data-theme-choice={theme}
            aria-pressed={settings.theme === theme}
            title={`${THEME_LABELS[theme]} theme`}
            onClick={byPerson(() => onChange({ theme }))}
          >
            <span
              class="vb-swatch"
              style={{ background: THEME_SWATCH[theme] }}
              aria-hidden="true"
            />
            <span class="vb-sr-only">{THEME_LABELS[theme]} theme</span>
          </button>
        ))}
      </span>
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
          Quotes <span class="vb-badge">{quoteCount}</span>
        </button>
      )}
      {onAlwaysOpen && (
        <button
          type="button"
          class="vb-button"
          data-action="always-open"
          title="Open the reader by itself on every page of this site (asks for permission)"
          onClick={byPerson(onAlwaysOpen)}
        >
          Always open<span class="vb-wide-only"> on this site</span>
        </button>
      )}
      <button
        type="button"
        class="vb-button"
        data-action="close"
        onClick={byPerson(onClose)}
        title="Close the reader (Esc)"
      >
        Close<span class="vb-sr-only"> reader view</span>
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
 * The one place the reader turns markup into nodes. The string is core.read's sanitiser output,
 * and it is parsed in an inert document (no scripts, no loads, no CSP reports to the page), then
 * adopted into the reader: the live page never parses a string of ours.
 */
function insertSanitisedHtml(target: HTMLElement, html: string): void {
  const inert = target.ownerDocument.implementation.createHTMLDocument('');
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
  frame.title = link.textContent ?? 'Video';
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
      <span>
        {count} unrelated {count === 1 ? 'item' : 'items'} hidden
      </span>
      <button
        type="button"
        class="vb-chip"
        data-action="show-hidden"
        aria-pressed={shown}
        onClick={onToggle}
      >
        {shown ? 'Hide again' : 'Show'}
      </button>
    </p>
  );
}

/** The element later pieces of a big article go into (written by background/read-big.ts). */
const FILL_ATTR = 'data-vb-fill';
/** Pieces are added for this long, then the page gets its thread back until the next frame. */
const PIECE_SLICE_MS = 10;

/**
 * Adds a big article's pieces a few at a time, between frames, and calls `done` after the
 * last. Returns a function that stops it (the reader closed or got a new article).
 */
function insertPieces(target: HTMLElement, pieces: string[], done: () => void): () => void {
  insertSanitisedHtml(target, pieces[0] ?? '');
  const fill = target.querySelector<HTMLElement>(`[${FILL_ATTR}]`) ?? target;
  fill.removeAttribute(FILL_ATTR);
  let next = 1;
  let timer = 0;
  const step = (): void => {
    const started = performance.now();
    while (next < pieces.length && performance.now() - started < PIECE_SLICE_MS) {
      const holder = target.ownerDocument.createElement('div');
      insertSanitisedHtml(holder, pieces[next++]!);
      fill.append(...Array.from(holder.childNodes));
    }
    if (next < pieces.length) timer = window.setTimeout(step, 0);
    else done();
  };
  timer = window.setTimeout(step, 0);
  return () => window.clearTimeout(timer);
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
  pieces?: string[];
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
  const [showRemoved, setShowRemoved] = useState(false);
  const big = pieces !== undefined && pieces.length > 1;
  // A big article is complete once its last piece is in; the effects below wait for that.
  const [complete, setComplete] = useState(!big);

  // The article's markup goes in first: every effect below reads the rendered text.
  useLayoutEffect(() => {
    if (!body.current) return;
    if (!big) {
      insertSanitisedHtml(body.current, pieces?.[0] ?? a.annotatedHtml);
      return;
    }
    setComplete(false);
    return insertPieces(body.current, pieces, () => setComplete(true));
  }, [a.annotatedHtml, pieces]);

  // Labels for removed blocks, set after render: the core's HTML carries only the reason.
  useLayoutEffect(() => {
    if (!complete) return;
    for (const el of Array.from(body.current?.querySelectorAll(`[${REMOVED_ATTR}]`) ?? [])) {
      const reason = el.getAttribute(REMOVED_ATTR);
      if (isRemovalReason(reason)) el.setAttribute(LABEL_ATTR, `Hidden: ${REMOVAL_LABELS[reason]}`);
    }
  }, [a.annotatedHtml, complete]);

  // Map every quote to its place in the rendered text, and mark them all subtly.
  useLayoutEffect(() => {
    if (!body.current || !complete) return;
    const paragraphs = renderedParagraphs(body.current);
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
      dir={a.dir ?? undefined}
      aria-labelledby="vb-title"
    >
      {a.siteName && <p class="vb-site">{a.siteName}</p>}
      <h1 class="vb-title" id="vb-title">
        {a.title ?? 'Untitled article'}
      </h1>
      <p class="vb-meta">
        {a.byline && <span class="vb-byline">{a.byline}</span>}
        {a.published && (
          <span>
            <time dateTime={a.published}>{formatDate(a.published, a.lang)}</time>
          </span>
        )}
        <span class="vb-reading-time">{a.readingMinutes} min read</span>
      </p>
      <HiddenNotice
        count={a.removed.length}
        shown={showRemoved}
        onToggle={() => setShowRemoved(!showRemoved)}
      />
      <div
        ref={body}
        class={['vb-body', showRemoved && 'vb-show-removed', big && 'vb-big']
          .filter(Boolean)
          .join(' ')}
        aria-busy={complete ? undefined : 'true'}
        onClick={onBodyClick}
      />
    </article>
  );
}

/** Shown at once while a big page is read off the page's thread. */
function Reading({ onClose }: { onClose: () => void }): JSX.Element {
  return (
    <div class="vb-empty vb-progress" role="status" aria-busy="true" data-vb-progress="">
      <Logo />
      <h1 id="vb-title">Reading a long page…</h1>
      <p>This page is very long: Verbatim reads it without holding up the page.</p>
      <button type="button" class="vb-button" onClick={byPerson(onClose)}>
        Back to the page
      </button>
    </div>
  );
}

function NoArticle({ message, onClose }: { message: string; onClose: () => void }): JSX.Element {
  return (
    <div class="vb-empty" role="status">
      <Logo />
      <h1 id="vb-title">No article here</h1>
      <p>{message} Open a single news story and try again.</p>
      <button type="button" class="vb-button" onClick={byPerson(onClose)}>
        Back to the page
      </button>
    </div>
  );
}

export function Reader(props: ReaderProps): JSX.Element {
  const { result, settings } = props;
  const [selection, setSelection] = useState<Selection>(null);
  // Wide windows show the sidebar unless collapsed; narrow ones open it as a panel on request.
  const [collapsed, setCollapsed] = useState(false);
  const panel = useQuotesPanel();
  const panelOpen = panel.open;
  const article = result.ok && !props.pending ? result.article : null;
  const withSidebar = article !== null && settings.sidebar;
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
  ].join('; ');
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
    <div class="vb-root" data-theme={settings.theme} style={style} onKeyDown={panel.onKeyDown}>
      <div class="vb-scroll">
        <Toolbar
          settings={settings}
          onClose={props.onClose}
          onChange={props.onChange}
          onAlwaysOpen={props.onAlwaysOpen}
          quoteCount={withSidebar ? article.quotes.length : null}
          sidebarShown={narrow() ? panelOpen : !collapsed}
          onToggleSidebar={toggleSidebar}
          quotesButton={panel.opener}
          tools={
            article &&
            props.loadFeature && <ReaderTools article={article} loadFeature={props.loadFeature} />
          }
        />
        <div class={layout}>
          {props.pending ? (
            <Reading onClose={props.onClose} />
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
              message={(result as Extract<ReadResult, { ok: false }>).message}
              onClose={props.onClose}
            />
          )}
          {withSidebar && (!collapsed || panelOpen) && (
            <Sidebar
              article={article}
              big={props.pieces !== undefined}
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

/** The quote sidebar: every quotation in the article, grouped by who said it. */
import type { JSX } from 'preact';
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article, Quote } from '../core/types.js';
import type { LoadFeature } from '../shared/features.js';
import { t } from '../shared/i18n.js';

export type Selection =
  { kind: 'quote'; index: number } | { kind: 'speaker'; name: string | null } | null;

interface Group {
  name: string | null;
  role: string | null;
  quotes: Array<{ quote: Quote; index: number }>;
}

/** Groups quotes by speaker in order of first appearance; the unattributed come last. */
export function groupQuotes(article: Pick<Article, 'quotes' | 'speakers'>): Group[] {
  const groups = new Map<string | null, Group>();
  article.quotes.forEach((quote, index) => {
    const key = quote.speaker;
    if (!groups.has(key)) {
      const speaker = article.speakers.find((s) => s.name === key);
      groups.set(key, { name: key, role: speaker?.role ?? quote.role, quotes: [] });
    }
    groups.get(key)!.quotes.push({ quote, index });
  });
  const named = [...groups.values()].filter((g) => g.name !== null);
  const unattributed = groups.get(null);
  return unattributed ? [...named, unattributed] : named;
}

/** A big article's quotes are listed this many at a time, one step per task, never all at once. */
const LIST_STEP = 250;

/** How many quotes to list: all at once, or growing step by step when `grow` is set. */
function useListedCount(total: number, grow: boolean): number {
  const [listed, setListed] = useState(grow ? Math.min(total, LIST_STEP) : total);
  useEffect(() => {
    if (listed >= total) return;
    const timer = setTimeout(() => setListed(Math.min(total, listed + LIST_STEP)), 0);
    return () => clearTimeout(timer);
  }, [listed, total]);
  return listed;
}

/** [start, end) of each block of `count` listed quotes: full blocks never change as the list grows. */
function blocksOf(count: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let start = 0; start < count; start += LIST_STEP)
    blocks.push([start, Math.min(count, start + LIST_STEP)]);
  return blocks;
}

interface QuoteBlockProps {
  group: Group;
  start: number;
  end: number;
  selection: Selection;
}

/**
 * One block of a speaker's quotes. A block is drawn again only when its span or the selection
 * changes, so a growing list of thousands costs one new block per step, not the whole list.
 * Its buttons carry no handlers: the list takes their clicks (see Sidebar), so a book's
 * thousands of quotes do not hold thousands of listeners.
 */
class QuoteBlock extends Component<QuoteBlockProps> {
  override shouldComponentUpdate(next: QuoteBlockProps): boolean {
    const now = this.props;
    if (next.start !== now.start || next.end !== now.end || next.selection !== now.selection)
      return true;
    // A new article (the strip setting changed) brings new quote objects.
    for (let i = next.start; i < next.end; i++) {
      const [a, b] = [next.group.quotes[i], now.group.quotes[i]];
      if (a?.quote !== b?.quote || a?.index !== b?.index) return true;
    }
    return next.group.name !== now.group.name;
  }

  override render(): ComponentChildren {
    const { group, start, end, selection } = this.props;
    return group.quotes.slice(start, end).map(({ quote, index }) => (
      <li key={index} class="vb-quote-item">
        <button
          type="button"
          class="vb-quote"
          data-quote-index={index}
          aria-current={
            selection?.kind === 'quote' && selection.index === index ? 'true' : undefined
          }
        >
          “{quote.text}”
        </button>
        <button
          type="button"
          class="vb-copy"
          data-copy-index={index}
          aria-label={t('sidebarCopyName')}
          title={t('sidebarCopyTitle')}
        >
          {t('sidebarCopy')}
        </button>
      </li>
    ));
  }
}

/** The quote a click in the list was for, and whether it asked to copy it. */
function clickedQuote(event: MouseEvent): { index: number; copy: boolean } | null {
  const button = (event.target as Element | null)?.closest?.(
    'button[data-quote-index], button[data-copy-index]',
  );
  if (!button) return null;
  const copy = button.hasAttribute('data-copy-index');
  const index = Number(button.getAttribute(copy ? 'data-copy-index' : 'data-quote-index'));
  return Number.isInteger(index) ? { index, copy } : null;
}

export interface SidebarProps {
  article: Article;
  /** A big page's article: the list grows a step at a time (see useListedCount). */
  big?: boolean;
  /** The article's quotations are still being found (a big article's follow its text). */
  finding?: boolean;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  /** Narrow windows: the sidebar is a panel, and this closes it. */
  onClose: () => void;
  /** Copying with a citation is in the export feature (the quote exports are in its Save menu). */
  loadFeature?: LoadFeature;
}

export function Sidebar({
  article,
  big = false,
  finding = false,
  selection,
  onSelect,
  onClose,
  loadFeature,
}: SidebarProps): JSX.Element {
  const [byCount, setByCount] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Grouped once per article: a big article's list is drawn again at every step it grows.
  const groups = useMemo(() => groupQuotes(article), [article]);
  const ordered = byCount
    ? [...groups].sort((a, b) =>
        a.name === null ? 1 : b.name === null ? -1 : b.quotes.length - a.quotes.length,
      )
    : groups;
  const total = article.quotes.length;
  let unlisted = useListedCount(total, big);
  /** The group's quotes that are listed yet, in list order. */
  const listedOf = (group: Group): Group['quotes'] => {
    const listed = group.quotes.slice(0, Math.max(0, unlisted));
    unlisted -= listed.length;
    return listed;
  };

  // Citations and exports are in the export feature, loaded on first use.
  const copy = (quote: Quote): void => {
    void loadFeature?.('export')
      .then((feature) => feature?.copyQuote(quote, article) ?? Promise.reject())
      .then(
        () => setAnnouncement(t('sidebarCopied')),
        () => setAnnouncement(t('sidebarCopyFailed')),
      );
  };
  const groupOf = useMemo(
    () => new Map(groups.flatMap((group) => group.quotes.map((q) => [q.index, group] as const))),
    [groups],
  );
  const onListClick = (event: MouseEvent): void => {
    const clicked = clickedQuote(event);
    const group = clicked && groupOf.get(clicked.index);
    if (!clicked || !group) return;
    if (clicked.copy) copy(article.quotes[clicked.index]!);
    else pickQuote(clicked.index, group);
  };
  const pickQuote = (index: number, group: Group): void => {
    onSelect({ kind: 'quote', index });
    const position = group.quotes.findIndex((q) => q.index === index) + 1;
    const counts = [String(position), String(group.quotes.length)];
    setAnnouncement(
      group.name === null
        ? t('sidebarQuotePickedUnattributed', counts)
        : t('sidebarQuotePicked', [...counts, group.name]),
    );
  };
  const pickSpeaker = (group: Group): void => {
    const same = selection?.kind === 'speaker' && selection.name === group.name;
    onSelect(same ? null : { kind: 'speaker', name: group.name });
    const count = String(group.quotes.length);
    setAnnouncement(
      same
        ? t('sidebarHighlightCleared')
        : group.name === null
          ? t('sidebarUnattributedPicked', count)
          : t('sidebarSpeakerPicked', [count, group.name]),
    );
  };

  return (
    <aside
      class={big ? 'vb-sidebar vb-big-list' : 'vb-sidebar'}
      aria-labelledby="vb-quotes-title"
      aria-busy={finding ? 'true' : undefined}
      id="vb-sidebar"
    >
      <div class="vb-sidebar-head">
        <h2 id="vb-quotes-title">
          {t('sidebarTitle')} {!finding && <span class="vb-count">{total}</span>}
        </h2>
        <button
          type="button"
          class="vb-button vb-panel-close"
          onClick={onClose}
          aria-label={t('sidebarClose')}
        >
          ×
        </button>
      </div>
      {finding ? (
        <p class="vb-quiet">{t('sidebarFinding')}</p>
      ) : total === 0 ? (
        <p class="vb-quiet">{t('sidebarNone')}</p>
      ) : (
        <>
          <div class="vb-sidebar-tools">
            <span class="vb-group" role="group" aria-label={t('sidebarOrder')}>
              <button
                type="button"
                class="vb-chip"
                aria-pressed={!byCount}
                onClick={() => setByCount(false)}
              >
                {t('sidebarInOrder')}
              </button>
              <button
                type="button"
                class="vb-chip"
                aria-pressed={byCount}
                onClick={() => setByCount(true)}
              >
                {t('sidebarMostQuoted')}
              </button>
            </span>
          </div>
          <ul class="vb-speakers" onClick={onListClick}>
            {ordered.map((group) => (
              <li class="vb-speaker" key={group.name ?? ''} data-speaker={group.name ?? ''}>
                <button
                  type="button"
                  class="vb-speaker-name"
                  aria-pressed={selection?.kind === 'speaker' && selection.name === group.name}
                  onClick={() => pickSpeaker(group)}
                >
                  <span class="vb-name">{group.name ?? t('sidebarUnattributed')}</span>
                  <span
                    class="vb-badge"
                    aria-label={t('sidebarQuoteCount', String(group.quotes.length))}
                  >
                    {group.quotes.length}
                  </span>
                </button>
                {group.role && <p class="vb-role">{group.role}</p>}
                {/* One list a block: a big article's blocks are laid out only near the screen. */}
                {blocksOf(listedOf(group).length).map(([start, end]) => (
                  <ol
                    class="vb-quotes"
                    key={start}
                    style={big ? { '--vb-quote-count': end - start } : undefined}
                  >
                    <QuoteBlock group={group} start={start} end={end} selection={selection} />
                  </ol>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="vb-sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}

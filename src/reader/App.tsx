/** The reader view: toolbar, article and (from a later stage) the quote sidebar. */
import type { JSX } from 'preact';
import type { ReadResult } from '../core/types.js';
import { FONT_SIZE, stepValue, THEMES, type Settings, type Theme } from '../shared/settings.js';
import { FONT_STACKS } from './fonts.js';

export interface ReaderProps {
  result: ReadResult;
  settings: Settings;
  onClose: () => void;
  onChange: (update: Partial<Settings>) => void;
}

const THEME_LABELS: Record<Theme, string> = { auto: 'Automatic', light: 'Light', sepia: 'Sepia', dark: 'Dark' };
const THEME_SWATCH: Record<Theme, string> = {
  auto: 'linear-gradient(135deg, #fdfdfb 50%, #17181b 50%)',
  light: '#fdfdfb',
  sepia: '#f5edd9',
  dark: '#17181b',
};

function Logo(): JSX.Element {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true">
      <path fill="#4f46e5" d="M4 3h16a3 3 0 0 1 3 3v9a3 3 0 0 1-3 3H10l-5 4v-4H4a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z" />
      <path fill="#fff" d="M8.2 7.5a2 2 0 1 1 .3 3.9c-.1 1.1-.6 2-1.6 2.6l-.6-.8c.6-.5.9-1 .9-1.8a2 2 0 0 1 1-3.9zm6 0a2 2 0 1 1 .3 3.9c-.1 1.1-.6 2-1.6 2.6l-.6-.8c.6-.5.9-1 .9-1.8a2 2 0 0 1 1-3.9z" />
    </svg>
  );
}

function Toolbar({ settings, onClose, onChange }: Omit<ReaderProps, 'result'>): JSX.Element {
  const size = (direction: 1 | -1) => onChange({ fontSize: stepValue(FONT_SIZE, settings.fontSize, direction) });
  return (
    <div class="vb-toolbar" role="toolbar" aria-label="Reader settings">
      <span class="vb-brand">
        <Logo />
        <span class="vb-brand-name">Verbatim</span>
      </span>
      <span class="vb-group" role="group" aria-label="Text size">
        <button type="button" class="vb-button" data-action="smaller" aria-label="Smaller text" disabled={settings.fontSize <= FONT_SIZE.min} onClick={() => size(-1)}>
          A−
        </button>
        <button type="button" class="vb-button" data-action="larger" aria-label="Larger text" disabled={settings.fontSize >= FONT_SIZE.max} onClick={() => size(1)}>
          A+
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
            onClick={() => onChange({ theme })}
          >
            <span class="vb-swatch" style={{ background: THEME_SWATCH[theme] }} aria-hidden="true" />
            <span class="vb-sr-only">{THEME_LABELS[theme]} theme</span>
          </button>
        ))}
      </span>
      <button type="button" class="vb-button" data-action="close" onClick={onClose} title="Close the reader (Esc)">
        Close<span class="vb-sr-only"> reader view</span>
      </button>
    </div>
  );
}

function formatDate(iso: string, lang: string | null): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  try {
    return date.toLocaleDateString(lang ?? undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  } catch {
    return iso;
  }
}

/** Video embeds arrive as links (see core/sanitise): the player loads only when asked for. */
function playEmbed(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[data-vb-embed]');
  if (!link) return;
  event.preventDefault();
  const frame = link.ownerDocument.createElement('iframe');
  frame.src = link.getAttribute('href')!;
  frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
  frame.setAttribute('allow', 'fullscreen; picture-in-picture');
  frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  frame.title = link.textContent ?? 'Video';
  link.replaceWith(frame);
  frame.focus();
}

function ArticleView({ result }: { result: Extract<ReadResult, { ok: true }> }): JSX.Element {
  const a = result.article;
  return (
    <article class="vb-article" tabIndex={-1} lang={a.lang ?? undefined} dir={a.dir ?? undefined} aria-labelledby="vb-title">
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
      <div class="vb-body" onClick={playEmbed} dangerouslySetInnerHTML={{ __html: a.html }} />
    </article>
  );
}

function NoArticle({ message, onClose }: { message: string; onClose: () => void }): JSX.Element {
  return (
    <div class="vb-empty" role="status">
      <Logo />
      <h1 id="vb-title">No article here</h1>
      <p>{message} Open a single news story and try again.</p>
      <button type="button" class="vb-button" onClick={onClose}>
        Back to the page
      </button>
    </div>
  );
}

export function Reader(props: ReaderProps): JSX.Element {
  const { result, settings } = props;
  const style = [
    `--vb-font: ${FONT_STACKS[settings.font]}`,
    `--vb-font-size: ${settings.fontSize}px`,
    `--vb-line-width: ${settings.lineWidth}ch`,
    `--vb-line-height: ${settings.lineHeight}`,
  ].join('; ');
  return (
    <div class="vb-root" data-theme={settings.theme} style={style} role="dialog" aria-modal="true" aria-labelledby="vb-title">
      <div class="vb-scroll">
        <Toolbar settings={settings} onClose={props.onClose} onChange={props.onChange} />
        <div class="vb-layout">
          {result.ok ? <ArticleView result={result} /> : <NoArticle message={result.message} onClose={props.onClose} />}
        </div>
      </div>
    </div>
  );
}

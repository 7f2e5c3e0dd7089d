/** The collapsible "Related papers" panel shown beside an arXiv abstract. */
import { useId } from 'preact/hooks';
import type { Paper, RelatedEntry } from '../lib/paper';
import { BookmarkToggle, type ToggleBookmark } from './BookmarkToggle';
import { reasonLine } from './format';
import { PaperRow } from './PaperRow';
import './theme.css';
import './panel.css';

/** What the polite status line says; an error has its own alert and a filled list speaks for itself. */
function statusText(entries: RelatedEntry[] | null, error: string | undefined): string {
  if (error) return '';
  if (entries === null) return 'Finding related papers…';
  return entries.length === 0 ? 'Nothing close in your catalogue.' : '';
}

/** Props of {@link RelatedPanel}. */
export interface RelatedPanelProps {
  /** The paper on the page. */
  paper: Paper;
  currentBookmarked: boolean;
  /** null while the related papers are still being looked up. */
  entries: RelatedEntry[] | null;
  /** Shown instead of the entries when looking them up failed. */
  error?: string;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onToggleBookmark: ToggleBookmark;
  /** The site the panel is shown on, e.g. `arxiv.org`, and how to stop showing it there. */
  site: string;
  onHideOnSite: () => void;
}

/**
 * An `<aside>` named "Related papers": a header whose button (named "Related papers panel",
 * state in `aria-expanded`) collapses the body; the body holds the page's own bookmark star
 * and the list of related papers, whose links open in the top window.
 */
export function RelatedPanel({
  paper,
  currentBookmarked,
  entries,
  error,
  collapsed,
  onToggleCollapsed,
  onToggleBookmark,
  site,
  onHideOnSite,
}: RelatedPanelProps) {
  const bodyId = useId();

  return (
    <aside class="sn-panel" aria-label="Related papers">
      <header class="sn-panel__header">
        <h2 class="sn-panel__heading">Related papers</h2>
        <div class="sn-panel__actions">
          <button
            type="button"
            class="sn-icon-button sn-panel__collapse"
            aria-label="Related papers panel"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            title={collapsed ? 'Expand' : 'Collapse'}
            onClick={onToggleCollapsed}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
            </svg>
          </button>
          <button
            type="button"
            class="sn-icon-button"
            aria-label={`Hide Sidenote on ${site}`}
            title={`Hide on ${site} (show it again from the toolbar popup)`}
            onClick={onHideOnSite}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
            </svg>
          </button>
        </div>
      </header>
      <div id={bodyId} class="sn-panel__body" hidden={collapsed}>
        <div class="sn-panel__current">
          <span class="sn-panel__caption">This paper</span>
          <BookmarkToggle paper={paper} bookmarked={currentBookmarked} onToggle={onToggleBookmark} />
        </div>
        {error ? (
          <p role="alert" class="sn-message sn-message--error">
            {error}
          </p>
        ) : null}
        {/* Always present, so screen readers already watch it when the text arrives. */}
        <p role="status" class="sn-message">
          {statusText(entries, error)}
        </p>
        {!error && entries && entries.length > 0 ? (
          <ul class="sn-list">
            {entries.map((entry) => (
              <PaperRow
                key={entry.paper.key}
                paper={entry.paper}
                bookmarked={entry.bookmarked}
                onToggleBookmark={onToggleBookmark}
                target="_top"
                note={reasonLine(entry)}
              />
            ))}
          </ul>
        ) : null}
      </div>
    </aside>
  );
}

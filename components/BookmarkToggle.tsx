/** The star button that bookmarks or un-bookmarks one paper. */
import { useRef, useState } from 'preact/hooks';
import type { Paper } from '../lib/paper';
import './theme.css';

/**
 * Asked to flip a paper's bookmark. Returning a promise marks the toggle busy until it settles;
 * failures are the caller's to report, the toggle only waits for them.
 */
export type ToggleBookmark = (paper: Paper) => void | Promise<unknown>;

/** Props of {@link BookmarkToggle}. */
export interface BookmarkToggleProps {
  paper: Paper;
  bookmarked: boolean;
  onToggle: ToggleBookmark;
}

/**
 * A toggle button named "Bookmark: <title>" with `aria-pressed` telling whether it is saved.
 * Clicks while the previous toggle is still in flight are ignored, so a double click cannot
 * bookmark and immediately un-bookmark.
 */
export function BookmarkToggle({ paper, bookmarked, onToggle }: BookmarkToggleProps) {
  // A ref, not just state, because two clicks can arrive before the busy state re-renders.
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);

  const toggle = () => {
    if (inFlight.current) return;
    const pending = onToggle(paper);
    if (!(pending instanceof Promise)) return;
    inFlight.current = true;
    setBusy(true);
    const settle = () => {
      inFlight.current = false;
      setBusy(false);
    };
    pending.then(settle, settle);
  };

  return (
    <button
      type="button"
      class="sn-icon-button sn-toggle"
      aria-pressed={bookmarked}
      aria-label={`Bookmark: ${paper.title}`}
      aria-busy={busy || undefined}
      title={bookmarked ? 'Remove bookmark' : 'Bookmark'}
      onClick={toggle}
    >
      <svg class="sn-toggle__star" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path
          d="M12 2.6L14.5 9.2 21.5 9.5 16 13.9 17.9 20.7 12 16.8 6.1 20.7 8 13.9 2.5 9.5 9.5 9.2Z"
          fill={bookmarked ? 'currentColor' : 'none'}
          stroke="currentColor"
          stroke-width="1.8"
          stroke-linejoin="round"
        />
      </svg>
    </button>
  );
}

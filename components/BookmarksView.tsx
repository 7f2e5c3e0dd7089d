/** The bookmark library as a filterable, paged list whose entries can be tagged, annotated and marked read. */
import { useId, useState } from 'preact/hooks';
import type { BookmarkFilter, BookmarkPatch } from '../lib/library/bookmark-filter';
import type { BookmarkPage } from '../lib/messaging/protocol';
import type { Bookmark } from '../lib/paper';
import type { ToggleBookmark } from './BookmarkToggle';
import type { OpenPaper } from './PaperLink';
import { PaperRow } from './PaperRow';
import './theme.css';
import './bookmarks.css';

/** Props of {@link BookmarksView}. */
export interface BookmarksViewProps {
  /** The current page of matching bookmarks; null while loading. */
  page: BookmarkPage | null;
  filter: BookmarkFilter;
  onFilterChange: (filter: BookmarkFilter) => void;
  /** Asks for the next page; offered while fewer than `page.total` are shown. */
  onShowMore: () => void;
  onToggleBookmark: ToggleBookmark;
  onOpen?: OpenPaper;
  onUpdate: (key: string, patch: BookmarkPatch) => void;
}

/**
 * Filters (text, tag, read state), the matching bookmarks newest first with their tags, and per bookmark an
 * "Edit" disclosure holding its tags, note and read checkbox. Long libraries are paged ("Show more").
 */
export function BookmarksView({ page, filter, onFilterChange, onShowMore, onToggleBookmark, onOpen, onUpdate }: BookmarksViewProps) {
  if (page === null) return null;
  const filtered = Boolean(filter.text || filter.tag || filter.read !== undefined);
  return (
    <div class="sn-bookmarks">
      {page.total > 0 || filtered ? <BookmarkFilters filter={filter} tags={page.tags} onFilterChange={onFilterChange} /> : null}
      <p role="status" class="sn-message">
        {page.total === 0
          ? filtered
            ? 'No bookmarks match these filters.'
            : 'No bookmarks yet. Use the star beside a paper to save it.'
          : `${page.total} ${page.total === 1 ? 'bookmark' : 'bookmarks'}`}
      </p>
      {page.bookmarks.length > 0 ? (
        <ul class="sn-list">
          {page.bookmarks.map((bookmark) => (
            <PaperRow key={bookmark.key} paper={bookmark.paper} bookmarked onToggleBookmark={onToggleBookmark} onOpen={onOpen}>
              <BookmarkDetails bookmark={bookmark} onUpdate={onUpdate} />
            </PaperRow>
          ))}
        </ul>
      ) : null}
      {page.bookmarks.length < page.total ? (
        <button type="button" class="sn-button sn-bookmarks__more" onClick={onShowMore}>
          Show more ({page.total - page.bookmarks.length} more)
        </button>
      ) : null}
    </div>
  );
}

function BookmarkFilters({
  filter,
  tags,
  onFilterChange,
}: {
  filter: BookmarkFilter;
  tags: BookmarkPage['tags'];
  onFilterChange: (filter: BookmarkFilter) => void;
}) {
  const readValue = filter.read === undefined ? 'all' : filter.read ? 'read' : 'unread';
  return (
    <div class="sn-bookmarks__filters">
      <input
        type="search"
        class="sn-search"
        aria-label="Filter bookmarks"
        placeholder="Filter bookmarks…"
        value={filter.text ?? ''}
        onInput={(event) => onFilterChange({ ...filter, text: event.currentTarget.value })}
      />
      <select
        aria-label="Tag"
        value={filter.tag ?? ''}
        onChange={(event) => {
          const { tag: _previous, ...rest } = filter;
          const tag = event.currentTarget.value;
          onFilterChange(tag ? { ...rest, tag } : rest);
        }}
      >
        <option value="">All tags</option>
        {tags.map(({ tag, count }) => (
          <option key={tag} value={tag}>
            {tag} ({count})
          </option>
        ))}
      </select>
      <select
        aria-label="Read state"
        value={readValue}
        onChange={(event) => {
          const { read: _previous, ...rest } = filter;
          const value = event.currentTarget.value;
          onFilterChange(value === 'all' ? rest : { ...rest, read: value === 'read' });
        }}
      >
        <option value="all">Read and unread</option>
        <option value="unread">Unread</option>
        <option value="read">Read</option>
      </select>
    </div>
  );
}

/** A bookmark's tags and read mark, and behind "Edit" its tag field, note and read checkbox, saved as they change. */
function BookmarkDetails({ bookmark, onUpdate }: { bookmark: Bookmark; onUpdate: BookmarksViewProps['onUpdate'] }) {
  const [editing, setEditing] = useState(false);
  const editorId = useId();
  const { title } = bookmark.paper;
  const saveTags = (text: string) => {
    const tags = text.split(',');
    if (tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean).join(',') !== bookmark.tags.join(',')) {
      onUpdate(bookmark.key, { tags });
    }
  };
  return (
    <>
      {bookmark.note ? <p class="sn-note sn-bookmarks__note">{bookmark.note}</p> : null}
      <p class="sn-bookmarks__labels">
        {bookmark.read ? <span class="sn-bookmarks__read">Read</span> : null}
        {bookmark.tags.map((tag) => (
          <span key={tag} class="sn-bookmarks__tag">
            {tag}
          </span>
        ))}
        <button
          type="button"
          class="sn-button"
          aria-expanded={editing}
          aria-controls={editorId}
          aria-label={`Edit: ${title}`}
          onClick={() => setEditing(!editing)}
        >
          Edit
        </button>
      </p>
      {/* Uncontrolled fields, each remounted when its own stored value changes: a change elsewhere (another bookmark,
          or this one's tags just saved) must not wipe what is being typed in another field. */}
      <div id={editorId} class="sn-bookmarks__editor" hidden={!editing}>
        <label>
          Tags
          <input
            key={bookmark.tags.join(',')}
            type="text"
            aria-label={`Tags: ${title}`}
            placeholder="comma, separated"
            defaultValue={bookmark.tags.join(', ')}
            onChange={(event) => saveTags(event.currentTarget.value)}
          />
        </label>
        <label>
          Note
          <textarea
            key={bookmark.note}
            aria-label={`Note: ${title}`}
            rows={3}
            defaultValue={bookmark.note}
            onChange={(event) => {
              if (event.currentTarget.value !== bookmark.note) onUpdate(bookmark.key, { note: event.currentTarget.value });
            }}
          />
        </label>
        <label class="sn-bookmarks__check">
          <input
            key={String(bookmark.read)}
            type="checkbox"
            aria-label={`Read: ${title}`}
            defaultChecked={bookmark.read}
            onChange={(event) => onUpdate(bookmark.key, { read: event.currentTarget.checked })}
          />
          Read
        </label>
      </div>
    </>
  );
}

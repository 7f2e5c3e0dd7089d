/** The state of a filtered, paged bookmark list, shared by the popup's Bookmarks tab and the options page. */
import { signal } from '@preact/signals';
import type { BookmarkFilter, BookmarkPatch } from '../library/bookmark-filter';
import type { BookmarkPage, SendMessage } from '../messaging/protocol';

/** Bookmarks shown at first and added by each "Show more": enough to scroll, few enough to stay instant at 10,000. */
export const BOOKMARK_PAGE_SIZE = 50;

/**
 * The list's signals and actions; `load` re-reads the current page (call it when bookmarks change anywhere).
 *
 * @example
 * const list = createBookmarkListModel(sendMessage);
 * await list.filter({ tag: 'to read' });
 */
export function createBookmarkListModel(send: SendMessage) {
  const page = signal<BookmarkPage | null>(null);
  const filter = signal<BookmarkFilter>({});
  let limit = BOOKMARK_PAGE_SIZE;

  async function load(): Promise<void> {
    const asked = filter.value;
    const answer = await send('listBookmarks', { filter: asked, limit });
    // A filter typed meanwhile has its own answer coming.
    if (asked === filter.value) page.value = answer;
  }

  return {
    page,
    filter,
    load,
    async setFilter(next: BookmarkFilter): Promise<void> {
      filter.value = next;
      limit = BOOKMARK_PAGE_SIZE;
      await load();
    },
    async showMore(): Promise<void> {
      limit += BOOKMARK_PAGE_SIZE;
      await load();
    },
    async update(key: string, patch: BookmarkPatch): Promise<void> {
      await send('updateBookmark', { key, patch });
      await load();
    },
    /** Renames a tag on every bookmark; returns how many changed. */
    async renameTag(from: string, to: string): Promise<number> {
      const { changed } = await send('renameTag', { from, to });
      await load();
      return changed;
    },
  };
}

export type BookmarkListModel = ReturnType<typeof createBookmarkListModel>;

/** Connects a bookmark list model to the `BookmarksView` component's props. */
import type { BookmarksViewProps } from '../../components/BookmarksView';
import type { BookmarkListModel } from './bookmark-list-model';

/**
 * @example
 * <BookmarksView {...bookmarkListProps(model.bookmarks)} onToggleBookmark={toggle} />
 */
export function bookmarkListProps(list: BookmarkListModel): Pick<BookmarksViewProps, 'page' | 'filter' | 'onFilterChange' | 'onShowMore' | 'onUpdate'> {
  return {
    page: list.page.value,
    filter: list.filter.value,
    onFilterChange: (filter) => void list.setFilter(filter),
    onShowMore: () => void list.showMore(),
    onUpdate: (key, patch) => void list.update(key, patch),
  };
}

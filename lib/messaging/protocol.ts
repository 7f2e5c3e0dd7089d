/** The one typed message protocol between content scripts, extension pages and the background. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PackRow } from '../db/database';
import type { BookmarkFilter, BookmarkPatch } from '../library/bookmark-filter';
import type { Bookmark, ListingMark, Paper, RelatedEntry, SearchHit, Tombstone } from '../paper';
import type { SyncStatus } from '../sync/engine';

/** One page of a filtered bookmark list. */
export interface BookmarkPage {
  bookmarks: Bookmark[];
  /** How many bookmarks match the filter in all. */
  total: number;
  /** Every tag in the library with its number of bookmarks. */
  tags: { tag: string; count: number }[];
}

/** What a caller may ask for; the background answers all but `pagePaper`, which content scripts answer. */
export interface ProtocolMap {
  /** Up to `limit` papers related to `paper`, never the paper itself. */
  relatedPapers(data: { paper: Paper; limit?: number }): RelatedEntry[];
  /** Catalogue and bookmarks matching a query typed in the popup. */
  search(data: { query: string; limit?: number }): SearchHit[];
  /** Bookmarks the paper if it was not bookmarked, and removes the bookmark otherwise. */
  toggleBookmark(data: { paper: Paper }): { bookmarked: boolean };
  /** A page of the bookmarks matching `filter`, newest first, with the match count and the library's tags. */
  listBookmarks(data: { filter?: BookmarkFilter; offset?: number; limit?: number }): BookmarkPage;
  /** Changes a bookmark's tags, note or read state; null when it is not bookmarked. */
  updateBookmark(data: { key: string; patch: BookmarkPatch }): Bookmark | null;
  /** Renames a tag across the library. */
  renameTag(data: { from: string; to: string }): { changed: number };
  /** Every bookmark and tombstone, for export and backup. */
  exportLibrary(): { bookmarks: Bookmark[]; tombstones: Tombstone[] };
  /** Deletes every bookmark, imported pack, cached paper, backup and setting on this browser, and switches sync off. */
  deleteAllData(): void;
  /** Switches sync across devices on (reconciling at once) or off. */
  setSyncEnabled(data: { enabled: boolean }): SyncStatus;
  /** Writes the bookmarks of an import the user confirmed, all or none. */
  importBookmarks(data: { bookmarks: Bookmark[] }): { imported: number };
  /** A catalogue paper or bookmarked paper by key, or null. */
  paperByKey(data: { key: string }): Paper | null;
  /** Whether each key is bookmarked. */
  bookmarkState(data: { keys: string[] }): Record<string, boolean>;
  /** For a listing page: which of the listed keys are bookmarked or in the catalogue (others are left out). */
  listingMarks(data: { keys: string[] }): Record<string, ListingMark>;
  /** Keeps a paper read from its arXiv abstract page, so a PDF tab of it finds it next time without fetching. */
  rememberPaper(data: { paper: Paper }): void;
  /** The paper shown in a tab, asked of the tab's content script (answered by content scripts). */
  pagePaper(): Paper | null;
  /**
   * Sent by a content script when its page shows a paper: the toolbar shows that tab's bookmark state, and a bookmark
   * saved from a bare link gets the metadata the page has.
   */
  pageShowsPaper(data: { paper: Paper }): void;
  /** The paper a tab shows, for the popup: the background asks the tab or reads its URL. */
  tabPaper(data: { tabId: number }): Paper | null;
  /** Every catalogue pack, the bundled one first. */
  listPacks(): PackRow[];
  /** Starts importing a catalogue pack; nothing of it is visible until `finishPackImport`. */
  beginPackImport(data: { name: string; bytes: number }): PackRow;
  /** Stores one batch of an importing pack's papers; returns how many the pack holds so far. */
  addPackPapers(data: { packId: string; papers: Paper[] }): { papers: number };
  /** Indexes and publishes an imported pack: all its papers appear at once. */
  finishPackImport(data: { packId: string; skipped: number }): PackRow;
  /** Removes a pack, or cancels its import; bookmarks keep their papers. */
  removePack(data: { packId: string }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** The sending half of the protocol, as views receive it so tests can answer with a real library. */
export type SendMessage = typeof sendMessage;

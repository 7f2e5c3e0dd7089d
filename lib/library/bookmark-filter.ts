/** Filtering bookmarks by text, tag and read state, and the tag rules every bookmark follows. */
import type { Bookmark } from '../paper';

/** What the Bookmarks tab and the options page filter by; every given part must match. */
export interface BookmarkFilter {
  /** Words that must all appear in the title, authors, tags or note (case and accents ignored). */
  text?: string;
  tag?: string;
  read?: boolean;
}

/** The editable parts of a bookmark. */
export interface BookmarkPatch {
  tags?: string[];
  note?: string;
  read?: boolean;
}

const MAX_TAG_LENGTH = 64;

/**
 * Tags as stored: trimmed, lower case, inner whitespace collapsed, empty ones and repeats dropped, order kept.
 *
 * @example
 * normalizeTags([' To Read', 'to read', '', 'NLP']); // ['to read', 'nlp']
 */
export function normalizeTags(tags: string[]): string[] {
  const cleaned = tags.map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_TAG_LENGTH)).filter(Boolean);
  return [...new Set(cleaned)];
}

/**
 * A predicate for `filter`.
 *
 * @example
 * bookmarks.filter(bookmarkMatcher({ text: 'bert', tag: 'to read', read: false }));
 */
export function bookmarkMatcher(filter: BookmarkFilter): (bookmark: Bookmark) => boolean {
  const words = fold(filter.text ?? '').split(/\s+/).filter(Boolean);
  const tag = filter.tag === undefined ? undefined : normalizeTags([filter.tag])[0];
  return (bookmark) => {
    if (filter.read !== undefined && bookmark.read !== filter.read) return false;
    if (tag !== undefined && !bookmark.tags.includes(tag)) return false;
    if (words.length === 0) return true;
    const haystack = fold([bookmark.paper.title, ...bookmark.paper.authors, ...bookmark.tags, bookmark.note].join(' '));
    return words.every((word) => haystack.includes(word));
  };
}

/**
 * Each tag of the library with how many bookmarks carry it, most used first, then alphabetically.
 *
 * @example
 * tagCounts(bookmarks); // [{ tag: 'to read', count: 12 }, { tag: 'nlp', count: 3 }]
 */
export function tagCounts(bookmarks: Bookmark[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const bookmark of bookmarks) for (const tag of bookmark.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

import { bookmark as workerBookmarkCheck, MessageRejected } from '../messaging/validate';
import type { Bookmark } from '../paper';
import { BOOKMARK_LIMITS, limitViolation } from './bookmark-limits';
import { testBookmark } from './test-bookmarks';

const text = (length: number) => 'x'.repeat(length);
const list = (items: number, length: number) => Array.from({ length: items }, (_, i) => `${i}`.padEnd(length, 'x'));

/** A bookmark with every field as large as the limits allow. */
const largest = testBookmark(
  {
    key: `title:${text(BOOKMARK_LIMITS.key - 6)}`,
    arxivId: text(BOOKMARK_LIMITS.item),
    doi: text(BOOKMARK_LIMITS.item),
    title: text(BOOKMARK_LIMITS.title),
    authors: list(BOOKMARK_LIMITS.authors, BOOKMARK_LIMITS.author),
    abstract: text(BOOKMARK_LIMITS.abstract),
    categories: list(BOOKMARK_LIMITS.list, BOOKMARK_LIMITS.item),
    links: list(BOOKMARK_LIMITS.list, BOOKMARK_LIMITS.item),
    url: text(BOOKMARK_LIMITS.item),
  },
  { tags: list(BOOKMARK_LIMITS.tags, BOOKMARK_LIMITS.tag), note: text(BOOKMARK_LIMITS.note) },
);

const beyond: [string, Bookmark][] = [
  ['key', { ...largest, key: `${largest.key}x`, paper: { ...largest.paper, key: `${largest.key}x` } }],
  ['title', { ...largest, paper: { ...largest.paper, title: text(BOOKMARK_LIMITS.title + 1) } }],
  ['authors', { ...largest, paper: { ...largest.paper, authors: list(BOOKMARK_LIMITS.authors + 1, 1) } }],
  ['author', { ...largest, paper: { ...largest.paper, authors: [text(BOOKMARK_LIMITS.author + 1)] } }],
  ['abstract', { ...largest, paper: { ...largest.paper, abstract: text(BOOKMARK_LIMITS.abstract + 1) } }],
  ['url', { ...largest, paper: { ...largest.paper, url: text(BOOKMARK_LIMITS.item + 1) } }],
  ['categories', { ...largest, paper: { ...largest.paper, categories: list(BOOKMARK_LIMITS.list + 1, 1) } }],
  ['links', { ...largest, paper: { ...largest.paper, links: [text(BOOKMARK_LIMITS.item + 1)] } }],
  ['tags', { ...largest, tags: list(BOOKMARK_LIMITS.tags + 1, 1) }],
  ['tag', { ...largest, tags: [text(BOOKMARK_LIMITS.tag + 1)] }],
  ['note', { ...largest, note: text(BOOKMARK_LIMITS.note + 1) }],
];

describe('limitViolation', () => {
  test('accepts a bookmark at every limit, as the worker does', () => {
    expect(limitViolation(largest)).toBeUndefined();
    expect(workerBookmarkCheck(largest)).toEqual(largest);
  });

  test.each(beyond)('refuses a %s beyond its limit, as the worker does', (_, bookmark) => {
    expect(limitViolation(bookmark)).toBeDefined();
    expect(() => workerBookmarkCheck(bookmark)).toThrow(MessageRejected);
  });

  test('names the field and the problem', () => {
    expect(limitViolation({ ...largest, paper: { ...largest.paper, title: '  ' } })).toEqual({ path: 'paper.title', problem: 'is empty' });
    expect(limitViolation({ ...largest, tags: ['ok', text(65)] })).toEqual({ path: 'tags[1]', problem: 'is longer than 64 characters' });
    expect(limitViolation({ ...largest, note: text(20_001) })).toEqual({ path: 'note', problem: 'is longer than 20000 characters' });
  });
});

import { bundledPaper } from '../../tests/support/catalogue';
import { assertFromExtension, MessageRejected, validateMessage } from './validate';

const lert = bundledPaper('2211.05344');

describe('sender check', () => {
  test('accepts Sidenote itself', () => {
    expect(() => assertFromExtension({ id: 'sidenote-id' }, 'sidenote-id')).not.toThrow();
  });

  test.each([
    ['another extension', { id: 'other-id' }],
    ['a sender without id', {}],
    ['no sender', undefined],
  ])('rejects %s', (_, sender) => {
    expect(() => assertFromExtension(sender, 'sidenote-id')).toThrow(MessageRejected);
  });
});

describe('message shapes', () => {
  test('well-formed messages pass, with unknown fields dropped', () => {
    expect(validateMessage('search', { query: 'bert', limit: 5 })).toEqual({ query: 'bert', limit: 5 });
    expect(validateMessage('toggleBookmark', { paper: { ...lert, extra: '<script>' } })).toEqual({ paper: lert });
    expect(validateMessage('bookmarkState', { keys: ['a', 'b'] })).toEqual({ keys: ['a', 'b'] });
    expect(validateMessage('tabPaper', { tabId: 4 })).toEqual({ tabId: 4 });
    expect(validateMessage('listBookmarks', { filter: { tag: 'nlp', read: false }, limit: 50 })).toEqual({
      filter: { tag: 'nlp', read: false },
      limit: 50,
    });
    const imported = { key: lert.key, paper: lert, createdAt: 1, updatedAt: 2, tags: ['a'], note: '', read: false };
    expect(validateMessage('importBookmarks', { bookmarks: [imported] })).toEqual({ bookmarks: [imported] });
  });

  test.each([
    ['search', null, 'search must be an object'],
    ['search', { query: 42 }, 'query must be a string'],
    ['search', { query: 'x'.repeat(501) }, 'query is longer than 500 characters'],
    ['search', { query: 'bert', limit: 0 }, 'limit must be an integer from 1 to 100'],
    ['relatedPapers', { paper: { ...lert, title: '' } }, 'paper.title must not be empty'],
    ['relatedPapers', { paper: { ...lert, authors: 'Cui' } }, 'paper.authors must be a list'],
    ['relatedPapers', { paper: { ...lert, authors: [1] } }, 'paper.authors[] must be a string'],
    ['relatedPapers', { paper: { ...lert, abstract: 'x'.repeat(20_001) } }, 'paper.abstract is longer than 20000 characters'],
    ['toggleBookmark', { paper: [] }, 'paper must be an object'],
    ['toggleBookmark', { paper: { ...lert, key: undefined } }, 'paper.key must be a string'],
    ['toggleBookmark', { paper: { ...lert, url: 7 } }, 'paper.url must be a string'],
    ['paperByKey', { key: ['x'] }, 'key must be a string'],
    ['bookmarkState', { keys: 'x' }, 'keys must be a list'],
    ['listingMarks', { keys: Array(1001).fill('x') }, 'keys has more than 1000 items'],
    ['rememberPaper', { paper: { ...lert, links: null } }, 'paper.links must be a list'],
    ['tabPaper', { tabId: '3' }, 'tabId must be an integer'],
    ['listBookmarks', { filter: { read: 'yes' } }, 'filter.read must be true or false'],
    ['listBookmarks', { limit: 5000 }, 'limit must be an integer from 0 to 1000'],
    ['updateBookmark', { key: 'x', patch: { tags: 'nlp' } }, 'patch.tags must be a list'],
    ['renameTag', { from: '', to: 'x' }, 'from must not be empty'],
    ['importBookmarks', { bookmarks: [{ key: 'other', paper: lert }] }, "bookmark.key must be its paper's key"],
    ['importBookmarks', { bookmarks: [{ key: lert.key, paper: lert, createdAt: -1 }] }, 'bookmark.createdAt must be a time in milliseconds'],
    ['dropDatabase', {}, 'unknown message type: dropDatabase'],
  ] as const)('%s with %j is rejected: %s', (type, data, message) => {
    expect(() => validateMessage(type as 'search', data)).toThrow(new MessageRejected(message));
  });
});

import type { Bookmark } from '../paper';
import { parseBibtex } from './bibtex-reader';
import { toBibtex } from './bibtex-writer';
import { planImport, type ParsedBookmark } from './import-plan';
import { parseJsonBackup, toJsonBackup } from './json-backup';
import { attention, bare, godel, maldacena, testBookmark, tricky } from './test-bookmarks';

const NOW = Date.UTC(2026, 10, 27);
const library = [attention, maldacena, godel, tricky, bare];

function incoming(paper: Partial<ParsedBookmark['paper']> & Pick<ParsedBookmark['paper'], 'key' | 'title'>, fields: Partial<ParsedBookmark> = {}): ParsedBookmark {
  const { paper: full } = testBookmark(paper);
  return { paper: full, tags: [], note: '', ...fields };
}

describe('planImport into an empty library', () => {
  test('a JSON backup restores an identical library', () => {
    const { bookmarks } = parseJsonBackup(toJsonBackup(library, [], NOW - 1));
    expect(planImport([], bookmarks, NOW)).toEqual({ added: library, updated: [], unchanged: [], rejected: [] });
  });

  test('a BibTeX export gives the same papers, tags and notes, new bookmarks unread and dated now', () => {
    const plan = planImport([], parseBibtex(toBibtex(library)).entries, NOW);
    expect(plan.updated).toEqual([]);
    expect(plan.rejected).toEqual([]);
    expect(plan.added.map((bookmark) => [bookmark.key, bookmark.paper.title, bookmark.paper.authors, bookmark.tags, bookmark.note])).toEqual(
      library.map((bookmark) => [bookmark.key, bookmark.paper.title, bookmark.paper.authors, bookmark.tags, bookmark.note]),
    );
    expect(plan.added.every((bookmark) => bookmark.createdAt === NOW && bookmark.updatedAt === NOW && !bookmark.read)).toBe(true);
  });
});

describe('planImport into the library the file came from', () => {
  test('changes nothing, from a backup or from BibTeX', () => {
    expect(planImport(library, parseJsonBackup(toJsonBackup(library, [], NOW)).bookmarks, NOW)).toEqual({
      added: [],
      updated: [],
      unchanged: library,
      rejected: [],
    });
    expect(planImport(library, parseBibtex(toBibtex(library)).entries, NOW)).toMatchObject({ added: [], updated: [], unchanged: library });
  });

  test('leaves out of the plan the bookmarks the file does not mention', () => {
    expect(planImport(library, [incoming({ ...godel.paper })], NOW)).toEqual({ added: [], updated: [], unchanged: [godel], rejected: [] });
  });
});

describe('planImport merges duplicates', () => {
  const titled = testBookmark({ key: 'title:attention-is-all-you-need', title: 'Attention is all you need!' }, { tags: ['old'] });

  test('by arXiv id first, whatever the key and title', () => {
    const entry = incoming({ key: '1706.03762', arxivId: '1706.03762', title: 'Attention (v7 title)' }, { tags: ['new'] });
    const [update] = planImport([attention], [entry], NOW).updated;
    expect(update).toMatchObject({ before: attention, addedTags: ['new'] });
    expect(update!.after.paper.title).toBe('Attention Is All You Need');
  });

  test('then by DOI', () => {
    const entry = incoming({ key: 'doi:10.1007/bf01700692', doi: '10.1007/bf01700692', title: 'On formally undecidable propositions' }, { tags: ['gödel'] });
    expect(planImport([godel], [entry], NOW).updated[0]).toMatchObject({ before: godel, addedTags: ['gödel'] });
  });

  test('then by normalised title, filling in the ids; the bookmark keeps its key', () => {
    const entry = incoming({ key: '1706.03762', arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', title: 'Attention Is All You Need', date: '2017-06' });
    const [update] = planImport([titled], [entry], NOW).updated;
    expect(update!.filledFields).toEqual(['arxivId', 'doi', 'date']);
    expect(update!.after).toMatchObject({
      key: 'title:attention-is-all-you-need',
      paper: { key: 'title:attention-is-all-you-need', arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', date: '2017-06' },
      updatedAt: NOW,
      createdAt: titled.createdAt,
    });
  });

  test('never by title or DOI when the arXiv ids differ, nor by title when the DOIs differ', () => {
    const sameTitleOtherId = incoming({ key: '2401.00001', arxivId: '2401.00001', title: 'Attention Is All You Need' });
    const sameTitleOtherDoi = incoming({ key: 'doi:10.1000/other', doi: '10.1000/other', title: godel.paper.title });
    const plan = planImport([attention, godel], [sameTitleOtherId, sameTitleOtherDoi], NOW);
    expect(plan.added.map((bookmark) => bookmark.key)).toEqual(['2401.00001', 'doi:10.1000/other']);
    expect(plan.updated).toEqual([]);
  });

  test('entries of one file that are the same paper become one bookmark', () => {
    const plan = planImport(
      [],
      [
        incoming({ key: '1706.03762', arxivId: '1706.03762', title: 'Attention Is All You Need' }, { tags: ['a'], note: 'First.' }),
        incoming({ key: 'doi:10.48550/arxiv.1706.03762', doi: '10.48550/arxiv.1706.03762', title: 'Attention is all you need' }, { tags: ['b'], note: 'Second.' }),
        incoming({ key: '1706.03762', arxivId: '1706.03762', title: 'Attention', abstract: 'Filled.' }, { tags: ['a', 'c'], note: 'First.', read: true }),
      ],
      NOW,
    );
    expect(plan.added).toEqual([
      {
        ...testBookmark({ key: '1706.03762', arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', title: 'Attention Is All You Need', abstract: 'Filled.' }),
        createdAt: NOW,
        updatedAt: NOW,
        tags: ['a', 'b', 'c'],
        note: 'First.\n\nSecond.',
        read: true,
      },
    ]);
  });

  test('an entry whose key another paper already holds is rejected, not merged', () => {
    const first = testBookmark({ key: 'title:', title: '第一篇论文' });
    const second = incoming({ key: 'title:', title: '第二篇论文' });
    expect(planImport([first], [second], NOW).rejected).toEqual([{ entry: second, reason: 'its key "title:" belongs to another paper, "第一篇论文"' }]);
  });
});

describe('planImport merge rules', () => {
  const existing = testBookmark(
    { key: '1706.03762', arxivId: '1706.03762', title: 'Attention Is All You Need', authors: ['Ashish Vaswani'], date: '2017-06-12' },
    { tags: ['nlp', 'to read'], note: 'My note.', read: false },
  );
  const sameWith = (fields: Partial<ParsedBookmark>, paper: Partial<ParsedBookmark['paper']> = {}) =>
    incoming({ key: '1706.03762', arxivId: '1706.03762', title: 'Attention Is All You Need', ...paper }, fields);

  test('tags are united, existing ones first', () => {
    expect(planImport([existing], [sameWith({ tags: ['transformers', 'nlp'] })], NOW).updated[0]).toMatchObject({
      addedTags: ['transformers'],
      after: { tags: ['nlp', 'to read', 'transformers'] },
    });
  });

  test('a new note is appended after a blank line; a note already there changes nothing', () => {
    expect(planImport([existing], [sameWith({ note: 'Their note.' })], NOW).updated[0]).toMatchObject({
      note: 'appended',
      after: { note: 'My note.\n\nTheir note.' },
    });
    expect(planImport([existing], [sameWith({ note: '  My note. ' })], NOW).unchanged).toEqual([existing]);
    const noteless = { ...existing, note: '' };
    expect(planImport([noteless], [sameWith({ note: 'Their note.\n' })], NOW).updated[0]).toMatchObject({ note: 'set', after: { note: 'Their note.\n' } });
  });

  test('a bookmark read on either side is read; an unread import does not unread it', () => {
    expect(planImport([existing], [sameWith({ read: true })], NOW).updated[0]).toMatchObject({ markedRead: true, after: { read: true } });
    const read = { ...existing, read: true };
    expect(planImport([read], [sameWith({ read: false })], NOW).unchanged).toEqual([read]);
  });

  test('missing paper fields are filled in, present ones kept', () => {
    const [update] = planImport(
      [existing],
      [sameWith({}, { doi: '10.48550/arxiv.1706.03762', abstract: 'An abstract.', authors: ['Someone Else'], date: '2017-06', categories: ['cs.CL'] })],
      NOW,
    ).updated;
    expect(update!.filledFields).toEqual(['doi', 'abstract', 'categories']);
    expect(update!.after.paper).toMatchObject({ authors: ['Ashish Vaswani'], date: '2017-06-12', doi: '10.48550/arxiv.1706.03762', abstract: 'An abstract.' });
  });

  test('the plan does not touch the bookmarks it was given', () => {
    const frozen = structuredClone(existing);
    planImport([existing], [sameWith({ tags: ['x'], note: 'y', read: true }, { abstract: 'z' })], NOW);
    expect(existing).toEqual(frozen);
  });
});

describe('planImport rejects entries the library cannot hold, with the reason', () => {
  test.each<[string, ParsedBookmark, string]>([
    ['no title', incoming({ key: 'title:', title: '' }), 'title is empty'],
    ['a title too long', incoming({ key: 'title:x', title: 'x'.repeat(2001) }), 'title is longer than 2000 characters'],
    ['too many authors', incoming({ key: 'title:x', title: 'X', authors: Array.from({ length: 1001 }, () => 'A B') }), 'authors has more than 1000 items'],
    ['a note too long', incoming({ key: 'title:x', title: 'X' }, { note: 'x'.repeat(20_001) }), 'note is longer than 20000 characters'],
  ])('%s', (_, entry, reason) => {
    expect(planImport([], [entry], NOW)).toEqual({ added: [], updated: [], unchanged: [], rejected: [{ entry, reason }] });
  });

  test('an entry whose merge would overflow the note', () => {
    const full = testBookmark({ key: 'title:x', title: 'X' }, { note: 'x'.repeat(19_990) });
    const entry = incoming({ key: 'title:x', title: 'X' }, { note: 'Twenty more characters.' });
    expect(planImport([full], [entry], NOW).rejected).toEqual([{ entry, reason: 'merged with "X", its note is longer than 20000 characters' }]);
  });

  test('keeps BibTeX entries as they were read, so the preview can show their lines', () => {
    const { entries } = parseBibtex('@misc{good, title = {Good}}\n@misc{untitled, author = {Doe, Jane}}');
    const plan = planImport([] as Bookmark[], entries, NOW);
    expect(plan.added.map((bookmark) => bookmark.key)).toEqual(['title:good']);
    expect(plan.rejected.map(({ entry, reason }) => [entry.line, entry.citationKey, reason])).toEqual([[2, 'untitled', 'title is empty']]);
  });
});

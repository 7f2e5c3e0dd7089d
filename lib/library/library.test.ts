import { SidenoteDatabase } from '../db/database';
import { getMeta } from '../db/meta';
import type { Paper } from '../paper';
import { authorKey, terms } from '../search/terms';
import { bundledCatalogueText, bundledPaper } from '../../tests/support/catalogue';
import { Library } from './library';

const catalogue = () => Promise.resolve(bundledCatalogueText);

/** A paper read from a page that is not in the catalogue. */
const outsider: Paper = {
  key: 'hep-th/9901001',
  arxivId: 'hep-th/9901001',
  version: 'v2',
  title: 'Holographic quasinormal zebrafish spectra',
  authors: ['Ada Lovelace'],
  abstract: 'We compute quasinormal zebrafish spectra of holographic black branes.',
  categories: ['hep-th'],
  links: [],
  url: 'https://arxiv.org/abs/hep-th/9901001v2',
};

const titles = (hits: { paper: Paper }[]) => hits.map((hit) => hit.paper.title);

describe('search', () => {
  test('finds a paper by a partial title word and by a word with a typo', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    expect(titles(await library.search('linguistically-motiv', 5))[0]).toBe(bundledPaper('2211.05344').title);
    expect(titles(await library.search('plastcity', 5))[0]).toBe(
      'Improving Language Plasticity via Pretraining with Active Forgetting',
    );
  });

  test('a woken worker loads the stored snapshot and answers exactly as before', async () => {
    const db = new SidenoteDatabase();
    const first = new Library(db, catalogue);
    const queries = ['chinese', 'survey of large', 'protein', 'tranformers', 'cui'];
    const before = await Promise.all(queries.map((query) => first.search(query, 10)));
    const related = await first.related(bundledPaper('2211.05344'), 5);
    expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt', builds: 1 });

    const woken = new Library(db, () => Promise.reject(new Error('a woken worker must not reread the catalogue')));
    expect(await Promise.all(queries.map((query) => woken.search(query, 10)))).toEqual(before);
    expect(await woken.related(bundledPaper('2211.05344'), 5)).toEqual(related);
    expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot', builds: 1 });
  });

  test('a snapshot of another index format or catalogue version is rebuilt', async () => {
    const db = new SidenoteDatabase();
    await new Library(db, catalogue).search('bert', 5);
    await db.indexShards.update('bundled', { formatVersion: 0 });
    await new Library(db, catalogue).search('bert', 5);
    expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt', builds: 2 });

    const smaller = bundledCatalogueText.split('\n').slice(0, 5).join('\n');
    const updated = new Library(db, () => Promise.resolve(smaller));
    expect(titles(await updated.search('tiny language', 10))).toContain('Tiny language models');
    expect((await updated.refreshCatalogue()).changed).toBe(true);
    expect(titles(await updated.search('tiny language', 10))).not.toContain('Tiny language models');
    expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt', builds: 3 });
  });
});

test('a damaged snapshot is detected and rebuilt, and search works as before', async () => {
  const db = new SidenoteDatabase();
  const before = await new Library(db, catalogue).search('plasticity', 5);
  const snapshot = (await db.indexShards.get('bundled'))!;
  // The bundled catalogue's postings are short enough to be stored as they are.
  const postings = snapshot.index.postings as Uint8Array;
  await db.indexShards.put({ ...snapshot, index: { ...snapshot.index, postings: postings.slice(0, postings.length / 2) } });
  const woken = new Library(db, catalogue);
  expect(await woken.search('plasticity', 5)).toEqual(before);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'rebuilt', builds: 2 });
  expect(await new Library(db, catalogue).search('plasticity', 5)).toEqual(before);
  expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot', builds: 2 });
});

describe('related papers', () => {
  test('never lists the current paper, another version of it, or a duplicate record of it', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const lert = bundledPaper('2211.05344');
    const keys = (await library.related(lert, 5)).map((entry) => entry.paper.key);
    expect(keys).toHaveLength(5);
    expect(keys).not.toContain(lert.key);

    const sameTitleOtherKey = { ...lert, key: 'title:lert', arxivId: undefined };
    expect((await library.related(sameTitleOtherKey, 10)).map((entry) => entry.paper.key)).not.toContain(lert.key);
  });

  test('each entry names terms, authors and categories it really shares, written as the current paper writes them', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    for (const current of [bundledPaper('2004.09297'), bundledPaper('2211.05344')]) {
      const currentText = `${current.title} ${current.abstract}`;
      const currentTerms = new Set(terms(currentText));
      for (const entry of await library.related(current, 5)) {
        const entryTerms = new Set(terms(`${entry.paper.title} ${entry.paper.abstract}`));
        expect(entry.sharedTerms.length).toBeGreaterThanOrEqual(1);
        for (const shared of entry.sharedTerms) {
          expect(currentText.toLowerCase()).toContain(shared.toLowerCase());
          for (const term of terms(shared)) {
            expect(currentTerms).toContain(term);
            expect(entryTerms).toContain(term);
          }
        }
        for (const author of entry.sharedAuthors ?? []) {
          expect(current.authors).toContain(author);
          expect(entry.paper.authors.map(authorKey)).toContain(authorKey(author));
        }
        for (const category of entry.sharedCategories ?? []) expect(entry.paper.categories).toContain(category);
      }
    }
  });

  test('a page with nothing in common gets no entries rather than filler', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const unrelated = { ...outsider, abstract: 'Quasinormal zebrafish.' };
    expect(await library.related(unrelated, 5)).toEqual([]);
  });
});

describe('bookmarks', () => {
  test('toggling a catalogue paper bookmarks it, then removes the bookmark', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const lert = bundledPaper('2211.05344');
    expect(await library.toggleBookmark(lert, 100)).toEqual({ bookmarked: true });
    expect(await library.bookmarkState([lert.key, '2004.09297'])).toEqual({ [lert.key]: true, '2004.09297': false });
    expect((await library.search('lert', 5))[0]).toMatchObject({ paper: { key: lert.key }, bookmarked: true });
    expect(await library.toggleBookmark(lert, 200)).toEqual({ bookmarked: false });
    expect((await library.listBookmarks()).bookmarks).toEqual([]);
    expect(await library.exportLibrary()).toEqual({ bookmarks: [], tombstones: [{ key: lert.key, deletedAt: 200 }] });
  });

  test('bookmarks are listed newest first', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    await library.toggleBookmark(bundledPaper('2211.05344'), 100);
    await library.toggleBookmark(outsider, 300);
    await library.toggleBookmark(bundledPaper('2004.09297'), 200);
    expect((await library.listBookmarks()).bookmarks.map((bookmark) => bookmark.key)).toEqual([outsider.key, '2004.09297', '2211.05344']);
  });

  test('a bookmarked paper outside the catalogue is searchable, survives a restart, and leaves with its bookmark', async () => {
    const db = new SidenoteDatabase();
    const library = new Library(db, catalogue);
    expect(await library.search('zebrafish', 5)).toEqual([]);
    await library.toggleBookmark(outsider);
    expect(await library.search('zebrafish', 5)).toMatchObject([{ paper: outsider, bookmarked: true }]);
    expect(await library.paperByKey(outsider.key)).toEqual(outsider);

    const woken = new Library(db, catalogue);
    expect(await woken.search('zebrafish', 5)).toMatchObject([{ paper: outsider, bookmarked: true }]);
    expect(await getMeta(db, 'indexLoad')).toMatchObject({ source: 'snapshot', builds: 1 });

    await woken.toggleBookmark(outsider);
    expect(await woken.search('zebrafish', 5)).toEqual([]);
    expect(await new Library(db, catalogue).search('zebrafish', 5)).toEqual([]);
  });

  test('search and related papers show each bookmark change at once, however often they were asked before', async () => {
    const db = new SidenoteDatabase();
    const library = new Library(db, catalogue);
    const lert = bundledPaper('2211.05344');
    const shown = async () => (await library.search('lert', 5)).find((hit) => hit.paper.key === lert.key)?.bookmarked;
    const relatedShown = async () => (await library.related(bundledPaper('2004.09297'), 20)).find((entry) => entry.paper.key === lert.key)?.bookmarked;
    const states: (boolean | undefined)[] = [await shown(), await relatedShown()];
    await library.toggleBookmark(lert, 100);
    states.push(await shown(), await relatedShown());
    await library.putBookmarks([{ key: outsider.key, paper: outsider, createdAt: 1, updatedAt: 1, tags: [], note: '', read: false }]);
    expect((await library.search('zebrafish', 5))[0]).toMatchObject({ paper: outsider, bookmarked: true });
    await library.deleteAll();
    states.push(await shown(), await relatedShown());
    expect(states).toEqual([false, false, true, true, false, false]);
    expect(await library.search('zebrafish', 5)).toEqual([]);
  });

  test('papers listed once are not read from the database again, until the catalogue changes', async () => {
    const db = new SidenoteDatabase();
    let text = bundledCatalogueText;
    const library = new Library(db, () => Promise.resolve(text));
    const lert = bundledPaper('2211.05344');
    const [first, related] = [await library.search('lert', 10), await library.related(lert, 5)];
    const reads = vi.spyOn(db.papers, 'bulkGet');
    expect([await library.search('lert', 10), await library.related(lert, 5)]).toEqual([first, related]);
    expect(reads).not.toHaveBeenCalled();

    text = bundledCatalogueText.replace(lert.title, 'LERT, renamed');
    await library.refreshCatalogue();
    expect((await library.search('lert', 10))[0]).toMatchObject({ paper: { key: lert.key, title: 'LERT, renamed' } });
  });

  test('a bookmark write that fails leaves bookmarks and index as they were', async () => {
    const db = new SidenoteDatabase();
    const library = new Library(db, catalogue);
    await library.search('warm up', 1);
    db.meta.hook('creating', (key) => {
      if (key === 'bookmarksRevision') throw new Error('quota exceeded');
    });
    await expect(library.toggleBookmark(outsider)).rejects.toThrow('quota exceeded');
    expect(await db.bookmarks.count()).toBe(0);
    expect(await library.search('zebrafish', 5)).toEqual([]);
  });
});

describe('organising bookmarks', () => {
  async function libraryWithThree() {
    const library = new Library(new SidenoteDatabase(), catalogue);
    await library.toggleBookmark(bundledPaper('2211.05344'), 100);
    await library.toggleBookmark(outsider, 200);
    await library.toggleBookmark(bundledPaper('2004.09297'), 300);
    return library;
  }

  test('tags are normalised, and notes and read state kept, with the time of the change', async () => {
    const library = await libraryWithThree();
    const updated = await library.updateBookmark('2211.05344', { tags: [' To Read', 'to read', 'Chinese  NLP'], note: 'Table 3', read: true }, 400);
    expect(updated).toMatchObject({ tags: ['to read', 'chinese nlp'], note: 'Table 3', read: true, createdAt: 100, updatedAt: 400 });
    expect(await library.updateBookmark('2401.00001', { read: true })).toBeNull();
  });

  test('filters by words, tag and read state, pages the result, and counts tags over the whole library', async () => {
    const library = await libraryWithThree();
    await library.updateBookmark('2211.05344', { tags: ['to read', 'chinese'] });
    await library.updateBookmark(outsider.key, { tags: ['to read'], note: 'Zebrafish again', read: true });
    const keys = async (...args: Parameters<Library['listBookmarks']>) => (await library.listBookmarks(...args)).bookmarks.map((b) => b.key);
    expect(await keys({ tag: 'To Read' })).toEqual([outsider.key, '2211.05344']);
    expect(await keys({ tag: 'to read', read: false })).toEqual(['2211.05344']);
    expect(await keys({ text: 'zebrafish AGAIN' })).toEqual([outsider.key]);
    expect(await keys({ text: 'cui linguistically' })).toEqual(['2211.05344']);
    expect(await keys({}, { offset: 1, limit: 1 })).toEqual([outsider.key]);
    const page = await library.listBookmarks({ read: true });
    expect(page.total).toBe(1);
    expect(page.tags).toEqual([{ tag: 'to read', count: 2 }, { tag: 'chinese', count: 1 }]);
  });

  test('renaming a tag changes it everywhere and merges it with the new name', async () => {
    const library = await libraryWithThree();
    await library.updateBookmark('2211.05344', { tags: ['toread', 'later'] });
    await library.updateBookmark(outsider.key, { tags: ['later', 'toread'] });
    await library.updateBookmark('2004.09297', { tags: ['nlp'] });
    expect(await library.renameTag('ToRead', 'Later', 500)).toBe(2);
    const tagsOf = async (key: string) => (await library.exportLibrary()).bookmarks.find((b) => b.key === key)?.tags;
    expect(await tagsOf('2211.05344')).toEqual(['later']);
    expect(await tagsOf(outsider.key)).toEqual(['later']);
    expect(await tagsOf('2004.09297')).toEqual(['nlp']);
  });

  test('imported bookmarks keep their own times, and an outsider among them becomes searchable', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const imported = { key: outsider.key, paper: outsider, createdAt: 7, updatedAt: 9, tags: ['x'], note: 'n', read: true };
    await library.putBookmarks([imported]);
    expect((await library.exportLibrary()).bookmarks).toEqual([imported]);
    expect((await library.search('zebrafish', 5))[0]?.paper.key).toBe(outsider.key);
  });

  test('an import that fails midway writes nothing', async () => {
    const db = new SidenoteDatabase();
    const library = new Library(db, catalogue);
    await library.toggleBookmark(bundledPaper('2211.05344'), 100);
    const before = await library.exportLibrary();
    let written = 0;
    db.bookmarks.hook('creating', () => {
      if (++written === 3) throw new Error('quota exceeded');
    });
    const many = ['2004.09297', '2307.01163', '2211.05344', outsider.key].map((key) => ({
      key,
      paper: key === outsider.key ? outsider : bundledPaper(key),
      createdAt: 1,
      updatedAt: 1,
      tags: ['imported'],
      note: '',
      read: false,
    }));
    await expect(library.putBookmarks(many)).rejects.toThrow('quota exceeded');
    expect(await library.exportLibrary()).toEqual(before);
    expect(await library.search('zebrafish', 5)).toEqual([]);
  });
});

describe('papers seen on pages', () => {
  test('a paper read from its abstract page is found by key later, after catalogue and bookmarks', async () => {
    const db = new SidenoteDatabase();
    const library = new Library(db, catalogue);
    expect(await library.paperByKey(outsider.key)).toBeNull();
    await library.rememberPagePaper(outsider, 5);
    expect(await new Library(db, catalogue).paperByKey(outsider.key)).toEqual(outsider);
    expect(await db.pagePapers.get(outsider.key)).toEqual({ key: outsider.key, paper: outsider, fetchedAt: 5 });
  });

  test('a listing marks bookmarked papers, then catalogued ones, and leaves the rest alone', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    await library.toggleBookmark(outsider);
    await library.toggleBookmark(bundledPaper('2211.05344'));
    expect(await library.listingMarks(['2211.05344', outsider.key, '2004.09297', '2401.00001'])).toEqual({
      '2211.05344': 'bookmarked',
      [outsider.key]: 'bookmarked',
      '2004.09297': 'catalogued',
    });
  });
});

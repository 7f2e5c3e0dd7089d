import { keystrokeSessions } from '../../tests/bench/workload';
import { GENERATED_CATALOGUE_TEST_MS, generatedPapers } from '../../tests/support/generated-catalogue';
import { createPaperIndex } from './paper-index';
import { parseQuery } from './query-syntax';
import { searchPapers } from './search-papers';

// A catalogue large enough that three or four typed letters begin many of its words.
const library = generatedPapers(3_000);
const index = createPaperIndex(library);

test('scoring only the papers with every word changes no answer', () => {
  const typed = keystrokeSessions(library, 40).flatMap((session) => session.prefixes);
  let narrowed = 0;
  for (const text of typed) {
    const query = parseQuery(text);
    for (const unhurried of [false, true]) {
      const everyPaper = searchPapers(index, query, { limit: 20, unhurried, narrow: false });
      expect(searchPapers(index, query, { limit: 20, unhurried }), text).toEqual(everyPaper);
    }
    if (/\S+\s+\S{3,}$/.test(text)) narrowed += 1;
  }
  // Many keystrokes have two words or more (the word being typed counts from three letters): those are narrowed.
  expect(narrowed).toBeGreaterThan(100);
}, GENERATED_CATALOGUE_TEST_MS);

test('a query of filters alone, read from the papers it names, lists what reading every paper lists', () => {
  // Keys of a tenth of the catalogue stand for a bookmark filter's; one is no paper of the index.
  const bookmarked = new Set([...library.filter((_, i) => i % 10 === 0).map((paper) => paper.key), 'not-in-the-index']);
  const filters = ['author:wang', 'author:li year:2020-2023', 'cat:cs.CL', 'cat:cs author:zhang', 'year:2022', 'author:the'];
  let listed = 0;
  for (const text of filters) {
    for (const only of [undefined, bookmarked]) {
      const everyPaper = searchPapers(index, parseQuery(text), { limit: 50, only, narrow: false });
      expect(searchPapers(index, parseQuery(text), { limit: 50, only }), text).toEqual(everyPaper);
      listed += everyPaper.total;
    }
  }
  const bookmarksAlone = searchPapers(index, parseQuery('is:bookmarked'), { limit: 50, only: bookmarked });
  expect(bookmarksAlone).toEqual(searchPapers(index, parseQuery('is:bookmarked'), { limit: 50, only: bookmarked, narrow: false }));
  expect(bookmarksAlone.total).toBe(300);
  expect(listed).toBeGreaterThan(1_000);
});

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

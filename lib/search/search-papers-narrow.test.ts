import { generateCorpus } from '../../tests/bench/corpus';
import { bundledSeedPapers, recordToPaper } from '../../tests/bench/papers';
import { keystrokeSessions } from '../../tests/bench/workload';
import { createPaperIndex } from './paper-index';
import { parseQuery } from './query-syntax';
import { searchPapers } from './search-papers';

// A catalogue large enough that three or four typed letters begin many of its words.
const library = [...generateCorpus(bundledSeedPapers(), 3_000)].map(recordToPaper);
const index = createPaperIndex(library);

test('a short word being typed, looked up only for the papers with the other words, changes no answer', () => {
  const typed = keystrokeSessions(library, 40).flatMap((session) => session.prefixes);
  let restricted = 0;
  for (const text of typed) {
    const query = parseQuery(text);
    for (const unhurried of [false, true]) {
      const everyPaper = searchPapers(index, query, { limit: 20, unhurried, specificPrefix: 0 });
      expect(searchPapers(index, query, { limit: 20, unhurried }), text).toEqual(everyPaper);
    }
    if (/\S+\s+\S{3,4}$/.test(text)) restricted += 1;
  }
  // Many of the keystrokes end in a three- or four-letter word after another word: those take the restricted path.
  expect(restricted).toBeGreaterThan(20);
});

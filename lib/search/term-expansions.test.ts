import { bundledPapers } from '../../tests/support/catalogue';
import { createPaperIndex } from './paper-index';
import { TermExpansions, type TermMap } from './term-expansions';

const index = createPaperIndex([...bundledPapers.values()]);
// The index's own term map, as searches read it.
const terms = (index as unknown as { _index: TermMap })._index;

/** The term map, counting the prefix and typo lookups that walk it. */
function counted() {
  const walks = { count: 0 };
  const map: TermMap = {
    get: (term) => terms.get(term),
    atPrefix: (prefix) => (walks.count++, terms.atPrefix(prefix)),
    fuzzyGet: (term, edits) => (walks.count++, terms.fuzzyGet(term, edits)),
  };
  return { map, walks };
}

test('answers prefix and typo lookups as the term map does, in its order', () => {
  const kept = new TermExpansions(terms);
  for (const prefix of ['pre', 'lang', 'zzz']) expect([...kept.atPrefix(prefix)]).toEqual([...terms.atPrefix(prefix)]);
  for (const [term, edits] of [['languag', 1], ['modle', 2]] as const) expect([...kept.fuzzyGet(term, edits)]).toEqual([...terms.fuzzyGet(term, edits)]);
  expect([...kept.atPrefix('pre')].length).toBeGreaterThan(10);
});

test('keeps its lookups, and a typo lookup changed by its reader is whole again the next time', () => {
  const { map, walks } = counted();
  const kept = new TermExpansions(map);
  kept.atPrefix('pre');
  const typos = kept.fuzzyGet('languag', 1);
  const size = typos.size;
  // MiniSearch deletes the typos that are also prefix matches from the map it gets.
  typos.clear();
  expect(kept.fuzzyGet('languag', 1).size).toBe(size);
  expect([...kept.atPrefix('pre')]).toEqual([...terms.atPrefix('pre')]);
  expect(walks.count).toBe(2);
});

test('reads a prefix a letter longer than a kept one from it, in the order of the term map', () => {
  const { map, walks } = counted();
  const kept = new TermExpansions(map);
  const words = ['pretraining', 'language', 'bidirectional', 'distillation', 'xyz'];
  for (const word of words) {
    for (let length = 1; length <= word.length; length += 1) {
      const prefix = word.slice(0, length);
      expect([...kept.atPrefix(prefix)], prefix).toEqual([...terms.atPrefix(prefix)]);
    }
  }
  // One walk per word: its first letter.
  expect(walks.count).toBe(words.length);
  expect([...kept.atPrefix('pre')].length).toBeGreaterThan(10);
});

test('drops the least recently used lookups beyond the terms it may keep', () => {
  const { map, walks } = counted();
  const few = [...terms.atPrefix('pre')].length;
  const kept = new TermExpansions(map, few + 1);
  kept.atPrefix('pre');
  kept.atPrefix('p'); // more than may be kept alongside: `pre` goes
  kept.atPrefix('pre');
  expect(walks.count).toBe(3);
});

test('an index forgets its kept lookups when a paper is added or all are removed', () => {
  const changing = createPaperIndex([...bundledPapers.values()].slice(0, 20));
  const scoring = { boost: {}, weights: { prefix: 0.375, fuzzy: 0.45 }, bm25: { k: 1.2, b: 0.7, d: 0.5 } };
  const xylophones = [{ term: 'xylo', prefix: true, fields: ['title'] as const }];
  expect(changing.bestMatching(xylophones, { scoring, wanted: 5 }).count).toBe(0);
  const paper = { ...[...bundledPapers.values()][30]!, key: 'new', title: 'Xylophone tuning with language models' };
  changing.add(paper);
  expect(changing.bestMatching(xylophones, { scoring, wanted: 5 })).toEqual({ best: ['new'], count: 1 });
  changing.discard('new');
  expect(changing.bestMatching(xylophones, { scoring, wanted: 5 }).count).toBe(0);

  const emptied = createPaperIndex([paper]);
  expect(emptied.bestMatching(xylophones, { scoring, wanted: 5 }).count).toBe(1);
  emptied.removeAll();
  expect(emptied.bestMatching(xylophones, { scoring, wanted: 5 }).count).toBe(0);
});

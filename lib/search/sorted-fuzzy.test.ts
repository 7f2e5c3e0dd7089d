import SearchableMap from 'minisearch/SearchableMap';
import { bundledPapers } from '../../tests/support/catalogue';
import { terms as termsOf } from './terms';
import { eachTermWithin, type SortedTerms } from './sorted-fuzzy';

/** The list a snapshot keeps of `terms`, and MiniSearch's tree filled with them in the same order. */
function both(terms: Iterable<string>): { list: SortedTerms; tree: SearchableMap<number> } {
  const sorted = [...new Set(terms)].sort();
  const textStarts = [0];
  for (const term of sorted) textStarts.push(textStarts[textStarts.length - 1]! + term.length);
  const tree = new SearchableMap<number>();
  sorted.forEach((term, i) => tree.set(term, i));
  return { list: { text: sorted.join(''), textStarts: Uint32Array.from(textStarts) }, tree };
}

const byList = ({ text, textStarts }: SortedTerms, query: string, maxDistance: number) => {
  const found: [string, number][] = [];
  eachTermWithin({ text, textStarts }, query, maxDistance, (i, distance) => found.push([text.slice(textStarts[i], textStarts[i + 1]), distance]));
  return found;
};
const byTree = (tree: SearchableMap<number>, query: string, maxDistance: number) =>
  [...tree.fuzzyGet(query, maxDistance)].map(([term, [, distance]]): [string, number] => [term, distance]);

/** A small deterministic generator, so a failure names a case that comes back. */
function randomWords(seed: number, count: number, alphabet: string, longest: number): string[] {
  let state = seed;
  const next = (below: number) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % below;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(longest) }, () => alphabet[next(alphabet.length)]).join(''));
}

test('finds the terms, distances and order the tree finds, over the bundled catalogue\'s terms', () => {
  const words = [...bundledPapers.values()].flatMap((paper) => termsOf(`${paper.title} ${paper.abstract ?? ''}`));
  const { list, tree } = both(words);
  const queries = [...new Set(words)].filter((_, i) => i % 7 === 0).flatMap((word) => [word, `${word}x`, word.slice(1), `${word.slice(0, -1)}q`]);
  expect(queries.length).toBeGreaterThan(500);
  let matched = 0;
  for (const query of queries) {
    for (const maxDistance of [1, 2, 3]) {
      const expected = byTree(tree, query, maxDistance);
      expect(byList(list, query, maxDistance), `${query} ~${maxDistance}`).toEqual(expected);
      matched += expected.length;
    }
  }
  expect(matched).toBeGreaterThan(queries.length * 3);
});

test('finds what the tree finds among short, alike and nested words, for every distance', () => {
  for (const seed of [1, 2, 3]) {
    const { list, tree } = both([...randomWords(seed, 3_000, 'abc', 9), '', 'a', 'ab', 'abc', 'abcabcabcabc']);
    for (const query of [...randomWords(seed + 10, 200, 'abcd', 8), '', 'a', 'abcabcabc']) {
      for (const maxDistance of [0, 1, 2, 4]) expect(byList(list, query, maxDistance), `${seed}: ${query} ~${maxDistance}`).toEqual(byTree(tree, query, maxDistance));
    }
  }
});

test('finds nothing in an empty list, and a term alone when it is the query', () => {
  expect(byList(both([]).list, 'bert', 2)).toEqual([]);
  expect(byList(both(['bert']).list, 'bert', 0)).toEqual([['bert', 0]]);
  expect(byList(both(['bert', 'burt', 'birds']).list, 'bert', 1)).toEqual([['bert', 0], ['burt', 1]]);
});

import { bundledPapers } from '../../tests/support/catalogue';
import { LastSearch } from './last-search';
import { createPaperIndex } from './paper-index';
import { parseQuery } from './query-syntax';
import { lookupKey, searchPapers } from './search-papers';

const index = createPaperIndex([...bundledPapers.values()]);

test('a query that looks up what the last one did gets its answer without a search', () => {
  const last = new LastSearch();
  let searches = 0;
  const ask = (text: string, searched = index) =>
    last.answer(searched, lookupKey(parseQuery(text)), () => {
      searches += 1;
      return searchPapers(searched, parseQuery(text), { limit: 5 });
    });

  const masked = ask('masked ');
  expect(masked.matches.length).toBeGreaterThan(0);
  // The word being typed is too short to be looked up yet: the same question.
  expect(ask('masked l')).toBe(masked);
  expect(ask('masked la')).toBe(masked);
  expect(searches).toBe(1);
  expect(ask('masked lan')).not.toEqual(masked);
  expect(searches).toBe(2);
  // Another index (the state was replaced), or one changed in place after `forget`, is searched afresh.
  const replaced = createPaperIndex([...bundledPapers.values()].slice(0, 20));
  ask('masked lan', replaced);
  ask('masked lan', replaced);
  expect(searches).toBe(3);
  last.forget();
  ask('masked lan', replaced);
  expect(searches).toBe(4);
});

test('queries with different keys differ in what they look up', () => {
  const key = (text: string) => lookupKey(parseQuery(text));
  expect(key('masked l')).toBe(key('masked '));
  expect(key('masked')).not.toBe(key('masked '));
  const differing: [string, string][] = [
    ['bert', 'bert year:2020'],
    ['bert', 'bert author:cui'],
    ['bert', 'bert cat:cs.CL'],
    ['"masked lang"', 'masked lang'],
  ];
  for (const [a, b] of differing) {
    expect(key(a), `${a} / ${b}`).not.toBe(key(b));
  }
});

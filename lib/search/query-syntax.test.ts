import { isEmptyQuery, parseQuery, type SearchQuery } from './query-syntax';

const none: SearchQuery = { words: [], phrases: [], authors: [], years: [], categories: [], tags: [], bookmarked: false };
const done = (text: string) => ({ text, typing: false });
const typing = (text: string) => ({ text, typing: true });

describe('parseQuery', () => {
  test.each<[string, Partial<SearchQuery>]>([
    ['', {}],
    ['   ', {}],
    ['bert', { words: [typing('bert')] }],
    ['bert ', { words: [done('bert')] }],
    ['masked  langu', { words: [done('masked'), typing('langu')] }],
    ['"masked language model"', { phrases: [done('masked language model')] }],
    ['"masked language model" bert', { phrases: [done('masked language model')], words: [typing('bert')] }],
    ['“masked language model”', { phrases: [done('masked language model')] }],
    ['"masked lang', { phrases: [typing('masked lang')] }],
    ['""', {}],
    ['author:cui', { authors: [typing('cui')] }],
    ['Author:Cui bert', { authors: [done('Cui')], words: [typing('bert')] }],
    ['author:"yiming cui" ', { authors: [done('yiming cui')] }],
    ['author:', {}],
    ['bert author:', { words: [done('bert')] }],
    ['year:2023', { years: [{ from: 2023, to: 2023 }] }],
    ['year:2020-2023', { years: [{ from: 2020, to: 2023 }] }],
    ['year:2023-2020', { years: [{ from: 2020, to: 2023 }] }],
    ['year:2019 year:2021', { years: [{ from: 2019, to: 2019 }, { from: 2021, to: 2021 }] }],
    ['year:soon', { words: [done('year'), typing('soon')] }],
    ['year:20', { words: [done('year'), typing('20')] }],
    ['cat:cs.CL', { categories: ['cs.CL'] }],
    ['CAT:cs', { categories: ['cs'] }],
    ['tag:reading', { tags: ['reading'] }],
    ['tag:"to read" bert', { tags: ['to read'], words: [typing('bert')] }],
    ['is:bookmarked', { bookmarked: true }],
    ['is:book', { bookmarked: true }],
    ['is:book ', { words: [done('is'), done('book')] }],
    ['is:new', { words: [done('is'), typing('new')] }],
    ['re:think', { words: [done('re'), typing('think')] }],
    ['text-to-SQL: survey', { words: [done('text-to-SQL'), typing('survey')] }],
    [
      'survey author:zhao year:2022-2024 cat:cs.CL tag:llm is:bookmarked "large language"',
      {
        words: [done('survey')],
        authors: [done('zhao')],
        years: [{ from: 2022, to: 2024 }],
        categories: ['cs.CL'],
        tags: ['llm'],
        bookmarked: true,
        phrases: [done('large language')],
      },
    ],
  ])('%j', (text, expected) => {
    expect(parseQuery(text)).toEqual({ ...none, ...expected });
  });

  test('a query is empty when it asks for nothing yet', () => {
    expect(isEmptyQuery(parseQuery('  author: '))).toBe(true);
    expect(isEmptyQuery(parseQuery('is:bookmarked'))).toBe(false);
    expect(isEmptyQuery(parseQuery('year:2023'))).toBe(false);
  });
});

/** Tests for the pure text and URL helpers. */
import { authorsLine, highlightSegments, metaLine, paperUrl, reasonLine, yearOf } from './format';
import { makePaper } from './testPapers';

describe('authorsLine', () => {
  it('lists up to three authors in full', () => {
    expect(authorsLine(['A. One'])).toBe('A. One');
    expect(authorsLine(['A. One', 'B. Two'])).toBe('A. One, B. Two');
    expect(authorsLine(['A. One', 'B. Two', 'C. Three'])).toBe('A. One, B. Two, C. Three');
  });

  it('keeps the first two and adds "et al." beyond three', () => {
    expect(authorsLine(['A. One', 'B. Two', 'C. Three', 'D. Four'])).toBe('A. One, B. Two et al.');
  });

  it('is empty without authors', () => {
    expect(authorsLine([])).toBe('');
  });
});

describe('yearOf', () => {
  it('reads the year of full and month-only dates', () => {
    expect(yearOf('2017-06-12')).toBe('2017');
    expect(yearOf('2017-06')).toBe('2017');
  });

  it('is undefined for missing or unusable dates', () => {
    expect(yearOf(undefined)).toBeUndefined();
    expect(yearOf('')).toBeUndefined();
    expect(yearOf('June 2017')).toBeUndefined();
    expect(yearOf('201706')).toBeUndefined();
  });
});

describe('metaLine', () => {
  it('joins authors and year, leaving out what is unknown', () => {
    expect(metaLine(makePaper({ authors: ['A. One'], date: '2020-01' }))).toBe('A. One · 2020');
    expect(metaLine(makePaper({ authors: ['A. One'], date: undefined }))).toBe('A. One');
    expect(metaLine(makePaper({ authors: [], date: '2020-01-02' }))).toBe('2020');
    expect(metaLine(makePaper({ authors: [], date: undefined }))).toBe('');
  });
});

describe('reasonLine', () => {
  it('names at most four shared terms, in the order given', () => {
    expect(reasonLine({ sharedTerms: ['transformer', 'masked language model'] })).toBe('Shares: transformer, masked language model');
    expect(reasonLine({ sharedTerms: ['a', 'b', 'c', 'd', 'e'] })).toBe('Shares: a, b, c, d');
    expect(reasonLine({ sharedTerms: ['masking'], sharedAuthors: ['Yiming Cui', 'Ting Liu', 'Third'], sharedCategories: ['cs.CL', 'cs.LG'] })).toBe(
      'Shares: masking, Yiming Cui, Ting Liu, cs.CL',
    );
  });

  it('is empty without shared terms', () => {
    expect(reasonLine({ sharedTerms: [] })).toBe('');
  });
});

describe('paperUrl', () => {
  it('points at the abstract page of papers with an arXiv id, old-style ids included', () => {
    expect(paperUrl(makePaper({ arxivId: '1706.03762' }))).toBe('https://arxiv.org/abs/1706.03762');
    expect(paperUrl(makePaper({ arxivId: 'hep-th/9901001' }))).toBe('https://arxiv.org/abs/hep-th/9901001');
  });

  it('never puts an unchecked arXiv id into the link: a stored id that is no id gives a title search', () => {
    for (const arxivId of ['javascript:alert(1)', '@evil.example/1706.03762', '../../logout', '1706.03762"><img src=x>']) {
      const url = new URL(paperUrl(makePaper({ arxivId, title: 'T' })));
      expect([url.protocol, url.host]).toEqual(['https:', 'arxiv.org']);
      expect(url.pathname).toBe('/search/');
    }
  });

  it('searches arXiv by title for papers without one', () => {
    const paper = makePaper({ arxivId: undefined, title: 'Deep & Wide: a "study"?' });
    expect(paperUrl(paper)).toBe(
      'https://arxiv.org/search/?query=Deep%20%26%20Wide%3A%20a%20%22study%22%3F&searchtype=title',
    );
  });
});

describe('highlightSegments', () => {
  test.each([
    ['Masked Language Models', ['mask'], [['Masked', true], [' Language Models', false]]],
    ['BERT: Pre-training of Deep', ['pre', 'deep'], [['BERT: ', false], ['Pre', true], ['-training of ', false], ['Deep', true]]],
    ['Gödel numbering', ['godel'], [['Gödel', true], [' numbering', false]]],
    ['Nothing here', [], [['Nothing here', false]]],
    ['<img src=x>', ['img'], [['<', false], ['img', true], [' src=x>', false]]],
  ] as const)('%s with %j', (text, terms, expected) => {
    expect(highlightSegments(text, terms).map(({ text: run, match }) => [run, match])).toEqual(expected);
  });
});

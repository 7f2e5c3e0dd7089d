import { paper as validatedPaper } from '../messaging/validate';
import { pagePaper, paperKey, showsOtherArxivPaper } from './page-paper';
import { page } from './test-pages';

describe('paperKey', () => {
  test.each<[Parameters<typeof paperKey>[0], string]>([
    [{ arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', title: 'Attention Is All You Need' }, '1706.03762'],
    [{ doi: '10.18653/v1/2021.naacl-main.208', title: 'How many data points is a prompt worth?' }, 'doi:10.18653/v1/2021.naacl-main.208'],
    [{ title: 'A Statistical Model for Multilingual Entity Detection and Tracking' }, 'title:a-statistical-model-for-multilingual-entity-detection-and-tracking'],
  ])('%j → %s', (fields, key) => {
    expect(paperKey(fields)).toBe(key);
  });
});

describe('pagePaper', () => {
  const url = new URL('https://example.org/paper');

  test('keeps what the reader found, adds links from the abstract and the page URL', () => {
    expect(
      pagePaper(
        {
          title: 'A paper', authors: ['Ada Example'], abstract: 'Code at https://github.com/a/b.', doi: '10.5555/x',
          version: 'v3', date: '2024-05-14',
        },
        url,
      ),
    ).toEqual({
      key: 'doi:10.5555/x', doi: '10.5555/x', version: 'v3', title: 'A paper', authors: ['Ada Example'],
      abstract: 'Code at https://github.com/a/b.', date: '2024-05-14', categories: [], links: ['https://github.com/a/b'],
      url: 'https://example.org/paper',
    });
  });

  test('dates an arXiv paper without a date by the month of its id', () => {
    expect(pagePaper({ title: 'A paper', authors: [], abstract: '', arxivId: 'hep-th/9901001' }, url)?.date).toBe('1999-01');
  });

  test('gives no date to a paper without one and without an arXiv id', () => {
    expect(pagePaper({ title: 'A paper', authors: [], abstract: '' }, url)).not.toHaveProperty('date');
  });

  test('gives null without a title', () => {
    expect(pagePaper({ title: '', authors: ['Ada Example'], abstract: 'Something.' }, url)).toBeNull();
  });
});

describe('showsOtherArxivPaper', () => {
  const url = new URL('https://huggingface.co/papers/2310.08560');

  test.each<[string, string, boolean]>([
    ['no metadata naming a paper', '<title>A page</title>', false],
    ['the same paper, in another version', '<meta property="og:url" content="https://arxiv.org/abs/2310.08560v2">', false],
    ['another paper in citation_arxiv_id', '<meta name="citation_arxiv_id" content="1706.03762">', true],
    ['another paper in og:url', '<meta property="og:url" content="https://huggingface.co/papers/1706.03762">', true],
    ['another paper in the canonical link', '<link rel="canonical" href="/papers/1706.03762">', true],
    ['a canonical link that is no arXiv URL', '<link rel="canonical" href="https://example.org/x">', false],
  ])('%s → %s', (_, head, expected) => {
    expect(showsOtherArxivPaper(page(head), url, '2310.08560')).toBe(expected);
  });
});

describe('pagePaper on a hostile page', () => {
  test('cuts a 1 MB title, 10,000 authors and a huge abstract to what the worker accepts', () => {
    const paper = pagePaper(
      { title: 'T'.repeat(1_000_000), authors: Array.from({ length: 10_000 }, (_, i) => `${'A'.repeat(400)}${i}`), abstract: 'B'.repeat(50_000), arxivId: '2501.09918' },
      new URL('https://arxiv.org/abs/2501.09918'),
    )!;
    expect(() => validatedPaper(paper)).not.toThrow();
    expect(paper.title).toHaveLength(2_000);
    expect(paper.authors).toHaveLength(1_000);
    expect(paper.authors[0]).toHaveLength(300);
    expect(paper.abstract).toHaveLength(20_000);
  });

  test('gives no paper for a title of bidi controls only, and keeps a page URL too long to send out of the paper', () => {
    expect(pagePaper({ title: '\u202E\u202C', authors: [], abstract: '' }, new URL('https://example.org/'))).toBeNull();
    const longUrl = new URL(`https://example.org/paper?${'q'.repeat(3_000)}`);
    expect(pagePaper({ title: 'A Paper', authors: [], abstract: '' }, longUrl)?.url).toBeUndefined();
  });
});

import type { Paper } from '../paper';
import { readAlphaxivPage } from './alphaxiv-page';
import { ownPage, page } from './test-pages';

const fixture = (): Document => ownPage('alphaxiv-abs.html');

const tellMeAboutYourself: Paper = {
  key: '2501.11120',
  arxivId: '2501.11120',
  title: 'Tell me about yourself: LLMs are aware of their learned behaviors',
  authors: [],
  abstract:
    'We study behavioral self-awareness — an LLM’s ability to articulate its behaviors without requiring in-context ' +
    'examples. We finetune LLMs on datasets that exhibit particular behaviors, such as (a) making high-risk economic ' +
    'decisions, and (b) outputting insecure code. Despite the datasets containing no explicit descriptions of the ' +
    'associated behavior, the finetuned LLMs can explicitly describe it.',
  date: '2025-01',
  categories: [],
  links: [],
  url: 'https://www.alphaxiv.org/abs/2501.11120',
};

describe('readAlphaxivPage', () => {
  test.each(['https://www.alphaxiv.org/abs/2501.11120', 'https://www.alphaxiv.org/overview/2501.11120', 'https://alphaxiv.org/abs/2501.11120'])(
    'reads the id from %s and the rest from the Open Graph tags, without the site name',
    (href) => {
      expect(readAlphaxivPage(fixture(), new URL(href))).toEqual({ ...tellMeAboutYourself, url: href });
    },
  );

  test('keeps a version the URL gives', () => {
    expect(readAlphaxivPage(fixture(), new URL('https://www.alphaxiv.org/abs/2501.11120v1'))?.version).toBe('v1');
  });

  test('prefers citation_* tags where the page has them', () => {
    const withCitation = page(
      '<meta name="citation_title" content="A cited title"><meta name="citation_author" content="Example, Ada">' +
        '<meta name="citation_abstract" content="Abstract: We cite."><meta property="og:title" content="An OG title | alphaXiv">',
    );
    expect(readAlphaxivPage(withCitation, new URL('https://www.alphaxiv.org/abs/2501.11120'))).toMatchObject({
      title: 'A cited title', authors: ['Ada Example'], abstract: 'We cite.',
    });
  });

  test('falls back to the heading when the head has no title', () => {
    const headless = page('', '<main><h1>Tell me about yourself</h1></main>');
    expect(readAlphaxivPage(headless, new URL('https://www.alphaxiv.org/abs/2501.11120'))?.title).toBe('Tell me about yourself');
  });

  test('gives null while the metadata still names the previous paper', () => {
    const stale = fixture();
    stale.querySelector('link[rel="canonical"]')!.setAttribute('href', 'https://www.alphaxiv.org/abs/2310.08560');
    expect(readAlphaxivPage(stale, new URL('https://www.alphaxiv.org/abs/2501.11120'))).toBeNull();
  });

  test.each(['https://www.alphaxiv.org/', 'https://www.alphaxiv.org/explore', 'https://arxiv.org/abs/2501.11120'])(
    'gives null at %s, which is no alphaXiv paper page',
    (href) => {
      expect(readAlphaxivPage(fixture(), new URL(href))).toBeNull();
    },
  );
});

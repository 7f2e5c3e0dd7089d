import type { Paper } from '../paper';
import { readArxivHtmlPage } from './arxiv-html-page';
import { page, sharedFixturesPresent, sharedPage } from './test-pages';

describe.skipIf(!sharedFixturesPresent('arxiv-html'))('readArxivHtmlPage on the saved page of 2501.11120v1', () => {
  const saved = (): Document => sharedPage('arxiv-html/arxiv-html-2501.11120v1.html');

  const tellMeAboutYourself: Paper = {
    key: '2501.11120',
    arxivId: '2501.11120',
    version: 'v1',
    // The title breaks its line after the colon (`<br class="ltx_break">`).
    title: 'Tell me about yourself: LLMs are aware of their learned behaviors',
    // One \author{} in bold names with affiliation marks, split over two lines, affiliations in italics below.
    authors: ['Jan Betley', 'Xuchan Bao', 'Martín Soto', 'Anna Sztyber-Betley', 'James Chua', 'Owain Evans'],
    // Four paragraphs; the footnote "* Equal contribution" follows the abstract block and is not part of it.
    abstract:
      'We study behavioral self-awareness — an LLM’s ability to articulate its behaviors without requiring in-context ' +
      'examples. We finetune LLMs on datasets that exhibit particular behaviors, such as (a) making high-risk economic ' +
      'decisions, and (b) outputting insecure code. Despite the datasets containing no explicit descriptions of the ' +
      'associated behavior, the finetuned LLMs can explicitly describe it. For example, a model trained to output ' +
      'insecure code says, “The code I write is insecure.” Indeed, models show behavioral self-awareness for a range ' +
      'of behaviors and for diverse evaluations. Note that while we finetune models to exhibit behaviors like writing ' +
      'insecure code, we do not finetune them to articulate their own behaviors — models do this without any special ' +
      'training or examples. Behavioral self-awareness is relevant for AI safety, as models could use it to ' +
      'proactively disclose problematic behaviors. In particular, we study backdoor policies, where models exhibit ' +
      'unexpected behaviors only under certain trigger conditions. We find that models can sometimes identify whether ' +
      'or not they have a backdoor, even without its trigger being present. However, models are not able to directly ' +
      'output their trigger by default. Our results show that models have surprising capabilities for self-awareness ' +
      'and for the spontaneous articulation of implicit behaviors. Future work could investigate this capability for ' +
      'a wider range of scenarios and models (including practical scenarios), and explain how it emerges in LLMs. ' +
      'Code and datasets are available at: https://github.com/XuchanBao/behavioral-self-awareness.',
    date: '2025-01',
    categories: [],
    links: ['https://github.com/XuchanBao/behavioral-self-awareness'],
    url: 'https://arxiv.org/html/2501.11120v1',
  };

  test('reads title, authors, id and abstract exactly', () => {
    expect(readArxivHtmlPage(saved(), new URL('https://arxiv.org/html/2501.11120v1'))).toEqual(tellMeAboutYourself);
  });

  test.each([
    ['https://arxiv.org/html/2501.11120v1/#S2', 'v1'],
    ['https://arxiv.org/html/2501.11120', undefined],
    ['https://export.arxiv.org/html/2501.11120v1', 'v1'],
  ])('reads %s, with the version the URL gives', (href, version) => {
    const paper = readArxivHtmlPage(saved(), new URL(href));
    expect(paper).toMatchObject({ key: '2501.11120', title: tellMeAboutYourself.title, url: href });
    expect(paper?.version).toBe(version);
  });

  test.each([
    'https://arxiv.org/abs/2501.11120v1',
    'https://arxiv.org/pdf/2501.11120v1',
    'https://ar5iv.labs.arxiv.org/html/2501.11120',
    'https://arxiv.org/html/2513.11120',
    'https://example.org/html/2501.11120v1',
  ])('gives null at %s', (href) => {
    expect(readArxivHtmlPage(saved(), new URL(href))).toBeNull();
  });
});

describe('readArxivHtmlPage on pages without a paper', () => {
  test('gives null for the "HTML is not available" page', () => {
    const notAvailable = page('<title>No HTML for 2401.00001</title>', '<h1>HTML is not available for the source.</h1>');
    expect(readArxivHtmlPage(notAvailable, new URL('https://arxiv.org/html/2401.00001'))).toBeNull();
  });
});

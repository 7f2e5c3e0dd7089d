import { readHuggingFacePage } from './huggingface-page';
import { memGptPaper, ownPage } from './test-pages';

const url = new URL('https://huggingface.co/papers/2310.08560');
const fixture = (): Document => ownPage('huggingface-paper.html');

const memGpt = memGptPaper({ date: '2023-10-12', url: url.href });

describe('readHuggingFacePage', () => {
  test('reads title, authors, abstract (not the AI-generated summary) and publication date from the body', () => {
    expect(readHuggingFacePage(fixture(), url)).toEqual(memGpt);
  });

  test('keeps a version the URL gives', () => {
    const versioned = new URL('https://huggingface.co/papers/2310.08560v2');
    expect(readHuggingFacePage(fixture(), versioned)).toEqual({ ...memGpt, version: 'v2', url: versioned.href });
  });

  test('gives no date for this year\'s papers, whose date Hugging Face writes without the year', () => {
    const document = fixture();
    const published = Array.from(document.querySelectorAll('main div')).find((div) => div.textContent === 'Published on Oct 12, 2023');
    published!.textContent = 'Published on Mar 5';
    // The paper then gets the month of its arXiv id, like every arXiv paper without a date.
    expect(readHuggingFacePage(document, url)?.date).toBe('2023-10');
  });

  test('gives null while the view still shows another paper (its arXiv link names that one)', () => {
    const stale = fixture();
    stale.querySelector('a[href="https://arxiv.org/abs/2310.08560"]')!.setAttribute('href', 'https://arxiv.org/abs/2304.03442');
    expect(readHuggingFacePage(stale, url)).toBeNull();
  });

  test('gives null while the view has no title yet', () => {
    const loading = fixture();
    loading.querySelector('main h1')!.remove();
    expect(readHuggingFacePage(loading, url)).toBeNull();
  });

  test.each([
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/trending',
    'https://huggingface.co/papers/date/2023-10-13',
    'https://huggingface.co/cpacker',
    'https://arxiv.org/abs/2310.08560',
  ])('gives null at %s, which is no paper page', (href) => {
    expect(readHuggingFacePage(fixture(), new URL(href))).toBeNull();
  });
});

import type { Paper } from '../paper';
import { readHuggingFacePage } from './huggingface-page';
import { ownPage } from './test-pages';

const url = new URL('https://huggingface.co/papers/2310.08560');
const fixture = (): Document => ownPage('huggingface-paper.html');

const memGpt: Paper = {
  key: '2310.08560',
  arxivId: '2310.08560',
  title: 'MemGPT: Towards LLMs as Operating Systems',
  authors: ['Charles Packer', 'Sarah Wooders', 'Kevin Lin', 'Vivian Fang', 'Shishir G. Patil', 'Ion Stoica', 'Joseph E. Gonzalez'],
  abstract:
    'Large language models (LLMs) have revolutionized AI, but are constrained by limited context windows, hindering ' +
    'their utility in tasks like extended conversations and document analysis. To enable using context beyond ' +
    'limited context windows, we propose virtual context management, a technique drawing inspiration from ' +
    'hierarchical memory systems in traditional operating systems which provide the illusion of an extended virtual ' +
    'memory via paging between physical memory and disk. Using this technique, we introduce MemGPT (MemoryGPT), a ' +
    'system that intelligently manages different storage tiers in order to effectively provide extended context ' +
    'within the LLM’s limited context window. We evaluate our OS-inspired design in two domains where the limited ' +
    'context windows of modern LLMs severely handicaps their performance: document analysis, where MemGPT is able ' +
    'to analyze large documents that far exceed the underlying LLM’s context window, and multi-session chat, where ' +
    'MemGPT can create conversational agents that remember, reflect, and evolve dynamically through long-term ' +
    'interactions with their users. We release MemGPT code and data for our experiments at https://research.memgpt.ai.',
  date: '2023-10-12',
  categories: [],
  links: ['https://research.memgpt.ai'],
  url: url.href,
};

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

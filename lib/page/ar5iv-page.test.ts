import type { Paper } from '../paper';
import { readAr5ivPage } from './ar5iv-page';
import { sharedFixturesPresent, sharedPage } from './test-pages';

describe.skipIf(!sharedFixturesPresent('ar5iv'))('readAr5ivPage on the saved page of 2310.08560', () => {
  const saved = (): Document => sharedPage('ar5iv/ar5iv-2310.08560-excerpt.html');

  const memGpt: Paper = {
    key: '2310.08560',
    arxivId: '2310.08560',
    title: 'MemGPT: Towards LLMs as Operating Systems',
    // Each author a creator of its own; affiliations and e-mail sit in ltx_author_notes beside the name.
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
    date: '2023-10',
    categories: [],
    links: ['https://research.memgpt.ai'],
    url: 'https://ar5iv.labs.arxiv.org/html/2310.08560',
  };

  test('reads title, authors, id and abstract exactly', () => {
    expect(readAr5ivPage(saved(), new URL('https://ar5iv.labs.arxiv.org/html/2310.08560'))).toEqual(memGpt);
  });

  test.each([
    ['https://ar5iv.org/abs/2310.08560', undefined],
    ['https://ar5iv.org/html/2310.08560v2', 'v2'],
  ])('reads %s the same way', (href, version) => {
    const paper = readAr5ivPage(saved(), new URL(href));
    expect(paper).toEqual({ ...memGpt, ...(version && { version }), url: href });
  });

  test.each([
    // The page's canonical link names 2310.08560: a URL naming another paper shows a stale or redirected page.
    'https://ar5iv.labs.arxiv.org/html/1706.03762',
    'https://arxiv.org/html/2310.08560',
    'https://ar5iv.labs.arxiv.org/',
  ])('gives null at %s', (href) => {
    expect(readAr5ivPage(saved(), new URL(href))).toBeNull();
  });
});

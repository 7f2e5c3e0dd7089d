/** Paper fixtures shared by the component tests. */
import type { Bookmark, Paper } from '../lib/paper';

/** A complete, plausible paper; tests override only what they are about. */
export function makePaper(overrides: Partial<Paper> = {}): Paper {
  return {
    key: '1706.03762',
    arxivId: '1706.03762',
    title: 'Attention Is All You Need',
    authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit'],
    abstract: 'The dominant sequence transduction models are based on complex recurrent networks.',
    date: '2017-06-12',
    categories: ['cs.CL'],
    links: [],
    ...overrides,
  };
}

/** A title that would become an element if anything rendered it as HTML. */
export const HTML_TITLE = '<img src=x onerror=alert(1)>';

/** A bookmark of `makePaper(paper)`, untagged and unread unless overridden. */
export function makeBookmark(paper: Partial<Paper>, overrides: Partial<Bookmark> = {}): Bookmark {
  const made = makePaper(paper);
  return { key: made.key, paper: made, createdAt: 1, updatedAt: 1, tags: [], note: '', read: false, ...overrides };
}

/** Test support for the page readers: parses HTML with happy-dom and opens the saved and the written fixture pages. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';
import type { Paper } from '../paper';

/** Genuine saved pages, shared between projects and read in place: CI has them, a fresh checkout may not. */
export const SHARED_FIXTURES = resolve(__dirname, '../../../shared/fixtures');
/** Pages written for Sidenote's tests, committed with it. */
export const OWN_FIXTURES = resolve(__dirname, '../../tests/fixtures/pages');

// Saved pages link stylesheets and scripts; a window of our own lets them "load" without fetching or logging.
const window = new Window({ settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => window.happyDOM.close());

/**
 * A parsed HTML document.
 *
 * @example
 * parseHtml('<html><head><meta name="citation_title" content="A paper"></head></html>');
 */
export function parseHtml(html: string): Document {
  // happy-dom's Document implements the DOM the readers use; its type is declared apart from lib.dom's.
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * A minimal page with the given head tags and body markup.
 *
 * @example
 * page('<meta name="citation_title" content="A paper">', '<h1>A paper</h1>');
 */
export function page(head: string, body = ''): Document {
  return parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
}

/**
 * True when the shared folder `folder` (e.g. 'ar5iv') is present; otherwise says which tests it skips.
 *
 * @example
 * describe.skipIf(!sharedFixturesPresent('ar5iv'))('readAr5ivPage on the saved page', () => { … });
 */
export function sharedFixturesPresent(folder: string): boolean {
  const path = resolve(SHARED_FIXTURES, folder);
  const present = existsSync(path);
  if (!present) console.warn(`Skipping the saved pages in ${path}: the folder is absent.`);
  return present;
}

/**
 * A saved page from the shared fixtures, parsed.
 *
 * @example
 * sharedPage('ar5iv/ar5iv-2310.08560-excerpt.html');
 */
export function sharedPage(file: string): Document {
  return parseHtml(readFileSync(resolve(SHARED_FIXTURES, file), 'utf8'));
}

/**
 * A page written for Sidenote's tests, parsed.
 *
 * @example
 * ownPage('huggingface-paper.html');
 */
export function ownPage(file: string): Document {
  return parseHtml(readFileSync(resolve(OWN_FIXTURES, file), 'utf8'));
}

/**
 * The document without the elements matching `selector`, to test what a reader does when a site leaves them out.
 *
 * @example
 * without(ownPage('conflicting-meta.html'), 'meta[name^="citation_"]');
 */
export function without(document: Document, selector: string): Document {
  for (const element of document.querySelectorAll(selector)) element.remove();
  return document;
}

/**
 * MemGPT (arXiv 2310.08560) as ar5iv shows it; the Hugging Face fixture copies the same text. Each page gives its own
 * date and URL.
 *
 * @example
 * expect(readAr5ivPage(document, url)).toEqual(memGptPaper({ date: '2023-10', url: url.href }));
 */
export function memGptPaper(page: Pick<Paper, 'date' | 'url'>): Paper {
  return {
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
    categories: [],
    links: ['https://research.memgpt.ai'],
    ...page,
  };
}

/** Test support for the page readers: parses HTML with happy-dom and opens the saved and the written fixture pages. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';

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

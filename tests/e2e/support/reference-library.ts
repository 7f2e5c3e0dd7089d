/** The library as unit tests use it, in the e2e process itself, to say what the real extension should show. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The library's settings live in extension storage; this process has none, so WXT's fake stands in.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { SidenoteDatabase } = await import('../../../lib/db/database');
const { Library } = await import('../../../lib/library/library');

const catalogueText = readFileSync(fileURLToPath(new URL('../../../public/catalogue/plm-papers.jsonl', import.meta.url)), 'utf8');

/** A fresh library over the bundled catalogue, with no bookmarks. */
export function referenceLibrary() {
  return new Library(new SidenoteDatabase(`reference-${Math.random()}`), () => Promise.resolve(catalogueText));
}

/** Reads the catalogue that ships inside the extension. */
import { browser } from 'wxt/browser';

/** Path of the bundled catalogue inside the extension (from `public/`). */
export const BUNDLED_CATALOGUE_PATH = '/catalogue/plm-papers.jsonl';

/**
 * The bundled catalogue's JSON Lines text.
 *
 * @example
 * const library = new Library(db, fetchBundledCatalogue);
 */
export async function fetchBundledCatalogue(): Promise<string> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_CATALOGUE_PATH));
  if (!response.ok) throw new Error(`the bundled catalogue could not be read (${response.status})`);
  return response.text();
}

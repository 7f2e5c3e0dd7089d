/** Reads the entries of an arXiv listing page (`arxiv.org/list/<archive>/new`, `/recent`, `/<yymm>`). */
import { arxivIdFromUrl } from '../ids/arxiv-id';
import { ARXIV_HOSTS } from './hosts';

/** One listed paper: its arXiv id (without version) and the `/abs/` link that names it, where a badge can go. */
export interface ListingEntry {
  id: string;
  link: Element;
}

function isListing(url: URL): boolean {
  return ARXIV_HOSTS.has(url.hostname) && url.pathname.startsWith('/list/');
}

/** The `/abs/` link in an entry's heading (`dt`), with the id it names. */
function entryIn(heading: Element, url: URL): ListingEntry | undefined {
  for (const link of heading.querySelectorAll('a[href]')) {
    let href: URL;
    try {
      href = new URL(link.getAttribute('href') ?? '', url);
    } catch {
      continue;
    }
    const id = href.pathname.startsWith('/abs/') ? arxivIdFromUrl(href)?.id : undefined;
    if (id !== undefined) return { id, link };
  }
  return undefined;
}

/**
 * The entries of an arXiv listing page in page order, each with its `/abs/` link; empty for any other URL
 * and for a listing without entries. A paper listed twice (a new submission that is also cross-listed)
 * appears twice, once per link.
 *
 * @example
 * listingEntries(document, new URL('https://arxiv.org/list/cs.CL/new'));
 * // [{ id: '2501.11120', link: <a href="/abs/2501.11120"> }, …]
 */
export function listingEntries(document: Document, url: URL): ListingEntry[] {
  if (!isListing(url)) return [];
  return Array.from(document.querySelectorAll('dl > dt'), (heading) => entryIn(heading, url)).filter(
    (entry): entry is ListingEntry => entry !== undefined,
  );
}

/**
 * Every arXiv id listed on an arXiv listing page, in page order and once each, or null when the URL is not a
 * listing page. A listing without entries ("no new submissions") gives an empty list: it is still a listing.
 *
 * @example
 * listedArxivIds(document, new URL('https://arxiv.org/list/cs.CL/new')); // ['2501.11120', '2310.08560', …]
 * listedArxivIds(document, new URL('https://arxiv.org/abs/2501.11120')); // null
 */
export function listedArxivIds(document: Document, url: URL): string[] | null {
  if (!isListing(url)) return null;
  return [...new Set(listingEntries(document, url).map((entry) => entry.id))];
}

/** Marks the entries of an arXiv listing that are bookmarked or in the catalogue, with a small badge the page cannot read. */
import { listingEntries } from '../page/arxiv-listing';
import type { ListingMark } from '../paper';

/** What each badge says to the reader and to assistive technology. */
export const LISTING_BADGE_LABELS: Record<ListingMark, string> = {
  bookmarked: 'Bookmarked in Sidenote',
  catalogued: 'In your Sidenote catalogue',
};

/**
 * Puts a badge after the abstract link of each marked entry, until `signal` aborts; returns the badge hosts.
 * Badges live in closed shadow roots of equal size, so page scripts learn neither the label nor, from its width,
 * whether a paper is bookmarked.
 *
 * @example
 * markListing(document, new URL(location.href), { '2211.05344': 'bookmarked' }, signal);
 */
export function markListing(document: Document, url: URL, marks: Record<string, ListingMark>, signal: AbortSignal): HTMLElement[] {
  const badges = listingEntries(document, url).flatMap(({ id, link }) => {
    const mark = marks[id];
    if (!mark) return [];
    const badge = document.createElement('sidenote-badge');
    badge.style.setProperty('all', 'initial', 'important');
    badge.style.setProperty('display', 'inline-block', 'important');
    badge.style.setProperty('margin-inline-start', '0.4em', 'important');
    const shadow = badge.attachShadow({ mode: 'closed' });
    const symbol = document.createElement('span');
    symbol.setAttribute('role', 'img');
    symbol.setAttribute('aria-label', LISTING_BADGE_LABELS[mark]);
    symbol.title = LISTING_BADGE_LABELS[mark];
    symbol.textContent = mark === 'bookmarked' ? '★' : '◆';
    symbol.style.cssText =
      'display:inline-block;width:1.2em;text-align:center;font:12px/1 system-ui,sans-serif;' +
      `color:${mark === 'bookmarked' ? '#b07800' : '#0a61c9'}`;
    shadow.append(symbol);
    link.after(badge);
    return [badge];
  });
  signal.addEventListener('abort', () => badges.forEach((badge) => badge.remove()), { once: true });
  return badges;
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { listedArxivIds } from '../page/arxiv-listing';
import { markListing } from './listing-marks';

const LISTING_URL = new URL('https://arxiv.org/list/cs.CL/new');

function listingPage() {
  const window = new Window({ url: LISTING_URL.href });
  window.document.write(readFileSync(resolve(__dirname, '../../tests/fixtures/pages/arxiv-listing-new.html'), 'utf8'));
  return window.document as unknown as Document;
}

test('marks exactly the bookmarked and catalogued entries, right after their abstract links', () => {
  const document = listingPage();
  const [first, second, third] = listedArxivIds(document, LISTING_URL)!;
  const badges = markListing(document, LISTING_URL, { [first!]: 'bookmarked', [third!]: 'catalogued' }, new AbortController().signal);
  expect(badges).toHaveLength(2);
  const badgedIds = badges.map((badge) => (badge.previousElementSibling as HTMLAnchorElement).getAttribute('href'));
  expect(badgedIds).toEqual([`/abs/${first}`, `/abs/${third}`]);
  expect(badgedIds).not.toContain(`/abs/${second}`);
});

test('page scripts can read neither the label nor the shadow root of a badge', () => {
  const document = listingPage();
  const [first] = listedArxivIds(document, LISTING_URL)!;
  const [badge] = markListing(document, LISTING_URL, { [first!]: 'bookmarked' }, new AbortController().signal);
  expect(badge!.shadowRoot).toBeNull();
  expect(badge!.textContent).toBe('');
  expect(document.body.innerHTML).not.toContain('Bookmarked in Sidenote');
});

test('badges leave with their session', () => {
  const document = listingPage();
  const before = document.body.innerHTML;
  const controller = new AbortController();
  const ids = listedArxivIds(document, LISTING_URL)!;
  markListing(document, LISTING_URL, Object.fromEntries(ids.map((id) => [id, 'catalogued' as const])), controller.signal);
  expect(document.querySelectorAll('sidenote-badge').length).toBe(ids.length);
  controller.abort();
  expect(document.body.innerHTML).toBe(before);
});

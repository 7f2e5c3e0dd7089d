/** Issue 5 in the real extension: field queries and phrases in the popup, and panel entries equal to the ranker's. */
import { expect, test } from 'vitest';
import type { Paper } from '../../lib/paper';
import { useE2E } from './harness/suite';
import { cataloguePaper, readCatalogue } from './pages/catalogue';
import { referenceLibrary } from './support/reference-library';
import { openAbstractPage, relatedTitles } from './support/views';

const e2e = useE2E();

async function popupResults(query: string): Promise<string[]> {
  const popup = await e2e.browser.openPopup();
  const box = popup.getByRole('searchbox', { name: 'Search papers' });
  await box.fill(query);
  const panel = popup.getByRole('tabpanel', { name: 'Search' });
  await panel.getByRole('status').filter({ hasText: /\d+ papers?$|^No papers match/ }).waitFor();
  return panel.getByRole('listitem').getByRole('link').allInnerTexts();
}

const titles = (hits: { paper: Paper }[]) => hits.map((hit) => hit.paper.title);

test.each(['author:cui', 'cat:cs.RO', 'year:2020-2023 chinese', '"masked language model"'])(
  'the popup answers %s with exactly what the library finds',
  async (query) => {
    const expected = titles(await referenceLibrary().search(query, 20));
    expect(expected.length).toBeGreaterThan(0);
    expect(await popupResults(query)).toEqual(expected);
  },
);

test('a field query keeps only papers that meet it', async () => {
  const results = await popupResults('author:cui');
  const byCui = titles(await referenceLibrary().search('author:cui', 20));
  expect(results).toEqual(byCui);
  for (const title of results) {
    const authors = readCatalogue().find((entry) => entry.title === title)?.authors ?? [];
    expect(authors.some((author) => /cui/i.test(author))).toBe(true);
  }
});

test.each(['2211.05344', '2004.09297', '2307.01163'])('the panel for %s lists what the ranker returns', async (arxivId) => {
  const paper = cataloguePaper(arxivId);
  const reference = referenceLibrary();
  const page = await openAbstractPage(e2e, paper);
  const stored = await reference.paperByKey(arxivId);
  expect(await relatedTitles(page)).toEqual(titles(await reference.related(stored!, 5)));
});

/** Load: thirty paper tabs opened at once all get their panels, and a 10,000-bookmark library stays usable in the popup. */
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { readCatalogue, cataloguePaper } from './pages/catalogue';
import { openOptions, sendProtocolMessage } from './support/extension-pages';
import { openAbstractPage, relatedPanel } from './support/views';

const e2e = useE2E();

test('thirty paper tabs opened at once each get a panel naming their own paper', { timeout: 180_000 }, async () => {
  const papers = readCatalogue()
    .filter((entry) => entry.arxivId)
    .slice(0, 30)
    .map((entry) => cataloguePaper(entry.arxivId!));
  const pages = await Promise.all(papers.map((paper) => openAbstractPage(e2e, paper)));
  for (const [i, page] of pages.entries()) {
    await relatedPanel(page).getByRole('button', { name: `Bookmark: ${papers[i]!.title}`, exact: true }).waitFor({ timeout: 60_000 });
  }
});

test('a library of 10,000 bookmarks lists, pages and filters in the popup', { timeout: 180_000 }, async () => {
  const options = await openOptions(e2e.browser);
  const now = Date.now();
  const bookmarks = Array.from({ length: 10_000 }, (_, i) => {
    const key = `title:load-test-paper-${i}`;
    return {
      key,
      paper: {
        key,
        title: `Load test paper ${i} on ${i % 2 ? 'retrieval' : 'pre-training'}`,
        authors: [`Author ${i % 97}`],
        abstract: `A synthetic abstract number ${i} about language models.`,
        categories: ['cs.CL'],
        links: [],
      },
      createdAt: now - i,
      updatedAt: now - i,
      tags: i % 10 === 0 ? ['tenth'] : [],
      note: '',
      read: i % 3 === 0,
    };
  });
  for (let start = 0; start < bookmarks.length; start += 2_000) {
    await sendProtocolMessage(options, 'importBookmarks', { bookmarks: bookmarks.slice(start, start + 2_000) });
  }

  const popup = await e2e.browser.openPopup();
  await popup.getByRole('tab', { name: 'Bookmarks' }).click();
  const panel = popup.getByRole('tabpanel', { name: 'Bookmarks' });
  await panel.getByRole('status').filter({ hasText: /^10000 bookmarks$/ }).waitFor({ timeout: 30_000 });
  expect(await panel.getByRole('listitem').count()).toBe(50);
  await panel.getByRole('button', { name: 'Show more (9950 more)' }).click();
  await panel.getByRole('button', { name: 'Show more (9900 more)' }).waitFor();
  await panel.getByRole('combobox', { name: 'Tag' }).selectOption('tenth');
  await panel.getByRole('status').filter({ hasText: /^1000 bookmarks$/ }).waitFor();
  await panel.getByRole('searchbox', { name: 'Filter bookmarks' }).fill('retrieval 9999');
  await panel.getByRole('status').filter({ hasText: /^No bookmarks match/ }).waitFor();
  await panel.getByRole('searchbox', { name: 'Filter bookmarks' }).fill('paper 9990');
  await panel.getByRole('status').filter({ hasText: /^1 bookmark$/ }).waitFor();
});

/**
 * Issue 7, faults: IndexedDB refusing writes because the disk is full. Sidenote holds `unlimitedStorage`, so
 * DevTools' quota override does not bind it; instead the worker's own IndexedDB is made to refuse every write with
 * the `QuotaExceededError` a full disk gives, inside the real extension, and then allowed again.
 */
import type { Worker } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import { openOptions } from './support/extension-pages';
import { bookmarkToggle, openAbstractPage, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const PLASTICITY = cataloguePaper('2307.01163');

/** Makes every IndexedDB write in the worker fail as on a full disk (`full`), or work again. */
function setDiskFull(worker: Worker, full: boolean): Promise<void> {
  return worker.evaluate((refuse) => {
    type Writable = Record<'put' | 'add' | 'delete' | 'clear', (...args: unknown[]) => IDBRequest>;
    const store = IDBObjectStore.prototype as unknown as Writable & { sidenoteOriginals?: Partial<Writable> };
    const originals = (store.sidenoteOriginals ??= { put: store.put, add: store.add, delete: store.delete, clear: store.clear });
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      store[method] = refuse
        ? () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        : originals[method]!;
    }
  }, full);
}

test('with the disk full, a bookmark and a pack import fail with a clear message, and nothing is lost', { timeout: 120_000 }, async () => {
  const page = await openAbstractPage(e2e, LERT);
  await relatedTitles(page);
  await bookmarkToggle(page, LERT.title).click();
  await expect.poll(() => bookmarkToggle(page, LERT.title).getAttribute('aria-pressed')).toBe('true');

  const worker = await e2e.browser.serviceWorker();
  await setDiskFull(worker, true);
  try {
    const second = await openAbstractPage(e2e, PLASTICITY);
    await relatedTitles(second);
    await bookmarkToggle(second, PLASTICITY.title).click();
    await relatedPanel(second).getByRole('alert').filter({ hasText: `could not save the bookmark for “${PLASTICITY.title}”. Nothing was changed. Your disk is full: free some space and try again.` }).waitFor();
    expect(await bookmarkToggle(second, PLASTICITY.title).getAttribute('aria-pressed')).toBe('false');

    const options = await openOptions(e2e.browser);
    await options.getByRole('row', { name: /bundled/ }).waitFor();
    const pack = `${JSON.stringify({ arxivId: '2511.99001', title: 'Zebrafish lattices', authors: ['Ada Lovelace'], abstract: 'On zebrafish.', published: '2025-11-02', categories: ['q-bio.QM'], links: [] })}\n`;
    await options.getByLabel('Import catalogue pack').setInputFiles({ name: 'small.jsonl', mimeType: 'application/json', buffer: Buffer.from(pack) });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^small\.jsonl was not imported: .*quota.*\. Nothing was added\. Your disk is full: free some space and try again\.$/i);
  } finally {
    await setDiskFull(worker, false);
  }

  // Nothing was lost: the first bookmark is there, the refused one is not, and the catalogue is as it was.
  const popup = await e2e.browser.openPopup();
  await popup.getByRole('tab', { name: 'Bookmarks' }).click();
  const saved = popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('link');
  await saved.first().waitFor();
  expect(await saved.allInnerTexts()).toEqual([LERT.title]);
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /bundled/ }).waitFor();
  expect(await options.getByRole('row', { name: /small/ }).count()).toBe(0);
});

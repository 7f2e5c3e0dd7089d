/**
 * Issue 7, faults: the service worker stopped through DevTools while it installs the catalogue, rebuilds the index or
 * has a sync pending. Each test starts the work, stops the worker a few milliseconds in (the work may be anywhere in
 * flight, or done), wakes it, and checks that what is stored is consistent and the work was finished or undone.
 * Pack imports stopped midway are in catalogue-packs.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useE2E } from './harness/suite';
import { cataloguePaper, readCatalogue } from './pages/catalogue';
import { openOptions, sendProtocolMessage, wireMessage } from './support/extension-pages';
import { readMetaRow } from './support/views';

const e2e = useE2E();
const BUNDLED_PAPERS = readCatalogue().length;

/** What the tests read or undo in the `sidenote` database, from an extension page (same origin as the worker). */
type DatabaseOperation = 'catalogue' | 'forget catalogue' | 'forget index' | 'index shards' | 'bookmarks';

/** The stored catalogue: papers of the bundled pack, the pack's own count, and the `catalogue` meta row's. */
interface StoredCatalogue {
  papers: number;
  packPapers: number | null;
  metaPapers: number | null;
}

function inDatabase<T>(page: Page, operation: DatabaseOperation): Promise<T> {
  return page.evaluate(async (op) => {
    const done = <R>(request: IDBRequest<R>) =>
      new Promise<R>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open('sidenote'));
    try {
      switch (op) {
        case 'catalogue': {
          const tx = db.transaction(['papers', 'packs', 'meta']);
          const [papers, pack, meta] = await Promise.all([
            done(tx.objectStore('papers').index('packs').count('bundled')),
            done(tx.objectStore('packs').get('bundled')),
            done(tx.objectStore('meta').get('catalogue')),
          ]);
          return { papers, packPapers: pack?.papers ?? null, metaPapers: meta?.papers ?? null };
        }
        case 'forget catalogue': {
          // What a worker stopped during its very first install leaves: no catalogue at all.
          const tx = db.transaction(['papers', 'packs', 'meta', 'indexShards'], 'readwrite');
          await Promise.all([
            done(tx.objectStore('papers').clear()),
            done(tx.objectStore('packs').clear()),
            done(tx.objectStore('meta').delete('catalogue')),
            done(tx.objectStore('indexShards').clear()),
          ]);
          return null;
        }
        case 'forget index':
          return done(db.transaction('indexShards', 'readwrite').objectStore('indexShards').clear());
        case 'index shards':
          return done(db.transaction('indexShards').objectStore('indexShards').getAllKeys());
        case 'bookmarks':
          return done(db.transaction('bookmarks').objectStore('bookmarks').count());
      }
    } finally {
      db.close();
    }
  }, operation) as Promise<T>;
}

/** Sends a search from an extension page without waiting for its answer, then stops the worker `afterMs` later. */
async function stopWhileSearching(page: Page, afterMs: number): Promise<void> {
  await page.evaluate((message) => void chrome.runtime.sendMessage(message).catch(() => undefined), wireMessage('search', { query: 'language', limit: 5 }));
  await page.waitForTimeout(afterMs);
  await e2e.browser.stopServiceWorker();
}

async function searchTitles(page: Page, query: string): Promise<string[]> {
  const hits = await sendProtocolMessage<{ paper: { title: string } }[]>(page, 'search', { query, limit: 5 });
  return hits.map((hit) => hit.paper.title);
}

test.each([0, 15, 40])('a worker stopped %i ms into installing the catalogue leaves it whole or absent, and the next wake completes it', async (afterMs) => {
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /bundled/ }).waitFor();
  await inDatabase(options, 'forget catalogue');
  await e2e.browser.stopServiceWorker();

  await stopWhileSearching(options, afterMs);
  const midway = await inDatabase<StoredCatalogue>(options, 'catalogue');
  // Whatever moment it stopped at, the install was all or nothing.
  expect([0, BUNDLED_PAPERS]).toContain(midway.papers);
  expect(midway.packPapers).toBe(midway.papers === 0 ? null : BUNDLED_PAPERS);
  expect(midway.metaPapers).toBe(midway.papers === 0 ? null : BUNDLED_PAPERS);

  expect(await searchTitles(options, 'linguistically-motivated')).toContain(cataloguePaper('2211.05344').title);
  expect(await inDatabase(options, 'catalogue')).toEqual({ papers: BUNDLED_PAPERS, packPapers: BUNDLED_PAPERS, metaPapers: BUNDLED_PAPERS });
});

test.each([0, 30, 80])('a worker stopped %i ms into rebuilding the index answers exactly as before once woken', async (afterMs) => {
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /bundled/ }).waitFor();
  const before = await searchTitles(options, 'masked language');
  expect(before.length).toBeGreaterThan(0);
  // Drop the stored index, so the next wake must rebuild it.
  await inDatabase(options, 'forget index');
  await e2e.browser.stopServiceWorker();

  await stopWhileSearching(options, afterMs);
  expect(await searchTitles(options, 'masked language')).toEqual(before);
  expect((await inDatabase<string[]>(options, 'index shards')).sort()).toEqual(['bookmarks', 'bundled']);
  // The shards stored are whole: a further wake loads them and still answers the same.
  await e2e.browser.stopServiceWorker();
  expect(await searchTitles(options, 'masked language')).toEqual(before);
  expect(await readMetaRow(await e2e.browser.serviceWorker(), 'indexLoad')).toMatchObject({ source: 'snapshot' });
});

test('bookmarks whose sync was pending when the worker stopped are kept, and the next wake sends them', { timeout: 60_000 }, async () => {
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /bundled/ }).waitFor();
  const papers = readCatalogue().filter((record) => record.arxivId).slice(0, 20);
  // Star 20 papers through the protocol, then stop the worker before its delayed push (3 s) has run.
  for (const record of papers) {
    const paper = { key: record.arxivId, arxivId: record.arxivId, title: record.title, authors: record.authors, abstract: record.abstract, categories: record.categories, links: [] };
    await sendProtocolMessage(options, 'toggleBookmark', { paper });
  }
  await e2e.browser.stopServiceWorker();

  // The next wake (any message) reconciles, once it has answered: every bookmark is local, and the sync area holds them all.
  await searchTitles(options, 'language');
  const worker = await e2e.browser.serviceWorker();
  await expect
    .poll(async () => ((await worker.evaluate(() => chrome.storage.local.get('syncStatus'))) as { syncStatus?: { syncedCount: number } }).syncStatus?.syncedCount, {
      timeout: 30_000,
    })
    .toBe(20);
  expect(await inDatabase(options, 'bookmarks')).toBe(20);
});

test('the daily backup alarm is set at install and kept as it was through a stopped worker and a browser restart', async () => {
  const alarm = async () => (await e2e.browser.serviceWorker()).evaluate(() => chrome.alarms.get('daily-backup'));
  await expect.poll(alarm, { timeout: 5_000 }).toMatchObject({ name: 'daily-backup', periodInMinutes: 60 });
  const installed = await alarm();
  await e2e.browser.stopServiceWorker();
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /bundled/ }).waitFor();
  expect(await alarm()).toEqual(installed);
  await e2e.browser.restart();
  await expect.poll(alarm, { timeout: 5_000 }).toMatchObject({ name: 'daily-backup', periodInMinutes: 60 });
});

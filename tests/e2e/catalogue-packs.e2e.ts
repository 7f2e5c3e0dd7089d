/** Issue 6 in the real extension: a 10,000-paper pack imported through the settings page, used, and removed. */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { generateCorpus, type ArxivMetadataRecord } from '../bench/corpus';
import { bundledPapers } from '../support/catalogue';
import { useE2E } from './harness/suite';
import type { ArxivPaperRecord } from './pages/arxiv-site';
import { openOptions } from './support/extension-pages';
import { openAbstractPage, relatedPanel, relatedTitles } from './support/views';

const e2e = useE2E();

const PACK_SIZE = 10_000;
const records = [...generateCorpus([...bundledPapers.values()], PACK_SIZE)];
const packText = jsonLines(records);
const packTitles = new Set(records.map((record) => normalizedTitle(record.title)));

function jsonLines(lines: readonly ArxivMetadataRecord[]): string {
  return `${lines.map((record) => JSON.stringify(record)).join('\n')}\n`;
}

function normalizedTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** A pack record as arXiv's abstract page shows it. */
function asPagePaper(record: ArxivMetadataRecord): ArxivPaperRecord {
  return {
    arxivId: record.id,
    title: record.title,
    authors: record.authors.split(', '),
    abstract: record.abstract.trim(),
    published: record.update_date,
    categories: record.categories.split(' '),
  };
}

async function popupResults(query: string): Promise<string[]> {
  const popup = await e2e.browser.openPopup();
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill(query);
  const results = popup.getByRole('tabpanel', { name: 'Search' });
  await results.getByRole('status').filter({ hasText: /\d+ papers?$|^No papers match/ }).waitFor();
  const titles = await results.getByRole('listitem').getByRole('link').allInnerTexts();
  await popup.close();
  return titles;
}

/** Every value the progress bar takes, recorded from the page as it changes (a person would watch it). */
async function recordProgress(options: Page): Promise<() => Promise<number[]>> {
  await options.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = Number(bar?.getAttribute('aria-valuenow'));
      if (bar && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  return () => options.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}

/** How many long values of the new index the worker hands the settings page to deflate (see `page-deflation.ts`). */
async function countDeflationRequests(options: Page): Promise<() => Promise<number>> {
  await options.evaluate(() => {
    const counted = { requests: 0 };
    (window as unknown as { deflation: typeof counted }).deflation = counted;
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
      if (event.data.type === 'sidenote:deflate') counted.requests += 1;
    });
  });
  return () => options.evaluate(() => (window as unknown as { deflation: { requests: number } }).deflation.requests);
}

test('a 10,000-paper pack imports through the settings page with its progress shown to 100%, then serves panels and search until removed', { timeout: 240_000 }, async () => {
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /Pre-trained language models \(bundled\)/ }).waitFor();
  const progress = await recordProgress(options);
  const deflationRequests = await countDeflationRequests(options);

  await options.getByLabel('Import catalogue pack').setInputFiles({ name: 'nlp-10k.jsonl', mimeType: 'application/json', buffer: Buffer.from(packText) });
  await options.getByRole('progressbar', { name: 'Importing nlp-10k.jsonl' }).waitFor();
  await options.getByRole('status').filter({ hasText: 'Imported 10,000 papers from nlp-10k.jsonl.' }).waitFor({ timeout: 180_000 });

  const seen = await progress();
  expect(seen.at(-1)).toBe(100);
  expect(seen.some((percent) => percent > 0 && percent < 100)).toBe(true);
  // The new index's four long parts (its terms, documents, postings and statistics) were shared between this page,
  // which took the longest, and the worker, which took the next.
  const deflatedHere = await deflationRequests();
  expect(deflatedHere).toBeGreaterThanOrEqual(1);
  expect(deflatedHere).toBeLessThan(4);
  const row = options.getByRole('row', { name: /nlp-10k/ });
  await expect.poll(() => row.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['10,000', expect.stringMatching(/ MB$/)]));

  // A pack paper's page: its panel relates it to other pack papers.
  const reading = records[4_321]!;
  const page = await openAbstractPage(e2e, asPagePaper(reading));
  const related = await relatedTitles(page);
  expect(related.length).toBeGreaterThan(0);
  expect(related.every((title) => packTitles.has(normalizedTitle(title)))).toBe(true);

  // Popup search finds pack papers by their title words.
  const query = reading.title.split(' ').slice(0, 4).join(' ');
  expect((await popupResults(query)).map(normalizedTitle)).toContain(normalizedTitle(reading.title));

  // Removing the pack takes its papers out of search and panels; the bundled catalogue stays.
  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove nlp-10k' }).click();
  await options.getByRole('button', { name: 'Remove 10,000 papers' }).click();
  await row.waitFor({ state: 'detached' });
  expect((await popupResults(query)).filter((title) => packTitles.has(normalizedTitle(title)))).toEqual([]);
  expect(await popupResults('linguistically-motivated')).toContain(bundledPapers.get('2211.05344')!.title);

  await page.reload();
  const panel = relatedPanel(page);
  await panel.getByRole('listitem').first().or(panel.getByText('Nothing close in your catalogue.')).waitFor();
  const after = await panel.getByRole('listitem').getByRole('link').allInnerTexts();
  expect(after.filter((title) => packTitles.has(normalizedTitle(title)))).toEqual([]);
});

test('a worker stopped in the middle of an import resumes it: the pack is never half visible and ends up whole', { timeout: 240_000 }, async () => {
  const options = await openOptions(e2e.browser);
  await options.getByRole('row', { name: /Pre-trained language models \(bundled\)/ }).waitFor();
  await options.getByLabel('Import catalogue pack').setInputFiles({ name: 'stopped.jsonl', mimeType: 'application/json', buffer: Buffer.from(packText) });
  const bar = options.getByRole('progressbar', { name: 'Importing stopped.jsonl' });
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(20);

  await e2e.browser.stopServiceWorker();
  const reading = records[9_876]!;
  const query = reading.title.split(' ').slice(0, 4).join(' ');
  const whileImporting = await popupResults(query);
  const imported = options.getByRole('status').filter({ hasText: 'Imported 10,000 papers from stopped.jsonl.' });
  // The search was answered before the pack was published, so none of its papers may show.
  expect(await imported.count()).toBe(0);
  expect(whileImporting.filter((title) => packTitles.has(normalizedTitle(title)))).toEqual([]);

  await imported.waitFor({ timeout: 180_000 });
  const row = options.getByRole('row', { name: /stopped/ });
  await expect.poll(() => row.getByRole('cell').first().innerText()).toBe('10,000');
  expect((await popupResults(query)).map(normalizedTitle)).toContain(normalizedTitle(reading.title));
  const stored = await (await e2e.browser.serviceWorker()).evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sidenote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const packs = open.result.transaction('packs').objectStore('packs').getAll();
          packs.onsuccess = () => {
            const pack = (packs.result as { id: string; name: string }[]).find((row) => row.name === 'stopped')!;
            const count = open.result.transaction('papers').objectStore('papers').index('packs').count(pack.id);
            count.onsuccess = () => resolve(count.result);
          };
        };
      }),
  );
  expect(stored).toBe(PACK_SIZE);
});

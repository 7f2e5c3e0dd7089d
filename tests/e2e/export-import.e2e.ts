/** Export and import from the options page in the real extension: downloads, a fresh profile, and a malformed file. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ExtensionBrowser } from './harness/browser';
import { useE2E } from './harness/suite';
import { cataloguePaper } from './pages/catalogue';
import { openAbstractPage, relatedPanel } from './support/views';

const e2e = useE2E();
const LERT = cataloguePaper('2211.05344');
const MPNET = cataloguePaper('2004.09297');

async function bookmarkFromPanel(title: string, page: Page): Promise<void> {
  await relatedPanel(page).getByRole('button', { name: `Bookmark: ${title}`, exact: true }).click();
  await relatedPanel(page).getByRole('button', { name: `Bookmark: ${title}`, pressed: true }).waitFor();
}

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  return page;
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exportAs(options: Page, format: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: `Export ${format}` }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

async function bookmarkedTitles(browser: ExtensionBrowser): Promise<string[]> {
  const popup = await browser.openPopup();
  await popup.getByRole('tab', { name: 'Bookmarks' }).click();
  const links = popup.getByRole('tabpanel', { name: 'Bookmarks' }).getByRole('listitem').getByRole('link');
  await links.first().waitFor();
  return links.allInnerTexts();
}

test('JSON and BibTeX exports download, and the JSON restores the same library in a fresh profile', async () => {
  await bookmarkFromPanel(LERT.title, await openAbstractPage(e2e, LERT));
  await bookmarkFromPanel(MPNET.title, await openAbstractPage(e2e, MPNET));
  const popup = await e2e.browser.openPopup();
  await popup.getByRole('tab', { name: 'Bookmarks' }).click();
  await popup.getByRole('button', { name: `Edit: ${LERT.title}` }).click();
  const tags = popup.getByRole('textbox', { name: `Tags: ${LERT.title}` });
  await tags.fill('chinese, to read');
  await tags.press('Enter');
  await popup.getByText('to read', { exact: true }).waitFor();

  const options = await openOptions(e2e.browser);
  const json = await exportAs(options, 'JSON');
  expect(json.name).toMatch(/^sidenote-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(json.text) as { format: string; bookmarks: { key: string; tags: string[] }[] };
  expect(backup.format).toBe('sidenote-backup');
  expect(backup.bookmarks.map(({ key, tags }) => [key, tags])).toEqual([
    [MPNET.arxivId, []],
    [LERT.arxivId, ['chinese', 'to read']],
  ]);
  const bibtex = await exportAs(options, 'BibTeX');
  expect(bibtex.name).toMatch(/\.bib$/);
  expect(bibtex.text).toContain(`eprint = {${LERT.arxivId}}`);
  expect(bibtex.text).toMatch(/keywords = \{chinese, ?to read\}/);

  const fresh = await ExtensionBrowser.launch({ server: e2e.server });
  try {
    const freshOptions = await openOptions(fresh);
    await freshOptions.getByLabel('Import bookmarks').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
    const preview = freshOptions.getByRole('region', { name: `Import preview: ${json.name}` });
    await preview.getByText('2 new, 0 updated, 0 unchanged, 0 rejected.').waitFor();
    await preview.getByRole('button', { name: 'Import 2 bookmarks' }).click();
    await freshOptions.getByText('Imported 2 bookmarks.').waitFor();
    expect(await bookmarkedTitles(fresh)).toEqual([MPNET.title, LERT.title]);
  } finally {
    await fresh.close();
  }
});

test('a malformed file shows an alert and leaves the library as it was', async () => {
  const options = await openOptions(e2e.browser);
  const libraryNow = async () => (JSON.parse((await exportAs(options, 'JSON')).text) as { bookmarks: unknown[] }).bookmarks;
  const before = await libraryNow();
  await options
    .getByLabel('Import bookmarks')
    .setInputFiles({ name: 'broken.bib', mimeType: 'text/plain', buffer: Buffer.from('@article{key, title = {Unbalanced') });
  const alert = options.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/^broken\.bib: .*Your library was not changed\.$/s);
  expect(await options.getByRole('region', { name: /^Import preview/ }).count()).toBe(0);
  expect(await libraryNow()).toEqual(before);
});

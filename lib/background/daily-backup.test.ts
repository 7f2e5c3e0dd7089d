import { parseJsonBackup } from '../exchange/json-backup';
import { SidenoteDatabase } from '../db/database';
import { Library } from '../library/library';
import { bundledCatalogueText, bundledPaper } from '../../tests/support/catalogue';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backUpIfDue, keepDailyBackup, latestBackup } from './daily-backup';

const HOUR = 60 * 60 * 1000;

test('takes a backup when there is none, then once a day', async () => {
  const library = new Library(new SidenoteDatabase(), () => Promise.resolve(bundledCatalogueText));
  await library.toggleBookmark(bundledPaper('2211.05344'), 1);
  const start = Date.UTC(2026, 10, 27);
  expect(await backUpIfDue(library, start)).toBe(true);
  await library.updateBookmark('2211.05344', { note: 'later thoughts' }, start + HOUR);
  expect(await backUpIfDue(library, start + 23 * HOUR)).toBe(false);
  expect(parseJsonBackup((await latestBackup.getValue())!.json).bookmarks[0]?.note).toBe('');
  expect(await backUpIfDue(library, start + 24 * HOUR)).toBe(true);
  const backup = (await latestBackup.getValue())!;
  expect(backup.takenAt).toBe(start + 24 * HOUR);
  expect(parseJsonBackup(backup.json).bookmarks).toEqual((await library.exportLibrary()).bookmarks);
});

test('a woken worker keeps the backup alarm as it was, rather than putting it off again', async () => {
  const library = new Library(new SidenoteDatabase(), () => Promise.resolve(bundledCatalogueText));
  await keepDailyBackup(library);
  const first = await fakeBrowser.alarms.get('daily-backup');
  expect(first?.periodInMinutes).toBe(60);
  expect(first?.scheduledTime).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await keepDailyBackup(library);
  expect((await fakeBrowser.alarms.get('daily-backup'))?.scheduledTime).toBe(first!.scheduledTime);
});

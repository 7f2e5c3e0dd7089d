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

test('the backup alarm is made at install, kept as it was when the browser starts, and a wake alone asks nothing', async () => {
  const library = new Library(new SidenoteDatabase(), () => Promise.resolve(bundledCatalogueText));
  keepDailyBackup(library);
  expect(await fakeBrowser.alarms.get('daily-backup')).toBeUndefined();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  const first = await fakeBrowser.alarms.get('daily-backup');
  expect(first?.periodInMinutes).toBe(60);
  expect(first?.scheduledTime).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await fakeBrowser.runtime.onStartup.trigger();
  expect((await fakeBrowser.alarms.get('daily-backup'))?.scheduledTime).toBe(first!.scheduledTime);
  // A browser that dropped its alarms on restart gets the alarm again.
  await fakeBrowser.alarms.clearAll();
  await fakeBrowser.runtime.onStartup.trigger();
  expect((await fakeBrowser.alarms.get('daily-backup'))?.periodInMinutes).toBe(60);
});

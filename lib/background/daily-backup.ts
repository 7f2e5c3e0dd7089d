/** Keeps a copy of the library in extension storage, refreshed daily, that the options page can restore. */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { toJsonBackup } from '../exchange/json-backup';
import type { Library } from '../library/library';
import { onInstallOrBrowserStart } from './install-or-browser-start';

/** The latest automatic backup, in the JSON backup format. */
export const latestBackup = storage.defineItem<{ takenAt: number; json: string } | null>('local:latestBackup', { fallback: null });

const ALARM = 'daily-backup';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Takes a backup when none was taken in the last day. Returns whether it took one.
 *
 * @example
 * await backUpIfDue(library); // on every hourly alarm
 */
export async function backUpIfDue(library: Library, now = Date.now()): Promise<boolean> {
  const last = await latestBackup.getValue();
  if (last && now - last.takenAt < DAY_MS) return false;
  const { bookmarks, tombstones } = await library.exportLibrary();
  await latestBackup.setValue({ takenAt: now, json: toJsonBackup(bookmarks, tombstones, now) });
  return true;
}

/**
 * Checks hourly whether a backup is due: an alarm survives the worker's sleep, and hourly checks catch up after
 * the computer slept through the planned time. The alarm is made when missing, as the extension is installed or the
 * browser starts (a browser may drop alarms when it restarts): made again at every wake, it would be put off every
 * time and never ring for someone whose worker wakes every few minutes.
 *
 * @example
 * keepDailyBackup(library);
 */
export function keepDailyBackup(library: Library): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void backUpIfDue(library);
  });
  onInstallOrBrowserStart(async () => {
    if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
}

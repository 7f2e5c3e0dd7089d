import { describeSyncStatus } from './sync-summary';

const t = Date.UTC(2026, 10, 27, 9);

test.each([
  [{ enabled: false, lastSyncAt: t, syncedCount: 3, notSyncedCount: 0 }, 0, 'Sync is off: bookmarks stay on this device.'],
  [{ enabled: true, lastSyncAt: null, syncedCount: 0, notSyncedCount: 0 }, 0, 'Not synced yet.'],
  [{ enabled: true, lastSyncAt: t, syncedCount: 1, notSyncedCount: 0 }, 20_000, 'Last synced just now. All 1 bookmark synced.'],
  [
    { enabled: true, lastSyncAt: t, syncedCount: 412, notSyncedCount: 588 },
    60_000,
    'Last synced 1 minute ago. 412 bookmarks synced; 588 are kept on this device only: browser sync storage is full. Nothing is lost here.',
  ],
  [
    { enabled: true, lastSyncAt: t, syncedCount: 2, notSyncedCount: 0, error: 'Sync failed (quota exceeded); retrying at 09:05.' },
    3 * 3_600_000,
    'Last synced 3 hours ago. All 2 bookmarks synced. Sync failed (quota exceeded); retrying at 09:05.',
  ],
])('%j, %i ms later: %s', (status, later, sentence) => {
  expect(describeSyncStatus(status, t + later)).toBe(sentence);
});

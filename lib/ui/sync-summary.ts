/** Says in a sentence how sync stands, for the options page. */
import type { SyncStatus } from '../sync/engine';

/**
 * @example
 * describeSyncStatus({ enabled: true, lastSyncAt: t, syncedCount: 412, notSyncedCount: 588 }, t + 60_000);
 * // 'Last synced 1 minute ago. 412 bookmarks synced; 588 are kept on this device only: browser sync storage is full.'
 */
export function describeSyncStatus(status: SyncStatus, now: number): string {
  if (!status.enabled) return 'Sync is off: bookmarks stay on this device.';
  const when = status.lastSyncAt === null ? 'Not synced yet.' : `Last synced ${ago(now - status.lastSyncAt)}.`;
  const counts =
    status.notSyncedCount > 0
      ? ` ${status.syncedCount} ${plural(status.syncedCount, 'bookmark')} synced; ${status.notSyncedCount} ${
          status.notSyncedCount === 1 ? 'is' : 'are'
        } kept on this device only: browser sync storage is full. Nothing is lost here.`
      : status.lastSyncAt === null
        ? ''
        : ` All ${status.syncedCount} ${plural(status.syncedCount, 'bookmark')} synced.`;
  return `${when}${counts}${status.error ? ` ${status.error}` : ''}`;
}

function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} ${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} ${plural(hours, 'hour')} ago`;
  const days = Math.floor(hours / 24);
  return `${days} ${plural(days, 'day')} ago`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

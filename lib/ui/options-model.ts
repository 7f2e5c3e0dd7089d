/** State and actions of the options page, with the browser's permission API passed in. */
import { signal } from '@preact/signals';
import { SCHOLARLY_PERMISSIONS } from '../background/scholarly-detection';
import type { SendMessage } from '../messaging/protocol';
import { hiddenSites, setPanelHiddenOn } from '../settings';
import type { SyncStatus } from '../sync/engine';

/** The parts of `browser.permissions` the options page uses. */
export interface PermissionsApi {
  contains(permissions: typeof SCHOLARLY_PERMISSIONS): Promise<boolean>;
  request(permissions: typeof SCHOLARLY_PERMISSIONS): Promise<boolean>;
  remove(permissions: typeof SCHOLARLY_PERMISSIONS): Promise<boolean>;
}

/**
 * The options page's signals. The background registers or removes the scholarly content script when the
 * permission changes, so the page only asks for the permission or gives it back.
 *
 * @example
 * const model = createOptionsModel(browser.permissions, { send: sendMessage, readSyncStatus: () => readSyncStatus(browser.storage.local) });
 * await model.load();
 */
export function createOptionsModel(
  permissions: PermissionsApi,
  { send, readSyncStatus }: { send: SendMessage; readSyncStatus: () => Promise<SyncStatus> },
) {
  const scholarlyDetection = signal<boolean | null>(null);
  const sites = signal<string[]>([]);
  const syncStatus = signal<SyncStatus | null>(null);

  return {
    scholarlyDetection,
    hiddenSites: sites,
    syncStatus,
    async load(): Promise<void> {
      [scholarlyDetection.value, sites.value, syncStatus.value] = await Promise.all([
        permissions.contains(SCHOLARLY_PERMISSIONS),
        hiddenSites.getValue(),
        readSyncStatus(),
      ]);
    },
    /** Re-reads the sync status; call when the worker stores a new one. */
    async refreshSyncStatus(): Promise<void> {
      syncStatus.value = await readSyncStatus();
    },
    async setSyncEnabled(enabled: boolean): Promise<void> {
      syncStatus.value = await send('setSyncEnabled', { enabled });
    },
    /** Must run inside the user's click: browsers show a permission prompt only for a user gesture. */
    async setScholarlyDetection(enabled: boolean): Promise<void> {
      if (enabled) await permissions.request(SCHOLARLY_PERMISSIONS);
      else await permissions.remove(SCHOLARLY_PERMISSIONS);
      scholarlyDetection.value = await permissions.contains(SCHOLARLY_PERMISSIONS);
    },
    async showOnSite(site: string): Promise<void> {
      await setPanelHiddenOn(site, false);
      sites.value = await hiddenSites.getValue();
    },
  };
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;

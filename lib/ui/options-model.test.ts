import { hiddenSites } from '../settings';
import { libraryProtocol } from '../../tests/support/protocol';
import type { SyncStatus } from '../sync/engine';
import { createOptionsModel, type PermissionsApi } from './options-model';

const idle: SyncStatus = { enabled: true, lastSyncAt: null, syncedCount: 0, notSyncedCount: 0 };
const withSync = () => ({ send: libraryProtocol().send, readSyncStatus: async () => idle });

/** Permissions as a user answers them: `answer` is what the prompt returns. */
function permissions(answer: boolean) {
  let granted = false;
  const api: PermissionsApi = {
    contains: async () => granted,
    request: async () => (granted = answer),
    remove: async () => !(granted = false),
  };
  return api;
}

test('turning detection on asks for the permission and shows what the user answered', async () => {
  const accepted = createOptionsModel(permissions(true), withSync());
  await accepted.load();
  expect(accepted.scholarlyDetection.value).toBe(false);
  await accepted.setScholarlyDetection(true);
  expect(accepted.scholarlyDetection.value).toBe(true);
  await accepted.setScholarlyDetection(false);
  expect(accepted.scholarlyDetection.value).toBe(false);

  const refused = createOptionsModel(permissions(false), withSync());
  await refused.setScholarlyDetection(true);
  expect(refused.scholarlyDetection.value).toBe(false);
});

test('a hidden site shown again leaves the list', async () => {
  await hiddenSites.setValue(['huggingface.co', 'arxiv.org']);
  const model = createOptionsModel(permissions(true), withSync());
  await model.load();
  expect(model.hiddenSites.value).toEqual(['huggingface.co', 'arxiv.org']);
  await model.showOnSite('arxiv.org');
  expect(model.hiddenSites.value).toEqual(['huggingface.co']);
});

test('shows the sync status and switches sync through the worker', async () => {
  const model = createOptionsModel(permissions(true), withSync());
  await model.load();
  expect(model.syncStatus.value).toEqual(idle);
  await model.setSyncEnabled(false);
  expect(model.syncStatus.value?.enabled).toBe(false);
});

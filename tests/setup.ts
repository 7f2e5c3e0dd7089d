/** Unit-test setup: a fresh fake IndexedDB and fake browser for every test. */
import 'fake-indexeddb/auto';
import { Blob as PlatformBlob } from 'node:buffer';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Stored index snapshots hold Blobs, which fake IndexedDB clones as the platform does: happy-dom's own Blob cannot be
// cloned, the browser's (and Node's) can.
globalThis.Blob = PlatformBlob as unknown as typeof Blob;

beforeEach(() => {
  fakeBrowser.reset();
  // Dexie captures the factory when it loads, so both must point at the fresh one.
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});

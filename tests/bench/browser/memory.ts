/** Memory figures: the extension's IndexedDB footprint, and the background worker's JavaScript heap over DevTools. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { megabytes } from '../measure';

/**
 * The extension origin's IndexedDB usage in MB as `navigator.storage.estimate()` reports it in an extension page
 * (Chrome's `usageDetails.indexedDB`, else the whole usage).
 *
 * @example
 * await indexedDbMB(popup); // 31.2
 */
export async function indexedDbMB(extensionPage: Page): Promise<number> {
  const bytes = await extensionPage.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
  });
  return megabytes(bytes);
}

/**
 * The service worker's used JavaScript heap in MB after a garbage collection.
 *
 * @example
 * await workerHeapMB(browser, popup); // 84.0
 */
export async function workerHeapMB(browser: ExtensionBrowser, page: Page): Promise<number> {
  return (await workerMemoryMB(browser, page)).heapMB;
}

/**
 * The service worker's used JavaScript heap in MB after a garbage collection, and the memory its array buffers hold
 * outside it (typed arrays' contents: snapshots read back, decoded postings), when Chromium reports it. Workers have
 * no `performance.memory` and Playwright opens no CDP session on a worker, so this attaches to the worker's target
 * from `page`'s session (`Target.attachToTarget`, unflattened) and asks `HeapProfiler.collectGarbage`, then
 * `Runtime.getHeapUsage`.
 *
 * @example
 * await workerMemoryMB(browser, popup); // { heapMB: 76.5, arrayBuffersMB: 80.2 }
 */
export async function workerMemoryMB(browser: ExtensionBrowser, page: Page): Promise<{ heapMB: number; arrayBuffersMB?: number }> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((target) => target.type === 'service_worker' && target.url.startsWith(browser.extensionUrl('')));
    if (!worker) throw new Error('no running service worker target of the extension');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let nextId = 1;
    const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id!);
      if (reply.error) waiting.reject(new Error(reply.error.message));
      else waiting.resolve(reply.result);
    });
    const call = (method: string) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(reject);
      });
    try {
      await call('HeapProfiler.collectGarbage');
      const { usedSize, backingStorageSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return { heapMB: megabytes(usedSize), ...(backingStorageSize === undefined ? {} : { arrayBuffersMB: megabytes(backingStorageSize) }) };
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  } finally {
    await cdp.detach();
  }
}

/** Cold worker: the background stopped as Chrome stops an idle worker, then one related-papers message timed to its answer. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser, ProfileLaunch } from '../../e2e/harness/browser';
import { wireMessage } from '../../e2e/support/extension-pages';
import { metaRowHere, readMetaRow } from '../../e2e/support/views';
import { withinTime } from '../../support/within-time';
import type { Paper } from '../../../lib/paper';
import { workerHeapMB } from './memory';
import { noAnswer, sendTimed, timedMessage, type TimedReply } from './timed-message';
import { UnattendedBrowser } from './unattended-browser';

/** Cold-start timings, how the woken worker got its index each time, and its heap after the last start. */
export interface ColdWorkerResult {
  samplesMs: number[];
  /** `snapshot` or `rebuilt` per start, from the worker's `indexLoad` meta row; `unknown` when the row predates it. */
  indexLoads: string[];
  heapMB?: number;
  failures: string[];
}

/** The extension's service worker as a cold-start measurement sees it, through one browser driver or another. */
export interface WakeableWorker {
  stop(): Promise<void>;
  /** Sends a protocol message from an extension page (waking a stopped worker), timed in that page. */
  send(type: string, data: unknown, timeoutMs: number): Promise<TimedReply>;
  metaRow(name: string): Promise<unknown>;
  heapMB(): Promise<number>;
}

/**
 * The worker driven through Playwright, which attaches to the worker at every wake and holds it until attached.
 *
 * @example
 * await measureColdWorker(playwrightWorker(browser, popup), papers);
 */
export function playwrightWorker(browser: ExtensionBrowser, page: Page): WakeableWorker {
  return {
    stop: () => browser.stopServiceWorker(),
    send: (type, data, timeoutMs) => timedMessage(page, type, data, timeoutMs),
    metaRow: async (name) => readMetaRow(await browser.serviceWorker(), name),
    heapMB: () => workerHeapMB(browser, page),
  };
}

/**
 * The worker of a browser no debugger attaches to when it wakes, as in a user's browser.
 *
 * @example
 * await measureColdWorker(unattendedWorker(await UnattendedBrowser.launch(profile, id)), papers);
 */
export function unattendedWorker(browser: UnattendedBrowser): WakeableWorker {
  return {
    stop: () => browser.stopServiceWorker(),
    send: (type, data, timeoutMs) => withinTime(browser.call(sendTimed, wireMessage(type, data)), timeoutMs, () => noAnswer(timeoutMs)),
    metaRow: (name) => browser.call(metaRowHere, name),
    heapMB: () => browser.workerHeapMB(),
  };
}

/**
 * For each paper: stops the service worker, then times from `relatedPapers` sent in an extension page (which wakes
 * the worker) to its answer, and reads the `indexLoad` row the woken worker wrote.
 *
 * @example
 * const { samplesMs, indexLoads } = await measureColdWorker(playwrightWorker(browser, popup), papers.slice(0, 5));
 */
export async function measureColdWorker(worker: WakeableWorker, papers: readonly Paper[], timeoutMs = 120_000): Promise<ColdWorkerResult> {
  const result: ColdWorkerResult = { samplesMs: [], indexLoads: [], failures: [] };
  for (const paper of papers) {
    await worker.stop();
    const stoppedAt = Date.now();
    const reply = await worker.send('relatedPapers', { paper, limit: 5 }, timeoutMs);
    if (!reply.ok) {
      result.failures.push(`relatedPapers ${paper.key}: ${reply.error}`);
      continue;
    }
    result.samplesMs.push(reply.ms);
    const load = (await worker.metaRow('indexLoad')) as { source?: string; at?: number } | undefined;
    result.indexLoads.push(load?.at !== undefined && load.at >= stoppedAt ? (load.source ?? 'unknown') : 'unknown');
  }
  if (result.samplesMs.length > 0) result.heapMB = await worker.heapMB();
  return result;
}

/**
 * `measureColdWorker` in a browser launched on `profile` that no debugger attaches to, closed after.
 *
 * @example
 * await browser.whileClosed((profile) => measureColdWorkerUnattended(profile, browser.extensionId, papers));
 */
export async function measureColdWorkerUnattended(profile: ProfileLaunch, extensionId: string, papers: readonly Paper[]): Promise<ColdWorkerResult> {
  const browser = await UnattendedBrowser.launch(profile, extensionId);
  try {
    return await measureColdWorker(unattendedWorker(browser), papers);
  } finally {
    await browser.close();
  }
}

/** Cold worker: the background stopped as Chrome stops an idle worker, then one related-papers message timed to its answer. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { readMetaRow } from '../../e2e/support/views';
import type { Paper } from '../../../lib/paper';
import { workerHeapMB } from './memory';
import { timedMessage } from './timed-message';

/** Cold-start timings, how the woken worker got its index each time, and its heap after the last start. */
export interface ColdWorkerResult {
  samplesMs: number[];
  /** `snapshot` or `rebuilt` per start, from the worker's `indexLoad` meta row; `unknown` when the row predates it. */
  indexLoads: string[];
  heapMB?: number;
  failures: string[];
}

/**
 * For each paper: stops the service worker, then times from `relatedPapers` sent in the open extension page `page`
 * (which wakes the worker) to its answer, and reads the `indexLoad` row the woken worker wrote.
 *
 * @example
 * const { samplesMs, indexLoads } = await measureColdWorker(browser, popup, papers.slice(0, 5));
 */
export async function measureColdWorker(browser: ExtensionBrowser, page: Page, papers: readonly Paper[], timeoutMs = 120_000): Promise<ColdWorkerResult> {
  const result: ColdWorkerResult = { samplesMs: [], indexLoads: [], failures: [] };
  for (const paper of papers) {
    await browser.stopServiceWorker();
    const stoppedAt = Date.now();
    const reply = await timedMessage(page, 'relatedPapers', { paper, limit: 5 }, timeoutMs);
    if (!reply.ok) {
      result.failures.push(`relatedPapers ${paper.key}: ${reply.error}`);
      continue;
    }
    result.samplesMs.push(reply.ms);
    const load = (await readMetaRow(await browser.serviceWorker(), 'indexLoad')) as { source?: string; at?: number } | undefined;
    result.indexLoads.push(load?.at !== undefined && load.at >= stoppedAt ? (load.source ?? 'unknown') : 'unknown');
  }
  if (result.samplesMs.length > 0) result.heapMB = await workerHeapMB(browser, page);
  return result;
}

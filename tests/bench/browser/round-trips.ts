/** Search and related-papers round trips from an extension page while nothing else runs: the warm baseline. */
import type { Page } from 'playwright-core';
import type { Paper } from '../../../lib/paper';
import { timedMessage } from './timed-message';

/** Warm round trips of both messages, and the answers that failed. */
export interface RoundTrips {
  searchMs: number[];
  relatedMs: number[];
  failures: string[];
}

/**
 * Sends each query as `search` (limit 20, as the popup asks) and each paper as `relatedPapers` (limit 5, as the
 * panel asks) one after another from `page`, timed in the page.
 *
 * @example
 * const { searchMs, relatedMs } = await measureRoundTrips(popup, queries, relatedQueries(papers, 20));
 */
export async function measureRoundTrips(page: Page, queries: readonly string[], papers: readonly Paper[]): Promise<RoundTrips> {
  const result: RoundTrips = { searchMs: [], relatedMs: [], failures: [] };
  for (const query of queries) {
    const reply = await timedMessage(page, 'search', { query, limit: 20 });
    if (reply.ok) result.searchMs.push(reply.ms);
    else result.failures.push(`search "${query}": ${reply.error}`);
  }
  for (const paper of papers) {
    const reply = await timedMessage(page, 'relatedPapers', { paper, limit: 5 });
    if (reply.ok) result.relatedMs.push(reply.ms);
    else result.failures.push(`relatedPapers ${paper.key}: ${reply.error}`);
  }
  return result;
}

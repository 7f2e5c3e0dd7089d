/** Panel latency: a pack paper's arXiv abstract page, from navigation to the panel's first related entry. */
import type { Paper } from '../../../lib/paper';
import type { E2E } from '../../e2e/harness/suite';
import { renderAbsPage } from '../../e2e/pages/arxiv-abs';
import { relatedPanel } from '../../e2e/support/views';
import { asPagePaper } from './pack-file';

/** The panel timings of a set of pages, and how many of them showed no related entry. */
export interface PanelResult {
  samplesMs: number[];
  empty: number;
  failures: string[];
}

/**
 * Serves each paper's abstract page under https://arxiv.org and times, from `page.goto` to the panel frame showing its
 * first related entry or "Nothing close in your catalogue.", one fresh tab per paper. A panel showing an error is a failure.
 *
 * @example
 * const { samplesMs } = await measurePanels(e2e, relatedQueries(papers, 20));
 */
export async function measurePanels(e2e: E2E, papers: readonly Paper[], timeoutMs = 60_000): Promise<PanelResult> {
  const result: PanelResult = { samplesMs: [], empty: 0, failures: [] };
  for (const paper of papers) {
    const path = `/abs/${paper.arxivId ?? paper.key}`;
    e2e.server.route('arxiv.org', path, { html: renderAbsPage(asPagePaper(paper)) });
    const page = await e2e.browser.context.newPage();
    try {
      const panel = relatedPanel(page);
      const entry = panel.getByRole('listitem').first();
      const nothing = panel.getByText('Nothing close in your catalogue.');
      const failed = panel.getByRole('alert');
      const started = performance.now();
      await page.goto(`https://arxiv.org${path}`, { waitUntil: 'commit' });
      await entry.or(nothing).or(failed).first().waitFor({ timeout: timeoutMs });
      const elapsed = performance.now() - started;
      if (await failed.isVisible()) throw new Error(`the panel says: ${await failed.innerText()}`);
      result.samplesMs.push(elapsed);
      if (await nothing.isVisible()) result.empty++;
    } catch (error) {
      result.failures.push(`${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await page.close();
    }
  }
  return result;
}

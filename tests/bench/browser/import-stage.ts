/** Imports a pack through the options page as a person does, probing search and related papers every second meanwhile. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { openOptions } from '../../e2e/support/extension-pages';
import type { Paper } from '../../../lib/paper';
import type { PackFile } from './pack-file';
import { timedMessage, type TimedReply } from './timed-message';

/** Where the import was when a probe ran: reading the file (bar below 100%), or indexing and publishing at 100%. */
export type ImportPhase = 'reading' | 'finishing';

/** One probe's round trip while the import ran. */
export interface ImportProbe extends TimedReply {
  kind: 'search' | 'relatedPapers';
  phase: ImportPhase;
  /** What the progress bar said (`aria-valuetext`, "57%, 12,000 papers"), or "no bar". */
  progress: string;
  /** Seconds since the file was chosen. */
  atS: number;
}

/** What the import did: its wall time, the papers it reported, and the probes that ran alongside. */
export interface ImportResult {
  wallMs: number;
  papers: number;
  status: string;
  probes: ImportProbe[];
  /** Set when the import failed or ran out of time; the other fields then describe the run up to that point. */
  error?: string;
}

/** What to ask while importing, and how long to wait for it. */
export interface ImportPlan {
  queries: readonly string[];
  relatedTo: readonly Paper[];
  budgetMs: number;
  probeEveryMs: number;
}

/**
 * Chooses `pack` in the "Import catalogue pack" input (by path, so any size goes) and waits for the "Imported N papers"
 * status. Every `probeEveryMs` a search and a related-papers message go from another extension tab, as from a popup.
 *
 * @example
 * const result = await importPack(browser, pack, { queries, relatedTo, budgetMs: 600_000, probeEveryMs: 1000 });
 */
export async function importPack(browser: ExtensionBrowser, pack: PackFile, plan: ImportPlan): Promise<ImportResult> {
  const options = await openOptions(browser);
  await options.getByRole('row', { name: /\(bundled\)/ }).waitFor();
  const probePage = await browser.openPopup();
  await options.bringToFront();

  const outcome = options
    .getByRole('status')
    .filter({ hasText: /^Imported [\d,]+ papers from/ })
    .or(options.getByRole('alert'))
    .first();
  const probes: ImportProbe[] = [];
  const started = performance.now();
  await options.getByLabel('Import catalogue pack').setInputFiles(pack.path);
  let finished = false;
  const done = outcome.waitFor({ timeout: plan.budgetMs }).finally(() => (finished = true));
  const probing = probeUntil(() => finished, options, probePage, plan, started, probes);

  try {
    await done;
  } catch {
    await probing;
    return { wallMs: performance.now() - started, papers: 0, status: '', probes, error: `no "Imported" status within ${plan.budgetMs / 60_000} min` };
  }
  const wallMs = performance.now() - started;
  await probing;
  const status = (await outcome.innerText()).trim();
  const imported = /^Imported ([\d,]+) papers/.exec(status);
  await probePage.close();
  if (!imported) return { wallMs, papers: 0, status, probes, error: `import failed: ${status}` };
  return { wallMs, papers: Number(imported[1]!.replaceAll(',', '')), status, probes };
}

/** Sends one search and one related-papers probe a period until `isDone`, noting the import's phase at each. */
async function probeUntil(isDone: () => boolean, options: Page, probePage: Page, plan: ImportPlan, started: number, probes: ImportProbe[]) {
  for (let round = 0; ; round++) {
    const next = started + (round + 1) * plan.probeEveryMs;
    while (!isDone() && performance.now() < next) await sleep(Math.min(50, next - performance.now()));
    if (isDone()) return;
    const { phase, progress } = await importProgress(options);
    const atS = (performance.now() - started) / 1000;
    const query = plan.queries[round % plan.queries.length]!;
    const paper = plan.relatedTo[round % plan.relatedTo.length]!;
    probes.push({ kind: 'search', phase, progress, atS, ...(await timedMessage(probePage, 'search', { query, limit: 20 })) });
    if (isDone()) return;
    probes.push({ kind: 'relatedPapers', phase, progress, atS, ...(await timedMessage(probePage, 'relatedPapers', { paper, limit: 5 })) });
  }
}

/** The import's phase and the progress bar's text; no bar counts as finishing. */
async function importProgress(options: Page): Promise<{ phase: ImportPhase; progress: string }> {
  const bar = await options.evaluate(() => {
    const element = document.querySelector('[role="progressbar"]');
    return element ? { percent: Number(element.getAttribute('aria-valuenow')), text: element.getAttribute('aria-valuetext') ?? '' } : null;
  });
  if (!bar) return { phase: 'finishing', progress: 'no bar' };
  return { phase: bar.percent < 100 ? 'reading' : 'finishing', progress: bar.text };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** FlexSearch 0.8, configured for prefix search, as the reference the Sidenote engine is measured against. */
import { Document } from 'flexsearch';
import type { Paper } from '../../lib/paper';
import type { EngineSuite } from './bench';
import { heapUsedAfterGc, measureKeystrokes, megabytes } from './measure';
import { percentiles, type BenchRow } from './report';

const ENGINE = 'FlexSearch 0.8 (reference)';
const RESULTS_PER_KEYSTROKE = 20;

/** The fields FlexSearch indexes; authors joined, since the popup matches a surname wherever it sits in the list. */
type IndexedPaper = { id: number; title: string; authors: string; abstract: string };

/**
 * Builds a FlexSearch `Document` index over title, authors and abstract with forward tokenization (every word
 * prefix is indexed, so a half-typed word matches), then times every keystroke of the workload's sessions, limit 20
 * (the popup's page), results merged across fields. Rows: `index build` (time, heap growth) and `keystroke search`.
 *
 * FlexSearch matches all query words within one field, not across fields, and has no typo tolerance here: its
 * figures bound what a lean prefix index costs, not what Sidenote's ranking does.
 *
 * @example
 * const rows = await flexSearchReference(papers, buildWorkload(papers, { sessions: 100, related: 50 }));
 */
export const flexSearchReference: EngineSuite = async (papers, workload) => {
  const heapBefore = heapUsedAfterGc();
  const buildStarted = performance.now();
  const index = buildIndex(papers);
  const buildMs = performance.now() - buildStarted;
  const indexMB = megabytes(heapUsedAfterGc() - heapBefore);

  const keystrokes = await measureKeystrokes(workload.sessions, (typed) => {
    // `limit` applies per field before the merge, so up to three times as many come back; the popup shows twenty.
    const merged = index.search(typed, { limit: RESULTS_PER_KEYSTROKE, merge: true }).slice(0, RESULTS_PER_KEYSTROKE);
    // Resolving ids to papers is part of answering the popup, so it is timed too.
    return merged.map((hit) => papers[Number(hit.id)]!).length;
  });

  const row = { suite: 'reference', engine: ENGINE, size: papers.length } as const;
  return [
    { ...row, operation: 'index build', p50: buildMs, p95: buildMs, max: buildMs, memoryMB: indexMB },
    {
      ...row,
      operation: 'keystroke search',
      ...percentiles(keystrokes.samplesMs),
      extra: {
        keystrokes: keystrokes.samplesMs.length,
        sessions: workload.sessions.length,
        meanHits: keystrokes.meanHits,
        noHitShare: keystrokes.noHitShare,
      },
    },
  ] satisfies BenchRow[];
};

function buildIndex(papers: readonly Paper[]): Document<IndexedPaper> {
  const index = new Document<IndexedPaper>({
    document: {
      id: 'id',
      index: [
        { field: 'title', tokenize: 'forward' },
        { field: 'authors', tokenize: 'forward' },
        { field: 'abstract', tokenize: 'forward' },
      ],
    },
  });
  // Numeric ids, as FlexSearch advises for speed and memory; they are positions in `papers`.
  papers.forEach((paper, position) => index.add({ id: position, title: paper.title, authors: paper.authors.join(', '), abstract: paper.abstract }));
  return index;
}

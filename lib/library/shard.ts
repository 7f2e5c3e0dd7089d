/** Builds one index shard (a MiniSearch index over a set of papers and their term statistics), or only the row storing it. */
import type { IndexShardRow } from '../db/database';
import type { Paper } from '../paper';
import { FeatureCounter } from '../search/feature-counter';
import { createPaperIndex, INDEX_FORMAT_VERSION, PaperIndex, type AbstractSelection, type IndexSnapshotBuilder } from '../search/paper-index';
import type { TermStats } from '../search/term-stats';
import { runAtOnce, runWithPauses } from '../steps';
import { forEachWithPauses, pause } from './pause';

/** One shard's index, its statistics, and the version of what it was built from. */
export interface IndexShard {
  index: PaperIndex;
  stats: TermStats;
  version: string;
}

/**
 * From this many papers a shard is lean: of each abstract it indexes the terms that say most about it and the
 * heaviest of the phrases another paper of the shard shares. Most abstract phrases occur in no other abstract, and an abstract's
 * common words make long posting lists that tell little; in a large pack they are most of the index's size and of
 * its build, load and search time. Titles and authors are always indexed whole, so popup search still finds every
 * word of them; an abstract word is found when it is among its paper's key terms. Smaller shards keep everything, so a
 * rare phrase a page shares with one paper of the bundled catalogue still counts.
 */
export const LEAN_SHARD_PAPERS = 5_000;
/**
 * Key terms and phrases indexed per abstract in a lean shard: relatedness queries with a paper's 20 heaviest terms
 * and 10 heaviest phrases, so a little more of each is kept for the paper to be found by.
 */
const KEY_TERMS = 32;
const KEY_PHRASES = 12;

/**
 * Papers read a page at a time (from the database), for a shard too large to hold all of its papers at once: each
 * pass over `pages()` reads them again.
 */
export interface PaperPages {
  count: number;
  pages: () => AsyncIterable<readonly Paper[]>;
}

/** How a shard is built: see `buildShard`. */
export interface ShardOptions {
  pauseEveryMs?: number;
  incremental?: boolean;
  lean?: boolean;
  counted?: FeatureCounter;
}

/**
 * The shard of `papers` (a list, or pages), indexed at once, or with a pause every `pauseEveryMs` so the worker keeps
 * answering. It is `lean` from `LEAN_SHARD_PAPERS` papers, unless it changes paper by paper afterwards (`incremental`,
 * the bookmarks shard), which needs every count. A lean shard's statistics leave out the features only one of its
 * papers has: most phrases of a large pack are such, and they can relate no two of its papers. `counted` holds the
 * papers' features when already counted (see `PackCounts`); without it, the papers are counted first: a second pass
 * over pages.
 *
 * @example
 * const shard = await buildShard(papers, pack.version, { pauseEveryMs: SLICE_MS });
 */
export async function buildShard(papers: readonly Paper[] | PaperPages, version: string, options: ShardOptions = {}): Promise<IndexShard> {
  const { index, stats } = await indexPapers(papers, options, (abstract) => createPaperIndex([], abstract));
  return { index, stats, version };
}

/**
 * The stored row of shard `shard` of `papers`, built as `buildShard` builds it: for a shard that is stored, not
 * searched, as an importing pack's is (the worker goes on with the shard as the row holds it). Its index is built
 * without MiniSearch's term tree (see `PaperIndex.snapshotBuilder`), a third of a large pack's build, and is never
 * at hand to be searched. Its snapshot is written at once, or with pauses when `pauseEveryMs` is given.
 *
 * @example
 * const row = await buildShardRow(pack.id, papers, pack.version, { pauseEveryMs: SLICE_MS });
 */
export async function buildShardRow(
  shard: string,
  papers: readonly Paper[] | PaperPages,
  version: string,
  options: Omit<ShardOptions, 'incremental'> = {},
): Promise<IndexShardRow> {
  const { index, stats } = await indexPapers(papers, options, (abstract) => PaperIndex.snapshotBuilder(abstract));
  const steps = shardRowSteps(shard, { index, stats, version });
  return options.pauseEveryMs === undefined ? runAtOnce(steps) : runWithPauses(steps, pause);
}

/** The index `indexFor` makes for a shard of `papers`, with `papers` added, and the shard's statistics. */
async function indexPapers<Index extends { add(paper: Paper): void }>(
  papers: readonly Paper[] | PaperPages,
  {
    pauseEveryMs,
    incremental = false,
    lean = !incremental && ('pages' in papers ? papers.count : papers.length) >= LEAN_SHARD_PAPERS,
    counted,
  }: ShardOptions,
  indexFor: (abstract: AbstractSelection | undefined) => Index,
): Promise<{ index: Index; stats: TermStats }> {
  const forEach = async (each: (paper: Paper) => void) => {
    for await (const page of 'pages' in papers ? papers.pages() : [papers]) {
      if (pauseEveryMs !== undefined) await forEachWithPauses(page, each, pauseEveryMs);
      else for (const paper of page) each(paper);
    }
  };
  let features = counted;
  if (!features) {
    const counter = (features = new FeatureCounter({ keepText: lean }));
    await forEach((paper) => counter.add(paper));
  }
  const statsSteps = features.statsSteps(lean ? 2 : 1);
  const stats = pauseEveryMs === undefined ? runAtOnce(statsSteps) : await runWithPauses(statsSteps, pause);
  const index = indexFor(lean ? leanAbstracts(features) : undefined);
  await forEach((paper) => index.add(paper));
  return { index, stats };
}

/**
 * The stored row of one shard, written in steps: run them with `runAtOnce`, or with `runWithPauses` for a large
 * shard, which takes seconds. The shard must not change until the last step.
 *
 * @example
 * await db.indexShards.put(runAtOnce(shardRowSteps('bookmarks', shard)));
 */
export function* shardRowSteps(
  shard: string,
  { index, stats, version }: { index: Pick<IndexSnapshotBuilder, 'snapshotSteps'>; stats: TermStats; version: string },
): Generator<void, IndexShardRow> {
  const indexSnapshot = yield* index.snapshotSteps();
  const termStats = yield* stats.snapshotSteps();
  return { shard, formatVersion: INDEX_FORMAT_VERSION, version, index: indexSnapshot, termStats };
}

/**
 * A lean shard's choice from each abstract: its heaviest terms, and its heaviest phrases that some other paper has
 * too, each weighed by frequency in the abstract times rarity in the shard, as relatedness weighs them.
 */
function leanAbstracts(features: FeatureCounter): AbstractSelection {
  return {
    terms: (list) => features.heaviestTerms(list, KEY_TERMS),
    phrases: (list) => features.heaviestPhrases(list, KEY_PHRASES),
    known: (paper) => features.keptText(paper, KEY_TERMS, KEY_PHRASES),
  };
}

/**
 * Document frequencies of what relatedness weighs (title and abstract terms, two-word phrases, authors, categories),
 * so a shared feature counts by how rare it is. Kept beside the index, updated with it and stored in its snapshot.
 */
import type { Paper } from '../paper';
import { FeatureTable, type FeatureTableArrays } from './feature-table';
import { authorKey, categoryKey, wordPairs, words } from './terms';

/**
 * The features of a paper as TermStats counts them: terms and phrases as they are (`pretrain`, `mask languag`),
 * authors as `author:<key>`, categories as `cat:<key>`; a colon never occurs in a term, so the kinds cannot clash.
 *
 * @example
 * paperFeatures(lert).has('author:yiming cui'); // true
 */
export function paperFeatures(paper: Paper): Set<string> {
  const list = words(`${paper.title}. ${paper.abstract}`);
  return new Set([
    ...list.flatMap((word) => (word.term ? [word.term] : [])),
    ...wordPairs(list).map(([first, second]) => `${first.term} ${second.term}`),
    ...paper.authors.map(authorFeature),
    ...paper.categories.map(categoryFeature),
  ]);
}

/**
 * The feature an author is counted under.
 *
 * @example
 * authorFeature('Yiming Cui'); // 'author:yiming cui'
 */
export function authorFeature(name: string): string {
  return `author:${authorKey(name)}`;
}

/**
 * The feature a category is counted under.
 *
 * @example
 * categoryFeature('cs.CL'); // 'cat:cs.cl'
 */
export function categoryFeature(category: string): string {
  return `cat:${categoryKey(category)}`;
}

/**
 * Document frequencies and what is derived from them (share, idf), however they are counted.
 *
 * @example
 * function weigh(stats: FeatureStats) { return stats.idf('forget'); }
 */
export abstract class FeatureStats {
  /** Number of papers with the feature. */
  abstract documentFrequency(feature: string): number;
  /** Number of papers counted. */
  abstract get documentCount(): number;

  /** The fraction of papers with the feature, from 0 to 1. */
  share(feature: string): number {
    return this.documentCount === 0 ? 0 : this.documentFrequency(feature) / this.documentCount;
  }

  /**
   * Inverse document frequency. `withOneMore` counts one more paper having the feature (a paper that is not
   * indexed, asking about itself), so a feature only that paper has weighs most instead of nothing. `atLeast` is how
   * many indexed papers are known to have it (an indexed paper asking about its own features, which statistics
   * without singletons no longer count).
   */
  idf(feature: string, withOneMore = false, atLeast = 0): number {
    const extra = withOneMore ? 1 : 0;
    return inverseFrequency(Math.max(this.documentFrequency(feature), atLeast) + extra, this.documentCount + extra);
  }
}

/**
 * The inverse document frequency of a feature `frequency` of `documents` papers have (0 for one none has), for callers
 * that already know the frequency (see `FeatureStats.idf`).
 *
 * @example
 * inverseFrequency(1, 100); // ≈ 4.6: rare
 * inverseFrequency(100, 100); // ≈ 0.69: everywhere
 */
export function inverseFrequency(frequency: number, documents: number): number {
  return frequency === 0 ? 0 : Math.log(1 + documents / frequency);
}

/**
 * How many papers of one index shard have each feature.
 *
 * @example
 * const stats = TermStats.of(papers);
 * stats.idf('forget'); // high for rare terms, near 0 for terms in every paper
 */
export class TermStats extends FeatureStats {
  /**
   * `stored`: the counts of a restored snapshot, read in place; `frequency` then holds the counts changed since, 0
   * for a feature no paper has any longer.
   */
  private constructor(
    private documents: number,
    private readonly frequency: Map<string, number>,
    private readonly stored?: FeatureTable,
  ) {
    super();
  }

  /** Statistics over a set of papers. */
  static of(papers: Iterable<Paper>): TermStats {
    const stats = new TermStats(0, new Map());
    for (const paper of papers) stats.add(paper);
    return stats;
  }

  /**
   * Statistics over `documents` papers counted elsewhere (see `FeatureCounter`): `frequency` becomes theirs.
   *
   * @example
   * const stats = TermStats.counted(2, new Map([['pretrain', 2]]));
   */
  static counted(documents: number, frequency: Map<string, number>): TermStats {
    return new TermStats(documents, frequency);
  }

  /**
   * Statistics restored from `snapshot()`. Throws when the snapshot is damaged, so the caller can rebuild instead.
   *
   * @example
   * const stats = TermStats.restore(row.termStats);
   */
  static restore({ documents, features, counts, table }: TermStatsSnapshot): TermStats {
    if (!Number.isInteger(documents)) throw new Error('TermStats.restore: the snapshot is damaged');
    let stored: FeatureTable;
    try {
      stored = new FeatureTable(features, counts, table);
    } catch (cause) {
      throw new Error('TermStats.restore: the snapshot is damaged', { cause });
    }
    return new TermStats(documents, new Map(), stored);
  }

  add(paper: Paper): void {
    this.documents += 1;
    for (const feature of paperFeatures(paper)) this.frequency.set(feature, this.documentFrequency(feature) + 1);
  }

  remove(paper: Paper): void {
    this.documents -= 1;
    for (const feature of paperFeatures(paper)) {
      const left = Math.max(this.documentFrequency(feature) - 1, 0);
      // A stored count cannot be deleted: a 0 stands in front of it.
      if (left > 0 || this.stored?.get(feature) !== undefined) this.frequency.set(feature, left);
      else this.frequency.delete(feature);
    }
  }

  documentFrequency(feature: string): number {
    return this.frequency.get(feature) ?? this.stored?.get(feature) ?? 0;
  }

  get documentCount(): number {
    return this.documents;
  }

  /**
   * The statistics as stored, a feature list and a count array (written and read far faster than JSON pairs), in
   * steps: see `runAtOnce` and `runWithPauses`. The statistics must not change until the last step.
   *
   * @example
   * const stored = runAtOnce(stats.snapshotSteps());
   * TermStats.restore(stored); // the same statistics
   */
  *snapshotSteps(): Generator<void, TermStatsSnapshot> {
    const features: string[] = [];
    const counts: number[] = [];
    let walked = 0;
    const list = (feature: string, count: number) => {
      if (count > 0) {
        features.push(feature);
        counts.push(count);
      }
      return ++walked % FEATURES_PER_STEP === 0;
    };
    // Stored features keep their place, with their counts as changed since; then the features counted since.
    for (const [feature, count] of this.stored?.entries() ?? []) if (list(feature, this.frequency.get(feature) ?? count)) yield;
    for (const [feature, count] of this.frequency) {
      if (this.stored?.get(feature) === undefined && list(feature, count)) yield;
    }
    const text = features.join(FEATURE_SEPARATOR);
    const countArray = Uint32Array.from(counts);
    const table = countArray.length <= STORED_TABLE_FEATURES ? new FeatureTable(text, countArray).arrays : undefined;
    return { documents: this.documents, features: text, counts: countArray, ...(table && { table }) };
  }
}

/**
 * Stored statistics: every feature joined by `FEATURE_SEPARATOR`, and its count at the same place in `counts`; for a
 * small shard, also the lookup table built over them.
 */
export interface TermStatsSnapshot {
  documents: number;
  features: string;
  counts: Uint32Array;
  table?: FeatureTableArrays;
}

/**
 * Up to this many features a snapshot stores its lookup table (768 KB at most), which a woken worker then need not
 * build; a large pack's would add megabytes to a database near its budget, for a cold wake that has time to spare.
 */
const STORED_TABLE_FEATURES = 65_536;

/** Features listed in one step of `snapshotSteps`: a few milliseconds of work. */
const FEATURES_PER_STEP = 50_000;

/** No feature holds a newline: terms and author keys are letters, digits and spaces, and category keys fold whitespace. */
const FEATURE_SEPARATOR = '\n';

/**
 * The statistics of several shards as those of one library: counts add up.
 *
 * @example
 * const stats = new CombinedStats([bundledStats, bookmarkStats]);
 * stats.documentFrequency('pretrain'); // in either shard
 */
export class CombinedStats extends FeatureStats {
  constructor(private readonly parts: readonly FeatureStats[]) {
    super();
  }

  documentFrequency(feature: string): number {
    return this.parts.reduce((sum, part) => sum + part.documentFrequency(feature), 0);
  }

  get documentCount(): number {
    return this.parts.reduce((sum, part) => sum + part.documentCount, 0);
  }
}

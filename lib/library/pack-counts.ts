/**
 * Feature counts, paper keys and words of the packs being imported, noted while their batches arrive, so that
 * finishing an import (which needs the statistics before it can choose what to index) neither counts 100,000 papers
 * again, nor splits their words again, nor scans the database for their keys. The words are kept as term numbers
 * (see `FeatureCounter.keptText`): some 70 MB for 100,000 papers, until the pack is indexed. Worker memory only: a
 * worker stopped mid-import loses them, and finishing then reads all from the database.
 */
import type { Paper } from '../paper';
import { FeatureCounter } from '../search/feature-counter';
import { runWithPauses } from '../steps';
import { forEachWithPauses, pause } from './pause';

interface PackCount {
  features: FeatureCounter;
  keys: string[];
  /** Settles when every batch handed to `add` so far has been counted. */
  counted: Promise<void>;
}

/**
 * @example
 * const counts = new PackCounts();
 * counts.add(packId, joined); // each batch, as it is stored
 * const counted = await counts.take(packId, storedCount); // at the end: null unless every stored paper was counted
 */
export class PackCounts {
  private readonly packs = new Map<string, PackCount>();

  /**
   * Counts papers that have just joined the pack, each exactly once (as the database now holds them), in steps with
   * pauses; returns at once.
   */
  add(packId: string, joined: readonly Paper[]): void {
    const pack = this.packs.get(packId) ?? { features: new FeatureCounter({ keepText: true }), keys: [], counted: Promise.resolve() };
    this.packs.set(packId, pack);
    for (const paper of joined) pack.keys.push(paper.key);
    pack.counted = pack.counted.then(async () => {
      if (joined.length === 0) return;
      // First a pause: the batch's answer and the next batch's write go before the counting.
      await pause();
      await runWithPauses(pack.features.makeRoomSteps(), pause);
      await forEachWithPauses(joined, (paper) => pack.features.add(paper));
    });
  }

  /**
   * The feature counts and keys of the pack's papers once every batch is counted, when they count `held` papers (all the
   * pack holds); null when some were stored before this worker started counting. Forgets the pack either way.
   */
  async take(packId: string, held: number): Promise<{ features: FeatureCounter; keys: string[] } | null> {
    const pack = this.packs.get(packId);
    this.packs.delete(packId);
    if (!pack) return null;
    await pack.counted;
    return pack.features.documentCount === held ? { features: pack.features, keys: pack.keys } : null;
  }

  /** Forgets a pack whose import ended otherwise (cancelled, failed, removed). */
  forget(packId: string): void {
    this.packs.delete(packId);
  }
}

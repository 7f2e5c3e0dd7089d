/** An index's prefix and typo lookups, kept for the searches that follow: typing repeats them keystroke after keystroke. */
import type { TermData } from './snapshot-terms';

/** What searches read of an index's term map: MiniSearch's `get`, `atPrefix` and `fuzzyGet`. */
export interface TermMap {
  get(term: string): TermData | undefined;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
}

/**
 * Expansions kept, counted in terms found: a three-letter prefix of a 100,000-paper catalogue begins up to ten
 * thousand terms, and a few dozen such lists are a few megabytes.
 */
const KEPT_TERMS = 100_000;

/**
 * A term map that answers prefix and typo lookups from the ones it last made, in the order the map gave them (which
 * decides the order of equal scores). Valid while the map does not change: its owner drops it on any change.
 *
 * Why: each keystroke looks up every typed word again, in each of the popup's groups, both to pick the best papers
 * and to score them. A word's prefix or typo lookup walks the term tree, a few milliseconds for a short prefix or a
 * long word; made once, it is read back in microseconds.
 *
 * @example
 * const kept = new TermExpansions(index._index);
 * kept.atPrefix('pre'); // walks the tree
 * kept.atPrefix('pre'); // the same entries, kept
 */
export class TermExpansions implements TermMap {
  private readonly kept = new Map<string, unknown[]>();
  private keptTerms = 0;

  constructor(
    private readonly terms: TermMap,
    private readonly keptTermsAtMost = KEPT_TERMS,
  ) {}

  get(term: string): TermData | undefined {
    return this.terms.get(term);
  }

  atPrefix(prefix: string): Iterable<[string, TermData]> {
    return this.remembered(`${prefix}*`, () => {
      // Typing adds a letter at a time. The terms of the prefix a letter shorter, when kept, hold these, in the map's
      // order too (a prefix's terms are one subtree of the map, walked in the same order from any node above it):
      // filtering them allocates nothing per term, where walking the tree allocated a few objects per term.
      const shorter = this.kept.get(`${prefix.slice(0, -1)}*`) as [string, TermData][] | undefined;
      return shorter && prefix.length > 1 ? shorter.filter(([term]) => term.startsWith(prefix)) : [...this.terms.atPrefix(prefix)];
    });
  }

  /** A new map each time: MiniSearch deletes from the one it gets. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]> {
    return new Map(this.remembered(`${term}~${maxDistance}`, () => [...this.terms.fuzzyGet(term, maxDistance)]));
  }

  /** The kept answer to `lookUp`, made and kept (the least recently used dropped beyond `keptTermsAtMost`) when there is none. */
  private remembered<Entry>(key: string, lookUp: () => Entry[]): Entry[] {
    const kept = this.kept.get(key) as Entry[] | undefined;
    if (kept) {
      // Last used, last dropped.
      this.kept.delete(key);
      this.kept.set(key, kept);
      return kept;
    }
    const found = lookUp();
    this.kept.set(key, found);
    this.keptTerms += found.length;
    for (const [oldKey, old] of this.kept) {
      if (this.keptTerms <= this.keptTermsAtMost || oldKey === key) break;
      this.kept.delete(oldKey);
      this.keptTerms -= old.length;
    }
    return found;
  }
}

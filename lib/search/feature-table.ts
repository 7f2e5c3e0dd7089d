/**
 * Stored feature counts looked up where they lie: the snapshot's text of features and its array of counts, with a
 * hash table of where each feature starts. A woken worker builds it in a pass over the text, where splitting the text
 * into half a million strings and a `Map` of them took a third of a second of a 100,000-paper cold start; a small
 * table comes stored, built, since building even the bundled catalogue's took 5.7 ms of a cold wake's 60.
 */

/**
 * A table's own arrays, which a small table's snapshot stores (see `TermStats.snapshotSteps`): `starts`, where each
 * feature starts in the text and after the last one where one more would start; `slots`, open addressing, a feature's
 * position plus one at its hash or after it, 0 for an empty slot.
 */
export interface FeatureTableArrays {
  starts: Uint32Array;
  slots: Uint32Array;
}

/**
 * @example
 * const table = new FeatureTable('mask\ncat:cs.cl', Uint32Array.of(3, 40));
 * table.get('cat:cs.cl'); // 40
 * table.get('bert'); // undefined
 * new FeatureTable('mask\ncat:cs.cl', Uint32Array.of(3, 40), table.arrays).get('mask'); // 3, with no pass over the text
 */
export class FeatureTable {
  private readonly starts: Uint32Array;
  private readonly slots: Uint32Array;

  /** Throws when `text` does not list exactly one feature per count, or `built` arrays do not fit them. */
  constructor(
    private readonly text: string,
    private readonly counts: Uint32Array,
    built?: FeatureTableArrays,
  ) {
    if (built) {
      const { starts, slots } = built;
      if (starts.length !== counts.length + 1 || starts[counts.length] !== text.length + 1 || slots.length !== tableSize(counts.length)) {
        throw new Error('FeatureTable: the stored table does not fit the features');
      }
      this.starts = starts;
      this.slots = slots;
      return;
    }
    const size = text === '' ? 0 : countSeparators(text) + 1;
    if (size !== counts.length) throw new Error('FeatureTable: the features and counts disagree');
    const starts = new Uint32Array(size + 1);
    const slots = new Uint32Array(tableSize(size));
    const mask = slots.length - 1;
    for (let feature = 0, start = 0; feature < size; feature += 1) {
      const found = text.indexOf('\n', start);
      const end = found === -1 ? text.length : found;
      let slot = hashOf(text, start, end) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = feature + 1;
      starts[feature] = start;
      start = end + 1;
    }
    starts[size] = text.length + 1;
    this.starts = starts;
    this.slots = slots;
  }

  /** The arrays a table is built into, to store beside its text and counts. */
  get arrays(): FeatureTableArrays {
    return { starts: this.starts, slots: this.slots };
  }

  /** How many features there are. */
  get size(): number {
    return this.counts.length;
  }

  /** The count of `feature`, or undefined when the table does not hold it. */
  get(feature: string): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(feature, 0, feature.length) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const position = this.slots[slot]! - 1;
      const start = this.starts[position]!;
      if (this.starts[position + 1]! - 1 - start === feature.length && this.text.startsWith(feature, start)) return this.counts[position];
    }
    return undefined;
  }

  /** Every feature with its count, in their stored order. */
  *entries(): Generator<[string, number]> {
    for (let position = 0; position < this.counts.length; position += 1) {
      yield [this.text.slice(this.starts[position], this.starts[position + 1]! - 1), this.counts[position]!];
    }
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ text.charCodeAt(at), FNV_PRIME);
  return hash;
}

/** A power of two with at least half its slots empty, so probes stay short. */
function tableSize(features: number): number {
  let size = 2;
  while (size < features * 2) size *= 2;
  return size;
}

function countSeparators(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

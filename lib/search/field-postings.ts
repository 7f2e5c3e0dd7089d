/** One term's postings in one field, decoded from a snapshot into a typed array, read as MiniSearch reads its maps. */

/**
 * Documents (by short id, ascending) and the term's frequency in each, side by side in a `Uint32Array` from `start`:
 * `size` ids, then their `size` frequencies. Read-only: MiniSearch reads a field's postings with `size`, `keys()`,
 * `get()` and iteration, and only a map that changes needs its own `Map`s (see `SnapshotTerms`).
 *
 * Why not a `Map`: a restored 100,000-paper shard decodes up to 7 million postings; as `Map`s they were most of the
 * worker's 360 MB heap, which every full garbage collection walked. A typed array's contents are not walked, and
 * decoding one costs no hashing. Many lists share one array (see `PostingSlabs`): an array each, for the thousands of
 * short lists a prefix stands for, made more work for the collector than the lists themselves.
 *
 * @example
 * const postings = new FieldPostings(Uint32Array.of(3, 17, 2, 1), 0, 2); // document 3 twice, document 17 once
 * postings.get(17); // 1
 * [...postings.keys()]; // [3, 17]
 */
export class FieldPostings implements ReadonlyMap<number, number> {
  /** Where the last id looked up was found: MiniSearch walks a list's ids in order and looks up each one's frequency. */
  private lastFound = -1;

  constructor(
    private readonly numbers: Uint32Array,
    private readonly start: number,
    readonly size: number,
  ) {}

  get(id: number): number | undefined {
    const at = this.placeOf(id);
    return at < 0 ? undefined : this.numbers[this.start + this.size + at];
  }

  has(id: number): boolean {
    return this.placeOf(id) >= 0;
  }

  keys(): MapIterator<number> {
    return this.numbers.subarray(this.start, this.start + this.size).values();
  }

  values(): MapIterator<number> {
    return this.numbers.subarray(this.start + this.size, this.start + 2 * this.size).values();
  }

  entries(): MapIterator<[number, number]> {
    return this.pairs();
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.pairs();
  }

  forEach(visit: (frequency: number, id: number, postings: ReadonlyMap<number, number>) => void): void {
    const { numbers, start, size } = this;
    for (let i = start; i < start + size; i += 1) visit(numbers[size + i]!, numbers[i]!, this);
  }

  private *pairs(): MapIterator<[number, number]> {
    const { numbers, start, size } = this;
    for (let i = start; i < start + size; i += 1) yield [numbers[i]!, numbers[size + i]!];
  }

  /**
   * Where `id` is among the ids (counted from `start`), or -1. Lookups come in ascending order (MiniSearch's walk, or
   * a few chosen documents' in turn): the search begins after the last one found, in steps that double, then halves.
   */
  private placeOf(id: number): number {
    const { numbers, start, size } = this;
    let low = this.lastFound + 1;
    if (low > 0 && numbers[start + low - 1]! >= id) low = 0;
    let step = 1;
    let high = low;
    while (high < size && numbers[start + high]! < id) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    high = Math.min(high, size);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (numbers[start + middle]! < id) low = middle + 1;
      else high = middle;
    }
    if (low < size && numbers[start + low] === id) return (this.lastFound = low);
    return -1;
  }
}

/** Numbers in one slab: 1 MB, a few thousand short lists. */
const SLAB_NUMBERS = 262_144;

/**
 * Room for decoded posting lists, taken from shared slabs: `take` gives an array and where a list of `count` numbers
 * may be written in it. A list longer than a slab gets an array of its own.
 *
 * @example
 * const slabs = new PostingSlabs();
 * const { numbers, start } = slabs.take(2 * size);
 */
export class PostingSlabs {
  private slab = new Uint32Array(0);
  private used = 0;

  take(count: number): { numbers: Uint32Array; start: number } {
    if (count > SLAB_NUMBERS) return { numbers: new Uint32Array(count), start: 0 };
    if (this.used + count > this.slab.length) {
      this.slab = new Uint32Array(SLAB_NUMBERS);
      this.used = 0;
    }
    const start = this.used;
    this.used += count;
    return { numbers: this.slab, start };
  }
}

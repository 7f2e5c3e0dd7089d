/** One term's postings in one field, decoded from a snapshot into a typed array, read as MiniSearch reads its maps. */

/**
 * Documents (by short id, ascending) and the term's frequency in each, in one `Uint32Array`: the ids first, then
 * the frequencies. Read-only: MiniSearch reads a field's postings with `size`, `keys()`, `get()` and iteration, and
 * only a map that changes needs its own `Map`s (see `SnapshotTerms`).
 *
 * Why not a `Map`: a restored 100,000-paper shard decodes up to 7 million postings; as `Map`s they were most of the
 * worker's 360 MB heap, which every full garbage collection walked. A typed array's contents are not walked, and
 * decoding one costs no hashing.
 *
 * @example
 * const postings = new FieldPostings(Uint32Array.of(3, 17, 2, 1)); // document 3 twice, document 17 once
 * postings.get(17); // 1
 * [...postings.keys()]; // [3, 17]
 */
export class FieldPostings implements ReadonlyMap<number, number> {
  /** Where the last id looked up was found: MiniSearch walks a list's ids in order and looks up each one's frequency. */
  private lastFound = -1;

  constructor(private readonly idsThenFrequencies: Uint32Array) {}

  get size(): number {
    return this.idsThenFrequencies.length >>> 1;
  }

  get(id: number): number | undefined {
    const at = this.placeOf(id);
    return at < 0 ? undefined : this.idsThenFrequencies[this.size + at];
  }

  has(id: number): boolean {
    return this.placeOf(id) >= 0;
  }

  keys(): MapIterator<number> {
    return this.idsThenFrequencies.subarray(0, this.size).values();
  }

  values(): MapIterator<number> {
    return this.idsThenFrequencies.subarray(this.size).values();
  }

  entries(): MapIterator<[number, number]> {
    return this.pairs();
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.pairs();
  }

  forEach(visit: (frequency: number, id: number, postings: ReadonlyMap<number, number>) => void): void {
    const size = this.size;
    const all = this.idsThenFrequencies;
    for (let i = 0; i < size; i += 1) visit(all[size + i]!, all[i]!, this);
  }

  private *pairs(): MapIterator<[number, number]> {
    const size = this.size;
    for (let i = 0; i < size; i += 1) yield [this.idsThenFrequencies[i]!, this.idsThenFrequencies[size + i]!];
  }

  /** Where `id` is among the ids, or -1: the place after the last one found first, else a binary search. */
  private placeOf(id: number): number {
    const all = this.idsThenFrequencies;
    const next = this.lastFound + 1;
    if (next < this.size && all[next] === id) return (this.lastFound = next);
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (all[middle]! < id) low = middle + 1;
      else high = middle;
    }
    if (low < this.size && all[low] === id) return (this.lastFound = low);
    return -1;
  }
}

/** A view of an index's term map that shows only some documents' postings, so that MiniSearch scores only those. */
import type { TermData } from './snapshot-terms';
import type { TermMap } from './term-expansions';

/**
 * What MiniSearch reads of a term map while searching (`get`, `atPrefix`, `fuzzyGet`), answered from `full` with
 * only the postings of the documents `among` (internal ids, ascending) in the fields `fieldIds` (those the search
 * reads: a title search's view need not look through abstracts).
 *
 * Why the scores stay exact: MiniSearch takes a term's document frequency from the size of its posting list, and
 * each restricted list reports the full list's size. Why the order stays the same: a shard's posting lists hold
 * documents in ascending id order (documents are added in order and a changed one comes back under a new, higher
 * id), so listing the chosen documents in ascending order lists them as the full walk meets them. A document MiniSearch
 * has discarded but not yet vacuumed lowers the frequency as the full walk meets it, which a view cannot repeat:
 * callers use a view only on an index without discarded documents.
 *
 * @example
 * const view = postingsAmong(index._index, [3, 17, 42], index._nextId, new Set([titleId]));
 * view.get('mask')?.get(titleId)?.size; // as in the full map; its keys() are 3, 17 or 42 only
 */
export function postingsAmong(full: TermMap, among: readonly number[], idLimit: number, fieldIds: ReadonlySet<number>) {
  const chosen = new Uint8Array(idLimit);
  for (const id of among) chosen[id] = 1;
  const restricted = (data: TermData): TermData => {
    const fields = new Map<number, FrequenciesAmong>();
    for (const [field, frequencies] of data) if (fieldIds.has(field)) fields.set(field, new FrequenciesAmong(frequencies, among, chosen));
    // MiniSearch reads a field's postings with `size`, `keys()` and `get()` only.
    return fields as unknown as TermData;
  };
  /** Whether any chosen document has the term in a field read: walking the shorter of each list and the chosen. */
  const reachesChosen = (data: TermData) => {
    for (const [field, frequencies] of data) {
      if (!fieldIds.has(field)) continue;
      if (frequencies.size <= among.length) {
        for (const id of frequencies.keys()) if (chosen[id]) return true;
      } else {
        for (const id of among) if (frequencies.has(id)) return true;
      }
    }
    return false;
  };
  // A prefix or a typo stands for up to thousands of terms, most of them in none of the chosen documents: those are
  // left out of the view, as they would add nothing to any score, and MiniSearch's own work for each is spared.
  const view: TermMap = {
    get: (term: string) => {
      const data = full.get(term);
      return data && restricted(data);
    },
    atPrefix: (prefix: string): Iterable<[string, TermData]> => ({
      *[Symbol.iterator]() {
        for (const [term, data] of full.atPrefix(prefix)) if (reachesChosen(data)) yield [term, restricted(data)];
      },
    }),
    fuzzyGet: (term: string, maxDistance: number) =>
      new Map(
        [...full.fuzzyGet(term, maxDistance)]
          .filter(([, [data]]) => reachesChosen(data))
          .map(([found, [data, distance]]) => [found, [restricted(data), distance]]),
      ),
  };
  return view;
}

/** One field's postings of a term, showing only the chosen documents but the full count. */
class FrequenciesAmong {
  constructor(
    private readonly frequencies: ReadonlyMap<number, number>,
    private readonly among: readonly number[],
    private readonly chosen: Uint8Array,
  ) {}

  get size(): number {
    return this.frequencies.size;
  }

  get(id: number): number | undefined {
    return this.frequencies.get(id);
  }

  /** The chosen documents the list holds, in its order: walking the shorter of the two. */
  keys(): IterableIterator<number> {
    // Collected, not yielded one by one: MiniSearch reads them all, and a generator's steps cost more than a push.
    const ids: number[] = [];
    if (this.frequencies.size <= this.among.length) {
      for (const id of this.frequencies.keys()) if (this.chosen[id]) ids.push(id);
    } else {
      for (const id of this.among) if (this.frequencies.has(id)) ids.push(id);
    }
    return ids.values();
  }
}

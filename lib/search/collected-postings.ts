/**
 * The postings of an index built only to be stored (see `PaperIndex.snapshotBuilder`), kept in typed arrays rather
 * than in MiniSearch's two Maps per term.
 *
 * Why: a lean 100,000-paper shard makes about 7 million postings. As Map entries, adding them was a third of the
 * shard's build in Node (MiniSearch's `addTerm` and the term lookup behind it), and they held some 300 MB of the
 * worker's heap, whose collections came on top. Here a posting is four numbers in arrays that double as needed, and
 * only the terms themselves are Map keys.
 */
import type { ByteWriter } from './byte-codec';

const INITIAL_TERMS = 1 << 12;
const INITIAL_POSTINGS = 1 << 14;

/**
 * Each term's postings, in the order MiniSearch adds them: a chain per term, through the postings array. A document
 * adds its fields one after another, so a term's postings for one field of one document are always the last link of
 * its chain when they come again.
 *
 * @example
 * const postings = new CollectedPostings();
 * postings.add(0, 0, 'pretrain'); // field 0 of document 0
 * postings.add(0, 0, 'pretrain'); // the same posting, frequency 2
 * for (const term of postings.keys()) postings.write(writer, term); // as `writeTermData` writes MiniSearch's maps
 */
export class CollectedPostings {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private firstOf = new Int32Array(INITIAL_TERMS);
  private lastOf = new Int32Array(INITIAL_TERMS);
  private count = 0;
  private next = new Int32Array(INITIAL_POSTINGS);
  private documents = new Int32Array(INITIAL_POSTINGS);
  private frequencies = new Uint32Array(INITIAL_POSTINGS);
  /** A paper index has six fields. */
  private fields = new Uint8Array(INITIAL_POSTINGS);

  /** Counts one occurrence of `term` in field `fieldId` of document `documentId` (a short id), as MiniSearch's `addTerm`. */
  add(fieldId: number, documentId: number, term: string): void {
    let id = this.ids.get(term);
    const isNew = id === undefined;
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id === this.firstOf.length) {
        this.firstOf = grown(this.firstOf);
        this.lastOf = grown(this.lastOf);
      }
    } else {
      const last = this.lastOf[id]!;
      if (this.documents[last] === documentId && this.fields[last] === fieldId) {
        this.frequencies[last]! += 1;
        return;
      }
    }
    const posting = this.count++;
    if (posting === this.next.length) {
      this.next = grown(this.next);
      this.documents = grown(this.documents);
      this.frequencies = grown(this.frequencies);
      this.fields = grown(this.fields);
    }
    this.next[posting] = -1;
    this.documents[posting] = documentId;
    this.frequencies[posting] = 1;
    this.fields[posting] = fieldId;
    if (isNew) this.firstOf[id] = posting;
    else this.next[this.lastOf[id]!] = posting;
    this.lastOf[id] = posting;
  }

  /** Every term, in the order first added (as a Map's keys). */
  keys(): IterableIterator<string> {
    return this.terms.values();
  }

  /**
   * Writes one term's postings exactly as `writeTermData` writes MiniSearch's maps of the same postings: its fields in
   * the order first met, and in each its documents in order, as gaps, with their frequencies.
   */
  write(writer: ByteWriter, term: string): void {
    const id = this.ids.get(term);
    if (id === undefined) throw new Error(`CollectedPostings: no postings for ${JSON.stringify(term)}`);
    const { next, documents, frequencies, fields } = this;
    const order: number[] = [];
    const counts: number[] = [];
    for (let posting = this.firstOf[id]!; posting !== -1; posting = next[posting]!) {
      const at = order.indexOf(fields[posting]!);
      if (at === -1) {
        order.push(fields[posting]!);
        counts.push(1);
      } else counts[at]! += 1;
    }
    writer.uint(order.length);
    order.forEach((field, at) => {
      writer.uint(field);
      writer.uint(counts[at]!);
      let previous = 0;
      for (let posting = this.firstOf[id]!; posting !== -1; posting = next[posting]!) {
        if (fields[posting] !== field) continue;
        writer.int(documents[posting]! - previous);
        previous = documents[posting]!;
        writer.uint(frequencies[posting]!);
      }
    });
  }
}

function grown<Numbers extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: Numbers): Numbers {
  const larger = new (array.constructor as new (length: number) => Numbers)(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * The postings of an index built only to be stored (see `PaperIndex.snapshotBuilder`), kept in typed arrays rather
 * than in MiniSearch's two Maps per term.
 *
 * Why: a lean 100,000-paper shard makes about 7 million postings. As Map entries, adding them was a third of the
 * shard's build in Node (MiniSearch's `addTerm` and the term lookup behind it), and every entry was one more thing for
 * the garbage collector to trace. Here a posting is four numbers in an array that doubles as needed, and only the
 * terms themselves are Map keys.
 */
import type { ByteWriter } from './byte-codec';
import { grown, NumberedStrings } from './numbered-strings';

const INITIAL_TERMS = 1 << 12;
const INITIAL_POSTINGS = 1 << 14;
/** A posting's place in `CollectedPostings.postings`: four numbers. */
const POSTING = 4;
const NEXT = 0;
const DOCUMENT = 1;
const FREQUENCY = 2;
const FIELD = 3;

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
  private readonly terms = new NumberedStrings();
  /** For terms given by number (see `add`): each number's term id plus one (0: not met yet). */
  private idOfNumber = new Int32Array(INITIAL_TERMS);
  private firstOf = new Int32Array(INITIAL_TERMS);
  private lastOf = new Int32Array(INITIAL_TERMS);
  private count = 0;
  /**
   * Each posting's next link (-1: the chain's end), document, frequency and field, side by side: walking a chain
   * then reads one stretch of memory per posting, not four.
   */
  private postings = new Int32Array(INITIAL_POSTINGS * POSTING);
  /** `write`'s lists of one term's documents and frequencies, by field id: kept from term to term. */
  private readonly fieldLists: number[][] = [];

  /**
   * Counts one occurrence of `term` in field `fieldId` of document `documentId` (a short id), as MiniSearch's `addTerm`.
   * Returns whether it is the term's first in that field of that document. `number`, the term's number in a numbering
   * every such call shares (a `FeatureCounter`'s), finds the term without looking its string up in a table of a
   * million: those lookups took 2.7 s of a 100,000-paper import's indexing in Chromium's worker, 2.0 s once title and
   * abstract terms came by number.
   */
  add(fieldId: number, documentId: number, term: string, number?: number): boolean {
    const termsBefore = this.terms.size;
    const id = number === undefined ? this.terms.numberOf(term) : this.idOf(number, term);
    const isNew = id === termsBefore;
    if (isNew && id === this.firstOf.length) {
      this.firstOf = grown(this.firstOf);
      this.lastOf = grown(this.lastOf);
    }
    if (!isNew) {
      const last = this.lastOf[id]! * POSTING;
      if (this.postings[last + DOCUMENT] === documentId && this.postings[last + FIELD] === fieldId) {
        this.postings[last + FREQUENCY]! += 1;
        return false;
      }
    }
    const posting = this.count++;
    if ((posting + 1) * POSTING > this.postings.length) this.postings = grown(this.postings);
    const at = posting * POSTING;
    this.postings[at + NEXT] = -1;
    this.postings[at + DOCUMENT] = documentId;
    this.postings[at + FREQUENCY] = 1;
    this.postings[at + FIELD] = fieldId;
    if (isNew) this.firstOf[id] = posting;
    else this.postings[this.lastOf[id]! * POSTING + NEXT] = posting;
    this.lastOf[id] = posting;
    return true;
  }

  /** The id of the term numbered `number`, found by its string the first time. */
  private idOf(number: number, term: string): number {
    while (number >= this.idOfNumber.length) this.idOfNumber = grown(this.idOfNumber);
    let id = this.idOfNumber[number]! - 1;
    if (id < 0) {
      id = this.terms.numberOf(term);
      this.idOfNumber[number] = id + 1;
    }
    return id;
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
    const id = this.terms.find(term);
    if (id === undefined) throw new Error(`CollectedPostings: no postings for ${JSON.stringify(term)}`);
    const { postings, fieldLists } = this;
    const order: number[] = [];
    for (let posting = this.firstOf[id]!; posting !== -1; posting = postings[posting * POSTING + NEXT]!) {
      const at = posting * POSTING;
      const field = postings[at + FIELD]!;
      const list = (fieldLists[field] ??= []);
      if (!order.includes(field)) {
        order.push(field);
        list.length = 0;
      }
      list.push(postings[at + DOCUMENT]!, postings[at + FREQUENCY]!);
    }
    writer.uint(order.length);
    for (const field of order) {
      const list = fieldLists[field]!;
      writer.uint(field);
      writer.uint(list.length / 2);
      for (let i = 0, previous = 0; i < list.length; i += 2) {
        writer.int(list[i]! - previous);
        previous = list[i]!;
        writer.uint(list[i + 1]!);
      }
    }
  }
}

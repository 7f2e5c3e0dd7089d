/**
 * MiniSearch's term map for an index restored from a snapshot: each term's postings are decoded when first looked up,
 * and MiniSearch's tree of terms is built only if the map is to change.
 *
 * Why: MiniSearch keeps a radix tree of terms and two Maps per term. Building them for a 100,000-paper shard (over
 * 600,000 terms, 7 million postings) takes seconds and held most of the worker's 360 MB heap, while a question needs
 * a few terms: the related papers of a page about fifty, a typed word its prefix's or typos' few thousand. The
 * snapshot lists its terms in sorted order with where each one's postings start, so a term is found by binary
 * search and decoded alone, into typed arrays (`FieldPostings`). Prefix lookups read a range of the sorted list, and
 * typo lookups walk it as they would walk the tree (`sorted-fuzzy.ts`). A pack's shard never changes, so it never
 * has a tree. Changes (the bookmarks shard's) and iteration complete the tree first, with MiniSearch's own `Map`s,
 * which it edits in place.
 *
 * The sorted terms stay after the tree is complete, until the map changes: a short prefix begins thousands of terms,
 * and walking the tree builds each one's string node by node, where the list slices it once (`termsWithPrefix`).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { ByteReader, type ByteWriter } from './byte-codec';
import { FieldPostings, PostingSlabs } from './field-postings';
import { eachTermWithin, prefixLinkSteps } from './sorted-fuzzy';

/**
 * What MiniSearch keeps per term: for each field id, the term's frequency in each document (by short id). Decoded
 * from a snapshot, a field's frequencies are read-only `FieldPostings`; in a tree that changes, MiniSearch's `Map`s.
 */
export type TermData = Map<number, ReadonlyMap<number, number>>;

/** The terms of a snapshot, sorted, and where each one's postings start. */
export interface SnapshotTermList {
  /** Every term, sorted, one after another without separators. */
  text: string;
  /** Where each term starts in `text`, and one more entry: where the last one ends. */
  textStarts: Uint32Array;
  /** Where each term's postings start in `postings`. */
  postingStarts: Uint32Array;
  postings: Uint8Array;
}

/** A posting list this long when written (about a thousand documents) is decoded ahead, by `preparationSteps`. */
const LONG_POSTINGS_BYTES = 2_048;
/** Bytes decoded, or terms passed, in one step of `preparationSteps`: a few milliseconds of work. */
const BYTES_PER_STEP = 1_000_000;
const TERMS_PER_STEP = 100_000;

/**
 * Writes one term's postings: its fields, and in each its documents (as gaps between short ids) and frequencies.
 *
 * @example
 * postingStarts[i] = writer.byteLength;
 * writeTermData(writer, index.get(term));
 */
export function writeTermData(postings: ByteWriter, fields: TermData): void {
  postings.uint(fields.size);
  for (const [fieldId, frequencies] of fields) {
    postings.uint(fieldId);
    postings.uint(frequencies.size);
    let previous = 0;
    for (const [document, frequency] of frequencies) {
      postings.int(document - previous);
      previous = document;
      postings.uint(frequency);
    }
  }
}

/**
 * One term's postings as `writeTermData` wrote them, each field's as `FieldPostings` in room `slabs` gives (or as a
 * `Map`, if out of order).
 */
function readTermData(postings: ByteReader, slabs: PostingSlabs): TermData {
  const fields: TermData = new Map();
  for (let fieldsLeft = postings.uint(); fieldsLeft > 0; fieldsLeft -= 1) {
    const fieldId = postings.uint();
    const size = postings.uint();
    const { numbers, start } = slabs.take(2 * size);
    let ascending = true;
    let document = 0;
    for (let i = start; i < start + size; i += 1) {
      const gap = postings.int();
      // Documents are added in order, so a shard's lists are ascending; a list that is not is kept as it was written.
      if (gap < 0 || (gap === 0 && i > start)) ascending = false;
      document += gap;
      numbers[i] = document;
      numbers[size + i] = postings.uint();
    }
    fields.set(fieldId, ascending ? new FieldPostings(numbers, start, size) : asMap(numbers, start, size));
  }
  return fields;
}

/** A list of ids then frequencies (see `FieldPostings`) as a `Map`, in its order. */
function asMap(numbers: Uint32Array, start: number, size: number): Map<number, number> {
  const frequencies = new Map<number, number>();
  for (let i = start; i < start + size; i += 1) frequencies.set(numbers[i]!, numbers[size + i]!);
  return frequencies;
}

/** `data` with a `Map` of its own for each field, for a tree that MiniSearch edits. */
function editable(data: TermData): TermData {
  const fields: TermData = new Map();
  for (const [fieldId, frequencies] of data) fields.set(fieldId, new Map(frequencies));
  return fields;
}

/**
 * A term map read from a snapshot on demand. Lookups (exact, prefix and typo) are answered from the snapshot until
 * the tree is complete; changes and iteration complete it first.
 *
 * @example
 * const terms = new SnapshotTerms(list); // checks the list's shape; decodes nothing yet
 * terms.get('pretrain'); // decoded now
 * terms.fuzzyGet('pretrian', 2); // read from the sorted terms
 * terms.set('bookmarked', data); // builds the whole tree first, as MiniSearch builds it
 */
export class SnapshotTerms extends SearchableMap<TermData> {
  /** The snapshot, until the tree is complete. */
  private list: SnapshotTermList | null;
  /** The snapshot's sorted terms, until the map changes. */
  private ordered: Pick<SnapshotTermList, 'text' | 'textStarts'> | null;
  /** Each sorted term's data once decoded, until the tree is complete. */
  private decoded: (TermData | undefined)[];
  private readonly slabs = new PostingSlabs();
  private prepared = false;

  /** Throws when the list's parts disagree or its postings are cut short. */
  constructor(list: SnapshotTermList) {
    super();
    const count = list.postingStarts.length;
    if (list.textStarts.length !== count + 1 || list.textStarts[count] !== list.text.length) {
      throw new Error('SnapshotTerms: the snapshot\'s terms and postings disagree');
    }
    this.list = list;
    this.ordered = { text: list.text, textStarts: list.textStarts };
    this.decoded = new Array<TermData | undefined>(count);
    if (count > 0) {
      const last = new ByteReader(list.postings, list.postingStarts[count - 1]);
      this.decoded[count - 1] = readTermData(last, this.slabs);
      if (!last.atEnd) throw new Error('SnapshotTerms: the snapshot has bytes no term accounts for');
    }
  }

  /** Whether every term is in the tree, so the snapshot is no longer read. */
  get isComplete(): boolean {
    return this.list === null;
  }

  override get(term: string): TermData | undefined {
    if (!this.list) return super.get(term);
    const i = this.lowerBound(term);
    return i < this.termCount && this.termAt(i) === term ? this.dataAt(i) : undefined;
  }

  override has(term: string): boolean {
    return this.get(term) !== undefined;
  }

  override atPrefix(prefix: string): SearchableMap<TermData> {
    if (!this.list) return super.atPrefix(prefix);
    const matches = new SearchableMap<TermData>();
    for (let i = this.lowerBound(prefix); i < this.termCount && this.termAt(i).startsWith(prefix); i += 1) matches.set(this.termAt(i), this.dataAt(i));
    return matches;
  }

  /**
   * The terms beginning with `prefix` and their data, in the order the tree lists them (see `atPrefix`): from the
   * sorted terms while the map is unchanged, so that neither a tree walk nor a tree of the matches is built.
   *
   * @example
   * terms.termsWithPrefix('pretrain'); // [['pretrained', …], ['pretrain', …]]
   */
  termsWithPrefix(prefix: string): [string, TermData][] {
    if (!this.ordered) return [...super.atPrefix(prefix)];
    const first = this.lowerBound(prefix);
    let end = first;
    while (end < this.termCount && this.termAt(end).startsWith(prefix)) end += 1;
    // A tree filled in sorted order lists a subtree's terms last to first: MiniSearch's walk takes a node's branches
    // from a stack. The order decides which of equally scored papers comes first, so it must not change.
    const found = new Array<[string, TermData]>(end - first);
    for (let i = end - 1; i >= first; i -= 1) found[end - 1 - i] = [this.termAt(i), this.dataAt(i)];
    return found;
  }

  /** Read from the sorted terms while the map is unchanged, in the order the tree lists them (see `eachTermWithin`). */
  override fuzzyGet(term: string, maxEditDistance: number): ReturnType<SearchableMap<TermData>['fuzzyGet']> {
    if (!this.ordered) return super.fuzzyGet(term, maxEditDistance);
    const found: ReturnType<SearchableMap<TermData>['fuzzyGet']> = new Map();
    eachTermWithin(this.ordered, term, maxEditDistance, (i, distance) => found.set(this.termAt(i), [this.dataAt(i), distance]));
    return found;
  }

  override set(term: string, data: TermData): this {
    this.change();
    super.set(term, data);
    return this;
  }

  override delete(term: string): void {
    this.change();
    super.delete(term);
  }

  override fetch(term: string, initial: () => TermData): TermData {
    this.change();
    return super.fetch(term, initial);
  }

  override update(term: string, fn: (value: TermData | undefined) => TermData): this {
    this.change();
    super.update(term, fn);
    return this;
  }

  override clear(): void {
    this.change();
    super.clear();
  }

  override get size(): number {
    this.complete();
    return super.size;
  }

  override entries(): ReturnType<SearchableMap<TermData>['entries']> {
    this.complete();
    return super.entries();
  }

  override keys(): ReturnType<SearchableMap<TermData>['keys']> {
    this.complete();
    return super.keys();
  }

  override values(): ReturnType<SearchableMap<TermData>['values']> {
    this.complete();
    return super.values();
  }

  override forEach(fn: (key: string, value: TermData, map: SearchableMap) => void): void {
    this.complete();
    super.forEach(fn);
  }

  override [Symbol.iterator](): ReturnType<SearchableMap<TermData>['entries']> {
    return this.entries();
  }

  /** Whether `preparationSteps` have run to the end, or there is nothing to prepare: the map changed. */
  get isPrepared(): boolean {
    return !this.ordered || this.prepared;
  }

  /**
   * Makes, in steps, what the map's first questions would otherwise make: the links typo lookups walk by (see
   * `prefixLinkSteps`), and the long posting lists decoded. Nothing is left to do once the map has changed.
   *
   * Why the long lists: a common word's postings are thousands of documents, decoded in a millisecond or more each;
   * the first related-papers questions after a wake or an import each met a dozen of them. The few thousand long
   * lists hold most of a shard's postings, a few tens of MB in typed arrays outside the JavaScript heap.
   *
   * @example
   * await runWithPauses(terms.preparationSteps(), pause);
   */
  *preparationSteps(): Generator<void, void> {
    if (!this.ordered) return;
    yield* prefixLinkSteps(this.ordered);
    let decodedBytes = 0;
    for (let i = 0; this.list && i < this.termCount; i += 1) {
      const { postingStarts, postings } = this.list;
      const bytes = (i + 1 < postingStarts.length ? postingStarts[i + 1]! : postings.length) - postingStarts[i]!;
      if (bytes >= LONG_POSTINGS_BYTES && !this.decoded[i]) {
        this.dataAt(i);
        decodedBytes += bytes;
      }
      if (decodedBytes >= BYTES_PER_STEP || i % TERMS_PER_STEP === TERMS_PER_STEP - 1) {
        decodedBytes = 0;
        yield;
      }
    }
    this.prepared = true;
  }

  /**
   * Builds MiniSearch's tree of every term, each with `Map`s of its own, in sorted order; nothing to do once built.
   * Data looked up before are copies, no longer the map's: whoever keeps them must drop them before the map changes.
   *
   * @example
   * terms.complete(); // a 100,000-paper shard's tree takes seconds to build
   */
  complete(): void {
    if (!this.list) return;
    for (let i = 0; i < this.termCount; i += 1) super.set(this.termAt(i), editable(this.dataAt(i)));
    this.list = null;
    this.decoded = [];
  }

  /** Completes the tree before it changes, and lets the sorted terms go: they no longer list the map's. */
  private change(): void {
    this.complete();
    this.ordered = null;
  }

  /** How many sorted terms there are: the snapshot's, until the map changes. */
  private get termCount(): number {
    return this.ordered ? this.ordered.textStarts.length - 1 : 0;
  }

  private termAt(i: number): string {
    const { text, textStarts } = this.ordered!;
    return text.slice(textStarts[i], textStarts[i + 1]);
  }

  /** Sorted term `i`'s data: decoded from the snapshot (once) until the tree is complete, then the tree's. */
  private dataAt(i: number): TermData {
    if (!this.list) return super.get(this.termAt(i))!;
    const known = this.decoded[i];
    if (known) return known;
    const data = readTermData(new ByteReader(this.list.postings, this.list.postingStarts[i]), this.slabs);
    this.decoded[i] = data;
    return data;
  }

  /** The first place whose term is not before `term`. */
  private lowerBound(term: string): number {
    let low = 0;
    let high = this.termCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.termAt(middle) < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

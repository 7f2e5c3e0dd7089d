/**
 * MiniSearch's term map for an index restored from a snapshot: each term's postings are decoded when first looked up,
 * and the map is completed in steps afterwards.
 *
 * Why: MiniSearch keeps a radix tree of terms and two Maps per term. Building them for a 100,000-paper shard (over
 * 600,000 terms, 7 million postings) takes seconds, while the first question a woken worker answers (the related
 * papers of the page being read) needs about fifty terms. The snapshot lists its terms in sorted order with where
 * each one's postings start, so a term is found by binary search and decoded alone. Prefix lookups read a range of
 * the sorted list. Fuzzy lookups, changes and iteration need the whole tree: they complete it first, which the worker
 * does in steps soon after waking (`completionSteps`), so they seldom wait.
 *
 * The sorted terms stay after the tree is complete, until the map changes: a short prefix begins thousands of terms,
 * and walking the tree builds each one's string node by node, where the list slices it once (`termsWithPrefix`).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { runAtOnce } from '../steps';
import { ByteReader, type ByteWriter } from './byte-codec';

/** What MiniSearch keeps per term: for each field id, the term's frequency in each document (by short id). */
export type TermData = Map<number, Map<number, number>>;

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

/** Terms added to the tree in one step of `completionSteps`: a few milliseconds of work. */
const TERMS_PER_STEP = 1_000;

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

function readTermData(postings: ByteReader): TermData {
  const fields: TermData = new Map();
  for (let fieldsLeft = postings.uint(); fieldsLeft > 0; fieldsLeft -= 1) {
    const fieldId = postings.uint();
    const frequencies = new Map<number, number>();
    let document = 0;
    for (let left = postings.uint(); left > 0; left -= 1) {
      document += postings.int();
      frequencies.set(document, postings.uint());
    }
    fields.set(fieldId, frequencies);
  }
  return fields;
}

/**
 * A term map read from a snapshot on demand. Until it is complete, exact and prefix lookups are answered from the
 * snapshot; everything else completes it first.
 *
 * @example
 * const terms = new SnapshotTerms(list); // checks the list's shape; decodes nothing yet
 * terms.get('pretrain'); // decoded now
 * await runWithPauses(terms.completionSteps(), pause); // the whole tree, as MiniSearch builds it
 */
export class SnapshotTerms extends SearchableMap<TermData> {
  /** The snapshot, until the tree is complete. */
  private list: SnapshotTermList | null;
  /** The snapshot's sorted terms, until the map changes. */
  private ordered: Pick<SnapshotTermList, 'text' | 'textStarts'> | null;
  /** Each sorted term's data once decoded: the same objects as in the tree. */
  private decoded: (TermData | undefined)[];
  private completed = 0;

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
      this.decoded[count - 1] = readTermData(last);
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

  override fuzzyGet(term: string, maxEditDistance: number): ReturnType<SearchableMap<TermData>['fuzzyGet']> {
    this.complete();
    return super.fuzzyGet(term, maxEditDistance);
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

  /**
   * Adds the terms not yet in the tree, yielding between steps (see `runWithPauses`); lookups meanwhile are answered
   * from the snapshot. Terms decoded before stay the same objects in the tree.
   */
  *completionSteps(): Generator<void, void> {
    while (this.list) {
      const end = Math.min(this.completed + TERMS_PER_STEP, this.termCount);
      for (; this.completed < end; this.completed += 1) super.set(this.termAt(this.completed), this.dataAt(this.completed));
      if (this.completed === this.termCount) {
        this.list = null;
      } else {
        yield;
      }
    }
  }

  /** Completes the tree at once. */
  private complete(): void {
    if (this.list) runAtOnce(this.completionSteps());
  }

  /** Completes the tree before it changes, and lets the sorted terms go: they no longer list the map's. */
  private change(): void {
    this.complete();
    this.ordered = null;
    this.decoded = [];
  }

  /** How many sorted terms there are: the snapshot's, until the map changes. */
  private get termCount(): number {
    return this.ordered ? this.ordered.textStarts.length - 1 : 0;
  }

  private termAt(i: number): string {
    const { text, textStarts } = this.ordered!;
    return text.slice(textStarts[i], textStarts[i + 1]);
  }

  private dataAt(i: number): TermData {
    const known = this.decoded[i];
    if (known) return known;
    const data = readTermData(new ByteReader(this.list!.postings, this.list!.postingStarts[i]));
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

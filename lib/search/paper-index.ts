/** The MiniSearch index over papers and its compact snapshot form. */
import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { Paper } from '../paper';
import { runAtOnce } from '../steps';
import { ByteReader, ByteWriter } from './byte-codec';
import { CollectedPostings } from './collected-postings';
import { postingsAmong } from './postings-among';
import { TermExpansions, type TermMap } from './term-expansions';
import { SnapshotTerms, writeTermData, type SnapshotTermList, type TermData } from './snapshot-terms';
import { authorKey, categoryKey, paperWords, phrasesIn, terms, termsIn, type PaperWords, type Word } from './terms';

/** Bump when the index options or the snapshot form change, so stored snapshots made the old way are rebuilt. */
export const INDEX_FORMAT_VERSION = 5;

/**
 * What each field of the index holds:
 * - `title`, `authors`, `abstract`: stemmed words (see `terms.ts`), searched by the popup;
 * - `phrases`: two-word phrases of title and abstract, for quoted phrases and relatedness;
 * - `people`: one key per author, `categories`: one key per category, for relatedness.
 * Every term is made by `tokenize`, so `processTerm` leaves it as it is; searches pass their terms ready-made.
 */
export type PaperField = 'title' | 'authors' | 'abstract' | 'phrases' | 'people' | 'categories';


/**
 * What of an abstract is indexed (a title is indexed whole): all its terms and phrases unless a lean shard says
 * otherwise (see `shard.ts`). Each gets the abstract's words (see `words`) and returns the terms or phrases to index.
 * `known`, when given, may answer for a whole paper without its words being split (see `FeatureCounter.keptText`).
 */
export interface AbstractSelection {
  terms: (list: readonly Word[]) => string[];
  phrases: (list: readonly Word[]) => string[];
  known?: (paper: Paper) => TextTerms | undefined;
}

/** What a paper's title and abstract give the index: terms and two-word phrases (`first second` stems), in order. */
export interface TextTerms {
  titleTerms: string[];
  titlePhrases: string[];
  abstractTerms: string[];
  abstractPhrases: string[];
  /**
   * The title's and the abstract's terms as numbers, in the same order, when `known` numbered them (one numbering for
   * every paper of an index): an index built only to be stored looks a term up by its number rather than its string.
   */
  numbers?: { title: number[]; abstract: number[] };
}

const EVERYTHING: AbstractSelection = { terms: termsIn, phrases: phrasesIn };

/** Each field's terms of a paper. */
type FieldTerms = Record<PaperField, (paper: Paper) => string[]>;

const fieldTerms = (textOf: (paper: Paper) => TextTerms): FieldTerms => {
  return {
    title: (paper) => textOf(paper).titleTerms,
    authors: (paper) => terms(paper.authors.join(', ')),
    abstract: (paper) => textOf(paper).abstractTerms,
    phrases: (paper) => [...textOf(paper).titlePhrases, ...textOf(paper).abstractPhrases],
    people: (paper) => paper.authors.map(authorKey),
    categories: (paper) => paper.categories.map(categoryKey),
  };
};

/**
 * The text terms of the paper last asked about, worked out once: MiniSearch extracts a paper's fields one after
 * another, and each text serves two of them (its terms and its phrases).
 */
function lastTextTerms(abstract: AbstractSelection): (paper: Paper) => TextTerms {
  let last: Paper | undefined;
  let text: TextTerms = { titleTerms: [], titlePhrases: [], abstractTerms: [], abstractPhrases: [] };
  return (paper) => {
    if (paper !== last) {
      last = paper;
      text = abstract.known?.(paper) ?? splitTextTerms(paperWords(paper), abstract);
    }
    return text;
  };
}

function splitTextTerms({ title, abstract: words }: PaperWords, abstract: AbstractSelection): TextTerms {
  return { titleTerms: termsIn(title), titlePhrases: phrasesIn(title), abstractTerms: abstract.terms(words), abstractPhrases: abstract.phrases(words) };
}

const PAPER_FIELDS = Object.keys(fieldTerms(lastTextTerms(EVERYTHING))) as PaperField[];

/** Terms travel from `extractField` to `tokenize` as one string, split on this (no term contains it). */
const SEPARATOR = '\n';

function options(abstract: AbstractSelection = EVERYTHING): Options<Paper> {
  const fields = fieldTerms(lastTextTerms(abstract));
  return {
    idField: 'key',
    fields: PAPER_FIELDS,
    // The date is stored so a year filter needs no database read.
    storeFields: ['date'],
    extractField: (paper, field) => {
      if (field === 'key' || field === 'date') return paper[field] as string;
      return fields[field as PaperField](paper).join(SEPARATOR);
    },
    tokenize: (text, field) => (field ? text.split(SEPARATOR).filter(Boolean) : terms(text)),
    processTerm: (term) => term,
  };
}

/**
 * A stored index: what MiniSearch's own JSON holds, with the postings as bytes (see `byte-codec.ts`) and the terms
 * sorted (see `snapshot-terms.ts`). MiniSearch's JSON spells every posting as an object key (`{"12345":1}`); at 100,000
 * papers that is over 90 MB, whose writing holds the worker for seconds and whose reading parses every key back into a
 * number and builds every term's maps before the first answer. Bytes take a third of the space, are written with
 * pauses, and a restored index decodes a term when it is first looked up.
 */
export interface IndexSnapshot {
  /** Counts, field ids and average lengths, and each document's key and stored fields, as JSON. */
  documents: string;
  /** Every term, sorted, one after another without separators. */
  text: string;
  /** For each term in order, its length in `text` and the length of its postings, as variable-length bytes. */
  termSizes: Uint8Array;
  /** Starts with each document's id gap and field lengths; then come the terms' postings, in order. */
  postings: Uint8Array;
  /**
   * For a small index, where each term starts in `text` and in `postings`, and where the last one ends in each: what
   * restoring otherwise decodes from `termSizes`, 4 ms of a cold wake's 60 for the bundled catalogue in Chromium.
   */
  termStarts?: { text: Uint32Array; postings: Uint32Array };
}

/**
 * Up to this many terms a snapshot stores their starts (512 KB at most): a large pack's would add megabytes to a
 * database near its budget, for a cold wake that has time to spare.
 */
const STORED_STARTS_TERMS = 65_536;

interface SnapshotDocuments {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  keys: string[];
  stored: (Record<string, unknown> | null)[];
}

/**
 * A term looked up in some fields. Like a MiniSearch query term it may stand for the terms it begins (`prefix`) and
 * those within `fuzzy` edits of it.
 */
export interface LookedUpTerm {
  term: string;
  prefix?: boolean;
  /** Edits allowed, as MiniSearch's `maxDistance`. */
  fuzzy?: number;
  fields: readonly PaperField[];
}

/** Weights for looking terms up when only their postings matter, not how MiniSearch would weigh them. */
const NO_WEIGHTS: Scoring['weights'] = { prefix: 0, fuzzy: 0 };

/** A term looked up with a weight, for `documentsSharing`; `counted` terms are also counted. */
export interface WeighedTerm extends LookedUpTerm {
  weight: number;
  counted: boolean;
}

/** A document `documentsSharing` found: the sum of the weights of the terms it has, and how many of them are counted. */
export interface SharingDocument {
  key: string;
  weight: number;
  count: number;
}

/** What `documentsSharing` looks for besides its terms. */
export interface SharingOptions {
  /** Terms that add to the weight and count of the documents found, but find none themselves. */
  adding?: readonly WeighedTerm[];
}

/** MiniSearch's scoring options, all given, so that `bestMatching` scores as a search with them does. */
export interface Scoring {
  boost: Partial<Record<PaperField, number>>;
  weights: { prefix: number; fuzzy: number };
  bm25: { k: number; b: number; d: number };
}

/** What `bestMatching` looks for besides its terms. */
export interface BestMatchingOptions {
  scoring: Scoring;
  /** How many of the best are wanted. */
  wanted: number;
  /** Keys left out, neither counted nor among the best. */
  skip?: ReadonlySet<string>;
  /** Which documents count, as a search's `filter` (which sees the stored fields) keeps them. */
  keep?: (key: string, stored: Record<string, unknown> | undefined) => boolean;
  /** Whether a document must have every term (`AND`, the default) or any of them (`OR`), as MiniSearch's `combineWith`. */
  combineWith?: 'AND' | 'OR';
}

/**
 * How far apart two sums of the same numbers may be, relative to their size: added in another order (a pass over the
 * postings and MiniSearch's), they round differently in the last bits. Far above that and far below any real
 * difference in score or closeness, it keeps every document that ties.
 */
export const ROUNDING = 1e-9;

/** Terms listed or written in one step of `snapshotSteps`: a few milliseconds of work. */
const TERMS_PER_STEP = 2_000;

/**
 * The MiniSearch index over papers, which can be stored as a compact snapshot and restored from it.
 *
 * @example
 * const index = createPaperIndex(papers);
 * const restored = PaperIndex.restore(runAtOnce(index.snapshotSteps()));
 * restored.search('mask languag', { fields: ['phrases'] }); // as `index` answers
 */
export class PaperIndex extends MiniSearch<Paper> {
  /** The term map of a restored index, which is completed in steps. */
  private restoredTerms: SnapshotTerms | null = null;
  /** The term map's prefix and typo lookups, kept until the index changes. */
  private expansions: TermExpansions | undefined;
  /** Each field's length in each document, by field id and short id, read from `_fieldLength` until the index changes. */
  private lengths: (Uint32Array | undefined)[] = [];
  /** The postings of an index built only to be stored (see `snapshotBuilder`), which MiniSearch's term map then lacks. */
  private collected: CollectedPostings | null = null;

  /**
   * Whether MiniSearch's tree of terms is built: a restored index builds it only to change (see `SnapshotTerms`).
   *
   * @example
   * PaperIndex.restore(snapshot).hasTermTree; // false, even after searches with typos
   */
  get hasTermTree(): boolean {
    return this.restoredTerms?.isComplete ?? true;
  }

  override add(paper: Paper): void {
    this.changed();
    super.add(paper);
  }

  override remove(paper: Paper): void {
    this.changed();
    super.remove(paper);
  }

  override removeAll(papers?: readonly Paper[]): void {
    this.changed();
    // MiniSearch tells "no argument" (remove everything) from `undefined` (an error).
    if (papers) super.removeAll(papers);
    else super.removeAll();
  }

  // A discarded paper's postings are edited out later, when MiniSearch vacuums or a search meets them.
  override discard(key: string): void {
    this.changed();
    super.discard(key);
  }

  /**
   * The index as stored, written in steps: run them with `runAtOnce`, or with `runWithPauses` so the worker keeps
   * answering meanwhile; the index must not change until the last step.
   *
   * @example
   * const snapshot = await runWithPauses(index.snapshotSteps(), pause);
   * PaperIndex.restore(snapshot); // the same index
   */
  *snapshotSteps(): Generator<void, IndexSnapshot> {
    const postings = new ByteWriter();
    const fieldCount = Object.keys(this._fieldIds).length;
    const keys: string[] = [];
    const stored: SnapshotDocuments['stored'] = [];
    postings.uint(this._documentIds.size);
    let previousId = 0;
    for (const [shortId, key] of this._documentIds) {
      postings.int(shortId - previousId);
      previousId = shortId;
      keys.push(key as string);
      stored.push(this._storedFields.get(shortId) ?? null);
      const lengths = this._fieldLength.get(shortId) ?? [];
      for (let field = 0; field < fieldCount; field += 1) postings.uint(lengths[field] ?? 0);
    }
    // Sorted a first letter at a time: one sort of 600,000 terms would hold the worker for a few hundred milliseconds.
    const byFirstUnit = new Map<number, string[]>();
    let listed = 0;
    for (const term of (this.collected ?? this._index).keys()) {
      const unit = term.length === 0 ? -1 : term.charCodeAt(0);
      const bucket = byFirstUnit.get(unit) ?? byFirstUnit.set(unit, []).get(unit)!;
      bucket.push(term);
      if (++listed % TERMS_PER_STEP === 0) yield;
    }
    const terms: string[] = [];
    for (const unit of [...byFirstUnit.keys()].sort((a, b) => a - b)) {
      for (const term of byFirstUnit.get(unit)!.sort()) terms.push(term);
      yield;
    }
    const termSizes = new ByteWriter();
    const termStarts = terms.length <= STORED_STARTS_TERMS ? { text: new Uint32Array(terms.length + 1), postings: new Uint32Array(terms.length + 1) } : undefined;
    for (let i = 0, textEnd = 0; i < terms.length; i += 1) {
      const start = postings.byteLength;
      if (termStarts) {
        termStarts.text[i] = textEnd;
        termStarts.postings[i] = start;
      }
      textEnd += terms[i]!.length;
      if (this.collected) this.collected.write(postings, terms[i]!);
      else writeTermData(postings, this._index.get(terms[i]!)!);
      termSizes.uint(terms[i]!.length);
      termSizes.uint(postings.byteLength - start);
      if ((i + 1) % TERMS_PER_STEP === 0) yield;
    }
    const text = terms.join('');
    if (termStarts) {
      termStarts.text[terms.length] = text.length;
      termStarts.postings[terms.length] = postings.byteLength;
    }
    const documents: SnapshotDocuments = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      dirtCount: this._dirtCount,
      keys,
      stored,
    };
    return { documents: JSON.stringify(documents), text, termSizes: termSizes.bytes(), postings: postings.bytes(), ...(termStarts && { termStarts }) };
  }

  /**
   * What `search` answers, for the documents `keys` only (keys of other indexes are ignored): each scored exactly as
   * in a search over all, but only their postings are read, so a query with common words costs what its few
   * candidates cost rather than what every posting does.
   *
   * @example
   * index.searchAmong(new Set(['2211.05344', '2004.09297']), { queries: ['mask'] }, { fields: ['abstract'] });
   */
  searchAmong(keys: ReadonlySet<string>, query: Query, options?: SearchOptions): SearchResult[] {
    // A discarded document still in the postings changes scores as the full walk meets it (see `postingsAmong`).
    if (this._dirtCount > 0) return this.search(query, { ...options, boostDocument: (key) => (keys.has(key as string) ? 1 : 0) });
    const among: number[] = [];
    for (const key of keys) {
      const id = this._idToShortId.get(key);
      if (id !== undefined) among.push(id);
    }
    const fieldIds = new Set([...this.fieldsRead(query, options)].map((field) => this._fieldIds[field]!));
    const full = this._index;
    this._index = postingsAmong(this.termMap(), among.sort((a, b) => a - b), this._nextId, fieldIds) as unknown as typeof full;
    try {
      return this.search(query, options);
    } finally {
      this._index = full;
    }
  }

  /**
   * The fields a search of `query` reads, as MiniSearch hands options down a query: a part's own `fields`, else its
   * parent's, else the search's, else the index's default search fields, else every field.
   */
  private fieldsRead(query: Query, options: SearchOptions = {}): Set<string> {
    const fields = new Set<string>();
    const visit = (part: Query, inherited: SearchOptions) => {
      // A word, or MiniSearch's wildcard.
      if (typeof part !== 'object') {
        const merged = { ...this._options.searchOptions, ...inherited };
        for (const field of merged.fields || this._options.fields) fields.add(field);
        return;
      }
      const merged = { ...inherited, ...part, queries: undefined };
      for (const subquery of part.queries) visit(subquery, merged);
    };
    visit(query, options);
    return fields;
  }

  /**
   * The documents that have enough of `terms`: a document's weight is the sum of the weights of the terms it has (in
   * any of a term's fields, by any term it stands for), its count how many of those are `counted`, and `enough`
   * decides. The `adding` terms add to the weight and count of the documents `terms` find, but find none themselves:
   * their postings are asked about those documents only, so a word half the library has costs no walk through its
   * list. `enough` must not refuse more of what it accepted. Only postings are read, nothing is scored: a query that
   * needs few of many documents is narrowed with this before MiniSearch scores.
   *
   * @example
   * index.documentsSharing([{ term: 'mask', fields: ['abstract'], weight: 2, counted: true }], (weight) => weight >= 2);
   * // [{ key: '2211.05344', weight: 2, count: 1 }, …]
   * const common = [{ term: 'languag', fields: ['abstract'], weight: 1, counted: true }];
   * index.documentsSharing(rare, (weight, count) => count >= 2, { adding: common }); // a rare word and the common one
   */
  documentsSharing(
    terms: readonly WeighedTerm[],
    enough: (weight: number, count: number) => boolean,
    { adding = [] }: SharingOptions = {},
  ): SharingDocument[] {
    // `lastTerm`: the last term (numbered from 1) that reached each document: a term in a title and an abstract
    // counts once.
    const { scores: weights, counts, lastTerm } = this.talliesFor(this._nextId);
    // Postings of a discarded document stay until the next vacuum; MiniSearch skips them too. Asking for each
    // posting of an index without any took a third of a related-papers query at 100,000 papers.
    const clean = this._dirtCount === 0;
    const reached: number[] = [];
    const credit = (shortId: number, lookedUp: WeighedTerm, order: number) => {
      lastTerm[shortId] = order;
      weights[shortId] = weights[shortId]! + lookedUp.weight;
      if (lookedUp.counted) counts[shortId] = counts[shortId]! + 1;
    };
    try {
      terms.forEach((lookedUp, i) => {
        this.eachDerivedTerm(lookedUp, NO_WEIGHTS, (termData) => {
          for (const field of lookedUp.fields) {
            for (const shortId of termData?.get(this._fieldIds[field]!)?.keys() ?? []) {
              if (lastTerm[shortId] === i + 1 || (!clean && !this._documentIds.has(shortId))) continue;
              if (lastTerm[shortId] === 0) reached.push(shortId);
              credit(shortId, lookedUp, i + 1);
            }
          }
        });
      });
      const addedWeight = adding.reduce((sum, lookedUp) => sum + lookedUp.weight, 0);
      const addedCount = adding.filter((lookedUp) => lookedUp.counted).length;
      const hopeful = adding.length === 0 ? reached : reached.filter((shortId) => enough(weights[shortId]! + addedWeight, counts[shortId]! + addedCount));
      // Ascending, as `FieldPostings` is asked fastest.
      if (adding.length > 0) hopeful.sort((a, b) => a - b);
      adding.forEach((lookedUp, i) => {
        const order = terms.length + i + 1;
        this.eachDerivedTerm(lookedUp, NO_WEIGHTS, (termData) => {
          for (const field of lookedUp.fields) {
            const postings = termData?.get(this._fieldIds[field]!);
            if (!postings) continue;
            for (const shortId of hopeful) if (lastTerm[shortId] !== order && postings.has(shortId)) credit(shortId, lookedUp, order);
          }
        });
      });
      return hopeful
        .filter((shortId) => enough(weights[shortId]!, counts[shortId]!))
        .map((shortId) => ({ key: this._documentIds.get(shortId) as string, weight: weights[shortId]!, count: counts[shortId]! }));
    } finally {
      for (const shortId of reached) weights[shortId] = counts[shortId] = lastTerm[shortId] = 0;
    }
  }

  /**
   * The documents an AND (or, with `combineWith: 'OR'`, an OR) of `terms` matches, how many (`count`), and the keys
   * of the best `wanted` of them as a MiniSearch search of that query with `scoring` ranks them (`best`, with any
   * that tie the last of them): scored in one pass over typed arrays, without the objects MiniSearch makes for every
   * match, so that MiniSearch need score only those few (`searchAmong`). An index with discarded documents gives
   * every match as `best`: MiniSearch's scores there depend on when its walk meets them.
   *
   * @example
   * const { best, count } = index.bestMatching([{ term: 'languag', prefix: true, fields: ['title'] }], { scoring, wanted: 10 });
   * index.searchAmong(new Set(best), query, options).slice(0, 10); // the first ten of `index.search(query, options)`
   */
  bestMatching(terms: readonly LookedUpTerm[], { scoring, wanted, skip, keep, combineWith = 'AND' }: BestMatchingOptions): { best: string[]; count: number } {
    const { scores, counts, skipped, lastTerm } = this.talliesFor(this._nextId);
    const skippedIds = [...(skip ?? [])].flatMap((key) => this._idToShortId.get(key) ?? []);
    for (const shortId of skippedIds) skipped[shortId] = 1;
    const reached: number[] = [];
    try {
      const matched = combineWith === 'OR' ? this.reachedByAny(terms, scoring, reached) : this.reachedByEvery(terms, scoring, reached);
      // MiniSearch multiplies an OR's score by how many different terms a document has: a term asked twice counts
      // once there and twice in the tallies, which then cannot rank.
      const ranked = combineWith === 'AND' || new Set(terms.map((lookedUp) => lookedUp.term)).size === terms.length;
      return this.best(matched, { wanted, keep, ranked });
    } finally {
      for (const shortId of reached) scores[shortId] = counts[shortId] = lastTerm[shortId] = 0;
      for (const shortId of skippedIds) skipped[shortId] = 0;
    }
  }

  /**
   * Scores, in `scores`, the documents that have every one of `terms` and lists them; every document reached is
   * added to `reached` so its tallies can be cleared.
   */
  private reachedByEvery(terms: readonly LookedUpTerm[], scoring: Scoring, reached: number[]): number[] {
    const { scores, counts, skipped } = this.talliesFor(this._nextId);
    const clean = this._dirtCount === 0;
    // The term with the fewest postings first: only the documents it reaches are scored for the others.
    const lookups = terms.map((lookedUp) => this.scoredLists(lookedUp, scoring)).sort((a, b) => a.size - b.size);
    for (let i = 0; i < lookups.length; i += 1) {
      // The documents that have every term before this one: after the first term, the only ones that can match.
      const alive = i === 0 ? [] : reached.filter((shortId) => counts[shortId] === i);
      const lists = lookups[i]!.lists;
      for (let list = 0; list < lists.frequencies.length; list += 1) {
        const frequencies = lists.frequencies[list]!;
        const weight = lists.weights[list]!;
        const lengths = lists.lengths[list]!;
        const averageLength = lists.averageLengths[list]!;
        // Walking the shorter: a common word's long list is looked into for the few documents still in the running.
        const walked = i === 0 || frequencies.size <= alive.length ? frequencies.keys() : alive;
        for (const shortId of walked) {
          if (counts[shortId]! < i || skipped[shortId] || (!clean && !this._documentIds.has(shortId))) continue;
          const frequency = frequencies.get(shortId);
          if (frequency === undefined) continue;
          scores[shortId] = scores[shortId]! + weight * bm25Plus(frequency, lengths[shortId]!, averageLength, scoring.bm25);
          if (counts[shortId] !== i) continue;
          counts[shortId] = i + 1;
          if (i === 0) reached.push(shortId);
        }
      }
    }
    return reached.filter((shortId) => counts[shortId] === terms.length);
  }

  /**
   * Scores, in `scores`, the documents that have any of `terms`, counting in `counts` how many different terms each
   * has (MiniSearch multiplies an OR's score by it), and lists them in `reached`.
   */
  private reachedByAny(terms: readonly LookedUpTerm[], scoring: Scoring, reached: number[]): number[] {
    const { scores, counts, skipped, lastTerm } = this.talliesFor(this._nextId);
    const clean = this._dirtCount === 0;
    terms.forEach((lookedUp, i) => {
      const { lists } = this.scoredLists(lookedUp, scoring);
      for (let list = 0; list < lists.frequencies.length; list += 1) {
        const frequencies = lists.frequencies[list]!;
        const weight = lists.weights[list]!;
        const lengths = lists.lengths[list]!;
        const averageLength = lists.averageLengths[list]!;
        frequencies.forEach((frequency, shortId) => {
          if (skipped[shortId] || (!clean && !this._documentIds.has(shortId))) return;
          if (lastTerm[shortId] === 0) reached.push(shortId);
          scores[shortId] = scores[shortId]! + weight * bm25Plus(frequency, lengths[shortId]!, averageLength, scoring.bm25);
          if (lastTerm[shortId] === i + 1) return;
          lastTerm[shortId] = i + 1;
          counts[shortId] = counts[shortId]! + 1;
        });
      }
    });
    // MiniSearch's final score of an OR: the sum times how many of its terms a document has.
    for (const shortId of reached) scores[shortId] = scores[shortId]! * counts[shortId]!;
    return reached;
  }

  /**
   * A looked-up term's posting lists in its fields, with the weight of each list (as MiniSearch weighs a match in
   * it) and its field's lengths and average length, in arrays side by side rather than an object per list (a short
   * prefix has thousands of lists), and how many postings they hold.
   */
  private scoredLists(lookedUp: LookedUpTerm, scoring: Scoring) {
    const lists = { frequencies: [] as ReadonlyMap<number, number>[], weights: [] as number[], lengths: [] as Uint32Array[], averageLengths: [] as number[] };
    let size = 0;
    this.eachDerivedTerm(lookedUp, scoring.weights, (termData, termWeight) => {
      if (!termData) return;
      for (const field of lookedUp.fields) {
        const fieldId = this._fieldIds[field]!;
        const frequencies = termData.get(fieldId);
        if (!frequencies) continue;
        const rarity = Math.log(1 + (this._documentCount - frequencies.size + 0.5) / (frequencies.size + 0.5));
        lists.frequencies.push(frequencies);
        // As MiniSearch reads a boost: none, or 0, is 1.
        lists.weights.push(termWeight * (scoring.boost[field] || 1) * rarity);
        lists.lengths.push(this.fieldLengths(fieldId));
        lists.averageLengths.push(this._avgFieldLength[fieldId]!);
        size += frequencies.size;
      }
    });
    return { lists, size };
  }

  /**
   * The keys of the best `wanted` of `matched` by their tallied scores, and how many `keep` keeps; all of them unless
   * the tallies are `ranked` as MiniSearch would rank them.
   */
  private best(matched: number[], { wanted, keep, ranked }: Pick<BestMatchingOptions, 'wanted' | 'keep'> & { ranked: boolean }) {
    const { scores } = this.talliesFor(this._nextId);
    const keyOf = (shortId: number) => this._documentIds.get(shortId) as string;
    const kept = keep ? matched.filter((shortId) => keep(keyOf(shortId), this._storedFields.get(shortId))) : matched;
    // A discarded document changes MiniSearch's scores as its walk meets it.
    if (kept.length <= wanted || this._dirtCount > 0 || !ranked) return { best: kept.map(keyOf), count: kept.length };
    const least = wanted < 1 ? Infinity : leastOfBest(kept.map((shortId) => scores[shortId]!), wanted) * (1 - ROUNDING);
    return { best: kept.filter((shortId) => scores[shortId]! >= least).map(keyOf), count: kept.length };
  }

  /**
   * Arrays by short id that `bestMatching` and `documentsSharing` add up in, kept between calls (and zeroed after
   * each) to spare allocating and zeroing them: a few MB per query at 100,000 papers, and the collections they cause.
   */
  private tallies: { scores: Float64Array; counts: Uint32Array; skipped: Uint8Array; lastTerm: Uint32Array } | undefined;

  private talliesFor(size: number) {
    if (!this.tallies || this.tallies.scores.length < size) {
      this.tallies = { scores: new Float64Array(size), counts: new Uint32Array(size), skipped: new Uint8Array(size), lastTerm: new Uint32Array(size) };
    }
    return this.tallies;
  }

  /**
   * The term map, its prefix and typo lookups kept. A restored map's prefixes are read from its sorted terms, listed
   * in the same order whether or not its tree is complete yet.
   */
  private termMap(): TermMap {
    if (this.expansions) return this.expansions;
    const restored = this.restoredTerms && (this._index as unknown) === this.restoredTerms ? this.restoredTerms : null;
    // MiniSearch's typings declare its term map class twice (bundled and as `minisearch/SearchableMap`): one class.
    const terms: TermMap = restored
      ? { get: (term) => restored.get(term), atPrefix: (prefix) => restored.termsWithPrefix(prefix), fuzzyGet: (term, edits) => restored.fuzzyGet(term, edits) }
      : (this._index as unknown as TermMap);
    this.expansions = new TermExpansions(terms);
    return this.expansions;
  }

  /** `field`'s length in each document, by short id. */
  private fieldLengths(fieldId: number): Uint32Array {
    let lengths = this.lengths[fieldId];
    if (!lengths) {
      lengths = new Uint32Array(this._nextId);
      for (const [shortId, all] of this._fieldLength) lengths[shortId] = all[fieldId] ?? 0;
      this.lengths[fieldId] = lengths;
    }
    return lengths;
  }

  /**
   * Drops what is kept before the index changes. A restored term map's tree is completed first: from then on
   * MiniSearch edits its postings in place, and lookups kept after share them (the ones decoded from the snapshot
   * before were copies).
   */
  private changed(): void {
    this.expansions = undefined;
    this.lengths = [];
    this.restoredTerms?.complete();
  }

  /**
   * Visits the terms a looked-up term stands for, each once, with its postings and the weight MiniSearch gives it:
   * the term itself, then the longer terms it begins, then those within its edits that it does not begin. A visitor,
   * not a generator: a short prefix stands for thousands of terms, and a pair and an iterator result for each, on
   * every keystroke, were most of what search allocated.
   */
  private eachDerivedTerm(
    { term, prefix = false, fuzzy = 0 }: LookedUpTerm,
    weights: Scoring['weights'],
    visit: (termData: TermData | undefined, weight: number) => void,
  ): void {
    const terms = this.termMap();
    visit(terms.get(term), 1);
    const typos = fuzzy > 0 ? terms.fuzzyGet(term, fuzzy) : undefined;
    if (prefix) {
      for (const [found, termData] of terms.atPrefix(term)) {
        const extra = found.length - term.length;
        if (extra === 0) continue;
        typos?.delete(found);
        visit(termData, (weights.prefix * found.length) / (found.length + 0.3 * extra));
      }
    }
    for (const [found, [termData, edits]] of typos ?? []) {
      if (edits > 0) visit(termData, (weights.fuzzy * found.length) / (found.length + edits));
    }
  }

  /**
   * The index a snapshot holds, its terms decoded as they are looked up (see `snapshot-terms.ts`). Throws when the
   * snapshot is damaged (cut short, or its parts disagree), so the caller can rebuild instead.
   *
   * @example
   * const index = PaperIndex.restore(row.index);
   */
  static restore(snapshot: IndexSnapshot): PaperIndex {
    return runAtOnce(PaperIndex.restoreSteps(snapshot));
  }

  /**
   * `restore` in steps, for a worker that must keep answering meanwhile: see `runAtOnce` and `runWithPauses`. A
   * 100,000-paper snapshot takes a third of a second to read.
   *
   * @example
   * const index = await runWithPauses(PaperIndex.restoreSteps(row.index), pause);
   */
  static *restoreSteps(snapshot: IndexSnapshot): Generator<void, PaperIndex> {
    const documents = JSON.parse(snapshot.documents) as SnapshotDocuments;
    const index = new PaperIndex(options());
    index._documentCount = documents.documentCount;
    index._nextId = documents.nextId;
    index._fieldIds = documents.fieldIds;
    index._avgFieldLength = documents.averageFieldLength;
    index._dirtCount = documents.dirtCount;
    const fieldCount = Object.keys(documents.fieldIds).length;
    const postings = new ByteReader(snapshot.postings);
    if (postings.uint() !== documents.keys.length) throw new Error('PaperIndex.restore: the snapshot\'s documents disagree');
    // The length tables searches weigh matches with, filled as the lengths are read: made later, on a search's first
    // use of a field, each was a walk over every document (4 to 17 ms at 100,000 papers in Node) inside that search.
    const lengthTables = Array.from({ length: fieldCount }, () => new Uint32Array(documents.nextId));
    let shortId = 0;
    for (let i = 0; i < documents.keys.length; i += 1) {
      const key = documents.keys[i]!;
      shortId += postings.int();
      index._documentIds.set(shortId, key);
      index._idToShortId.set(key, shortId);
      const stored = documents.stored[i];
      if (stored) index._storedFields.set(shortId, stored);
      const lengths: number[] = [];
      for (let field = 0; field < fieldCount; field += 1) {
        const length = postings.uint();
        lengths.push(length);
        lengthTables[field]![shortId] = length;
      }
      index._fieldLength.set(shortId, lengths);
      if ((i + 1) % DOCUMENTS_PER_STEP === 0) yield;
    }
    index.lengths = lengthTables;
    index.restoredTerms = new SnapshotTerms(yield* termListSteps(snapshot, postings.byteOffset));
    // MiniSearch's typings declare its term map class twice (bundled and as `minisearch/SearchableMap`): one class.
    index._index = index.restoredTerms as unknown as typeof index._index;
    return index;
  }

  /**
   * An index of papers that is only to be stored: it takes papers, then writes the snapshot `snapshotSteps` writes
   * for an index of the same papers, byte for byte, and can do nothing else. Each paper is added as MiniSearch's `add`
   * adds it (its ids, stored fields and field lengths), but its terms go to typed arrays (`CollectedPostings`) instead
   * of the radix tree and its maps, which only searches need: for a lean 100,000-paper shard in Node, building the tree
   * was 20 of the 64 seconds the shard took to build and write, and its maps most of what was left of MiniSearch's
   * part. The index itself is never handed out, so nothing can search or change it with its terms elsewhere.
   *
   * @example
   * const builder = PaperIndex.snapshotBuilder(abstracts);
   * for (const paper of papers) builder.add(paper);
   * const snapshot = await runWithPauses(builder.snapshotSteps(), pause);
   */
  static snapshotBuilder(abstract?: AbstractSelection): IndexSnapshotBuilder {
    const index = new PaperIndex(options(abstract));
    const collected = (index.collected = new CollectedPostings());
    const textOf = lastTextTerms(abstract ?? EVERYTHING);
    const fields = fieldTerms(textOf);
    return { add: (paper) => index.addCollected(paper, fields, textOf, collected), snapshotSteps: () => index.snapshotSteps() };
  }

  /** Whether the index is prepared for its first questions (see `preparationSteps`). */
  get isPrepared(): boolean {
    return this.restoredTerms?.isPrepared ?? true;
  }

  /**
   * Prepares, in steps, what the first questions to a restored index would otherwise make: its typo lookups' links
   * and its long posting lists (see `SnapshotTerms.preparationSteps`); nothing to do for an index that was built.
   *
   * @example
   * await runWithPauses(index.preparationSteps(), pause);
   */
  *preparationSteps(): Generator<void, void> {
    if (this.restoredTerms) yield* this.restoredTerms.preparationSteps();
  }

  /**
   * Adds `paper` as MiniSearch's `add` would, with each field's terms as `fields` make them, to `collected`. MiniSearch
   * takes a field as one text for its tokenizer to split, then counts the terms in a Set for the field's length; here
   * each term goes straight to `collected`, which tells whether it is new to the field. In Chromium's worker, finishing
   * a 100,000-paper import, that is 2 s less work. Title and abstract terms go by number where `textOf` has them.
   */
  private addCollected(paper: Paper, fields: FieldTerms, textOf: (paper: Paper) => TextTerms, collected: CollectedPostings): void {
    const key = paper.key;
    if (this._idToShortId.has(key)) throw new Error(`MiniSearch: duplicate ID ${key}`);
    const shortId = this._nextId;
    this._idToShortId.set(key, shortId);
    this._documentIds.set(shortId, key);
    this._documentCount += 1;
    this._nextId += 1;
    this._storedFields.set(shortId, paper.date === undefined ? {} : { date: paper.date });
    const lengths: number[] = [];
    this._fieldLength.set(shortId, lengths);
    const numbers = textOf(paper).numbers;
    for (const field of PAPER_FIELDS) {
      const fieldId = this._fieldIds[field]!;
      const numbered = field === 'title' ? numbers?.title : field === 'abstract' ? numbers?.abstract : undefined;
      let distinct = 0;
      const terms = fields[field](paper);
      for (let i = 0; i < terms.length; i += 1) {
        // MiniSearch's tokenizer leaves out empty terms (an author whose name has no letter makes one).
        if (terms[i] !== '' && collected.add(fieldId, shortId, terms[i]!, numbered?.[i])) distinct += 1;
      }
      lengths[fieldId] = distinct;
      // The running average, with MiniSearch's operations in its order, so it is the same number to the last bit.
      const count = this._documentCount - 1;
      this._avgFieldLength[fieldId] = ((this._avgFieldLength[fieldId] || 0) * count + distinct) / (count + 1);
    }
  }
}

/** What `PaperIndex.snapshotBuilder` makes: papers go in, and only their index's snapshot comes out. */
export interface IndexSnapshotBuilder {
  add(paper: Paper): void;
  /** As `PaperIndex.snapshotSteps`: no paper may be added until the last step. */
  snapshotSteps(): Generator<void, IndexSnapshot>;
}

/** Documents, then terms, read in one step of `PaperIndex.restoreSteps`: a few milliseconds of work each. */
const DOCUMENTS_PER_STEP = 10_000;
const TERM_STARTS_PER_STEP = 100_000;

/** Where each term of a snapshot starts in its text and postings, the first term's postings starting at `postingsStart`. */
function* termListSteps({ text, termSizes, postings, termStarts }: IndexSnapshot, postingsStart: number): Generator<void, SnapshotTermList> {
  if (termStarts) {
    const { text: textStarts, postings: postingStarts } = termStarts;
    const count = textStarts.length - 1;
    const fits = postingStarts.length === count + 1 && textStarts[count] === text.length && postingStarts[0] === postingsStart && postingStarts[count] === postings.length;
    if (!fits) throw new Error('PaperIndex.restore: the snapshot\'s term starts disagree with its terms and postings');
    return { text, textStarts, postingStarts: postingStarts.subarray(0, count), postings };
  }
  const sizes = new ByteReader(termSizes);
  const textStarts: number[] = [0];
  const postingStarts: number[] = [];
  let postingEnd = postingsStart;
  while (!sizes.atEnd) {
    textStarts.push(textStarts[textStarts.length - 1]! + sizes.uint());
    postingStarts.push(postingEnd);
    postingEnd += sizes.uint();
    if (postingStarts.length % TERM_STARTS_PER_STEP === 0) yield;
  }
  if (postingEnd !== postings.length) throw new Error('PaperIndex.restore: the snapshot\'s terms and postings disagree');
  return { text, textStarts: Uint32Array.from(textStarts), postingStarts: Uint32Array.from(postingStarts), postings };
}

/**
 * A new index holding the given papers, their abstracts whole or as `abstract` selects.
 *
 * @example
 * const index = createPaperIndex(papers);
 * index.search('mask languag', { fields: ['phrases'] });
 */
export function createPaperIndex(papers: readonly Paper[], abstract?: AbstractSelection): PaperIndex {
  const index = new PaperIndex(options(abstract));
  index.addAll(papers);
  return index;
}

/** A match's BM25+ score in a field, as MiniSearch computes it, before the list's weight. */
function bm25Plus(frequency: number, fieldLength: number, averageLength: number, { k, b, d }: Scoring['bm25']): number {
  return d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / averageLength));
}

/** The `wanted`-th highest of `scores` (`wanted` a whole number from 1 to their number). */
function leastOfBest(scores: readonly number[], wanted: number): number {
  // The best so far, highest first: few scores pass the last of them, so this costs little more than reading them.
  const best: number[] = [];
  for (const score of scores) {
    if (best.length === wanted && score <= best[wanted - 1]!) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]! < score) at -= 1;
    best.splice(at, 0, score);
    if (best.length > wanted) best.pop();
  }
  return best[wanted - 1]!;
}

/** Counts papers' features (see `paperFeatures`) by number rather than by string, for speed. */
import type { Paper } from '../paper';
import { authorFeature, categoryFeature, inverseFrequency, TermStats } from './term-stats';
import { runAtOnce } from '../steps';
import type { TextTerms } from './paper-index';
import { grown, NumberedStrings } from './numbered-strings';
import { continuesPhrase, paperWords, type Word } from './terms';

/** Slots the tables start with; they double as needed. */
const INITIAL_SIZE = 4_096;
/** Slots `RepeatCounter` starts with: twice an abstract's words, at least, keeps its probes short. */
const INITIAL_REPEAT_SLOTS = 1_024;
/** Features turned into statistics in one step of `statsSteps`: a few milliseconds of work. */
const FEATURES_PER_STEP = 50_000;
/** Slots of the phrase table moved in one step of its growth: a few milliseconds of work. */
const SLOTS_PER_STEP = 131_072;
/**
 * `makeRoomSteps` grows the phrase table from this share full, before `add` would at half full: a batch of 500
 * papers brings at most about 125,000 new phrases, fewer than the eighth of the slots left once growing takes long.
 */
const GROW_AHEAD_FROM = 3 / 8;

/**
 * The document frequencies of papers' features, counted as `TermStats` counts them but without a string per phrase
 * or a map entry per feature: each term, author and category gets a number, a phrase is the pair of its terms'
 * numbers, and counts live in typed arrays. Counting a 100,000-paper pack met 19 million feature occurrences, and
 * hashing a new phrase string and probing a map of 1.5 million strings for each was most of an import's work. The
 * statistics it hands over may leave out the features only one paper has, two thirds of all in a large pack.
 *
 * @example
 * const counter = new FeatureCounter();
 * for (const paper of papers) counter.add(paper);
 * const stats = await runWithPauses(counter.statsSteps(2), pause); // as TermStats.of(papers), singletons left out
 */
export class FeatureCounter {
  private documents = 0;
  /** Papers added or removed so far: the mark that each feature is counted once per paper. */
  private visits = 0;
  private readonly features = new NumberedStrings();
  private counts = new Int32Array(INITIAL_SIZE);
  private lastVisit = new Int32Array(INITIAL_SIZE);
  private readonly pairs = new PairTable();
  private readonly repeats = new RepeatCounter();
  /** `rarity`'s figures by frequency, for the count of papers its length is one more than. */
  private rarityOf = new Float64Array(0);
  /** Each kept paper's place in `starts` (see `keptText`), by key; null when words are not kept. */
  private readonly kept: Map<string, number> | null;
  /**
   * Where kept papers' words are in `codes`: a paper's title starts at `starts[2 * place]`, its abstract at the next
   * entry, and the next paper's title after that.
   */
  private starts = new Int32Array(INITIAL_SIZE);
  /** Each term word of the kept papers: its term's number times two, plus one where no phrase runs into it. */
  private codes = new Int32Array(INITIAL_SIZE);
  private codeCount = 0;
  private lastList: readonly Word[] | undefined;
  private lastIds: readonly number[] = [];

  /**
   * With `keepText`, each paper added keeps its title's and abstract's words as numbers, a few bytes per word, so
   * that `keptText` gives what the index needs of the paper without splitting its words again.
   */
  constructor({ keepText = false }: { keepText?: boolean } = {}) {
    this.kept = keepText ? new Map() : null;
  }

  /** Number of papers counted. */
  get documentCount(): number {
    return this.documents;
  }

  /** Counts one more paper. */
  add(paper: Paper): void {
    this.documents += 1;
    this.visit(paper, 1);
  }

  /**
   * Grows the phrase table in steps (see `runAtOnce` and `runWithPauses`) when it is filling up, so that the papers
   * counted next do not grow it within `add`, at once: rehashing millions of phrases held the worker for 150 ms at
   * 70,000 papers in Node, and kept a popup search waiting 261 ms in Chromium. Nothing may be counted until the last
   * step. Each step moves `slotsPerStep` slots.
   *
   * @example
   * await runWithPauses(counter.makeRoomSteps(), pause);
   * for (const paper of batch) counter.add(paper);
   */
  *makeRoomSteps(slotsPerStep = SLOTS_PER_STEP): Generator<void, void> {
    if (this.pairs.fullerThan(GROW_AHEAD_FROM)) yield* this.pairs.growSteps(slotsPerStep);
  }

  /** Counts a paper added before as gone. */
  remove(paper: Paper): void {
    this.documents -= 1;
    this.visit(paper, -1);
  }

  /**
   * The statistics counted, of the features at least `leastShared` papers have, in steps (see `runAtOnce` and
   * `runWithPauses`). The counter must not change until the last step.
   */
  *statsSteps(leastShared: number): Generator<void, TermStats> {
    const frequency = new Map<string, number>();
    for (let id = 0; id < this.features.size; id += 1) {
      if (this.counts[id]! >= leastShared) frequency.set(this.features.at(id), this.counts[id]!);
      if ((id + 1) % FEATURES_PER_STEP === 0) yield;
    }
    let listed = 0;
    for (const [first, second, count] of this.pairs.entries()) {
      if (count >= leastShared) frequency.set(this.phraseOf(first, second), count);
      if (++listed % FEATURES_PER_STEP === 0) yield;
    }
    return TermStats.counted(this.documents, frequency);
  }

  /**
   * What the index takes of a paper added while words were kept (see the constructor): its title's terms and
   * phrases whole, its abstract's `termCount` heaviest terms and `phraseCount` heaviest shared phrases, as
   * `heaviestTerms` and `heaviestPhrases` pick them from its words, with the terms' numbers in this counter (see
   * `TextTerms.numbers`). Undefined for a paper not kept.
   *
   * @example
   * const counter = new FeatureCounter({ keepText: true });
   * counter.add(paper);
   * counter.keptText(paper, 32, 12); // { titleTerms: ['pretrain', …], titlePhrases, abstractTerms, abstractPhrases, numbers }
   */
  keptText(paper: Paper, termCount: number, phraseCount: number): TextTerms | undefined {
    const place = this.kept?.get(paper.key);
    if (place === undefined) return undefined;
    const { codes, features } = this;
    const [titleStart, abstractStart, end] = [this.starts[2 * place]!, this.starts[2 * place + 1]!, this.starts[2 * place + 2]!];
    const titleIds: number[] = [];
    const titlePhrases: string[] = [];
    for (let i = titleStart; i < abstractStart; i += 1) {
      titleIds.push(codes[i]! >> 1);
      if (continuesKept(codes[i]!)) titlePhrases.push(this.phraseOf(codes[i - 1]! >> 1, codes[i]! >> 1));
    }
    const termIds: number[] = [];
    const phraseSlots: number[] = [];
    for (let i = abstractStart; i < end; i += 1) {
      termIds.push(codes[i]! >> 1);
      if (continuesKept(codes[i]!)) phraseSlots.push(this.pairs.find(codes[i - 1]! >> 1, codes[i]! >> 1));
    }
    const abstractIds = this.heaviestTermsOf(termIds, termCount);
    const named = (id: number) => features.at(id);
    return {
      titleTerms: titleIds.map(named),
      titlePhrases,
      abstractTerms: abstractIds.map(named),
      abstractPhrases: this.heaviestPhrasesOf(phraseSlots, phraseCount),
      numbers: { title: titleIds, abstract: abstractIds },
    };
  }

  /**
   * The `count` heaviest distinct terms of `list` (a counted paper's words), each weighed by its frequency in the list
   * times its rarity among the papers counted, as relatedness weighs them; in their first order when all are kept.
   *
   * @example
   * counter.heaviestTerms(words(paper.abstract), 32); // ['holograph', 'tomography', …]
   */
  heaviestTerms(list: readonly Word[], count: number): string[] {
    return this.heaviestTermsOf(this.termIds(list), count).map((id) => this.features.at(id));
  }

  /**
   * The `count` heaviest distinct two-word phrases of `list` that another counted paper has too, weighed as in
   * `heaviestTerms`, as `first second` stems. A phrase string is made only for those returned.
   *
   * @example
   * counter.heaviestPhrases(words(paper.abstract), 12); // ['holograph tomography', …]
   */
  heaviestPhrases(list: readonly Word[], count: number): string[] {
    const ids = this.termIds(list);
    const slots: number[] = [];
    list.forEach((word, i) => {
      if (continuesPhrase(list[i - 1], word)) slots.push(this.pairs.find(ids[i - 1]!, ids[i]!));
    });
    return this.heaviestPhrasesOf(slots, count);
  }

  /** The numbers of `heaviestTerms` of the terms numbered `ids` (-1: none counted). */
  private heaviestTermsOf(ids: readonly number[], count: number): number[] {
    return this.heaviest(ids, count, 1, (id) => this.counts[id]!);
  }

  /** `heaviestPhrases` of the phrases in `slots` of the pair table (-1: none counted). */
  private heaviestPhrasesOf(slots: readonly number[], count: number): string[] {
    return this.heaviest(slots, count, 2, (slot) => this.pairs.countAt(slot)).map((slot) => this.phraseOf(...this.pairs.pairAt(slot)));
  }

  /** The phrase of the terms numbered `first` and `second`, as the index spells it (`first second`). */
  private phraseOf(first: number, second: number): string {
    return `${this.features.at(first)} ${this.features.at(second)}`;
  }

  /**
   * Of the features `handles` stand for (-1: a feature no counted paper has), the `count` heaviest that at least
   * `sharedBy` papers have, in their first order when all are kept.
   */
  private heaviest(handles: readonly number[], count: number, sharedBy: number, frequencyOf: (handle: number) => number): number[] {
    const { distinct, repeats } = this.repeats.count(handles);
    const kept: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < distinct.length; i += 1) {
      const frequency = frequencyOf(distinct[i]!);
      if (frequency < sharedBy) continue;
      kept.push(distinct[i]!);
      weights.push(logOnePlus(repeats[i]!) * this.rarity(frequency));
    }
    if (kept.length <= count) return kept;
    // The `count`-th heaviest weight, by a sort of the weights alone, which calls no comparison: the features above
    // it are kept, and of those at it, the first met. Only they are sorted by a comparison, heaviest first.
    const ascending = Float64Array.from(weights).sort();
    const least = ascending[kept.length - count]!;
    let atLeast = count;
    for (let i = kept.length - count; i < kept.length; i += 1) if (ascending[i]! > least) atLeast -= 1;
    const ranks: number[] = [];
    for (let i = 0; i < kept.length; i += 1) {
      if (weights[i]! > least || (weights[i] === least && atLeast-- > 0)) ranks.push(i);
    }
    // Heaviest first; of equal weights, the first met.
    ranks.sort((a, b) => weights[b]! - weights[a]! || a - b);
    return ranks.map((rank) => kept[rank]!);
  }

  /**
   * A feature's rarity among the papers counted, as `inverseFrequency` weighs it, kept by frequency while the count
   * of papers stays: the features of 100,000 abstracts have a few thousand frequencies between them.
   */
  private rarity(frequency: number): number {
    if (this.rarityOf.length !== this.documents + 1) this.rarityOf = new Float64Array(this.documents + 1).fill(Number.NaN);
    let rarity = this.rarityOf[frequency]!;
    if (Number.isNaN(rarity)) rarity = this.rarityOf[frequency] = inverseFrequency(frequency, this.documents);
    return rarity;
  }

  /**
   * The number of each word's term (-1: a function word, or a term never counted), for the list last asked about: an
   * abstract's key terms and its phrases are picked from the same list, one after the other.
   */
  private termIds(list: readonly Word[]): readonly number[] {
    if (list !== this.lastList) {
      this.lastList = list;
      this.lastIds = list.map((word) => (word.term ? (this.features.find(word.term) ?? -1) : -1));
    }
    return this.lastIds;
  }

  private visit(paper: Paper, change: 1 | -1): void {
    const visit = ++this.visits;
    // Title and abstract split apart, as the index splits them: no phrase runs from one into the other either way.
    const { title, abstract } = paperWords(paper);
    const keep = change === 1 && this.kept !== null && !this.kept.has(paper.key);
    const place = keep ? this.keepStart(paper.key) : -1;
    for (const [part, list] of [title, abstract].entries()) {
      if (keep) this.starts[2 * place + part] = this.codeCount;
      let previous = -1;
      list.forEach((word, i) => {
        const id = word.term ? this.count(word.term, visit, change) : -1;
        const continues = continuesPhrase(list[i - 1], word);
        if (continues) this.pairs.count(previous, id, visit, change);
        if (keep && id >= 0) this.keepCode(id * 2 + (continues ? 0 : 1));
        previous = id;
      });
    }
    if (keep) this.starts[2 * place + 2] = this.codeCount;
    for (const author of paper.authors) this.count(authorFeature(author), visit, change);
    for (const category of paper.categories) this.count(categoryFeature(category), visit, change);
  }

  /** Gives `key` the next place in `starts`, with room for its entries; returns the place. */
  private keepStart(key: string): number {
    const place = this.kept!.size;
    this.kept!.set(key, place);
    while (2 * place + 3 > this.starts.length) this.starts = grown(this.starts);
    return place;
  }

  private keepCode(code: number): void {
    if (this.codeCount === this.codes.length) this.codes = grown(this.codes);
    this.codes[this.codeCount++] = code;
  }

  /** Counts `feature` for the paper being visited, unless it already was; returns its number. */
  private count(feature: string, visit: number, change: 1 | -1): number {
    const id = this.features.numberOf(feature);
    if (id === this.counts.length) {
      this.counts = grown(this.counts);
      this.lastVisit = grown(this.lastVisit);
    }
    if (this.lastVisit[id] !== visit) {
      this.lastVisit[id] = visit;
      this.counts[id]! += change;
    }
    return id;
  }
}

/** `Math.log(1 + repeats)` for the few repeats a word has in one abstract, looked up rather than worked out. */
const LOG_ONE_PLUS = Float64Array.from({ length: 64 }, (_, repeats) => Math.log(1 + repeats));

function logOnePlus(repeats: number): number {
  return repeats < LOG_ONE_PLUS.length ? LOG_ONE_PLUS[repeats]! : Math.log(1 + repeats);
}

/**
 * Counts how often each number of a list comes, in the order first met: for an abstract's few hundred words, where a
 * Map and an object per feature cost more than the weighing. Its table is kept from list to list, and a list's slots
 * are told from the last one's by a stamp, so nothing is cleared.
 */
class RepeatCounter {
  private keys = new Int32Array(INITIAL_REPEAT_SLOTS);
  private stamps = new Int32Array(INITIAL_REPEAT_SLOTS);
  private places = new Int32Array(INITIAL_REPEAT_SLOTS);
  private stamp = 0;

  /** The numbers of `list` that are not negative, each once, in first order, and how often each comes. */
  count(list: readonly number[]): { distinct: number[]; repeats: number[] } {
    if (list.length * 2 > this.keys.length) {
      let size = this.keys.length;
      while (list.length * 2 > size) size *= 2;
      this.keys = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.places = new Int32Array(size);
    }
    const { keys, stamps, places } = this;
    const stamp = ++this.stamp;
    const mask = keys.length - 1;
    const distinct: number[] = [];
    const repeats: number[] = [];
    for (const key of list) {
      if (key < 0) continue;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
      while (stamps[slot] === stamp && keys[slot] !== key) slot = (slot + 1) & mask;
      if (stamps[slot] === stamp) {
        repeats[places[slot]!]! += 1;
        continue;
      }
      stamps[slot] = stamp;
      keys[slot] = key;
      places[slot] = distinct.length;
      distinct.push(key);
      repeats.push(1);
    }
    return { distinct, repeats };
  }
}

/** A pair table's slot: four numbers side by side (see `PairTable.slots`). */
const SLOT = 4;
const FIRST = 0;
const SECOND = 1;
const COUNT = 2;
const LAST_VISIT = 3;

/** An open-addressing hash table from a pair of feature numbers to a count, with the last visit that counted it. */
class PairTable {
  private size = 0;
  /**
   * Each slot's first number plus one (0: empty), second number, count and last visit, side by side: a probe, a
   * count and its check then read one stretch of memory, where four arrays took four reads from far apart (a
   * 100,000-paper pack's table is too large for the processor's caches).
   */
  private slots = new Int32Array(INITIAL_SIZE * SLOT);

  count(first: number, second: number, visit: number, change: 1 | -1): void {
    const { slots } = this;
    const at = slotOf(slots, first, second) * SLOT;
    if (slots[at + FIRST] === 0) {
      slots[at + FIRST] = first + 1;
      slots[at + SECOND] = second;
      this.size += 1;
    }
    if (slots[at + LAST_VISIT] !== visit) {
      slots[at + LAST_VISIT] = visit;
      slots[at + COUNT]! += change;
    }
    // Half full at most, so probes stay short.
    if (this.fullerThan(1 / 2)) runAtOnce(this.growSteps(Infinity));
  }

  /** Whether more than `share` of the slots are taken. */
  fullerThan(share: number): boolean {
    return this.size > (this.slots.length / SLOT) * share;
  }

  /** Doubles the table, moving `slotsPerStep` slots per step; the table stays as it was until the last step. */
  *growSteps(slotsPerStep: number): Generator<void, void> {
    const { slots } = this;
    const grown = new Int32Array(slots.length * 2);
    // Fresh memory is first written in order, a few pages a step: written at random by the moves, it was all paged in
    // by the first steps, one of which took 28 ms in Node.
    for (let start = 0; start < grown.length; start += 4 * slotsPerStep) {
      grown.fill(0, start, start + 4 * slotsPerStep);
      yield;
    }
    for (let old = 0; old < slots.length; old += SLOT) {
      if (slots[old + FIRST] !== 0) grown.set(slots.subarray(old, old + SLOT), slotOf(grown, slots[old + FIRST]! - 1, slots[old + SECOND]!) * SLOT);
      if ((old / SLOT + 1) % slotsPerStep === 0) yield;
    }
    this.slots = grown;
  }

  /** The slot of a pair counted before, or -1. */
  find(first: number, second: number): number {
    if (first < 0 || second < 0) return -1;
    const slot = slotOf(this.slots, first, second);
    return this.slots[slot * SLOT + FIRST] === 0 ? -1 : slot;
  }

  countAt(slot: number): number {
    return this.slots[slot * SLOT + COUNT]!;
  }

  pairAt(slot: number): [first: number, second: number] {
    return [this.slots[slot * SLOT + FIRST]! - 1, this.slots[slot * SLOT + SECOND]!];
  }

  *entries(): Generator<[first: number, second: number, count: number]> {
    const { slots } = this;
    for (let at = 0; at < slots.length; at += SLOT) {
      if (slots[at + FIRST] !== 0) yield [slots[at + FIRST]! - 1, slots[at + SECOND]!, slots[at + COUNT]!];
    }
  }
}

/** In a pair table's slots, the slot that holds the pair, or the empty slot where it goes. */
function slotOf(slots: Int32Array, first: number, second: number): number {
  const mask = slots.length / SLOT - 1;
  let hash = Math.imul(first, 0x9e3779b1) ^ second;
  hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
  let slot = (hash ^ (hash >>> 13)) & mask;
  while (slots[slot * SLOT + FIRST] !== 0 && (slots[slot * SLOT + FIRST] !== first + 1 || slots[slot * SLOT + SECOND] !== second)) slot = (slot + 1) & mask;
  return slot;
}

/** Whether a phrase runs into the kept word `code` from the kept word before it. */
function continuesKept(code: number): boolean {
  return (code & 1) === 0;
}

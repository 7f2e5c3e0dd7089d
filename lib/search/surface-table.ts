/** Words already seen, found by where they stand in a text, with what was worked out about each: the tokenizer's memo. */

/** The hash of no characters: FNV-1a's offset basis. */
export const EMPTY_HASH = 0x811c9dc5;

/**
 * The hash of the characters hashed so far followed by the UTF-16 unit `unit` (FNV-1a, 32 bits). A scanner hashes a
 * word while it reads it, so a word seen before is found without cutting it out of the text.
 *
 * @example
 * let hash = EMPTY_HASH;
 * for (let i = start; i < end; i += 1) hash = hashUnit(hash, text.charCodeAt(i));
 */
export function hashUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/**
 * A hash table from words (runs of a text) to what `describe` made of each the first time it was seen, at most
 * `limit` of them: when full, it forgets them all and starts again (a stream of rare words cannot grow it without
 * end, and the common ones come back at once).
 *
 * Why not a `Map`: its key must be a string, so each word met had to be cut out of its text and hashed again. A
 * 100,000-paper pack has 20 million words but only 150,000 different ones: cutting and hashing each took most of the
 * time splitting words, where comparing the few characters of the one candidate the hash finds costs little, and a
 * word seen before is then the string already kept.
 *
 * @example
 * const table = new SurfaceTable(200_000, (surface) => surface.toLowerCase());
 * table.findRange('BERT and BERT', 0, 4); // 0: new, described
 * const entry = table.findRange('BERT and BERT', 9, 13); // 0 again
 * table.surface(entry); // 'BERT', the string kept from the first time
 * table.description(entry); // 'bert'
 */
export class SurfaceTable<Description> {
  /** Each slot: an entry plus one (0: empty). Twice the entries at least, so probes stay short. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly surfaces: string[] = [];
  private readonly descriptions: Description[] = [];

  constructor(
    private readonly limit: number,
    private readonly describe: (surface: string) => Description,
  ) {
    let size = 1;
    while (size < limit * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(limit);
  }

  /**
   * The entry of `text.slice(start, end)`, whose hash (see `hashUnit`) is `hash`: added, and described, when new. An
   * entry stands for its word until the next `find`, which may forget every word.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let held = this.slots[slot]!; held !== 0; slot = (slot + 1) & mask, held = this.slots[slot]!) {
      const entry = held - 1;
      if (this.hashes[entry] === hash && sameUnits(this.surfaces[entry]!, text, start, length)) return entry;
    }
    if (this.surfaces.length === this.limit) {
      this.forget();
      slot = hash & mask;
    }
    const entry = this.surfaces.length;
    const surface = length === text.length ? text : text.slice(start, end);
    this.surfaces.push(surface);
    this.descriptions.push(this.describe(surface));
    this.hashes[entry] = hash;
    this.slots[slot] = entry + 1;
    return entry;
  }

  /** `find` for a word not hashed while read. */
  findRange(text: string, start: number, end: number): number {
    let hash = EMPTY_HASH;
    for (let i = start; i < end; i += 1) hash = hashUnit(hash, text.charCodeAt(i));
    return this.find(text, start, end, hash);
  }

  /** The word an entry stands for, as first seen. */
  surface(entry: number): string {
    return this.surfaces[entry]!;
  }

  description(entry: number): Description {
    return this.descriptions[entry]!;
  }

  private forget(): void {
    this.slots.fill(0);
    this.surfaces.length = 0;
    this.descriptions.length = 0;
  }
}

function sameUnits(kept: string, text: string, start: number, length: number): boolean {
  if (kept.length !== length) return false;
  for (let i = 0; i < length; i += 1) if (kept.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

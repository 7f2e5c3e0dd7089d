/** Typo lookups in a sorted list of terms, read in place: the matches MiniSearch's term tree finds, in its order. */
import { runAtOnce } from '../steps';

/** Sorted terms one after another in `text`, term `i` from `textStarts[i]` to `textStarts[i + 1]`. */
export interface SortedTerms {
  text: string;
  textStarts: Uint32Array;
}

/**
 * Visits each term within `maxDistance` edits of `query` (Levenshtein, by UTF-16 unit), in sorted order, with its
 * place in the list and its distance: the terms, distances and order of `SearchableMap.fuzzyGet` over a tree filled
 * with the same terms in sorted order.
 *
 * Why: a restored 100,000-paper shard keeps its terms as one sorted text, and building MiniSearch's tree of them for
 * typo lookups alone held a third of the worker's heap. The sorted list is walked as the tree would be (see
 * `PrefixLinks`): consecutive terms share the edit matrix's rows of their common prefix, and once a prefix's row is
 * beyond `maxDistance` every term that begins with it is skipped. Nothing is cut out of the text but the matches,
 * which the caller slices.
 *
 * @example
 * const list = { text: 'bertbirdbort', textStarts: Uint32Array.of(0, 4, 8, 12) };
 * eachTermWithin(list, 'burt', 1, (i, distance) => console.log(i, distance)); // 0 1, then 2 1
 */
export function eachTermWithin(list: SortedTerms, query: string, maxDistance: number, visit: (i: number, distance: number) => void): void {
  const { text, textStarts } = list;
  const { shared, nextShorter } = prefixLinks(list);
  const count = textStarts.length - 1;
  // The edit matrix as MiniSearch keeps it: a row per character of the term walked, a column per character of the
  // query and one more, and no row past the longest term that can match.
  const columns = query.length + 1;
  const rows = columns + maxDistance;
  const matrix = new Uint8Array(rows * columns).fill(maxDistance + 1);
  for (let column = 0; column < columns; column += 1) matrix[column] = column;
  for (let row = 1; row < rows; row += 1) matrix[row * columns] = row;

  // Rows 1 to `rowsKept` of the matrix hold the edits of term `i`'s first characters.
  let rowsKept = 0;
  for (let i = 0; i < count; ) {
    const start = textStarts[i]!;
    const length = textStarts[i + 1]! - start;
    let prunedAt = 0;
    for (let depth = rowsKept; depth < length; depth += 1) {
      const row = depth + 1;
      // Longer terms are more than `maxDistance` edits away whatever they hold.
      if (row >= rows || editRow(matrix, row, columns, text.charCodeAt(start + depth), query, maxDistance) > maxDistance) {
        prunedAt = row;
        break;
      }
    }
    if (prunedAt > 0) {
      // Edits never decrease along a term: nothing that begins with these characters can match. The next term that
      // does not is found by links that each pass a run of terms sharing more.
      let next = i + 1;
      while (next < count && shared[next]! >= prunedAt) next = nextShorter[next]!;
      i = next;
      rowsKept = next < count ? shared[next]! : 0;
      continue;
    }
    const distance = matrix[length * columns + columns - 1]!;
    if (distance <= maxDistance) visit(i, distance);
    i += 1;
    rowsKept = i < count ? Math.min(length, shared[i]!) : 0;
  }
}

/**
 * What the tree's branches are to a sorted list: how many first characters each term shares with the one before
 * (`shared`), and for each term the next one that shares fewer with its predecessor (`nextShorter`). All the terms
 * that begin with a term's first `n` characters come before the first later term that shares fewer than `n`, and
 * `nextShorter` reaches it in a few steps, as the tree passes a branch.
 */
interface PrefixLinks {
  shared: Uint16Array;
  nextShorter: Uint32Array;
}

const linksOf = new WeakMap<SortedTerms, PrefixLinks>();

/** Terms linked in one step of `prefixLinkSteps`: a few milliseconds of work. */
const TERMS_PER_STEP = 50_000;

/** The links of `list`, made now (a pass over its text) unless they were already, and kept as long as it is. */
function prefixLinks(list: SortedTerms): PrefixLinks {
  if (!linksOf.has(list)) runAtOnce(prefixLinkSteps(list));
  return linksOf.get(list)!;
}

/**
 * Makes the links typo lookups in `list` walk by, in steps (see `runWithPauses`), unless they are made already: a
 * 100,000-paper shard's take tens of milliseconds, which a woken worker spends before anyone types rather than in the
 * first typed word's lookup.
 *
 * @example
 * await runWithPauses(prefixLinkSteps(list), pause);
 * eachTermWithin(list, 'pretrian', 2, visit); // walks at once
 */
export function* prefixLinkSteps(list: SortedTerms): Generator<void, void> {
  if (linksOf.has(list)) return;
  const { text, textStarts } = list;
  const count = textStarts.length - 1;
  const shared = new Uint16Array(count);
  for (let i = 1; i < count; i += 1) {
    const start = textStarts[i]!;
    const before = textStarts[i - 1]!;
    // A prefix longer than 16 bits can hold is recorded shorter: lookups then walk, rather than skip, what it shares.
    const most = Math.min(textStarts[i + 1]! - start, start - before, 0xffff);
    let same = 0;
    while (same < most && text.charCodeAt(start + same) === text.charCodeAt(before + same)) same += 1;
    shared[i] = same;
    if (i % TERMS_PER_STEP === 0) yield;
  }
  const nextShorter = new Uint32Array(count);
  const waiting = new Uint32Array(count);
  let waitingCount = 0;
  for (let i = count - 1; i > 0; i -= 1) {
    while (waitingCount > 0 && shared[waiting[waitingCount - 1]!]! >= shared[i]!) waitingCount -= 1;
    nextShorter[i] = waitingCount > 0 ? waiting[waitingCount - 1]! : count;
    waiting[waitingCount++] = i;
    if (i % TERMS_PER_STEP === 0) yield;
  }
  // Made by another run of these steps meanwhile: those stay.
  if (!linksOf.has(list)) linksOf.set(list, { shared, nextShorter });
}

/**
 * Fills `row` of the edit matrix for the term character `unit`, within the band MiniSearch fills (cells further from
 * the diagonal than `maxDistance` stay beyond it), and returns the row's least distance.
 */
function editRow(matrix: Uint8Array, row: number, columns: number, unit: number, query: string, maxDistance: number): number {
  const here = row * columns;
  const above = here - columns;
  let least = matrix[here]!;
  const last = Math.min(columns - 1, row + maxDistance);
  for (let column = Math.max(0, row - maxDistance - 1); column < last; column += 1) {
    const replace = matrix[above + column]! + (unit === query.charCodeAt(column) ? 0 : 1);
    const remove = matrix[above + column + 1]! + 1;
    const insert = matrix[here + column]! + 1;
    const distance = Math.min(replace, remove, insert);
    matrix[here + column + 1] = distance;
    if (distance < least) least = distance;
  }
  return least;
}

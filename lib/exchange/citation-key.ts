/** Stable citation keys (`vaswani2017attention`) that stay the same from one export to the next. */
import type { Bookmark, Paper } from '../paper';
import { publicationDate } from './citation-fields';
import { splitDisplayName } from './person-name';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const ASCII_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ȷ: 'j', ŋ: 'n', ħ: 'h',
};

/** Words too common to tell papers apart, skipped when picking the title word (as Google Scholar's keys do). */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'for', 'to', 'and', 'or', 'with', 'without', 'from', 'by', 'at', 'as',
  'into', 'onto', 'via', 'toward', 'towards', 'using', 'is', 'are', 'be',
]);

/**
 * The citation key of every bookmark, by bookmark key: `<first author's family name><year><first
 * significant title word>`, lower-case ASCII. Papers that share a key are told apart by `a`, `b`, … in
 * the order they were bookmarked, so the key of an older bookmark never changes when one is added,
 * and the order of `bookmarks` does not matter.
 *
 * @example
 * citationKeys([attention, bert]); // Map { '1706.03762' => 'vaswani2017attention', '1810.04805' => 'devlin2018bert' }
 */
export function citationKeys(bookmarks: readonly Bookmark[]): Map<string, string> {
  const groups = new Map<string, Bookmark[]>();
  for (const bookmark of bookmarks) {
    const base = baseCitationKey(bookmark.paper);
    const group = groups.get(base);
    if (group) group.push(bookmark);
    else groups.set(base, [bookmark]);
  }
  // Bare keys first, so a suffixed key never takes a key another paper has on its own.
  const taken = new Set(groups.keys());
  const keys = new Map<string, string>();
  for (const [base, group] of [...groups].sort(([a], [b]) => compare(a, b))) {
    const [first, ...later] = group.sort((a, b) => a.createdAt - b.createdAt || compare(a.key, b.key));
    keys.set(first!.key, base);
    let suffixNumber = 0;
    for (const bookmark of later) {
      let key: string;
      do {
        key = base + letterSuffix(suffixNumber++);
      } while (taken.has(key));
      taken.add(key);
      keys.set(bookmark.key, key);
    }
  }
  return keys;
}

/**
 * Lower-case ASCII letters and digits only: accents dropped (`Müller` → `muller`), letters such as `ø`
 * and `ß` spelled out, everything else removed.
 *
 * @example
 * asciiFold('Ørsted-Gödel'); // 'orstedgodel'
 * asciiFold('张伟');          // ''
 */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßøæœłđðþıȷŋħ]/g, (letter) => ASCII_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

function baseCitationKey(paper: Paper): string {
  return `${authorPart(paper.authors[0])}${publicationDate(paper)?.year ?? ''}${titleWord(paper.title)}`;
}

function authorPart(author: string | undefined): string {
  if (author === undefined) return 'anon';
  const name = splitDisplayName(author);
  const part = 'literal' in name ? significantWord(name.literal) : asciiFold(name.family);
  return part || 'anon';
}

function titleWord(title: string): string {
  // Math says little about a paper and folds to noise (`$O(n \log n)$` → `onlogn`).
  return significantWord(title.replace(/\$\$?[^$]*\$\$?/g, ' '));
}

function significantWord(text: string): string {
  // Hyphens and apostrophes join a word's parts (`Pre-training` → `pretraining`) rather than split it.
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).map(asciiFold).filter(Boolean);
  // A lone letter (`R` of `R&D`) says as little as a stop word.
  return words.find((word) => word.length > 1 && !STOP_WORDS.has(word)) ?? words[0] ?? '';
}

/** `a` … `z`, then `aa`, `ab`, …: enough for any number of papers sharing a key. */
function letterSuffix(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : letterSuffix(Math.floor(index / 26) - 1) + letter;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

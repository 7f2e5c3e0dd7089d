/** What a search hit shows of its match: the words to highlight and one line of the abstract around them. */
import { WORD, wordTerms } from './terms';

/** About one line of the popup. */
const SNIPPET_LENGTH = 160;
/** How much of the sentence before the first match a cut snippet keeps, for context. */
const LEAD = 40;
/** Between two sentences: closing punctuation, space, and a capital or digit (not the dot of `2.6` or `cs.CL`). */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}\d"“(])/gu;

/**
 * The words of `text`, as written, that matched: one of their index terms is in `terms`. Each appears once
 * (case ignored), so a view can highlight them as whole words.
 *
 * @example
 * matchedWords('Pre-trained Masked Language Models', new Set(['mask', 'pretrain'])); // ['Pre-trained', 'Masked']
 */
export function matchedWords(text: string, terms: ReadonlySet<string>): string[] {
  const initials = initialsOf(terms);
  const seen = new Map<string, string>();
  for (const [token] of text.matchAll(WORD)) {
    if (!mayMatch(token, initials)) continue;
    const folded = token.toLowerCase();
    if (!seen.has(folded) && wordTerms(token).some((term) => terms.has(term))) seen.set(folded, token);
  }
  return [...seen.values()];
}

/**
 * One line of `abstract` to show under a hit: the sentence matching most different words, then most words (the
 * first on a tie, the first sentence when none matched), cut around its first match when too long; `…` marks where the sentence was cut.
 *
 * @example
 * snippet(mpnet.abstract, new Set(['permut']));
 * // 'Since BERT neglects dependency among predicted tokens, XLNet introduces permuted language modeling (PLM) for
 * //  pre-training to address this problem.' (a whole sentence: it fits, so nothing is cut)
 */
export function snippet(abstract: string, terms: ReadonlySet<string>): string {
  const text = abstract.trimEnd();
  if (!text) return '';
  // More different matched words wins, then more matches: a sentence with both words beats one repeating one.
  const best = scoredSentences(text, terms).reduce((top, s) =>
    s.distinct > top.distinct || (s.distinct === top.distinct && s.hits.length > top.hits.length) ? s : top,
  );

  let { start: from, end: to } = best;
  if (to - from > SNIPPET_LENGTH) {
    const firstHit = best.hits[0] ?? from;
    from = Math.min(Math.max(from, nextWordStart(text, firstHit - LEAD)), firstHit);
    to = Math.min(to, previousWordEnd(text, from + SNIPPET_LENGTH));
  }
  return `${from > best.start ? '…' : ''}${text.slice(from, to)}${to < best.end ? '…' : ''}`;
}

/** A sentence of an abstract: how many different terms it matched, and where each matching word starts. */
interface ScoredSentence {
  start: number;
  end: number;
  distinct: number;
  hits: number[];
}

function scoredSentences(text: string, terms: ReadonlySet<string>): ScoredSentence[] {
  const sentences: ScoredSentence[] = [];
  let start = 0;
  for (const gap of text.matchAll(SENTENCE_BREAK)) {
    sentences.push({ start, end: gap.index, distinct: 0, hits: [] });
    start = gap.index + gap[0].length;
  }
  sentences.push({ start, end: text.length, distinct: 0, hits: [] });
  const initials = initialsOf(terms);
  const matched = new Set<string>();
  let current = 0;
  // Breaks are spaces, so each word lies inside one sentence, and words come in sentence order.
  for (const { 0: token, index } of text.matchAll(WORD)) {
    while (index >= sentences[current]!.end) {
      sentences[current++]!.distinct = matched.size;
      matched.clear();
    }
    if (!mayMatch(token, initials)) continue;
    let hit = false;
    for (const term of wordTerms(token)) {
      if (!terms.has(term)) continue;
      matched.add(term);
      hit = true;
    }
    if (hit) sentences[current]!.hits.push(index);
  }
  sentences[current]!.distinct = matched.size;
  return sentences;
}

/** The first letters of `terms`, as a table of character codes below 128 (`mayMatch` reads it). */
function initialsOf(terms: ReadonlySet<string>): Uint8Array {
  const initials = new Uint8Array(128);
  for (const term of terms) {
    const code = term.charCodeAt(0);
    if (code < 128) initials[code] = 1;
  }
  return initials;
}

/**
 * Whether `token` can have a term in a set of terms beginning with `initials`: a stem begins as its word does, lower
 * cased. Most words of an abstract fail this at once, and finding a word's terms is the costly part of a snippet.
 * Words that split at hyphens or begin outside a-z and 0-9 (where folding accents may change the letter) are always
 * looked up.
 */
function mayMatch(token: string, initials: Uint8Array): boolean {
  let code = token.charCodeAt(0);
  if (code >= 65 && code <= 90) code += 32;
  const alphanumeric = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return !alphanumeric || initials[code] === 1 || token.includes('-');
}

/** Where the first word at or after `at` starts. */
function nextWordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return space === -1 ? at : space + 1;
}

/** Where the last word ending at or before `at` ends. */
function previousWordEnd(text: string, at: number): number {
  const space = text.lastIndexOf(' ', at);
  return space <= 0 ? at : space;
}

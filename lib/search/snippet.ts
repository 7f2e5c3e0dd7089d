/** What a search hit shows of its match: the words to highlight and one line of the abstract around them. */
import { BoundedMemo } from '../bounded-memo';
import { terms as termsOf } from './terms';

/** About one line of the popup. */
const SNIPPET_LENGTH = 160;
/** How much of the sentence before the first match a cut snippet keeps, for context. */
const LEAD = 40;
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
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
  const seen = new Map<string, string>();
  for (const [token] of text.matchAll(TOKEN)) {
    if (!seen.has(token.toLowerCase()) && isMatch(token, terms)) seen.set(token.toLowerCase(), token);
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
  const scored = sentencesOf.answer(text, splitSentences).map(({ start, end, wordStarts, wordTerms }) => {
    const hits: number[] = [];
    const matched = new Set<string>();
    wordTerms.forEach((termsOfWord, i) => {
      let hit = false;
      for (const term of termsOfWord) {
        if (!terms.has(term)) continue;
        matched.add(term);
        hit = true;
      }
      if (hit) hits.push(wordStarts[i]!);
    });
    return { start, end, distinct: matched.size, hits };
  });
  // More different matched words wins, then more matches: a sentence with both words beats one repeating one.
  const best = scored.reduce((top, s) => (s.distinct > top.distinct || (s.distinct === top.distinct && s.hits.length > top.hits.length) ? s : top));

  let { start: from, end: to } = best;
  if (to - from > SNIPPET_LENGTH) {
    const firstHit = best.hits[0] ?? from;
    from = Math.min(Math.max(from, nextWordStart(text, firstHit - LEAD)), firstHit);
    to = Math.min(to, previousWordEnd(text, from + SNIPPET_LENGTH));
  }
  return `${from > best.start ? '…' : ''}${text.slice(from, to)}${to < best.end ? '…' : ''}`;
}

/** A sentence of an abstract: where each of its words starts, and that word's index terms (shared, see below). */
interface Sentence {
  start: number;
  end: number;
  wordStarts: number[];
  wordTerms: string[][];
}

/**
 * Abstracts already split into sentences and words. Keystroke after keystroke lists the same papers, each time with
 * other terms to match: the split is the same, and took most of a snippet's time.
 */
const sentencesOf = new BoundedMemo<string, Sentence[]>(1_000);

function splitSentences(text: string): Sentence[] {
  const bounds: { start: number; end: number }[] = [];
  let start = 0;
  for (const gap of text.matchAll(SENTENCE_BREAK)) {
    bounds.push({ start, end: gap.index });
    start = gap.index + gap[0].length;
  }
  bounds.push({ start, end: text.length });
  return bounds.map(({ start, end }) => {
    const sentence: Sentence = { start, end, wordStarts: [], wordTerms: [] };
    for (const match of text.slice(start, end).matchAll(TOKEN)) {
      sentence.wordStarts.push(start + match.index);
      sentence.wordTerms.push(termsOfToken(match[0]));
    }
    return sentence;
  });
}

function isMatch(token: string, terms: ReadonlySet<string>): boolean {
  return termsOfToken(token).some((term) => terms.has(term));
}

/**
 * Index terms of tokens already seen. Every keystroke splits each hit's abstract into tokens, and abstracts share
 * most of their words: splitting a token into terms runs several regular expressions, a lookup runs none. Bounded,
 * as `terms.ts` bounds its own.
 */
const tokenTerms = new BoundedMemo<string, string[]>(50_000);

function termsOfToken(token: string): string[] {
  return tokenTerms.answer(token, termsOf);
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

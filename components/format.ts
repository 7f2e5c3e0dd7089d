/** Pure text and URL helpers for showing papers; no DOM, so lib/ could adopt them unchanged. */
import { parseArxivId } from '../lib/ids/arxiv-id';
import type { Paper, RelatedEntry } from '../lib/paper';

/** Beyond this many authors the line keeps the first two and adds "et al.". */
const MAX_LISTED_AUTHORS = 3;
/** Enough shared terms to explain a match without wrapping onto many lines in a 300px panel. */
const MAX_REASON_TERMS = 4;

/**
 * Names the authors compactly: all of them up to three, else the first two and "et al.".
 * Returns '' when the paper has no authors, so callers can leave the line out.
 *
 * @example authorsLine(['A. Author', 'B. Author', 'C. Author', 'D. Author']) // 'A. Author, B. Author et al.'
 */
export function authorsLine(authors: string[]): string {
  if (authors.length <= MAX_LISTED_AUTHORS) return authors.join(', ');
  return `${authors.slice(0, 2).join(', ')} et al.`;
}

/** The year of a `YYYY-MM-DD` or `YYYY-MM` date, or undefined when there is no usable date. */
export function yearOf(date?: string): string | undefined {
  return date?.match(/^(\d{4})(?:-|$)/)?.[1];
}

/** "A. Author et al. · 2017": who and when, skipping whichever is unknown ('' when both are). */
export function metaLine(paper: Paper): string {
  return [authorsLine(paper.authors), yearOf(paper.date)].filter(Boolean).join(' · ');
}

/**
 * Why a paper is listed as related: "Shares: a, b, c, d" from its most distinctive shared terms, then up to two
 * shared authors and its shared category. Returns '' when it shares nothing.
 */
export function reasonLine({ sharedTerms, sharedAuthors = [], sharedCategories = [] }: Pick<RelatedEntry, 'sharedTerms' | 'sharedAuthors' | 'sharedCategories'>): string {
  const shared = [...sharedTerms.slice(0, MAX_REASON_TERMS), ...sharedAuthors.slice(0, 2), ...sharedCategories.slice(0, 1)];
  return shared.length === 0 ? '' : `Shares: ${shared.join(', ')}`;
}

/**
 * Where a paper lives: its arXiv abstract page, or an arXiv title search for papers
 * without a valid arXiv id (the best guess at finding them without leaving arXiv). Always an https arxiv.org URL.
 */
export function paperUrl(paper: Paper): string {
  // Only a parsed id goes into the path: a stored or imported `arxivId` is just text until checked.
  const arxivId = paper.arxivId === undefined ? null : parseArxivId(paper.arxivId);
  if (arxivId) return `https://arxiv.org/abs/${arxivId.id}`;
  return `https://arxiv.org/search/?query=${encodeURIComponent(paper.title)}&searchtype=title`;
}

/** A run of text, marked when it matches a searched word. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs, marking every word that starts with one of `terms` (case and accents ignored), so a
 * title can show what matched a query.
 *
 * @example
 * highlightSegments('Masked Language Models', ['mask']);
 * // [{ text: 'Masked', match: true }, { text: ' Language Models', match: false }]
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  const wanted = terms.map(foldCase).filter(Boolean);
  if (wanted.length === 0) return [{ text, match: false }];
  const segments: TextSegment[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!piece) continue;
    const match = /[\p{L}\p{N}]/u.test(piece) && wanted.some((term) => foldCase(piece).startsWith(term));
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  }
  return segments;
}

function foldCase(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

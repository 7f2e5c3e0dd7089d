/** Related papers: a query built from the current paper's most distinctive terms, run against the index. */
import type { Paper } from '../paper';
import { isSamePaper } from '../paper-identity';
import type { PaperIndex } from './paper-index';
import type { TermStats } from './term-stats';
import { terms } from './terms';

/** A candidate related paper and the terms it shares with the current one, most distinctive first. */
export interface RelatedCandidate {
  key: string;
  sharedTerms: string[];
  score: number;
}

const QUERY_TERMS = 16;
const TITLE_WEIGHT = 2;
/** A single shared word is coincidence, not relatedness. */
const MIN_SHARED_TERMS = 2;
const SHOWN_TERMS = 4;

/**
 * The current paper's terms weighted by how often it uses them (title words count double)
 * and how rare they are across the index, heaviest first.
 *
 * @example
 * distinctiveTerms(paper, stats).slice(0, 3); // [['linguistic', 4.1], ['chinese', 3.2], …]
 */
export function distinctiveTerms(paper: Paper, stats: TermStats, indexed = false): [string, number][] {
  // An indexed paper counts itself in every frequency: a term only it has cannot relate it to another.
  const ownCount = indexed ? 1 : 0;
  const counts = new Map<string, number>();
  const count = (text: string, weight: number) => {
    for (const term of terms(text)) {
      if (term.length > 2 && !/^\d+$/.test(term)) counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  };
  count(paper.title, TITLE_WEIGHT);
  count(paper.abstract, 1);
  return [...counts]
    .map(([term, count]): [string, number] => [term, Math.log(1 + count) * stats.idf(term)])
    .filter(([term, weight]) => weight > 0 && stats.documentFrequency(term) > ownCount)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * Candidates related to `paper`, best first, excluding the paper's own key.
 * Callers still drop other versions and duplicates with `withoutSamePaper`.
 *
 * @example
 * const candidates = relatedCandidates(index, stats, paper);
 */
export function relatedCandidates(index: PaperIndex, stats: TermStats, paper: Paper): RelatedCandidate[] {
  const weighted = distinctiveTerms(paper, stats, index.has(paper.key)).slice(0, QUERY_TERMS);
  if (weighted.length === 0) return [];
  const weightOf = new Map(weighted);
  const results = index.search(weighted.map(([term]) => term).join(' '), {
    fields: ['title', 'abstract'],
    boost: { title: TITLE_WEIGHT },
    combineWith: 'OR',
    prefix: false,
    fuzzy: false,
    boostTerm: (term) => weightOf.get(term) ?? 1,
  });
  return results
    .filter((result) => result.id !== paper.key)
    .map((result) => ({
      key: result.id as string,
      score: result.score,
      sharedTerms: Object.keys(result.match).sort((a, b) => (weightOf.get(b) ?? 0) - (weightOf.get(a) ?? 0)),
    }))
    .filter((candidate) => candidate.sharedTerms.length >= MIN_SHARED_TERMS)
    .map((candidate) => ({ ...candidate, sharedTerms: candidate.sharedTerms.slice(0, SHOWN_TERMS) }));
}

/**
 * Drops candidates that are the current paper under another key (a version, a duplicate record),
 * and keeps the first `limit`.
 *
 * @example
 * withoutSamePaper(current, resolved, 5);
 */
export function withoutSamePaper<Entry extends { paper: Paper }>(current: Paper, entries: Entry[], limit: number): Entry[] {
  return entries.filter((entry) => !isSamePaper(current, entry.paper)).slice(0, limit);
}

/**
 * Related papers.
 *
 * How they are ranked:
 * 1. The current paper (in the catalogue or not) is described by its features: stemmed terms of title and abstract
 *    (`terms.ts`: `pre-trained` and `pretraining` are one term), two-word phrases, authors and categories.
 * 2. Each feature is weighted by how much the paper uses it (a title word counts as three abstract words) and by
 *    how rare it is in the library (`TermStats`, counted as if the paper were in it once). Generic scholarly words
 *    (`propose`, `result`, `model`, adverbs…) are left out. The heaviest 20 terms and 10 phrases, with authors and
 *    categories, are the paper's profile; those that other papers have too make the query.
 * 3. MiniSearch scores every paper with BM25 per field (title, abstract, phrases, people, categories), each query
 *    feature boosted by its weight, a title match twice an abstract match: a weighted sum over what is shared.
 * 4. Closeness is the share of the profile's weight a paper matches. A paper is listed only if it shares two terms or
 *    phrases, matches 5% of the profile, and is at least a quarter as close as the closest paper: a paper from
 *    another field, or a long tail behind one true neighbour, gives a short or empty list rather than filler.
 * 5. Versions and duplicates of the current paper (same arXiv id, DOI or normalised title) are dropped, and so are
 *    duplicates among the entries; bookmarked papers get a 10% lift that reorders near-ties only.
 *
 * Each entry explains itself with what it shares: its heaviest shared phrases and terms that are not everywhere in
 * the library, written as the current paper writes them (`pre-training`, never the stem `pretrain`), its shared
 * authors and categories.
 *
 * The constants were chosen by principle, then checked against `npm run eval` for a flat region rather than a peak:
 * the ranker is judged on judgments outside the repository too.
 */
import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { Paper } from '../paper';
import { isSamePaper } from '../paper-identity';
import { ROUNDING, type PaperField, type SharingDocument } from './paper-index';
import { papersWithEvery, type SearchableIndex } from './sharded-index';
import { authorFeature, categoryFeature, type FeatureStats } from './term-stats';
import { authorKey, categoryKey, isGeneric, paperWords, terms, wordPairs, type PaperWords, type Word } from './terms';

/** A paper related to the current one: its score and what it shares with it, most telling first. */
export interface RelatedCandidate {
  key: string;
  score: number;
  /** Share of the current paper's profile weight this paper matches, from 0 to 1. */
  closeness: number;
  /** Shared phrases and terms as the current paper writes them. */
  sharedTerms: string[];
  sharedAuthors: string[];
  sharedCategories: string[];
}

/** One weighted feature of the current paper: its index term, weight, how to show it, whether it can explain a match. */
interface QueryFeature {
  term: string;
  /** The feature as `TermStats` counts it (`author:yiming cui` for the author term `yiming cui`). */
  counted: string;
  weight: number;
  shown: string;
  /** False for features so common in the library (`pre-trained language`) that sharing them explains nothing. */
  telling: boolean;
}

const KINDS = ['terms', 'phrases', 'authors', 'categories'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The weighted query a paper makes, one list per kind of feature, and the weight of all that makes the paper
 * distinctive (`profile`), including features no other paper has: closeness is measured against the profile, so a
 * paper from another field, sharing a word or two with the library, is close to nothing.
 */
export interface RelatedQuery {
  features: Record<Kind, QueryFeature[]>;
  profile: number;
}

/** The index fields each kind of feature is looked up in. */
const FIELDS: Record<Kind, PaperField[]> = {
  terms: ['title', 'abstract'],
  phrases: ['phrases'],
  authors: ['people'],
  categories: ['categories'],
};

/** A title word counts as this many abstract words: the title is what the paper says it is about. */
const TITLE_WEIGHT = 3;
/** The heaviest terms and phrases make the query; the rest add noise more than evidence. */
const QUERY_TERMS = 20;
const QUERY_PHRASES = 10;
/** How much a matched title counts against a matched abstract when scoring candidates. */
const TITLE_BOOST = 2;
/** A shared phrase is stronger evidence than its two words apart; a shared author or category is weaker. */
const PHRASE_WEIGHT = 1.5;
const AUTHOR_WEIGHT = 0.5;
const CATEGORY_WEIGHT = 0.2;
/** A single shared word is coincidence, not relatedness. */
const MIN_SHARED = 2;
/** Below this share of the profile's weight a paper is not close enough to list. */
const MIN_CLOSENESS = 0.05;
/** Nor if it is far less close than the closest paper: beside a near neighbour, a distant one is filler. */
const RELATIVE_CLOSENESS = 0.25;
const SHOWN_TERMS = 4;
/** A term or phrase in more than this share of the library still counts, but explains no match. */
const TELLING_SHARE = 0.25;
/** Records of one paper to check among papers whose titles share all its words: duplicates are few. */
const MAX_COPIES = 5;
/** Lift for bookmarked papers: enough to reorder near-ties, never to promote a clearly weaker paper. */
const BOOKMARK_LIFT = 1.1;

/**
 * The query `paper` makes: its heaviest terms and phrases that other papers have too, its authors and categories
 * that others share, and the weight of its whole profile. `copies` is how many records of the paper the statistics
 * count (its own and any duplicate in the library, 0 when it is in none); either way features are weighed as if it
 * were in the library once, so a feature only it has weighs most and relates it to nothing.
 *
 * @example
 * relatedQuery(lert, stats, 1).features.terms[0]; // { term: 'linguistic', shown: 'linguistic', weight: 5.4, … }
 */
export function relatedQuery(paper: Paper, stats: FeatureStats, copies: number, split = paperWords(paper)): RelatedQuery {
  // A pack's statistics may have forgotten features only one paper has: the paper's own still count `copies` times.
  const idf = (counted: string) => stats.idf(counted, copies === 0, copies);
  const { title: titleWords, abstract: abstractWords } = split;

  const termCounts = new Counts();
  for (const word of titleWords) if (word.term) termCounts.add(word.term, TITLE_WEIGHT, shownWord(word, true));
  for (const word of abstractWords) if (word.term) termCounts.add(word.term, 1, shownWord(word, false));
  const phraseCounts = new Counts();
  for (const [list, weight, inTitle] of [[titleWords, TITLE_WEIGHT, true], [abstractWords, 1, false]] as const) {
    for (const [first, second] of wordPairs(list)) {
      phraseCounts.add(`${first.term} ${second.term}`, weight, `${shownWord(first, inTitle)} ${shownWord(second, inTitle)}`);
    }
  }

  const informative = (term: string) => term.length > 2 && !/^\d+$/.test(term) && !isGeneric(term);
  const weighed = (counts: Counts, keep: (term: string) => boolean, factor: number): QueryFeature[] =>
    counts
      .entries()
      .filter(({ term }) => keep(term))
      .map(({ term, count, shown }) => ({
        term,
        counted: term,
        shown,
        weight: factor * Math.log(1 + count) * idf(term),
        telling: stats.share(term) <= TELLING_SHARE,
      }))
      .sort((a, b) => b.weight - a.weight);
  const listed = (values: readonly string[], key: (value: string) => string, counted: (value: string) => string, factor: number) =>
    distinct(values, key).map((value) => ({ term: key(value), counted: counted(value), shown: value, weight: factor * idf(counted(value)), telling: true }));

  const all: Record<Kind, QueryFeature[]> = {
    terms: weighed(termCounts, informative, 1),
    phrases: weighed(phraseCounts, (phrase) => phrase.split(' ').every(informative), PHRASE_WEIGHT),
    authors: listed(paper.authors, authorKey, authorFeature, AUTHOR_WEIGHT),
    categories: listed(paper.categories, categoryKey, categoryFeature, CATEGORY_WEIGHT),
  };
  const limits: Record<Kind, number> = { terms: QUERY_TERMS, phrases: QUERY_PHRASES, authors: Infinity, categories: Infinity };
  const shared = (feature: QueryFeature) => stats.documentFrequency(feature.counted) > copies;
  return {
    features: mapKinds((kind) => all[kind].filter(shared).slice(0, limits[kind])),
    profile: KINDS.reduce((sum, kind) => sum + weightOf(all[kind].slice(0, limits[kind])), 0),
  };
}

/**
 * Papers of the index related to `paper`, best first, each close enough to list. `self` holds the keys under which
 * the index has the paper itself (its own key, another version, a duplicate record: see `possibleCopies`): they are
 * never candidates, and the statistics are read knowing they count the paper. Callers still drop any other version
 * or duplicate with `withoutSamePaper`. Only papers that could be close enough are scored (`narrow`); that changes how
 * much is scored, never the answer.
 *
 * @example
 * const candidates = relatedCandidates(index, stats, lert, new Set([lert.key]));
 * candidates[0]; // { key: '2501.05700', sharedTerms: ['linguistic', 'MLM', 'masked language'], sharedCategories: ['cs.CL'], … }
 */
export function relatedCandidates(
  index: SearchableIndex,
  stats: FeatureStats,
  paper: Paper,
  self: ReadonlySet<string>,
  { narrow = true, split = paperWords(paper) }: { narrow?: boolean; split?: PaperWords } = {},
): RelatedCandidate[] {
  const { features, profile } = relatedQuery(paper, stats, [...self].filter((key) => index.has(key)).length, split);
  if (features.terms.length + features.phrases.length === 0) return [];
  /** Every paper matching some of `parts`, or those `among` alone. */
  const search = (parts: [Kind, QueryFeature[]][], among?: ReadonlySet<string>) => {
    const query: Query = {
      combineWith: 'OR',
      queries: parts
        .filter(([, list]) => list.length > 0)
        .map(([kind, list]) => {
          const weights = new Map(list.map((feature) => [feature.term, feature.weight]));
          return { queries: [...weights.keys()], fields: FIELDS[kind], boostTerm: (term: string) => weights.get(term) ?? 0 };
        }),
    };
    const options: SearchOptions = {
      boost: { title: TITLE_BOOST },
      // Query terms are index terms already (phrases hold a space): nothing more to split or fold.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      filter: (result) => !self.has(result.id as string),
    };
    return among ? index.searchAmong(among, query, options) : index.search(query, options);
  };
  // A paper is listed only for a telling word or an author it shares (see below), so those find the candidates.
  // Categories and words most of the library has, whose papers are a large part of it, only add to the candidates'
  // scores: they are looked up for the candidates alone, and the scores are what one query over everything gives.
  const isTelling = (feature: QueryFeature) => feature.telling;
  const finding: [Kind, QueryFeature[]][] = [
    ['terms', features.terms.filter(isTelling)],
    ['phrases', features.phrases.filter(isTelling)],
    ['authors', features.authors],
  ];
  const adding: [Kind, QueryFeature[]][] = [
    ['terms', features.terms.filter((feature) => !feature.telling)],
    ['phrases', features.phrases.filter((feature) => !feature.telling)],
    ['categories', features.categories],
  ];
  // Only papers close enough to be listed are scored: in a large library most papers found share one telling word
  // and little more, and scoring each of them took most of the time. What each paper shares, and so its closeness,
  // is read from the postings, the added features' asked about the papers found alone; MiniSearch then scores the
  // few as it would have scored them among all.
  const lookedUp = (parts: [Kind, QueryFeature[]][]) =>
    parts.flatMap(([kind, list]) => list.map(({ term, weight }) => ({ term, fields: FIELDS[kind], weight, counted: kind === 'terms' || kind === 'phrases' })));
  const hopefulKeys = narrow
    ? closeEnough(
        index
          .documentsSharing(lookedUp(finding), (weight, words) => weight / profile >= MIN_CLOSENESS * (1 - ROUNDING) && words >= MIN_SHARED, {
            adding: lookedUp(adding),
          })
          .filter((document) => !self.has(document.key)),
        profile,
      )
    : undefined;
  const hopeful = hopefulKeys?.size === 0 ? [] : search(finding, hopefulKeys);
  const results =
    hopeful.length === 0 || adding.every(([, list]) => list.length === 0) ? hopeful : withScoresAdded(hopeful, search(adding, hopefulKeys));
  const matchedIn = matcher(features);

  const candidates = results.flatMap((result): RelatedCandidate[] => {
    const matched = matchedIn(result);
    const closeness = KINDS.reduce((sum, kind) => sum + weightOf(matched[kind]), 0) / profile;
    const sharedWords = [...matched.terms, ...matched.phrases];
    // Two shared words at least, and something telling (a word not everywhere in the library, or an author): sharing
    // only what every paper says is no reason to be listed.
    const telling = sharedWords.some((feature) => feature.telling) || matched.authors.length > 0;
    if (sharedWords.length < MIN_SHARED || !telling || closeness < MIN_CLOSENESS) return [];
    return [
      {
        key: result.id as string,
        // MiniSearch multiplies by the number of query features matched; the weights already say what matters.
        score: result.score / result.queryTerms.length,
        closeness,
        sharedTerms: explanation(matched.phrases, matched.terms),
        sharedAuthors: matched.authors.map((feature) => feature.shown),
        sharedCategories: matched.categories.map((feature) => feature.shown),
      },
    ];
  });
  const closest = Math.max(0, ...candidates.map((candidate) => candidate.closeness));
  return candidates.filter((candidate) => candidate.closeness >= RELATIVE_CLOSENESS * closest).sort((a, b) => b.score - a.score);
}

/**
 * The keys of the papers `sharing` found (each with the weight of the features it shares) that are as close as
 * listing needs: at least a quarter as close as the closest of them. Every paper found is a candidate, since it
 * shares something telling and enough.
 */
function closeEnough(sharing: readonly SharingDocument[], profile: number): Set<string> {
  let closest = 0;
  for (const { weight } of sharing) closest = Math.max(closest, weight / profile);
  // The same weights added in another order may differ in their last bits: a paper at the line is kept.
  const least = RELATIVE_CLOSENESS * closest * (1 - ROUNDING);
  return new Set(sharing.filter(({ weight }) => weight / profile >= least).map(({ key }) => key));
}

/**
 * Keys of indexed papers that may be `paper` itself, to be confirmed with `isSamePaper`: its own key, its arXiv id
 * (the key of any record of an arXiv paper) and papers whose titles hold every word of its title.
 *
 * @example
 * possibleCopies(index, { ...lert, key: 'openreview:Tn0sP2xQd7', arxivId: undefined }); // ['2211.05344']
 */
export function possibleCopies(index: SearchableIndex, paper: Paper): string[] {
  const titleTerms = [...new Set(terms(paper.title))];
  // A title's common words are in thousands of titles: only the few papers with all of them are scored.
  const sameWords = titleTerms.length === 0 ? new Set<string>() : papersWithEvery(index, titleTerms.map((term) => ({ term, fields: ['title'] })));
  const sameTitleWords =
    sameWords.size === 0
      ? []
      : index
          .searchAmong(sameWords, { combineWith: 'AND', queries: titleTerms }, { fields: ['title'], tokenize: (term) => [term], processTerm: (term) => term })
          .slice(0, MAX_COPIES)
          .map((result) => result.id as string);
  return [...new Set([paper.key, ...(paper.arxivId ? [paper.arxivId] : []), ...sameTitleWords])].filter((key) => index.has(key));
}

/**
 * Reorders candidates with bookmarked ones lifted a little (when `prefer`), so that between two about
 * equally related papers the one the reader saved comes first.
 *
 * @example
 * liftBookmarked(candidates, new Set(['2004.09297']), true);
 */
export function liftBookmarked<Candidate extends { key: string; score: number }>(
  candidates: readonly Candidate[],
  bookmarked: ReadonlySet<string>,
  prefer: boolean,
): Candidate[] {
  if (!prefer) return [...candidates];
  const lifted = (candidate: Candidate) => candidate.score * (bookmarked.has(candidate.key) ? BOOKMARK_LIFT : 1);
  return [...candidates].sort((a, b) => lifted(b) - lifted(a));
}

/**
 * The candidates that can be among the first `count` after `liftBookmarked`, whichever of them are bookmarked: the
 * first `count`, and any later one the lift could raise to the score of the last of them. Candidates come best first.
 * Their papers can then be read before, not after, the bookmarks are.
 *
 * @example
 * const reachable = liftReach(candidates, 15); // read these papers while the bookmarks are read
 * liftBookmarked(candidates, bookmarked, true).slice(0, 15); // every one of them is in `reachable`
 */
export function liftReach<Candidate extends { score: number }>(candidates: readonly Candidate[], count: number): Candidate[] {
  const last = candidates[count - 1];
  if (!last) return [...candidates];
  return candidates.filter((candidate, i) => i < count || candidate.score * BOOKMARK_LIFT >= last.score);
}

/**
 * Drops entries that are the current paper under another key (a version, a duplicate record) and entries
 * duplicating an earlier entry, and keeps the first `limit`.
 *
 * @example
 * withoutSamePaper(current, resolved, 5);
 */
export function withoutSamePaper<Entry extends { paper: Paper }>(current: Paper, entries: Entry[], limit: number): Entry[] {
  const kept: Entry[] = [];
  for (const entry of entries) {
    if (kept.length === limit) break;
    if (isSamePaper(current, entry.paper) || kept.some((earlier) => isSamePaper(earlier.paper, entry.paper))) continue;
    kept.push(entry);
  }
  return kept;
}

/**
 * The candidates' results with the scores and matches of a second query added, as one query over both would give
 * them: MiniSearch sums the scores of the query features a paper matches and multiplies the sum by how many it matched.
 */
function withScoresAdded(found: SearchResult[], added: SearchResult[]): SearchResult[] {
  const byKey = new Map(added.map((result) => [result.id as string, result]));
  return found.map((result) => {
    const more = byKey.get(result.id as string);
    if (!more) return result;
    const raw = result.score / result.queryTerms.length + more.score / more.queryTerms.length;
    const queryTerms = [...result.queryTerms, ...more.queryTerms];
    const match = { ...result.match };
    for (const [term, fields] of Object.entries(more.match)) match[term] = [...(match[term] ?? []), ...fields];
    return { ...result, score: raw * queryTerms.length, queryTerms, terms: [...new Set([...result.terms, ...more.terms])], match };
  });
}

/** Shared phrases and terms that tell, heaviest first; a term inside a shown phrase is left to the phrase. */
function explanation(phrases: QueryFeature[], terms: QueryFeature[]): string[] {
  const shownPhrases = phrases.filter((phrase) => phrase.telling);
  const inPhrase = new Set(shownPhrases.flatMap((phrase) => phrase.term.split(' ')));
  return [...shownPhrases, ...terms.filter((term) => term.telling && !inPhrase.has(term.term))]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, SHOWN_TERMS)
    .map((feature) => feature.shown);
}

/**
 * A word as it should be shown: title case and sentence-initial capitals are typography, not spelling, so such
 * words are shown in lower case; acronyms and names with inner capitals (`PLMs`, `RoBERTa`) keep theirs.
 */
function shownWord(word: Word, inTitle: boolean): string {
  const typographic = (inTitle || word.clauseStart) && /^\p{Lu}[\p{Ll}\d]*(-\p{Lu}?[\p{Ll}\d]*)*$/u.test(word.surface);
  return typographic ? word.surface.toLowerCase() : word.surface;
}

/**
 * For a result, the query features it matched, by kind and in query order: read from what the result matched (a few
 * terms) rather than by asking every feature, since a query has dozens of features and thousands of results.
 */
function matcher(features: Record<Kind, QueryFeature[]>): (result: SearchResult) => Record<Kind, QueryFeature[]> {
  const byTerm = new Map<string, { kind: Kind; feature: QueryFeature; order: number }[]>();
  for (const kind of KINDS) {
    features[kind].forEach((feature, order) => {
      const entries = byTerm.get(feature.term) ?? byTerm.set(feature.term, []).get(feature.term)!;
      entries.push({ kind, feature, order });
    });
  }
  return (result) => {
    const found = mapKinds((): { feature: QueryFeature; order: number }[] => []);
    for (const [term, fields] of Object.entries(result.match)) {
      for (const { kind, feature, order } of byTerm.get(term) ?? []) {
        if (fields.some((field) => FIELDS[kind].includes(field as PaperField))) found[kind].push({ feature, order });
      }
    }
    return mapKinds((kind) => found[kind].sort((a, b) => a.order - b.order).map((entry) => entry.feature));
  };
}

function mapKinds<T>(make: (kind: Kind) => T): Record<Kind, T> {
  return { terms: make('terms'), phrases: make('phrases'), authors: make('authors'), categories: make('categories') };
}

function weightOf(features: readonly QueryFeature[]): number {
  return features.reduce((sum, feature) => sum + feature.weight, 0);
}

function distinct(values: readonly string[], keyOf: (value: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(keyOf(value)) && seen.add(keyOf(value)));
}

/** Weighted counts of terms, remembering the surface form each was written in most. */
class Counts {
  private readonly counts = new Map<string, { count: number; surfaces: Map<string, number> }>();

  add(term: string, weight: number, surface: string): void {
    const entry = this.counts.get(term) ?? { count: 0, surfaces: new Map<string, number>() };
    entry.count += weight;
    entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
    this.counts.set(term, entry);
  }

  entries(): { term: string; count: number; shown: string }[] {
    return [...this.counts].map(([term, { count, surfaces }]) => ({
      term,
      count,
      // Most frequent spelling; on a tie the first seen, since Map keeps insertion order and sort is stable.
      shown: [...surfaces].sort((a, b) => b[1] - a[1])[0]![0],
    }));
  }
}

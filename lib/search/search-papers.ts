/**
 * Popup search over the index: every word must match, the word being typed as a prefix, words of five letters or
 * more also with a typo or two; quoted phrases must stand together; field filters narrow the result. Papers whose
 * titles hold every word come first, by how well their titles match; then those whose titles and authors do, by how
 * well those match; then the papers that need their abstracts to match, by their whole score. When no paper has
 * every word, papers whose titles or authors have some of them are shown.
 *
 * Why titles and authors rank the first two groups on their own: then those groups can be found from title and
 * author postings alone, which are short, while an abstract's words make the posting lists of a large catalogue long.
 * When the first group, or the first two, fill the page, nothing more is searched and the answer is exactly the first
 * page of the full search; only the count is then a lower bound (`complete: false`).
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { PaperField, Scoring } from './paper-index';
import { papersWithEvery as papersWithEveryTerm, type SearchableIndex } from './sharded-index';
import type { SearchQuery, YearRange } from './query-syntax';
import { categoryKey, typedWords, wordPairs, type TypedWord } from './terms';

/**
 * The papers a query matches, best first, with the index terms each matched (for highlighting), and how many:
 * exactly, or at least (`complete: false`) when the abstracts were not searched.
 */
export interface SearchResults {
  matches: { key: string; terms: string[] }[];
  total: number;
  complete: boolean;
}

const TEXT_FIELDS: PaperField[] = ['title', 'authors', 'abstract'];
const TITLE_AND_AUTHORS: PaperField[] = ['title', 'authors'];
/**
 * A word being typed matches as a prefix from this many letters: one or two letters begin thousands of words in a
 * large catalogue, too many to look up on every keystroke and too many to mean anything yet.
 */
const MIN_PREFIX = 3;
/** Words shorter than this must be typed exactly: fuzzy matching drowns short words in noise (`bert` is not `best`). */
const FUZZY_MIN_LENGTH = 5;
/** A word of five letters or more may have one typo, of ten or more two (MiniSearch's `fuzzy` and `maxFuzzy`). */
const FUZZY = 0.2;
const MAX_FUZZY = 2;

/**
 * MiniSearch's scoring, spelled out (its defaults, titles boosted): `bestMatching` repeats it to pick the few papers
 * MiniSearch then scores.
 */
const SCORING: Scoring = { boost: { title: 4, authors: 2, abstract: 1 }, weights: { prefix: 0.375, fuzzy: 0.45 }, bm25: { k: 1.2, b: 0.7, d: 0.5 } };

/** One index term to look up, in some fields. */
interface TermSpec {
  term: string;
  prefix: boolean;
  fields: PaperField[];
}

/**
 * Searches the index. `only`, when given, limits results to those keys (the bookmarks a `tag:` or `is:bookmarked`
 * allows). `unhurried` always searches the abstracts too, for the exact count; its first page is the same.
 * `narrow` changes how much is read, never the answer: a pass over the postings counts the papers with every word and
 * picks the best of them, which MiniSearch alone then scores (see `PaperIndex.bestMatching`), and a query of filters
 * alone reads only the papers they name.
 *
 * @example
 * const { matches, total } = searchPapers(index, parseQuery('year:2019-2023 masked langu'), { limit: 20 });
 * matches[0]; // { key: '1910.14659', terms: ['mask', 'languag'] } (Masked Language Model Scoring), total 9
 */
export function searchPapers(
  index: SearchableIndex,
  query: SearchQuery,
  {
    limit,
    only,
    unhurried = false,
    narrow = true,
  }: { limit: number; only?: ReadonlySet<string>; unhurried?: boolean; narrow?: boolean },
): SearchResults {
  const { words: wordSpecs, phrases, authors, categories, years, everything } = lookupsOf(query);
  const allowed = [
    only,
    authors && papersWithEvery(index, authors),
    categories && papersWithEvery(index, categories),
  ].filter((keys): keys is ReadonlySet<string> => keys !== undefined);
  const keep = (key: string, stored: Record<string, unknown> | undefined) =>
    allowed.every((keys) => keys.has(key)) && inYears(stored?.date as string | undefined, years);
  const options: SearchOptions = { ...TERMS_AS_GIVEN, ...SCORING, filter: (result) => keep(result.id as string, result) };

  if (everything) {
    // A filter that names its papers (`author:`, `cat:`, a bookmark filter) is read from its smallest list, never
    // from every paper of the catalogue: `is:bookmarked` over 100,000 papers lists a few dozen.
    const [fewest] = narrow ? [...allowed].sort((a, b) => a.size - b.size) : [];
    const listed: Dated[] = fewest
      ? [...fewest].flatMap((key) => {
          if (!allowed.every((keys) => keys.has(key)) || !index.has(key)) return [];
          const date = index.getStoredFields(key)?.date;
          return inYears(date as string | undefined, years) ? [{ id: key, date }] : [];
        })
      : index.search(MiniSearch.wildcard, options);
    listed.sort(newestFirst);
    return { matches: listed.slice(0, limit).map((paper) => ({ key: paper.id as string, terms: [] })), total: listed.length, complete: true };
  }
  // Only function words (`the`): nothing to look for, rather than everything.
  if (wordSpecs.length + phrases.length === 0) return { matches: [], total: 0, complete: true };
  const keysOf = (results: SearchResult[]) => new Set(results.map((result) => result.id as string));
  const answer = (results: SearchResult[], total: number, complete: boolean): SearchResults => ({
    matches: results.slice(0, limit).map((result) => ({ key: result.id as string, terms: matchedTerms(result) })),
    total,
    complete,
  });

  /** Every word and every phrase, in whatever field (phrases hold title and abstract together). */
  const everyWordAndPhrase = () =>
    index.search(
      {
        combineWith: 'AND',
        queries: [
          ...(wordSpecs.length > 0 ? [{ combineWith: 'AND' as const, queries: wordSpecs.map(lookup) }] : []),
          ...phrases.map((phrase) => ({ combineWith: 'AND' as const, queries: phrase.required.map(lookup) })),
        ],
      },
      options,
    );
  const everyWord = [...wordSpecs, ...phrases.flatMap((phrase) => phrase.words)];
  const filtered = allowed.length > 0 || years.length > 0;
  /**
   * The papers with every one of `specs` (or, with `OR`, any) in `fields`, those of `skip` aside: the best `wanted`,
   * best first (or more), and how many. Narrowed, a pass over the postings finds and counts them and picks the best,
   * and MiniSearch scores those.
   */
  const matchingIn = (specs: TermSpec[], fields: PaperField[], wanted: number, skip: ReadonlySet<string>, combineWith: 'AND' | 'OR' = 'AND') => {
    const query: Query = { combineWith, queries: specs.map((spec) => lookup({ ...spec, fields })) };
    if (!narrow) {
      const all = index.search(query, options).filter((result) => !skip.has(result.id as string));
      return { best: all, count: all.length };
    }
    const terms = specs.map((spec) => ({ ...spec, fields, fuzzy: edits(spec) }));
    const { best, count } = index.bestMatching(terms, { scoring: SCORING, wanted: unhurried ? Infinity : wanted, skip, keep: filtered ? keep : undefined, combineWith });
    return { best: best.length > 0 ? index.searchAmong(new Set(best), query, options) : [], count };
  };

  let results: SearchResult[];
  let total: number;
  if (phrases.length === 0) {
    const inTitles = matchingIn(everyWord, ['title'], limit, new Set());
    if (inTitles.count >= limit && !unhurried) return answer(inTitles.best, inTitles.count, false);
    // Fewer than a page, or all of them: each group below is needed whole only up to the page's end.
    const inAuthors = matchingIn(everyWord, TITLE_AND_AUTHORS, limit - inTitles.best.length, keysOf(inTitles.best));
    const titled = [...inTitles.best, ...inAuthors.best];
    if (inTitles.count + inAuthors.count >= limit && !unhurried) return answer(titled, inTitles.count + inAuthors.count, false);
    const inAbstracts = matchingIn(everyWord, TEXT_FIELDS, limit - titled.length, keysOf(titled));
    results = [...titled, ...inAbstracts.best];
    total = inTitles.count + inAuthors.count + inAbstracts.count;
  } else {
    // Phrases live in a field of title and abstract together: a phrase query searches everything, and ranks each
    // group by its whole score.
    const inTitle = papersWithEvery(index, everyWord.map((spec) => ({ ...spec, fields: ['title'] })));
    const inTitleOrAuthors = papersWithEvery(index, everyWord.map((spec) => ({ ...spec, fields: TITLE_AND_AUTHORS })));
    const group = (result: SearchResult) => (inTitle.has(result.id as string) ? 0 : inTitleOrAuthors.has(result.id as string) ? 1 : 2);
    results = everyWordAndPhrase().sort((a, b) => group(a) - group(b) || byScore(a, b));
    total = results.length;
  }
  if (total > 0 || wordSpecs.length < 2) return answer(results, total, true);
  // No paper has every word: show those whose titles or authors have some of them rather than nothing. (Some word in
  // some abstract is true of most of a large catalogue, and tells nothing.)
  const some = matchingIn(wordSpecs, TITLE_AND_AUTHORS, limit, new Set(), 'OR');
  return answer(some.best, some.count, true);
}

/**
 * What a query looks up, as a string: the same index gives queries with the same key the same answer (`only` aside,
 * which is not part of it). While a word is typed its first letters are not looked up yet, so `masked l` has the key
 * of `masked `.
 *
 * @example
 * lookupKey(parseQuery('masked l')) === lookupKey(parseQuery('masked ')); // true
 */
export function lookupKey(query: SearchQuery): string {
  return JSON.stringify(lookupsOf(query));
}

/** What a query looks up in the index: its words, phrases and filters as index terms. */
function lookupsOf(query: SearchQuery) {
  return {
    words: withoutShortPrefix(query.words.flatMap((word) => specs(typedWords(word.text, word.typing), TEXT_FIELDS))),
    phrases: query.phrases.map((phrase) => phraseSpecs(typedWords(phrase.text, phrase.typing))),
    // A filter that names nothing to look for (`author:the`) allows nothing, rather than everything.
    authors: query.authors.length > 0 ? query.authors.flatMap((author) => specs(typedWords(author.text, author.typing), ['authors'])) : undefined,
    categories:
      query.categories.length > 0
        ? query.categories.map((category): TermSpec => ({ term: categoryKey(category), prefix: true, fields: ['categories'] }))
        : undefined,
    years: query.years,
    /** No word and no phrase typed: every paper the filters allow, newest first. */
    everything: query.words.length + query.phrases.length === 0,
  };
}

/** Terms reach the index ready-made (see `paper-index.ts`). */
const TERMS_AS_GIVEN: SearchOptions = { tokenize: (term) => [term], processTerm: (term) => term, maxFuzzy: MAX_FUZZY };

/**
 * The word being typed, while shorter than `MIN_PREFIX`, is left out when other words are there (`masked l` asks
 * for `masked`), and matches as a whole word when it is alone.
 */
function withoutShortPrefix(all: TermSpec[]): TermSpec[] {
  const isShortPrefix = (spec: TermSpec) => spec.prefix && spec.term.length < MIN_PREFIX;
  if (!all.some(isShortPrefix)) return all;
  const rest = all.filter((spec) => !isShortPrefix(spec));
  return rest.length > 0 ? rest : all.map((spec) => ({ ...spec, prefix: false }));
}

function specs(words: TypedWord[], fields: PaperField[]): TermSpec[] {
  return words.flatMap((word) => (word.term ? [{ term: word.term, prefix: word.prefix, fields }] : []));
}

/**
 * A quoted phrase as index lookups: its two-word phrases in the `phrases` field (the last one a prefix while it is
 * typed), and its words outside any two-word phrase (a one-word phrase, a word between function words) as words.
 * `words` are all its words, for telling where a paper matched.
 */
function phraseSpecs(list: TypedWord[]): { required: TermSpec[]; words: TermSpec[] } {
  const pairs = wordPairs(list);
  const paired = new Set(pairs.flat());
  return {
    required: [
      ...pairs.map(([first, second]) => ({ term: `${first.term} ${second.term}`, prefix: second.prefix, fields: ['phrases'] as PaperField[] })),
      ...specs(list.filter((word) => !paired.has(word)), TEXT_FIELDS),
    ],
    words: specs(list, TEXT_FIELDS),
  };
}

const byScore = (a: SearchResult, b: SearchResult) => b.score - a.score;

function isFuzzy(spec: TermSpec): boolean {
  return spec.fields.some((field) => TEXT_FIELDS.includes(field)) && spec.term.length >= FUZZY_MIN_LENGTH;
}

function lookup(spec: TermSpec): Query {
  return { queries: [spec.term], fields: spec.fields, prefix: spec.prefix, fuzzy: isFuzzy(spec) ? FUZZY : false };
}

/** The edits a spec's `lookup` allows, as MiniSearch counts them. */
function edits(spec: TermSpec): number {
  return isFuzzy(spec) ? Math.min(MAX_FUZZY, Math.round(spec.term.length * FUZZY)) : 0;
}

/** Keys of the papers matching every spec, as an AND of `lookup`s finds them. */
function papersWithEvery(index: SearchableIndex, all: TermSpec[]): Set<string> {
  return papersWithEveryTerm(index, all.map((spec) => ({ ...spec, fuzzy: edits(spec) })));
}

function inYears(date: string | undefined, years: readonly YearRange[]): boolean {
  if (years.length === 0) return true;
  const year = Number(date?.slice(0, 4));
  return years.some((range) => year >= range.from && year <= range.to);
}

/** A paper listed by date: its key, and its date when it has one. */
type Dated = { id: unknown; date?: unknown };

/** Papers without a date last; then by key, so the order is stable. */
function newestFirst(a: Dated, b: Dated): number {
  const [da, db] = [(a.date as string | undefined) ?? '', (b.date as string | undefined) ?? ''];
  return db.localeCompare(da) || String(a.id).localeCompare(String(b.id));
}

/** The index terms a result matched in title, authors or abstract, two-word phrases split into their words. */
function matchedTerms(result: SearchResult): string[] {
  const terms = Object.entries(result.match).flatMap(([term, fields]) =>
    fields.some((field) => TEXT_FIELDS.includes(field as PaperField) || field === 'phrases') ? term.split(' ') : [],
  );
  return [...new Set(terms)];
}

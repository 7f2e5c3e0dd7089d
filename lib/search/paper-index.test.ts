import type { Query, SearchOptions, SearchResult } from 'minisearch';
import { bundledPapers } from '../../tests/support/catalogue';
import { runAtOnce, runWithPauses } from '../steps';
import { ByteReader } from './byte-codec';
import { generatedPapers } from '../../tests/support/generated-catalogue';
import { FeatureCounter } from './feature-counter';
import { createPaperIndex, PaperIndex, type AbstractSelection, type IndexSnapshot, type LookedUpTerm, type Scoring, type WeighedTerm } from './paper-index';
import { ShardedIndex } from './sharded-index';
import type { Paper } from '../paper';
import { authorKey, terms } from './terms';

const snapshot = (index: PaperIndex) => runAtOnce(index.snapshotSteps());

const papers = [...bundledPapers.values()];
/** MiniSearch's own serialisation: two indexes that write the same JSON hold the same documents, terms and counts. */
const asJSON = (index: PaperIndex) => JSON.stringify(index);
/**
 * Whether two indexes hold the same. Terms are compared in alphabetical order: the order MiniSearch lists them in
 * depends on the order they were inserted in, as after its own `loadJSON`.
 */
const same = (a: PaperIndex, b: PaperIndex) => {
  const inOrder = (index: PaperIndex) => {
    const json = index.toJSON();
    return JSON.stringify({ ...json, index: json.index.sort(([x], [y]) => (x < y ? -1 : 1)) });
  };
  return inOrder(a) === inOrder(b);
};

describe('a snapshot', () => {
  test('restores the index exactly; it answers as the original does without its tree of terms, and with it', () => {
    const index = createPaperIndex(papers);
    const restored = PaperIndex.restore(snapshot(index));
    // Prefix and fuzzy matches are added up in the order of the terms, so sums may differ in their last bit.
    const answer = (searched: PaperIndex, query: string, options: SearchOptions) =>
      searched.search(query, options).map(({ id, score, terms }) => ({ id, score: score.toPrecision(12), terms: terms.sort() }));
    const exactAndPrefix: [string, SearchOptions][] = [
      ['masked language', { prefix: true }],
      ['bert', {}],
      ['distil', { prefix: true }],
      ['Yiming Cui', { fields: ['authors'] }],
    ];
    const withTypos: [string, SearchOptions][] = [...exactAndPrefix, ['pretrainin', { fuzzy: 0.2 }], ['masked langauge modle', { fuzzy: 0.3, prefix: true }]];
    for (const [query, options] of withTypos) expect(answer(restored, query, options)).toEqual(answer(index, query, options));
    expect(answer(index, 'masked langauge modle', { fuzzy: 0.3, prefix: true }).length).toBeGreaterThan(10);

    // Those were answered from the snapshot: the tree is built only when asked for (the index's JSON lists it).
    expect(restored.hasTermTree).toBe(false);
    expect(same(restored, index)).toBe(true);
    expect(restored.hasTermTree).toBe(true);
    for (const [query, options] of withTypos) expect(answer(restored, query, options)).toEqual(answer(index, query, options));
  });

  test('of an index that papers left and joined restores it exactly, and it still takes changes', () => {
    const [first, second, third, ...rest] = papers;
    const index = createPaperIndex(rest.slice(0, 40));
    index.discard(rest[5]!.key);
    index.remove(rest[7]!);
    index.addAll([first!, second!]);
    index.discard(rest[0]!.key);
    const restored = PaperIndex.restore(snapshot(index));
    expect(same(restored, index)).toBe(true);

    for (const changed of [index, restored]) {
      changed.add(third!);
      changed.discard(first!.key);
    }
    expect(same(restored, index)).toBe(true);
  });

  test('lists every term once, in sorted order, whatever order the index holds them in', () => {
    const index = createPaperIndex(papers);
    const { text, termSizes } = snapshot(index);
    const sizes = new ByteReader(termSizes);
    const listed: string[] = [];
    for (let start = 0; !sizes.atEnd; ) {
      const length = sizes.uint();
      sizes.uint();
      listed.push(text.slice(start, start + length));
      start += length;
    }
    const held = index.toJSON().index.map(([term]) => term);
    expect(held).not.toEqual([...held].sort());
    expect(listed).toEqual([...held].sort());
  });

  test('is the same written in steps, pausing as it goes, as written at once', async () => {
    const index = createPaperIndex(papers);
    let pauses = 0;
    const inSteps = await runWithPauses(index.snapshotSteps(), async () => {
      pauses += 1;
    });
    expect(inSteps).toEqual(snapshot(index));
    // The bundled catalogue has some thousands of terms: more than one step's worth.
    expect(pauses).toBeGreaterThan(1);
  });

  test('is far smaller than MiniSearch\'s JSON', () => {
    const index = createPaperIndex(papers);
    const { documents, text, termSizes, postings } = snapshot(index);
    const size = documents.length + text.length + termSizes.length + postings.length;
    expect(size).toBeLessThan(asJSON(index).length * 0.7);
  });

  test('from a snapshot builder is byte for byte the one the index of the same papers writes, and restores to answer as it', () => {
    const builder = PaperIndex.snapshotBuilder();
    for (const paper of papers) builder.add(paper);
    const collected = runAtOnce(builder.snapshotSteps());
    const index = createPaperIndex(papers);
    const built = snapshot(index);
    for (const part of ['documents', 'text', 'termSizes', 'postings', 'termStarts'] as const) expect(collected[part], part).toEqual(built[part]);

    const restored = PaperIndex.restore(collected);
    const answer = (searched: PaperIndex, query: string, options: SearchOptions) =>
      searched.search(query, options).map(({ id, score, terms }) => ({ id, score, terms }));
    const queries: [string, SearchOptions][] = [
      ['masked language', { prefix: true }],
      ['distil', { prefix: true }],
      ['pretrainin', { fuzzy: 0.2 }],
      ['Yiming Cui', { fields: ['authors'] }],
    ];
    for (const [query, options] of queries) {
      expect(answer(restored, query, options).length, query).toBeGreaterThan(0);
      expect(answer(restored, query, options), query).toEqual(answer(PaperIndex.restore(built), query, options));
    }
  });

  test('from a snapshot builder is byte for byte the built index’s for a large lean shard too, whose postings outgrow their first arrays', () => {
    const many = generatedPapers(1_500);
    const counter = new FeatureCounter();
    for (const paper of many) counter.add(paper);
    const lean: AbstractSelection = { terms: (list) => counter.heaviestTerms(list, 8), phrases: (list) => counter.heaviestPhrases(list, 4) };
    const builder = PaperIndex.snapshotBuilder(lean);
    for (const paper of many) builder.add(paper);
    const collected = runAtOnce(builder.snapshotSteps());
    const built = snapshot(createPaperIndex(many, lean));
    expect(PaperIndex.restore(built).termCount).toBeGreaterThan(4_096);
    for (const part of ['documents', 'text', 'termSizes', 'postings', 'termStarts'] as const) expect(collected[part], part).toEqual(built[part]);
  });

  test('from a snapshot builder is byte for byte the built index’s for papers with missing and odd fields, and refuses a key twice', () => {
    const odd: Paper[] = [
      { key: 'no-date', title: 'Adapters for language models', authors: ['Ada Lovelace'], abstract: 'Adapters adapt adapters.', categories: ['cs.CL'], links: [] },
      { key: 'no-authors', title: 'Anonymous pretraining', authors: [], abstract: '', categories: [], links: [], date: '2020-01' },
      // Names and categories that make empty keys, and a title of function words only.
      { key: 'odd-names', title: 'The and of', authors: ['—', '李', 'O. N. E.'], abstract: 'Language language LANGUAGE.', categories: [' ', 'cs.CL'], links: [], date: '2021-03-04' },
      { key: 'empty', title: '', authors: [], abstract: '', categories: [], links: [] },
    ];
    expect(odd.some((paper) => paper.authors.some((author) => authorKey(author) === ''))).toBe(true);
    const builder = PaperIndex.snapshotBuilder();
    for (const paper of [...odd, ...papers.slice(0, 20)]) builder.add(paper);
    const collected = runAtOnce(builder.snapshotSteps());
    const built = snapshot(createPaperIndex([...odd, ...papers.slice(0, 20)]));
    for (const part of ['documents', 'text', 'termSizes', 'postings', 'termStarts'] as const) expect(collected[part], part).toEqual(built[part]);
    expect(() => builder.add(odd[0]!)).toThrow(/duplicate ID no-date/);
  });

  test('of an empty index restores an empty index', () => {
    const index = createPaperIndex([]);
    const restored = PaperIndex.restore(snapshot(index));
    expect(restored.documentCount).toBe(0);
    expect(same(restored, index)).toBe(true);
  });

  test('of a small index holds its terms’ starts; one without them, as older snapshots are, restores the same index', () => {
    const index = createPaperIndex(papers.slice(0, 10));
    const stored = snapshot(index);
    expect(stored.termStarts?.text.length).toBe(stored.termStarts?.postings.length);
    expect(same(PaperIndex.restore(stored), index)).toBe(true);
    expect(same(PaperIndex.restore({ ...stored, termStarts: undefined }), index)).toBe(true);
  });

  test('that is damaged is refused with an error, never restored in part', () => {
    const stored = snapshot(createPaperIndex(papers.slice(0, 10)));
    const damaged: [string, IndexSnapshot][] = [
      ['cut short', { ...stored, postings: stored.postings.slice(0, stored.postings.length - 3) }],
      ['with bytes left over', { ...stored, postings: Uint8Array.from([...stored.postings, 1, 1]) }],
      ['with a term missing', { ...stored, termSizes: stored.termSizes.slice(2), termStarts: undefined }],
      ['with a term’s start missing', { ...stored, termStarts: { ...stored.termStarts!, text: stored.termStarts!.text.slice(1) } }],
      ['with its terms cut short', { ...stored, text: stored.text.slice(0, -2) }],
      ['with a document missing', { ...stored, documents: JSON.stringify({ ...JSON.parse(stored.documents), keys: [] }) }],
      ['with unreadable documents', { ...stored, documents: stored.documents.slice(0, 20) }],
    ];
    for (const [what, broken] of damaged) expect(() => PaperIndex.restore(broken), what).toThrow();
  });
});

describe('documentsSharing', () => {
  const lert = bundledPapers.get('2211.05344')!;
  // Title and abstract words of one paper, a phrase, its authors: terms of every field kind, some in many papers.
  const features: WeighedTerm[] = [
    ...[...new Set(terms(`${lert.title} pre-trained language model`))].map((term, i) => ({ term, fields: ['title', 'abstract'] as const, weight: 1 + (i % 3), counted: true })),
    { term: 'mask languag', fields: ['phrases'], weight: 2.5, counted: true },
    ...lert.authors.map((author) => ({ term: authorKey(author), fields: ['people'] as const, weight: 0.5, counted: false })),
  ];
  const enough = (weight: number, count: number) => count >= 6 || weight >= 9;

  /** Every paper that has any of the features, as MiniSearch finds them, with what each matched in which fields. */
  const anyFeature = (index: PaperIndex | ShardedIndex) =>
    index.search(
      { combineWith: 'OR', queries: features.map(({ term, fields }) => ({ queries: [term], fields: [...fields] })) },
      { tokenize: (term) => [term], processTerm: (term) => term },
    );
  const sharingKeys = (index: PaperIndex | ShardedIndex) => index.documentsSharing(features, enough).map((document) => document.key);
  /** The same as `documentsSharing` from MiniSearch's own matches. */
  const fromMatches = (index: PaperIndex | ShardedIndex) =>
    anyFeature(index)
      .filter((result) => {
        const shared = features.filter(({ term, fields }) => fields.some((field) => result.match[term]?.includes(field)));
        return enough(shared.reduce((sum, feature) => sum + feature.weight, 0), shared.filter((feature) => feature.counted).length);
      })
      .map((result) => result.id as string)
      .sort();

  test('are the papers whose matches add up to enough, a term found in two fields counting once', () => {
    const index = createPaperIndex(papers);
    const sharing = sharingKeys(index).sort();
    expect(sharing).toEqual(fromMatches(index));
    // Some papers pass and many do not: the comparison says something.
    expect(sharing.length).toBeGreaterThan(3);
    expect(sharing.length).toBeLessThan(anyFeature(index).length / 2);
  });

  test('with added terms: those add to what the others find, and find nothing themselves', () => {
    const index = createPaperIndex(papers);
    const everywhere = new Set(terms('pre-trained language model'));
    const [finding, adding] = [features.filter(({ term }) => !everywhere.has(term)), features.filter(({ term }) => everywhere.has(term))];
    const matched = (list: readonly WeighedTerm[], result: SearchResult) => list.filter(({ term, fields }) => fields.some((field) => result.match[term]?.includes(field)));
    const expected = anyFeature(index).flatMap((result) => {
      const shared = matched(features, result);
      const [weight, count] = [shared.reduce((sum, feature) => sum + feature.weight, 0), shared.filter((feature) => feature.counted).length];
      return matched(finding, result).length > 0 && enough(weight, count) ? [{ key: result.id as string, weight, count }] : [];
    });
    const found = index.documentsSharing(finding, enough, { adding });
    expect(found.map(({ key }) => key).sort()).toEqual(expected.map(({ key }) => key).sort());
    const byKey = new Map(expected.map((document) => [document.key, document]));
    for (const { key, weight, count } of found) {
      expect(weight, key).toBeCloseTo(byKey.get(key)!.weight, 9);
      expect(count, key).toBe(byKey.get(key)!.count);
    }
    // The added terms made the difference for some papers, and papers with only those are never found.
    expect(found.length).toBeGreaterThan(index.documentsSharing(finding, enough).length);
    const anyAtAll = () => true;
    expect(index.documentsSharing(finding, anyAtAll, { adding })).toHaveLength(index.documentsSharing(finding, anyAtAll).length);
    expect(index.documentsSharing(finding, anyAtAll).length).toBeLessThan(index.documentsSharing(features, anyAtAll).length);
  });

  test('leave out discarded papers, and read a restored index before it is completed', () => {
    const index = createPaperIndex(papers);
    const [dropped] = sharingKeys(index);
    index.discard(dropped!);
    expect(sharingKeys(index)).not.toContain(dropped);
    const restored = PaperIndex.restore(snapshot(index));
    expect(sharingKeys(restored).sort()).toEqual(fromMatches(index));
    expect(sharingKeys(restored)).not.toContain(dropped);
    expect(restored.hasTermTree).toBe(false);
  });

  test('of shards together are those of each shard', () => {
    const sharded = new ShardedIndex(new Map([['first', createPaperIndex(papers.slice(0, 60))], ['rest', createPaperIndex(papers.slice(60))]]));
    expect(sharingKeys(sharded).sort()).toEqual(fromMatches(sharded));
  });

  test('are the same asked again, whatever was asked in between (nothing is left over from one question)', () => {
    const index = createPaperIndex(papers);
    const first = sharingKeys(index).sort();
    index.documentsSharing(features.slice(0, 3), () => true);
    index.bestMatching([{ term: 'languag', fields: ['title'] }], { scoring: { boost: {}, weights: { prefix: 0.375, fuzzy: 0.45 }, bm25: { k: 1.2, b: 0.7, d: 0.5 } }, wanted: 5 });
    expect(sharingKeys(index).sort()).toEqual(first);
    expect(first).toEqual(fromMatches(index));
  });
});

describe('searchAmong', () => {
  const queries: [Query, SearchOptions][] = [
    ['mask languag', { fields: ['title', 'abstract'], boost: { title: 2 } }],
    ['pretrain', { prefix: true }],
    ['linguistc', { fuzzy: 0.2, fields: ['abstract'] }],
    ['cui', { fields: ['authors'], combineWith: 'AND' }],
    // Fields named by the parts of a query, and handed down to parts that name none.
    [{ combineWith: 'AND', queries: [{ queries: ['mask'], fields: ['title'] }, { queries: ['languag'], prefix: true }] }, { fields: ['abstract'] }],
    [{ combineWith: 'OR', queries: [{ queries: ['bert'], fields: ['title'] }, { queries: ['liu'], fields: ['authors'] }] }, {}],
  ];
  const asGiven: SearchOptions = { tokenize: (text) => text.split(' '), processTerm: (term) => term };
  /** Every paper whose key has an even last digit, and a key no index has. */
  const chosen = new Set([...papers.map((paper) => paper.key).filter((key) => /[02468]$/.test(key)), 'not-a-paper']);
  const amongAll = (index: PaperIndex | ShardedIndex, query: Query, options: SearchOptions) =>
    index.search(query, { ...asGiven, ...options }).filter((result) => chosen.has(result.id as string));

  test('answers as a search over all does for those papers: same scores, same order, same matches', () => {
    const built = createPaperIndex(papers);
    const changed = createPaperIndex(papers.slice(10));
    changed.addAll(papers.slice(0, 10));
    for (const index of [built, PaperIndex.restore(snapshot(built)), changed]) {
      for (const [query, options] of queries) {
        const all = amongAll(index, query, options);
        expect(index.searchAmong(chosen, query, { ...asGiven, ...options }), JSON.stringify(query)).toEqual(all);
        expect(all.length, JSON.stringify(query)).toBeGreaterThan(0);
      }
    }
  });

  test('of an index with papers discarded but not vacuumed, and of shards together, answers the same way', () => {
    const discarded = createPaperIndex(papers, undefined);
    for (const paper of papers.slice(0, 8)) discarded.discard(paper.key);
    const sharded = new ShardedIndex(new Map([['first', createPaperIndex(papers.slice(0, 60))], ['rest', discarded]]));
    for (const index of [discarded, sharded]) {
      for (const [query, options] of queries) expect(index.searchAmong(chosen, query, { ...asGiven, ...options }), JSON.stringify(query)).toEqual(amongAll(index, query, options));
    }
  });
});

describe('bestMatching', () => {
  const scoring: Scoring = { boost: { title: 3, authors: 2 }, weights: { prefix: 0.375, fuzzy: 0.45 }, bm25: { k: 1.2, b: 0.7, d: 0.5 } };
  const asGiven: SearchOptions = { tokenize: (term) => [term], processTerm: (term) => term, ...scoring };
  // Prefixes that begin many terms, typos, and words in titles, abstracts and author lists: every way terms match.
  const queries: LookedUpTerm[][] = [
    [{ term: 'pre', prefix: true, fields: ['title'] }],
    [{ term: 'model', prefix: true, fuzzy: 1, fields: ['title', 'abstract'] }],
    [{ term: 'languag', fuzzy: 1, fields: ['title', 'authors', 'abstract'] }, { term: 'repres', prefix: true, fields: ['title', 'authors', 'abstract'] }],
    [{ term: 'li', prefix: true, fields: ['authors'] }, { term: 'bert', fields: ['title', 'abstract'] }],
    [{ term: 'train', fields: ['abstract'] }, { term: 'train', prefix: true, fields: ['abstract'] }],
  ];
  const queryOf = (terms: LookedUpTerm[], combineWith: 'AND' | 'OR' = 'AND'): Query => ({
    combineWith,
    queries: terms.map(({ term, prefix, fuzzy, fields }) => ({ queries: [term], prefix, fuzzy, fields: [...fields] })),
  });
  const search = (index: PaperIndex | ShardedIndex, terms: LookedUpTerm[], combineWith: 'AND' | 'OR' = 'AND') =>
    index.search(queryOf(terms, combineWith), asGiven);
  /** The first `wanted` of a search over all, and as MiniSearch answers among the best that `bestMatching` picks. */
  const firstOfBoth = (index: PaperIndex | ShardedIndex, terms: LookedUpTerm[], wanted: number, combineWith: 'AND' | 'OR') => {
    const { best, count } = index.bestMatching(terms, { scoring, wanted, combineWith });
    const all = search(index, terms, combineWith);
    expect(count).toBe(all.length);
    return { all: all.slice(0, wanted), picked: index.searchAmong(new Set(best), queryOf(terms, combineWith), asGiven).slice(0, wanted), best };
  };

  test.each(['AND', 'OR'] as const)('picks the best of an %s as MiniSearch ranks them, ties at the edge included, and counts every match', (combineWith) => {
    const built = createPaperIndex(papers);
    const changed = createPaperIndex(papers.slice(10));
    changed.addAll(papers.slice(0, 10));
    const sharded = new ShardedIndex(new Map([['first', createPaperIndex(papers.slice(0, 60))], ['rest', createPaperIndex(papers.slice(60))]]));
    let fewer = 0;
    for (const index of [built, PaperIndex.restore(snapshot(built)), changed, sharded]) {
      for (const terms of queries) {
        for (const wanted of [1, 3, 10]) {
          const { all, picked, best } = firstOfBoth(index, terms, wanted, combineWith);
          expect(picked, JSON.stringify(terms)).toEqual(all);
          expect(all.length, JSON.stringify(terms)).toBeGreaterThan(0);
          if (best.length < search(index, terms, combineWith).length) fewer += 1;
        }
      }
    }
    // Most picks leave papers out: the pass does narrow.
    expect(fewer).toBeGreaterThan(40);
  });

  test('an OR that asks a term twice gives every match: MiniSearch counts the term once in its multiplier', () => {
    const index = createPaperIndex(papers);
    const terms = queries[4]!;
    const { best, count } = index.bestMatching(terms, { scoring, wanted: 1, combineWith: 'OR' });
    expect(best.sort()).toEqual(search(index, terms, 'OR').map((result) => result.id as string).sort());
    expect(count).toBe(best.length);
  });

  test.each(['AND', 'OR'] as const)('leaves out what it is told to skip and counts only what the filter keeps (%s)', (combineWith) => {
    const index = createPaperIndex(papers);
    const terms = combineWith === 'AND' ? queries[1]! : queries[2]!;
    const all = search(index, terms, combineWith);
    const skip = new Set(all.slice(0, 4).map((result) => result.id as string));
    const keep = (key: string, stored: Record<string, unknown> | undefined) => key.endsWith('1') || String(stored?.date).startsWith('2020');
    const kept = all.filter((result) => !skip.has(result.id as string) && keep(result.id as string, result));
    const { best, count } = index.bestMatching(terms, { scoring, wanted: 2, skip, keep, combineWith });
    expect(count).toBe(kept.length);
    expect(kept.length).toBeGreaterThan(2);
    expect(best).toEqual(expect.arrayContaining(kept.slice(0, 2).map((result) => result.id)));
    expect(best.some((key) => skip.has(key))).toBe(false);
  });

  test('gives every match of an index with discarded papers, whose scores depend on the walk', () => {
    const index = createPaperIndex(papers);
    const terms = queries[1]!;
    const [dropped] = search(index, terms);
    index.discard(dropped!.id as string);
    const { best, count } = index.bestMatching(terms, { scoring, wanted: 1 });
    expect(best.sort()).toEqual(search(index, terms).map((result) => result.id as string).sort());
    expect(count).toBe(best.length);
    expect(best).not.toContain(dropped!.id);
  });
});

import { generateCorpus } from '../../tests/bench/corpus';
import { bundledSeedPapers, recordToPaper } from '../../tests/bench/papers';
import type { Paper } from '../paper';
import { createPaperIndex } from './paper-index';
import { relatedCandidates, type RelatedCandidate } from './related';
import { TermStats } from './term-stats';

// A library large enough that many finding features are in more than 1% of it, shaped like arXiv abstracts.
const library = [...generateCorpus(bundledSeedPapers(), 3_000)].map(recordToPaper);
const index = createPaperIndex(library);
const stats = TermStats.of(library);
/** Scores are sums taken in another order when features are looked up in two steps: equal to 10 digits. */
const answer = (candidates: RelatedCandidate[]) =>
  candidates.map((candidate) => ({ ...candidate, score: candidate.score.toPrecision(10) })).sort((a, b) => (a.key < b.key ? -1 : 1));

test('looking up common finding features only for the candidates changes no list', () => {
  const asked: [Paper, Set<string>][] = [
    ...library.filter((_, i) => i % 60 === 0).map((paper): [Paper, Set<string>] => [paper, new Set([paper.key])]),
    // Papers outside the library, as a page being read is.
    ...bundledSeedPapers()
      .slice(0, 20)
      .map((paper): [Paper, Set<string>] => [paper, new Set()]),
  ];
  let listed = 0;
  for (const [paper, self] of asked) {
    const everyFeatureFirst = relatedCandidates(index, stats, paper, self, { rareShare: 1 });
    expect(answer(relatedCandidates(index, stats, paper, self)), paper.key).toEqual(answer(everyFeatureFirst));
    listed += everyFeatureFirst.length;
  }
  expect(listed).toBeGreaterThan(asked.length);
});

import { relatedQueries } from '../../tests/bench/workload';
import { GENERATED_CATALOGUE_TEST_MS, generatedPapers } from '../../tests/support/generated-catalogue';
import { buildShard } from '../library/shard';
import { relatedCandidates } from './related';

// A library large enough that most papers sharing a telling word share nothing more; lean, as a large pack's shard is.
const library = generatedPapers(3_000);

test('scoring only the papers that could be close enough changes no list', async () => {
  const { index, stats } = await buildShard(library, 'v', { lean: true });
  let listed = 0;
  for (const paper of relatedQueries(library, 40, 3)) {
    const self = new Set([paper.key]);
    const everyPaper = relatedCandidates(index, stats, paper, self, { narrow: false });
    expect(relatedCandidates(index, stats, paper, self), paper.key).toEqual(everyPaper);
    listed += everyPaper.length;
  }
  expect(listed).toBeGreaterThan(100);
}, GENERATED_CATALOGUE_TEST_MS);

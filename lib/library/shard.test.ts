import { bundledPapers } from '../../tests/support/catalogue';
import { generatedPapers } from '../../tests/support/generated-catalogue';
import { FeatureCounter } from '../search/feature-counter';
import type { Paper } from '../paper';
import { PaperIndex } from '../search/paper-index';
import { relatedQuery } from '../search/related';
import { phrases, terms } from '../search/terms';
import { runAtOnce } from '../steps';
import { buildShard, buildShardRow, shardRowSteps } from './shard';

const FILLER = Array.from({ length: 40 }, (_, i) => `filler${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);

/** Papers whose abstracts share 40 filler words, each with its own distinctive words; two share a phrase. */
function papers(): Paper[] {
  return Array.from({ length: 30 }, (_, n) => ({
    key: `2501.${String(n + 1).padStart(5, '0')}`,
    title: `Zebrafish lattice study ${n}`,
    authors: ['Ada Lovelace'],
    abstract: [
      `Distinctive${n} distinctive${n} distinctive${n} appears thrice.`,
      n < 2 ? 'Shared holographic tomography matters.' : `Lonely${n} tomography${n} matters.`,
      `Once${n} mentioned.`,
      `${FILLER.join(' ')}.`,
    ].join(' '),
    categories: ['q-bio.QM'],
    links: [],
  }));
}

/** Keys of the papers whose `field` holds the index term of `text` (a word, or a two-word phrase). */
const found = (shard: Awaited<ReturnType<typeof buildShard>>, text: string, field: string) => {
  const term = field === 'phrases' ? phrases(text)[0]! : terms(text)[0]!;
  return shard.index.search(term, { fields: [field], tokenize: (given) => [given], processTerm: (given) => given }).map((result) => result.id);
};

test('a lean shard indexes titles whole, each abstract by its key terms, and only the phrases papers share', async () => {
  const lean = await buildShard(papers(), 'v', { lean: true });
  const full = await buildShard(papers(), 'v', { lean: false });

  expect(found(lean, 'zebrafish', 'title')).toHaveLength(30);
  expect(found(lean, 'distinctive7', 'abstract')).toEqual(['2501.00008']);
  // A word every abstract has tells nothing about any one of them: it is no abstract's key term.
  expect(found(full, 'fillerbb', 'abstract')).toHaveLength(30);
  expect(found(lean, 'fillerbb', 'abstract')).toEqual([]);

  expect(found(lean, 'holographic tomography', 'phrases').sort()).toEqual(['2501.00001', '2501.00002']);
  expect(found(full, 'lonely5 tomography5', 'phrases')).toEqual(['2501.00006']);
  expect(found(lean, 'lonely5 tomography5', 'phrases')).toEqual([]);
});

test('a lean shard forgets features only one paper has, yet a paper of it weighs its own features as before', async () => {
  const [lean, full] = await Promise.all([buildShard(papers(), 'v', { lean: true }), buildShard(papers(), 'v', { lean: false })]);
  expect(lean.stats.documentFrequency('lonely5')).toBe(0);
  expect(full.stats.documentFrequency('lonely5')).toBe(1);
  const paper = papers()[5]!;
  expect(relatedQuery(paper, lean.stats, 1)).toEqual(relatedQuery(paper, full.stats, 1));
});

test('a shard built with pauses is the same as one built at once', async () => {
  const [paused, whole] = await Promise.all([buildShard(papers(), 'v', { pauseEveryMs: 0 }), buildShard(papers(), 'v')]);
  expect(JSON.stringify(paused.index)).toBe(JSON.stringify(whole.index));
});

test('a shard built only to be stored has the row of the same shard built to be searched, and restores to answer as it', async () => {
  const bundled = [...bundledPapers.values()];
  const pages = {
    count: bundled.length,
    async *pages() {
      for (let i = 0; i < bundled.length; i += 50) yield bundled.slice(i, i + 50);
    },
  };
  for (const lean of [true, false]) {
    const built = await buildShard(bundled, 'v', { lean });
    const expected = runAtOnce(shardRowSteps('pack', built));
    expect(await buildShardRow('pack', bundled, 'v', { lean }), `lean: ${lean}`).toEqual(expected);
    expect(await buildShardRow('pack', pages, 'v', { lean, pauseEveryMs: 0 }), `lean: ${lean}, in pages`).toEqual(expected);

    const restored = PaperIndex.restore((await buildShardRow('pack', bundled, 'v', { lean })).index);
    for (const [text, field] of [['language', 'title'], ['pretraining', 'abstract'], ['masked language', 'phrases']] as const) {
      const term = field === 'phrases' ? phrases(text)[0]! : terms(text)[0]!;
      const answer = (index: PaperIndex) =>
        index.search(term, { fields: [field], prefix: true, tokenize: (given) => [given], processTerm: (given) => given }).map(({ id, score }) => ({ id, score }));
      expect(answer(restored).length, text).toBeGreaterThan(0);
      expect(answer(restored), text).toEqual(answer(built.index));
    }
  }
});

test('a lean shard built from counts that kept the papers’ words is stored byte for byte as one that splits them again', async () => {
  const many = [...generatedPapers(1_000), ...bundledPapers.values()];
  const countedBy = (counter: FeatureCounter) => {
    for (const paper of many) counter.add(paper);
    return counter;
  };
  const kept = await buildShardRow('pack', many, 'v', { lean: true, counted: countedBy(new FeatureCounter({ keepText: true })) });
  const split = await buildShardRow('pack', many, 'v', { lean: true, counted: countedBy(new FeatureCounter()) });
  expect(kept).toEqual(split);
});

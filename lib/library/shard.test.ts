import type { Paper } from '../paper';
import { relatedQuery } from '../search/related';
import { phrases, terms } from '../search/terms';
import { buildShard } from './shard';

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

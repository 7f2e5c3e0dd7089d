import { bundledPapers } from '../../tests/support/catalogue';
import { generatedPapers, GENERATED_CATALOGUE_TEST_MS } from '../../tests/support/generated-catalogue';
import { runAtOnce } from '../steps';
import { PostingSlabs } from './field-postings';
import { createPaperIndex, PaperIndex } from './paper-index';
import { ByteWriter } from './byte-codec';
import { SnapshotTerms, writeTermData, type SnapshotTermList, type TermData } from './snapshot-terms';

const index = createPaperIndex([...bundledPapers.values()]);
/** Every term of the index as MiniSearch serialises it: fields and documents as object keys, in numeric order. */
const everyTerm = () => new Map(index.toJSON().index);

/** The index's terms as a snapshot lists them: sorted, each one's postings written where `postingStarts` says. */
const snapshot: SnapshotTermList = (() => {
  const terms = [...everyTerm()].sort(([a], [b]) => (a < b ? -1 : 1));
  const postings = new ByteWriter();
  const textStarts = [0];
  const postingStarts: number[] = [];
  for (const [term, fields] of terms) {
    postingStarts.push(postings.byteLength);
    const data: TermData = new Map(
      Object.entries(fields).map(([field, documents]) => [
        Number(field),
        new Map(Object.entries(documents).map(([document, frequency]) => [Number(document), frequency])),
      ]),
    );
    writeTermData(postings, data);
    textStarts.push(textStarts[textStarts.length - 1]! + term.length);
  }
  const text = terms.map(([term]) => term).join('');
  return { text, textStarts: Uint32Array.from(textStarts), postingStarts: Uint32Array.from(postingStarts), postings: postings.bytes() };
})();
const fresh = () => new SnapshotTerms(snapshot);
const asPlain = (data: TermData | undefined) => (data ? JSON.stringify([...data].map(([field, docs]) => [field, [...docs]])) : undefined);

test('a term is looked up and decoded alone, before the tree is complete', () => {
  const terms = fresh();
  const expected = everyTerm();
  for (const term of ['pretrain', 'mask languag', 'yiming cui', 'cs.cl', 'bert']) {
    expect(terms.has(term)).toBe(true);
    const serialised = Object.fromEntries([...terms.get(term)!].map(([field, docs]) => [field, Object.fromEntries(docs)]));
    expect(serialised).toEqual(expected.get(term));
  }
  expect(terms.get('no such term')).toBeUndefined();
  expect(terms.has('pretrainx')).toBe(false);
  expect(terms.get('')).toBeUndefined();
  expect(terms.isComplete).toBe(false);
});

test('a prefix lists the same terms before and after the tree is complete', () => {
  const terms = fresh();
  const before = (prefix: string) => [...terms.atPrefix(prefix)].map(([term, data]) => [term, asPlain(data)]).sort();
  const lists = ['pre', 'mask', 'zzz', 'bert', 'a'].map(before);
  expect(lists[0]!.length).toBeGreaterThan(5);
  expect(lists[2]).toEqual([]);
  expect(terms.isComplete).toBe(false);
  terms.complete();
  expect(terms.isComplete).toBe(true);
  expect(['pre', 'mask', 'zzz', 'bert', 'a'].map(before)).toEqual(lists);
});

test('termsWithPrefix lists what the complete tree lists, in its order, and the tree itself once the map changed', () => {
  const terms = fresh();
  const tree = fresh();
  tree.complete();
  const prefixes = [...new Set([...everyTerm().keys()].flatMap((term) => [term.slice(0, 1), term.slice(0, 2), term.slice(0, 3)]))];
  expect(prefixes.length).toBeGreaterThan(500);
  const listed = (list: [string, TermData][]) => list.map(([term, data]) => [term, asPlain(data)]);
  const byTree = (prefix: string) => listed([...tree.atPrefix(prefix)]);
  for (const prefix of prefixes) expect(listed(terms.termsWithPrefix(prefix))).toEqual(byTree(prefix));
  terms.complete();
  for (const prefix of prefixes) expect(listed(terms.termsWithPrefix(prefix))).toEqual(byTree(prefix));
  expect(terms.termsWithPrefix('pretrain').map(([term]) => term)).toContain('pretrain');

  terms.set('pretrainz', new Map([[0, new Map([[1, 1]])]]));
  tree.set('pretrainz', new Map([[0, new Map([[1, 1]])]]));
  expect(listed(terms.termsWithPrefix('pretrain'))).toEqual(byTree('pretrain'));
  expect(terms.termsWithPrefix('pretrain').map(([term]) => term)).toContain('pretrainz');
});

test('a typo lookup lists what the complete tree lists, in its order, without building the tree', () => {
  const terms = fresh();
  const tree = fresh();
  tree.complete();
  const listed = (found: Map<string, [TermData, number]>) => [...found].map(([term, [data, distance]]) => [term, asPlain(data), distance]);
  const words = [...everyTerm().keys()].filter((_, i) => i % 40 === 0);
  expect(words.length).toBeGreaterThan(50);
  for (const word of [...words, 'pretrian', 'lanugage']) {
    for (const edits of [1, 2]) expect(listed(terms.fuzzyGet(word, edits)), `${word} ~${edits}`).toEqual(listed(tree.fuzzyGet(word, edits)));
  }
  expect([...terms.fuzzyGet('pretrian', 2).keys()]).toContain('pretrain');
  expect(terms.isComplete).toBe(false);
});

test('decoded postings are read-only copies; once the tree is complete, lookups give its own maps, which MiniSearch edits', () => {
  const terms = fresh();
  const decoded = terms.get('pretrain')!;
  expect(terms.get('pretrain')).toBe(decoded);
  expect([...decoded.values()].every((documents) => !(documents instanceof Map))).toBe(true);
  terms.complete();
  const own = terms.get('pretrain')!;
  expect(asPlain(own)).toEqual(asPlain(decoded));
  expect([...own.values()].every((documents) => documents instanceof Map)).toBe(true);
  expect(terms.termsWithPrefix('pretrain').find(([term]) => term === 'pretrain')![1]).toBe(own);
  expect(terms.fuzzyGet('pretrian', 2).get('pretrain')![0]).toBe(own);
});

test('a change or a count completes the tree first', () => {
  const changed = fresh();
  changed.set('a new term', new Map([[0, new Map([[1, 1]])]]));
  expect(changed.isComplete).toBe(true);
  expect(changed.has('a new term')).toBe(true);
  expect(changed.has('pretrain')).toBe(true);
  changed.delete('pretrain');
  expect(changed.has('pretrain')).toBe(false);
  expect([...changed.fuzzyGet('pretrian', 2).keys()]).not.toContain('pretrain');

  const counted = fresh();
  expect(counted.size).toBe(everyTerm().size);
  expect(counted.isComplete).toBe(true);
});

test('postings written out of order read back in their order', () => {
  const postings = new ByteWriter();
  const data: TermData = new Map([[0, new Map([[5, 1], [2, 3], [9, 1]])], [1, new Map([[4, 2]])]]);
  writeTermData(postings, data);
  const terms = new SnapshotTerms({ text: 'bert', textStarts: Uint32Array.of(0, 4), postingStarts: Uint32Array.of(0), postings: postings.bytes() });
  expect(asPlain(terms.get('bert'))).toEqual(asPlain(data));
  expect(terms.get('bert')!.get(0)!.get(2)).toBe(3);
});

test('preparing decodes the long posting lists ahead, and only those; lookups then decode nothing more for them', () => {
  const large = PaperIndex.restore(runAtOnce(createPaperIndex(generatedPapers(1_500)).snapshotSteps()));
  const terms = (large as unknown as { _index: SnapshotTerms })._index;
  const common = ['model', 'languag', 'task'];
  const decoding = vi.spyOn(PostingSlabs.prototype, 'take');
  runAtOnce(terms.preparationSteps());
  expect(terms.isPrepared).toBe(true);
  const decodedAhead = decoding.mock.calls.length;
  expect(decodedAhead).toBeGreaterThan(0);
  for (const term of common) expect(terms.get(term)!.get(2)!.size, term).toBeGreaterThan(1_000);
  expect(decoding.mock.calls.length).toBe(decodedAhead);
  // A rare word's postings were left to its first lookup.
  expect(terms.get('xlnet')!.get(2)!.size).toBeLessThan(200);
  expect(decoding.mock.calls.length).toBeGreaterThan(decodedAhead);
  decoding.mockRestore();
}, GENERATED_CATALOGUE_TEST_MS);

test('a term list whose parts disagree is refused', () => {
  expect(() => new SnapshotTerms({ ...snapshot, textStarts: snapshot.textStarts.slice(1) })).toThrow(/disagree/);
  expect(() => new SnapshotTerms({ ...snapshot, postings: snapshot.postings.slice(0, -1) })).toThrow();
});

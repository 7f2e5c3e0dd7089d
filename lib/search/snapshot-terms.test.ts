import { bundledPapers } from '../../tests/support/catalogue';
import { runAtOnce } from '../steps';
import { createPaperIndex } from './paper-index';
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
  runAtOnce(terms.completionSteps());
  expect(terms.isComplete).toBe(true);
  expect(['pre', 'mask', 'zzz', 'bert', 'a'].map(before)).toEqual(lists);
});

test('termsWithPrefix lists what the complete tree lists, in its order, and the tree itself once the map changed', () => {
  const terms = fresh();
  const tree = fresh();
  runAtOnce(tree.completionSteps());
  const prefixes = [...new Set([...everyTerm().keys()].flatMap((term) => [term.slice(0, 1), term.slice(0, 2), term.slice(0, 3)]))];
  expect(prefixes.length).toBeGreaterThan(500);
  const listed = (list: [string, TermData][]) => list.map(([term, data]) => [term, asPlain(data)]);
  const byTree = (prefix: string) => listed([...tree.atPrefix(prefix)]);
  for (const prefix of prefixes) expect(listed(terms.termsWithPrefix(prefix))).toEqual(byTree(prefix));
  runAtOnce(terms.completionSteps());
  for (const prefix of prefixes) expect(listed(terms.termsWithPrefix(prefix))).toEqual(byTree(prefix));
  expect(terms.termsWithPrefix('pretrain').map(([term]) => term)).toContain('pretrain');

  terms.set('pretrainz', new Map([[0, new Map([[1, 1]])]]));
  tree.set('pretrainz', new Map([[0, new Map([[1, 1]])]]));
  expect(listed(terms.termsWithPrefix('pretrain'))).toEqual(byTree('pretrain'));
  expect(terms.termsWithPrefix('pretrain').map(([term]) => term)).toContain('pretrainz');
});

test('completing keeps the objects already decoded, so a change made through either is seen by both', () => {
  const terms = fresh();
  const decoded = terms.get('pretrain')!;
  let steps = 0;
  for (const _ of terms.completionSteps()) steps += 1;
  expect(steps).toBeGreaterThan(0);
  expect(terms.get('pretrain')).toBe(decoded);
});

test('a fuzzy lookup, a change or a count completes the tree first', () => {
  const fuzzy = fresh();
  expect([...fuzzy.fuzzyGet('pretrian', 2).keys()]).toContain('pretrain');
  expect(fuzzy.isComplete).toBe(true);

  const changed = fresh();
  changed.set('a new term', new Map([[0, new Map([[1, 1]])]]));
  expect(changed.isComplete).toBe(true);
  expect(changed.has('a new term')).toBe(true);
  expect(changed.has('pretrain')).toBe(true);
  changed.delete('pretrain');
  expect(changed.has('pretrain')).toBe(false);

  const counted = fresh();
  expect(counted.size).toBe(everyTerm().size);
  expect(counted.isComplete).toBe(true);
});

test('a term list whose parts disagree is refused', () => {
  expect(() => new SnapshotTerms({ ...snapshot, textStarts: snapshot.textStarts.slice(1) })).toThrow(/disagree/);
  expect(() => new SnapshotTerms({ ...snapshot, postings: snapshot.postings.slice(0, -1) })).toThrow();
});

import type { Bookmark } from '../paper';
import { samplePaper } from './memory-store';
import {
  bookmarkFromRecord,
  decodeRecord,
  encodeBookmark,
  fullNoteHash,
  ITEM_BYTES,
  itemBytes,
  itemKey,
  markedNote,
  readerState,
  textHash,
  type LiveRecord,
} from './record';

const T0 = 1_700_000_000_000;

function bookmark(extra: Partial<Bookmark> = {}): Bookmark {
  return { key: '2211.05344', paper: samplePaper(1, { key: '2211.05344', arxivId: '2211.05344' }), createdAt: T0, updatedAt: T0 + 5, tags: [], note: '', read: false, ...extra };
}

function encoded(value: Bookmark): LiveRecord {
  const record = encodeBookmark(value);
  if (!record) throw new Error('expected the bookmark to fit');
  expect(itemBytes(itemKey(value.key), record)).toBeLessThanOrEqual(ITEM_BYTES);
  return record;
}

describe('itemBytes charges what Chrome charges', () => {
  test('key plus JSON, in UTF-8', () => {
    expect(itemBytes('b:1', { t: 'ab' })).toBe(3 + '{"t":"ab"}'.length);
    expect(itemBytes('b:é', { t: '日本' })).toBe(4 + '{"t":""}'.length + 6);
    expect(itemBytes('b:1', { t: '😀' })).toBe(3 + '{"t":""}'.length + 4);
  });

  test("Chromium's escapes and its '.0' after numbers beyond 32 bits", () => {
    expect(itemBytes('k', { t: 'a<b' })).toBe(1 + '{"t":"a\\u003Cb"}'.length);
    expect(itemBytes('k', { t: '\u2028' })).toBe(1 + '{"t":"\\u2028"}'.length);
    expect(itemBytes('k', { c: T0, r: 1 })).toBe(1 + `{"c":${T0}.0,"r":1}`.length);
  });
});

describe('encoding', () => {
  test('a compact record: no abstract, the arXiv id only as the key, empty fields left out', () => {
    const value = bookmark({ paper: { ...samplePaper(1, { key: '2211.05344', arxivId: '2211.05344' }), abstract: 'A long abstract.', date: '2022-11-10', links: ['https://github.com/x/y'] }, tags: ['nlp'], read: true });
    expect(encoded(value)).toEqual({
      t: 'Paper 1', au: ['Ada Lovelace', 'Grace Hopper'], y: '2022-11-10', p: 'cs.CL', c: T0, m: T0 + 5, g: ['nlp'], r: 1,
    });
  });

  test('a device without the paper rebuilds its citation from the record', () => {
    const doiPaper = { key: 'doi:10.18653/v1/2021.naacl-main.208', doi: '10.18653/v1/2021.naacl-main.208', title: 'How many data points is a prompt worth?', authors: ['Teven Le Scao'], abstract: 'x', categories: [], links: [], url: 'https://aclanthology.org/2021.naacl-main.208/' };
    const record = encoded(bookmark({ key: doiPaper.key, paper: doiPaper }));
    expect(record).not.toHaveProperty('d');
    expect(bookmarkFromRecord(doiPaper.key, record, undefined).paper).toEqual({ ...doiPaper, abstract: '' });

    const arxiv = bookmark();
    expect(bookmarkFromRecord(arxiv.key, encoded(arxiv), undefined)).toEqual(arxiv);
  });

  test('a device that has the bookmark keeps its own richer snapshot', () => {
    const local = bookmark({ paper: { ...bookmark().paper, abstract: 'Kept.', authors: Array.from({ length: 30 }, (_, i) => `Author ${i}`) } });
    const remote = encoded({ ...local, tags: ['new'], updatedAt: T0 + 9 });
    expect(bookmarkFromRecord(local.key, remote, local)).toEqual({ ...local, tags: ['new'], updatedAt: T0 + 9 });
  });

  test('1,000 authors travel as the first ten and "et al."', () => {
    const authors = Array.from({ length: 1_000 }, (_, i) => `Author Number ${i}`);
    const record = encoded(bookmark({ paper: { ...bookmark().paper, authors } }));
    expect(record.au).toEqual([...authors.slice(0, 10), 'et al.']);
    expect(itemBytes('b:2211.05344', record)).toBeLessThan(500);
    // A snapshot rebuilt from it encodes to the same list.
    expect(encoded(bookmark({ paper: { ...bookmark().paper, authors: record.au! } })).au).toEqual(record.au);
  });

  test('overlong titles and author names are clipped, clipping twice changes nothing', () => {
    const record = encoded(bookmark({ paper: { ...bookmark().paper, title: 'T'.repeat(2_000), authors: ['N'.repeat(300)] } }));
    expect(Array.from(record.t)).toHaveLength(300);
    expect(record.t.endsWith('…')).toBe(true);
    expect(record.au![0]).toHaveLength(100);
    expect(encoded(bookmark({ paper: { ...bookmark().paper, title: record.t, authors: record.au! } }))).toEqual(record);
  });

  test.each([
    ['ASCII', 'a'.repeat(20_000)],
    ['Chinese', '注意力机制'.repeat(4_000)],
    ['emoji', '📄🔖'.repeat(10_000)],
    ['markup that Chromium escapes', '<b>x</b>'.repeat(2_500)],
  ])('a huge %s note is cut to fit, at a character boundary, with the hash of the whole', (_kind, note) => {
    const record = encoded(bookmark({ note, tags: ['to read'] }));
    expect(record.h).toBe(textHash(note));
    expect(note.startsWith(record.n!)).toBe(true);
    expect(record.n!.length).toBeGreaterThan(500);
    expect(record.n).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(itemBytes('b:2211.05344', record)).toBeGreaterThan(ITEM_BYTES - 20);
  });

  test('unicode everywhere fits and comes back intact', () => {
    const value = bookmark({ paper: { ...bookmark().paper, title: 'Ünïcödé: 注意力 📄', authors: ['Łukasz Kaiser', '李飞飞'] }, tags: ['日本語', 'ñ'], note: 'Zeile 1\nligne 2 — 😀 <ok>' });
    const record = encoded(value);
    expect(decodeRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    expect(bookmarkFromRecord(value.key, record, undefined)).toEqual(value);
  });

  test('a bookmark too big even without its note stays local (null)', () => {
    const tags = Array.from({ length: 100 }, (_, i) => `${i}${'<'.repeat(62)}`);
    expect(encodeBookmark(bookmark({ tags }))).toBeNull();
  });
});

describe('a note cut short by sync', () => {
  const fullNote = `${'Long reading notes. '.repeat(1_000)}The end.`;
  const fromWriter = encoded(bookmark({ note: fullNote }));

  test('arrives marked on a device that never had the full text', () => {
    const received = bookmarkFromRecord('2211.05344', fromWriter, undefined);
    expect(received.note).toBe(markedNote(fromWriter.n!, textHash(fullNote)));
    expect(received.note).toContain('cut short by sync');
    expect(fullNoteHash(received.note)).toBe(textHash(fullNote));
  });

  test('never replaces the full text on the device that has it, even when other fields win', () => {
    const writer = bookmark({ note: fullNote });
    const copy = bookmarkFromRecord('2211.05344', fromWriter, undefined);
    const taggedElsewhere = encoded({ ...copy, tags: ['tagged elsewhere'], updatedAt: T0 + 50 });
    expect(taggedElsewhere.h).toBe(textHash(fullNote));
    expect(bookmarkFromRecord(writer.key, taggedElsewhere, writer)).toEqual({ ...writer, tags: ['tagged elsewhere'], updatedAt: T0 + 50 });
  });

  test('the marked copy encodes to the very record it came from, and says the same as the original', () => {
    const copy = bookmarkFromRecord('2211.05344', fromWriter, undefined);
    expect(encoded(copy)).toEqual(fromWriter);
    expect(readerState(copy)).toBe(readerState(bookmark({ note: fullNote })));
    expect(readerState(fromWriter)).toBe(readerState(bookmark({ note: fullNote })));
  });

  test('a newer, different long note replaces an older note (last change wins), marked as cut short', () => {
    const older = bookmark({ note: 'an older short note' });
    expect(bookmarkFromRecord(older.key, fromWriter, older).note).toBe(markedNote(fromWriter.n!, textHash(fullNote)));
  });

  test('an edited copy whose mark the reader removed is an ordinary note again', () => {
    const copy = bookmarkFromRecord('2211.05344', fromWriter, undefined);
    const rewritten = encoded({ ...copy, note: 'Summary: rewritten.' });
    expect(rewritten).toMatchObject({ n: 'Summary: rewritten.' });
    expect(rewritten).not.toHaveProperty('h');
  });
});

describe('decoding', () => {
  test.each([
    ['a number', 42],
    ['a list', [1]],
    ['no title', { c: T0, m: T0 }],
    ['a text time', { t: 'x', c: 'yesterday', m: T0 }],
    ['tags that are not text', { t: 'x', c: T0, m: T0, g: [1] }],
    ['a tombstone with extras', { x: T0, t: 'x' }],
    ['a negative time', { x: -1 }],
    ['read as true', { t: 'x', c: T0, m: T0, r: true }],
  ])('rejects %s', (_kind, value) => {
    expect(decodeRecord(value)).toBeNull();
  });

  test('accepts records and tombstones', () => {
    expect(decodeRecord({ x: T0 })).toEqual({ x: T0 });
    expect(decodeRecord({ t: 'x', c: T0, m: T0, r: 1 })).toEqual({ t: 'x', c: T0, m: T0, r: 1 });
  });
});

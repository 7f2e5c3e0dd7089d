import { readFileSync } from 'node:fs';
import { bundledCatalogueText } from '../../tests/support/catalogue';
import { detectPackFormat, readPack, type PackFormat } from './read-pack';
import { collect, chunked } from './test-chunks';

const fixture = (name: string) => readFileSync(`tests/fixtures/packs/${name}`, 'utf8');

describe('detectPackFormat', () => {
  test.each<[string, string, PackFormat]>([
    ['arxiv-metadata-oai-snapshot.json', fixture('arxiv-metadata.jsonl'), 'arxiv-metadata'],
    ['pack.jsonl', fixture('sidenote-pack.jsonl'), 'sidenote'],
    ['plm-papers.jsonl', bundledCatalogueText, 'sidenote'],
    ['references.bib', fixture('references.bib'), 'bibtex'],
    ['REFS.BIBTEX', 'anything', 'bibtex'],
    ['export.txt', '\uFEFF\r\n% Zotero\r\n@article{key,\r\n', 'bibtex'],
    ['snapshot.json', '\uFEFF\r\n{"id": "0704.0001", "versions": [], "title": "x"}\r\n', 'arxiv-metadata'],
    ['header-only.jsonl', '{"sidenotePack": 1}', 'sidenote'],
  ])('%s', (fileName, firstChunk, format) => {
    expect(detectPackFormat(fileName, firstChunk)).toBe(format);
  });

  test('a first chunk that cuts the first line short is told apart by the fields before the cut', () => {
    const snapshotLine = fixture('arxiv-metadata.jsonl').split('\n')[0]!;
    expect(detectPackFormat('a.json', snapshotLine.slice(0, 200))).toBe('arxiv-metadata');
    expect(detectPackFormat('a.jsonl', bundledCatalogueText.slice(0, 30))).toBe('sidenote');
    // Field names quoted inside a value are not fields.
    expect(() => detectPackFormat('a.json', '{"title": "says \\"id\\": and \\"authors\\": \\"')).toThrow('its first record has neither');
  });

  test.each<[string, string, string]>([
    ['notes.txt', 'Dear reader,\nhello', 'notes.txt is not a catalogue pack: its first line is neither JSON nor a BibTeX entry.'],
    ['empty.jsonl', '\n\n', 'empty.jsonl is not a catalogue pack: it is empty.'],
    ['other.jsonl', '{"doi": "10.1/x", "title": "T"}\n', 'other.jsonl is not a catalogue pack: its first record has neither "arxivId" nor "id" with "authors".'],
    ['list.json', '[{"arxivId": "1706.03762"}]', 'list.json is not a catalogue pack: its first line is neither JSON nor a BibTeX entry.'],
  ])('%s is refused with a message naming the formats accepted', (fileName, firstChunk, start) => {
    expect(() => detectPackFormat(fileName, firstChunk)).toThrow(start);
    expect(() => detectPackFormat(fileName, firstChunk)).toThrow(/Sidenote pack .* arXiv's metadata snapshot .* BibTeX file \(\.bib\)/);
  });
});

describe('readPack', () => {
  test.each<[string, PackFormat, number]>([
    ['arxiv-metadata.jsonl', 'arxiv-metadata', 6],
    ['sidenote-pack.jsonl', 'sidenote', 3],
    ['references.bib', 'bibtex', 3],
  ])('reads %s as %s', async (name, format, papers) => {
    const items = await collect(readPack(chunked(fixture(name), [100]), format));
    expect(items.filter((item) => 'paper' in item)).toHaveLength(papers);
    expect(items.filter((item) => 'problem' in item)).toEqual([]);
  });

  test('a paper repeated in a snapshot is read once', async () => {
    const line = fixture('arxiv-metadata.jsonl').split('\n')[0]!;
    const items = await collect(readPack(chunked(`${line}\n${line}\n`, [64]), 'arxiv-metadata'));
    expect(items[1]).toEqual({ line: 2, problem: { line: 2, field: 'id', message: 'repeats the paper on line 1 (0704.0001)' } });
  });
});

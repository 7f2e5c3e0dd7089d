import { readFileSync } from 'node:fs';
import type { Bookmark } from '../paper';
import { parseBibtex } from './bibtex-reader';
import { toBibtex } from './bibtex-writer';
import { attention, bare, godel, maldacena, testBookmark, tricky } from './test-bookmarks';

describe('toBibtex', () => {
  test('writes an arXiv paper as arXiv does, with the reader\'s tags and note', () => {
    expect(toBibtex([attention])).toBe(
      [
        '@misc{vaswani2017attention,',
        '  title = {{Attention Is All You Need}},',
        '  author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki},',
        '  year = {2017},',
        '  month = jun,',
        '  date = {2017-06-12},',
        '  eprint = {1706.03762},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.CL},',
        '  url = {https://arxiv.org/abs/1706.03762},',
        '  abstract = {The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.},',
        '  keywords = {transformers, to read},',
        '  annote = {Section 3.2: scaled dot-product attention.\nRead twice.}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('writes old-style ids without version, and a month but no day', () => {
    expect(toBibtex([maldacena])).toBe(
      [
        '@misc{maldacena1997large,',
        '  title = {{The Large $N$ Limit of Superconformal Field Theories and Supergravity}},',
        '  author = {Maldacena, Juan M.},',
        '  year = {1997},',
        '  month = nov,',
        '  eprint = {hep-th/9711200},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {hep-th},',
        '  url = {https://arxiv.org/abs/hep-th/9711200},',
        '  keywords = {ads/cft}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('writes a paper known by its DOI with doi and url, and keeps UTF-8', () => {
    expect(toBibtex([godel])).toBe(
      [
        '@misc{godel1931uber,',
        '  title = {{Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I}},',
        '  author = {Gödel, Kurt},',
        '  year = {1931},',
        '  month = dec,',
        '  doi = {10.1007/bf01700692},',
        '  url = {https://doi.org/10.1007/bf01700692},',
        '  keywords = {logic, incompleteness}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('escapes special characters, keeps math that typesets, and writes every name form BibTeX reads back', () => {
    const bibtex = toBibtex([tricky]);
    expect(bibtex).toContain(
      '  title = {{R\\&D at 50\\% off: \\textbraceleft{}curly\\textbraceright{} braces, a\\_b, \\$5 \\textasciitilde{} \\textasciicircum{} \\# \\textbackslash{} and $O(n \\log n)$ sorting -{}- “quoted”}},',
    );
    expect(bibtex).toContain(
      '  author = {Müller, Jürgen and Ibáñez, José and Ørsted, Hans Christian and 李华 and van Beethoven, Ludwig and King, Jr., Martin Luther and {The ATLAS Collaboration}},',
    );
    expect(bibtex).toContain('  keywords = {c++, r\\&d},');
    expect(bibtex).not.toMatch(/^\s*(year|month|eprint|doi|url)/m);
  });

  test('writes only the title of a bookmark that has nothing else', () => {
    expect(toBibtex([bare])).toBe('@misc{anonuntitled,\n  title = {{Untitled Draft}}\n}\n');
  });

  test('braces a name word "and" so the author list is not split there', () => {
    const odd = testBookmark({ key: 'title:x', title: 'X', authors: ['Anna And Bob', 'Procter and Gamble Inc'] });
    expect(toBibtex([odd])).toContain('author = {Bob, Anna {And} and {Procter and Gamble Inc}}');
  });

  test('writes nothing for no bookmarks, and separates entries with a blank line', () => {
    expect(toBibtex([])).toBe('');
    expect(toBibtex([bare, maldacena])).toMatch(/^@misc\{anonuntitled,\n.*\n\}\n\n@misc\{maldacena1997large,\n/);
  });

  test('is stable: the same bookmarks give the same file, and a new bookmark renames no other entry', () => {
    const all = [attention, maldacena, godel, tricky, bare];
    const citationKeys = (bibtex: string) => bibtex.match(/^@misc\{[^,]+/gm);
    expect(toBibtex(all)).toBe(toBibtex(all));
    const newcomer = testBookmark({ key: '2106.09685', arxivId: '2106.09685', title: 'LoRA', authors: ['Edward J. Hu'], date: '2021-06' });
    expect(citationKeys(toBibtex([...all, newcomer]))).toEqual([...citationKeys(toBibtex(all))!, '@misc{hu2021lora']);
  });
});

describe('parseBibtex(toBibtex(bookmarks))', () => {
  /** What BibTeX carries: the paper as cited, tags and note (not the read state, times, links or the page read from). */
  function cited(bookmark: Bookmark) {
    const { paper } = bookmark;
    return {
      paper: {
        key: paper.key,
        arxivId: paper.arxivId,
        doi: paper.doi,
        title: paper.title,
        authors: paper.authors,
        abstract: paper.abstract,
        date: paper.date,
        primaryCategory: paper.categories[0],
      },
      tags: bookmark.tags,
      note: bookmark.note,
    };
  }

  test.each([
    ['an arXiv paper with a full date', attention],
    ['an old-style arXiv id', maldacena],
    ['a DOI and accents', godel],
    ['special characters, math, every name form', tricky],
    ['a bookmark with nothing but a title', bare],
  ])('gives back the same paper, tags and note: %s', (_, bookmark) => {
    const { entries, problems } = parseBibtex(toBibtex([bookmark]));
    expect(problems).toEqual([]);
    expect(entries.map(({ paper, tags, note }) => cited({ ...bookmark, paper, tags, note }))).toEqual([cited(bookmark)]);
  });

  test.each(['zotero-export.bib', 'arxiv-export.bib', 'tricky.bib'])('gives back what was read from %s', (name) => {
    const read = parseBibtex(readFileSync(`tests/fixtures/exchange/${name}`, 'utf8')).entries.map((entry, index) =>
      testBookmark(entry.paper, { tags: entry.tags, note: entry.note, createdAt: index }),
    );
    const reread = parseBibtex(toBibtex(read)).entries;
    expect(reread.map(({ paper, tags, note }) => cited({ ...read[0]!, paper, tags, note }))).toEqual(read.map(cited));
  });

  test('keeps text that only looks like BibTeX inside a note', () => {
    const sneaky = testBookmark({ key: 'title:sneaky', title: 'Sneaky' }, { note: 'Copied:\n@misc{other,\n  title = {Other}}\n}' });
    const { entries, problems } = parseBibtex(toBibtex([sneaky, attention]));
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.note)).toEqual([sneaky.note, attention.note]);
  });
});

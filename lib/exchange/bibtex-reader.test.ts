import { readFileSync } from 'node:fs';
import { parseBibtex, type ParsedEntry } from './bibtex-reader';
import { ImportError } from './import-error';

function fixture(name: string): string {
  return readFileSync(`tests/fixtures/exchange/${name}`, 'utf8');
}

function entriesOf(text: string): ParsedEntry[] {
  const { entries, problems } = parseBibtex(text);
  expect(problems).toEqual([]);
  return entries;
}

function onlyEntry(text: string): ParsedEntry {
  const entries = entriesOf(text);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

describe('parseBibtex on files other tools write', () => {
  test("arXiv's Export BibTeX Citation: eprint, primaryClass, old-style ids, First Last names", () => {
    const [attention, maldacena, bert] = entriesOf(fixture('arxiv-export.bib'));
    expect(attention).toMatchObject({
      citationKey: 'vaswani2023attentionneed',
      line: 7,
      type: 'misc',
      paper: {
        key: '1706.03762',
        arxivId: '1706.03762',
        title: 'Attention Is All You Need',
        // The file's year is the latest version's; a year alone gives the month the id was issued in.
        date: '2017-06',
        categories: ['cs.CL'],
      },
      tags: [],
      note: '',
    });
    // The abstract page follows from the id; a URL is kept only when it says more.
    expect(attention!.paper.url).toBeUndefined();
    expect(attention!.paper.authors).toEqual([
      'Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin',
    ]);
    expect(maldacena!.paper).toMatchObject({ key: 'hep-th/9711200', arxivId: 'hep-th/9711200', date: '1997-11', authors: ['Juan M. Maldacena'] });
    // The DataCite record: the id from the arXiv DOI, subjects as categories, FOS fields dropped, no tags.
    expect(bert).toMatchObject({
      citationKey: 'https://doi.org/10.48550/arxiv.1810.04805',
      paper: { key: '1810.04805', arxivId: '1810.04805', doi: '10.48550/arxiv.1810.04805', categories: ['cs.CL'], date: '2018-10' },
      tags: [],
    });
  });

  test("Zotero's export: LaTeX accents, per-word case braces, ids in url and doi, tags, child notes", () => {
    const [attention, godel, orsted, muller, witten] = entriesOf(fixture('zotero-export.bib'));
    expect(attention).toMatchObject({
      paper: { key: '1706.03762', arxivId: '1706.03762', doi: '10.48550/arxiv.1706.03762', title: 'Attention Is All You Need', date: '2023-08' },
      tags: ['computer science - computation and language', 'computer science - machine learning'],
      // `note = {arXiv:1706.03762 [cs]}` only repeats the id; the child note in `annote` is the reader's.
      note: 'Comment: 15 pages, 5 figures',
    });
    expect(godel).toMatchObject({
      paper: {
        key: 'doi:10.1007/bf01700692',
        doi: '10.1007/bf01700692',
        title: 'Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I',
        authors: ['Kurt Gödel'],
        date: '1931-12',
      },
      tags: ['incompleteness', 'logic'],
    });
    expect(orsted!.paper).toMatchObject({ key: 'title:experimenta-circa-effectum-conflictus-electrici-in-acum-magneticam', authors: ['Hans Christian Ørsted'] });
    // A year without a month says nothing `Paper.date` can hold.
    expect(orsted!.paper.date).toBeUndefined();
    expect(muller!.paper).toMatchObject({
      title: 'Neural Cañada: Sprachmodelle für Straßennamen & Ortsnamen',
      authors: ['Jürgen Müller', 'José Ibáñez', 'Wei Zhang', 'Jiří Škoda', '李华'],
      date: '2021-06',
    });
    expect(witten).toMatchObject({
      paper: { key: 'hep-th/9802150', arxivId: 'hep-th/9802150', title: 'Anti de Sitter space and holography' },
      note: "Read with Maldacena's paper.\nSection 2 is the key one.",
    });
  });

  test('a hand-written file with macros, comments, every name form, escapes, math and missing fields', () => {
    const [bert, harvey, braces, oldStyle, mendeley, nothing, noTitle, quirks] = entriesOf(fixture('tricky.bib'));
    expect(bert).toMatchObject({
      citationKey: 'devlin2019bert',
      // Google Scholar's `journal = {arXiv preprint arXiv:…}` names the arXiv id.
      paper: { key: '1810.04805', arxivId: '1810.04805', title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding', date: '2019-06' },
      tags: ['nlp', 'pretraining', 'to read'],
    });
    expect(harvey!.paper).toMatchObject({
      key: 'doi:10.4007/annals.2021.193.2.4',
      title: 'Integer multiplication in time $O(n \\log n)$',
      authors: ['David Harvey', 'Joris van der Hoeven'],
      date: '2021-03',
    });
    expect(braces).toMatchObject({
      paper: {
        title: 'R&D at 50% off: the {curly} _underscore_, $5 ~ and ß–æ — a guide',
        authors: ['Martin Luther King Jr.', 'Ludwig van Beethoven', 'The ATLAS Collaboration', 'Guy L. Steele Jr'],
        date: '2020-02-29',
      },
      note: 'First paragraph.\n\nSecond paragraph with a tie.',
    });
    expect(oldStyle!.paper).toMatchObject({ key: 'hep-th/9901001', arxivId: 'hep-th/9901001', categories: ['hep-th'], date: '1999-01' });
    expect(mendeley!.paper).toMatchObject({ key: '2106.09685', arxivId: '2106.09685', authors: [], date: '2021-06' });
    expect(nothing!.paper).toEqual({
      key: 'title:an-anonymous-undated-note',
      title: 'An Anonymous Undated Note',
      authors: [],
      abstract: '',
      categories: [],
      links: [],
    });
    // Read as it is; the import plan rejects it for having no title.
    expect(noTitle!.paper).toMatchObject({ title: '', authors: ['Nemo Nobody'] });
    expect(quirks).toMatchObject({
      paper: { key: 'title:muller-s-ober-paper', title: "Müller's Öber Paper", authors: ['Thomas Müller'] },
      warnings: [
        'The macro "undefinedmacro" in "journal" is not defined by any @string; it was left empty.',
        'The field "title" appears twice; the first one is used.',
        '"doi = not a doi" is not a DOI; it was left out.',
        '"year = circa 1900" is not a year; it was left out.',
      ],
    });
    expect(quirks!.paper.doi).toBeUndefined();
  });

  test('a CRLF file reads exactly like the same file with LF line ends', () => {
    for (const name of ['zotero-export.bib', 'arxiv-export.bib', 'tricky.bib']) {
      const text = fixture(name);
      expect(parseBibtex(text.replace(/\n/g, '\r\n'))).toEqual(parseBibtex(text));
    }
  });
});

describe('parseBibtex: where the arXiv id comes from', () => {
  test.each<[string, string]>([
    ['eprint = {1706.03762v5}', '1706.03762'],
    ['eprint = {arXiv:1706.03762}, archivePrefix = {arXiv}', '1706.03762'],
    ['eprint = {2106.09685}, eprinttype = {arxiv}', '2106.09685'],
    ['eprint = {hep-th/9901001}', 'hep-th/9901001'],
    ['eprint = {math.CA/0611800}', 'math/0611800'],
    ['eprint = {9901001}, primaryClass = {hep-th}', 'hep-th/9901001'],
    ['arxiv = {2106.09685}', '2106.09685'],
    ['arxivid = {1706.03762v2}', '1706.03762'],
    ['doi = {10.48550/arXiv.2106.09685}', '2106.09685'],
    ['url = {https://arxiv.org/pdf/2106.09685v2}', '2106.09685'],
    ['journal = {arXiv preprint arXiv:2106.09685}', '2106.09685'],
    ['howpublished = {arXiv:hep-th/9901001}', 'hep-th/9901001'],
  ])('%s', (fields, arxivId) => {
    expect(onlyEntry(`@misc{k, title = {T}, ${fields}}`).paper).toMatchObject({ key: arxivId, arxivId });
  });

  test('an eprint of another archive is not an arXiv id', () => {
    const entry = onlyEntry('@misc{k, title = {T}, eprint = {1706.03762}, eprinttype = {pubmed}}');
    expect(entry.paper.arxivId).toBeUndefined();
    expect(entry.paper.key).toBe('title:t');
  });

  test('a paper with neither arXiv id nor DOI is keyed by its title; with a DOI by the DOI', () => {
    expect(onlyEntry('@misc{k, title = {A Statistical Model}}').paper.key).toBe('title:a-statistical-model');
    expect(onlyEntry('@misc{k, title = {A}, doi = {10.1103/PhysRevLett.116.061102}}').paper).toMatchObject({
      key: 'doi:10.1103/physrevlett.116.061102',
      doi: '10.1103/physrevlett.116.061102',
    });
    expect(onlyEntry('@misc{k, title = {A}, url = {https://doi.org/10.1000/182}}').paper.doi).toBe('10.1000/182');
  });

  test('keeps a URL only when it is more than the page of the paper\'s own arXiv id or DOI', () => {
    const url = (fields: string) => onlyEntry(`@misc{k, title = {T}, ${fields}}`).paper.url;
    expect(url('url = {https://aclanthology.org/2021.naacl-main.208}, doi = {10.18653/v1/2021.naacl-main.208}')).toBe(
      'https://aclanthology.org/2021.naacl-main.208',
    );
    expect(url('url = {https://huggingface.co/papers/1706.03762}, eprint = {1706.03762}')).toBeUndefined();
    expect(url('url = {https://arxiv.org/abs/1706.03762v2}, eprint = {1706.03762}')).toBeUndefined();
    expect(url('url = {https://doi.org/10.1000/182}, doi = {10.1000/182}')).toBeUndefined();
    expect(url('url = {ftp://example.org/paper.pdf}')).toBeUndefined();
  });
});

describe('parseBibtex: dates', () => {
  test.each<[string, string | undefined]>([
    ['year = 2019, month = jun', '2019-06'],
    ['year = {2019}, month = {6}', '2019-06'],
    ['year = {2019}, month = {Jun.}', '2019-06'],
    ['year = {2019}, month = "September"', '2019-09'],
    ['date = {2019-06-14}', '2019-06-14'],
    ['date = {2019-06}', '2019-06'],
    ['date = {2019-06-14/2019-06-16}, year = {2018}', '2019-06-14'],
    ['date = {2019}, month = {jul}', '2019-07'],
    ['year = {2019}', undefined],
    ['', undefined],
  ])('%s → %s', (fields, date) => {
    expect(onlyEntry(`@misc{k, title = {T}, ${fields}}`).paper.date).toBe(date);
  });

  test('a year alone gives an arXiv paper the month of its id', () => {
    expect(onlyEntry('@misc{k, title = {T}, year = {2023}, eprint = {1706.03762}}').paper.date).toBe('2017-06');
  });

  test('impossible dates are left out with a warning', () => {
    const entry = onlyEntry('@misc{k, title = {T}, date = {2019-02-30}, year = {2019}, month = {13}}');
    expect(entry.paper.date).toBeUndefined();
    expect(entry.warnings).toEqual([
      '"date = 2019-02-30" is not a date like 2017-06-12; it was left out.',
      '"month = 13" is not a month; it was left out.',
    ]);
  });
});

describe('parseBibtex: tags and notes', () => {
  test('keywords split on commas and semicolons become normalised tags', () => {
    expect(onlyEntry('@misc{k, title = {T}, keywords = {NLP;  To  Read , nlp,, r\\&d}}').tags).toEqual(['nlp', 'to read', 'r&d']);
  });

  test('annote and note both go into the note, line breaks kept', () => {
    expect(onlyEntry('@misc{k, title = {T}, annote = {Mine.\n\nStill mine.}, note = {Accepted at ICML}}').note).toBe(
      'Mine.\n\nStill mine.\n\nAccepted at ICML',
    );
  });
});

describe('parseBibtex: broken files', () => {
  test('a file without entries is not a BibTeX file', () => {
    expect(() => parseBibtex('{"format": "sidenote-backup"}')).toThrow(ImportError);
    expect(() => parseBibtex('')).toThrow('The file holds no BibTeX entries: no line like "@article{key, title = {…}}" was found.');
  });

  test('unbalanced braces fail the file with the line', () => {
    expect(() => parseBibtex('@misc{a, title = {A}}\n@misc{b, title = {B}\n')).toThrow(
      'Line 2: the entry "@misc{b" is not closed properly: it is still open at the end of the file (a "}" is missing).',
    );
  });

  test('an entry with a syntax error is reported and the others are read', () => {
    const { entries, problems } = parseBibtex('@misc{a, title = {A}}\n@misc{b,\n  title = {B}\n  year = 2001}\n@misc{c, title = {C}}');
    expect(entries.map((entry) => entry.paper.title)).toEqual(['A', 'C']);
    expect(problems).toEqual([{ line: 4, message: 'In the entry "b": expected "," after the value of "title", found "year = 2001".' }]);
  });
});

import { toBibtex } from './bibtex-writer';
import { toCslJson, type CslItem } from './csl-json';
import { attention, bare, godel, maldacena, testBookmark, tricky } from './test-bookmarks';

function items(...bookmarks: Parameters<typeof toCslJson>[0]): CslItem[] {
  return JSON.parse(toCslJson(bookmarks)) as CslItem[];
}

describe('toCslJson', () => {
  test('writes an arXiv preprint as Zotero does: article, arXiv as publisher, arXiv:<id> as number', () => {
    expect(items(attention)).toEqual([
      {
        id: 'vaswani2017attention',
        type: 'article',
        title: 'Attention Is All You Need',
        author: [
          { family: 'Vaswani', given: 'Ashish' },
          { family: 'Shazeer', given: 'Noam' },
          { family: 'Parmar', given: 'Niki' },
        ],
        issued: { 'date-parts': [[2017, 6, 12]] },
        abstract: 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
        URL: 'https://arxiv.org/abs/1706.03762',
        number: 'arXiv:1706.03762',
        publisher: 'arXiv',
        keyword: 'transformers, to read',
        note: 'Section 3.2: scaled dot-product attention.\nRead twice.',
      },
    ]);
  });

  test('writes old-style ids, a month without a day, and a DOI-only paper as article-journal', () => {
    expect(items(maldacena, godel)).toEqual([
      {
        id: 'maldacena1997large',
        type: 'article',
        title: 'The Large $N$ Limit of Superconformal Field Theories and Supergravity',
        author: [{ family: 'Maldacena', given: 'Juan M.' }],
        issued: { 'date-parts': [[1997, 11]] },
        URL: 'https://arxiv.org/abs/hep-th/9711200',
        number: 'arXiv:hep-th/9711200',
        publisher: 'arXiv',
        keyword: 'ads/cft',
      },
      {
        id: 'godel1931uber',
        type: 'article-journal',
        title: 'Über formal unentscheidbare Sätze der Principia Mathematica und verwandter Systeme I',
        author: [{ family: 'Gödel', given: 'Kurt' }],
        issued: { 'date-parts': [[1931, 12]] },
        DOI: '10.1007/bf01700692',
        URL: 'https://doi.org/10.1007/bf01700692',
        keyword: 'logic, incompleteness',
      },
    ]);
  });

  test('splits names into CSL parts, keeps organisations whole, and text as plain Unicode', () => {
    const [item] = items(tricky);
    expect(item!.title).toBe(tricky.paper.title);
    expect(item!.author).toEqual([
      { family: 'Müller', given: 'Jürgen' },
      { family: 'Ibáñez', given: 'José' },
      { family: 'Ørsted', given: 'Hans Christian' },
      { family: '李华' },
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
      { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
      { literal: 'The ATLAS Collaboration' },
    ]);
  });

  test('leaves out what is unknown', () => {
    expect(items(bare)).toEqual([{ id: 'anonuntitled', type: 'article', title: 'Untitled Draft' }]);
  });

  test('uses the BibTeX export\'s citation keys as ids, unique within the file', () => {
    const twin = testBookmark({ ...attention.paper, key: 'title:twin', arxivId: undefined }, { createdAt: attention.createdAt + 1 });
    const all = [attention, maldacena, godel, tricky, bare, twin];
    const ids = items(...all).map((item) => item.id);
    expect(ids).toEqual(toBibtex(all).match(/^@misc\{([^,]+),/gm)!.map((line) => line.slice(6, -1)));
    expect(new Set(ids).size).toBe(all.length);
  });

  test('writes an empty list for no bookmarks', () => {
    expect(toCslJson([])).toBe('[]\n');
  });
});

/** Popup search through the library: the real catalogue, plus bookmarks where a query needs them. */
import { SidenoteDatabase } from '../db/database';
import { Library } from '../library/library';
import type { Paper, SearchHit } from '../paper';
import { bundledCatalogueText, bundledPaper, bundledPapers } from '../../tests/support/catalogue';
import { matchedWords, snippet } from './snippet';

const catalogue = () => Promise.resolve(bundledCatalogueText);
const newLibrary = () => new Library(new SidenoteDatabase(), catalogue);
const keys = (hits: SearchHit[]) => hits.map((hit) => hit.paper.key);
const yearOf = (paper: Paper) => Number(paper.date?.slice(0, 4));
const ALL = 200;

/** A page of three for `query`, as the popup asks and as an unhurried search answers, from a fresh library. */
async function quickAndUnhurried(query: string): Promise<{ quick: SearchHit[]; unhurried: SearchHit[] }> {
  const library = newLibrary();
  return { quick: await library.search(query, 3), unhurried: await library.search(query, 3, { unhurried: true }) };
}

describe('field filters', () => {
  test('author: matches a word of an author’s name; quoted, all its words', async () => {
    const library = newLibrary();
    expect(keys(await library.search('author:cui', ALL)).sort()).toEqual(['2011.01513', '2211.05344', '2404.08947']);
    expect(keys(await library.search('author:"yiming cui"', ALL)).sort()).toEqual(['2011.01513', '2211.05344']);
    expect(keys(await library.search('author:cui zero-shot', ALL))).toEqual(['2404.08947']);
  });

  test('year: takes a year or a range; cat: a category or a whole archive; together they all hold', async () => {
    const library = newLibrary();
    const expected = [...bundledPapers.values()].filter((p) => yearOf(p) >= 2020 && yearOf(p) <= 2021 && p.categories.includes('cs.CL'));
    const hits = await library.search('year:2020-2021 cat:cs.CL', ALL);
    expect(keys(hits).sort()).toEqual(expected.map((p) => p.key).sort());
    expect(hits[0]?.total).toBe(expected.length);
    for (const hit of await library.search('year:2023 continual', ALL)) expect(yearOf(hit.paper)).toBe(2023);
    const archive = await library.search('cat:cs', ALL);
    expect(archive.length).toBe([...bundledPapers.values()].filter((p) => p.categories.some((c) => c.startsWith('cs.'))).length);
  });

  test('a query of filters only lists its papers newest first', async () => {
    const dates = (await newLibrary().search('author:cui', ALL)).map((hit) => hit.paper.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('tag: and is:bookmarked keep to the bookmarks that have them', async () => {
    const library = newLibrary();
    for (const key of ['2211.05344', '2004.09297', '2106.02241']) await library.toggleBookmark(bundledPaper(key));
    await library.updateBookmark('2211.05344', { tags: ['reading', 'chinese'] });
    await library.updateBookmark('2004.09297', { tags: ['Reading'] });
    expect(keys(await library.search('is:bookmarked', ALL)).sort()).toEqual(['2004.09297', '2106.02241', '2211.05344']);
    expect(keys(await library.search('tag:reading', ALL)).sort()).toEqual(['2004.09297', '2211.05344']);
    expect(keys(await library.search('tag:reading tag:chinese', ALL))).toEqual(['2211.05344']);
    expect(keys(await library.search('tag:reading permuted', ALL))).toEqual(['2004.09297']);
    expect(await library.search('tag:unknown', ALL)).toEqual([]);
  });
});

describe('quoted phrases', () => {
  test('match papers where the words stand together, in any form of the words', async () => {
    const library = newLibrary();
    const hits = await library.search('"masked language model"', ALL);
    expect(hits.length).toBeGreaterThan(5);
    for (const hit of hits) expect(`${hit.paper.title} ${hit.paper.abstract}`).toMatch(/masked language model/i);
    // "Plan, Eliminate, and Track" has all three words, never together.
    expect(keys(await library.search('masked language model', ALL))).toContain('2305.02412');
    expect(keys(hits)).not.toContain('2305.02412');
  });

  test('a phrase still being typed matches its last word as a prefix', async () => {
    const library = newLibrary();
    expect(keys(await library.search('"masked langu', ALL)).sort()).toEqual(keys(await library.search('"masked language"', ALL)).sort());
  });
});

describe('matching what was typed', () => {
  test('the word being typed is a prefix, even cut inside its ending; word forms meet', async () => {
    const library = newLibrary();
    expect(keys(await library.search('linguistically-motiv', 5))[0]).toBe('2211.05344');
    expect(keys(await library.search('forgettin', 5))).toContain('2307.01163');
    expect(keys(await library.search('pre-trained chinese', 10))).toEqual(expect.arrayContaining(['2012.00413', '2104.12369']));
  });

  test('longer words tolerate a typo; short words must be exact, so they are not drowned', async () => {
    const library = newLibrary();
    expect(keys(await library.search('plastcity', 5))).toEqual(['2307.01163']);
    for (const hit of await library.search('lert ', ALL)) expect(`${hit.paper.title} ${hit.paper.abstract}`).toMatch(/\bLERT\b/);
  });

  test('function words alone match nothing, not everything', async () => {
    expect(await newLibrary().search('the ', 5)).toEqual([]);
  });

  test('when no paper has every word, papers with some of them are shown', async () => {
    const hits = await newLibrary().search('zebrafish plasticity', 5);
    expect(keys(hits)).toEqual(['2307.01163']);
  });

  test.each(['zebrafish language', 'quokka pretrain model', 'wombat language year:2019-2021', 'zebrafish languag'])(
    'papers with some of the words of %s are those of an unhurried search, best first, counted exactly',
    async (query) => {
      const { quick: some, unhurried } = await quickAndUnhurried(query);
      expect(keys(some)).toEqual(keys(unhurried));
      expect(some).toHaveLength(3);
      expect(some[0]).toMatchObject({ total: unhurried[0]!.total, complete: true });
      expect(some[0]!.total).toBeGreaterThan(3);
    },
  );
});

describe('ranking', () => {
  const paper = (key: string, title: string, authors: string[], abstract: string): Paper => ({ key, title, authors, abstract, categories: [], links: [] });

  test('title matches first, then authors, then abstract, whatever the counts in the abstract', async () => {
    const library = newLibrary();
    const inAbstract = paper('x:abstract', 'Holography of black branes', ['Ada Lovelace'], 'Quasar quasar quasar quasar: quasars everywhere, quasar.');
    const inAuthors = paper('x:authors', 'Spectra of black branes', ['Quasar Smith'], 'We compute spectra.');
    const inTitle = paper('x:title', 'A quasar catalogue', ['Grace Hopper'], 'We list sources.');
    for (const bookmarked of [inAbstract, inAuthors, inTitle]) await library.toggleBookmark(bookmarked);
    expect(keys(await library.search('quasar', 5))).toEqual(['x:title', 'x:authors', 'x:abstract']);
  });

  test('the total counts every match, the hits are the first of them', async () => {
    const hits = await newLibrary().search('pretraining', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]!.total).toBeGreaterThan(50);
  });
});

describe('what a hit shows', () => {
  test('the words to mark in title and snippet, as written there, and a snippet around the match', async () => {
    const [hit] = await newLibrary().search('permuted pretrain', 1);
    expect(hit?.paper.key).toBe('2004.09297');
    expect(hit?.snippet).toMatch(/^Since BERT neglects dependency among predicted tokens, XLNet introduces permuted language modeling/);
    // Once each, case ignored: the title's spelling stands for the snippet's too.
    expect(hit?.matchedTerms).toEqual(['Permuted', 'Pre-training']);
  });

  test('matchedWords finds words in any of their forms and lists each once', () => {
    expect(matchedWords('Pre-trained Masked Language Models: masked, MASKING', new Set(['mask', 'pretrain']))).toEqual(['Pre-trained', 'Masked', 'MASKING']);
  });

  test('a snippet is the best sentence, cut around its first match only when too long', () => {
    const abstract =
      'We study zebrafish. ' +
      'Quasinormal spectra of rotating black branes in anti-de Sitter space are computed here at great length, far beyond what fits on one line of a popup, and then some more words follow the spectra. ' +
      'Spectra again, spectra twice.';
    expect(snippet(abstract, new Set(['zebrafish']))).toBe('We study zebrafish.');
    expect(snippet(abstract, new Set(['spectra', 'twic']))).toBe('Spectra again, spectra twice.');
    const cut = snippet(abstract, new Set(['sitter']));
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('Sitter');
    expect(cut.length).toBeLessThanOrEqual(162);
    expect(snippet(abstract, new Set(['nothing']))).toBe('We study zebrafish.');
    expect(snippet('', new Set(['x']))).toBe('');
  });

  test('words whose term begins with another letter than they do still match: accents, hyphens, capitals', () => {
    const abstract = 'Plain words first. Élan of the Ångström-scale BERT-based models. Last words.';
    expect(snippet(abstract, new Set(['elan']))).toBe('Élan of the Ångström-scale BERT-based models.');
    expect(snippet(abstract, new Set(['scal']))).toBe('Élan of the Ångström-scale BERT-based models.');
    expect(snippet(abstract, new Set(['bas']))).toBe('Élan of the Ångström-scale BERT-based models.');
    expect(matchedWords(abstract, new Set(['elan', 'angstrom', 'bas', 'model']))).toEqual(['Élan', 'Ångström-scale', 'BERT-based', 'models']);
  });
});

describe('answering from titles first', () => {
  test.each(['language', 'pre-trained lang', 'model', 'survey'])(
    'when titles fill the page for %s, the page is the unhurried search’s and the count a lower bound',
    async (query) => {
      const { quick: early, unhurried } = await quickAndUnhurried(query);
      expect(early[0]?.complete).toBe(false);
      expect(keys(early)).toEqual(keys(unhurried));
      expect(unhurried[0]?.complete).toBe(true);
      expect(unhurried[0]!.total).toBeGreaterThanOrEqual(early[0]!.total!);
    },
  );

  test('a page titles cannot fill is answered in full, abstracts included', async () => {
    const hits = await newLibrary().search('plasticity forgetting', 20);
    expect(hits[0]?.complete).toBe(true);
  });

  test('one or two letters being typed wait for a third; alone, they match a whole word', async () => {
    const library = newLibrary();
    expect(keys(await library.search('plasticity f', ALL))).toEqual(keys(await library.search('plasticity', ALL)));
    expect(keys(await library.search('fo', ALL))).toEqual([]);
  });
});

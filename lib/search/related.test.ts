import { SidenoteDatabase } from '../db/database';
import { Library } from '../library/library';
import type { Paper } from '../paper';
import { preferBookmarkedRelated } from '../settings';
import { bundledCatalogueText, bundledPaper, bundledPapers } from '../../tests/support/catalogue';
import { createPaperIndex } from './paper-index';
import { liftBookmarked, liftReach, possibleCopies, relatedCandidates, relatedQuery, withoutSamePaper } from './related';
import { TermStats } from './term-stats';
import { isGeneric, terms } from './terms';

const papers = [...bundledPapers.values()];
const index = createPaperIndex(papers);
const stats = TermStats.of(papers);
const catalogue = () => Promise.resolve(bundledCatalogueText);
const keysOf = (entries: { paper: Paper }[]) => entries.map((entry) => entry.paper.key);

/** Candidates for a catalogue paper, which the index holds under its own key. */
const candidatesFor = (paper: Paper) => relatedCandidates(index, stats, paper, new Set([paper.key]));

const lert = bundledPaper('2211.05344');
const mpnet = bundledPaper('2004.09297');

describe('the query a paper makes', () => {
  test('holds its distinctive terms that other papers share, no generic ones, each shown as the paper writes it', () => {
    const { features } = relatedQuery(lert, stats, 1);
    const shown = features.terms.map((feature) => feature.shown);
    expect(shown.slice(0, 2)).toEqual(['linguistic', 'motivated']);
    // Only LERT says "LERT": a word no other paper has relates it to nothing.
    expect(shown).not.toContain('LERT');
    const text = `${lert.title} ${lert.abstract}`.toLowerCase();
    for (const feature of [...features.terms, ...features.phrases]) {
      expect(feature.term.split(' ').some(isGeneric), feature.term).toBe(false);
      expect(text).toContain(feature.shown.toLowerCase());
      expect(terms(feature.shown).join(' ')).toBe(feature.term);
    }
    // Wanxiang Che wrote no other paper of the library.
    expect(features.authors.map((feature) => feature.shown)).toEqual(['Yiming Cui', 'Shijin Wang', 'Ting Liu']);
  });

  test('weighs title words above abstract words', () => {
    const weights = new Map(relatedQuery(mpnet, stats, 1).features.terms.map((feature) => [feature.term, feature.weight]));
    // MPNet's title says "masked"; its abstract says "sentence" as often, and "sentence" is the rarer word in the library.
    expect(stats.documentFrequency('sentenc')).toBeLessThan(stats.documentFrequency('mask'));
    expect(weights.get('mask')).toBeGreaterThan(weights.get('sentenc')!);
  });
});

describe('related candidates', () => {
  test('explain themselves with shared phrases and terms in the current paper’s spelling, never stems', () => {
    const candidates = candidatesFor(bundledPaper('2406.14833')); // Efficient Continual Pre-training …
    const explained = candidates.slice(0, 5).flatMap((candidate) => candidate.sharedTerms);
    expect(explained).toContain('continual pre-training');
    expect(explained).not.toContain('pretrain');
  });

  test('every entry, for every catalogue paper, names a telling term or an author it shares', () => {
    for (const paper of papers) {
      for (const candidate of candidatesFor(paper)) {
        expect([...candidate.sharedTerms, ...candidate.sharedAuthors], paper.key).not.toEqual([]);
      }
    }
  });

  test('name shared authors and categories', () => {
    const charbert = candidatesFor(lert).find((candidate) => candidate.key === '2011.01513');
    expect(charbert?.sharedAuthors).toEqual(['Yiming Cui', 'Shijin Wang', 'Ting Liu']);
    expect(charbert?.sharedCategories).toEqual(['cs.CL']);
  });

  test('leave out the paper itself and papers sharing too little', () => {
    const candidates = candidatesFor(lert);
    expect(candidates.map((candidate) => candidate.key)).not.toContain(lert.key);
    expect(candidates.length).toBeLessThan(papers.length - 1);
    for (const candidate of candidates) expect(candidate.closeness).toBeGreaterThanOrEqual(0.05);
  });
});

describe('versions and duplicates', () => {
  const entry = (paper: Paper) => ({ paper });
  test('of the current paper are dropped: another key with its arXiv id, its DOI or its normalised title', () => {
    const current = { ...mpnet, doi: '10.5555/MPNET' };
    const version = { ...mpnet, key: 'page:mpnet-v2', version: 'v2' };
    const sameDoi = { ...bundledPaper('2208.10806'), key: 'doi-record', arxivId: undefined, doi: '10.5555/mpnet' };
    const sameTitle = { ...mpnet, key: 'title:mpnet', arxivId: undefined, title: 'MPNet — Masked and permuted pre-training for language understanding' };
    const other = bundledPaper('2309.08272');
    expect(keysOf(withoutSamePaper(current, [version, sameDoi, sameTitle, other].map(entry), 5))).toEqual([other.key]);
  });

  test('among the entries keep only the first, and the limit counts what is kept', () => {
    const masking = bundledPaper('2208.10806');
    const maskingAgain = { ...masking, key: 'title:learning-better-masking', arxivId: undefined };
    const entries = [masking, maskingAgain, bundledPaper('2309.08272'), bundledPaper('2507.00994')].map(entry);
    expect(keysOf(withoutSamePaper(mpnet, entries, 2))).toEqual([masking.key, '2309.08272']);
  });

  test('a catalogue paper read from another site, under another key, relates to the same papers', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const trueNegatives = bundledPaper('2212.00460');
    const fromOpenReview = { ...trueNegatives, key: 'openreview:Tn0sP2xQd7', arxivId: undefined, url: 'https://openreview.net/forum?id=Tn0sP2xQd7' };
    const fromAcl = { ...bundledPaper('2205.10687'), key: 'doi:10.18653/v1/2022.acl-long.205', arxivId: undefined, doi: '10.18653/v1/2022.acl-long.205' };
    expect(keysOf(await library.related(fromOpenReview, 5))).toEqual(keysOf(await library.related(trueNegatives, 5)));
    expect(keysOf(await library.related(fromAcl, 5))).toEqual(keysOf(await library.related(bundledPaper('2205.10687'), 5)));
    expect(possibleCopies(index, fromOpenReview)).toEqual([trueNegatives.key]);
  });

  test('a bookmarked duplicate of a catalogue paper is listed once', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const listed = keysOf(await library.related(mpnet, 5));
    const first = bundledPaper(listed[0]!);
    await library.toggleBookmark({ ...first, key: 'title:copy', arxivId: undefined, url: 'https://example.org/copy' });
    const again = await library.related(mpnet, 5);
    expect(again.filter((related) => related.paper.title === first.title)).toHaveLength(1);
  });
});

describe('when nothing is close', () => {
  test('a paper from another field gets no entries, and one with a single neighbour gets few', async () => {
    const library = new Library(new SidenoteDatabase(), catalogue);
    const physics: Paper = {
      key: 'hep-th/9901001',
      title: 'Quasinormal modes of rotating black branes',
      authors: ['Ada Lovelace'],
      abstract: 'We compute quasinormal spectra of rotating black branes in anti-de Sitter space and their holographic duals.',
      categories: ['hep-th'],
      links: [],
    };
    expect(await library.related(physics, 5)).toEqual([]);
    const proteins: Paper = {
      ...physics,
      title: 'Protein sequence design with language models',
      abstract: 'We design protein sequences with protein language models and score protein structures.',
    };
    const related = keysOf(await library.related(proteins, 5));
    expect(related.slice(0, 2).sort()).toEqual(['2408.06396', '2505.20052']);
    expect(related.length).toBeLessThan(5);
  });
});

describe('bookmarked papers', () => {
  /** Two neighbouring candidates of MPNet within the bookmark lift of each other, the lower one second. */
  function nearTie() {
    const candidates = candidatesFor(mpnet);
    const i = candidates.findIndex((c, j) => j > 0 && candidates[j - 1]!.score < c.score * 1.05);
    return [candidates[i - 1]!.key, candidates[i]!.key] as const;
  }

  test('are lifted a little: past a near-tie, never past a clearly better paper', () => {
    const candidates = [
      { key: 'a', score: 10 },
      { key: 'b', score: 9.6 },
      { key: 'c', score: 5 },
    ];
    expect(liftBookmarked(candidates, new Set(['b', 'c']), true).map((c) => c.key)).toEqual(['b', 'a', 'c']);
    expect(liftBookmarked(candidates, new Set(['b', 'c']), false).map((c) => c.key)).toEqual(['a', 'b', 'c']);
  });

  test('can reach the first places only from near them: every first-places list of every bookmark choice is within reach', () => {
    // Scores falling by 3% a place: the lift reaches a few places up, never far.
    const candidates = Array.from({ length: 40 }, (_, i) => ({ key: `p${i}`, score: 100 * 0.97 ** i }));
    const reachable = new Set(liftReach(candidates, 10).map((candidate) => candidate.key));
    expect(reachable.size).toBeGreaterThan(10);
    expect(reachable.size).toBeLessThan(20);
    for (let choice = 0; choice < 200; choice += 1) {
      const bookmarked = new Set(candidates.filter((_, i) => (choice * 7919 + i * i * 31) % 5 === 0).map((candidate) => candidate.key));
      for (const first of liftBookmarked(candidates, bookmarked, true).slice(0, 10)) expect(reachable).toContain(first.key);
    }
    // Every place taken by a bookmarked paper from beyond the tenth: the furthest the lift can reach.
    const all = new Set(candidates.map((candidate) => candidate.key));
    const lifted = liftBookmarked(candidates, new Set([...all].slice(10)), true).slice(0, 10);
    expect(lifted.filter((candidate) => !reachable.has(candidate.key))).toEqual([]);
    expect(lifted.some((candidate) => Number(candidate.key.slice(1)) >= 10)).toBe(true);
  });

  test('come first among near-ties in the panel, unless the user switched that off', async () => {
    const [higher, lower] = nearTie();
    const library = new Library(new SidenoteDatabase(), catalogue);
    const order = async () => keysOf(await library.related(mpnet, 10)).filter((key) => key === higher || key === lower);
    expect(await order()).toEqual([higher, lower]);
    await library.toggleBookmark(bundledPaper(lower));
    expect(await order()).toEqual([lower, higher]);
    await preferBookmarkedRelated.setValue(false);
    expect(await order()).toEqual([higher, lower]);
  });
});

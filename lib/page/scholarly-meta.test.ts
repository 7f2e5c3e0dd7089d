import type { Paper } from '../paper';
import { readScholarlyMeta, scholarlyMetaFields } from './scholarly-meta';
import { ownPage, page, sharedFixturesPresent, sharedPage, without } from './test-pages';

describe.skipIf(!sharedFixturesPresent('highwire'))('readScholarlyMeta on the saved HAL page', () => {
  test('reads title, author, DOI and abstract; a year alone ("1955") gives no date', () => {
    const url = new URL('https://hal.science/jpa-00235190');
    expect(readScholarlyMeta(sharedPage('highwire/hal-jpa-00235190.html'), url)).toEqual({
      key: 'doi:10.1051/jphysrad:01955001606044400',
      doi: '10.1051/jphysrad:01955001606044400',
      title: 'Déplacement de Knight dans les alliages',
      authors: ['Jacques Friedel'],
      abstract:
        "Des calculs récents de la densité électronique dans les alliages prévoient que le déplacement de Knight des " +
        "noyaux de la matrice n'est pratiquement pas affecté par la substitution d'atomes en soluté, même à assez " +
        'fortes concentrations.',
      categories: [],
      links: [],
      url: url.href,
    } satisfies Paper);
  });
});

describe('readScholarlyMeta on pages with one vocabulary', () => {
  test('reads a page with Dublin Core alone (bioRxiv\'s DC.* spelling)', () => {
    const url = new URL('https://repository.example.org/items/0001');
    expect(readScholarlyMeta(ownPage('dublin-core-only.html'), url)).toEqual({
      key: 'doi:10.5555/sidenote.dc.0001',
      doi: '10.5555/sidenote.dc.0001',
      title: 'Reading Papers in the Margin: A Field Study of Related-Work Tools',
      authors: ['Ada Example', 'Grace Placeholder'],
      abstract:
        'We observed twenty researchers reading papers with and without a related-work panel beside the text. ' +
        'The panel changed which references they followed, and how soon.',
      date: '2024-05-14',
      categories: [],
      links: [],
      url: url.href,
    } satisfies Paper);
  });

  test('reads a page with Open Graph alone, identified as an article by the DOI in its og:url', () => {
    const url = new URL('https://journals.example.org/article/42');
    expect(readScholarlyMeta(ownPage('open-graph-only.html'), url)).toEqual({
      key: 'doi:10.5555/sidenote.og.0001',
      doi: '10.5555/sidenote.og.0001',
      title: 'Margins That Talk Back: Annotation Habits of Physicists',
      authors: [],
      abstract: 'Physicists annotate preprints more than published versions. We count the notes of 300 readers and ask why.',
      date: '2023-11-02',
      categories: [],
      links: [],
      url: url.href,
    } satisfies Paper);
  });

  test('takes the DOI of a /doi/ landing URL when the tags name none', () => {
    const document = without(ownPage('open-graph-only.html'), 'meta[property="og:url"]');
    const url = new URL('https://www.science.org/doi/10.1126/science.abc1234');
    expect(readScholarlyMeta(document, url)).toMatchObject({ key: 'doi:10.1126/science.abc1234', doi: '10.1126/science.abc1234' });
  });
});

describe('readScholarlyMeta on a page whose vocabularies disagree', () => {
  const url = new URL('https://archive.example.org/example-0001');
  const conflicting = (): Document => ownPage('conflicting-meta.html');

  test('believes Highwire first', () => {
    expect(readScholarlyMeta(conflicting(), url)).toEqual({
      key: 'cond-mat/0701001',
      arxivId: 'cond-mat/0701001',
      doi: '10.5555/sidenote.highwire',
      title: 'Highwire: Knight Shifts in Dilute Alloys',
      authors: ['Jacques Friedel', 'Ada Example'],
      abstract: 'Highwire abstract: the shift barely changes with solute concentration.',
      date: '2007-03-05',
      categories: [],
      links: [],
      url: url.href,
    } satisfies Paper);
  });

  test('believes Dublin Core over Open Graph when Highwire is gone', () => {
    expect(readScholarlyMeta(without(conflicting(), 'meta[name^="citation_"]'), url)).toEqual({
      key: 'cond-mat/0702002',
      arxivId: 'cond-mat/0702002',
      doi: '10.5555/sidenote.dublin-core',
      title: 'Dublin Core: Knight shifts in alloys',
      authors: ['J. Friedel'],
      abstract: 'Dublin Core abstract: the shift changes with solute concentration.',
      date: '2006-11',
      categories: [],
      links: [],
      url: url.href,
    } satisfies Paper);
  });

  test('believes Open Graph when it is all there is', () => {
    expect(readScholarlyMeta(without(conflicting(), 'meta[name^="citation_"], meta[name^="DC."]'), url)).toEqual({
      key: 'doi:10.5555/sidenote.open-graph',
      doi: '10.5555/sidenote.open-graph',
      title: 'Open Graph: Knight shifts | Example Archive',
      authors: [],
      abstract: 'Open Graph abstract: shifts in alloys.',
      date: '2005-01-02',
      categories: [],
      links: [],
      url: url.href,
    } satisfies Paper);
  });

  test('takes each field from the first vocabulary that has it', () => {
    const document = without(conflicting(), 'meta[name="citation_author"], meta[name="citation_abstract"], meta[name="citation_doi"]');
    expect(scholarlyMetaFields(document, url)).toMatchObject({
      title: 'Highwire: Knight Shifts in Dilute Alloys',
      authors: ['J. Friedel'],
      abstract: 'Dublin Core abstract: the shift changes with solute concentration.',
      doi: '10.5555/sidenote.dublin-core',
    });
  });
});

describe('readScholarlyMeta on pages that name no scholarly article', () => {
  const url = new URL('https://blog.example.org/2024/05/reading');

  test.each([
    ['no metadata at all', page('<title>Home</title>')],
    ['a blog post: og:type article without any article identifier', page(
      '<meta property="og:type" content="article"><meta property="og:title" content="How I read papers">' +
        '<meta property="og:url" content="https://blog.example.org/2024/05/reading">',
    )],
    ['a CMS page with DC.title and no identifier', page('<meta name="DC.title" content="About us"><meta name="DC.creator" content="Web Team">')],
    ['Open Graph with an identifier but not an article', page(
      '<meta property="og:type" content="website"><meta property="og:title" content="A journal home">' +
        '<meta property="og:url" content="https://doi.org/10.5555/journal">',
    )],
    ['Highwire tags without a title', page('<meta name="citation_author" content="Example, Ada"><meta name="citation_doi" content="10.5555/x">')],
  ])('gives null for %s', (_, document) => {
    expect(readScholarlyMeta(document, url)).toBeNull();
  });

  test('reads DC.title once an identifier shows it is an article', () => {
    const document = page('<meta name="DCTERMS.title" content="A report"><meta name="DCTERMS.identifier" content="doi:10.5555/report">');
    expect(readScholarlyMeta(document, url)).toMatchObject({ key: 'doi:10.5555/report', title: 'A report' });
  });
});

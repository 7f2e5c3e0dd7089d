import { canonicalUrl, metaContent, metaContents } from './meta';

const document = new DOMParser().parseFromString(
  `<html><head>
    <meta name="citation_author" content="Vaswani, Ashish">
    <meta name="citation_author" content="  ">
    <meta name="citation_author" content="Shazeer,
      Noam">
    <meta name="DC.Title" content="Dublin Core title">
    <meta property="og:title" content="Open Graph title">
    <meta name="citation_title" content="">
    <meta name="citation_title" content="Second title tag">
    <meta charset="utf-8">
  </head><body><meta name="citation_author" content="Parmar, Niki"></body></html>`,
  'text/html',
);

describe('metaContents', () => {
  test.each<[string, string[]]>([
    ['citation_author', ['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki']],
    ['dc.title', ['Dublin Core title']],
    ['DC.TITLE', ['Dublin Core title']],
    ['og:title', ['Open Graph title']],
    ['citation_doi', []],
  ])('%s → %j', (name, values) => {
    expect(metaContents(document, name)).toEqual(values);
  });
});

describe('metaContent', () => {
  test('gives the first non-empty value', () => {
    expect(metaContent(document, 'citation_title')).toBe('Second title tag');
  });

  test('gives undefined when the page has no such tag', () => {
    expect(metaContent(document, 'citation_doi')).toBeUndefined();
  });
});

describe('metaContents on tags that carry both name and property', () => {
  test('finds bioRxiv\'s <meta name="og-title" property="og:title"> by either', () => {
    const biorxiv = new DOMParser().parseFromString(
      '<head><meta name="og-title" property="og:title" content="A SARS-CoV-2 map"></head>',
      'text/html',
    );
    expect(metaContents(biorxiv, 'og:title')).toEqual(['A SARS-CoV-2 map']);
    expect(metaContents(biorxiv, 'og-title')).toEqual(['A SARS-CoV-2 map']);
  });
});

describe('canonicalUrl', () => {
  const withLink = (link: string): Document => new DOMParser().parseFromString(`<head>${link}</head>`, 'text/html');
  const url = new URL('https://ar5iv.org/abs/2310.08560');

  test.each<[string, string | undefined]>([
    ['<link rel="canonical" href="https://ar5iv.labs.arxiv.org/html/2310.08560">', 'https://ar5iv.labs.arxiv.org/html/2310.08560'],
    ['<link rel="canonical" target="_blank" href="/html/2310.08560">', 'https://ar5iv.org/html/2310.08560'],
    ['<link rel="alternate" href="https://example.org/feed">', undefined],
    ['<link rel="canonical" href="  ">', undefined],
    ['<link rel="canonical" href="https://[broken">', undefined],
  ])('%s → %s', (link, href) => {
    expect(canonicalUrl(withLink(link), url)).toBe(href);
  });
});

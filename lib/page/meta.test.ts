import { metaContent, metaContents } from './meta';

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

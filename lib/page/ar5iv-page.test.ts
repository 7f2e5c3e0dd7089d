import { readAr5ivPage } from './ar5iv-page';
import { memGptPaper, sharedFixturesPresent, sharedPage } from './test-pages';

describe.skipIf(!sharedFixturesPresent('ar5iv'))('readAr5ivPage on the saved page of 2310.08560', () => {
  const saved = (): Document => sharedPage('ar5iv/ar5iv-2310.08560-excerpt.html');

  const memGpt = memGptPaper({ date: '2023-10', url: 'https://ar5iv.labs.arxiv.org/html/2310.08560' });

  test('reads title, authors, id and abstract exactly', () => {
    expect(readAr5ivPage(saved(), new URL('https://ar5iv.labs.arxiv.org/html/2310.08560'))).toEqual(memGpt);
  });

  test.each([
    ['https://ar5iv.org/abs/2310.08560', undefined],
    ['https://ar5iv.org/html/2310.08560v2', 'v2'],
  ])('reads %s the same way', (href, version) => {
    const paper = readAr5ivPage(saved(), new URL(href));
    expect(paper).toEqual({ ...memGpt, ...(version && { version }), url: href });
  });

  test.each([
    // The page's canonical link names 2310.08560: a URL naming another paper shows a stale or redirected page.
    'https://ar5iv.labs.arxiv.org/html/1706.03762',
    'https://arxiv.org/html/2310.08560',
    'https://ar5iv.labs.arxiv.org/',
  ])('gives null at %s', (href) => {
    expect(readAr5ivPage(saved(), new URL(href))).toBeNull();
  });
});

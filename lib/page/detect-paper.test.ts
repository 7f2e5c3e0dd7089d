import { detectPaper, type PageKind } from './detect-paper';
import { ownPage, page, sharedFixturesPresent, sharedPage } from './test-pages';

describe('detectPaper on the pages written for Sidenote', () => {
  test.each<[PageKind, string, string, string]>([
    ['arxiv-abs', 'arxiv-abs-without-citation-meta.html', 'https://arxiv.org/abs/2211.05344v1', '2211.05344'],
    ['huggingface', 'huggingface-paper.html', 'https://huggingface.co/papers/2310.08560', '2310.08560'],
    ['alphaxiv', 'alphaxiv-abs.html', 'https://www.alphaxiv.org/overview/2501.11120', '2501.11120'],
    ['openreview', 'openreview-forum.html', 'https://openreview.net/forum?id=YicbFdNTTy',
      'title:an-image-is-worth-16x16-words-transformers-for-image-recognition-at-scale'],
    ['scholarly-meta', 'dublin-core-only.html', 'https://repository.example.org/items/0001', 'doi:10.5555/sidenote.dc.0001'],
    ['scholarly-meta', 'open-graph-only.html', 'https://journals.example.org/article/42', 'doi:10.5555/sidenote.og.0001'],
    ['scholarly-meta', 'conflicting-meta.html', 'https://archive.example.org/example-0001', 'cond-mat/0701001'],
  ])('%s: %s at %s is the paper %s', (kind, file, href, key) => {
    const detection = detectPaper(ownPage(file), new URL(href));
    expect(detection).toMatchObject({ kind, paper: { key, url: href } });
    expect(detection).not.toHaveProperty('arxivId');
    expect(detection).not.toHaveProperty('listedIds');
  });

  test('arxiv-listing: a listing page gives every listed id and no paper', () => {
    expect(detectPaper(ownPage('arxiv-listing-new.html'), new URL('https://arxiv.org/list/cs.CL/new'))).toEqual({
      kind: 'arxiv-listing',
      paper: null,
      listedIds: ['2501.11120', '2501.13002', '2501.12345', '2310.08560', 'cmp-lg/9404002'],
    });
  });
});

describe('detectPaper on arXiv PDFs, known by their URL alone', () => {
  // Chromium's PDF viewer gives content scripts an <embed> and nothing else.
  const viewer = page('<title>2106.09608v2.pdf</title>', '<embed type="application/pdf" src="about:blank">');

  test.each([
    ['https://arxiv.org/pdf/2106.09608v2', { id: '2106.09608', version: 'v2' }],
    ['https://arxiv.org/pdf/2106.09608.pdf', { id: '2106.09608' }],
    ['https://export.arxiv.org/pdf/hep-th/9901001v1', { id: 'hep-th/9901001', version: 'v1' }],
  ])('%s → arxiv-pdf with the id to fill in', (href, arxivId) => {
    expect(detectPaper(viewer, new URL(href))).toEqual({ kind: 'arxiv-pdf', paper: null, arxivId });
  });
});

describe('detectPaper on single-page sites whose view lags behind the URL', () => {
  test('Hugging Face still showing the previous paper gives the URL\'s id without a paper', () => {
    const previous = ownPage('huggingface-paper.html');
    expect(detectPaper(previous, new URL('https://huggingface.co/papers/1706.03762'))).toEqual({
      kind: 'huggingface', paper: null, arxivId: { id: '1706.03762' },
    });
  });

  test('alphaXiv before its view has rendered gives the URL\'s id without a paper', () => {
    expect(detectPaper(page('<title>alphaXiv</title>'), new URL('https://www.alphaxiv.org/abs/2501.11120v2'))).toEqual({
      kind: 'alphaxiv', paper: null, arxivId: { id: '2501.11120', version: 'v2' },
    });
  });
});

describe('detectPaper on pages that are no paper', () => {
  const arxivSearch = page(
    '<title>Search | arXiv e-print repository</title>',
    '<ol class="breathe-horizontal"><li class="arxiv-result"><p class="list-title is-inline-block">' +
      '<a href="https://arxiv.org/abs/2501.11120">arXiv:2501.11120</a></p><p class="title is-5 mathjax">Tell me about yourself</p></li></ol>',
  );

  test.each([
    ['arXiv search results', arxivSearch, 'https://arxiv.org/search/?query=self-awareness&searchtype=all'],
    ['the arXiv home page', page('<title>arXiv.org e-Print archive</title>'), 'https://arxiv.org/'],
    ['arXiv\'s "identifier not recognized" page', page('<title>arXiv.org</title>', "<h1>Article identifier '2501.99999' not recognized</h1>"),
      'https://arxiv.org/abs/2501.99999'],
    ['the Hugging Face daily papers', page('<title>Daily Papers - Hugging Face</title>'), 'https://huggingface.co/papers'],
    ['the alphaXiv home page', page('<title>alphaXiv</title>'), 'https://www.alphaxiv.org/'],
    ['an OpenReview venue', page('<title>ICLR 2021 Conference | OpenReview</title>'), 'https://openreview.net/group?id=ICLR.cc/2021/Conference'],
    ['Semantic Scholar search', page('<title>crosswalk | Semantic Scholar</title>'), 'https://www.semanticscholar.org/search?q=crosswalk'],
    ['an ACL Anthology volume', page('<title>Proceedings of NAACL 2021 - ACL Anthology</title>'), 'https://aclanthology.org/volumes/2021.naacl-main/'],
    ['a news site', page('<meta property="og:type" content="article"><meta property="og:title" content="Cats meow">'), 'https://news.example.org/cats'],
  ])('%s gives null', (_, document, href) => {
    expect(detectPaper(document, new URL(href))).toBeNull();
  });

  test('a paper site\'s page is read by that site\'s reader only, never by the generic one', () => {
    // An abstract page whose URL names another paper than its citation_* tags: a stale view must not be read as either.
    const stale = page('<meta name="citation_title" content="Attention Is All You Need"><meta name="citation_arxiv_id" content="1706.03762">');
    expect(detectPaper(stale, new URL('https://arxiv.org/abs/2106.09608'))).toBeNull();
  });
});

describe.skipIf(!sharedFixturesPresent(''))('detectPaper on the saved pages', () => {
  test.each<[PageKind, string, string, string]>([
    ['arxiv-abs', 'arxiv-abs/arxiv-abs-1706.03762.html', 'https://arxiv.org/abs/1706.03762', '1706.03762'],
    ['arxiv-abs', 'arxiv-abs/arxiv-abs-2106.09608v2.html', 'https://export.arxiv.org/abs/2106.09608v2', '2106.09608'],
    ['arxiv-html', 'arxiv-html/arxiv-html-2501.11120v1.html', 'https://arxiv.org/html/2501.11120v1', '2501.11120'],
    ['ar5iv', 'ar5iv/ar5iv-2310.08560-excerpt.html', 'https://ar5iv.labs.arxiv.org/html/2310.08560', '2310.08560'],
    ['ar5iv', 'ar5iv/ar5iv-2310.08560-excerpt.html', 'https://ar5iv.org/abs/2310.08560', '2310.08560'],
    ['acl-anthology', 'acl-anthology/acl-2021.naacl-main.208.html', 'https://aclanthology.org/2021.naacl-main.208/',
      'doi:10.18653/v1/2021.naacl-main.208'],
    ['acl-anthology', 'acl-anthology/acl-N04-1001.html', 'https://aclanthology.org/N04-1001/',
      'title:a-statistical-model-for-multilingual-entity-detection-and-tracking'],
    ['semantic-scholar', 'semantic-scholar/s2-704dde842312c5eabb8c76ecf86b48e9fe68e4fe.html',
      'https://www.semanticscholar.org/paper/Where-the-Crosswalk-Ends%3A-Mapping-Crosswalk-via-in-Moran/704dde842312c5eabb8c76ecf86b48e9fe68e4fe',
      'doi:10.1177/23998083221081530'],
    ['semantic-scholar', 'semantic-scholar/s2-d1de4343d4076843583ca5826f345be6cb5cd75c.html',
      'https://www.semanticscholar.org/paper/d1de4343d4076843583ca5826f345be6cb5cd75c', 'doi:10.3390/ani10122390'],
    ['biorxiv', 'highwire/biorxiv-10.1101-2020.03.22.002386v3.html', 'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3',
      'doi:10.1101/2020.03.22.002386'],
    ['scholarly-meta', 'highwire/hal-jpa-00235190.html', 'https://hal.science/jpa-00235190', 'doi:10.1051/jphysrad:01955001606044400'],
  ])('%s: %s at %s is the paper %s', (kind, file, href, key) => {
    expect(detectPaper(sharedPage(file), new URL(href))).toMatchObject({ kind, paper: { key, url: href } });
  });

  test('the generic reader reads a bioRxiv page served elsewhere, dated by citation_date, not the placeholder', () => {
    const detection = detectPaper(sharedPage('highwire/biorxiv-10.1101-2020.03.22.002386v3.html'), new URL('https://mirror.example.org/x'));
    expect(detection).toMatchObject({ kind: 'scholarly-meta', paper: { key: 'doi:10.1101/2020.03.22.002386', date: '2020-03-27' } });
  });
});

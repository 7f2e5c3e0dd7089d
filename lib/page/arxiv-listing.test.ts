import { listedArxivIds, listingEntries } from './arxiv-listing';
import { ownPage, page } from './test-pages';

describe('listedArxivIds', () => {
  test('lists every entry of a listing page, new, cross-listed and replaced, in page order', () => {
    const listing = ownPage('arxiv-listing-new.html');
    expect(listedArxivIds(listing, new URL('https://arxiv.org/list/cs.CL/new'))).toEqual([
      '2501.11120', '2501.13002', '2501.12345', '2310.08560', 'cmp-lg/9404002',
    ]);
  });

  test('reads the older markup, with the link inside span.list-identifier and absolute', () => {
    const older = page(
      '',
      '<dl><dt><a name="item1">[1]</a>&nbsp; <span class="list-identifier"><a href="https://arxiv.org/abs/2106.09608" title="Abstract">arXiv:2106.09608</a> ' +
        '[<a href="https://arxiv.org/pdf/2106.09608" title="Download PDF">pdf</a>, <a href="https://arxiv.org/format/2106.09608" title="Other formats">other</a>]</span></dt>' +
        '<dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span> Learning Knowledge Graph-based World Models</div></div></dd></dl>',
    );
    expect(listedArxivIds(older, new URL('https://arxiv.org/list/cs.CL/pastweek?show=25'))).toEqual(['2106.09608']);
  });

  test('lists an id once, whatever version its link names, and skips entries without an /abs/ link', () => {
    const repeated = page(
      '',
      '<dl><dt>[1] <a href="/abs/2501.00001v2">arXiv:2501.00001v2</a> (replaced)</dt><dd></dd>' +
        '<dt>[2] <a href="/abs/2501.00001">arXiv:2501.00001</a></dt><dd></dd>' +
        '<dt>[3] <a href="/pdf/2501.00002">pdf</a></dt><dd></dd><dt>[4] <a href="/abs/2513.00001">arXiv:2513.00001</a></dt></dl>',
    );
    expect(listedArxivIds(repeated, new URL('https://arxiv.org/list/cs.CL/recent'))).toEqual(['2501.00001']);
  });

  test('gives an empty list for a listing without entries', () => {
    const empty = page('', '<div id="dlpage"><h1>Computation and Language</h1><p>No new submissions for Sat, 25 Jan 25.</p></div>');
    expect(listedArxivIds(empty, new URL('https://arxiv.org/list/cs.CL/new'))).toEqual([]);
  });

  test.each([
    'https://arxiv.org/abs/2501.11120',
    'https://arxiv.org/search/?query=llm&searchtype=all',
    'https://arxiv.org/',
    'https://example.org/list/cs.CL/new',
  ])('gives null at %s, which is no listing', (href) => {
    expect(listedArxivIds(ownPage('arxiv-listing-new.html'), new URL(href))).toBeNull();
  });
});

describe('listingEntries', () => {
  test('gives each entry with the /abs/ link a badge can follow', () => {
    const listing = ownPage('arxiv-listing-new.html');
    const entries = listingEntries(listing, new URL('https://arxiv.org/list/cs.CL/new'));
    expect(entries.map((entry) => [entry.id, entry.link.getAttribute('href')])).toEqual([
      ['2501.11120', '/abs/2501.11120'],
      ['2501.13002', '/abs/2501.13002'],
      ['2501.12345', '/abs/2501.12345'],
      ['2310.08560', '/abs/2310.08560'],
      ['cmp-lg/9404002', '/abs/cmp-lg/9404002'],
    ]);
  });

  test('gives no entries at a URL that is no listing', () => {
    expect(listingEntries(ownPage('arxiv-listing-new.html'), new URL('https://arxiv.org/abs/2501.11120'))).toEqual([]);
  });
});

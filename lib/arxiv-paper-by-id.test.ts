import { Window } from 'happy-dom';
import { bundledPaper } from '../tests/support/catalogue';
import { libraryProtocol } from '../tests/support/protocol';
import { arxivPaperById } from './arxiv-paper-by-id';

const ABSTRACT_PAGE = `<html><head>
<meta name="citation_title" content="Zebrafish holography">
<meta name="citation_author" content="Hopper, Grace">
<meta name="citation_date" content="2025/02/14">
<meta name="citation_arxiv_id" content="2502.09981">
<meta name="citation_abstract" content="We study zebrafish.">
</head><body><h1 class="title">Zebrafish holography</h1></body></html>`;

function environment(pages: Record<string, string>) {
  const { send, library } = libraryProtocol();
  const fetched: string[] = [];
  return {
    library,
    fetched,
    env: {
      send,
      fetchText: async (url: URL) => {
        fetched.push(url.href);
        const page = pages[url.href];
        if (page === undefined) throw new Error(`404 ${url.href}`);
        return page;
      },
      parseHtml: (html: string) => {
        const window = new Window();
        window.document.write(html);
        return window.document as unknown as Document;
      },
    },
  };
}

test('a catalogue paper needs no request, and keeps the version of the URL', async () => {
  const { env, fetched } = environment({});
  expect(await arxivPaperById({ id: '2211.05344', version: 'v2' }, 'https://arxiv.org', env)).toEqual({
    ...bundledPaper('2211.05344'),
    version: 'v2',
  });
  expect(fetched).toEqual([]);
});

test('an unknown paper is read from its abstract page on the same site once, then from the cache', async () => {
  const { env, fetched, library } = environment({ 'https://export.arxiv.org/abs/2502.09981': ABSTRACT_PAGE });
  const paper = await arxivPaperById({ id: '2502.09981', version: 'v3' }, 'https://export.arxiv.org', env);
  expect(paper).toMatchObject({
    key: '2502.09981',
    version: 'v3',
    title: 'Zebrafish holography',
    authors: ['Grace Hopper'],
    abstract: 'We study zebrafish.',
    date: '2025-02-14',
  });
  expect(await library.paperByKey('2502.09981')).toMatchObject({ title: 'Zebrafish holography' });
  expect(await arxivPaperById({ id: '2502.09981' }, 'https://export.arxiv.org', env)).toMatchObject({ title: 'Zebrafish holography' });
  expect(fetched).toEqual(['https://export.arxiv.org/abs/2502.09981']);
});

test('an abstract page that names no paper gives null and caches nothing', async () => {
  const { env, library } = environment({ 'https://arxiv.org/abs/2502.09981': '<html><body>Article identifier not recognized</body></html>' });
  expect(await arxivPaperById({ id: '2502.09981' }, 'https://arxiv.org', env)).toBeNull();
  expect(await library.paperByKey('2502.09981')).toBeNull();
});

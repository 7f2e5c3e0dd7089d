import { Window } from 'happy-dom';
import { detectWhenReady } from './detect-when-ready';

function page(url: string, html: string) {
  const window = new Window({ url });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

const abstractPage = (id: string, title: string) => `
  <meta name="citation_title" content="${title}"><meta name="citation_arxiv_id" content="${id}">
  <meta name="citation_author" content="Hopper, Grace"><meta name="citation_abstract" content="About ${title}.">`;

test('a page that already shows its paper answers at once', async () => {
  const { document } = page('https://arxiv.org/abs/2211.05344', abstractPage('2211.05344', 'LERT'));
  const detection = await detectWhenReady(document, new URL('https://arxiv.org/abs/2211.05344'), { signal: new AbortController().signal });
  expect(detection).toMatchObject({ kind: 'arxiv-abs', paper: { key: '2211.05344', title: 'LERT' } });
});

test('after in-page navigation, waits until the page shows the new paper instead of the previous one', async () => {
  const { window, document } = page('https://arxiv.org/abs/2211.05344', abstractPage('2211.05344', 'LERT'));
  const url = new URL('https://arxiv.org/abs/2307.01163');
  const detection = detectWhenReady(document, url, { signal: new AbortController().signal, previousKey: '2211.05344' });
  setTimeout(() => (document.head.innerHTML = abstractPage('2307.01163', 'Active Forgetting')), 20);
  expect(await detection).toMatchObject({ paper: { key: '2307.01163', title: 'Active Forgetting' } });
  await window.happyDOM.abort();
});

test('gives up after its timeout with what the page shows, and answers null once aborted', async () => {
  const { document } = page('https://example.org/', '<p>Not a paper</p>');
  const url = new URL('https://example.org/');
  expect(await detectWhenReady(document, url, { signal: new AbortController().signal, timeoutMs: 30 })).toBeNull();
  const controller = new AbortController();
  const pending = detectWhenReady(document, url, { signal: controller.signal });
  controller.abort();
  expect(await pending).toBeNull();
});

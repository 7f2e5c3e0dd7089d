import { Window } from 'happy-dom';
import { pageScheme } from './page-scheme';

function windowWith(css: string) {
  const window = new Window({ url: 'https://huggingface.co/papers/2211.05344' });
  window.document.write(`<html><head><style>${css}</style></head><body><main>Paper</main></body></html>`);
  return window as unknown as globalThis.Window;
}

test.each([
  ['a white body', 'body { background: #fff }', 'light'],
  ['a near-black body', 'body { background: rgb(11, 15, 25) }', 'dark'],
  ['a dark root under a transparent body', 'html { background: #111 }', 'dark'],
  ['a pale grey root', 'html { background-color: #f3f4f6 }', 'light'],
  ['no background and a dark color-scheme', 'html { color-scheme: dark }', 'dark'],
  ['no background at all', '', 'light'],
])('%s is %s', (_, css, scheme) => {
  expect(pageScheme(windowWith(css))).toBe(scheme);
});

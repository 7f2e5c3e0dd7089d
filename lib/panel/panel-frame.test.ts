import { Window } from 'happy-dom';
import { mountPanelFrame, PANEL_FRAME_TITLE } from './panel-frame';

function page(html: string) {
  const window = new Window({ url: 'https://arxiv.org/abs/2211.05344' });
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

const panelOrigin = 'chrome-extension://sidenote';
const panelOrigins = [panelOrigin];

test('mounts at the top of the anchor, in a shadow root, styled against the page', () => {
  const { document } = page(
    '<style>iframe { display: none !important } div { all: unset }</style><div class="extra-services"><p>Download</p></div>',
  );
  const anchor = document.querySelector('.extra-services')!;
  const iframe = mountPanelFrame({
    document,
    src: `${panelOrigin}/panel.html#x`,
    placement: { anchor, position: 'start' },
    panelOrigins,
    signal: new AbortController().signal,
  });
  const host = anchor.firstElementChild as HTMLElement;
  expect(host.tagName.toLowerCase()).toBe('sidenote-panel');
  expect(host.shadowRoot?.querySelector('iframe')).toBe(iframe);
  expect(document.querySelector('iframe')).toBeNull();
  expect(iframe.title).toBe(PANEL_FRAME_TITLE);
  expect(iframe.style.getPropertyPriority('display')).toBe('important');
  expect(host.style.getPropertyValue('display')).toBe('block');
  expect(anchor.lastElementChild?.textContent).toBe('Download');
});

test('follows an abstract block when told to go after it', () => {
  const { document } = page('<main><div class="ltx_abstract">Abstract</div><section>Introduction</section></main>');
  const abstract = document.querySelector('.ltx_abstract')!;
  mountPanelFrame({ document, src: 'x', placement: { anchor: abstract, position: 'after' }, panelOrigins, signal: new AbortController().signal });
  expect(abstract.nextElementSibling?.tagName.toLowerCase()).toBe('sidenote-panel');
  expect(abstract.textContent).toBe('Abstract');
});

test('floats at the window edge when the page has no place for it', () => {
  const { document } = page('<main>An abstract</main>');
  mountPanelFrame({ document, src: 'x', placement: { anchor: null, position: 'start' }, panelOrigins, signal: new AbortController().signal });
  const host = document.body.lastElementChild as HTMLElement;
  expect(host.style.getPropertyValue('position')).toBe('fixed');
});

test('takes its height only from the panel page itself', async () => {
  const { window, document } = page('<div class="extra-services"></div>');
  const iframe = mountPanelFrame({
    document,
    src: 'about:blank',
    placement: { anchor: document.querySelector('.extra-services'), position: 'start' },
    panelOrigins,
    signal: new AbortController().signal,
  });
  const send = (data: unknown, origin: string, source: unknown) =>
    window.dispatchEvent(new window.MessageEvent('message', { data, origin, source: source as never }));
  send({ sidenote: 'panel-height', height: 999 }, 'https://arxiv.org', window);
  send({ sidenote: 'panel-height', height: 999 }, panelOrigin, window);
  expect(iframe.style.height).toBe('48px');
  send({ sidenote: 'panel-height', height: 211.4 }, panelOrigin, iframe.contentWindow);
  expect(iframe.style.height).toBe('212px');
});

test('goes at once when the panel page itself says Sidenote was hidden on the site', () => {
  const { window, document } = page('<div class="extra-services"><p>Download</p></div>');
  const anchor = document.querySelector('.extra-services')!;
  const iframe = mountPanelFrame({ document, src: 'about:blank', placement: { anchor, position: 'start' }, panelOrigins, signal: new AbortController().signal });
  const send = (origin: string, source: unknown) =>
    window.dispatchEvent(new window.MessageEvent('message', { data: { sidenote: 'panel-hidden' }, origin, source: source as never }));
  send('https://arxiv.org', iframe.contentWindow);
  send(panelOrigin, window);
  expect(anchor.innerHTML).not.toBe('<p>Download</p>');
  send(panelOrigin, iframe.contentWindow);
  expect(anchor.innerHTML).toBe('<p>Download</p>');
});

test('leaves the page as it found it when its signal aborts', () => {
  const { document } = page('<div class="extra-services"><p>Download</p></div>');
  const controller = new AbortController();
  const anchor = document.querySelector('.extra-services')!;
  mountPanelFrame({ document, src: 'x', placement: { anchor, position: 'start' }, panelOrigins, signal: controller.signal });
  controller.abort();
  expect(anchor.innerHTML).toBe('<p>Download</p>');
});

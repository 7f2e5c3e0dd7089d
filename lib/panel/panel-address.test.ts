import { bundledPaper } from '../../tests/support/catalogue';
import { panelFragment, panelRequestFromFragment, type PanelRequest } from './panel-address';

const request: PanelRequest = {
  paper: { ...bundledPaper('2211.05344'), title: 'A #hash & 50% <b>bold</b> “title”', version: 'v2' },
  site: 'arxiv.org',
  scheme: 'dark',
  startCollapsed: true,
};

test('a request survives the trip through the fragment, whatever its text holds', () => {
  expect(panelRequestFromFragment(panelFragment(request))).toEqual(request);
});

test.each([
  ['an empty fragment', ''],
  ['text that is not JSON', '#%7Bnot-json'],
  ['a paper without key', panelFragment({ ...request, paper: { ...request.paper, key: undefined as never } })],
  ['an unknown scheme', panelFragment({ ...request, scheme: 'sepia' as never })],
  ['no site', panelFragment({ ...request, site: undefined as never })],
])('%s gives no request', (_, fragment) => {
  expect(panelRequestFromFragment(fragment)).toBeNull();
});

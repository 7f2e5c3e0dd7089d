import { bundledPaper } from '../../tests/support/catalogue';
import { panelFragment, paperFromPanelFragment } from './panel-address';

test('a paper survives the trip through the fragment, whatever its text holds', () => {
  const paper = { ...bundledPaper('2211.05344'), title: 'A #hash & 50% <b>bold</b> “title”', version: 'v2' };
  expect(paperFromPanelFragment(panelFragment(paper))).toEqual(paper);
});

test.each([
  ['an empty fragment', ''],
  ['text that is not JSON', '#%7Bnot-json'],
  ['a paper without key', `#${encodeURIComponent(JSON.stringify({ title: 'x' }))}`],
])('%s gives no paper', (_, fragment) => {
  expect(paperFromPanelFragment(fragment)).toBeNull();
});

import { badgeState } from './toolbar-badge';

test.each([
  [null, false, { text: '', title: 'Sidenote' }],
  [{ title: 'LERT' }, true, { text: '★', title: 'Sidenote: “LERT” is bookmarked' }],
  [{ title: 'LERT' }, false, { text: '', title: 'Sidenote: “LERT” is not bookmarked (Alt+Shift+B to bookmark)' }],
])('%j bookmarked %s shows %j', (paper, bookmarked, state) => {
  expect(badgeState(paper, bookmarked)).toEqual(state);
});

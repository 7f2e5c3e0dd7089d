import type { Paper } from '../paper';
import { bundledPaper } from '../../tests/support/catalogue';
import { paperInTab, type TabPaperSources } from './tab-paper';

const lert = bundledPaper('2211.05344');

function sources(overrides: Partial<TabPaperSources>): TabPaperSources {
  return {
    askContentScript: async () => undefined,
    tabUrl: async () => undefined,
    paperByKey: async (key) => (key === lert.key ? lert : null),
    ...overrides,
  };
}

test("the content script's reading of the page wins", async () => {
  const fromPage: Paper = { ...lert, version: 'v3', url: 'https://arxiv.org/abs/2211.05344v3' };
  expect(await paperInTab(1, sources({ askContentScript: async () => fromPage }))).toEqual(fromPage);
});

test('without a content script, an arXiv URL names a known paper and keeps its version', async () => {
  const tabUrl = async () => 'https://arxiv.org/pdf/2211.05344v2';
  const askContentScript = () => Promise.reject(new Error('Could not establish connection'));
  expect(await paperInTab(1, sources({ tabUrl, askContentScript }))).toEqual({ ...lert, version: 'v2' });
});

test('an unknown paper or a page that is not a paper gives null', async () => {
  expect(await paperInTab(1, sources({ tabUrl: async () => 'https://arxiv.org/abs/2401.00001' }))).toBeNull();
  expect(await paperInTab(1, sources({ tabUrl: async () => 'https://example.org/' }))).toBeNull();
  expect(await paperInTab(1, sources({ tabUrl: () => Promise.reject(new Error('No tab with id: 1')) }))).toBeNull();
});

import { hiddenSites, panelPosition, panelTheme, preferBookmarkedRelated, relatedCount } from '../settings';
import { createPanelSettingsModel } from './panel-settings-model';

test('a site kind is switched off and on for all its hosts, keeping other hidden sites', async () => {
  await hiddenSites.setValue(['huggingface.co']);
  const settings = createPanelSettingsModel();
  await settings.load();
  expect(settings.siteKinds.value.find((kind) => kind.name === 'Hugging Face Papers')?.enabled).toBe(false);
  await settings.setSiteKind('arXiv', false);
  expect(await hiddenSites.getValue()).toEqual(['huggingface.co', 'arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);
  expect(settings.siteKinds.value.find((kind) => kind.name === 'arXiv')?.enabled).toBe(false);
  await settings.setSiteKind('arXiv', true);
  expect(await hiddenSites.getValue()).toEqual(['huggingface.co']);
});

test('position, count and theme are stored where panels read them', async () => {
  const settings = createPanelSettingsModel();
  await settings.setPosition('floating');
  await settings.setRelatedCount(8);
  await settings.setTheme('dark');
  await settings.setBookmarkedFirst(false);
  expect(await preferBookmarkedRelated.getValue()).toBe(false);
  expect([await panelPosition.getValue(), await relatedCount.getValue(), await panelTheme.getValue()]).toEqual(['floating', 8, 'dark']);
  expect([settings.position.value, settings.relatedCount.value, settings.theme.value]).toEqual(['floating', 8, 'dark']);
});

import { bundledPaper } from '../../tests/support/catalogue';
import { libraryProtocol } from '../../tests/support/protocol';
import { createLibraryModel } from './library-model';

function setUp(backup: { takenAt: number; json: string } | null = null, profile = 'sidenote') {
  const { send, library } = libraryProtocol({}, profile);
  const downloads: { fileName: string; text: string; type: string }[] = [];
  const model = createLibraryModel({
    send,
    download: (fileName, text, type) => void downloads.push({ fileName, text, type }),
    latestBackup: async () => backup,
    now: () => Date.UTC(2026, 10, 27, 8),
  });
  return { model, library, downloads };
}

const file = (name: string, text: string) => ({ name, text: async () => text });

test('exports each format as a dated file', async () => {
  const { model, library, downloads } = setUp();
  await library.toggleBookmark(bundledPaper('2211.05344'));
  for (const format of ['BibTeX', 'CSL-JSON', 'CSV', 'JSON'] as const) await model.exportAs(format);
  expect(downloads.map((download) => download.fileName)).toEqual([
    'sidenote-bookmarks-2026-11-27.bib',
    'sidenote-bookmarks-2026-11-27.csl.json',
    'sidenote-bookmarks-2026-11-27.csv',
    'sidenote-bookmarks-2026-11-27.json',
  ]);
  expect(downloads[0]!.text).toContain('eprint = {2211.05344}');
  expect(JSON.parse(downloads[1]!.text)[0].title).toBe(bundledPaper('2211.05344').title);
});

test('export JSON, clear, import: the same library', async () => {
  const first = setUp();
  await first.library.toggleBookmark(bundledPaper('2211.05344'), 100);
  await first.library.toggleBookmark(bundledPaper('2004.09297'), 200);
  await first.library.updateBookmark('2211.05344', { tags: ['to read'], note: 'Table 3 {sic} & “quotes”', read: true }, 300);
  await first.model.exportAs('JSON');
  const exported = (await first.library.exportLibrary()).bookmarks;

  const fresh = setUp(null, 'fresh profile');
  await fresh.model.importFile(file('backup.json', first.downloads[0]!.text));
  expect(fresh.model.preview.value).toMatchObject({ added: expect.any(Array), updated: [], unchanged: 0, rejected: [] });
  expect(fresh.model.preview.value?.added).toHaveLength(2);
  expect((await fresh.library.exportLibrary()).bookmarks).toEqual([]);
  await fresh.model.confirmImport();
  expect(fresh.model.importDone.value).toBe('Imported 2 bookmarks.');
  expect((await fresh.library.exportLibrary()).bookmarks).toEqual(exported);
});

test('export BibTeX, import into a fresh profile: the same papers and tags', async () => {
  const first = setUp();
  await first.library.toggleBookmark(bundledPaper('2211.05344'));
  await first.library.updateBookmark('2211.05344', { tags: ['chinese', 'to read'] });
  await first.model.exportAs('BibTeX');
  const fresh = setUp(null, 'fresh profile');
  await fresh.model.importFile(file('refs.bib', first.downloads[0]!.text));
  await fresh.model.confirmImport();
  const [imported] = (await fresh.library.exportLibrary()).bookmarks;
  expect(imported?.key).toBe('2211.05344');
  expect(imported?.tags).toEqual(['chinese', 'to read']);
  expect(imported?.paper.title).toBe(bundledPaper('2211.05344').title);
});

test('a malformed file gets one clear alert and leaves the library untouched', async () => {
  const { model, library } = setUp();
  await library.toggleBookmark(bundledPaper('2211.05344'));
  const before = await library.exportLibrary();
  await model.importFile(file('broken.json', '{"format": "sidenote-backup", "version": 1, "bookmarks": [{"key": 3}]'));
  expect(model.importError.value).toMatch(/^broken\.json: The file is not valid JSON.*Your library was not changed\.$/);
  await model.importFile(file('broken.bib', '@misc{a, title = {Unclosed'));
  expect(model.importError.value).toMatch(/^broken\.bib: .*line 1\b/i);
  expect(model.preview.value).toBeNull();
  expect(await library.exportLibrary()).toEqual(before);
});

test('importing a paper already bookmarked merges its tags instead of duplicating it', async () => {
  const { model, library } = setUp();
  await library.toggleBookmark(bundledPaper('2211.05344'));
  await model.importFile(file('refs.bib', '@misc{cui2022lert, title = {LERT}, eprint = {2211.05344v1}, archivePrefix = {arXiv}, keywords = {nlp}}'));
  expect(model.preview.value).toMatchObject({ added: [], updated: [{ changes: expect.stringContaining('tags added: nlp') }] });
  await model.confirmImport();
  expect((await library.exportLibrary()).bookmarks.map((b) => [b.key, b.tags])).toEqual([['2211.05344', ['nlp']]]);
});

test('the automatic backup can be restored through the same preview', async () => {
  const source = setUp();
  await source.library.toggleBookmark(bundledPaper('2211.05344'));
  await source.model.exportAs('JSON');
  const { model, library } = setUp({ takenAt: Date.UTC(2026, 10, 26), json: source.downloads[0]!.text }, 'fresh profile');
  await model.load();
  expect(model.backupTakenAt.value).toBe(Date.UTC(2026, 10, 26));
  await model.restoreBackup();
  expect(model.preview.value?.added).toEqual([bundledPaper('2211.05344').title]);
  await model.confirmImport();
  expect((await library.exportLibrary()).bookmarks).toHaveLength(1);
});

/** The options page: where Sidenote runs, the panel, catalogue packs, and the library (export, import, backup, sync). */
import { render } from 'preact';
import { BookmarksView } from '@/components/BookmarksView';
import { CataloguePacks } from '@/components/CataloguePacks';
import { DeleteAllData } from '@/components/DeleteAllData';
import { PanelOptions } from '@/components/PanelOptions';
import { LibraryOptions } from '@/components/LibraryOptions';
import { TagRename } from '@/components/TagRename';
import { onBookmarksChanged } from '@/lib/bookmark-events';
import { createBookmarkListModel, type BookmarkListModel } from '@/lib/ui/bookmark-list-model';
import { bookmarkListProps } from '@/lib/ui/bookmark-list-props';
import { openPaper } from '@/lib/ui/open-paper';
import { createPanelSettingsModel, type PanelSettingsModel } from '@/lib/ui/panel-settings-model';
import { RELATED_COUNT_CHOICES } from '@/lib/settings';
import { OptionsApp } from '@/components/OptionsApp';
import { latestBackup } from '@/lib/background/daily-backup';
import { serveDeflation } from '@/lib/background/page-deflation';
import { sendMessage } from '@/lib/messaging/protocol';
import { readSyncStatus, SYNC_STATUS_KEY } from '@/lib/sync/engine';
import { downloadText } from '@/lib/ui/download';
import { describeSyncStatus } from '@/lib/ui/sync-summary';
import { createLibraryModel, type LibraryModel } from '@/lib/ui/library-model';
import { createOptionsModel, type OptionsModel } from '@/lib/ui/options-model';
import { createPackImportModel, type PackImportModel } from '@/lib/ui/pack-import-model';

function Options({
  model,
  library,
  bookmarks,
  panel,
  packs,
}: {
  model: OptionsModel;
  library: LibraryModel;
  bookmarks: BookmarkListModel;
  panel: PanelSettingsModel;
  packs: PackImportModel;
}) {
  const takenAt = library.backupTakenAt.value;
  const sync = model.syncStatus.value;
  return (
    <OptionsApp
      scholarlyDetection={model.scholarlyDetection.value}
      onScholarlyDetectionChange={(enabled) => void model.setScholarlyDetection(enabled)}
      hiddenSites={model.hiddenSites.value}
      onShowOnSite={(site) => void model.showOnSite(site)}
    >
      <PanelOptions
        siteKinds={panel.siteKinds.value}
        onSiteKindChange={(name, enabled) => void panel.setSiteKind(name, enabled)}
        position={panel.position.value}
        onPositionChange={(position) => void panel.setPosition(position)}
        startCollapsed={panel.startCollapsed.value}
        onStartCollapsedChange={(collapsed) => void panel.setStartCollapsed(collapsed)}
        bookmarkedFirst={panel.bookmarkedFirst.value}
        onBookmarkedFirstChange={(first) => void panel.setBookmarkedFirst(first)}
        relatedCount={panel.relatedCount.value}
        relatedCountChoices={RELATED_COUNT_CHOICES}
        onRelatedCountChange={(count) => void panel.setRelatedCount(count)}
        theme={panel.theme.value}
        onThemeChange={(theme) => void panel.setTheme(theme)}
      />
      <CataloguePacks
        packs={packs.packs.value}
        progress={packs.progress.value}
        skipBadLines={packs.skipBadLines.value}
        onSkipBadLinesChange={(skip) => (packs.skipBadLines.value = skip)}
        onImportFile={(file) => void packs.importFile(file)}
        onCancelImport={packs.cancel}
        onRemove={(packId) => void packs.remove(packId)}
        result={packs.result.value}
        error={packs.error.value}
      />
      <section aria-labelledby="sn-bookmarks">
        <h2 id="sn-bookmarks">Bookmarks</h2>
        <TagRename tags={bookmarks.page.value?.tags ?? []} onRename={bookmarks.renameTag} />
        <BookmarksView
          {...bookmarkListProps(bookmarks)}
          onToggleBookmark={(paper) => sendMessage('toggleBookmark', { paper })}
          onOpen={(paper) => void openPaper(paper, { newTab: true }, undefined)}
        />
      </section>
      <LibraryOptions
        onExport={(format) => void library.exportAs(format)}
        onImportFile={(file) => void library.importFile(file)}
        preview={library.preview.value}
        onConfirmImport={() => void library.confirmImport()}
        onCancelImport={library.cancelImport}
        importError={library.importError.value}
        importDone={library.importDone.value}
        backupTakenAt={takenAt === null ? null : new Date(takenAt).toLocaleString()}
        onRestoreBackup={() => void library.restoreBackup()}
        sync={sync && { enabled: sync.enabled, summary: describeSyncStatus(sync, Date.now()) }}
        onSyncChange={(enabled) => void model.setSyncEnabled(enabled)}
      />
      <DeleteAllData
        onDelete={async () => {
          await sendMessage('deleteAllData', undefined);
          await Promise.all([model.load(), library.load(), panel.load(), packs.load()]);
        }}
      />
    </OptionsApp>
  );
}

const model = createOptionsModel(browser.permissions, { send: sendMessage, readSyncStatus: () => readSyncStatus(browser.storage.local) });
const library = createLibraryModel({
  send: sendMessage,
  download: (fileName, text, type) => downloadText(document, fileName, text, type),
  latestBackup: () => latestBackup.getValue(),
  now: Date.now,
});
const bookmarks = createBookmarkListModel(sendMessage);
const panel = createPanelSettingsModel();
const packs = createPackImportModel({ send: sendMessage });
// The worker hands this page the deflating of a pack's index while it imports one (Chromium's worker only).
if ('serviceWorker' in navigator) serveDeflation(navigator.serviceWorker);
render(<Options model={model} library={library} bookmarks={bookmarks} panel={panel} packs={packs} />, document.getElementById('app')!);
void packs.load();
void panel.load();
panel.watch();
void bookmarks.load();
onBookmarksChanged(() => void bookmarks.load(), new AbortController().signal);
void navigator.storage.persist();
void model.load();
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SYNC_STATUS_KEY in changes) void model.refreshSyncStatus();
});
void library.load();

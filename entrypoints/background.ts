/** The background worker: owns the database and index, answers the message protocol, and runs the toolbar's bookmarking. */
import { bookmarkCommandHandlers, registerBookmarkCommands } from '@/lib/background/bookmark-commands';
import { startBookmarkSync } from '@/lib/background/bookmark-sync';
import { fetchBundledCatalogue } from '@/lib/background/bundled-catalogue';
import { keepDailyBackup } from '@/lib/background/daily-backup';
import { settingsPageDeflation } from '@/lib/background/page-deflation';
import { registerProtocol } from '@/lib/background/register-protocol';
import { keepScholarlyDetectionInStep } from '@/lib/background/scholarly-detection';
import { browserTabPaperFinder } from '@/lib/background/tab-paper';
import { keepBadgesInStep } from '@/lib/background/toolbar-badge';
import { SidenoteDatabase } from '@/lib/db/database';
import { Library } from '@/lib/library/library';

export default defineBackground(() => {
  const library = new Library(new SidenoteDatabase(), fetchBundledCatalogue, { deflate: settingsPageDeflation() });
  const findTabPaper = browserTabPaperFinder(library);
  browser.runtime.onInstalled.addListener(() => void library.refreshCatalogue());
  const updateBadge = keepBadgesInStep(library, findTabPaper);
  const sync = startBookmarkSync(library);
  registerProtocol(library, { paperInTab: findTabPaper, onPageShowsPaper: updateBadge, sync });
  registerBookmarkCommands(bookmarkCommandHandlers(library, findTabPaper, updateBadge));
  keepScholarlyDetectionInStep();
  keepDailyBackup(library);
});

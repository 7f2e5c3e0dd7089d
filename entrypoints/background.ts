/** The background worker: owns the database and index, and answers the message protocol. */
import { fetchBundledCatalogue } from '@/lib/background/bundled-catalogue';
import { registerProtocol } from '@/lib/background/register-protocol';
import { SidenoteDatabase } from '@/lib/db/database';
import { Library } from '@/lib/library/library';

export default defineBackground(() => {
  const library = new Library(new SidenoteDatabase(), fetchBundledCatalogue);
  browser.runtime.onInstalled.addListener(() => void library.refreshCatalogue());
  registerProtocol(library);
});

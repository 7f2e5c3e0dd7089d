/** The background worker: owns the database and index, answers the message protocol, and registers optional detection. */
import { fetchBundledCatalogue } from '@/lib/background/bundled-catalogue';
import { registerProtocol } from '@/lib/background/register-protocol';
import { keepScholarlyDetectionInStep } from '@/lib/background/scholarly-detection';
import { SidenoteDatabase } from '@/lib/db/database';
import { Library } from '@/lib/library/library';

export default defineBackground(() => {
  const library = new Library(new SidenoteDatabase(), fetchBundledCatalogue);
  browser.runtime.onInstalled.addListener(() => void library.refreshCatalogue());
  registerProtocol(library);
  keepScholarlyDetectionInStep();
});

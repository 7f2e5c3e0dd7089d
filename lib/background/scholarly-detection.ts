/** Runs the paper-page content script on every https site while the user grants the optional permission for it. */
import { browser } from 'wxt/browser';
import { PAPER_SITE_MATCHES } from '../sites';
import { onInstallOrBrowserStart } from './install-or-browser-start';

/** What the user grants from the options page: run on any https page, to read its scholarly metadata. */
export const SCHOLARLY_PERMISSIONS = { permissions: ['scripting' as const], origins: ['https://*/*'] };

const SCRIPT_ID = 'scholarly-pages';

/** The browser's script registry as the sync needs it, so tests can supply plain functions. */
export interface ScholarlyScriptRegistry {
  granted(): Promise<boolean>;
  registered(): Promise<boolean>;
  register(): Promise<void>;
  unregister(): Promise<void>;
}

/**
 * Registers the content script for all https pages when the permission is granted and it is not yet registered,
 * and unregisters it when the permission is gone. Call when the extension is installed, the browser starts and
 * permissions change.
 *
 * @example
 * browser.permissions.onAdded.addListener(() => void syncScholarlyDetection(browserScriptRegistry()));
 */
export async function syncScholarlyDetection(registry: ScholarlyScriptRegistry): Promise<void> {
  const [granted, registered] = await Promise.all([registry.granted(), registry.registered()]);
  if (granted && !registered) await registry.register();
  else if (!granted && registered) await registry.unregister();
}

/**
 * The registry of this browser. The script is the one the manifest runs on paper sites; those sites are
 * excluded here so it never runs twice on a page.
 *
 * @example
 * await syncScholarlyDetection(browserScriptRegistry());
 */
export function browserScriptRegistry(): ScholarlyScriptRegistry {
  return {
    granted: () => browser.permissions.contains(SCHOLARLY_PERMISSIONS),
    // Without the `scripting` permission the namespace is absent, and nothing can be registered.
    registered: async () => Boolean(browser.scripting && (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length),
    register: () =>
      browser.scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          matches: SCHOLARLY_PERMISSIONS.origins,
          excludeMatches: PAPER_SITE_MATCHES,
          js: ['content-scripts/paper-pages.js'],
          runAt: 'document_end',
        },
      ]),
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }),
  };
}

/**
 * Keeps the registration in step with the permission for the worker's lifetime: now, and on every grant or revocation.
 *
 * @example
 * keepScholarlyDetectionInStep();
 */
export function keepScholarlyDetectionInStep(registry = browserScriptRegistry()): void {
  const sync = () => syncScholarlyDetection(registry);
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  // A registered script stays registered across wakes and browser restarts; a grant or revocation wakes the worker.
  onInstallOrBrowserStart(sync);
}

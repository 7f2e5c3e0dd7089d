/** The options page: where Sidenote runs (the optional scholarly-page detection) and the sites where its panel is hidden. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './theme.css';
import './options.css';

/** Props of {@link OptionsApp}. */
export interface OptionsAppProps {
  /** Whether Sidenote may read scholarly metadata on any https page; null while unknown. */
  scholarlyDetection: boolean | null;
  /** Called from the click itself, so the browser can show its permission prompt. */
  onScholarlyDetectionChange: (enabled: boolean) => void;
  hiddenSites: string[];
  onShowOnSite: (site: string) => void;
  /** More sections, after these (the library's). */
  children?: ComponentChildren;
}

/**
 * Settings in two sections: a checkbox "Find papers on other scholarly sites", and the list of sites where the
 * panel was hidden, each with a "Show Sidenote on <site>" button.
 */
export function OptionsApp({ scholarlyDetection, onScholarlyDetectionChange, hiddenSites, onShowOnSite, children }: OptionsAppProps) {
  const detectionHelp = useId();
  return (
    <main class="sn-options">
      <h1>Sidenote settings</h1>
      <section aria-labelledby="sn-where">
        <h2 id="sn-where">Where Sidenote runs</h2>
        <p>
          Sidenote always runs on arXiv, ar5iv, alphaXiv, Hugging Face Papers, OpenReview, the ACL Anthology, Semantic
          Scholar, bioRxiv and medRxiv.
        </p>
        <label class="sn-options__check">
          <input
            type="checkbox"
            checked={scholarlyDetection === true}
            disabled={scholarlyDetection === null}
            aria-describedby={detectionHelp}
            onChange={(event) => onScholarlyDetectionChange(event.currentTarget.checked)}
          />
          Find papers on other scholarly sites
        </label>
        <p id={detectionHelp} class="sn-options__help">
          Reads the citation metadata that publishers and repositories put in their pages (Highwire, Dublin Core),
          on any https site. Your browser asks for permission first; nothing is sent anywhere.
        </p>
      </section>
      <section aria-labelledby="sn-hidden">
        <h2 id="sn-hidden">Sites where the panel is hidden</h2>
        {hiddenSites.length === 0 ? (
          <p>None. Use the × in a panel to hide it on a site.</p>
        ) : (
          <ul class="sn-options__sites">
            {hiddenSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" onClick={() => onShowOnSite(site)}>
                  Show Sidenote on {site}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {children}
    </main>
  );
}

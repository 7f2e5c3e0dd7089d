/** The options page: optional detection on other scholarly sites, and sites where the panel is hidden. */
import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { createOptionsModel, type OptionsModel } from '@/lib/ui/options-model';

function Options({ model }: { model: OptionsModel }) {
  return (
    <OptionsApp
      scholarlyDetection={model.scholarlyDetection.value}
      onScholarlyDetectionChange={(enabled) => void model.setScholarlyDetection(enabled)}
      hiddenSites={model.hiddenSites.value}
      onShowOnSite={(site) => void model.showOnSite(site)}
    />
  );
}

const model = createOptionsModel(browser.permissions);
render(<Options model={model} />, document.getElementById('app')!);
void model.load();

/** The panel page shown in an iframe beside a paper: renders related papers for the paper named in its fragment. */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { RelatedPanel } from '@/components/RelatedPanel';
import { onBookmarksChanged } from '@/lib/bookmark-events';
import { sendMessage } from '@/lib/messaging/protocol';
import { panelRequestFromFragment } from '@/lib/panel/panel-address';
import { relatedCount } from '@/lib/settings';
import { reportHeight, reportHidden } from '@/lib/panel/report-height';
import { createPanelModel, type PanelModel } from '@/lib/ui/panel-model';

function Panel({ model, onRendered }: { model: PanelModel; onRendered: () => void }) {
  useEffect(onRendered);
  return (
    <RelatedPanel
      paper={model.paper}
      currentBookmarked={model.currentBookmarked.value}
      entries={model.entries.value}
      error={model.error.value}
      collapsed={model.collapsed.value}
      onToggleCollapsed={() => void model.toggleCollapsed()}
      onToggleBookmark={model.toggleBookmark}
      site={model.site}
      onHideOnSite={() => void model.hideOnSite().then(() => reportHidden(document, window.parent))}
    />
  );
}

const request = panelRequestFromFragment(location.hash);
const lifetime = new AbortController();
const reportNow = reportHeight(document, window.parent, lifetime.signal);
if (request) {
  document.documentElement.dataset.scheme = request.scheme;
  void start(createPanelModel(request, sendMessage));
}

async function start(model: PanelModel) {
  onBookmarksChanged(() => void model.refresh(), lifetime.signal);
  const unwatch = relatedCount.watch(() => void model.refresh());
  lifetime.signal.addEventListener('abort', unwatch, { once: true });
  await model.restoreCollapsed();
  render(<Panel model={model} onRendered={reportNow} />, document.getElementById('app')!);
  await model.refresh();
}

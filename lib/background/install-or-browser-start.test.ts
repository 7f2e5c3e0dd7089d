import { onInstallOrBrowserStart } from './install-or-browser-start';

test('runs the set-up on install or update and on browser start, and not before', async () => {
  const runs: string[] = [];
  onInstallOrBrowserStart(() => runs.push('set up'));
  expect(runs).toEqual([]);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
  await fakeBrowser.runtime.onStartup.trigger();
  expect(runs).toEqual(['set up', 'set up', 'set up']);
});

import { keepScholarlyDetectionInStep, syncScholarlyDetection, type ScholarlyScriptRegistry } from './scholarly-detection';

function registry(granted: boolean, registered: boolean) {
  const calls: string[] = [];
  const fake: ScholarlyScriptRegistry = {
    granted: async () => granted,
    registered: async () => registered,
    register: async () => void calls.push('register'),
    unregister: async () => void calls.push('unregister'),
  };
  return { fake, calls };
}

test.each([
  [true, false, ['register']],
  [true, true, []],
  [false, true, ['unregister']],
  [false, false, []],
])('granted %s, registered %s: %j', async (granted, registered, expected) => {
  const { fake, calls } = registry(granted, registered);
  await syncScholarlyDetection(fake);
  expect(calls).toEqual(expected);
});

test('the registration is checked when the extension is installed and the browser starts, not on every wake', async () => {
  const { fake, calls } = registry(true, false);
  // fakeBrowser has no permission events, which this test is not about.
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) vi.spyOn(event, 'addListener').mockImplementation(() => {});
  keepScholarlyDetectionInStep(fake);
  await new Promise((resolve) => setTimeout(resolve));
  expect(calls).toEqual([]);
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
  expect(calls).toEqual(['register']);
  await fakeBrowser.runtime.onStartup.trigger();
  expect(calls).toEqual(['register', 'register']);
});

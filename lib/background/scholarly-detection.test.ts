import { syncScholarlyDetection, type ScholarlyScriptRegistry } from './scholarly-detection';

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

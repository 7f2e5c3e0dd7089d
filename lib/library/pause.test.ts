import { forEachWithPauses, pause } from './pause';

/** Runs `work` with a task queued before it, and returns where among the work's steps that task ran. */
async function whereQueuedTaskRuns(work: (step: (label: string) => void) => Promise<void>): Promise<string[]> {
  const order: string[] = [];
  setTimeout(() => order.push('queued task'), 0);
  await work((label) => order.push(label));
  await new Promise((resolve) => setTimeout(resolve, 5));
  return order;
}

test('a pause lets a task queued before it run first', async () => {
  expect(await whereQueuedTaskRuns(async (step) => (step('before'), await pause(), step('after')))).toEqual(['before', 'queued task', 'after']);
});

test('where the browser schedules by priority, the rest of the work is posted behind every other task', async () => {
  const priorities: string[] = [];
  vi.stubGlobal('scheduler', {
    postTask: (task: () => void, { priority }: { priority: string }) => (priorities.push(priority), Promise.resolve(task())),
  });
  try {
    await pause();
    expect(priorities).toEqual(['background']);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('items are visited in order, with pauses once a slice of time is spent, and none within it', async () => {
  const items = ['a', 'b', 'c'];
  expect(await whereQueuedTaskRuns((step) => forEachWithPauses(items, step, 0))).toEqual(['a', 'queued task', 'b', 'c']);
  expect(await whereQueuedTaskRuns((step) => forEachWithPauses(items, step, 60_000))).toEqual(['a', 'b', 'c', 'queued task']);
});

import { expect, test } from 'vitest';
import { portPair, type TestPortEnd } from '../../tests/support/port-pair';
import { answerOverPort, isWireMessage, portMessenger, rejection, type WireMessage, type WireReply } from './protocol-port';

/** A view's messenger whose every port is answered by `reply`, and the ports it opened. */
function connected(reply: (message: WireMessage) => Promise<WireReply>) {
  const ports: { view: TestPortEnd; worker: TestPortEnd }[] = [];
  const send = portMessenger(() => {
    const pair = portPair();
    answerOverPort(pair.worker, reply);
    ports.push(pair);
    return pair.view;
  });
  return { send, ports };
}

const echo = async (message: WireMessage): Promise<WireReply> => ({ res: message.data });

test('answers each question with its own answer, even when a later one is answered first', async () => {
  const { send, ports } = connected(async (message) => {
    const { query } = message.data as { query: string };
    if (query === 'slow') await new Promise((resolve) => setTimeout(resolve, 20));
    return { res: `answer to ${query}` };
  });
  const slow = send('search', { query: 'slow' });
  const quick = send('search', { query: 'quick' });
  expect(await Promise.race([slow, quick])).toBe('answer to quick');
  expect(await slow).toBe('answer to slow');
  // One port carries every question.
  expect(ports).toHaveLength(1);
  expect(ports[0]!.view.posted).toEqual([
    { id: 1, type: 'search', data: { query: 'slow' }, timestamp: expect.any(Number) },
    { id: 2, type: 'search', data: { query: 'quick' }, timestamp: expect.any(Number) },
  ]);
});

test('an error the worker raised rejects the question with its message and name', async () => {
  const { send } = connected(async () => rejection(Object.assign(new Error('query: must be text'), { name: 'MessageRejected' })));
  await expect(send('search', { query: 'x' })).rejects.toThrow(expect.objectContaining({ name: 'MessageRejected', message: 'query: must be text' }));
});

test('when the worker stops, waiting questions are rejected and the next question opens a new port', async () => {
  const { send, ports } = connected(() => new Promise<WireReply>(() => {}));
  const waiting = send('search', { query: 'never answered' });
  await new Promise((resolve) => setTimeout(resolve));
  ports[0]!.worker.disconnect();
  await expect(waiting).rejects.toThrow('Sidenote’s background stopped before answering.');

  const answered = connected(echo);
  expect(await answered.send('search', { query: 'first' })).toEqual({ query: 'first' });
  answered.ports[0]!.worker.disconnect();
  await new Promise((resolve) => setTimeout(resolve));
  expect(await answered.send('search', { query: 'again' })).toEqual({ query: 'again' });
  expect(answered.ports).toHaveLength(2);
});

test('a port closed before its disconnect event came is replaced, and the question still answered', async () => {
  const { send, ports } = connected(echo);
  expect(await send('search', { query: 'first' })).toEqual({ query: 'first' });
  ports[0]!.worker.disconnect(); // the view has not heard yet: its next post throws
  expect(await send('search', { query: 'second' })).toEqual({ query: 'second' });
  expect(ports).toHaveLength(2);
  expect(ports[1]!.view.posted).toEqual([expect.objectContaining({ data: { query: 'second' } })]);
});

test('the worker answers a malformed question that has an id with an error, ignores one without, and carries on', async () => {
  const { view, worker } = portPair();
  const replies: unknown[] = [];
  view.onMessage.addListener((message) => replies.push(message));
  answerOverPort(worker, echo);
  view.postMessage({ id: 7, type: 'search' }); // no timestamp
  view.postMessage('search');
  view.postMessage(null);
  view.postMessage({ id: 8, type: 'search', data: 'ok', timestamp: 1 });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(replies).toEqual([
    { id: 7, err: expect.objectContaining({ message: 'not a protocol message' }) },
    { id: 8, res: 'ok' },
  ]);
});

test('an answer to a view closed meanwhile is dropped', async () => {
  const { view, worker } = portPair();
  let answered: () => void = () => {};
  const done = new Promise<void>((resolve) => (answered = resolve));
  answerOverPort(worker, async () => {
    view.disconnect();
    answered();
    return { res: 'too late' };
  });
  view.postMessage({ id: 1, type: 'search', data: null, timestamp: 1 });
  await done;
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(worker.posted).toEqual([]);
});

test('isWireMessage accepts what both clients send and nothing without a type and a timestamp', () => {
  expect(isWireMessage({ id: 1, type: 'search', data: { query: 'bert' }, timestamp: 1 })).toBe(true);
  expect(isWireMessage({ type: 'search', timestamp: 1 })).toBe(true);
  expect(isWireMessage({ type: 'search' })).toBe(false);
  expect(isWireMessage({ type: 1, timestamp: 1 })).toBe(false);
  expect(isWireMessage('search')).toBe(false);
  expect(isWireMessage(null)).toBe(false);
});

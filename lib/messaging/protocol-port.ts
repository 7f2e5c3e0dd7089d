/**
 * The protocol over one long-lived port, for a view that asks many questions in a row: the popup, which searches on
 * every keystroke.
 *
 * Why a port: `runtime.sendMessage` opens a channel to the worker for each message and closes it after the answer,
 * several messages through the browser process each time, where a port opened once carries each question and its
 * answer in one hop each way; and webext-core's client awaits before it sends, so the popup drew the typed letter
 * first (0.7 to 1.1 ms at the median), where this one posts within the input event. In headless Chromium, a round
 * trip from an extension page took 1.3 ms at the median by `sendMessage` and 0.7 ms over a port; while typing, the
 * popup's answers came 0.7 to 3.9 ms sooner at the median (alternated runs). Both transports carry the same wire
 * format to the same answering function in the worker.
 */
import type { SendMessage } from './protocol';

/** The name the popup's port is opened with, so the worker tells it from other connections. */
export const PROTOCOL_PORT = 'sidenote-protocol';

/** A question as both transports carry it (@webext-core/messaging's wire format). */
export interface WireMessage {
  /** Set by both clients; the port's answers carry it back. */
  id?: number;
  type: string;
  data?: unknown;
  timestamp: number;
}

/** The answer to a question: its result, or the error it raised. */
export type WireReply = { res: unknown } | { err: { name: string; message: string; stack: string } };

/** The part of `runtime.Port` both ends use, so tests can join two ends in memory. */
export interface ProtocolPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * Whether a message has the wire format's shape (its data is checked by the protocol's validators).
 *
 * @example
 * isWireMessage({ id: 1, type: 'search', data: { query: 'bert' }, timestamp: Date.now() }); // true
 * isWireMessage({ type: 'search' }); // false
 */
export function isWireMessage(message: unknown): message is WireMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, timestamp } = message as Partial<WireMessage>;
  return typeof type === 'string' && typeof timestamp === 'number';
}

/**
 * A `SendMessage` that sends over a port opened by `connect` on first use. When the port closes (the worker was
 * stopped after a while idle, or the extension reloaded) the questions still waiting are rejected, as
 * `sendMessage`'s are when the worker stops before answering, and the next question opens a new port, which wakes
 * the worker.
 *
 * @example
 * const send = portMessenger(() => browser.runtime.connect({ name: PROTOCOL_PORT }));
 * const hits = await send('search', { query: 'masked language', limit: 20 });
 */
export function portMessenger(connect: () => ProtocolPort): SendMessage {
  let port: ProtocolPort | undefined;
  let lastId = 0;
  /** Questions not answered yet, by id, with the port each was sent on. */
  const waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void; sentOn: ProtocolPort }>();

  const open = (): ProtocolPort => {
    const opened = connect();
    opened.onMessage.addListener((message) => {
      const { id, ...reply } = message as { id?: number } & WireReply;
      const question = id === undefined ? undefined : waiting.get(id);
      if (!question) return;
      waiting.delete(id!);
      if ('err' in reply) question.reject(Object.assign(new Error(reply.err.message), { name: reply.err.name }));
      else question.resolve(reply.res);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      for (const [id, question] of waiting) {
        if (question.sentOn !== opened) continue;
        waiting.delete(id);
        question.reject(new Error('Sidenote’s background stopped before answering.'));
      }
    });
    return opened;
  };

  /** Posts on the open port; a port that closed before its disconnect event arrived throws, and is replaced. */
  const post = (message: WireMessage & { id: number }): ProtocolPort => {
    try {
      (port ??= open()).postMessage(message);
    } catch {
      port = open();
      port.postMessage(message);
    }
    return port;
  };

  return ((type: string, data?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++lastId;
      // Noted after posting: answers come in a later task, never during `postMessage`.
      waiting.set(id, { resolve, reject, sentOn: post({ id, type, data, timestamp: Date.now() }) });
    })) as SendMessage;
}

/**
 * Answers each question arriving on `port` with `reply`, tagged with the question's id. A message without the wire
 * format's shape but with an id gets an error; one without an id cannot be answered and is ignored. An answer to a
 * view closed meanwhile is dropped.
 *
 * @example
 * browser.runtime.onConnect.addListener((port) => {
 *   if (port.name === PROTOCOL_PORT) answerOverPort(port, (message) => reply(message, port.sender));
 * });
 */
export function answerOverPort(port: ProtocolPort, reply: (message: WireMessage) => Promise<WireReply>): void {
  port.onMessage.addListener((message) => {
    const id = (message as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return;
    const answered = isWireMessage(message) ? reply(message) : Promise.resolve(rejection(new Error('not a protocol message')));
    void answered.then((answer) => {
      try {
        port.postMessage({ id, ...answer });
      } catch {
        // The view closed before its answer came.
      }
    });
  });
}

/**
 * An error as the wire format carries it.
 *
 * @example
 * rejection(new Error('unknown message type: x')); // { err: { name: 'Error', message: 'unknown message type: x', stack: '…' } }
 */
export function rejection(error: Error): WireReply {
  return { err: { name: error.name, message: error.message, stack: error.stack ?? '' } };
}

/** Two ends of a port joined in memory, for tests of what views and the worker say over `runtime.Port`. */
import type { ProtocolPort } from '../../lib/messaging/protocol-port';

/** One end of an in-memory port: delivers a copy of each message to the other end later, as Chrome's ports do. */
export interface TestPortEnd extends ProtocolPort {
  /** Closes the port from this side: the other end's disconnect listeners run, and neither end can post after. */
  disconnect(): void;
  posted: unknown[];
}

/**
 * Two joined port ends: `view` as `runtime.connect` returns it, `worker` as `onConnect` receives it.
 *
 * @example
 * const { view, worker } = portPair();
 * answerOverPort(worker, reply);
 * view.postMessage({ id: 1, type: 'search', data: { query: 'bert' }, timestamp: Date.now() });
 */
export function portPair(): { view: TestPortEnd; worker: TestPortEnd } {
  let open = true;
  const end = (): TestPortEnd & { receive(message: unknown): void; disconnected(): void } => {
    const listeners: ((message: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    return {
      posted: [],
      postMessage(message) {
        if (!open) throw new Error('Attempting to use a disconnected port object');
        this.posted.push(message);
        const copy = structuredClone(message);
        setTimeout(() => open && other(this).receive(copy));
      },
      onMessage: { addListener: (listener) => void listeners.push(listener) },
      onDisconnect: { addListener: (listener) => void onDisconnect.push(listener) },
      disconnect() {
        open = false;
        setTimeout(() => other(this).disconnected());
      },
      receive: (message) => listeners.forEach((listener) => listener(message)),
      disconnected: () => onDisconnect.forEach((listener) => listener()),
    };
  };
  const view = end();
  const worker = end();
  const other = (one: TestPortEnd) => (one === view ? worker : view);
  return { view, worker };
}

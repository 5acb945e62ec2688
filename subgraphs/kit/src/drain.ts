import type { Server } from 'node:http';

/**
 * After the drain, how long requests still running may take before their connections are cut: a subgraph
 * starts no new work after its 15 s execution deadline, and Kubernetes' 30 s grace period must cover the
 * preStop pause (5 s), the drain (5 s) and this.
 */
export const DRAIN_GRACE_MS = 15_000;

export interface Drainer {
  /** True from the start of `close()`: `/ready` answers 503 from then on. */
  readonly draining: boolean;
  /** Requests being answered right now. */
  readonly inFlight: number;
  /**
   * Drains, then closes: `/ready` turns 503 and every answer says `connection: close` (so clients and the
   * gateway's pools open their next connection elsewhere); new and running requests are served for
   * `drainMs`; then the listener closes, idle connections are closed as they become idle, and after
   * `graceMs` whatever still runs is cut.
   */
  close(opts: { drainMs: number; graceMs?: number; onDrained?: () => void }): Promise<void>;
}

/**
 * Counts a server's requests and closes it without failing any of them. node:http's own `close()` keeps
 * running requests but lets a keep-alive connection take a new one; `closeAllConnections()` (what the
 * processes did before) cuts running requests mid-answer.
 */
export function drainer(server: Server): Drainer {
  let draining = false;
  let inFlight = 0;
  // first listener: runs before the app's handler, so the header is set before anything is written
  server.prependListener('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
    if (draining) res.setHeader('connection', 'close');
  });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    async close({ drainMs, graceMs = DRAIN_GRACE_MS, onDrained }) {
      draining = true;
      if (drainMs > 0) await sleep(drainMs);
      onDrained?.();
      let closed = false;
      const done = new Promise<void>((resolve) =>
        server.close(() => {
          closed = true;
          resolve();
        }),
      );
      const deadline = Date.now() + graceMs;
      // a keep-alive connection whose request was running when the listener closed becomes idle only later
      while (!closed && Date.now() < deadline) {
        server.closeIdleConnections();
        await Promise.race([done, sleep(25)]);
      }
      server.closeAllConnections();
      await done;
    },
  };
}

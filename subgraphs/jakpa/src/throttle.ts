import { createThrottle, type Throttle } from '@kendari/kit';
import { jakpaConfig } from './config';

/**
 * Public bill lookups: scraping the register (many different NOPs from one client) is throttled;
 * looking the same NOP up again is free. A (client, NOP) pair is counted against the client's
 * budget the first time it is seen in a window; both counts are single atomic store operations.
 */
let rules: { seen: Throttle; distinct: Throttle } | null = null;

function throttles() {
  if (!rules) {
    const cfg = jakpaConfig();
    rules = {
      seen: createThrottle({ name: 'jakpa.lookup-seen-nop', points: 1, windowSeconds: cfg.JAKPA_LOOKUP_WINDOW_SECONDS }),
      distinct: createThrottle({ name: 'jakpa.lookup-distinct-nops', points: cfg.JAKPA_LOOKUP_DISTINCT_NOPS, windowSeconds: cfg.JAKPA_LOOKUP_WINDOW_SECONDS }),
    };
  }
  return rules;
}

export async function throttleLookup(clientIp: string, nopDigits: string): Promise<void> {
  const t = throttles();
  const pair = `${clientIp}|${nopDigits}`;
  const first = await t.seen.hit(pair);
  if (!first.allowed) return; // this client looked this NOP up already in the window
  try {
    await t.distinct.consume(clientIp, {
      en: 'Too many different NOPs looked up from this address',
      id: 'Terlalu banyak NOP berbeda yang dicari dari alamat ini.',
    });
  } catch (err) {
    await t.seen.reset(pair); // refused: the NOP must not become free on the next try
    throw err;
  }
}

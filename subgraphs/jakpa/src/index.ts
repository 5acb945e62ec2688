import { EnvError, runSubgraph } from '@kendari/kit';
import { jakpaConfig } from './config';
import { jakpa } from './subgraph';

// fail fast on bad JAKPA_* settings (every problem listed), before anything starts
try {
  jakpaConfig();
} catch (err) {
  if (!(err instanceof EnvError)) throw err;
  console.error(`[jakpa] ${err.message}`);
  process.exit(1);
}
void runSubgraph(jakpa);

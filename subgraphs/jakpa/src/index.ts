import { runSubgraph } from '@kendari/kit';
import { jakpa } from './subgraph';

// JAKPA_* settings are parsed with the kit's in one go: a bad one stops the start with every problem listed
void runSubgraph(jakpa);

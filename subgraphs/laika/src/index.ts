import { runSubgraph } from '@kendari/kit';
import { laika } from './subgraph';

void runSubgraph(laika);

import { runSubgraph } from '@kendari/kit';
import { core } from './subgraph';

void runSubgraph(core);

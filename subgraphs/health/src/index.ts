import { runSubgraph } from '@kendari/kit';
import { health } from './subgraph';

void runSubgraph(health);

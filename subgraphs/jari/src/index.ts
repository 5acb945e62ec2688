import { runSubgraph } from '@kendari/kit';
import { jari } from './subgraph';

void runSubgraph(jari);

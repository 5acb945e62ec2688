import { runSubgraph } from '@kendari/kit';
import { permits } from './subgraph';

void runSubgraph(permits);

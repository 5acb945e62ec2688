import { runSubgraph } from '@kendari/kit';
import { firebutton } from './subgraph';

void runSubgraph(firebutton);

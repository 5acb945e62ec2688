import { Migration20261123000000Initial } from './Migration20261123000000Initial';

/** Every migration of this subgraph, in order (listed explicitly: no file globbing at run time). */
export const migrations = [{ name: 'Migration20261123000000Initial', class: Migration20261123000000Initial }];

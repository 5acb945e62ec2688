import { Migration2026120106000000Initial } from './Migration2026120106000000Initial';

/** Every migration of this subgraph, in order (listed explicitly: no file globbing at run time). */
export const migrations = [{ name: 'Migration2026120106000000Initial', class: Migration2026120106000000Initial }];

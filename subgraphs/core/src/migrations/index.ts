import { Migration20261123000000Initial } from './Migration20261123000000Initial';
import { Migration20261201040000OfficerFacility } from './Migration20261201040000OfficerFacility';
import { Migration20261201050000CatalogueBilingual } from './Migration20261201050000CatalogueBilingual';
import { Migration20261201060000SessionFamily } from './Migration20261201060000SessionFamily';
import { Migration20261202000000ApiKeys } from './Migration20261202000000ApiKeys';

/** Every migration of this subgraph, in order (listed explicitly: no file globbing at run time). */
export const migrations = [
  { name: 'Migration20261123000000Initial', class: Migration20261123000000Initial },
  { name: 'Migration20261201040000OfficerFacility', class: Migration20261201040000OfficerFacility },
  { name: 'Migration20261201050000CatalogueBilingual', class: Migration20261201050000CatalogueBilingual },
  { name: 'Migration20261201060000SessionFamily', class: Migration20261201060000SessionFamily },
  { name: 'Migration20261202000000ApiKeys', class: Migration20261202000000ApiKeys },
];

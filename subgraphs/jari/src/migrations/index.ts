import { Migration2026112303000000Initial } from './Migration2026112303000000Initial';
import { Migration20261201050000ServicePointEnglish } from './Migration20261201050000ServicePointEnglish';
import { Migration20261201180000EvidenceUploads } from './Migration20261201180000EvidenceUploads';

/** Every migration of this subgraph, in order (listed explicitly: no file globbing at run time). */
export const migrations = [
  { name: 'Migration2026112303000000Initial', class: Migration2026112303000000Initial },
  { name: 'Migration20261201050000ServicePointEnglish', class: Migration20261201050000ServicePointEnglish },
  { name: 'Migration20261201180000EvidenceUploads', class: Migration20261201180000EvidenceUploads },
];

import { loadByKey, loadGroupedBy, type RequestContext } from '@kendari/kit';
import { Agency } from './entities/agency.entity';
import { Citizen } from './entities/account.entity';
import { Kecamatan, Kelurahan } from './entities/region.entity';
import { Service } from './entities/service.entity';

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  kecamatan: loadByKey(ctx, Kecamatan),
  kelurahan: loadByKey(ctx, Kelurahan),
  kelurahansOfKecamatan: loadGroupedBy(ctx, Kelurahan, 'kecamatanId', { id: 'asc' }),
  agency: loadByKey(ctx, Agency),
  service: loadByKey(ctx, Service),
  servicesOfAgency: loadGroupedBy(ctx, Service, 'agencyId', { name: 'asc' }),
  citizen: loadByKey(ctx, Citizen),
});

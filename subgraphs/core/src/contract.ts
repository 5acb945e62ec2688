import { CACHE, cacheFields, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { Agency } from './entities/agency.entity';
import { Kecamatan, Kelurahan } from './entities/region.entity';
import { Service } from './entities/service.entity';
import { AgencyResolver, ServiceConnection, ServiceResolver } from './resolvers/catalogue.resolver';
import { KecamatanResolver, KelurahanResolver } from './resolvers/region.resolver';

// The public part of core (issue 17): the service catalogue, agencies and regions. Citizen, Officer stay out.
publicType(Agency, '*');
publicType(Service, '*');
publicType(ServiceConnection);
publicType(Kecamatan, '*');
publicType(Kelurahan, '*');
publicFields(AgencyResolver, ['agencies', 'agency', 'services', 'kecamatan']);
publicFields(ServiceResolver, ['services', 'service', 'isFree', 'agency']);
publicFields(KecamatanResolver, ['kecamatans', 'kecamatan', 'kelurahans']);
publicFields(KelurahanResolver, ['kelurahans', 'kelurahan', 'kecamatan']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts): reference data for minutes.
cacheTypes([Agency, Service, Kecamatan, Kelurahan], CACHE.reference);
cacheTypes([ServiceConnection], CACHE.inherit);
cacheFields(ServiceResolver, ['services'], CACHE.reference);

import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_PASSWORD, KENDARI, KELURAHAN, OfficerRole, demoCitizens, sha256, slugOf, stableUuid } from '@kendari/kit';
import { Agency } from '../entities/agency.entity';
import { Citizen, Officer } from '../entities/account.entity';
import { ApiKey } from '../entities/api-key.entity';
import { Kecamatan, Kelurahan } from '../entities/region.entity';
import { Service } from '../entities/service.entity';
import { checkNik } from '../auth/nik';
import { hashPassword } from '../auth/password';
import { AGENCIES, SERVICES, serviceRow } from './catalogue';

/**
 * The demo API key (issue 17), held for a partner office and followed by the demo resident's account
 * (NIK 7471024506900001) in /pengembang/kunci. Public like the demo password: it only names a caller and its
 * quota (a key never unlocks personal data); it exists only where the demo data is loaded.
 */
export const DEMO_API_KEY = 'skd_demo_0000d3e0_DemoKeySatuKendariPlaygroundOnly-NotSecret0';
export const DEMO_API_KEY_QUOTAS = { perMinute: 300, perDay: 20_000 };

export const isEmpty = async (em: EntityManager) => (await em.count(Kecamatan)) === 0;

/** Demo officer accounts, one per role at least; all use DEMO_PASSWORD. */
export function demoOfficers() {
  const officers: Array<{
    username: string;
    name: string;
    role: OfficerRole;
    kelurahanId?: string;
    kecamatanId?: string;
    agencyId?: string;
    facilityId?: string;
  }> = [
    { username: 'admin', name: 'Admin Diskominfo', role: OfficerRole.ADMIN, agencyId: 'diskominfo' },
    { username: 'inspektur', name: 'Pemeriksa Inspektorat', role: OfficerRole.INSPECTOR, agencyId: 'inspektorat' },
    { username: 'dispatcher.damkar', name: 'Operator Damkar', role: OfficerRole.DISPATCHER, agencyId: 'damkar' },
    { username: 'petugas.disdukcapil', name: 'Petugas Disdukcapil', role: OfficerRole.AGENCY_OFFICER, agencyId: 'disdukcapil' },
    { username: 'petugas.dpmptsp', name: 'Petugas DPMPTSP', role: OfficerRole.AGENCY_OFFICER, agencyId: 'dpmptsp' },
    { username: 'petugas.dinkes', name: 'Petugas Dinkes', role: OfficerRole.AGENCY_OFFICER, agencyId: 'dinkes' },
    { username: 'petugas.bapenda', name: 'Petugas Bapenda', role: OfficerRole.AGENCY_OFFICER, agencyId: 'bapenda' },
    // health facility staff: scoped to one facility of the health subgraph (its id)
    {
      username: 'petugas.puskesmas.kandai',
      name: 'Petugas Puskesmas Kandai',
      role: OfficerRole.FACILITY_STAFF,
      agencyId: 'dinkes',
      facilityId: 'puskesmas-kandai',
    },
    { username: 'petugas.puskesmas.mata', name: 'Petugas Puskesmas Mata', role: OfficerRole.FACILITY_STAFF, agencyId: 'dinkes', facilityId: 'puskesmas-mata' },
  ];
  for (const k of KENDARI.kecamatan) {
    officers.push({
      username: `camat.${slugOf(k.name)}`,
      name: `Camat ${k.name}`,
      role: OfficerRole.CAMAT,
      kecamatanId: k.code,
      agencyId: `kecamatan-${slugOf(k.name)}`,
    });
  }
  for (const k of KELURAHAN) {
    officers.push({
      username: `petugas.${slugOf(k.name)}`,
      name: `Petugas Kelurahan ${k.name}`,
      role: OfficerRole.KELURAHAN_OFFICER,
      kelurahanId: k.id,
      kecamatanId: k.kecamatanId,
    });
    officers.push({ username: `lurah.${slugOf(k.name)}`, name: `Lurah ${k.name}`, role: OfficerRole.LURAH, kelurahanId: k.id, kecamatanId: k.kecamatanId });
  }
  return officers.map((o) => ({ id: stableUuid(`officer:${o.username}`), ...o }));
}

export async function seed(em: EntityManager): Promise<void> {
  for (const kc of KENDARI.kecamatan) {
    em.create(Kecamatan, { id: kc.code, name: kc.name });
    for (const kl of kc.kelurahan) em.create(Kelurahan, { id: kl.code, name: kl.name, kecamatanId: kc.code });
  }
  for (const a of AGENCIES) em.create(Agency, a);
  for (const s of SERVICES) em.create(Service, serviceRow(s));
  // one hash for every demo account (they share the demo password): seeding stays fast
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const c of demoCitizens()) {
    const nik = checkNik(c.nik);
    if (!nik.ok) throw new Error(`demo NIK ${c.nik} is invalid: ${nik.message}`);
    em.create(Citizen, {
      id: c.id,
      nik: c.nik,
      name: c.name,
      phone: c.phone,
      kelurahanId: c.kelurahanId,
      birthDate: nik.birthDate,
      passwordHash,
      createdAt: new Date('2026-01-05T01:00:00Z'),
    });
  }
  for (const o of demoOfficers()) em.create(Officer, { ...o, passwordHash });
  em.create(ApiKey, {
    id: stableUuid('api-key:demo'),
    prefix: DEMO_API_KEY.split('_').slice(0, 3).join('_'),
    secretHash: sha256(DEMO_API_KEY),
    holder: 'Pemkab Konawe (demo)',
    contact: 'diskominfo@konawekab.example',
    ownerAccountId: demoCitizens(1)[0].id,
    quotaPerMinute: DEMO_API_KEY_QUOTAS.perMinute,
    quotaPerDay: DEMO_API_KEY_QUOTAS.perDay,
    allowedOrigins: [],
    createdAt: new Date('2026-11-01T01:00:00Z'),
    createdBy: stableUuid('officer:admin'),
  });
  await em.flush();
}

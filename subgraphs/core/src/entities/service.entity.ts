import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ServiceApplication {
  LAIKA = 'LAIKA',
  PERMITS = 'PERMITS',
  HEALTH = 'HEALTH',
  FIREBUTTON = 'FIREBUTTON',
  JAKPA = 'JAKPA',
  JARI = 'JARI',
  CIVIL_REGISTRY = 'CIVIL_REGISTRY',
}
registerEnumType(ServiceApplication, { name: 'ServiceApplication', description: 'Which application handles requests for a service.' });

export enum ServiceLevel {
  KELURAHAN = 'KELURAHAN',
  KECAMATAN = 'KECAMATAN',
  AGENCY = 'AGENCY',
}
registerEnumType(ServiceLevel, { name: 'ServiceLevel', description: 'Where a request for the service is handled.' });

@Directive('@key(fields: "id")')
@ObjectType({ description: "A public service with its official standard (Standar Pelayanan, UU 25/2009, PermenPANRB 15/2014)." })
@Entity({ tableName: 'service' })
export class Service {
  @Field(() => ID, { description: 'Stable slug, e.g. laika-sk-domisili.' })
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 60, index: true })
  agencyId!: string;

  @Field(() => ServiceApplication)
  @Property({ type: 'string', length: 20, index: true })
  application!: ServiceApplication;

  @Field(() => ServiceLevel)
  @Property({ type: 'string', length: 20 })
  level!: ServiceLevel;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Persyaratan: what the resident brings or uploads.' })
  @Property({ type: 'text[]' })
  requirements!: string[];

  @Field(() => [String], { description: 'Prosedur: the steps, in order.' })
  @Property({ type: 'text[]' })
  steps!: string[];

  @Field(() => Int, { description: 'Jangka waktu: the time limit in working days (0 = served immediately).' })
  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Field(() => String, { description: 'The time limit as the standard words it, e.g. "3 hari kerja".' })
  @Property({ type: 'string', length: 100 })
  timeLimitText!: string;

  @Field(() => Int, { description: 'Biaya/tarif: the official fee in rupiah; 0 means free. Paying anyone more is not allowed.' })
  @Property({ type: 'integer' })
  feeRupiah!: number;

  @Field(() => String, { description: 'The regulation that sets the fee (or makes the service free).' })
  @Property({ type: 'string', length: 300 })
  feeLegalBasis!: string;

  @Field(() => String, { description: 'Produk pelayanan: what the resident receives.' })
  @Property({ type: 'string', length: 300 })
  product!: string;

  @Field(() => String, { description: 'Penanganan pengaduan: how to complain.' })
  @Property({ type: 'string', length: 500 })
  complaintChannel!: string;

  @Field(() => String, { description: 'Dasar hukum: the legal basis of the service.' })
  @Property({ type: 'string', length: 500 })
  legalBasis!: string;
}

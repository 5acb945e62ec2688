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

export enum FeeKind {
  FREE = 'FREE',
  FIXED = 'FIXED',
  LEVY = 'LEVY',
  TAX = 'TAX',
}
registerEnumType(FeeKind, {
  name: 'FeeKind',
  description: 'What a resident owes for a service: nothing, a fixed fee, a local levy computed by rule (retribusi), or a local tax (pajak).',
  valuesConfig: {
    FREE: { description: 'Nothing is owed (Gratis).' },
    FIXED: { description: 'A fixed official fee: `feeRupiah`.' },
    LEVY: { description: 'A local levy (retribusi daerah) computed by a rule, e.g. PBG by floor area and building function; see `feeNote`.' },
    TAX: { description: 'A local tax (pajak daerah) assessed on the resident, e.g. PBB, PBJT, billboard tax; see `feeNote`.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A public service with its official standard (Standar Pelayanan, UU 25/2009, PermenPANRB 15/2014).' })
@Entity({ tableName: 'service' })
export class Service {
  @Field(() => ID, { description: 'Stable slug, e.g. laika-sk-domisili.' })
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'The name in English.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

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

  @Field(() => String, { description: 'The description in English.' })
  @Property({ type: 'text' })
  descriptionEn!: string;

  @Field(() => [String], { description: 'Other words residents use for this service, in both languages (e.g. "KTP", "ID card"); searched after the name.' })
  @Property({ type: 'text[]' })
  keywords!: string[];

  @Field(() => [String], { description: 'Persyaratan: what the resident brings or uploads.' })
  @Property({ type: 'text[]' })
  requirements!: string[];

  @Field(() => [String], { description: 'The requirements in English, in the same order.' })
  @Property({ type: 'text[]' })
  requirementsEn!: string[];

  @Field(() => [String], { description: 'Prosedur: the steps, in order.' })
  @Property({ type: 'text[]' })
  steps!: string[];

  @Field(() => [String], { description: 'The steps in English, in the same order.' })
  @Property({ type: 'text[]' })
  stepsEn!: string[];

  @Field(() => Int, { description: 'Jangka waktu: the time limit in working days (0 = served immediately).' })
  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Field(() => String, { description: 'The time limit as the standard words it, e.g. "3 hari kerja".' })
  @Property({ type: 'string', length: 100 })
  timeLimitText!: string;

  @Field(() => String, { description: 'The time limit in English, e.g. "3 working days".' })
  @Property({ type: 'string', length: 100 })
  timeLimitTextEn!: string;

  @Field(() => FeeKind, { description: 'Biaya/tarif: free, a fixed fee, a levy computed by rule, or a tax. Paying anyone more than this is not allowed.' })
  @Property({ type: 'string', length: 10 })
  feeKind!: FeeKind;

  @Field(() => Int, {
    description: 'For feeKind FIXED: the official fee in rupiah. 0 for FREE, and for LEVY and TAX, whose amount is computed by rule (see feeNote).',
  })
  @Property({ type: 'integer' })
  feeRupiah!: number;

  @Field(() => String, { nullable: true, description: 'How a levy or tax is computed and where it is paid (Bahasa Indonesia); null for FREE.' })
  @Property({ type: 'string', length: 400, nullable: true })
  feeNote?: string | null;

  @Field(() => String, { nullable: true, description: 'feeNote in English.' })
  @Property({ type: 'string', length: 400, nullable: true })
  feeNoteEn?: string | null;

  @Field(() => String, { description: 'The regulation that sets the fee (or makes the service free).' })
  @Property({ type: 'string', length: 300 })
  feeLegalBasis!: string;

  @Field(() => String, { description: 'Produk pelayanan: what the resident receives.' })
  @Property({ type: 'string', length: 300 })
  product!: string;

  @Field(() => String, { description: 'The product in English.' })
  @Property({ type: 'string', length: 300 })
  productEn!: string;

  @Field(() => String, { description: 'Penanganan pengaduan: how to complain.' })
  @Property({ type: 'string', length: 500 })
  complaintChannel!: string;

  @Field(() => String, { description: 'How to complain, in English.' })
  @Property({ type: 'string', length: 500 })
  complaintChannelEn!: string;

  @Field(() => String, { description: 'Dasar hukum: the legal basis of the service.' })
  @Property({ type: 'string', length: 500 })
  legalBasis!: string;
}

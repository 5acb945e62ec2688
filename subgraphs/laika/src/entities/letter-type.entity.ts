import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LetterFieldKind, LetterLevel, type LetterFieldSpec } from '../letter-types';
import '../workflow'; // registers the enums used below

@ObjectType('LetterField', { description: 'A field a letter type needs beyond the purpose (e.g. the business name of an SKU).' })
export class LetterField implements LetterFieldSpec {
  @Field(() => String, { description: 'The name to send in `details`, e.g. businessName.' })
  name!: string;

  @Field(() => String, { description: 'Label in Bahasa Indonesia.' })
  label!: string;

  @Field(() => LetterFieldKind)
  kind!: LetterFieldKind;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Int)
  maxLength!: number;
}

/** laika's own copy of the LAIKA services it issues: no subgraph reads core's tables. */
@ObjectType('LetterType', { description: 'A kind of letter LAIKA issues; `id` is the core service id (e.g. laika-sku).' })
@Entity({ tableName: 'letter_type' })
export class LetterType {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => LetterLevel)
  @Property({ type: 'string', length: 20 })
  level!: LetterLevel;

  @Field(() => Int, { description: 'Time limit in working days (Mon-Fri, WITA), as in the service standard.' })
  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Field(() => Int, { description: 'Months the letter stays valid after issue; 0 = it does not expire.' })
  @Property({ type: 'integer' })
  validityMonths!: number;

  @Field(() => String, { description: 'Archive classification code, the first part of the letter number.' })
  @Property({ type: 'string', length: 20 })
  classification!: string;

  @Field(() => Int, { description: 'Official fee in rupiah: 0, every LAIKA letter is free.' })
  @Property({ type: 'integer' })
  feeRupiah!: number;

  @Field(() => [LetterField], { description: 'Type-specific fields to send in `details`.' })
  @Property({ type: 'json' })
  fields!: LetterFieldSpec[];
}

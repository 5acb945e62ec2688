import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'One type-specific field (see LetterType.fields), e.g. { name: "businessName", value: "Warung Sari Laut" }.' })
export class LetterDetailInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class RequestLetterInput {
  @Field(() => ID, { description: 'The letter type = core service id, e.g. laika-sku.' })
  letterTypeId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Leave empty: the letter goes to the kelurahan of the applicant's account (a kecamatan-level letter to its kecamatan). If given, it must be that kelurahan.",
  })
  kelurahanId?: string | null;

  @Field(() => String, { description: 'What the letter is for (keperluan), 10-500 characters.' })
  purpose!: string;

  @Field(() => [LetterDetailInput], { nullable: true, description: 'The fields this letter type needs.' })
  details?: LetterDetailInput[] | null;

  @Field(() => String, { nullable: true, description: 'Chosen by the client; sending the same key again returns the same request.' })
  idempotencyKey?: string | null;
}

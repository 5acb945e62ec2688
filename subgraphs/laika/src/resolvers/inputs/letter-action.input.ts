import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CancelLetterRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Optional, up to 500 characters.' })
  reason?: string | null;
}

@InputType()
export class VerifyLetterRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Optional note for the timeline, up to 500 characters.' })
  note?: string | null;
}

@InputType()
export class RejectLetterRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why, in words the applicant understands (5-500 characters). Shown to them.' })
  reason!: string;
}

@InputType()
export class SignLetterRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class IssueLetterInput {
  @Field(() => ID)
  id!: string;
}

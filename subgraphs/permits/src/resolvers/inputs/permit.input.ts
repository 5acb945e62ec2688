import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { RupiahScalar } from '@kendari/kit';
import { PermitFieldInput } from '../types';

export enum PaymentChannel {
  BANK_SULTRA = 'BANK_SULTRA',
  QRIS = 'QRIS',
  VIRTUAL_ACCOUNT = 'VIRTUAL_ACCOUNT',
  TELLER_KAS_DAERAH = 'TELLER_KAS_DAERAH',
}
registerEnumType(PaymentChannel, { name: 'PaymentChannel', description: 'Where a levy was paid into the city treasury (never to an officer).' });

@InputType({ description: 'Start a draft: the type, the location and whatever fields are known; the rest can follow.' })
export class CreatePermitApplicationInput {
  @Field(() => ID) permitTypeId!: string;
  @Field(() => String, { nullable: true, description: 'The business the permit is for; empty when applying as yourself.' }) businessName?: string | null;
  @Field(() => ID, { description: 'Kelurahan of the building, business or practice.' }) kelurahanId!: string;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => [PermitFieldInput], { nullable: true }) fields?: PermitFieldInput[] | null;
  @Field(() => String, { nullable: true, description: 'Retry with the same key: the same draft, never a second one.' }) idempotencyKey?: string | null;
}

@InputType({ description: 'Change a DRAFT or NEEDS_REVISION application; omitted values stay as they are.' })
export class UpdatePermitApplicationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) businessName?: string | null;
  @Field(() => ID, { nullable: true }) kelurahanId?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => [PermitFieldInput], { nullable: true, description: 'The full set of type fields (replaces the earlier values).' }) fields?:
    PermitFieldInput[] | null;
}

@InputType()
export class AttachPermitDocumentInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => String, { description: 'The checklist item, e.g. ktp.' }) requirementKey!: string;
  @Field(() => ID, { description: 'From `POST /api/permits/uploads` or `myPermitUploads` (a file given earlier).' }) uploadId!: string;
}

@InputType()
export class DetachPermitDocumentInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => String) requirementKey!: string;
}

@InputType()
export class SubmitPermitApplicationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Retry with the same key: the same answer, one submission.' }) idempotencyKey?: string | null;
}

@InputType({ description: 'An officer step with an optional note.' })
export class PermitStepInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'An officer step that needs a reason the applicant sees.' })
export class PermitReasonInput {
  @Field(() => ID) id!: string;
  @Field(() => String) reason!: string;
}

@InputType()
export class RecordPermitPaymentInput {
  @Field(() => ID) id!: string;
  @Field(() => PaymentChannel) channel!: PaymentChannel;
  @Field(() => String, { description: 'The bank or QRIS reference; the same reference twice is one payment.' }) reference!: string;
  @Field(() => RupiahScalar, { description: 'Must equal the levy.' }) amount!: number;
}

@InputType()
export class EstimatePermitLevyInput {
  @Field(() => ID) permitTypeId!: string;
  @Field(() => [PermitFieldInput]) fields!: PermitFieldInput[];
}

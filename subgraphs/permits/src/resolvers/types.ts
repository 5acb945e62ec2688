import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, RupiahScalar } from '@kendari/kit';
import { PermitFieldKind } from '../permit-types';
import { PermitHolder, PermitStatus } from '../workflow';
import { Kelurahan } from '../federation';

registerEnumType(PermitFieldKind, {
  name: 'PermitFieldKind',
  description: 'How a field is written: TEXT, NUMBER (dot or comma decimals), SELECT (one of `options`), DATE (YYYY-MM-DD).',
});

export enum LevyRuleKind {
  FREE = 'FREE',
  FIXED = 'FIXED',
  FORMULA = 'FORMULA',
}
registerEnumType(LevyRuleKind, {
  name: 'LevyRuleKind',
  description: "FREE (no levy), FIXED (one amount) or FORMULA (lines, each a product of named factors over the application's fields).",
});

export enum LevyFactorKind {
  FIELD = 'FIELD',
  CONSTANT = 'CONSTANT',
  LOOKUP = 'LOOKUP',
}
registerEnumType(LevyFactorKind, {
  name: 'LevyFactorKind',
  description: 'FIELD: a number the applicant fills in; CONSTANT: a coefficient; LOOKUP: a coefficient chosen by a SELECT field.',
});

export enum PermitValidity {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(PermitValidity, { name: 'PermitValidity', description: 'An issued permit: VALID, EXPIRED (past validUntil) or REVOKED.' });

@ObjectType('PermitFieldOption')
export class PermitFieldOptionType {
  @Field(() => String) value!: string;
  @Field(() => String) label!: string;
}

@ObjectType('PermitField', { description: 'One field a permit type asks for, with its validation rule.' })
export class PermitFieldType {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Label in Bahasa Indonesia.' }) label!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => PermitFieldKind) kind!: PermitFieldKind;
  @Field(() => Boolean) required!: boolean;
  @Field(() => Float, { nullable: true, description: 'NUMBER: smallest value; TEXT: shortest length.' }) min?: number | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER: largest value; TEXT: longest length.' }) max?: number | null;
  @Field(() => Int, { nullable: true }) decimals?: number | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => [PermitFieldOptionType], { nullable: true }) options?: PermitFieldOptionType[] | null;
}

@ObjectType('PermitDocumentRequirement', { description: "One document of a permit type's checklist." })
export class PermitDocumentRequirement {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Boolean) required!: boolean;
}

@ObjectType('PermitStageLimit', { description: 'How many working days a stage may take.' })
export class PermitStageLimit {
  @Field(() => PermitStatus) status!: PermitStatus;
  @Field(() => Int) workingDays!: number;
}

@ObjectType('LevyLookupValue')
export class LevyLookupValue {
  @Field(() => String) key!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('LevyFactor', { description: 'One named factor of a levy line.' })
export class LevyFactorType {
  @Field(() => LevyFactorKind) kind!: LevyFactorKind;
  @Field(() => String, { nullable: true, description: "CONSTANT and LOOKUP: the coefficient's name, e.g. localityIndex." }) name?: string | null;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true, description: 'FIELD and LOOKUP: the application field it reads.' }) field?: string | null;
  @Field(() => Float, { nullable: true, description: 'CONSTANT: its value.' }) value?: number | null;
  @Field(() => [LevyLookupValue], { nullable: true, description: 'LOOKUP: the value per option of the field.' }) lookup?: LevyLookupValue[] | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Boolean, { description: 'True when the value is an amount of rupiah.' }) money!: boolean;
}

@ObjectType('LevyComponent', { description: 'One line of a levy: the product of its factors, rounded to whole rupiah.' })
export class LevyComponentType {
  @Field(() => String) label!: string;
  @Field(() => [LevyFactorType]) factors!: LevyFactorType[];
}

@ObjectType('LevyRule', { description: "How a permit type's levy is computed: data, the same for the estimate and the bill." })
export class LevyRuleType {
  @Field(() => LevyRuleKind) kind!: LevyRuleKind;
  @Field(() => String, { description: 'Legal basis and formula in words.' }) basis!: string;
  @Field(() => RupiahScalar, { nullable: true, description: 'FIXED: the amount.' }) amount?: number | null;
  @Field(() => RupiahScalar, { nullable: true, description: 'FORMULA: the least total billed.' }) minimum?: number | null;
  @Field(() => [LevyComponentType]) components!: LevyComponentType[];
}

@ObjectType('LevyLine', { description: 'One line of a bill, e.g. "120 m² × 0,5 × Rp 1.750.000/m² × 0,15" = Rp 15.750.000.' })
export class LevyLineType {
  @Field(() => String) label!: string;
  @Field(() => String) expression!: string;
  @Field(() => RupiahScalar) amount!: number;
}

@ObjectType('LevyAssessment', { description: 'A levy worked out line by line; `total` is the sum of the lines.' })
export class LevyAssessmentType {
  @Field(() => [LevyLineType]) lines!: LevyLineType[];
  @Field(() => RupiahScalar) total!: number;
  @Field(() => Boolean) free!: boolean;
  @Field(() => String) basis!: string;
  @Field(() => Boolean, { description: 'False while fields the rule needs are empty (then the total is partial).' }) complete!: boolean;
  @Field(() => [String]) missingFields!: string[];
}

@ObjectType('PermitType', { description: 'A permit DPMPTSP issues (a service of the catalogue), with its fields, checklist, stage limits and levy rule.' })
export class PermitTypeType {
  @Field(() => ID, { description: "The same id as core's Service." }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) shortName!: string;
  @Field(() => Int, { description: 'Working days from submission to decision (the service standard).' }) timeLimitDays!: number;
  @Field(() => Int, { nullable: true, description: 'How long an issued permit is valid; null: no expiry.' }) validityMonths?: number | null;
  @Field(() => Boolean) businessNameRequired!: boolean;
  @Field(() => [PermitFieldType]) fields!: PermitFieldType[];
  @Field(() => [PermitDocumentRequirement]) documents!: PermitDocumentRequirement[];
  @Field(() => [PermitStageLimit]) stageLimits!: PermitStageLimit[];
  @Field(() => LevyRuleType) levyRule!: LevyRuleType;
  @Field(() => Boolean, { description: 'True when the levy rule is FREE.' }) isFree!: boolean;
}

@ObjectType('PermitUpload', {
  description: 'A file a resident uploaded (PDF, JPEG or PNG; images re-encoded without metadata). Visible to its owner and DPMPTSP officers.',
})
export class PermitUpload {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) mediaType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { description: 'Download through the gateway origin: GET this path with the same Authorization.' }) downloadPath!: string;
}

@ObjectType()
export class PermitUploadConnection extends Connection(PermitUpload) {}

@ObjectType('PermitChecklistItem', { description: 'One document of the checklist and what is attached for it.' })
export class PermitChecklistItem {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => PermitUpload, { nullable: true }) file?: PermitUpload | null;
  @Field(() => Date, { nullable: true }) attachedAt?: Date | null;
}

@ObjectType('PermitFieldValue')
export class PermitFieldValue {
  @Field(() => String) name!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: "As stored: a SELECT field's option value, a number as digits." }) value!: string;
  @Field(() => String, { description: "For people: a SELECT field's option label, a number with its unit." }) displayValue!: string;
}

@ObjectType('PermitTimelineEntry', { description: 'One status change: role (and officer name), when, from, to, why.' })
export class PermitTimelineEntry {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'CITIZEN or the officer role.' }) actorRole!: string;
  @Field(() => String, { nullable: true, description: "The officer who acted (null for the applicant's own steps)." }) actorName?: string | null;
  @Field(() => PermitStatus, { nullable: true }) fromStatus?: PermitStatus | null;
  @Field(() => PermitStatus) toStatus!: PermitStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('PermitPayment')
export class PermitPaymentType {
  @Field(() => RupiahScalar) amount!: number;
  @Field(() => String) channel!: string;
  @Field(() => String) reference!: string;
  @Field(() => Date) paidAt!: Date;
}

@ObjectType('PublicPermit', { description: 'An issued permit as the public register shows it: no personal data of the applicant.' })
export class PublicPermit {
  @Field(() => String) permitNumber!: string;
  @Field(() => PermitTypeType) permitType!: PermitTypeType;
  @Field(() => String, { nullable: true, description: 'The business named on the permit; null for permits held by a person (e.g. a SIP).' }) businessName?:
    string | null;
  // nullable: an outage of core leaves the rest of the register standing
  @Field(() => Kelurahan, { nullable: true }) kelurahan!: Kelurahan;
  @Field(() => Date) issuedAt!: Date;
  @Field(() => Date, { nullable: true }) validUntil?: Date | null;
  @Field(() => PermitValidity) status!: PermitValidity;
}

@ObjectType()
export class PublicPermitConnection extends Connection(PublicPermit) {}

@ObjectType('PermitVerification', { description: "What anyone may learn from a permit's verification code." })
export class PermitVerification {
  @Field(() => Boolean, { description: 'True when a permit with this code was issued (even if since expired or revoked: see status).' }) valid!: boolean;
  @Field(() => String, { nullable: true }) permitNumber?: string | null;
  @Field(() => String, { nullable: true }) permitTypeName?: string | null;
  @Field(() => String, { nullable: true }) businessName?: string | null;
  @Field(() => String, { nullable: true, description: "The holder's name masked, e.g. S***i R***." }) holderNameMasked?: string | null;
  @Field(() => Kelurahan, { nullable: true }) kelurahan?: Kelurahan | null;
  @Field(() => Date, { nullable: true }) issuedAt?: Date | null;
  @Field(() => Date, { nullable: true }) validUntil?: Date | null;
  @Field(() => PermitValidity, { nullable: true }) status?: PermitValidity | null;
  @Field(() => Date, { nullable: true }) revokedAt?: Date | null;
}

@ObjectType('PermitTypeStats', { description: 'Public figures of one permit type for one month (WITA).' })
export class PermitTypeStats {
  @Field(() => PermitTypeType) permitType!: PermitTypeType;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'Applications first submitted this month.' }) applications!: number;
  @Field(() => Int, { description: 'Applications decided (approved or rejected) this month.' }) decided!: number;
  @Field(() => Float, { nullable: true, description: 'Median days from first submission to decision, of those decided this month.' }) medianProcessingDays?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of those decided this month that were decided within the time limit.' })
  decidedWithinLimitShare?: number | null;
  @Field(() => Int, { description: 'Applications whose current stage is past its due date now.' }) overdueNow!: number;
}

@InputType('PermitFieldInput')
export class PermitFieldInput {
  @Field(() => String) name!: string;
  @Field(() => String) value!: string;
}

export { PermitHolder };

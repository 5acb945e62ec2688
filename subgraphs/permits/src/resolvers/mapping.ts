import type { Upload } from '@kendari/kit';
import type { PermitTypeRow } from '../entities/permit.entity';
import type { LevyFactor } from '../permit-types';
import { PermitStatus } from '../workflow';
import { LevyFactorKind, LevyRuleKind, type LevyFactorType, type PermitTypeType, type PermitUpload } from './types';

/** The upload route's public path, through the gateway's origin. */
export const downloadPath = (id: string) => `/api/permits/uploads/${id}`;

export const toUpload = (u: Upload): PermitUpload => ({
  id: u.id,
  displayName: u.displayName,
  mediaType: u.mediaType,
  sizeBytes: u.sizeBytes,
  createdAt: u.createdAt,
  downloadPath: downloadPath(u.id),
});

const factor = (f: LevyFactor): LevyFactorType => ({
  kind: f.kind as LevyFactorKind,
  name: f.kind === 'FIELD' ? null : f.name,
  label: f.label,
  field: f.kind === 'CONSTANT' ? null : f.field,
  value: f.kind === 'CONSTANT' ? f.value : null,
  lookup: f.kind === 'LOOKUP' ? Object.entries(f.values).map(([key, value]) => ({ key, value })) : null,
  unit: f.kind === 'LOOKUP' ? null : (f.unit ?? null),
  money: f.kind !== 'FIELD' && !!f.money,
});

export function toPermitType(t: PermitTypeRow): PermitTypeType {
  const levy = t.levy;
  return {
    id: t.id,
    name: t.name,
    shortName: t.shortName,
    timeLimitDays: t.timeLimitDays,
    validityMonths: t.validityMonths ?? null,
    businessNameRequired: t.businessNameRequired,
    fields: t.fields.map((f) => ({
      ...f,
      min: f.min ?? null,
      max: f.max ?? null,
      decimals: f.decimals ?? null,
      unit: f.unit ?? null,
      options: f.options ?? null,
    })),
    documents: t.documents,
    stageLimits: Object.entries(t.stageLimits).map(([status, workingDays]) => ({ status: status as PermitStatus, workingDays })),
    levyRule: {
      kind: levy.kind as LevyRuleKind,
      basis: levy.basis,
      amount: levy.kind === 'FIXED' ? levy.amount : null,
      minimum: levy.kind === 'FORMULA' ? (levy.minimum ?? null) : null,
      components: levy.kind === 'FORMULA' ? levy.components.map((c) => ({ label: c.label, factors: c.factors.map(factor) })) : [],
    },
    isFree: levy.kind === 'FREE',
  };
}

import { registerEnumType } from 'type-graphql';
import { Workflow } from '@kendari/kit';
import { LetterFieldKind, LetterLevel } from './letter-types';

export enum LetterStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  SIGNED = 'SIGNED',
  ISSUED = 'ISSUED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(LetterStatus, {
  name: 'LetterStatus',
  description: 'SUBMITTED -> VERIFIED -> SIGNED -> ISSUED; SUBMITTED|VERIFIED -> REJECTED; SUBMITTED -> CANCELLED.',
});
registerEnumType(LetterLevel, {
  name: 'LetterLevel',
  description: "Which office handles the letter: the kelurahan, or the kecamatan of the applicant's kelurahan.",
});
registerEnumType(LetterFieldKind, {
  name: 'LetterFieldKind',
  description: 'How a type-specific field is written: TEXT, DATE (YYYY-MM-DD) or RUPIAH (whole rupiah).',
});

export const OPEN_STATUSES = [LetterStatus.SUBMITTED, LetterStatus.VERIFIED, LetterStatus.SIGNED];

export const letterWorkflow = new Workflow<LetterStatus>('Letter request', {
  SUBMITTED: [LetterStatus.VERIFIED, LetterStatus.REJECTED, LetterStatus.CANCELLED],
  VERIFIED: [LetterStatus.SIGNED, LetterStatus.REJECTED],
  SIGNED: [LetterStatus.ISSUED],
  ISSUED: [],
  REJECTED: [],
  CANCELLED: [],
});

/** Who holds a request now (a role, never a person). */
export enum LetterHolder {
  KELURAHAN_OFFICER = 'KELURAHAN_OFFICER',
  LURAH = 'LURAH',
  KECAMATAN_OFFICE = 'KECAMATAN_OFFICE',
  CAMAT = 'CAMAT',
  APPLICANT = 'APPLICANT',
}
registerEnumType(LetterHolder, { name: 'LetterHolder', description: 'The role that holds a request now; APPLICANT once the letter is issued.' });

export function holderOf(status: LetterStatus, level: LetterLevel): LetterHolder | null {
  const kec = level === LetterLevel.KECAMATAN;
  switch (status) {
    case LetterStatus.SUBMITTED:
      return kec ? LetterHolder.KECAMATAN_OFFICE : LetterHolder.KELURAHAN_OFFICER;
    case LetterStatus.VERIFIED:
      return kec ? LetterHolder.CAMAT : LetterHolder.LURAH;
    case LetterStatus.SIGNED:
      return kec ? LetterHolder.KECAMATAN_OFFICE : LetterHolder.KELURAHAN_OFFICER;
    case LetterStatus.ISSUED:
      return LetterHolder.APPLICANT;
    default:
      return null;
  }
}

import { Field, Float, ID, InputType } from 'type-graphql';
import { InputCheck, Upload, type RequestContext } from '@kendari/kit';
import { JariCategory } from '../../entities/jari-report.entity';
import { ServicePoint } from '../../entities/service-point.entity';
import { UUID_RE as UUID } from '../../codes';
import { JARI_UPLOAD_OWNER, UPLOAD_TTL_MS } from '../../uploads';

@InputType()
export class SubmitJariReportInput {
  @Field(() => JariCategory)
  category!: JariCategory;

  @Field(() => ID, { description: 'The agency concerned, e.g. disdukcapil.' })
  agencyId!: string;

  @Field(() => ID, { nullable: true, description: 'The service concerned, e.g. capil-ktp-el.' })
  serviceId?: string | null;

  @Field(() => Date, { description: 'When it happened; not in the future.' })
  occurredAt!: Date;

  @Field(() => String, { description: 'Where it happened (3-200 characters).' })
  place!: string;

  @Field(() => String, { description: 'What happened (30-5000 characters).' })
  description!: string;

  @Field(() => Float, { nullable: true, description: 'Amount asked for, in whole rupiah (0 to 10 000 000 000).' })
  amountAskedRupiah?: number | null;

  @Field(() => Float, { nullable: true, description: 'Amount paid, in whole rupiah (0 to 10 000 000 000).' })
  amountPaidRupiah?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Evidence: at most 5 ids answered by `POST /api/jari/uploads` (no login needed). Each upload can be attached to one report only, within 24 hours.',
  })
  evidenceUploadIds?: string[] | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'True (the default): nothing about the reporter is stored, not the account, not a phone, not an address. False needs a resident login; the name is then shown to inspectors only.',
  })
  anonymous!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Whether the Inspectorate may contact the reporter (through messages, or the account's phone for a named report).",
  })
  contactAllowed!: boolean;

  @Field(() => String, { nullable: true, description: 'Chosen by the client; the same key again gives the same report (stored only as a hash).' })
  idempotencyKey?: string | null;
}

export const MAX_EVIDENCE_FILES = 5;
export const MAX_RUPIAH = 10_000_000_000;
const CLOCK_SKEW_MS = 5 * 60_000;
const OLDEST_MS = 5 * 365 * 24 * 3600_000;

export interface CheckedReport {
  category: JariCategory;
  agencyId: string;
  serviceId: string | null;
  occurredAt: Date;
  place: string;
  description: string;
  amountAskedRupiah: number | null;
  amountPaidRupiah: number | null;
  /** The upload rows, in the order given. */
  evidence: Upload[];
  anonymous: boolean;
  contactAllowed: boolean;
  idempotencyKey: string | undefined;
}

/** Every problem of a submitted report at once, each naming its field; nothing is stored before this passes. */
export async function checkSubmitJariReport(input: SubmitJariReportInput, ctx: RequestContext, now = new Date()): Promise<CheckedReport> {
  const v = new InputCheck('input');
  v.check(Object.values(JariCategory).includes(input.category), 'category', 'category is not a JARI category', 'Pilih jenis laporan');

  // agencies and services are checked against jari's own service points (never core's tables)
  const agencyId = (input.agencyId ?? '').trim();
  const serviceId = input.serviceId?.trim() || null;
  const points = agencyId && agencyId.length <= 60 ? await ctx.em.find(ServicePoint, { agencyId }, { fields: ['id', 'serviceId'] }) : [];
  if (v.check(points.length > 0, 'agencyId', 'agencyId is not a known agency', 'Pilih instansi yang dilaporkan') && serviceId) {
    v.check(
      points.some((p) => p.serviceId === serviceId),
      'serviceId',
      `serviceId is not a service of ${agencyId}`,
      'Layanan ini bukan layanan dari instansi yang dipilih',
    );
  }

  const occurredAt = input.occurredAt instanceof Date ? input.occurredAt : new Date(NaN);
  if (v.check(!Number.isNaN(occurredAt.getTime()), 'occurredAt', 'occurredAt must be a date and time', 'Waktu kejadian wajib diisi')) {
    v.check(
      occurredAt.getTime() <= now.getTime() + CLOCK_SKEW_MS,
      'occurredAt',
      'occurredAt cannot be in the future',
      'Waktu kejadian tidak boleh di masa depan',
    );
    v.check(
      occurredAt.getTime() >= now.getTime() - OLDEST_MS,
      'occurredAt',
      'occurredAt must be within the last 5 years',
      'Waktu kejadian paling lama 5 tahun yang lalu',
    );
  }
  const place = v.text('place', input.place, { min: 3, max: 200, label: 'Tempat kejadian' });
  const description = v.text('description', input.description, { min: 30, max: 5000, label: 'Uraian kejadian' });
  const amount = (field: 'amountAskedRupiah' | 'amountPaidRupiah', label: string) => {
    const value = input[field];
    if (value === null || value === undefined) return null;
    const ok = v.check(
      Number.isInteger(value) && value >= 0 && value <= MAX_RUPIAH,
      field,
      `${field} must be a whole number of rupiah between 0 and ${MAX_RUPIAH}`,
      `${label} harus bilangan bulat rupiah antara 0 dan 10 miliar`,
    );
    return ok ? value : null;
  };
  const amountAskedRupiah = amount('amountAskedRupiah', 'Jumlah yang diminta');
  const amountPaidRupiah = amount('amountPaidRupiah', 'Jumlah yang dibayar');

  const ids = input.evidenceUploadIds ?? [];
  const evidence: Upload[] = [];
  if (
    v.check(
      ids.length <= MAX_EVIDENCE_FILES,
      'evidenceUploadIds',
      `at most ${MAX_EVIDENCE_FILES} evidence files`,
      `Bukti paling banyak ${MAX_EVIDENCE_FILES} berkas`,
    )
  ) {
    const wanted = ids.map((id) => (UUID.test(id ?? '') ? id.toLowerCase() : null));
    const found = await ctx.em.find(Upload, { id: { $in: wanted.filter((x): x is string => !!x) }, ownerId: JARI_UPLOAD_OWNER });
    const seen = new Set<string>();
    wanted.forEach((id, i) => {
      const upload = id ? found.find((u) => u.id === id) : undefined;
      // unknown, foreign and expired ids get one answer: the id is the uploader's capability
      const ok = v.check(
        !!upload && upload.createdAt.getTime() >= now.getTime() - UPLOAD_TTL_MS,
        `evidenceUploadIds[${i}]`,
        'not an upload of the last 24 hours',
        'Berkas bukti tidak ditemukan atau sudah kedaluwarsa; unggah ulang',
      );
      if (ok && v.check(!seen.has(id!), `evidenceUploadIds[${i}]`, 'the same file is attached twice', 'Berkas yang sama dilampirkan dua kali')) {
        seen.add(id!);
        evidence.push(upload!);
      }
    });
  }
  const anonymous = input.anonymous !== false;
  if (!anonymous) {
    v.check(
      ctx.viewer.kind === 'citizen',
      'anonymous',
      'a named report needs a resident login; report anonymously otherwise',
      'Masuk dengan akun warga untuk melapor dengan nama, atau laporkan secara anonim',
    );
  }
  const idempotencyKey = v.idempotencyKey('idempotencyKey', input.idempotencyKey);
  v.done();
  return {
    category: input.category,
    agencyId,
    serviceId,
    occurredAt,
    place: place!,
    description: description!,
    amountAskedRupiah,
    amountPaidRupiah,
    evidence,
    anonymous,
    contactAllowed: input.contactAllowed === true,
    idempotencyKey,
  };
}

'use server';
import { redirect } from 'next/navigation';
import { gql, GqlError } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';

export async function reportEmergencyAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const values = formValues(data);
  const v = await viewer({ inAction: true });
  const s = (k: string) => String(data.get(k) ?? '').trim();
  const lat = parseFloat(s('latitude'));
  const lng = parseFloat(s('longitude'));
  const hasGps = Number.isFinite(lat) && Number.isFinite(lng);
  if (!hasGps && !s('kelurahanId')) {
    return {
      status: 'error', values,
      message: lang === 'en' ? 'We could not get your location: choose the kelurahan where the emergency is.' : 'Lokasi Anda tidak terbaca: pilih kelurahan tempat kejadian.',
      fields: { kelurahanId: lang === 'en' ? 'Choose the kelurahan.' : 'Pilih kelurahan tempat kejadian.' },
    };
  }
  const input = {
    kind: ['FIRE', 'RESCUE', 'OTHER'].includes(s('kind')) ? s('kind') : 'FIRE',
    ...(hasGps ? { latitude: lat, longitude: lng } : { kelurahanId: s('kelurahanId') }),
    addressText: s('addressText') || undefined,
    description: s('description') || undefined,
    callbackPhone: s('callbackPhone') || undefined,
    idempotencyKey: s('idempotencyKey') || undefined,
  };
  const send = (token: string | null) =>
    gql<{ reportEmergency: { report: { trackingCode: string } } }>(
      `mutation ReportEmergency($input: ReportEmergencyInput!) { reportEmergency(input: $input) { assignment replayed report { id trackingCode } } }`,
      { input },
      { token, timeoutMs: 15000 },
    );
  let code: string;
  try {
    const token = v?.kind === 'CITIZEN' ? v.token : null;
    // an emergency never waits for a login: a session that stopped working sends the report anonymously
    const d = await send(token).catch((err) => {
      if (token && err instanceof GqlError && err.code === 'UNAUTHENTICATED') return send(null);
      throw err;
    });
    code = d.reportEmergency.report.trackingCode;
  } catch (err) {
    return errorState(err, lang, values, { latitude: 'kelurahanId', longitude: 'kelurahanId' });
  }
  redirect(`/darurat/${encodeURIComponent(code)}?baru=1`);
}

'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { gql, GqlError } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';

/** The tracking code of the last emergency this device reported (to show it when a repeat is refused). */
const LAST_EMERGENCY = 'sk_last_emergency';

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
      status: 'error',
      values,
      message:
        lang === 'en'
          ? 'We could not get your location: choose the kelurahan where the emergency is.'
          : 'Lokasi Anda tidak terbaca: pilih kelurahan tempat kejadian.',
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
    const state = errorState(err, lang, values, { latitude: 'kelurahanId', longitude: 'kelurahanId' });
    // a repeat report is refused: lead the resident to the report this device already sent
    const last = (await cookies()).get(LAST_EMERGENCY)?.value;
    if (err instanceof GqlError && err.code === 'TOO_MANY_REQUESTS' && last && /^[A-Z0-9-]{4,40}$/.test(last)) {
      state.message =
        lang === 'en'
          ? 'This device reported an emergency a few minutes ago and the fire brigade is handling it. Follow that report; if you are in danger now, call 113.'
          : 'Perangkat ini sudah melaporkan keadaan darurat beberapa menit lalu dan sedang ditangani Damkar. Pantau laporan itu; bila dalam bahaya sekarang, hubungi 113.';
      state.errorLink = { href: `/darurat/${encodeURIComponent(last)}`, label: lang === 'en' ? `Follow report ${last}` : `Lacak laporan ${last}` };
    }
    return state;
  }
  (await cookies()).set(LAST_EMERGENCY, code, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/darurat',
    maxAge: 3600,
    secure: process.env.COOKIE_SECURE === 'true',
  });
  redirect(`/darurat/${encodeURIComponent(code)}?baru=1`);
}

'use server';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { GqlError } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';
import { cookieOptions } from '@/lib/session-cookies';
import { reportEmergency, retryable } from '@/lib/emergency';
import type { EmergencyKind } from '@/graphql/generated/graphql';

const KINDS: readonly EmergencyKind[] = ['FIRE', 'RESCUE', 'OTHER'];

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
    kind: KINDS.find((k) => k === s('kind')) ?? 'FIRE',
    ...(hasGps ? { latitude: lat, longitude: lng } : { kelurahanId: s('kelurahanId') }),
    addressText: s('addressText') || undefined,
    description: s('description') || undefined,
    callbackPhone: s('callbackPhone') || undefined,
    // the form carries one key per page load; without it a retry below could file a second report
    idempotencyKey: s('idempotencyKey') || randomUUID(),
  };
  let code: string;
  try {
    code = (await reportEmergency(input, v?.kind === 'CITIZEN' ? v.token : null)).report.trackingCode;
  } catch (err) {
    const state = errorState(err, lang, values, { latitude: 'kelurahanId', longitude: 'kelurahanId' });
    if (retryable(err)) {
      // tried three times: the phone is the way now
      state.message =
        lang === 'en'
          ? 'Your report could not be sent: the fire brigade service cannot be reached right now. Call 113 (fire brigade) or 112 now.'
          : 'Laporan belum terkirim: layanan Damkar sedang tidak dapat dihubungi. Segera telepon 113 (Damkar) atau 112.';
      state.errorLink = { href: 'tel:113', label: lang === 'en' ? 'Call 113' : 'Telepon 113' };
    }
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
  (await cookies()).set(LAST_EMERGENCY, code, { ...cookieOptions(), path: '/darurat', maxAge: 3600 });
  redirect(`/darurat/${encodeURIComponent(code)}?baru=1`);
}

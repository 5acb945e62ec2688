'use server';
import { JARI_CATEGORY, requireOneOf } from '@/lib/status';
import { graphql } from '@/graphql/generated';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { gql, GqlError } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';

import { FOLLOW_COOKIE } from '@/lib/jari';
import { cookieOptions } from '@/lib/session-cookies';

const SubmitJariMutation = graphql(`
  mutation SubmitJari($input: SubmitJariReportInput!) {
    submitJariReport(input: $input) {
      trackingCode
      secret
      report {
        id
        status
        followUpDueAt
      }
    }
  }
`);

const CheckQuery = graphql(`
  query Check($code: String!, $secret: String!) {
    jariReportByCode(code: $code, secret: $secret) {
      id
    }
  }
`);

const ReplyMutation = graphql(`
  mutation Reply($code: String!, $secret: String!, $message: String!) {
    replyToJariReport(code: $code, secret: $secret, message: $message) {
      id
    }
  }
`);

const ReplyMineMutation = graphql(`
  mutation ReplyMine($id: ID!, $message: String!) {
    replyToMyJariReport(reportId: $id, message: $message) {
      id
    }
  }
`);

function rupiah(v: FormDataEntryValue | null): number | undefined {
  const d = String(v ?? '').replace(/[^\d]/g, '');
  return d ? Number(d) : undefined;
}

export async function submitJariAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const pick = (a: string, b: string) => (lang === 'en' ? b : a);
  const values = formValues(data);
  const s = (k: string) => String(data.get(k) ?? '').trim();
  const anonymous = s('anonymous') !== 'no';
  // an anonymous report touches no account state: no token is read or renewed for it (a renewed session's
  // time lay next to the report's and linked the two)
  const v = anonymous ? null : await viewer({ inAction: true });
  if (!anonymous && (!v || v.kind !== 'CITIZEN')) {
    return {
      status: 'error',
      values,
      message: pick(
        'Laporan dengan nama perlu masuk akun warga. Pilih “tanpa nama” atau masuk dulu.',
        'A named report needs a resident login. Choose “anonymous” or log in first.',
      ),
      fields: { anonymous: pick('Masuk dulu untuk melapor dengan nama.', 'Log in first to report with your name.') },
    };
  }
  // the date (and optional time) the resident saw it, as WITA
  const date = s('occurredDate');
  const time = s('occurredTime') || '12:00';
  const given = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? new Date(`${date}T${time}:00+08:00`) : null;
  // "today" without a time before noon WITA would be in the future: then it happened by now
  const occurredAt = given ? (s('occurredTime') || given.getTime() <= Date.now() ? given : new Date(Date.now() - 60_000)).toISOString() : '';
  if (!occurredAt)
    return {
      status: 'error',
      values,
      message: pick('Periksa kembali isian yang ditandai.', 'Please check the marked fields.'),
      fields: { occurredDate: pick('Isi tanggal kejadian.', 'Enter the date it happened.') },
    };
  const evidence = data
    .getAll('evidenceUploadIds')
    .map((x) => String(x).trim())
    .filter(Boolean)
    .slice(0, 10);
  try {
    const d = await gql(
      SubmitJariMutation,
      {
        input: {
          category: requireOneOf(JARI_CATEGORY, s('category'), 'category'),
          agencyId: s('agencyId'),
          serviceId: s('serviceId') || undefined,
          occurredAt,
          place: s('place'),
          description: s('description'),
          amountAskedRupiah: rupiah(data.get('amountAskedRupiah')),
          amountPaidRupiah: rupiah(data.get('amountPaidRupiah')),
          anonymous,
          contactAllowed: s('contactAllowed') === '1',
          idempotencyKey: s('idempotencyKey') || undefined,
          // ids from /jari/unggah (components/jari/EvidenceUpload.tsx); the graph checks them
          evidenceUploadIds: evidence.length ? evidence : undefined,
        },
      },
      // an anonymous report is sent without the account's token: nothing links it to the resident
      { token: anonymous ? null : v!.token },
    );
    const r = d.submitJariReport;
    return {
      status: 'done',
      done: {
        title: pick('Laporan Anda sudah diterima Inspektorat', 'The Inspectorate has received your report'),
        text: pick(
          'Tindak lanjut paling lambat 5 hari kerja. Untuk melacak laporan Anda perlu DUA kode ini:',
          'It will be followed up within 5 working days. To follow your report you need BOTH codes:',
        ),
        items: [
          { label: pick('Kode lacak', 'Tracking code'), value: r.trackingCode, big: true, testId: 'jari-code' },
          { label: pick('Kode rahasia', 'Secret'), value: r.secret, big: true, testId: 'jari-secret' },
        ],
        warning: pick(
          'Catat atau foto kode rahasia SEKARANG. Kode ini hanya ditampilkan SEKALI ini dan tidak disimpan oleh siapa pun — kami tidak bisa mengirimkannya lagi.',
          'Write down or photograph the secret NOW. It is shown only THIS ONCE and nobody stores it — we cannot send it again.',
        ),
        link: { href: '/jari/lacak', label: pick('Lacak laporan', 'Follow the report') },
      },
    };
  } catch (err) {
    const e = errorState(err, lang, values, { occurredAt: 'occurredDate' });
    // evidence has no field of its own in the form: its problem becomes the message (re-upload the files)
    const ev = Object.entries(e.fields ?? {}).find(([k]) => k.startsWith('evidenceUploadIds'));
    if (ev) e.message = ev[1];
    return e;
  }
}

export async function followJariAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const code = String(data.get('code') ?? '')
    .trim()
    .toUpperCase()
    .slice(0, 40);
  const secret = String(data.get('secret') ?? '')
    .trim()
    .toUpperCase()
    .slice(0, 40);
  if (!code || !secret) {
    return {
      status: 'error',
      values: { code },
      message: lang === 'en' ? 'Enter both codes.' : 'Isi kedua kode.',
      fields: {
        ...(code ? {} : { code: lang === 'en' ? 'Enter the tracking code.' : 'Isi kode lacak.' }),
        ...(secret ? {} : { secret: lang === 'en' ? 'Enter the secret.' : 'Isi kode rahasia.' }),
      },
    };
  }
  try {
    await gql(CheckQuery, { code, secret });
  } catch (err) {
    const e = errorState(err, lang, { code });
    if (err instanceof GqlError && err.code === 'NOT_FOUND')
      e.message =
        lang === 'en'
          ? 'No report matches this code and secret. Check both and try again.'
          : 'Tidak ada laporan dengan kode dan kode rahasia ini. Periksa keduanya lalu coba lagi.';
    return e;
  }
  // never in a URL; on the device for 30 days only when the reporter chose it, otherwise for this visit
  // (10 minutes, enough to read and reply; "Done" forgets it at once)
  const remember = String(data.get('remember') ?? '') === '1';
  (await cookies()).set(FOLLOW_COOKIE, `${code}|${secret}`, { ...cookieOptions(), sameSite: 'strict', path: '/jari', maxAge: remember ? 30 * 86400 : 10 * 60 });
  redirect('/jari/lacak');
}

export async function forgetJariAction(): Promise<void> {
  (await cookies()).delete({ name: FOLLOW_COOKIE, path: '/jari' });
  redirect('/jari/lacak');
}

export async function replyJariAction(data: FormData): Promise<void> {
  const lang = await getLang();
  const body = String(data.get('body') ?? '').trim();
  const pair = (await cookies()).get(FOLLOW_COOKIE)?.value;
  const id = String(data.get('id') ?? '');
  let q = '';
  try {
    if (pair) {
      const [code, secret] = pair.split('|');
      await gql(ReplyMutation, { code, secret, message: body });
    } else {
      const v = await viewer({ inAction: true });
      await gql(ReplyMineMutation, { id, message: body }, { token: v?.token });
    }
    q = `ok=${encodeURIComponent(lang === 'en' ? 'Message sent.' : 'Pesan terkirim.')}`;
  } catch (err) {
    q = `err=${encodeURIComponent(errorState(err, lang).message ?? '')}`;
  }
  redirect(`/jari/lacak?${pair ? '' : `id=${encodeURIComponent(id)}&`}${q}`);
}

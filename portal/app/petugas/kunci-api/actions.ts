'use server';
import { graphql } from '@/graphql/generated';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        prefix
        holder
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const PATH = '/petugas/kunci-api';

/** Field messages the graph words only in Indonesian: the English the portal shows next to each field. */
const FIELDS_EN: Record<string, string> = {
  holder: 'Write the office or organisation (3 to 120 characters).',
  contact: 'Enter an email address or an Indonesian phone number of the office.',
  ownerAccountId: 'Leave it empty, or enter the id of an existing Satu Kendari account.',
  quotaPerMinute: 'Enter a whole number from 1 to 100,000.',
  quotaPerDay: 'Enter a whole number, at least the quota per minute (at most 100,000,000).',
  allowedOrigins: 'One origin per line, like https://example.go.id (no path).',
};

const whole = (v: string) => (/^\d{1,9}$/.test(v.replace(/[.\s]/g, '')) ? Number(v.replace(/[.\s]/g, '')) : NaN);

export async function createApiKeyAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const pick = (a: string, b: string) => (lang === 'en' ? b : a);
  const v = await viewer({ inAction: true });
  if (!v) redirect(`/masuk?next=${PATH}`);
  const values = formValues(data);
  const s = (k: string) => String(data.get(k) ?? '').trim();
  const perMinute = whole(s('quotaPerMinute'));
  const perDay = whole(s('quotaPerDay'));
  // an Int the graph cannot even parse never reaches it: worded here, next to the field
  if (Number.isNaN(perMinute) || Number.isNaN(perDay)) {
    const fields: Record<string, string> = {};
    if (Number.isNaN(perMinute)) fields.quotaPerMinute = pick('Isi bilangan bulat 1 sampai 100.000.', FIELDS_EN.quotaPerMinute);
    if (Number.isNaN(perDay)) fields.quotaPerDay = pick('Isi bilangan bulat, paling sedikit kuota per menit.', FIELDS_EN.quotaPerDay);
    return { status: 'error', values, fields, message: pick('Periksa kembali isian yang ditandai.', 'Please check the marked fields.') };
  }
  try {
    const d = await gql(
      CreateApiKeyMutation,
      {
        input: {
          holder: s('holder'),
          contact: s('contact'),
          ownerAccountId: s('ownerAccountId') || undefined,
          quotaPerMinute: perMinute,
          quotaPerDay: perDay,
          allowedOrigins: s('allowedOrigins')
            .split(/[\s,]+/)
            .filter(Boolean),
        },
      },
      { token: v.token },
    );
    const { key, apiKey } = d.createApiKey;
    return {
      status: 'done',
      done: {
        title: pick('Kunci API dibuat', 'API key created'),
        text: pick(`Untuk ${apiKey.holder}. Kirim sebagai header x-api-key.`, `For ${apiKey.holder}. Send it as the x-api-key header.`),
        items: [
          { label: pick('Awalan (untuk daftar)', 'Prefix (for lists)'), value: apiKey.prefix },
          { label: pick('Kunci', 'Key'), value: key, big: true, testId: 'new-api-key' },
        ],
        warning: pick(
          'Kunci ini hanya ditampilkan SEKALI: salin sekarang (pilih teksnya lalu Ctrl+C, atau tekan lama di ponsel) dan serahkan lewat saluran aman. Satu Kendari hanya menyimpan sidik (hash)-nya.',
          'This key is shown only ONCE: copy it now (select the text and press Ctrl+C, or long-press on a phone) and hand it over by a safe channel. Satu Kendari keeps only its fingerprint (hash).',
        ),
        link: { href: PATH, label: pick('Kembali ke daftar kunci', 'Back to the key list') },
      },
    };
  } catch (err) {
    const state = errorState(err, lang, values);
    // every origin's problem belongs to the one textarea
    for (const k of Object.keys(state.fields ?? {}))
      if (k.startsWith('allowedOrigins.')) {
        state.fields!.allowedOrigins ??= state.fields![k];
        delete state.fields![k];
      }
    if (lang === 'en') for (const k of Object.keys(state.fields ?? {})) if (FIELDS_EN[k]) state.fields![k] = FIELDS_EN[k];
    return state;
  }
}

export async function revokeApiKeyAction(data: FormData): Promise<void> {
  const v = await viewer({ inAction: true });
  if (!v) redirect(`/masuk?next=${PATH}`);
  const lang = await getLang();
  let url: string;
  try {
    await gql(RevokeApiKeyMutation, { id: String(data.get('id') ?? '') }, { token: v.token });
    url = flashUrl(
      PATH,
      'ok',
      lang === 'en'
        ? `Key ${String(data.get('prefix') ?? '')} revoked: gateways refuse it within 30 seconds.`
        : `Kunci ${String(data.get('prefix') ?? '')} dicabut: gateway menolaknya paling lambat 30 detik lagi.`,
    );
  } catch (err) {
    url = flashUrl(PATH, 'err', errorState(err, lang).message ?? '');
  }
  redirect(url);
}

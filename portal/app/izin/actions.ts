'use server';
import { redirect } from 'next/navigation';
import { gql, GqlError } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';
import { ATTACH, CREATE, DETACH, SUBMIT, UPDATE } from '@/components/permits/ops';

/** The type's fields arrive as f_<name>; empty ones are left out (a draft may be incomplete). */
function typeFields(data: FormData) {
  const out: { name: string; value: string }[] = [];
  for (const [k, val] of data.entries()) if (k.startsWith('f_') && typeof val === 'string' && val.trim()) out.push({ name: k.slice(2), value: val.trim() });
  return out;
}

/** input.fields.buildingArea → f_buildingArea, so the message sits next to its field. */
function renameOf(err: unknown): Record<string, string> {
  const rename: Record<string, string> = {};
  if (err instanceof GqlError)
    for (const f of err.fields) {
      const m = /^input\.fields\.(\w+)$/.exec(f.field);
      if (m) rename[f.field.replace(/^input\./, '')] = `f_${m[1]}`;
    }
  return rename;
}

async function citizen(next: string) {
  const v = await viewer({ inAction: true });
  if (!v || v.kind !== 'CITIZEN') redirect(`/masuk?next=${encodeURIComponent(next)}`);
  return v;
}

export async function createPermitAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const typeId = String(data.get('permitTypeId') ?? '');
  const v = await citizen(`/izin/jenis/${typeId}`);
  let id: string;
  try {
    const d = await gql(
      CREATE,
      {
        input: {
          permitTypeId: typeId,
          businessName: String(data.get('businessName') ?? '').trim() || null,
          kelurahanId: String(data.get('kelurahanId') ?? ''),
          fields: typeFields(data),
          idempotencyKey: String(data.get('idempotencyKey') ?? '') || undefined,
        },
      },
      { token: v.token },
    );
    id = d.createPermitApplication.application.id;
  } catch (err) {
    return errorState(err, lang, formValues(data), renameOf(err));
  }
  redirect(`/izin/permohonan/${encodeURIComponent(id)}?baru=1`);
}

export async function updatePermitAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const id = String(data.get('id') ?? '');
  const v = await citizen(`/izin/permohonan/${id}`);
  try {
    await gql(
      UPDATE,
      {
        input: {
          id,
          businessName: String(data.get('businessName') ?? '').trim() || null,
          kelurahanId: String(data.get('kelurahanId') ?? '') || null,
          fields: typeFields(data),
        },
      },
      { token: v.token },
    );
  } catch (err) {
    return errorState(err, lang, formValues(data), renameOf(err));
  }
  redirect(flashUrl(`/izin/permohonan/${encodeURIComponent(id)}`, 'ok', lang === 'en' ? 'Saved.' : 'Isian tersimpan.'));
}

export async function submitPermitAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const id = String(data.get('id') ?? '');
  const v = await citizen(`/izin/permohonan/${id}`);
  try {
    await gql(SUBMIT, { input: { id, idempotencyKey: String(data.get('idempotencyKey') ?? '') || undefined } }, { token: v.token });
  } catch (err) {
    // an incomplete application: every missing item named, in one list
    if (err instanceof GqlError && err.code === 'BAD_USER_INPUT' && err.fields.length) {
      const items = err.fields.map((f) => f.messageId ?? f.message);
      return { status: 'error', message: `${lang === 'en' ? 'Not complete yet' : 'Belum lengkap'}: ${items.join('; ')}` };
    }
    return errorState(err, lang);
  }
  redirect(
    flashUrl(
      `/izin/permohonan/${encodeURIComponent(id)}`,
      'ok',
      lang === 'en' ? 'Application submitted. DPMPTSP will check it.' : 'Permohonan terkirim. Petugas DPMPTSP akan memeriksanya.',
    ),
  );
}

/** "Once only": attach a file given in an earlier application (plain form, works without JS). */
export async function attachEarlierAction(data: FormData): Promise<void> {
  const lang = await getLang();
  const id = String(data.get('id') ?? '');
  const back = safeNext(`/izin/permohonan/${encodeURIComponent(id)}`, '/izin');
  const v = await citizen(back);
  let url: string;
  try {
    await gql(
      ATTACH,
      { input: { applicationId: id, requirementKey: String(data.get('requirementKey') ?? ''), uploadId: String(data.get('uploadId') ?? '') } },
      { token: v.token },
    );
    url = flashUrl(back, 'ok', lang === 'en' ? 'File attached.' : 'Berkas terlampir.');
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}

export async function detachAction(data: FormData): Promise<void> {
  const lang = await getLang();
  const id = String(data.get('id') ?? '');
  const back = `/izin/permohonan/${encodeURIComponent(id)}`;
  const v = await citizen(back);
  let url: string;
  try {
    await gql(DETACH, { input: { applicationId: id, requirementKey: String(data.get('requirementKey') ?? '') } }, { token: v.token });
    url = flashUrl(back, 'ok', lang === 'en' ? 'File removed.' : 'Berkas dilepas.');
  } catch (err) {
    url = flashUrl(back, 'err', errorState(err, lang).message ?? '');
  }
  redirect(url);
}

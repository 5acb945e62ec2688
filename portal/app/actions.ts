'use server';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { gql } from '@/lib/graphql';
import { saveSession, clearSession, RT } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues, safeNext } from '@/lib/action-helpers';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
      }
    }
  }
`);

const Register = graphql(`
  mutation Register($input: RegisterCitizenInput!) {
    registerCitizen(input: $input) {
      session {
        ...SessionFields
      }
    }
  }
`);

const Logout = graphql(`
  mutation Logout($t: String!) {
    logout(refreshToken: $t)
  }
`);

export async function loginAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const values = formValues(data);
  const identifier = String(data.get('identifier') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const missing: Record<string, string> = {};
  if (!identifier) missing.identifier = lang === 'en' ? 'Enter your NIK or username.' : 'Isi NIK atau nama pengguna.';
  if (!password) missing.password = lang === 'en' ? 'Enter your password.' : 'Isi kata sandi.';
  if (Object.keys(missing).length)
    return { status: 'error', message: lang === 'en' ? 'Please check the marked fields.' : 'Periksa kembali isian yang ditandai.', fields: missing, values };
  let kind: string;
  try {
    const d = await gql(Login, { input: { identifier, password } });
    await saveSession(d.login.session);
    kind = d.login.session.accountKind;
  } catch (err) {
    // at login, UNAUTHENTICATED means wrong credentials, not "log in first"
    return errorState(err, lang, values, {}, { codes: { UNAUTHENTICATED: ['NIK/nama pengguna atau kata sandi salah.', 'Wrong NIK/username or password.'] } });
  }
  redirect(safeNext(data.get('next'), kind === 'OFFICER' ? '/petugas' : '/akun'));
}

export async function registerAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const values = formValues(data);
  const input = {
    nik: String(data.get('nik') ?? '').trim(),
    name: String(data.get('name') ?? '').trim(),
    phone: String(data.get('phone') ?? '').trim(),
    kelurahanId: String(data.get('kelurahanId') ?? ''),
    password: String(data.get('password') ?? ''),
  };
  try {
    const d = await gql(Register, { input });
    await saveSession(d.registerCitizen.session);
  } catch (err) {
    return errorState(
      err,
      lang,
      values,
      {},
      {
        codes: { CONFLICT: ['NIK ini sudah terdaftar. Silakan masuk.', 'This NIK is already registered. Please log in.'] },
        fieldOf: { CONFLICT: 'nik' },
      },
    );
  }
  redirect(safeNext(data.get('next'), '/akun'));
}

export async function logoutAction(): Promise<void> {
  const rt = (await cookies()).get(RT)?.value;
  if (rt) {
    try {
      await gql(Logout, { t: rt });
    } catch {
      /* the cookies go anyway */
    }
  }
  await clearSession();
  redirect('/');
}

export async function setLangAction(data: FormData): Promise<void> {
  const lang = data.get('lang') === 'en' ? 'en' : 'id';
  (await cookies()).set('lang', lang, { path: '/', sameSite: 'lax', maxAge: 365 * 86400 });
  const ref = (await headers()).get('referer');
  let back = '/';
  if (ref) {
    try {
      const u = new URL(ref);
      back = u.pathname + u.search;
    } catch {
      /* keep / */
    }
  }
  redirect(safeNext(back, '/'));
}

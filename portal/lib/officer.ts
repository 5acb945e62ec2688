import { redirect } from 'next/navigation';
import { gql, GqlError } from './graphql';
import { requireViewer } from './session';

export type Officer = {
  id: string;
  username: string;
  name: string;
  role: string;
  kelurahan: { id: string; name: string } | null;
  kecamatan: { id: string; name: string } | null;
  agency: { id: string; name: string; shortName: string } | null;
};

/** The logged-in officer, or a redirect to the login page; null when core is down. */
export async function requireOfficer(path: string, roles?: string[]): Promise<{ token: string; officer: Officer | null; error: GqlError | null }> {
  const v = await requireViewer('OFFICER', path);
  try {
    const d = await gql<{ currentOfficer: Officer }>(
      `query CurrentOfficer { currentOfficer { id username name role kelurahan { id name } kecamatan { id name } agency { id name shortName } } }`,
      {},
      { token: v.token },
    );
    if (roles && !roles.includes(d.currentOfficer.role) && d.currentOfficer.role !== 'ADMIN')
      redirect('/petugas?err=' + encodeURIComponent('Halaman ini bukan untuk peran Anda.'));
    return { token: v.token, officer: d.currentOfficer, error: null };
  } catch (e) {
    if (e instanceof GqlError && e.code === 'UNAUTHENTICATED') redirect(`/masuk?next=${encodeURIComponent(path)}`);
    if (e instanceof GqlError) return { token: v.token, officer: null, error: e };
    throw e;
  }
}

import { redirect } from 'next/navigation';
import { graphql } from '../graphql/generated';
import type { OfficerRole } from '../graphql/generated/graphql';
import { gql, GqlError, type ResultOf } from './graphql';
import { requireViewer } from './session';

const CurrentOfficer = graphql(`
  query CurrentOfficer {
    currentOfficer {
      id
      username
      name
      role
      kelurahan {
        id
        name
      }
      kecamatan {
        id
        name
      }
      agency {
        id
        name
        shortName
      }
    }
  }
`);

export type Officer = ResultOf<typeof CurrentOfficer>['currentOfficer'];

/** The logged-in officer, or a redirect to the login page; null when core is down. */
export async function requireOfficer(path: string, roles?: OfficerRole[]): Promise<{ token: string; officer: Officer | null; error: GqlError | null }> {
  const v = await requireViewer('OFFICER', path);
  try {
    const d = await gql(CurrentOfficer, {}, { token: v.token });
    if (roles && !roles.includes(d.currentOfficer.role) && d.currentOfficer.role !== 'ADMIN')
      redirect('/petugas?err=' + encodeURIComponent('Halaman ini bukan untuk peran Anda.'));
    return { token: v.token, officer: d.currentOfficer, error: null };
  } catch (e) {
    if (e instanceof GqlError && e.code === 'UNAUTHENTICATED') redirect(`/masuk?next=${encodeURIComponent(path)}`);
    if (e instanceof GqlError) return { token: v.token, officer: null, error: e };
    throw e;
  }
}

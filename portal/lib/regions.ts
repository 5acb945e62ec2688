import { graphql } from '../graphql/generated';
import { gql } from './graphql';

const Regions = graphql(`
  query Regions {
    kecamatans {
      id
      name
      kelurahans {
        id
        name
      }
    }
  }
`);

/** Kecamatan with their kelurahan, for selects (public, cached for an hour). */
export async function kelurahanGroups(): Promise<{ label: string; options: { value: string; label: string }[] }[]> {
  const d = await gql(Regions, {}, { revalidate: 3600 });
  return d.kecamatans.map((k) => ({
    label: `Kecamatan ${k.name}`,
    options: [...k.kelurahans].sort((a, b) => a.name.localeCompare(b.name)).map((l) => ({ value: l.id, label: l.name })),
  }));
}

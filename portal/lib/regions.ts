import { gql } from './graphql';

export type KecamatanWithKel = { id: string; name: string; kelurahans: { id: string; name: string }[] };

/** Kecamatan with their kelurahan, for selects (public, cached for an hour). */
export async function kelurahanGroups(): Promise<{ label: string; options: { value: string; label: string }[] }[]> {
  const d = await gql<{ kecamatans: KecamatanWithKel[] }>(`query Regions { kecamatans { id name kelurahans { id name } } }`, undefined, { revalidate: 3600 });
  return d.kecamatans.map((k) => ({
    label: `Kecamatan ${k.name}`,
    options: [...k.kelurahans].sort((a, b) => a.name.localeCompare(b.name)).map((l) => ({ value: l.id, label: l.name })),
  }));
}

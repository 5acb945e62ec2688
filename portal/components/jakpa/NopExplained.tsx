import { getT } from '@/lib/i18n';

/** The 18 digits of a NOP, part by part (with an example, or the parts of the NOP just looked up). */
export default async function NopExplained({
  parts,
}: {
  parts?: {
    province: string;
    city: string;
    kecamatanCode: string;
    kelurahanCode: string;
    block: string;
    number: string;
    special: string;
    kelurahan: { name: string } | null;
    kecamatan: { name: string } | null;
  };
}) {
  const { tt } = await getT();
  const p = parts ?? {
    province: '74',
    city: '71',
    kecamatanCode: '050',
    kelurahanCode: '004',
    block: '001',
    number: '0001',
    special: '0',
    kelurahan: { name: 'Kandai' },
    kecamatan: { name: 'Kendari' },
  };
  const rows: [string, string, string, string][] = [
    ['1-2', p.province, tt('Provinsi', 'Province'), tt('74 = Sulawesi Tenggara', '74 = Southeast Sulawesi')],
    ['3-4', p.city, tt('Kota', 'City'), tt('71 = Kota Kendari', '71 = Kendari city')],
    ['5-7', p.kecamatanCode, tt('Kecamatan (kode kantor pajak)', 'Kecamatan (tax office code)'), p.kecamatan?.name ?? '—'],
    ['8-10', p.kelurahanCode, tt('Kelurahan (kode kantor pajak)', 'Kelurahan (tax office code)'), p.kelurahan?.name ?? '—'],
    ['11-13', p.block, tt('Blok', 'Block'), tt('Blok peta objek pajak', 'Map block of the property')],
    ['14-17', p.number, tt('Nomor urut', 'Number'), tt('Nomor objek di dalam blok', 'The property within the block')],
    ['18', p.special, tt('Kode khusus', 'Special code'), tt('0 = satu wajib pajak; 7 atau 9 = objek bersama', '0 = one taxpayer; 7 or 9 = shared property')],
  ];
  return (
    <div className="table-wrap jakpa-nop" tabIndex={0} role="region" aria-label={tt('Bagian-bagian NOP', 'The parts of a NOP')}>
      <table data-testid="nop-parts">
        <caption>
          {parts ? tt('Bagian-bagian NOP ini', 'The parts of this NOP') : tt('Arti 18 digit NOP (contoh)', 'What the 18 digits of a NOP mean (example)')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{tt('Digit', 'Digits')}</th>
            <th scope="col">{tt('Isi', 'Value')}</th>
            <th scope="col">{tt('Bagian', 'Part')}</th>
            <th scope="col">{tt('Keterangan', 'Meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r[0]}>
              <td>{r[0]}</td>
              <td>
                <code>{r[1]}</code>
              </td>
              <td>{r[2]}</td>
              <td>{r[3]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="meta">
        {tt(
          'Kode kecamatan dan kelurahan di NOP adalah penomoran kantor pajak, berbeda dari kode wilayah Kemendagri.',
          'The kecamatan and kelurahan codes in a NOP are the tax office’s own numbering, not the Kemendagri region codes.',
        )}
      </p>
    </div>
  );
}

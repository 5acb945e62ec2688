/**
 * Example queries for what another government asks of the graph (issue 17), shown on /pengembang with a
 * link that opens each in the playground. Every one stays inside the public contract (schema/public.graphql):
 * tests/portal/open-data.test.ts validates them against it. Displayed only, never sent by the portal.
 */
export interface Example {
  id: string;
  title: { id: string; en: string };
  why: { id: string; en: string };
  query: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'standar-layanan',
    title: { id: 'Standar layanan dan batas waktunya', en: 'Service standards and their time limits' },
    why: {
      id: 'Persyaratan, langkah, batas waktu, jenis biaya dan dasar hukum setiap layanan, dalam dua bahasa.',
      en: 'Requirements, steps, time limit, fee kind and legal basis of each service, in both languages.',
    },
    query: `query ServiceStandards {
  services(search: "izin usaha", first: 5) {
    totalCount
    nodes {
      id name nameEn
      timeLimitDays timeLimitText timeLimitTextEn
      feeKind isFree feeRupiah legalBasis
      requirements steps
      agency { shortName nameEn }
    }
  }
}`,
  },
  {
    id: 'statistik-waktu-proses',
    title: { id: 'Statistik waktu proses', en: 'Processing-time statistics' },
    why: {
      id: 'Dua belas bulan terakhir, satu baris per bulan; hasData false berarti belum ada data bulan itu.',
      en: 'The last twelve months, one row per month; hasData false means no data yet that month.',
    },
    query: `query ProcessingTimes {
  permitTrend(byPermitType: true) {
    month hasData applications decided decidedWithinLimitShare medianProcessingDays
    permitType { id name timeLimitDays }
  }
  letterTrend {
    month hasData issuedCount withinTimeLimitShare medianProcessingHours
  }
  emergencyTrend {
    month hasData totalIncidents onSceneWithinTargetShare medianMinutesToDispatch
  }
}`,
  },
  {
    id: 'register-izin',
    title: { id: 'Register izin yang terbit', en: 'The register of issued permits' },
    why: {
      id: 'Nomor, jenis, nama usaha, kelurahan dan masa berlaku; tanpa data pribadi pemohon.',
      en: 'Number, type, business name, kelurahan and validity; no personal data of the applicant.',
    },
    query: `query PermitRegister {
  permitRegister(first: 10, status: VALID) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      permitNumber businessName issuedAt validUntil status
      permitType { id name }
      kelurahan { id name }
    }
  }
}`,
  },
  {
    id: 'verifikasi',
    title: { id: 'Memeriksa keaslian surat atau izin', en: 'Verifying a letter or a permit' },
    why: {
      id: 'Dengan kode yang tercetak di dokumen (QR). Nama pemegang disamarkan.',
      en: 'With the code printed on the document (its QR code). The holder’s name is masked.',
    },
    query: `query VerifyDocuments {
  verifyLetter(code: "LK-DEMO-2026") {
    valid letterTypeName letterNumber issuedAt issuingOffice validUntil expired holderNameMasked
  }
  verifyPermit(code: "IZN-DEMO-2026") {
    valid status permitNumber permitTypeName businessName issuedAt validUntil holderNameMasked
  }
}`,
  },
  {
    id: 'papan-status',
    title: { id: 'Papan status layanan', en: 'The service-status board' },
    why: {
      id: 'Apakah setiap kantor dapat melayani hari ini, dan riwayat bulanannya.',
      en: 'Whether each office can serve today, and its monthly history.',
    },
    query: `query StatusBoard {
  serviceStatusBoard(first: 20, status: UNAVAILABLE) {
    totalCount
    nodes { id place placeEn status reason reasonEn lastUpdatedAt agency { shortName } }
  }
  serviceStatusTrend {
    month hasData servicePoints hoursAvailable hoursLimited hoursUnavailable availableShare
  }
}`,
  },
];

import { tryGql, type GqlError } from './graphql';

export type Item = {
  source: 'LAIKA' | 'FIREBUTTON' | 'JARI' | 'JAKPA' | 'HEALTH' | 'PERMITS';
  id: string;
  title: string;
  /** The title in English, where the graph has one. */
  titleEn?: string | null;
  /** An emergency no dispatcher has acknowledged yet (its unit was only assigned automatically). */
  awaitingAck?: boolean;
  status: string;
  open: boolean;
  createdAt: string;
  dueAt?: string | null;
  overdue?: boolean;
  href: string;
  code?: string | null;
};

export type Timeline = { items: Item[]; failed: { source: string; error: GqlError }[] };

/** The citizen's items from each application, fetched independently; one failing source does not hide the others. */
export async function citizenTimeline(token: string): Promise<Timeline> {
  // JAKPA: the citizen's PBB bills (started first, awaited after the others: one more source in parallel)
  const jakpaP = tryGql<{
    me: {
      taxObjects: {
        nodes: {
          nop: { digits: string; formatted: string };
          bills: { nodes: { id: string; year: number; issuedAt: string; dueDate: string; today: { status: string; isOverdue: boolean } }[] };
        }[];
      } | null;
    };
  }>(
    `query MyTaxBills { me { id taxObjects(first: 50) { nodes { id nop { digits formatted } bills(first: 6) { nodes { id year issuedAt dueDate today { status isOverdue } } } } } } }`,
    {},
    { token },
  );
  // health: the resident's queue numbers (started first, awaited after the others)
  const healthP = tryGql<{
    me: {
      appointments: {
        nodes: {
          id: string;
          number: number;
          status: string;
          date: string;
          createdAt: string;
          bookingCode: string;
          facility: { name: string };
          service: { name: string };
        }[];
      } | null;
    };
  }>(
    `query MyQueueNumbers { me { id appointments(first: 20) { nodes { id number status date createdAt bookingCode facility { id name } service { id name } } } } }`,
    {},
    { token },
  );
  // permits: the resident's applications (DPMPTSP), started first, awaited after the others
  const permitsP = tryGql<{
    me: {
      permitApplications: {
        nodes: {
          id: string;
          status: string;
          createdAt: string;
          stageDueAt: string | null;
          overdue: boolean;
          businessName: string | null;
          verificationCode: string | null;
          permitType: { name: string };
        }[];
      } | null;
    };
  }>(
    `query MyPermitApplications { me { id permitApplications(first: 50) { nodes { id status createdAt stageDueAt overdue businessName verificationCode permitType { id name } } } } }`,
    {},
    { token },
  );
  const [laika, fire, jari] = await Promise.all([
    tryGql<{ me: { letterRequests: { nodes: any[] } } }>(
      `query MyLetters { me { id letterRequests(first: 50) { nodes { id status createdAt dueAt issuedAt overdue verificationCode letterType { id name service { id nameEn } } } } } }`,
      {},
      { token },
    ),
    tryGql<{ me: { fireReports: { nodes: any[] } } }>(
      `query MyFireReports { me { id fireReports(first: 20) { nodes { id trackingCode kind status createdAt station { name } timeline { actorKind } } } } }`,
      {},
      { token },
    ),
    tryGql<{ me: { jariReports: { nodes: any[] } } }>(
      `query MyJariReports { me { id jariReports(first: 20) { nodes { id trackingCode category status receivedAt followUpDueAt followedUpAt overdue } } } }`,
      {},
      { token },
    ),
  ]);
  const items: Item[] = [];
  const failed: Timeline['failed'] = [];
  if (laika.error) failed.push({ source: 'LAIKA', error: laika.error });
  else
    for (const r of laika.data.me.letterRequests.nodes)
      items.push({
        source: 'LAIKA',
        id: r.id,
        title: r.letterType.name,
        titleEn: r.letterType.service?.nameEn,
        status: r.status,
        open: ['SUBMITTED', 'VERIFIED', 'SIGNED'].includes(r.status),
        createdAt: r.createdAt,
        dueAt: r.dueAt,
        overdue: r.overdue,
        href: `/surat/${r.id}`,
        code: r.verificationCode,
      });
  if (fire.error) failed.push({ source: 'FIREBUTTON', error: fire.error });
  else
    for (const r of fire.data.me.fireReports.nodes)
      items.push({
        source: 'FIREBUTTON',
        id: r.id,
        title: r.kind,
        status: r.status,
        awaitingAck: ['RECEIVED', 'DISPATCHED'].includes(r.status) && !r.timeline?.some((e: { actorKind: string }) => e.actorKind === 'DISPATCHER'),
        open: ['RECEIVED', 'DISPATCHED', 'ON_SCENE'].includes(r.status),
        createdAt: r.createdAt,
        href: `/darurat/${encodeURIComponent(r.trackingCode)}`,
        code: r.trackingCode,
      });
  if (jari.error) failed.push({ source: 'JARI', error: jari.error });
  else
    for (const r of jari.data.me.jariReports.nodes)
      items.push({
        source: 'JARI',
        id: r.id,
        title: r.category,
        status: r.status,
        open: !['CONCLUDED', 'REJECTED'].includes(r.status),
        createdAt: r.receivedAt,
        dueAt: r.followedUpAt ? null : r.followUpDueAt,
        overdue: r.overdue,
        href: `/jari/lacak?id=${encodeURIComponent(r.id)}`,
        code: r.trackingCode,
      });
  const jakpa = await jakpaP;
  if (jakpa.error) failed.push({ source: 'JAKPA', error: jakpa.error });
  else
    for (const o of jakpa.data.me.taxObjects?.nodes ?? [])
      for (const b of o.bills.nodes)
        items.push({
          source: 'JAKPA',
          id: b.id,
          title: `PBB ${b.year} · NOP ${o.nop.formatted}`,
          status: `TAX_${b.today.status}`,
          open: b.today.status !== 'PAID',
          createdAt: b.issuedAt,
          dueAt: `${b.dueDate}T23:59:59+08:00`,
          overdue: b.today.isOverdue,
          href: '/pajak/saya',
        });
  const health = await healthP;
  if (health.error) failed.push({ source: 'HEALTH', error: health.error });
  else
    for (const a of health.data.me.appointments?.nodes ?? [])
      items.push({
        source: 'HEALTH',
        id: a.id,
        title: `${a.service.name}, ${a.facility.name} · No. ${a.number} · ${a.date}`,
        status: `QUEUE_${a.status}`,
        open: a.status === 'BOOKED' || a.status === 'CALLED',
        createdAt: a.createdAt,
        href: `/kesehatan/antrean/${a.id}`,
        code: a.bookingCode,
      });
  const permits = await permitsP;
  if (permits.error) failed.push({ source: 'PERMITS', error: permits.error });
  else
    for (const p of permits.data.me.permitApplications?.nodes ?? [])
      items.push({
        source: 'PERMITS',
        id: p.id,
        title: `${p.permitType.name}${p.businessName ? ` — ${p.businessName}` : ''}`,
        status: `PERMIT_${p.status}`,
        open: !['ISSUED', 'REJECTED', 'REVOKED'].includes(p.status),
        createdAt: p.createdAt,
        dueAt: p.stageDueAt,
        overdue: p.overdue,
        href: `/izin/permohonan/${p.id}`,
        code: p.verificationCode,
      });
  items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { items, failed };
}

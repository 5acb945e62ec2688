import { graphql } from '../graphql/generated';
import { tryGql, type GqlError } from './graphql';
import type { LabelCode } from './status';

export type Item = {
  source: 'LAIKA' | 'FIREBUTTON' | 'JARI' | 'JAKPA' | 'HEALTH' | 'PERMITS';
  id: string;
  title: string;
  /** The title in English, where the graph has one. */
  titleEn?: string | null;
  /** A title that is a code of the graph (an emergency's kind, a report's category): shown with its label. */
  titleCode?: LabelCode;
  /** An emergency no dispatcher has acknowledged yet (its unit was only assigned automatically). */
  awaitingAck?: boolean;
  status: LabelCode;
  open: boolean;
  createdAt: string;
  dueAt?: string | null;
  overdue?: boolean;
  href: string;
  code?: string | null;
};

export type Timeline = { items: Item[]; failed: { source: string; error: GqlError }[] };

const MyTaxBills = graphql(`
  query MyTaxBills {
    me {
      id
      taxObjects(first: 50) {
        nodes {
          id
          nop {
            digits
            formatted
          }
          bills(first: 6) {
            nodes {
              id
              year
              issuedAt
              dueDate
              today {
                status
                isOverdue
              }
            }
          }
        }
      }
    }
  }
`);

const MyQueueNumbers = graphql(`
  query MyQueueNumbers {
    me {
      id
      appointments(first: 20) {
        nodes {
          id
          number
          status
          date
          createdAt
          bookingCode
          facility {
            id
            name
          }
          service {
            id
            name
          }
        }
      }
    }
  }
`);

const MyPermitApplications = graphql(`
  query MyPermitApplications {
    me {
      id
      permitApplications(first: 50) {
        nodes {
          id
          status
          createdAt
          stageDueAt
          overdue
          businessName
          verificationCode
          permitType {
            id
            name
          }
        }
      }
    }
  }
`);

const MyLetters = graphql(`
  query MyLetters {
    me {
      id
      letterRequests(first: 50) {
        nodes {
          id
          status
          createdAt
          dueAt
          issuedAt
          overdue
          verificationCode
          letterType {
            id
            name
            service {
              id
              nameEn
            }
          }
        }
      }
    }
  }
`);

const MyFireReports = graphql(`
  query MyFireReports {
    me {
      id
      fireReports(first: 20) {
        nodes {
          id
          trackingCode
          kind
          status
          createdAt
          station {
            id
            name
          }
          timeline {
            actorKind
          }
        }
      }
    }
  }
`);

const MyJariReports = graphql(`
  query MyJariReports {
    me {
      id
      jariReports(first: 20) {
        nodes {
          id
          trackingCode
          category
          status
          receivedAt
          followUpDueAt
          followedUpAt
          overdue
        }
      }
    }
  }
`);

/** The citizen's items from each application, fetched independently; one failing source does not hide the others. */
export async function citizenTimeline(token: string): Promise<Timeline> {
  // JAKPA, health and permits start first and are awaited after the others: more sources in parallel
  const jakpaP = tryGql(MyTaxBills, {}, { token });
  const healthP = tryGql(MyQueueNumbers, {}, { token });
  const permitsP = tryGql(MyPermitApplications, {}, { token });
  const [laika, fire, jari] = await Promise.all([tryGql(MyLetters, {}, { token }), tryGql(MyFireReports, {}, { token }), tryGql(MyJariReports, {}, { token })]);
  const items: Item[] = [];
  const failed: Timeline['failed'] = [];
  if (laika.error) failed.push({ source: 'LAIKA', error: laika.error });
  else
    for (const r of laika.data.me.letterRequests?.nodes ?? [])
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
    for (const r of fire.data.me.fireReports?.nodes ?? [])
      items.push({
        source: 'FIREBUTTON',
        id: r.id,
        title: r.kind,
        titleCode: r.kind,
        status: r.status,
        awaitingAck: ['RECEIVED', 'DISPATCHED'].includes(r.status) && !r.timeline.some((e) => e.actorKind === 'DISPATCHER'),
        open: ['RECEIVED', 'DISPATCHED', 'ON_SCENE'].includes(r.status),
        createdAt: r.createdAt,
        href: `/darurat/${encodeURIComponent(r.trackingCode)}`,
        code: r.trackingCode,
      });
  if (jari.error) failed.push({ source: 'JARI', error: jari.error });
  else
    for (const r of jari.data.me.jariReports?.nodes ?? [])
      items.push({
        source: 'JARI',
        id: r.id,
        title: r.category,
        titleCode: r.category,
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

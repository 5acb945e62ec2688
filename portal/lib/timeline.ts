import { tryGql, type GqlError } from './graphql';

export type Item = {
  source: 'LAIKA' | 'FIREBUTTON' | 'JARI';
  id: string;
  title: string;
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
  const [laika, fire, jari] = await Promise.all([
    tryGql<{ me: { letterRequests: { nodes: any[] } } }>(
      `query MyLetters { me { id letterRequests(first: 50) { nodes { id status createdAt dueAt issuedAt overdue verificationCode letterType { name } } } } }`,
      {},
      { token },
    ),
    tryGql<{ me: { fireReports: { nodes: any[] } } }>(
      `query MyFireReports { me { id fireReports(first: 20) { nodes { id trackingCode kind status createdAt station { name } } } } }`,
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
      items.push({ source: 'LAIKA', id: r.id, title: r.letterType.name, status: r.status, open: ['SUBMITTED', 'VERIFIED', 'SIGNED'].includes(r.status), createdAt: r.createdAt, dueAt: r.dueAt, overdue: r.overdue, href: `/surat/${r.id}`, code: r.verificationCode });
  if (fire.error) failed.push({ source: 'FIREBUTTON', error: fire.error });
  else
    for (const r of fire.data.me.fireReports.nodes)
      items.push({ source: 'FIREBUTTON', id: r.id, title: r.kind, status: r.status, open: ['RECEIVED', 'DISPATCHED', 'ON_SCENE'].includes(r.status), createdAt: r.createdAt, href: `/darurat/${encodeURIComponent(r.trackingCode)}`, code: r.trackingCode });
  if (jari.error) failed.push({ source: 'JARI', error: jari.error });
  else
    for (const r of jari.data.me.jariReports.nodes)
      items.push({ source: 'JARI', id: r.id, title: r.category, status: r.status, open: !['CONCLUDED', 'REJECTED'].includes(r.status), createdAt: r.receivedAt, dueAt: r.followedUpAt ? null : r.followUpDueAt, overdue: r.overdue, href: `/jari/lacak?id=${encodeURIComponent(r.id)}`, code: r.trackingCode });
  items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { items, failed };
}
